"""Contains all the data models used in inputs/outputs.

Models load on first use (PEP 562): importing one operation, or the handwritten client, must not
load every model of the API. `generator/templates/` holds this one template for that reason.
"""

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .ack_envelope import AckEnvelope
    from .ack_payload_type_0 import AckPayloadType0
    from .again_payment_request import AgainPaymentRequest
    from .benepia_payment_request import BenepiaPaymentRequest
    from .benepia_point import BenepiaPoint
    from .benepia_point_envelope import BenepiaPointEnvelope
    from .benepia_point_request import BenepiaPointRequest
    from .billing_key import BillingKey
    from .billing_key_envelope import BillingKeyEnvelope
    from .billing_key_list_envelope import BillingKeyListEnvelope
    from .billing_key_request import BillingKeyRequest
    from .cancel_request import CancelRequest
    from .cancel_request_extra import CancelRequestExtra
    from .cancel_request_extra_requester import CancelRequestExtraRequester
    from .cash_receipt_type import CashReceiptType
    from .certification import Certification
    from .certification_carrier import CertificationCarrier
    from .certification_envelope import CertificationEnvelope
    from .certification_method import CertificationMethod
    from .certification_otp import CertificationOtp
    from .certification_otp_confirm_request import CertificationOtpConfirmRequest
    from .certification_otp_envelope import CertificationOtpEnvelope
    from .certification_otp_request import CertificationOtpRequest
    from .cvs_request import CvsRequest
    from .error_envelope import ErrorEnvelope
    from .escrow_formed_address import EscrowFormedAddress
    from .escrow_logis import EscrowLogis
    from .escrow_logis_envelope import EscrowLogisEnvelope
    from .escrow_logis_info import EscrowLogisInfo
    from .escrow_logis_product import EscrowLogisProduct
    from .escrow_logis_receiver import EscrowLogisReceiver
    from .escrow_logis_request import EscrowLogisRequest
    from .escrow_logis_sender import EscrowLogisSender
    from .escrow_logis_update_request import EscrowLogisUpdateRequest
    from .external_receipt import ExternalReceipt
    from .external_receipt_envelope import ExternalReceiptEnvelope
    from .external_receipt_request import ExternalReceiptRequest
    from .foreign_payment_request import ForeignPaymentRequest
    from .kcp_quick_autopay_key import KcpQuickAutopayKey
    from .kcp_quick_autopay_key_envelope import KcpQuickAutopayKeyEnvelope
    from .kcp_quick_autopay_request import KcpQuickAutopayRequest
    from .kcp_quick_error import KcpQuickError
    from .kcp_quick_fido_release import KcpQuickFidoRelease
    from .kcp_quick_fido_release_envelope import KcpQuickFidoReleaseEnvelope
    from .kcp_quick_fido_release_request import KcpQuickFidoReleaseRequest
    from .kcp_quick_member import KcpQuickMember
    from .kcp_quick_member_envelope import KcpQuickMemberEnvelope
    from .kcp_quick_money_payment_request import KcpQuickMoneyPaymentRequest
    from .kcp_quick_prepaid_auth import KcpQuickPrepaidAuth
    from .kcp_quick_prepare_request import KcpQuickPrepareRequest
    from .naver_address import NaverAddress
    from .naver_approve_return_request import NaverApproveReturnRequest
    from .naver_cancel_reason import NaverCancelReason
    from .naver_cancel_request import NaverCancelRequest
    from .naver_cash_amount import NaverCashAmount
    from .naver_cash_amount_envelope import NaverCashAmountEnvelope
    from .naver_confirm_request import NaverConfirmRequest
    from .naver_delivery_company import NaverDeliveryCompany
    from .naver_delivery_method import NaverDeliveryMethod
    from .naver_orderer import NaverOrderer
    from .naver_product_order import NaverProductOrder
    from .naver_product_order_envelope import NaverProductOrderEnvelope
    from .naver_product_order_list_envelope import NaverProductOrderListEnvelope
    from .naver_product_orders_request import NaverProductOrdersRequest
    from .naver_reject_return_request import NaverRejectReturnRequest
    from .naver_request_return_request import NaverRequestReturnRequest
    from .naver_return_delivery_method import NaverReturnDeliveryMethod
    from .naver_return_reason import NaverReturnReason
    from .naver_review import NaverReview
    from .naver_review_list_envelope import NaverReviewListEnvelope
    from .naver_review_type import NaverReviewType
    from .naver_ship_exchanged_request import NaverShipExchangedRequest
    from .naver_ship_request import NaverShipRequest
    from .naver_withhold_reason import NaverWithholdReason
    from .naver_withhold_return_request import NaverWithholdReturnRequest
    from .onetime_payment_request import OnetimePaymentRequest
    from .partner_receipt_envelope import PartnerReceiptEnvelope
    from .partner_receipt_item import PartnerReceiptItem
    from .partner_receipt_request import PartnerReceiptRequest
    from .partner_receipt_result import PartnerReceiptResult
    from .payco_order_status import PaycoOrderStatus
    from .payco_order_status_change import PaycoOrderStatusChange
    from .payco_order_status_envelope import PaycoOrderStatusEnvelope
    from .payco_order_status_request import PaycoOrderStatusRequest
    from .payment import Payment
    from .payment_balance import PaymentBalance
    from .payment_balance_detail import PaymentBalanceDetail
    from .payment_balance_envelope import PaymentBalanceEnvelope
    from .payment_balance_history import PaymentBalanceHistory
    from .payment_cancellation import PaymentCancellation
    from .payment_envelope import PaymentEnvelope
    from .payment_list_envelope import PaymentListEnvelope
    from .payment_page import PaymentPage
    from .payment_page_envelope import PaymentPageEnvelope
    from .payment_promotion import PaymentPromotion
    from .payment_sorting import PaymentSorting
    from .payment_status import PaymentStatus
    from .payment_status_filter import PaymentStatusFilter
    from .paymentwall_delivery import PaymentwallDelivery
    from .paymentwall_delivery_envelope import PaymentwallDeliveryEnvelope
    from .paymentwall_delivery_request import PaymentwallDeliveryRequest
    from .paymentwall_delivery_status import PaymentwallDeliveryStatus
    from .paymentwall_product_type import PaymentwallProductType
    from .paymentwall_refundable import PaymentwallRefundable
    from .pg_setting import PgSetting
    from .pg_setting_list_envelope import PgSettingListEnvelope
    from .prepare_request import PrepareRequest
    from .prepared_payment import PreparedPayment
    from .prepared_payment_envelope import PreparedPaymentEnvelope
    from .product_type import ProductType
    from .receipt import Receipt
    from .receipt_envelope import ReceiptEnvelope
    from .receipt_identifier_type import ReceiptIdentifierType
    from .receipt_request import ReceiptRequest
    from .receipt_type import ReceiptType
    from .schedule import Schedule
    from .schedule_at_request import ScheduleAtRequest
    from .schedule_envelope import ScheduleEnvelope
    from .schedule_item import ScheduleItem
    from .schedule_list_envelope import ScheduleListEnvelope
    from .schedule_page import SchedulePage
    from .schedule_page_envelope import SchedulePageEnvelope
    from .schedule_request import ScheduleRequest
    from .schedule_status import ScheduleStatus
    from .standard_code import StandardCode
    from .standard_code_envelope import StandardCodeEnvelope
    from .standard_code_list_envelope import StandardCodeListEnvelope
    from .subscribe_payment_extra import SubscribePaymentExtra
    from .tier import Tier
    from .tier_envelope import TierEnvelope
    from .token import Token
    from .token_envelope import TokenEnvelope
    from .token_request import TokenRequest
    from .unschedule_request import UnscheduleRequest
    from .vbank_deposit import VbankDeposit
    from .vbank_holder import VbankHolder
    from .vbank_holder_envelope import VbankHolderEnvelope
    from .vbank_request import VbankRequest
    from .vbank_update_request import VbankUpdateRequest

_MODULE_OF = {
    "AckEnvelope": ".ack_envelope",
    "AckPayloadType0": ".ack_payload_type_0",
    "AgainPaymentRequest": ".again_payment_request",
    "BenepiaPaymentRequest": ".benepia_payment_request",
    "BenepiaPoint": ".benepia_point",
    "BenepiaPointEnvelope": ".benepia_point_envelope",
    "BenepiaPointRequest": ".benepia_point_request",
    "BillingKey": ".billing_key",
    "BillingKeyEnvelope": ".billing_key_envelope",
    "BillingKeyListEnvelope": ".billing_key_list_envelope",
    "BillingKeyRequest": ".billing_key_request",
    "CancelRequest": ".cancel_request",
    "CancelRequestExtra": ".cancel_request_extra",
    "CancelRequestExtraRequester": ".cancel_request_extra_requester",
    "CashReceiptType": ".cash_receipt_type",
    "Certification": ".certification",
    "CertificationCarrier": ".certification_carrier",
    "CertificationEnvelope": ".certification_envelope",
    "CertificationMethod": ".certification_method",
    "CertificationOtp": ".certification_otp",
    "CertificationOtpConfirmRequest": ".certification_otp_confirm_request",
    "CertificationOtpEnvelope": ".certification_otp_envelope",
    "CertificationOtpRequest": ".certification_otp_request",
    "CvsRequest": ".cvs_request",
    "ErrorEnvelope": ".error_envelope",
    "EscrowFormedAddress": ".escrow_formed_address",
    "EscrowLogis": ".escrow_logis",
    "EscrowLogisEnvelope": ".escrow_logis_envelope",
    "EscrowLogisInfo": ".escrow_logis_info",
    "EscrowLogisProduct": ".escrow_logis_product",
    "EscrowLogisReceiver": ".escrow_logis_receiver",
    "EscrowLogisRequest": ".escrow_logis_request",
    "EscrowLogisSender": ".escrow_logis_sender",
    "EscrowLogisUpdateRequest": ".escrow_logis_update_request",
    "ExternalReceipt": ".external_receipt",
    "ExternalReceiptEnvelope": ".external_receipt_envelope",
    "ExternalReceiptRequest": ".external_receipt_request",
    "ForeignPaymentRequest": ".foreign_payment_request",
    "KcpQuickAutopayKey": ".kcp_quick_autopay_key",
    "KcpQuickAutopayKeyEnvelope": ".kcp_quick_autopay_key_envelope",
    "KcpQuickAutopayRequest": ".kcp_quick_autopay_request",
    "KcpQuickError": ".kcp_quick_error",
    "KcpQuickFidoRelease": ".kcp_quick_fido_release",
    "KcpQuickFidoReleaseEnvelope": ".kcp_quick_fido_release_envelope",
    "KcpQuickFidoReleaseRequest": ".kcp_quick_fido_release_request",
    "KcpQuickMember": ".kcp_quick_member",
    "KcpQuickMemberEnvelope": ".kcp_quick_member_envelope",
    "KcpQuickMoneyPaymentRequest": ".kcp_quick_money_payment_request",
    "KcpQuickPrepaidAuth": ".kcp_quick_prepaid_auth",
    "KcpQuickPrepareRequest": ".kcp_quick_prepare_request",
    "NaverAddress": ".naver_address",
    "NaverApproveReturnRequest": ".naver_approve_return_request",
    "NaverCancelReason": ".naver_cancel_reason",
    "NaverCancelRequest": ".naver_cancel_request",
    "NaverCashAmount": ".naver_cash_amount",
    "NaverCashAmountEnvelope": ".naver_cash_amount_envelope",
    "NaverConfirmRequest": ".naver_confirm_request",
    "NaverDeliveryCompany": ".naver_delivery_company",
    "NaverDeliveryMethod": ".naver_delivery_method",
    "NaverOrderer": ".naver_orderer",
    "NaverProductOrder": ".naver_product_order",
    "NaverProductOrderEnvelope": ".naver_product_order_envelope",
    "NaverProductOrderListEnvelope": ".naver_product_order_list_envelope",
    "NaverProductOrdersRequest": ".naver_product_orders_request",
    "NaverRejectReturnRequest": ".naver_reject_return_request",
    "NaverRequestReturnRequest": ".naver_request_return_request",
    "NaverReturnDeliveryMethod": ".naver_return_delivery_method",
    "NaverReturnReason": ".naver_return_reason",
    "NaverReview": ".naver_review",
    "NaverReviewListEnvelope": ".naver_review_list_envelope",
    "NaverReviewType": ".naver_review_type",
    "NaverShipExchangedRequest": ".naver_ship_exchanged_request",
    "NaverShipRequest": ".naver_ship_request",
    "NaverWithholdReason": ".naver_withhold_reason",
    "NaverWithholdReturnRequest": ".naver_withhold_return_request",
    "OnetimePaymentRequest": ".onetime_payment_request",
    "PartnerReceiptEnvelope": ".partner_receipt_envelope",
    "PartnerReceiptItem": ".partner_receipt_item",
    "PartnerReceiptRequest": ".partner_receipt_request",
    "PartnerReceiptResult": ".partner_receipt_result",
    "PaycoOrderStatus": ".payco_order_status",
    "PaycoOrderStatusChange": ".payco_order_status_change",
    "PaycoOrderStatusEnvelope": ".payco_order_status_envelope",
    "PaycoOrderStatusRequest": ".payco_order_status_request",
    "Payment": ".payment",
    "PaymentBalance": ".payment_balance",
    "PaymentBalanceDetail": ".payment_balance_detail",
    "PaymentBalanceEnvelope": ".payment_balance_envelope",
    "PaymentBalanceHistory": ".payment_balance_history",
    "PaymentCancellation": ".payment_cancellation",
    "PaymentEnvelope": ".payment_envelope",
    "PaymentListEnvelope": ".payment_list_envelope",
    "PaymentPage": ".payment_page",
    "PaymentPageEnvelope": ".payment_page_envelope",
    "PaymentPromotion": ".payment_promotion",
    "PaymentSorting": ".payment_sorting",
    "PaymentStatus": ".payment_status",
    "PaymentStatusFilter": ".payment_status_filter",
    "PaymentwallDelivery": ".paymentwall_delivery",
    "PaymentwallDeliveryEnvelope": ".paymentwall_delivery_envelope",
    "PaymentwallDeliveryRequest": ".paymentwall_delivery_request",
    "PaymentwallDeliveryStatus": ".paymentwall_delivery_status",
    "PaymentwallProductType": ".paymentwall_product_type",
    "PaymentwallRefundable": ".paymentwall_refundable",
    "PgSetting": ".pg_setting",
    "PgSettingListEnvelope": ".pg_setting_list_envelope",
    "PrepareRequest": ".prepare_request",
    "PreparedPayment": ".prepared_payment",
    "PreparedPaymentEnvelope": ".prepared_payment_envelope",
    "ProductType": ".product_type",
    "Receipt": ".receipt",
    "ReceiptEnvelope": ".receipt_envelope",
    "ReceiptIdentifierType": ".receipt_identifier_type",
    "ReceiptRequest": ".receipt_request",
    "ReceiptType": ".receipt_type",
    "Schedule": ".schedule",
    "ScheduleAtRequest": ".schedule_at_request",
    "ScheduleEnvelope": ".schedule_envelope",
    "ScheduleItem": ".schedule_item",
    "ScheduleListEnvelope": ".schedule_list_envelope",
    "SchedulePage": ".schedule_page",
    "SchedulePageEnvelope": ".schedule_page_envelope",
    "ScheduleRequest": ".schedule_request",
    "ScheduleStatus": ".schedule_status",
    "StandardCode": ".standard_code",
    "StandardCodeEnvelope": ".standard_code_envelope",
    "StandardCodeListEnvelope": ".standard_code_list_envelope",
    "SubscribePaymentExtra": ".subscribe_payment_extra",
    "Tier": ".tier",
    "TierEnvelope": ".tier_envelope",
    "Token": ".token",
    "TokenEnvelope": ".token_envelope",
    "TokenRequest": ".token_request",
    "UnscheduleRequest": ".unschedule_request",
    "VbankDeposit": ".vbank_deposit",
    "VbankHolder": ".vbank_holder",
    "VbankHolderEnvelope": ".vbank_holder_envelope",
    "VbankRequest": ".vbank_request",
    "VbankUpdateRequest": ".vbank_update_request",
}

__all__ = (
    "AckEnvelope",
    "AckPayloadType0",
    "AgainPaymentRequest",
    "BenepiaPaymentRequest",
    "BenepiaPoint",
    "BenepiaPointEnvelope",
    "BenepiaPointRequest",
    "BillingKey",
    "BillingKeyEnvelope",
    "BillingKeyListEnvelope",
    "BillingKeyRequest",
    "CancelRequest",
    "CancelRequestExtra",
    "CancelRequestExtraRequester",
    "CashReceiptType",
    "Certification",
    "CertificationCarrier",
    "CertificationEnvelope",
    "CertificationMethod",
    "CertificationOtp",
    "CertificationOtpConfirmRequest",
    "CertificationOtpEnvelope",
    "CertificationOtpRequest",
    "CvsRequest",
    "ErrorEnvelope",
    "EscrowFormedAddress",
    "EscrowLogis",
    "EscrowLogisEnvelope",
    "EscrowLogisInfo",
    "EscrowLogisProduct",
    "EscrowLogisReceiver",
    "EscrowLogisRequest",
    "EscrowLogisSender",
    "EscrowLogisUpdateRequest",
    "ExternalReceipt",
    "ExternalReceiptEnvelope",
    "ExternalReceiptRequest",
    "ForeignPaymentRequest",
    "KcpQuickAutopayKey",
    "KcpQuickAutopayKeyEnvelope",
    "KcpQuickAutopayRequest",
    "KcpQuickError",
    "KcpQuickFidoRelease",
    "KcpQuickFidoReleaseEnvelope",
    "KcpQuickFidoReleaseRequest",
    "KcpQuickMember",
    "KcpQuickMemberEnvelope",
    "KcpQuickMoneyPaymentRequest",
    "KcpQuickPrepaidAuth",
    "KcpQuickPrepareRequest",
    "NaverAddress",
    "NaverApproveReturnRequest",
    "NaverCancelReason",
    "NaverCancelRequest",
    "NaverCashAmount",
    "NaverCashAmountEnvelope",
    "NaverConfirmRequest",
    "NaverDeliveryCompany",
    "NaverDeliveryMethod",
    "NaverOrderer",
    "NaverProductOrder",
    "NaverProductOrderEnvelope",
    "NaverProductOrderListEnvelope",
    "NaverProductOrdersRequest",
    "NaverRejectReturnRequest",
    "NaverRequestReturnRequest",
    "NaverReturnDeliveryMethod",
    "NaverReturnReason",
    "NaverReview",
    "NaverReviewListEnvelope",
    "NaverReviewType",
    "NaverShipExchangedRequest",
    "NaverShipRequest",
    "NaverWithholdReason",
    "NaverWithholdReturnRequest",
    "OnetimePaymentRequest",
    "PartnerReceiptEnvelope",
    "PartnerReceiptItem",
    "PartnerReceiptRequest",
    "PartnerReceiptResult",
    "PaycoOrderStatus",
    "PaycoOrderStatusChange",
    "PaycoOrderStatusEnvelope",
    "PaycoOrderStatusRequest",
    "Payment",
    "PaymentBalance",
    "PaymentBalanceDetail",
    "PaymentBalanceEnvelope",
    "PaymentBalanceHistory",
    "PaymentCancellation",
    "PaymentEnvelope",
    "PaymentListEnvelope",
    "PaymentPage",
    "PaymentPageEnvelope",
    "PaymentPromotion",
    "PaymentSorting",
    "PaymentStatus",
    "PaymentStatusFilter",
    "PaymentwallDelivery",
    "PaymentwallDeliveryEnvelope",
    "PaymentwallDeliveryRequest",
    "PaymentwallDeliveryStatus",
    "PaymentwallProductType",
    "PaymentwallRefundable",
    "PgSetting",
    "PgSettingListEnvelope",
    "PreparedPayment",
    "PreparedPaymentEnvelope",
    "PrepareRequest",
    "ProductType",
    "Receipt",
    "ReceiptEnvelope",
    "ReceiptIdentifierType",
    "ReceiptRequest",
    "ReceiptType",
    "Schedule",
    "ScheduleAtRequest",
    "ScheduleEnvelope",
    "ScheduleItem",
    "ScheduleListEnvelope",
    "SchedulePage",
    "SchedulePageEnvelope",
    "ScheduleRequest",
    "ScheduleStatus",
    "StandardCode",
    "StandardCodeEnvelope",
    "StandardCodeListEnvelope",
    "SubscribePaymentExtra",
    "Tier",
    "TierEnvelope",
    "Token",
    "TokenEnvelope",
    "TokenRequest",
    "UnscheduleRequest",
    "VbankDeposit",
    "VbankHolder",
    "VbankHolderEnvelope",
    "VbankRequest",
    "VbankUpdateRequest",
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
