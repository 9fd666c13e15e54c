"""A client's settings, checked once when it is made: credentials (arguments, environment or
the public test pair), the base URL (no plain http to a remote host, no credentials in it), the
timeout, retry policy and deadline. Loaded with the first client (and its ``with_options``
views), not by ``import iamport_client``.
"""

from __future__ import annotations

import logging
import os
from urllib.parse import urlsplit

import httpx

from ._core import RetryPolicy
from ._defaults import DEFAULT_BASE_URL, INSECURE_HTTP_ENV, TEST_API_KEY, TEST_API_SECRET
from ._errors import ValidationError
from ._transport import is_loopback

__all__ = ["Settings", "count", "seconds", "timing"]

logger = logging.getLogger("iamport_client")
INF = float("inf")
_warned_insecure: set[str] = set()


class Settings:
    """Credentials and connection settings, resolved once from arguments and environment."""

    def __init__(
        self,
        api_key: str | None,
        secret: str | None,
        base_url: str | None,
        allow_insecure_http: bool,
    ) -> None:
        env = os.environ
        if (api_key is None) != (secret is None):
            raise ValidationError("secret", "give both api_key and secret, or neither")
        if api_key is None:
            env_key, env_secret = env.get("IAMPORT_API_KEY"), env.get("IAMPORT_API_SECRET")
            if bool(env_key) != bool(env_secret):
                raise ValidationError(
                    "IAMPORT_API_SECRET",
                    "set both IAMPORT_API_KEY and IAMPORT_API_SECRET, or neither",
                )
            api_key = env_key or TEST_API_KEY
            secret = env_secret or TEST_API_SECRET
        assert secret is not None
        self.api_key = api_key
        self.secret = secret
        url = base_url or env.get("IAMPORT_BASE_URL") or DEFAULT_BASE_URL
        if not isinstance(url, str) or any(ch.isspace() or ord(ch) < 32 for ch in url):
            raise ValidationError("base_url", "must be a URL without spaces or control characters")
        url = url.rstrip("/")
        try:
            parts = urlsplit(url)
            host = parts.hostname
            parts.port  # noqa: B018 - raises ValueError for a malformed port
            httpx.URL(url)
        except (ValueError, httpx.InvalidURL):
            raise ValidationError("base_url", "is not a valid URL") from None
        if parts.scheme not in ("https", "http") or not host:
            raise ValidationError("base_url", "must be an absolute http(s) URL")
        if parts.query or parts.fragment:
            raise ValidationError("base_url", "must not carry a query or a fragment")
        if parts.username is not None or parts.password is not None:
            # It would be shown by repr() and logs; credentials go in api_key and secret.
            raise ValidationError("base_url", "must not carry a user name or password")
        insecure = allow_insecure_http or env.get(INSECURE_HTTP_ENV, "") in ("1", "true", "yes")
        if parts.scheme == "http" and not is_loopback(host):
            if not insecure:
                raise ValidationError(
                    "base_url",
                    "plain http is refused for non-loopback hosts (tokens and card data would "
                    f"travel in clear); use https, or pass allow_insecure_http=True or set "
                    f"{INSECURE_HTTP_ENV}=1",
                )
            if host not in _warned_insecure:
                _warned_insecure.add(host)
                logger.warning(
                    "plain http to %s is allowed: tokens and card data travel in clear", host
                )
        self.base_url = url
        self.host = host


def timing(
    timeout: float | httpx.Timeout, max_retries: int, deadline: float | None
) -> tuple[httpx.Timeout, RetryPolicy, float | None, float | None]:
    """Checked timeout, retry policy, per-attempt budget and per-call deadline.

    Raises:
        ValidationError: A value is not usable.
    """
    retry = RetryPolicy(max_retries=count("max_retries", max_retries, 0))
    if not isinstance(timeout, httpx.Timeout):
        seconds("timeout", timeout, " (or an httpx.Timeout)")
    checked = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    parts = [t for t in (checked.connect, checked.read) if t is not None]
    attempt = sum(parts) if parts else None
    if deadline is None and attempt is not None:
        deadline = attempt * (max_retries + 1) + retry.total_pause()
    return checked, retry, attempt, None if deadline is None else seconds("deadline", deadline)


def count(field: str, value: object, minimum: int) -> int:
    """An int option (never a bool) of at least ``minimum``."""
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise ValidationError(field, f"must be an int of at least {minimum}")
    return value


def seconds(field: str, value: object, alternative: str = "") -> float:
    """A positive, finite number of seconds (never a bool)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < INF:
        raise ValidationError(field, f"must be a positive, finite number of seconds{alternative}")
    return float(value)
