"""Routes: cash receipts (payments and outside sales) and escrow shipping details."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from . import params
from .call import Call, RouteSpec
from .errors import ApiError, bad_request
from .services import Services
from .state_escrow import LogisInput
from .state_receipts import IDENTIFIER_TYPES, PRODUCT_TYPES, RECEIPT_TYPES, ReceiptInput

T = TypeVar("T")

# Digits an identifier may have, by identifier_type (None: not given).
IDENTIFIER_LENGTHS: dict[str | None, range] = {
    "person": range(13, 14),
    "business": range(10, 11),
    "phone": range(10, 12),
    "taxcard": range(13, 20),
    None: range(10, 20),
}
PARTY_FIELDS = ("name", "tel", "addr", "postcode")


def _receipt_input(body: params.Body) -> ReceiptInput:
    identifier_type = params.opt_choice(body, "identifier_type", IDENTIFIER_TYPES)
    identifier = params.digits_only(
        "identifier", params.req_str(body, "identifier"), IDENTIFIER_LENGTHS[identifier_type]
    )
    params.opt_choice(body, "product_type", PRODUCT_TYPES)
    tax_free = params.opt_money(body, "tax_free")
    vat = params.opt_money(body, "vat_amount")
    if vat is None:
        vat = params.opt_money(body, "vat")
    for key, value in (("tax_free", tax_free), ("vat_amount", vat)):
        if value is not None:
            params.check_currency_amount(key, value, "KRW")
    return ReceiptInput(
        identifier=identifier,
        identifier_type=identifier_type,
        type=params.opt_choice(body, "type", RECEIPT_TYPES, "person") or "person",
        tax_free=tax_free,
        vat=vat,
        buyer_name=params.opt_str(body, "buyer_name"),
        buyer_email=params.opt_str(body, "buyer_email"),
        buyer_tel=params.opt_str(body, "buyer_tel"),
    )


def _within(prefix: str, parse: Callable[[], T]) -> T:
    """Run ``parse``; a 400 it raises names the enclosing field."""
    try:
        return parse()
    except ApiError as exc:
        raise bad_request(f"{prefix}: {exc.message}") from None


def _party(body: params.Body, key: str, extra: tuple[str, ...] = ()) -> dict[str, Any]:
    obj = params.req_obj(body, key)

    def check() -> None:
        for name in PARTY_FIELDS + extra:
            params.opt_str(obj, name)
        address = params.opt_obj(obj, "formed_address")
        if address is not None:
            params.opt_str(address, "address_line_1")
            params.opt_str(address, "address_line_2")

    _within(key, check)
    return obj


def _logis_input(body: params.Body) -> LogisInput:
    sender = _party(body, "sender", ("relationship",))
    receiver = _party(body, "receiver")
    logis = params.req_obj(body, "logis")
    company, invoice, sent_at = _within(
        "logis",
        lambda: (
            params.req_str(logis, "company"),
            params.req_str(logis, "invoice"),
            params.req_int(logis, "sent_at"),
        ),
    )
    _within(
        "logis", lambda: (params.opt_str(logis, "receiving_at"), params.opt_str(logis, "address"))
    )
    products = params.obj_list(body, "products")
    for index, product in enumerate(products):

        def check(item: dict[str, Any] = product) -> None:
            params.req_str(item, "id")
            params.req_str(item, "name")
            if params.opt_money(item, "amount") is None:
                raise bad_request("amount 파라미터가 누락되었습니다. (amount is required)")
            quantity = params.opt_int(item, "quantity")
            if quantity is not None and quantity < 1:
                raise bad_request("quantity 파라미터가 올바르지 않습니다: 1 이상이어야 합니다")
            for name in ("code", "currency", "tag"):
                params.opt_str(item, name)

        _within(f"products[{index}]", check)
    params.opt_bool(body, "send_email")
    return LogisInput(company, invoice, sent_at, sender, receiver, logis, products)


def routes(s: Services) -> list[RouteSpec]:
    """``/receipts/...`` and ``/escrows/logis/{imp_uid}``."""

    def get_receipt(call: Call) -> object:
        return s.receipts.get(call.path["imp_uid"])

    def issue_receipt(call: Call) -> object:
        return s.receipts.issue(call.path["imp_uid"], _receipt_input(call.body))

    def revoke_receipt(call: Call) -> object:
        return s.receipts.revoke(call.path["imp_uid"])

    def get_external(call: Call) -> object:
        return s.receipts.get_external(call.path["merchant_uid"])

    def issue_external(call: Call) -> object:
        body = call.body
        params.opt_str(body, "channel_key", 55)
        name = params.req_str(body, "name")
        amount = params.req_money(body, "amount", "KRW")
        data = _receipt_input(body)
        params.opt_str(body, "pay_method")
        return s.receipts.issue_external(call.path["merchant_uid"], name, amount, data)

    def revoke_external(call: Call) -> object:
        return s.receipts.revoke_external(call.path["merchant_uid"])

    def get_logis(call: Call) -> object:
        return s.escrows.get(call.path["imp_uid"])

    def register_logis(call: Call) -> object:
        return s.escrows.register(call.path["imp_uid"], _logis_input(call.body))

    def update_logis(call: Call) -> object:
        return s.escrows.update(call.path["imp_uid"], _logis_input(call.body))

    return [
        ("/receipts/external/{merchant_uid}", "GET", get_external),
        ("/receipts/external/{merchant_uid}", "POST", issue_external),
        ("/receipts/external/{merchant_uid}", "DELETE", revoke_external),
        ("/receipts/{imp_uid}", "GET", get_receipt),
        ("/receipts/{imp_uid}", "POST", issue_receipt),
        ("/receipts/{imp_uid}", "DELETE", revoke_receipt),
        ("/escrows/logis/{imp_uid}", "GET", get_logis),
        ("/escrows/logis/{imp_uid}", "POST", register_logis),
        ("/escrows/logis/{imp_uid}", "PUT", update_logis),
    ]
