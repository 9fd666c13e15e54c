"""Every operation beyond the seed set, as call builders over the generated client.

Each builder takes exactly the generated operation's arguments (path and query values, and
`body=` a generated request model) and is exposed through a resource namespace of the clients
(``iamporter.receipts.issue(...)``, ``iamporter.naver.approve_return(...)``). This module imports
every generated operation, so the clients load it on first namespace access, not at import.
"""

from __future__ import annotations

from iamport_api.api.benepia import benepia_get_point, benepia_pay
from iamport_api.api.billing_keys import (
    find_billing_key_payments,
    find_billing_key_schedules,
    get_billing_keys,
)
from iamport_api.api.certifications import confirm_certification_otp, request_certification_otp
from iamport_api.api.codes import get_bank_code, get_bank_codes, get_card_code, get_card_codes
from iamport_api.api.cvs import cvs_issue, cvs_revoke
from iamport_api.api.escrows import escrow_get_logis, escrow_register_logis, escrow_update_logis
from iamport_api.api.kcpquick import (
    kcpquick_create_prepare,
    kcpquick_delete_autopay_key,
    kcpquick_delete_member,
    kcpquick_pay_autopay,
    kcpquick_pay_with_money,
    kcpquick_release_fido,
    kcpquick_update_prepare,
)
from iamport_api.api.naver import (
    naver_approve_cancel,
    naver_approve_return,
    naver_cancel,
    naver_collect_exchanged,
    naver_confirm_payment,
    naver_deposit_point,
    naver_get_cash_amount,
    naver_get_product_order,
    naver_get_product_orders,
    naver_get_reviews,
    naver_place,
    naver_reject_return,
    naver_request_return,
    naver_resolve_return,
    naver_ship,
    naver_ship_exchanged,
    naver_withhold_return,
)
from iamport_api.api.partners import partners_register_receipt
from iamport_api.api.payco import payco_change_order_status
from iamport_api.api.payments import get_payment_balance, get_payments
from iamport_api.api.paymentwall import paymentwall_register_delivery
from iamport_api.api.prepare import update_prepared_payment
from iamport_api.api.receipts import (
    get_external_receipt,
    get_receipt,
    issue_external_receipt,
    issue_receipt,
    revoke_external_receipt,
    revoke_receipt,
)
from iamport_api.api.schedules import reschedule, retry_schedule, update_schedule
from iamport_api.api.tiers import get_tier
from iamport_api.api.users import get_pg_settings
from iamport_api.api.vbanks import get_vbank_holder, revoke_vbank, update_vbank
from iamport_api.models import (
    AckEnvelope,
    BenepiaPointEnvelope,
    BillingKeyListEnvelope,
    CertificationEnvelope,
    CertificationOtpEnvelope,
    EscrowLogisEnvelope,
    ExternalReceiptEnvelope,
    KcpQuickAutopayKeyEnvelope,
    KcpQuickFidoReleaseEnvelope,
    KcpQuickMemberEnvelope,
    NaverCashAmountEnvelope,
    NaverProductOrderEnvelope,
    NaverProductOrderListEnvelope,
    NaverReviewListEnvelope,
    PartnerReceiptEnvelope,
    PaycoOrderStatusEnvelope,
    PaymentBalanceEnvelope,
    PaymentEnvelope,
    PaymentListEnvelope,
    PaymentPageEnvelope,
    PaymentwallDeliveryEnvelope,
    PgSettingListEnvelope,
    PreparedPaymentEnvelope,
    ReceiptEnvelope,
    ScheduleEnvelope,
    SchedulePageEnvelope,
    StandardCodeEnvelope,
    StandardCodeListEnvelope,
    TierEnvelope,
    VbankHolderEnvelope,
)

from ._core import Kind
from ._operation import operation

# ---------------------------------------------------------------------- schedules

schedules__update = operation(update_schedule._get_kwargs, ScheduleEnvelope.from_dict, Kind.WRITE)
schedules__reschedule = operation(reschedule._get_kwargs, ScheduleEnvelope.from_dict, Kind.WRITE)
schedules__retry = operation(retry_schedule._get_kwargs, PaymentEnvelope.from_dict, Kind.MONEY)

# ---------------------------------------------------------------------- prepared_payments

prepared_payments__update = operation(
    update_prepared_payment._get_kwargs, PreparedPaymentEnvelope.from_dict, Kind.WRITE
)

# ---------------------------------------------------------------------- payments

payments__get_many = operation(get_payments._get_kwargs, PaymentListEnvelope.from_dict, Kind.READ)
payments__balance = operation(
    get_payment_balance._get_kwargs, PaymentBalanceEnvelope.from_dict, Kind.READ
)

# ---------------------------------------------------------------------- billing_keys

billing_keys__get_many = operation(
    get_billing_keys._get_kwargs, BillingKeyListEnvelope.from_dict, Kind.READ
)
billing_keys__payments = operation(
    find_billing_key_payments._get_kwargs, PaymentPageEnvelope.from_dict, Kind.READ
)
billing_keys__schedules = operation(
    find_billing_key_schedules._get_kwargs, SchedulePageEnvelope.from_dict, Kind.READ
)

# ---------------------------------------------------------------------- vbanks

vbanks__holder = operation(get_vbank_holder._get_kwargs, VbankHolderEnvelope.from_dict, Kind.READ)
vbanks__update = operation(update_vbank._get_kwargs, PaymentEnvelope.from_dict, Kind.WRITE)
vbanks__revoke = operation(revoke_vbank._get_kwargs, PaymentEnvelope.from_dict, Kind.WRITE)

# ---------------------------------------------------------------------- receipts

receipts__get = operation(get_receipt._get_kwargs, ReceiptEnvelope.from_dict, Kind.READ)
receipts__issue = operation(issue_receipt._get_kwargs, ReceiptEnvelope.from_dict, Kind.WRITE)
receipts__revoke = operation(revoke_receipt._get_kwargs, ReceiptEnvelope.from_dict, Kind.WRITE)
receipts__get_external = operation(
    get_external_receipt._get_kwargs, ExternalReceiptEnvelope.from_dict, Kind.READ
)
receipts__issue_external = operation(
    issue_external_receipt._get_kwargs, ExternalReceiptEnvelope.from_dict, Kind.WRITE
)
receipts__revoke_external = operation(
    revoke_external_receipt._get_kwargs, ExternalReceiptEnvelope.from_dict, Kind.WRITE
)

# ---------------------------------------------------------------------- escrows

escrows__get_logis = operation(
    escrow_get_logis._get_kwargs, EscrowLogisEnvelope.from_dict, Kind.READ
)
escrows__register_logis = operation(
    escrow_register_logis._get_kwargs, EscrowLogisEnvelope.from_dict, Kind.WRITE
)
escrows__update_logis = operation(
    escrow_update_logis._get_kwargs, EscrowLogisEnvelope.from_dict, Kind.WRITE
)

# ---------------------------------------------------------------------- codes

codes__cards = operation(get_card_codes._get_kwargs, StandardCodeListEnvelope.from_dict, Kind.READ)
codes__card = operation(get_card_code._get_kwargs, StandardCodeEnvelope.from_dict, Kind.READ)
codes__banks = operation(get_bank_codes._get_kwargs, StandardCodeListEnvelope.from_dict, Kind.READ)
codes__bank = operation(get_bank_code._get_kwargs, StandardCodeEnvelope.from_dict, Kind.READ)

# ---------------------------------------------------------------------- certifications

certifications__request_otp = operation(
    request_certification_otp._get_kwargs, CertificationOtpEnvelope.from_dict, Kind.WRITE
)
certifications__confirm_otp = operation(
    confirm_certification_otp._get_kwargs, CertificationEnvelope.from_dict, Kind.WRITE
)

# ---------------------------------------------------------------------- naver

naver__get_product_orders = operation(
    naver_get_product_orders._get_kwargs, NaverProductOrderListEnvelope.from_dict, Kind.READ
)
naver__get_product_order = operation(
    naver_get_product_order._get_kwargs, NaverProductOrderEnvelope.from_dict, Kind.READ
)
naver__get_reviews = operation(
    naver_get_reviews._get_kwargs, NaverReviewListEnvelope.from_dict, Kind.READ
)
naver__get_cash_amount = operation(
    naver_get_cash_amount._get_kwargs, NaverCashAmountEnvelope.from_dict, Kind.READ
)
naver__cancel = operation(
    naver_cancel._get_kwargs, NaverProductOrderListEnvelope.from_dict, Kind.MONEY
)
naver__approve_cancel = operation(
    naver_approve_cancel._get_kwargs, NaverProductOrderListEnvelope.from_dict, Kind.MONEY
)
naver__ship = operation(naver_ship._get_kwargs, NaverProductOrderListEnvelope.from_dict, Kind.WRITE)
naver__ship_exchanged = operation(
    naver_ship_exchanged._get_kwargs, NaverProductOrderListEnvelope.from_dict, Kind.WRITE
)
naver__collect_exchanged = operation(
    naver_collect_exchanged._get_kwargs, NaverProductOrderListEnvelope.from_dict, Kind.WRITE
)
naver__place = operation(
    naver_place._get_kwargs, NaverProductOrderListEnvelope.from_dict, Kind.WRITE
)
naver__request_return = operation(
    naver_request_return._get_kwargs, NaverProductOrderListEnvelope.from_dict, Kind.WRITE
)
naver__approve_return = operation(
    naver_approve_return._get_kwargs, NaverProductOrderListEnvelope.from_dict, Kind.MONEY
)
naver__reject_return = operation(
    naver_reject_return._get_kwargs, NaverProductOrderListEnvelope.from_dict, Kind.WRITE
)
naver__withhold_return = operation(
    naver_withhold_return._get_kwargs, NaverProductOrderListEnvelope.from_dict, Kind.WRITE
)
naver__resolve_return = operation(
    naver_resolve_return._get_kwargs, NaverProductOrderListEnvelope.from_dict, Kind.WRITE
)
naver__deposit_point = operation(naver_deposit_point._get_kwargs, AckEnvelope.from_dict, Kind.WRITE)
naver__confirm_payment = operation(
    naver_confirm_payment._get_kwargs, AckEnvelope.from_dict, Kind.WRITE
)

# ---------------------------------------------------------------------- kcpquick

kcpquick__delete_member = operation(
    kcpquick_delete_member._get_kwargs, KcpQuickMemberEnvelope.from_dict, Kind.WRITE
)
kcpquick__release_fido = operation(
    kcpquick_release_fido._get_kwargs, KcpQuickFidoReleaseEnvelope.from_dict, Kind.WRITE
)
kcpquick__pay_with_money = operation(
    kcpquick_pay_with_money._get_kwargs, PaymentEnvelope.from_dict, Kind.MONEY
)
kcpquick__create_prepare = operation(
    kcpquick_create_prepare._get_kwargs, AckEnvelope.from_dict, Kind.WRITE
)
kcpquick__update_prepare = operation(
    kcpquick_update_prepare._get_kwargs, AckEnvelope.from_dict, Kind.WRITE
)
kcpquick__pay_autopay = operation(
    kcpquick_pay_autopay._get_kwargs, PaymentEnvelope.from_dict, Kind.MONEY
)
kcpquick__delete_autopay_key = operation(
    kcpquick_delete_autopay_key._get_kwargs, KcpQuickAutopayKeyEnvelope.from_dict, Kind.WRITE
)

# ---------------------------------------------------------------------- benepia

benepia__get_point = operation(
    benepia_get_point._get_kwargs, BenepiaPointEnvelope.from_dict, Kind.WRITE
)
benepia__pay = operation(benepia_pay._get_kwargs, PaymentEnvelope.from_dict, Kind.MONEY)

# ---------------------------------------------------------------------- paymentwall

paymentwall__register_delivery = operation(
    paymentwall_register_delivery._get_kwargs, PaymentwallDeliveryEnvelope.from_dict, Kind.WRITE
)

# ---------------------------------------------------------------------- cvs

cvs__issue = operation(cvs_issue._get_kwargs, PaymentEnvelope.from_dict, Kind.MONEY)
cvs__revoke = operation(cvs_revoke._get_kwargs, PaymentEnvelope.from_dict, Kind.WRITE)

# ---------------------------------------------------------------------- payco

payco__change_order_status = operation(
    payco_change_order_status._get_kwargs, PaycoOrderStatusEnvelope.from_dict, Kind.WRITE
)

# ---------------------------------------------------------------------- partners

partners__register_receipt = operation(
    partners_register_receipt._get_kwargs, PartnerReceiptEnvelope.from_dict, Kind.WRITE
)

# ---------------------------------------------------------------------- tiers

tiers__get = operation(get_tier._get_kwargs, TierEnvelope.from_dict, Kind.READ)

# ---------------------------------------------------------------------- users

users__pg_settings = operation(
    get_pg_settings._get_kwargs, PgSettingListEnvelope.from_dict, Kind.READ
)
