"""Contains all the data models used in inputs/outputs.

Models load on first use (PEP 562): importing one operation, or the handwritten client, must not
load every model of the API. `generator/templates/` holds this one template for that reason.
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .again_payment_request import AgainPaymentRequest
    from .billing_key import BillingKey
    from .billing_key_envelope import BillingKeyEnvelope
    from .billing_key_request import BillingKeyRequest
    from .cancel_request import CancelRequest
    from .cash_receipt_type import CashReceiptType
    from .certification import Certification
    from .certification_envelope import CertificationEnvelope
    from .error_envelope import ErrorEnvelope
    from .foreign_payment_request import ForeignPaymentRequest
    from .onetime_payment_request import OnetimePaymentRequest
    from .payment import Payment
    from .payment_cancellation import PaymentCancellation
    from .payment_envelope import PaymentEnvelope
    from .payment_page import PaymentPage
    from .payment_page_envelope import PaymentPageEnvelope
    from .payment_promotion import PaymentPromotion
    from .payment_sorting import PaymentSorting
    from .payment_status import PaymentStatus
    from .payment_status_filter import PaymentStatusFilter
    from .prepare_request import PrepareRequest
    from .prepared_payment import PreparedPayment
    from .prepared_payment_envelope import PreparedPaymentEnvelope
    from .product_type import ProductType
    from .schedule import Schedule
    from .schedule_envelope import ScheduleEnvelope
    from .schedule_item import ScheduleItem
    from .schedule_list_envelope import ScheduleListEnvelope
    from .schedule_page import SchedulePage
    from .schedule_page_envelope import SchedulePageEnvelope
    from .schedule_request import ScheduleRequest
    from .schedule_status import ScheduleStatus
    from .subscribe_payment_extra import SubscribePaymentExtra
    from .token import Token
    from .token_envelope import TokenEnvelope
    from .token_request import TokenRequest
    from .unschedule_request import UnscheduleRequest
    from .vbank_deposit import VbankDeposit
    from .vbank_request import VbankRequest

_MODULE_OF = {
    "AgainPaymentRequest": ".again_payment_request",
    "BillingKey": ".billing_key",
    "BillingKeyEnvelope": ".billing_key_envelope",
    "BillingKeyRequest": ".billing_key_request",
    "CancelRequest": ".cancel_request",
    "CashReceiptType": ".cash_receipt_type",
    "Certification": ".certification",
    "CertificationEnvelope": ".certification_envelope",
    "ErrorEnvelope": ".error_envelope",
    "ForeignPaymentRequest": ".foreign_payment_request",
    "OnetimePaymentRequest": ".onetime_payment_request",
    "Payment": ".payment",
    "PaymentCancellation": ".payment_cancellation",
    "PaymentEnvelope": ".payment_envelope",
    "PaymentPage": ".payment_page",
    "PaymentPageEnvelope": ".payment_page_envelope",
    "PaymentPromotion": ".payment_promotion",
    "PaymentSorting": ".payment_sorting",
    "PaymentStatus": ".payment_status",
    "PaymentStatusFilter": ".payment_status_filter",
    "PrepareRequest": ".prepare_request",
    "PreparedPayment": ".prepared_payment",
    "PreparedPaymentEnvelope": ".prepared_payment_envelope",
    "ProductType": ".product_type",
    "Schedule": ".schedule",
    "ScheduleEnvelope": ".schedule_envelope",
    "ScheduleItem": ".schedule_item",
    "ScheduleListEnvelope": ".schedule_list_envelope",
    "SchedulePage": ".schedule_page",
    "SchedulePageEnvelope": ".schedule_page_envelope",
    "ScheduleRequest": ".schedule_request",
    "ScheduleStatus": ".schedule_status",
    "SubscribePaymentExtra": ".subscribe_payment_extra",
    "Token": ".token",
    "TokenEnvelope": ".token_envelope",
    "TokenRequest": ".token_request",
    "UnscheduleRequest": ".unschedule_request",
    "VbankDeposit": ".vbank_deposit",
    "VbankRequest": ".vbank_request",
}

__all__ = (
    "AgainPaymentRequest",
    "BillingKey",
    "BillingKeyEnvelope",
    "BillingKeyRequest",
    "CancelRequest",
    "CashReceiptType",
    "Certification",
    "CertificationEnvelope",
    "ErrorEnvelope",
    "ForeignPaymentRequest",
    "OnetimePaymentRequest",
    "Payment",
    "PaymentCancellation",
    "PaymentEnvelope",
    "PaymentPage",
    "PaymentPageEnvelope",
    "PaymentPromotion",
    "PaymentSorting",
    "PaymentStatus",
    "PaymentStatusFilter",
    "PreparedPayment",
    "PreparedPaymentEnvelope",
    "PrepareRequest",
    "ProductType",
    "Schedule",
    "ScheduleEnvelope",
    "ScheduleItem",
    "ScheduleListEnvelope",
    "SchedulePage",
    "SchedulePageEnvelope",
    "ScheduleRequest",
    "ScheduleStatus",
    "SubscribePaymentExtra",
    "Token",
    "TokenEnvelope",
    "TokenRequest",
    "UnscheduleRequest",
    "VbankDeposit",
    "VbankRequest",
)


def __getattr__(name: str) -> object:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
