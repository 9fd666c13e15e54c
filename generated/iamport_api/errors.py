"""Contains shared errors types that can be raised from API functions"""

from iamport_client._errors import APIError


class UnexpectedStatus(APIError):
    """Raised by api functions when the response status is not in the spec and
    ``Client.raise_on_unexpected_status`` is True. An ``APIError`` (so an ``IamporterError``),
    like every error of the low-level client; the body is in ``raw``, never in the message."""

    def __init__(self, status_code: int, content: bytes):
        super().__init__(
            f"unexpected status code {status_code}",
            status=status_code,
            raw=content.decode("utf-8", errors="replace"),
        )
        self.status_code = status_code
        self.content = content


__all__ = ["UnexpectedStatus"]
