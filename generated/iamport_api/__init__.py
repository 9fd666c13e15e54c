"""A client library for accessing Iamport (PortOne V1) REST API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
