"""The clients' defaults: the base URL, the test credentials, timeouts and limits, the
environment switches, ``resolve_payment``'s wait.

A leaf (it imports only httpx and the version), so the clients, ``_resolve.py`` and the
command line read one value each without importing one another.
"""

from __future__ import annotations

import httpx

from ._version import __version__

__all__ = [
    "DEFAULT_ASYNC_CONCURRENCY",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "DEFAULT_WAIT",
    "INSECURE_HTTP_ENV",
    "STRICT_ENV",
    "TEST_API_KEY",
    "TEST_API_SECRET",
    "USER_AGENT",
]

DEFAULT_BASE_URL = "https://api.iamport.kr"
#: The public test credentials published in Iamport's documentation (what the seed library
#: defaults to). They only reach test channels.
TEST_API_KEY = "imp_apikey"
TEST_API_SECRET = "ekKoeW8RyKuT0zgaZsUtXXTLQ4AhPFW3ZGseDA6bkA5lamv9OqDMnxyeB9wqOsuO9W3Mx9YSJ4dTqJ3f"  # noqa: S105
#: Gateways can take many seconds to approve a charge: be patient on reads, quick on connects.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
#: In-flight requests per AsyncIamporter. Beyond a few, httpx's async pool spends more time
#: contending than sending on a small machine (bench/ measures this).
DEFAULT_ASYNC_CONCURRENCY = 4
#: The largest decoded response body accepted (a 1000-payment page is about 2 MB).
DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024
#: Environment switch for plain http to a named host (a compose service, a CI container).
INSECURE_HTTP_ENV = "IAMPORT_ALLOW_INSECURE_HTTP"
#: Set to 1 to make every client strict about answers that deviate from the spec.
STRICT_ENV = "IAMPORT_STRICT"
#: Seconds ``resolve_payment`` keeps looking for an order by default.
DEFAULT_WAIT = 10.0

USER_AGENT = f"iamport-client/{__version__} (python; httpx {httpx.__version__})"
