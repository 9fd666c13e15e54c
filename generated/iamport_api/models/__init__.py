"""Contains all the data models used in inputs/outputs"""

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
