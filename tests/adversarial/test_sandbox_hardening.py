"""Adversarial review of the sandbox (items 18-21): each test failed on the code it was written
against and pins the fix."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any, TypedDict

import httpx
import pytest

from iamport_client import APIError, Iamporter, NotFoundError, PaymentFailedError
from iamport_sandbox import DEFAULT_API_KEY, DEFAULT_API_SECRET, Sandbox


class CardArgs(TypedDict):
    """Card keyword arguments of the client's payment calls."""

    card_number: str
    expiry: str
    birth: str
    pwd_2digit: str


def card(expiry: str = "2030-11") -> CardArgs:
    """An approving test card expiring at the end of ``expiry``."""
    return {
        "card_number": "5361-1234-5678-9012",
        "expiry": expiry,
        "birth": "620201",
        "pwd_2digit": "99",
    }


CARD = card()
EXPIRED = card("2021-11")  # the vendor seed's own example card
DAY = 86400
JUL_15_2027_KST = 1_815_577_200  # 2027-07-15 00:00 KST (= 07-14 15:00 UTC)


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def server_log() -> Iterator[list[logging.LogRecord]]:
    """Every record the server's loggers emit during the test (uvicorn does not propagate)."""
    handler = _Records()
    loggers = [logging.getLogger(name) for name in ("uvicorn", "uvicorn.error", "iamport_sandbox")]
    for logger in loggers:
        logger.addHandler(handler)
    yield handler.records
    for logger in loggers:
        logger.removeHandler(handler)


@pytest.fixture
def http(sandbox: Sandbox) -> Iterator[httpx.Client]:
    """One keep-alive HTTP connection pool to the sandbox, authenticated."""
    with httpx.Client(base_url=sandbox.base_url, timeout=5.0) as client:
        token = client.post(
            "/users/getToken", json={"imp_key": DEFAULT_API_KEY, "imp_secret": DEFAULT_API_SECRET}
        ).json()["response"]["access_token"]
        client.headers["Authorization"] = token
        yield client


def _vbank(iamporter: Iamporter, merchant_uid: str, amount: int, due: int) -> str:
    made = iamporter.create_vbank(
        merchant_uid=merchant_uid, amount=amount, vbank_code="004", vbank_due=due
    ).data
    assert made.status.value == "ready"
    return made.imp_uid


def _two_vbanks(iamporter: Iamporter, merchant_uid: str) -> tuple[str, str]:
    """Two ``ready`` virtual accounts of one 5,000 won order, due in a day."""
    due = int(time.time()) + DAY
    return _vbank(iamporter, merchant_uid, 5000, due), _vbank(iamporter, merchant_uid, 5000, due)


def _deposit(http: httpx.Client, imp_uid: str) -> httpx.Response:
    return http.post(f"/__sandbox/vbanks/{imp_uid}/deposit", json={})


def _local_port(response: httpx.Response) -> object:
    stream = response.extensions["network_stream"]
    return stream.get_extra_info("client_addr")


# ---------------------------------------------------------------- 18. encoded slashes in ids


def test_encoded_slash_stays_part_of_the_merchant_uid(iamporter: Iamporter) -> None:
    iamporter.pay_onetime(merchant_uid="order", amount=5000, **CARD)
    with pytest.raises(NotFoundError):  # was: order "order"'s payment, status filter "paid"
        iamporter.find_by_merchant_uid("order/paid")
    paid = iamporter.pay_onetime(merchant_uid="order/paid", amount=7000, **CARD).data
    found = iamporter.find_by_merchant_uid("order/paid").data
    assert (found.imp_uid, found.merchant_uid, found.amount) == (paid.imp_uid, "order/paid", 7000)
    assert iamporter.find_by_merchant_uid("order/paid", "paid").data.imp_uid == paid.imp_uid
    page = iamporter.find_all_by_merchant_uid("order/paid").data
    assert [p.imp_uid for p in page.list_] == [paid.imp_uid]


def test_encoded_ids_are_decoded_once_after_routing(
    iamporter: Iamporter, http: httpx.Client
) -> None:
    key = iamporter.create_subscription(customer_uid="shop/고객 1%", **CARD).data
    assert key.customer_uid == "shop/고객 1%"
    assert iamporter.get_subscription("shop/고객 1%").data.customer_uid == "shop/고객 1%"
    raw = http.get("/subscribe/customers/shop%2F%EA%B3%A0%EA%B0%9D%201%25")
    assert raw.json()["response"]["customer_uid"] == "shop/고객 1%"
    assert http.get("/subscribe/customers/shop/고객 1%25").status_code == 404  # not the same key
    bad = http.get("/subscribe/customers/%FF%FE")
    assert bad.status_code == 400
    assert bad.json()["code"] == -1 and bad.json()["response"] is None


def test_counts_and_admin_routes_also_route_on_the_raw_path(
    sandbox: Sandbox, iamporter: Iamporter, http: httpx.Client
) -> None:
    with pytest.raises(NotFoundError):
        iamporter.find_by_merchant_uid("a/b")
    assert sandbox.request_count("GET", "/payments/find/{merchant_uid}") == 1
    assert sandbox.request_count("GET", "/payments/find/{merchant_uid}/{payment_status}") == 0
    due = int(time.time()) + DAY
    imp_uid = _vbank(iamporter, "v/1", 3000, due)
    assert _deposit(http, imp_uid.replace("_", "%5F")).json()["status"] == "paid"


# ---------------------------------------------------------------- 19. deep JSON


@pytest.mark.parametrize("path", ["/users/getToken", "/subscribe/payments/onetime"])
def test_deeply_nested_json_is_a_400_and_the_connection_stays_usable(
    http: httpx.Client, server_log: list[logging.LogRecord], path: str
) -> None:
    deep = b'{"merchant_uid": ' + b"[" * 1000 + b"]" * 1000 + b"}"
    first = http.post(path, content=deep, headers={"content-type": "application/json"})
    assert first.status_code == 400, first.text
    assert first.json() == {"code": -1, "message": first.json()["message"], "response": None}
    assert "JSON" in first.json()["message"]
    second = http.post(
        "/subscribe/payments/onetime",
        json={"merchant_uid": "after-deep", "amount": 1000, **CARD},
    )
    assert second.status_code == 200
    assert second.json()["response"]["status"] == "paid"
    assert _local_port(second) == _local_port(first)  # same keep-alive connection
    assert [r for r in server_log if r.levelno >= logging.ERROR] == []


def test_deeply_nested_json_text_in_a_form_field_is_a_400(http: httpx.Client) -> None:
    deep = "[" * 1000 + "]" * 1000
    first = http.post("/partners/receipts/imp_000000000001", data={"data": deep})
    assert first.status_code == 400, first.text
    assert first.json()["code"] == -1 and "data" in first.json()["message"]
    second = http.get("/certifications/imps_000000000001")
    assert second.status_code == 200
    assert _local_port(second) == _local_port(first)


def test_deeply_nested_json_to_the_admin_api_is_a_400(http: httpx.Client) -> None:
    deep = b'{"advance": ' + b"[" * 1000 + b"]" * 1000 + b"}"
    first = http.post("/__sandbox/clock", content=deep)
    assert first.status_code == 400
    assert "JSON" in first.json()["error"]
    second = http.get("/__sandbox/clock")
    assert second.status_code == 200
    assert _local_port(second) == _local_port(first)


# ---------------------------------------------------------------- 20. one paid payment per order


def test_card_success_closes_the_door_on_ready_virtual_accounts(
    iamporter: Iamporter, http: httpx.Client
) -> None:
    first, second = _two_vbanks(iamporter, "order_5000")
    by_card = iamporter.pay_onetime(merchant_uid="order_5000", amount=5000, **CARD).data
    assert by_card.status.value == "paid"
    for imp_uid in (first, second):
        refused = _deposit(http, imp_uid)
        assert refused.status_code == 409
        assert "이미 결제된 merchant_uid" in refused.json()["error"]
        assert iamporter.find_by_imp_uid(imp_uid).data.status.value == "ready"
    paid = iamporter.find_all_by_merchant_uid("order_5000", "paid").data
    assert [p.imp_uid for p in paid.list_] == [by_card.imp_uid]


def test_second_virtual_account_cannot_be_paid_after_the_first(
    iamporter: Iamporter, http: httpx.Client
) -> None:
    first, second = _two_vbanks(iamporter, "order_v")
    due = int(time.time()) + DAY
    assert _deposit(http, first).json()["status"] == "paid"
    assert _deposit(http, second).status_code == 409
    with pytest.raises(APIError, match="이미 결제된 merchant_uid"):
        iamporter.create_vbank(merchant_uid="order_v", amount=5000, vbank_code="004", vbank_due=due)
    with pytest.raises(APIError, match="이미 결제된 merchant_uid"):
        iamporter.pay_onetime(merchant_uid="order_v", amount=5000, **CARD)
    assert iamporter.find_all_by_merchant_uid("order_v", "paid").data.total == 1
    # The merchant can still withdraw the account nobody can pay into any more.
    assert iamporter.find_by_imp_uid(second).data.status.value == "ready"
    http.delete(f"/vbanks/{second}").raise_for_status()
    assert iamporter.find_by_imp_uid(second).data.status.value == "cancelled"


def test_slow_card_that_completes_after_a_deposit_fails_instead_of_paying_twice(
    sandbox: Sandbox, http: httpx.Client
) -> None:
    due = int(time.time()) + DAY
    vbank = http.post(
        "/vbanks",
        json={"merchant_uid": "race", "amount": 5000, "vbank_code": "004", "vbank_due": due},
    ).json()["response"]["imp_uid"]
    assert sandbox.slow_card_delay >= 1.0  # time enough to deposit while the card waits
    answer: dict[str, Any] = {}

    def pay() -> None:
        with httpx.Client(base_url=sandbox.base_url, timeout=5.0) as other:
            slow = {**CARD, "card_number": "4000-0000-0000-0119"}
            response = other.post(
                "/subscribe/payments/onetime",
                json={"merchant_uid": "race", "amount": 5000, **slow},
                headers={"Authorization": http.headers["Authorization"]},
            )
            answer.update(response.json())

    thread = threading.Thread(target=pay)
    thread.start()
    deadline = time.monotonic() + 3
    while http.get("/payments/findAll/race").json()["response"]["total"] < 2:
        assert time.monotonic() < deadline
        time.sleep(0.02)
    assert _deposit(http, vbank).json()["status"] == "paid"
    thread.join(5)
    assert answer["code"] == 0
    assert answer["response"]["status"] == "failed"
    assert "이미 결제된 merchant_uid" in answer["response"]["fail_reason"]
    assert http.get("/payments/findAll/race/paid").json()["response"]["total"] == 1


def test_convenience_store_barcode_cannot_pay_an_order_already_paid(
    iamporter: Iamporter, http: httpx.Client
) -> None:
    cvs = http.post("/cvs", json={"merchant_uid": "order_cvs", "amount": 5000})
    assert cvs.status_code == 200, cvs.text
    imp_uid = cvs.json()["response"]["imp_uid"]
    iamporter.pay_onetime(merchant_uid="order_cvs", amount=5000, **CARD)
    refused = http.post(f"/__sandbox/cvs/{imp_uid}/pay")
    assert refused.status_code == 409
    assert "이미 결제된 merchant_uid" in refused.json()["error"]


# ---------------------------------------------------------------- 21. expiry, due dates, delay


def test_expired_card_is_declined_like_a_real_gateway(
    sandbox: Sandbox, iamporter: Iamporter
) -> None:
    with pytest.raises(APIError, match="유효기간") as refused:
        iamporter.create_subscription(customer_uid="seed_card", **EXPIRED)
    assert refused.value.status == 200  # code 1 envelope, like the decline test card
    with pytest.raises(NotFoundError):
        iamporter.get_subscription("seed_card")
    with pytest.raises(PaymentFailedError) as failed:
        iamporter.pay_onetime(merchant_uid="expired_1", amount=5000, **EXPIRED)
    assert failed.value.fail_reason is not None and "유효기간" in failed.value.fail_reason
    assert iamporter.find_by_merchant_uid("expired_1").data.status.value == "failed"


def test_expiry_month_is_valid_to_its_end_by_the_sandbox_clock(
    sandbox: Sandbox, iamporter: Iamporter
) -> None:
    sandbox.clock.set(JUL_15_2027_KST)
    sandbox.clock.freeze()
    july = iamporter.pay_onetime(merchant_uid="e_jul", amount=1000, **card("2027-07"))
    assert july.data.status.value == "paid"
    with pytest.raises(PaymentFailedError):
        iamporter.pay_onetime(merchant_uid="e_jun", amount=1000, **card("2027-06"))
    # A billing key issued while valid declines once the sandbox clock passes its expiry.
    iamporter.create_subscription(customer_uid="ages", **card("2027-07"))
    assert (
        iamporter.pay_subscription(
            customer_uid="ages", merchant_uid="a1", amount=100, name="x"
        ).data.status.value
        == "paid"
    )
    sandbox.clock.advance(20 * DAY)  # 2027-08-04 KST
    with pytest.raises(PaymentFailedError, match="유효기간"):
        iamporter.pay_subscription(customer_uid="ages", merchant_uid="a2", amount=100, name="x")


def test_deposit_after_the_virtual_account_due_date_is_refused(
    sandbox: Sandbox, iamporter: Iamporter, http: httpx.Client
) -> None:
    now = sandbox.clock.freeze()
    late = _vbank(iamporter, "order_late", 5000, now + 3600)
    on_time = _vbank(iamporter, "order_on_time", 5000, now + 3600)
    sandbox.clock.advance(3600)
    assert _deposit(http, on_time).json()["status"] == "paid"  # the due second itself is fine
    sandbox.clock.advance(1)
    refused = _deposit(http, late)
    assert refused.status_code == 409
    assert "입금 기한" in refused.json()["error"]
    assert iamporter.find_by_imp_uid(late).data.status.value == "ready"


def test_client_giving_up_during_a_delay_fault_leaves_no_traceback(
    sandbox: Sandbox, http: httpx.Client, server_log: list[logging.LogRecord]
) -> None:
    with pytest.raises(httpx.TimeoutException):
        http.post(
            "/subscribe/payments/onetime",
            json={"merchant_uid": "gave_up", "amount": 1000, **CARD},
            headers={"X-Sandbox-Fault": "delay:0.4"},
            timeout=0.1,
        )
    # The request reached the server in full: like a slow real service, it still happens.
    deadline = time.monotonic() + 5
    while http.get("/payments/find/gave_up").status_code != 200:
        assert time.monotonic() < deadline, [r.getMessage() for r in server_log]
        time.sleep(0.05)
    time.sleep(0.3)  # let the server finish writing to the closed connection
    assert [r.getMessage() for r in server_log if r.levelno >= logging.WARNING] == []
    assert http.get("/payments/find/gave_up").json()["response"]["status"] == "paid"


def test_client_leaving_mid_body_during_a_delay_fault_performs_nothing(
    sandbox: Sandbox, http: httpx.Client, server_log: list[logging.LogRecord]
) -> None:
    body = b"merchant_uid=half_sent&amount=1000&card_number=5361123456789012&expiry=2030-11"
    head = (
        "POST /subscribe/payments/onetime HTTP/1.1\r\n"
        f"Host: {sandbox.host}\r\n"
        f"Authorization: {http.headers['Authorization']}\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\n"
        "X-Sandbox-Fault: delay:0.3\r\n"
        f"Content-Length: {len(body) + 40}\r\n\r\n"
    )
    with socket.create_connection((sandbox.host, sandbox.port), timeout=5) as sock:
        sock.sendall(head.encode() + body)  # 40 bytes short: the request never completes
        time.sleep(0.1)
    time.sleep(0.6)
    assert http.get("/payments/find/half_sent").status_code == 404
    assert [r.getMessage() for r in server_log if r.levelno >= logging.WARNING] == []
