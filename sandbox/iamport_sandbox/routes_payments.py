"""Routes: multi-id lookups, balances, schedule changes, virtual-account changes."""

from __future__ import annotations

from . import params
from .call import Call, RouteSpec, partial_result
from .services import Services


def routes(s: Services) -> list[RouteSpec]:
    """``GET /payments``, ``GET /subscribe/customers``, balance, schedule and vbank changes."""

    def payments(call: Call) -> object:
        found, missing = s.lookups.payments(
            call.query_list("imp_uid"), call.query_list("merchant_uid")
        )
        return partial_result(found, missing, "결제정보")

    def billing_keys(call: Call) -> object:
        found, missing = s.lookups.billing_keys(call.query_list("customer_uid"))
        return partial_result(found, missing, "빌링키 정보")

    def balance(call: Call) -> object:
        return s.lookups.balance(call.path["imp_uid"])

    def update_schedule(call: Call) -> object:
        at = params.req_int(call.body, "schedule_at")
        return s.schedules.update(call.path["merchant_uid"], at)

    def reschedule(call: Call) -> object:
        at = params.req_int(call.body, "schedule_at")
        return s.schedules.reschedule(call.path["merchant_uid"], at)

    def retry(call: Call) -> object:
        return s.schedules.retry(call.path["merchant_uid"])

    def vbank_holder(call: Call) -> object:
        bank_code = params.req_str(call.query, "bank_code")
        bank_num = params.req_str(call.query, "bank_num")
        return s.vbanks.holder(bank_code, bank_num)

    def update_vbank(call: Call) -> object:
        body = call.body
        return s.vbanks.update(
            call.path["imp_uid"],
            params.opt_money(body, "amount"),
            params.opt_int(body, "vbank_due"),
        )

    return [
        ("/payments", "GET", payments),
        ("/payments/{imp_uid}/balance", "GET", balance),
        ("/subscribe/customers", "GET", billing_keys),
        ("/subscribe/payments/schedule/{merchant_uid}", "PUT", update_schedule),
        ("/subscribe/payments/schedule/{merchant_uid}/reschedule", "POST", reschedule),
        ("/subscribe/payments/schedule/{merchant_uid}/retry", "POST", retry),
        ("/vbanks/holder", "GET", vbank_holder),
        ("/vbanks/{imp_uid}", "PUT", update_vbank),
    ]
