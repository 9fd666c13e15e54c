"""The error catalogue (``docs/errors-catalogue*.md``, tables in ``tools/docs/catalogue.py``)
says what the client really does.

* Every exception exported by ``iamport_client`` is listed, and nothing else.
* Every answer of the service it lists, served over HTTP by the scriptable fake, makes a lookup
  raise the exception the catalogue names, with the service's message.
* Every test card of the sandbox is explained, and paying with a declining one gives the
  ``fail_reason`` the page shows.
* The CLI's exit codes are all there, with the exceptions that lead to them.
* The built pages (both languages) show all of it.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import iamport_client
from iamport_client import Iamporter, IamporterError, PaymentFailedError
from iamport_sandbox import Sandbox, cards
from tests.support.fake_iamport import FakeIamport, Reply, envelope, start

ROOT = Path(__file__).resolve().parents[2]


def _catalogue() -> ModuleType:
    name = "iamport_docs.catalogue"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "tools/docs/catalogue.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


catalogue = _catalogue()


def exported_exceptions() -> set[str]:
    return {
        name
        for name in iamport_client.__all__
        if isinstance(getattr(iamport_client, name), type)
        and issubclass(getattr(iamport_client, name), BaseException)
    }


def test_every_exported_exception_is_catalogued() -> None:
    assert set(catalogue.EXCEPTIONS) == exported_exceptions()
    for name in catalogue.EXCEPTIONS:
        assert issubclass(getattr(iamport_client, name), IamporterError), name


def test_every_row_names_a_real_exception() -> None:
    known = exported_exceptions()
    for row in catalogue.SERVICE_ERRORS:
        assert row.exception in known, row
    for names in catalogue.EXIT_EXCEPTIONS.values():
        assert set(names) <= known


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeIamport]:
    server, stop = start()
    try:
        yield server
    finally:
        stop()


@pytest.mark.parametrize(
    "row", catalogue.SERVICE_ERRORS, ids=lambda row: f"{row.status}-{row.exception}"
)
def test_the_service_answer_raises_the_catalogued_exception(fake: FakeIamport, row: object) -> None:
    fake.reset()
    message = row.message or "<html>502 Bad Gateway</html>"  # type: ignore[attr-defined]
    body = envelope(None, code=row.code, message=message)  # type: ignore[attr-defined]
    # A 401 is answered with a fresh token and one more try: refuse both.
    replies = [Reply(status=row.status, body=body)] * 2  # type: ignore[attr-defined]
    fake.script("GET", "/payments/imp_catalogue", *replies)
    with (
        Iamporter(base_url=fake.base_url, max_retries=0) as client,
        pytest.raises(IamporterError) as caught,
    ):
        client.find_by_imp_uid("imp_catalogue")
    assert type(caught.value).__name__ == row.exception  # type: ignore[attr-defined]
    assert caught.value.status == row.status  # type: ignore[attr-defined]
    if row.message:  # type: ignore[attr-defined]
        assert caught.value.message == row.message  # type: ignore[attr-defined]
        assert caught.value.code == row.code  # type: ignore[attr-defined]


def test_every_sandbox_card_behaviour_is_explained() -> None:
    assert set(catalogue.CARD_BEHAVIOURS) == {b.name for b in cards.CardBehaviour}


@pytest.mark.parametrize(
    "digits",
    [d for d, b in cards.TEST_CARDS.items() if cards.decline_reason(b)],
)
def test_declining_test_cards_give_the_listed_reason(docs_sandbox: Sandbox, digits: str) -> None:
    docs_sandbox.reset()
    with (
        Iamporter(base_url=docs_sandbox.base_url) as client,
        pytest.raises(PaymentFailedError) as caught,
    ):
        client.pay_onetime(
            merchant_uid=f"catalogue-{digits[-4:]}",
            amount=1000,
            card_number=digits,
            expiry="2030-12",
            birth="900101",
        )
    assert caught.value.fail_reason in catalogue.fail_reasons()
    assert caught.value.fail_reason == cards.decline_reason(cards.behaviour_of(digits))


def test_exit_codes_match_the_command() -> None:
    from iamport_client.cli import EXIT_CODES, _exit_code

    assert set(catalogue.EXIT_CODES_KO) == set(EXIT_CODES)
    samples: dict[str, IamporterError] = {
        "APIError": iamport_client.APIError("x", status=200, code=1),
        "BadRequestError": iamport_client.BadRequestError("x", status=400),
        "ServerError": iamport_client.ServerError("x", status=500),
        "InvalidResponseError": iamport_client.InvalidResponseError("x"),
        "ValidationError": iamport_client.ValidationError("amount", "x"),
        "AuthenticationError": iamport_client.AuthenticationError("x", status=401),
        "NotFoundError": iamport_client.NotFoundError("x", status=404),
        "NetworkError": iamport_client.NetworkError("x"),
        "RequestTimeoutError": iamport_client.RequestTimeoutError("x"),
        "PaymentOutcomeUnknownError": iamport_client.PaymentOutcomeUnknownError(
            "x", merchant_uid="m"
        ),
    }
    for code, names in catalogue.EXIT_EXCEPTIONS.items():
        assert code in EXIT_CODES
        for name in names:
            assert _exit_code(samples[name]) == code, name


@pytest.mark.parametrize("prefix", ["", "ko/"])
def test_the_built_page_lists_everything(built_site: Path, prefix: str) -> None:
    from iamport_client.cli import EXIT_CODES

    page = (built_site / prefix / "errors-catalogue.html").read_text(encoding="utf-8")
    assert "iamport:catalogue" not in page  # every marker was filled
    for name in exported_exceptions():
        assert f'id="{name}"' in page, name
    for row in catalogue.SERVICE_ERRORS:
        if row.message:
            assert row.message in page
    for reason in catalogue.fail_reasons():
        assert reason in page
    for digits in cards.TEST_CARDS:
        assert "-".join(digits[i : i + 4] for i in range(0, 16, 4)) in page
    rows = re.findall(r"<tr>\s*<td>(\d+)</td>", page)
    assert {int(code) for code in rows} >= set(EXIT_CODES)
