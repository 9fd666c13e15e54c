"""Items 15 to 17: hostile path ids on every path parameter of the spec, Unicode digits in card
fields, and outbound proxies."""

from __future__ import annotations

import http.client
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import quote, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from iamport_client import IamporterError, InvalidWebhookError, ValidationError, parse_webhook
from iamport_client._resource import build
from tests.adversarial.conftest import CARD, make_client
from tests.support import spec_ops
from tests.support.fake_iamport import FakeIamport

HOSTILE_IDS = [
    ".",
    "..",
    "../x",
    "a/b",
    "%2e%2e",
    "%2F",
    "a?b=c",
    "a#b",
    "a b",
    "..;x",
    "\\..",
    "．．",
]


OPERATIONS = [op for op in spec_ops.OPERATIONS if "{" in op.path]


def test_the_spec_has_path_parameters_to_attack() -> None:
    assert OPERATIONS  # the walk below is over the spec's own operations, whatever their number


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.op_id)
def test_every_path_parameter_keeps_the_path_shape(
    fake: FakeIamport, op: spec_ops.SpecOperation
) -> None:
    table = op.table
    path_fields = [f for f in table.fields if f.where == "path"]
    required = spec_ops.required_arguments(table)
    with make_client(fake, max_retries=0) as client:
        client.get_token()
        for hostile in HOSTILE_IDS:
            args = {**required, path_fields[0].py: hostile}
            before = fake.count()
            try:
                call = build(table, args)
                client._run(call)
            except ValidationError:
                assert fake.count() == before, f"{op.op_id}: refused but sent"
                continue
            except IamporterError:
                pass  # the fake answers 404 for most paths: only the path it saw matters
            seen = fake.requests[-1]
            expected = op.path
            for f in path_fields:
                expected = expected.replace("{" + f.name + "}", quote(str(args[f.py]), safe=""))
            assert seen.method == op.http.upper()
            assert seen.path == expected, f"{op.op_id} with {hostile!r}"


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.find_by_merchant_uid("..", "paid"),
        lambda c: c.find_by_merchant_uid("."),
        lambda c: c.find_by_imp_uid(".."),
        lambda c: c.delete_subscription(".."),
        lambda c: c.get_subscription("."),
        lambda c: c.verify_payment("..", 1000, merchant_uid="o"),
        lambda c: c.cancel_by_merchant_uid(".."),
        lambda c: c.schedules.retry(".."),
        lambda c: c.get_schedule(".."),
    ],
)
def test_dot_ids_are_refused_before_anything_is_sent(fake: FakeIamport, call: Any) -> None:
    with make_client(fake) as client:
        with pytest.raises(ValidationError):
            call(client)
    assert fake.count() == 0


@pytest.mark.parametrize("field", ["imp_uid", "merchant_uid"])
@pytest.mark.parametrize("hostile", [".", "..", " "])
def test_a_webhook_with_a_dot_id_is_refused(field: str, hostile: str) -> None:
    body = {"imp_uid": "imp_1", "merchant_uid": "order_1", "status": "paid", field: hostile}
    with pytest.raises(InvalidWebhookError):
        parse_webhook(body)


# ----------------------------------------------------------------------------- item 16

UNICODE_DIGITS = st.characters(categories=["Nd"]).filter(lambda ch: not ch.isascii())


@settings(max_examples=200, deadline=None)
@given(
    field=st.sampled_from(["card_number", "birth", "pwd_2digit", "cvc", "expiry"]),
    digits=st.text(UNICODE_DIGITS, min_size=1, max_size=20),
)
def test_card_fields_take_ascii_digits_only(field: str, digits: str) -> None:
    from iamport_client import _calls

    if field == "card_number":
        value = digits * (16 // len(digits) + 1)
        value = value[:16]
    elif field == "expiry":
        value = "２０３０-０１" if len(digits) % 2 else f"{digits[:4]}-{digits[:2]}"
    else:
        value = digits
    with pytest.raises(ValidationError):
        _calls.pay_onetime(merchant_uid="m1", amount=1000, **{**CARD, field: value})


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("card_number", "４２４２-４２４２-４２４２-４２４２"),
        ("birth", "９００１０１"),
        ("cvc", "١٢٣"),
        ("pwd_2digit", "٠١"),
    ],
)
def test_known_unicode_digit_cards_are_refused_and_not_sent(
    fake: FakeIamport, field: str, value: str
) -> None:
    with make_client(fake) as client:
        with pytest.raises(ValidationError, match=field if field != "pwd_2digit" else "pwd"):
            client.pay_onetime(merchant_uid="m1", amount=1000, **{**CARD, field: value})
    assert fake.count() == 0


# ----------------------------------------------------------------------------- item 17


class _Proxy(ThreadingHTTPServer):
    daemon_threads = True
    target: tuple[str, int]
    hits: int = 0


class _ProxyHandler(BaseHTTPRequestHandler):
    """A forward proxy for plain-http absolute-form requests, sending everything to the fake."""

    protocol_version = "HTTP/1.1"
    server: _Proxy

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _forward(self) -> None:
        self.server.hits += 1
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        parts = urlsplit(self.path)
        upstream = http.client.HTTPConnection(*self.server.target, timeout=5)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("proxy-connection",)}
        upstream.request(
            self.command, parts.path + (f"?{parts.query}" if parts.query else ""), body, headers
        )
        answer = upstream.getresponse()
        data = answer.read()
        self.send_response(answer.status)
        for key, value in answer.getheaders():
            if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)
        upstream.close()

    do_GET = do_POST = do_DELETE = do_PUT = _forward


@pytest.fixture
def proxy(fake: FakeIamport) -> Iterator[_Proxy]:
    server = _Proxy(("127.0.0.1", 0), _ProxyHandler)
    host, port = urlsplit(fake.base_url).hostname, urlsplit(fake.base_url).port
    assert host is not None
    assert port is not None
    server.target = (host, port)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _remote_base(fake: FakeIamport) -> str:
    # A name that is not loopback (so a proxy applies) and that resolves nowhere here.
    return f"http://iamport-upstream.invalid:{urlsplit(fake.base_url).port}"


def test_the_proxy_environment_is_honoured(
    fake: FakeIamport, proxy: _Proxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{proxy.server_address[1]}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    from iamport_client import Iamporter
    from tests.support.fake_iamport import API_KEY, API_SECRET

    with Iamporter(
        API_KEY, API_SECRET, base_url=_remote_base(fake), allow_insecure_http=True
    ) as client:
        assert client.find_by_imp_uid("imp_1").data.imp_uid == "imp_1"
    assert proxy.hits == 2  # the token, then the lookup
    assert fake.count("GET", "/payments/imp_1") == 1


def test_the_proxy_option_and_trust_env_off(
    fake: FakeIamport, proxy: _Proxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    from iamport_client import Iamporter
    from tests.support.fake_iamport import API_KEY, API_SECRET

    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:1")  # a dead proxy: must be ignored
    url = f"http://127.0.0.1:{proxy.server_address[1]}"
    with Iamporter(
        API_KEY, API_SECRET, base_url=_remote_base(fake), allow_insecure_http=True,
        proxy=url, trust_env=False,
    ) as client:  # fmt: skip
        assert client.find_by_imp_uid("imp_1").data.imp_uid == "imp_1"
    assert proxy.hits == 2


def test_no_proxy_and_loopback_bypass_the_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    from iamport_client._transport import proxy_for

    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.corp:3128")
    monkeypatch.setenv("NO_PROXY", "api.iamport.kr")
    assert proxy_for("https://api.iamport.kr", "api.iamport.kr") is None
    assert proxy_for("https://127.0.0.1:9", "127.0.0.1") is None
    assert proxy_for("https://other.example", "other.example") == "http://proxy.corp:3128"


def test_connect_retries_are_kept_behind_a_proxy(fake: FakeIamport) -> None:
    from iamport_client import Iamporter

    with Iamporter(
        base_url=_remote_base(fake),
        allow_insecure_http=True,
        proxy="http://127.0.0.1:1",
        max_retries=3,
    ) as client:
        assert client._http._transport._pool._retries == 3  # type: ignore[attr-defined]
