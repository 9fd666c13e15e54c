from enum import StrEnum


class PaymentwallDeliveryStatus(StrEnum):
    DELIVERED = "delivered"
    DELIVERING = "delivering"
    ORDER_PLACED = "order_placed"
    ORDER_SHIPPED = "order_shipped"

    def __str__(self) -> str:
        return str(self.value)
