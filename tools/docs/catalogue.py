"""The error catalogue: one table per kind of failure, rendered into ``errors-catalogue.md`` and
``errors-catalogue.ko.md`` by ``tools/docs/hooks.py`` (markers ``<!-- iamport:catalogue:NAME -->``).

What can be read from the code is read from it: the exception tree from ``iamport_client``
(names, parents), the sandbox's test cards and reasons from ``iamport_sandbox.cards``, the CLI's
exit codes from ``iamport_client.cli.EXIT_CODES``. What cannot (when an error happens, what to
do, the service's messages) is written once here, in both languages; ``tests/docs/
test_error_catalogue.py`` checks every entry against the code and the service's behaviour.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    """One exception: when it is raised and what to do, in English and Korean."""

    when: str
    when_ko: str
    do: str
    do_ko: str


#: Every exception of ``iamport_client`` (a test checks the list against ``__all__``).
EXCEPTIONS: dict[str, Entry] = {
    "IamporterError": Entry(
        "Base class of every failure of a public call. Carries `status`, `message`, `data`, `raw`.",
        "공개 호출의 모든 실패의 기반 클래스. `status`, `message`, `data`, `raw`를 가집니다.",
        "Catch it last, after the cases you handle; log `err` (secrets are never in it).",
        "처리할 경우를 먼저 잡고 마지막에 잡습니다. `err`를 그대로 로그에 남겨도 됩니다"
        "(비밀 값은 들어 있지 않습니다).",
    ),
    "APIError": Entry(
        "The service answered with a failure: `code` ≠ 0 (often with HTTP 200), or an HTTP status "
        "without a more precise class (405, 409...).",
        "서비스가 실패로 응답: `code` ≠ 0(HTTP 200인 경우가 많음), 또는 더 구체적인 클래스가 없는 "
        "HTTP 상태(405, 409 등).",
        "Show or log `err.message`: the service's own (Korean) words. Sending the same request "
        "again gets the same answer.",
        "`err.message`(서비스가 보낸 한국어 메시지)를 보여 주거나 기록합니다. 같은 요청을 다시 "
        "보내도 같은 답이 옵니다.",
    ),
    "BadRequestError": Entry(
        "HTTP 400: a parameter is missing or breaks a rule of the service.",
        "HTTP 400: 파라미터가 빠졌거나 서비스의 규칙에 맞지 않음.",
        "Fix the request; `err.message` names the parameter.",
        "요청을 고칩니다. `err.message`가 문제의 파라미터를 알려 줍니다.",
    ),
    "AuthenticationError": Entry(
        "The API key and secret were refused, or HTTP 401 came back even after a fresh token.",
        "API 키와 시크릿이 거절되었거나, 새 토큰으로 다시 보내도 HTTP 401이 왔음.",
        "Check `IAMPORT_API_KEY` / `IAMPORT_API_SECRET` (and `tier`) in the admin console.",
        "관리자 콘솔에서 `IAMPORT_API_KEY` / `IAMPORT_API_SECRET`(그리고 `tier`)를 확인합니다.",
    ),
    "NotFoundError": Entry(
        "HTTP 404: no such payment, billing key, schedule, receipt or record.",
        "HTTP 404: 결제, 빌링키, 예약, 현금영수증 등이 없음.",
        'Treat as "does not exist"; check the id (`imp_uid` vs `merchant_uid`) and the account.',
        '"없음"으로 처리합니다. id(`imp_uid`와 `merchant_uid`)와 계정을 확인합니다.',
    ),
    "ServerError": Entry(
        "HTTP 5xx from the service or the gateway, on a call that is safe to repeat.",
        "다시 보내도 안전한 호출에서 서비스나 PG사가 HTTP 5xx로 응답.",
        "Already retried `max_retries` times; try again later.",
        "이미 `max_retries`번 재시도했습니다. 나중에 다시 시도합니다.",
    ),
    "InvalidResponseError": Entry(
        "The answer is not an Iamport envelope (an HTML page from a proxy, an empty or truncated "
        "body) or breaks the spec, on a call that is not money-moving.",
        "금액이 오가지 않는 호출에서 응답이 아임포트 공통 응답 형식이 아니거나(프록시의 HTML "
        "페이지, 비어 있거나 잘린 본문) 명세와 다름.",
        "Look at `err.status` and `err.raw`; check proxies between you and the service.",
        "`err.status`와 `err.raw`를 봅니다. 서비스와의 사이에 있는 프록시를 확인합니다.",
    ),
    "NetworkError": Entry(
        "No answer: the connection was refused or reset, on a call that is not money-moving.",
        "금액이 오가지 않는 호출에서 응답 없음: 연결이 거부되었거나 끊김.",
        "Already retried; check the network and try again later.",
        "이미 재시도했습니다. 네트워크를 확인하고 나중에 다시 시도합니다.",
    ),
    "RequestTimeoutError": Entry(
        "A lookup or other safe call ran out of time (`timeout` or `deadline`).",
        "조회 등 안전한 호출의 시간이 다 됨(`timeout` 또는 `deadline`).",
        "Try again, or give the call more time with `with_options(timeout=...)`.",
        "다시 시도하거나 `with_options(timeout=...)`로 시간을 더 줍니다.",
    ),
    "PaymentOutcomeUnknownError": Entry(
        "A money-moving request (payment, cancel, schedule, virtual account) may have reached "
        "the service, but no reliable answer came back (timeout, dropped connection, 5xx, "
        "unreadable body). It was **not** resent.",
        "금액이 오가는 요청(결제, 취소, 예약, 가상계좌)이 서비스에 닿았을 수 있지만 "
        "믿을 만한 응답이 없음(타임아웃, 연결 끊김, 5xx, 읽을 수 없는 본문). "
        "다시 보내지 **않았습니다**.",
        "Look the order up with `find_by_merchant_uid(err.merchant_uid)` before deciding to "
        "charge or refund again ([Timeouts](timeouts.md)).",
        "다시 결제하거나 환불하기 전에 `find_by_merchant_uid(err.merchant_uid)`로 주문을 "
        "조회합니다([타임아웃](timeouts.md)).",
    ),
    "PaymentPendingError": Entry(
        "A payment call was answered, but the payment is still `ready` (being authenticated).",
        "결제 호출에 응답은 왔지만 결제가 아직 `ready`(인증 진행 중)임.",
        "Do not charge again: look it up later or wait for its webhook.",
        "다시 결제하지 않습니다. 나중에 조회하거나 웹훅을 기다립니다.",
    ),
    "PaymentFailedError": Entry(
        "The payment was processed and declined (`status: failed`), although the service "
        "answered `code` 0.",
        "서비스는 `code` 0으로 응답했지만 결제가 처리되어 거절됨(`status: failed`).",
        "Show `err.fail_reason` (the gateway's reason) to the buyer; the order can be paid "
        "again with another card ([Declined payments](declines.md)).",
        "`err.fail_reason`(PG사의 사유)을 구매자에게 보여 줍니다. 다른 카드로 다시 결제할 수 "
        "있습니다([결제 실패](declines.md)).",
    ),
    "PaymentVerificationError": Entry(
        "`verify_payment`: the payment's amount, currency, status or order differ from yours.",
        "`verify_payment`: 결제의 금액, 통화, 상태 또는 주문이 가맹점 기록과 다름.",
        "Do not ship; `err.problems` says what differs. Cancel a forged payment.",
        "상품을 보내지 않습니다. `err.problems`가 다른 점을 알려 줍니다. 위조된 결제는 취소합니다.",
    ),
    "ValidationError": Entry(
        "Bad input (a malformed card number, a float amount, a too-long `merchant_uid`), found "
        "before anything was sent. Also a `ValueError`.",
        "잘못된 입력(형식이 틀린 카드 번호, float 금액, 너무 긴 `merchant_uid`). 아무것도 보내기 "
        "전에 발견합니다. `ValueError`이기도 합니다.",
        "Fix the argument named by `err.field`; nothing happened at Iamport.",
        "`err.field`가 가리키는 인자를 고칩니다. 아임포트에서는 아무 일도 없었습니다.",
    ),
    "InvalidWebhookError": Entry(
        "`parse_webhook`: the body is not an Iamport notification.",
        "`parse_webhook`: 본문이 아임포트 알림이 아님.",
        "Answer 400 and do nothing else.",
        "400으로 응답하고 아무것도 하지 않습니다.",
    ),
}


@dataclass(frozen=True)
class ServiceError:
    """An answer of the service, and the exception a lookup gets for it."""

    status: int
    code: int
    message: str | None  # None: whatever the failing side sends (often an HTML page)
    exception: str
    situation: str
    situation_ko: str


#: Common answers of the service with their Korean messages (tests check the exceptions).
SERVICE_ERRORS: tuple[ServiceError, ...] = (
    ServiceError(
        200, 1, "이미 전액 취소된 결제건입니다.", "APIError",
        "cancelling a payment that is already fully refunded",
        "이미 전액 환불된 결제를 취소",
    ),
    ServiceError(
        200, 1, "이미 결제된 merchant_uid입니다.", "APIError",
        "paying an order (`merchant_uid`) that is already paid",
        "이미 결제된 주문(`merchant_uid`)을 결제",
    ),
    ServiceError(
        200, 1, "카드정보 인증에 실패했습니다. [4000] 카드 한도초과", "APIError",
        "issuing a billing key for a card the gateway refuses",
        "PG사가 거절한 카드로 빌링키 발급",
    ),
    ServiceError(
        200, 1, "이니시스 빌링결제는 상품명이 필수입니다.", "APIError",
        "charging a billing key without `name` (some gateways require it)",
        "`name` 없이 빌링키 결제(주문명이 필수인 PG사)",
    ),
    ServiceError(
        400, -1, "schedules 파라미터가 누락되었습니다. (schedules is required)", "BadRequestError",
        "a required parameter is missing",
        "필수 파라미터 누락",
    ),
    ServiceError(
        401, -1, "imp_key 또는 imp_secret이 올바르지 않습니다.", "AuthenticationError",
        "wrong API key or secret",
        "API 키나 시크릿이 틀림",
    ),
    ServiceError(
        401, -1, "Unauthorized: 만료된 access_token입니다.", "AuthenticationError",
        "an expired token (the client gets a new one and sends once more; this is raised only "
        "if that is refused too)",
        "만료된 토큰(클라이언트가 새 토큰으로 한 번 더 보내며, 그것도 거절될 때만 발생)",
    ),
    ServiceError(
        404, -1, "존재하지 않는 결제정보입니다.", "NotFoundError",
        "no payment with this `imp_uid` / `merchant_uid`",
        "이 `imp_uid` / `merchant_uid`의 결제가 없음",
    ),
    ServiceError(
        404, -1, "요청하신 customer_uid로 등록된 정보를 찾을 수 없습니다.", "NotFoundError",
        "no billing key with this `customer_uid`",
        "이 `customer_uid`의 빌링키가 없음",
    ),
    ServiceError(
        404, -1, "결제예약 정보가 존재하지 않습니다.", "NotFoundError",
        "no scheduled payment with this `merchant_uid`",
        "이 `merchant_uid`의 결제 예약이 없음",
    ),
    ServiceError(
        500, -1, None, "ServerError",
        "the service or the gateway failed (for a money-moving call: `PaymentOutcomeUnknownError`)",
        "서비스나 PG사 장애(금액이 오가는 호출이라면 `PaymentOutcomeUnknownError`)",
    ),
)  # fmt: skip

#: The sandbox's card behaviours, explained (keys are ``iamport_sandbox.cards.CardBehaviour``
#: member names; a test checks there is one for each).
CARD_BEHAVIOURS: dict[str, tuple[str, str]] = {
    "DECLINE": (
        "Declined: a payment ends `failed` (`PaymentFailedError`); issuing a billing key is "
        "refused (`APIError`, code 1).",
        "승인 거절: 결제는 `failed`(`PaymentFailedError`), 빌링키 발급은 거절(`APIError`, code 1).",
    ),
    "INSUFFICIENT_FUNDS": (
        "Insufficient funds: the billing key is issued, but every payment with it ends "
        "`failed`. For failing subscriptions.",
        "잔액 부족: 빌링키는 발급되지만 그 키의 모든 결제가 `failed`. 정기결제 실패 테스트용.",
    ),
    "SLOW": (
        "Slow: the payment is `ready` at first and `paid` after a few seconds; a client with a "
        "shorter timeout gets `PaymentOutcomeUnknownError` although the money moved.",
        "느림: 처음에는 `ready`, 몇 초 뒤 `paid`. 타임아웃이 더 짧은 클라이언트는 "
        "결제가 되었는데도 `PaymentOutcomeUnknownError`를 받습니다.",
    ),
    "EXPIRED": (
        "Any card whose `expiry` month is before the sandbox clock's month: declined like the "
        "decline card.",
        "`expiry` 월이 샌드박스 시계의 현재 월보다 이전인 모든 카드: 승인 거절 카드처럼 거절.",
    ),
    "APPROVE": (
        "Any other well-formed number: approved.",
        "그 밖의 형식이 맞는 모든 번호: 승인.",
    ),
}

#: The CLI's exit codes in Korean and the exceptions behind them (English text: ``EXIT_CODES``).
EXIT_CODES_KO: dict[int, str] = {
    0: "성공",
    1: "API가 요청을 거절함(메시지를 출력함)",
    2: "잘못된 명령줄이나 입력, 또는 빠진 extra",
    3: "인증 정보 없음, 읽을 수 없는 프로필, 또는 인증 정보 거절",
    4: "결제, 빌링키, 예약이 없음",
    5: "확인 질문에 아니오라고 답함: 아무것도 바뀌지 않음",
    6: "서비스의 응답 없음. 취소였다면 결과를 알 수 없음",
}
EXIT_EXCEPTIONS: dict[int, tuple[str, ...]] = {
    1: ("APIError", "BadRequestError", "ServerError", "InvalidResponseError"),
    2: ("ValidationError",),
    3: ("AuthenticationError",),
    4: ("NotFoundError",),
    6: ("NetworkError", "RequestTimeoutError", "PaymentOutcomeUnknownError"),
}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def exceptions_markdown(korean: bool) -> str:
    """The exception tree, in class order, with when/what-to-do for each."""
    import iamport_client

    head = (
        "| 예외 | 상위 클래스 | 언제 | 어떻게 |"
        if korean
        else "| exception | parent | when | what to do |"
    )
    lines = [head, "|---|---|---|---|"]
    for name, entry in EXCEPTIONS.items():
        cls = getattr(iamport_client, name)
        parent = ", ".join(
            f"`{base.__name__}`" for base in cls.__bases__ if base.__module__ != "builtins"
        )
        builtin = [b.__name__ for b in cls.__bases__ if b.__module__ == "builtins"]
        if builtin and name != "IamporterError":
            parent += ", " + ", ".join(f"`{b}`" for b in builtin)
        parent = parent or "`Exception`"
        when, do = (entry.when_ko, entry.do_ko) if korean else (entry.when, entry.do)
        lines.append(
            f'| <code id="{name}">{name}</code> | {parent} | {_cell(when)} | {_cell(do)} |'
        )
    return "\n".join(lines) + "\n"


def service_errors_markdown(korean: bool) -> str:
    head = (
        "| HTTP | `code` | `message`(예) | 상황 | 예외 |"
        if korean
        else "| HTTP | `code` | `message` (example) | situation | exception |"
    )
    lines = [head, "|---|---|---|---|---|"]
    for row in SERVICE_ERRORS:
        situation = row.situation_ko if korean else row.situation
        lines.append(
            f"| {row.status} | {row.code} | {_cell(row.message or '—')} | {_cell(situation)} | "
            f"[`{row.exception}`](#{row.exception}) |"
        )
    return "\n".join(lines) + "\n"


def test_cards_markdown(korean: bool) -> str:
    from iamport_sandbox import cards

    head = (
        "| 카드 번호 | `fail_reason` | 동작 |"
        if korean
        else "| card number | `fail_reason` | behaviour |"
    )
    lines = [head, "|---|---|---|"]
    listed = {behaviour: digits for digits, behaviour in cards.TEST_CARDS.items()}
    order = [*listed, cards.CardBehaviour.EXPIRED, cards.CardBehaviour.APPROVE]
    for behaviour in order:
        english, local = CARD_BEHAVIOURS[behaviour.name]
        digits = listed.get(behaviour)
        if digits is not None:
            number = f"`{'-'.join(digits[i : i + 4] for i in range(0, 16, 4))}`"
        elif behaviour is cards.CardBehaviour.EXPIRED:
            number = "`expiry` 지난 카드" if korean else "past `expiry`"
        else:
            number = "그 밖의 번호" if korean else "any other"
        reason = cards.decline_reason(behaviour)
        lines.append(f"| {number} | {reason or '—'} | {_cell(local if korean else english)} |")
    return "\n".join(lines) + "\n"


def fail_reasons() -> list[str]:
    """The gateway reasons the sandbox gives, in the order of its test cards."""
    from iamport_sandbox import cards

    found = [cards.decline_reason(b) for b in cards.CardBehaviour]
    return [reason for reason in found if reason]


def fail_reasons_markdown(korean: bool) -> str:
    return "\n".join(f"- `{reason}`" for reason in fail_reasons()) + "\n"


def exit_codes_markdown(korean: bool) -> str:
    from iamport_client.cli import EXIT_CODES

    head = "| 종료 코드 | 뜻 | 예외 |" if korean else "| exit code | meaning | exception |"
    lines = [head, "|---|---|---|"]
    for code, meaning in EXIT_CODES.items():
        text = EXIT_CODES_KO[code] if korean else meaning
        names = ", ".join(f"[`{n}`](#{n})" for n in EXIT_EXCEPTIONS.get(code, ())) or "—"
        lines.append(f"| {code} | {_cell(text)} | {names} |")
    return "\n".join(lines) + "\n"


RENDERERS = {
    "exceptions": exceptions_markdown,
    "service-errors": service_errors_markdown,
    "fail-reasons": fail_reasons_markdown,
    "test-cards": test_cards_markdown,
    "exit-codes": exit_codes_markdown,
}


def fill(markdown: str, korean: bool) -> str:
    """Replace every ``<!-- iamport:catalogue:NAME -->`` marker of a page."""
    for name, render in RENDERERS.items():
        marker = f"<!-- iamport:catalogue:{name} -->"
        if marker in markdown:
            markdown = markdown.replace(marker, render(korean))
    return markdown
