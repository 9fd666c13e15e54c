"""What sync and async clients share: one description of a call, one retry policy, one
mapping from HTTP responses to results and exceptions.

The client methods build a :class:`Call` (validated arguments, the generated operation's
request, how to parse the payload, and how risky the request is); the sync and async request
loops (``_client.py``, ``_async_client.py``) differ only in how they wait.
"""

from __future__ import annotations

import enum
import logging
import random
import re
import threading
import time
from collections.abc import Callable
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

import httpx

from ._errors import (
    APIError,
    AuthenticationError,
    BadRequestError,
    IamporterError,
    InvalidResponseError,
    NetworkError,
    NotFoundError,
    PaymentFailedError,
    PaymentOutcomeUnknownError,
    RequestTimeoutError,
    ServerError,
    StrictOutcomeUnknownError,
    ValidationError,
)
from ._redact import redact, redact_text, secret_values
from ._transport import DEADLINE

if TYPE_CHECKING:
    from ._result import IamporterResult

__all__ = [
    "DRIFT_COLLECTOR",
    "Call",
    "Deviation",
    "Kind",
    "RetryPolicy",
    "Scrubber",
    "body_error",
    "decode_json",
    "error_for_transport",
    "to_result",
]

T = TypeVar("T")
U = TypeVar("U")

logger = logging.getLogger("iamport_client")
#: Where answers that deviate from the spec are reported (once per operation, path and type).
drift_logger = logging.getLogger("iamport_client.drift")


class Kind(enum.Enum):
    """How safe a request is to send twice."""

    READ = "read"  # GET: retried after timeouts and 5xx
    TOKEN = "token"  # noqa: S105 - getToken: no side effect, retried like a read
    WRITE = "write"  # other POST/DELETE: sent once after it may have arrived
    MONEY = "money"  # moves money: sent once; a lost answer is reported as "outcome unknown"


class _Frozen:
    """A small immutable record with slots (``dataclass(frozen=True, slots=True)`` without the
    import and class-building cost of :mod:`dataclasses`, which ``import iamport_client`` would
    otherwise pay: see docs/benchmarks.md)."""

    __slots__: tuple[str, ...] = ()

    def _set(self, **values: Any) -> None:
        for name, value in values.items():
            object.__setattr__(self, name, value)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def _values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__slots__}

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]  # holds dicts, like the dataclass it replaces

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={v!r}" for k, v in self._values().items())
        return f"{type(self).__name__}({fields})"


class Call(_Frozen, Generic[T]):
    """One API call, ready to send.

    Attributes:
        request: ``method``, ``url`` and ``params``/``json``/``headers`` from the generated
            operation's ``_get_kwargs``.
        parse: Turns the decoded body into the typed payload (generated envelope models).
        kind: Retry class of the request.
        merchant_uid: The order concerned, named in "outcome unknown" errors.
        imp_uid: The payment concerned, for cancels by imp_uid.
        check: Runs on the parsed result and raises when a successful envelope still means
            failure (a declined payment, a payment that does not match the order).
        orders: Every order the request names (a schedule of several charges names them
            all), for "outcome unknown" errors; ``merchant_uid`` is the first.
    """

    __slots__ = (
        "check",
        "imp_uid",
        "kind",
        "merchant_uid",
        "operation",
        "orders",
        "parse",
        "request",
    )
    request: dict[str, Any]
    parse: Callable[[dict[str, Any]], T]
    kind: Kind
    merchant_uid: str | None
    imp_uid: str | None
    check: Callable[[IamporterResult[T]], None] | None
    orders: tuple[str, ...]
    #: The spec's operationId (``build`` names it from the operation's table).
    operation: str | None

    def __init__(
        self,
        request: dict[str, Any],
        parse: Callable[[dict[str, Any]], T],
        kind: Kind = Kind.READ,
        merchant_uid: str | None = None,
        imp_uid: str | None = None,
        check: Callable[[IamporterResult[T]], None] | None = None,
        orders: tuple[str, ...] = (),
        operation: str | None = None,
    ) -> None:
        self._set(
            request=request,
            parse=parse,
            kind=kind,
            merchant_uid=merchant_uid,
            imp_uid=imp_uid,
            check=check,
            orders=orders,
            operation=operation,
        )

    def for_order(self, merchant_uid: str, check: Callable[[IamporterResult[T]], None]) -> Call[T]:
        """A copy naming the order and checking the result (the seed conveniences' twist)."""
        values = self._values()
        values.update(merchant_uid=merchant_uid, check=check)
        return Call(**values)

    def parsing(self, parse: Callable[[dict[str, Any]], U]) -> Call[U]:
        """A copy whose payload is parsed by ``parse`` instead."""
        if self.check is not None:
            raise ValueError("a call that checks its result cannot change its parser")
        values = self._values()
        values.update(parse=parse)
        return Call(**values)

    def __repr__(self) -> str:
        # A local of the request loop: error trackers and ``pytest -l`` print it. The body may
        # hold card data and the secret, so only the route and the ids are shown.
        return (
            f"Call({self.request['method'].upper()} {self.request['url']}, kind={self.kind.value}, "
            f"merchant_uid={self.merchant_uid!r}, imp_uid={self.imp_uid!r})"
        )

    @property
    def retryable(self) -> bool:
        """Whether a timeout or 5xx may be answered by sending again."""
        return self.kind in (Kind.READ, Kind.TOKEN)

    @property
    def target(self) -> str:
        """How error messages name what this call concerns."""
        named = []
        orders = self.orders or ((self.merchant_uid,) if self.merchant_uid else ())
        if orders:
            named.append("merchant_uid " + ", ".join(repr(uid) for uid in orders))
        if self.imp_uid:
            named.append(f"imp_uid {self.imp_uid!r}")
        if named:
            return " and ".join(named)
        return f"{self.request['method'].upper()} {self.request['url']}"

    def secrets(self) -> list[str]:
        """The secret values this request carries, to scrub from anything echoed back."""
        return secret_values(self.request.get("json"))

    def build(
        self,
        http: httpx.Client | httpx.AsyncClient,
        base_url: str,
        timeout: httpx.Timeout | None = None,
    ) -> httpx.Request:
        """Build the httpx request.

        ``timeout`` overrides the connection pool's (a ``with_options`` view's own).
        Two URL parses fewer than the generated code: no ``params={}`` when there is no query,
        and an absolute URL (httpx parses a relative one, then again to join it to its base).
        The generated code already quoted every path parameter; a ``.`` or ``..`` segment is
        refused here, since URL normalisation would turn it into another endpoint.

        Raises:
            ValidationError: A path segment is ``.`` or ``..``, or the URL is malformed.
        """
        kwargs = self.request
        url = kwargs["url"]
        if "/." in url and any(part in (".", "..") for part in url.split("/")):
            raise ValidationError("path", "an id may not be '.' or '..'")
        headers = kwargs.get("headers")
        body = kwargs.get("json")
        content = None
        if body is not None:
            # httpx's json= cannot write Decimal money; _json writes it exactly. (_json and the
            # decimal module load with the first request, not with ``import iamport_client``.)
            from . import _json

            content = _json.dumps(body)
            headers = {**(headers or {}), "Content-Type": "application/json"}
        try:
            request = http.build_request(
                kwargs["method"],
                base_url + url,
                params=kwargs.get("params") or None,
                content=content,
                headers=headers,
            )
            if timeout is not None:
                request.extensions["timeout"] = timeout.as_dict()
            return request
        except (httpx.InvalidURL, ValueError, TypeError) as exc:
            problem = f"cannot form a request URL ({type(exc).__name__})"
        raise ValidationError("path", problem)


class RetryPolicy(_Frozen):
    """Capped exponential backoff with full jitter, for reads and token requests only.

    Connection failures before anything was sent are retried by the transport itself
    (``httpx.HTTPTransport(retries=...)`` retries only failed connects), for every method.
    """

    __slots__ = ("base_delay", "max_delay", "max_retries")
    max_retries: int
    base_delay: float
    max_delay: float

    def __init__(
        self, max_retries: int = 2, base_delay: float = 0.25, max_delay: float = 4.0
    ) -> None:
        self._set(max_retries=max_retries, base_delay=base_delay, max_delay=max_delay)

    def delay(self, attempt: int) -> float:
        """Seconds to wait before retry number ``attempt + 1``."""
        cap = min(self.max_delay, self.base_delay * 2.0 ** min(attempt, 32))
        return random.uniform(cap / 2, cap)  # noqa: S311 - jitter, not cryptography

    def total_pause(self) -> float:
        """The longest all pauses between attempts can add up to."""
        growing = min(self.max_retries, 32)  # past that every pause is max_delay
        total = sum(min(self.max_delay, self.base_delay * 2.0**i) for i in range(growing))
        return float(total + (self.max_retries - growing) * self.max_delay)

    def after_status(self, call: Call[Any], status: int, attempt: int) -> float | None:
        """Delay before resending after an HTTP ``status``, or ``None`` to stop."""
        if status >= 500 and call.retryable and attempt < self.max_retries:
            return self.delay(attempt)
        return None

    def after_error(self, call: Call[Any], exc: httpx.RequestError, attempt: int) -> float | None:
        """Delay before resending after a transport error, or ``None`` when it must not be."""
        if call.retryable and isinstance(exc, httpx.TransportError) and attempt < self.max_retries:
            return self.delay(attempt)
        return None


def _never_sent(exc: BaseException) -> bool:
    # A failed connect means no byte of the request left this machine.
    return isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def error_for_transport(call: Call[Any], exc: BaseException, scrub: Scrubber) -> IamporterError:
    """Map a failure to get an answer (transport error, or anything unexpected) to an error.

    A money-moving request that may have left this machine becomes
    :class:`PaymentOutcomeUnknownError`, whatever went wrong: resending it could charge twice.
    """
    method = call.request["method"].upper()
    where = f"{method} {call.request['url']}"
    what = type(exc).__name__
    limit = DEADLINE.get()
    if "deadline" in str(exc) or (limit is not None and time.monotonic() >= limit - 0.01):
        what = f"{what}: the time allowed for the call (its deadline) ran out"
    if call.kind is Kind.MONEY and not _never_sent(exc):
        lookup = (
            "find_by_imp_uid" if call.imp_uid and not call.merchant_uid else "find_by_merchant_uid"
        )
        return PaymentOutcomeUnknownError(
            f"{where}: the request may have reached Iamport but no answer arrived "
            f"({what}); the outcome is unknown. It was NOT resent. "
            f"{_lookup_hint(call, lookup)} before trying again.",
            merchant_uid=call.merchant_uid,
            imp_uid=call.imp_uid,
        )
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimeoutError(f"{where}: timed out ({what})")
    if isinstance(exc, httpx.RequestError):
        return NetworkError(f"{where}: {what}: {scrub(str(exc))}")
    return NetworkError(f"{where}: unexpected {what}: {scrub(str(exc))}")


_STATUS_ERRORS: dict[int, type[APIError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    404: NotFoundError,
}


def _error_class(call: Call[Any], status: int) -> type[APIError]:
    if call.kind is Kind.TOKEN and status < 500:
        return AuthenticationError  # getToken refuses credentials with 200/code 1, 400, 401...
    if status >= 500:
        return ServerError
    return _STATUS_ERRORS.get(status, APIError)


def decode_json(content: bytes) -> Any:
    """Decode a JSON body; ``None`` when it is empty or not JSON (or absurdly nested)."""
    if not content:
        return None
    from . import _json  # with the first answer: see Call.build

    try:
        return _json.loads(content)  # money as Decimal, never a binary float
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError
        return None


#: Where non-Iamport JSON error bodies (proxies, gateways, frameworks) keep their message.
_MESSAGE_KEYS = ("message", "error_description", "error_message", "detail", "error", "msg")


def _foreign_message(body: Any) -> str | None:
    """The message of a JSON body that is not an Iamport envelope, if it has one."""
    if not isinstance(body, dict):
        return None
    for key in _MESSAGE_KEYS:
        value = body.get(key)
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            value = "; ".join(value)
        if isinstance(value, dict):
            value = _foreign_message(value)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


class Scrubber:
    """Removes the secrets of one exchange (the request's and the token) from echoed text.

    Built for every answer but only consulted for failures, so the secrets are gathered on
    first use.
    """

    __slots__ = ("_call", "_token", "_values")

    def __init__(self, call: Call[Any], token: str | None) -> None:
        self._call = call
        self._token = token
        self._values: list[str] | None = None

    def _secrets(self) -> list[str]:
        if self._values is None:
            values = self._call.secrets()
            if self._token:
                values.append(self._token)
            # Longest first, so a secret that contains another is removed whole.
            self._values = sorted({v for v in values if len(v) >= 2}, key=len, reverse=True)
        return self._values

    def __call__(self, text: str) -> str:
        for value in self._secrets():
            if value in text:
                text = text.replace(value, "***")
        return redact_text(text)

    def raw(self, value: Any) -> Any:
        """A decoded body with secret members masked and echoed secret values removed."""
        if isinstance(value, str):
            return self(value)
        if isinstance(value, dict):
            return {k: self.raw(v) for k, v in redact(value).items()}
        if isinstance(value, list):
            return [self.raw(v) for v in value]
        return value


def to_result(
    call: Call[T], status: int, content: bytes, scrub: Scrubber, strict: bool = False
) -> IamporterResult[T]:
    """Turn a response into a result, or raise the matching :class:`IamporterError`.

    ``strict``: every deviation from the spec is an error, not only one in a core field.
    """
    body = decode_json(content)
    if type(body) is dict and type(body.get("code")) is int:
        error = _envelope_error(call, status, body, scrub)
        if error is None:
            result, error = _parsed(call, status, body, scrub, strict)
            if error is None and result is not None:
                if call.check is None:
                    return result
                error = _checked(call, result, scrub)
                if error is None:
                    return result
    else:
        error = _foreign_error(call, status, content, body, scrub)
    assert error is not None
    raise error


def _envelope_error(
    call: Call[Any], status: int, body: dict[str, Any], scrub: Scrubber
) -> IamporterError | None:
    """The error an Iamport envelope stands for, or ``None`` for a success envelope."""
    code = body["code"]
    if status < 400 and code == 0:
        return None
    message = body.get("message")
    text = scrub(message) if isinstance(message, str) and message else f"code {code}"
    raw = scrub.raw(body)
    if call.kind is Kind.MONEY and status >= 500:
        return _outcome_unknown(call, text, status, raw)
    return _error_class(call, status)(
        text, status=status, code=code, data=raw.get("response"), raw=raw
    )


def _foreign_error(
    call: Call[Any], status: int, content: bytes, body: Any, scrub: Scrubber
) -> IamporterError:
    """The error for a body that is not an Iamport envelope (HTML, a proxy's JSON, nothing)."""
    text = content.decode("utf-8", "replace")
    raw = scrub.raw(body if body is not None else text)
    own = _foreign_message(body)
    if isinstance(body, dict) and "code" in body:
        code = scrub(repr(body["code"])[:40])
        detail = f"HTTP {status}: the envelope's code {code} is not an integer"
    elif own is not None:
        detail = scrub(own)
    else:
        snippet = " ".join(text.split())[:200] or "an empty body"
        detail = f"HTTP {status} with a body that is not an Iamport envelope: {scrub(snippet)}"
    if call.kind is Kind.MONEY and (status >= 500 or status < 300):
        return _outcome_unknown(call, detail, status, raw)
    if status >= 400:
        return _error_class(call, status)(detail, status=status, raw=raw)
    return InvalidResponseError(detail, status=status, raw=raw)


def _parsed(
    call: Call[T], status: int, body: dict[str, Any], scrub: Scrubber, strict: bool = False
) -> tuple[IamporterResult[T] | None, IamporterError | None]:
    """Parse a success envelope with the tolerant reader (or a strict one).

    A core field that breaks the spec makes the answer an error, never a result; any other
    deviation is kept and reported on the ``iamport_client.drift`` logger (``strict``: an error).
    """
    from iamport_api.types import SpecMismatchError, reading

    drifted = False
    try:
        with reading(strict) as reader:
            data = call.parse(body)
    except SpecMismatchError as exc:
        _collect(call, [(exc.path, exc.expected, exc.observed)])
        problem = exc.message
        drifted = exc.drift
    except IamporterError as exc:  # a parser's own, precise complaint
        problem = exc.message
    except (
        KeyError,
        TypeError,
        ValueError,
        AttributeError,
        RecursionError,
        ArithmeticError,
    ) as exc:
        problem = f"{type(exc).__name__}: {exc}"
    else:
        from ._result import IamporterResult  # with the first answer, not at import

        if call.kind is Kind.TOKEN and not reader.found:
            _token_drift(body, reader)
        if reader.found:
            report_drift(call, [(r[0], r[1], r[2]) for r in reader.found])
        message = body.get("message")
        return IamporterResult(
            status, message if isinstance(message, str) else None, data, body
        ), None
    detail = _mismatch(scrub(problem))
    if drifted:
        detail += " (strict mode: a deviation the tolerant reader would have kept)"
        if call.kind is Kind.MONEY:
            return None, _outcome_unknown(call, detail, status, scrub.raw(body), strict=True)
    return None, _unreadable(call, status, detail, scrub.raw(body))


def _token_drift(body: dict[str, Any], reader: Any) -> None:
    """The client's own token answers are read by a lenient parser (every call depends on
    them, so they are never refused for drift, even in strict mode); their deviations from the
    spec are still found, by the token model, and reported like any other."""
    from iamport_api.models.token_envelope import TokenEnvelope
    from iamport_api.types import SpecMismatchError, reading

    try:
        with reading(False) as shadow:
            TokenEnvelope.from_dict(body)
    except SpecMismatchError:
        return  # the answer was usable (the token parser took it): nothing more to say
    reader.found.extend(shadow.found)


class Deviation(NamedTuple):
    """One place where an answer differs from the spec: shapes only, never a value."""

    operation: str
    path: str
    expected: str
    observed: str


#: Set by ``iamport doctor`` (or a test) to a list that receives every deviation, core or not,
#: of the calls made in this context, repeated or not.
DRIFT_COLLECTOR: ContextVar[list[Deviation] | None] = ContextVar(
    "iamport_drift_collector", default=None
)
_INDEX = re.compile(r"\[\d+\]")
_reported: set[tuple[str, str, str]] = set()
_reported_lock = threading.Lock()
#: Distinct deviations logged per process; past it (a server inventing member names) one
#: last warning says so and the rest are only counted.
MAX_REPORTED = 2048


def report_drift(call: Call[Any], found: list[tuple[str, str, str]]) -> None:
    """Log each deviation once per (operation, field path, observed type) as a WARNING."""
    _collect(call, found)
    operation = operation_of(call)
    for path, expected, observed in found:
        key = (operation, _INDEX.sub("[]", path), observed)
        with _reported_lock:
            if key in _reported or len(_reported) > MAX_REPORTED:
                continue
            _reported.add(key)
            full = len(_reported) > MAX_REPORTED
        if full:
            drift_logger.warning(
                "more than %d distinct deviations from the spec: no more are logged", MAX_REPORTED
            )
            continue
        drift_logger.warning(
            "%s: %s: the spec says %s, the service sent %s; kept as sent (see `iamport doctor`)",
            key[0],
            key[1],
            expected,
            observed,
        )


def forget_reported_drift() -> None:
    """Log every deviation again from now on (tests; a long-lived process after a deploy)."""
    with _reported_lock:
        _reported.clear()


def _collect(call: Call[Any], found: list[tuple[str, str, str]]) -> None:
    sink = DRIFT_COLLECTOR.get()
    if sink is not None:
        operation = operation_of(call)
        sink.extend(Deviation(operation, _INDEX.sub("[]", p), e, o) for p, e, o in found)


def operation_of(call: Call[Any]) -> str:
    """The spec's operationId of a call (every table-built call names it), else its method."""
    return call.operation or call.request["method"].upper()


def _checked(call: Call[T], result: IamporterResult[T], scrub: Scrubber) -> IamporterError | None:
    """Run the call's own check (declined? this order? as expected?) on a parsed result."""
    assert call.check is not None
    try:
        call.check(result)
    except IamporterError as exc:
        # Its text quotes the answer (a fail_reason, an id): scrub what the request sent.
        exc.message = scrub(exc.message)
        exc.args = (exc.message, *exc.args[1:])
        exc.raw = scrub.raw(exc.raw)
        if isinstance(exc, PaymentFailedError) and exc.fail_reason is not None:
            exc.fail_reason = scrub(exc.fail_reason)
        return exc
    except (KeyError, TypeError, ValueError, AttributeError, ArithmeticError) as exc:
        # A payload the parser let through but the check cannot read: as unreadable as any.
        problem = f"{type(exc).__name__}: {exc}"
    else:
        return None
    return _unreadable(call, result.status, _mismatch(scrub(problem)), scrub.raw(result.raw))


def _outcome_unknown(
    call: Call[Any], detail: str, status: int | None, raw: Any, *, strict: bool = False
) -> IamporterError:
    cls = StrictOutcomeUnknownError if strict else PaymentOutcomeUnknownError
    return cls(
        f"{detail}. The outcome of this money-moving request is unknown and it was NOT resent; "
        f"{_lookup_hint(call)} before trying again.",
        merchant_uid=call.merchant_uid,
        imp_uid=call.imp_uid,
        status=status,
        raw=raw,
    )


def _lookup_hint(call: Call[Any], lookup: str = "find_by_merchant_uid") -> str:
    if call.merchant_uid:
        return (
            f"Resolve it with resolve_payment({call.merchant_uid!r}, wait=...) (or look up "
            f"{call.target} with {lookup}())"
        )
    return f"Look up {call.target}" + (f" with {lookup}()" if call.imp_uid else "")


def _mismatch(problem: str) -> str:
    return f"the response does not match the API spec ({problem})"


def _unreadable(call: Call[Any], status: int | None, detail: str, raw: Any) -> IamporterError:
    """An answer that cannot be trusted: outcome unknown for money, else an invalid response."""
    if call.kind is Kind.MONEY:
        return _outcome_unknown(call, detail, status, raw)
    return InvalidResponseError(detail, status=status, raw=raw)


def body_error(call: Call[Any], status: int | None, problem: str) -> IamporterError:
    """The error for a body that could not be read whole (too large, bad encoding)."""
    return _unreadable(call, status, problem, None)


def log_response(call: Call[Any], status: int, elapsed: float) -> None:
    """Log one exchange at DEBUG: method, path, status, time. Never headers or bodies."""
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            "%s %s -> %d in %.1f ms",
            call.request["method"].upper(),
            call.request["url"],
            status,
            elapsed * 1000,
        )
