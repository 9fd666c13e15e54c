"""Server-controlled strings never drive the operator's terminal (issue 19, item 3)."""

from __future__ import annotations

import re

import pytest

from iamport_client.cli import _output
from tests.support.fake_iamport import FakeIamport, Reply, envelope, payment

from ._cli import invoke, page

#: What a hostile name may carry: clipboard write (OSC 52), window title (OSC 0), colours and
#: cursor moves (CSI), the 8-bit C1 forms, CR and BS to overwrite, BEL, bidi overrides.
SEQUENCES = [
    "\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\x07",
    "\x1b]0;pwned\x1b\\",
    "\x1b[2J\x1b[1;31m",
    "\x1b[?1049h",
    "\x9b31m",
    "\x9d0;title\x9c",
    "\x90qdcs\x9c",
    "\rREFUNDED",
    "\x08\x08\x08",
    "\x07",
    "\u202eevil\u202c",
    "\x1bP+q\x1b\\",
    "\x1b_apc\x1b\\",
    "\x1bc",
]
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def hostile(n: int) -> str:
    return f"이용권{n}" + "".join(SEQUENCES)


@pytest.mark.parametrize("sequence", SEQUENCES)
def test_every_sequence_is_removed(sequence: str) -> None:
    cleaned = _output.for_terminal(f"a{sequence}b")
    assert not FORBIDDEN.search(cleaned), repr(cleaned)
    assert "\x1b" not in cleaned and "\n" not in cleaned
    assert cleaned.startswith("a") and cleaned.endswith("b")


def test_get_table_is_clean(fake: FakeIamport) -> None:
    fake.script(
        "GET",
        "/payments/imp_100000000001",
        Reply(
            200,
            envelope(
                payment(
                    "imp_100000000001",
                    name=hostile(1),
                    buyer_name=hostile(2),
                    merchant_uid="m\x1b]52;c;eA==\x07",
                )
            ),
        ),
    )
    result = invoke(fake.base_url, ["payments", "get", "imp_100000000001"])
    assert result.exit_code == 0, result.output
    assert not FORBIDDEN.search(result.stdout.replace("\n", ""))
    assert "이용권1" in result.stdout and "REFUNDED" in result.stdout  # plain text stays
    assert "pwned" not in result.stdout  # an OSC string goes with its sequence


def test_list_table_is_clean(fake: FakeIamport) -> None:
    items = [payment(f"imp_{i:012d}", name=hostile(i)) for i in range(3)]
    fake.script("GET", "/payments/status/all", page(items, 3, 0))
    result = invoke(fake.base_url, ["payments", "list"])
    assert result.exit_code == 0, result.output
    assert not FORBIDDEN.search(result.stdout.replace("\n", ""))
    assert len(result.stdout.splitlines()) == 4


def test_prompt_and_error_messages_are_clean(fake: FakeIamport) -> None:
    fake.script(
        "GET",
        "/payments/imp_100000000001",
        Reply(200, envelope(payment("imp_100000000001", merchant_uid=hostile(3)))),
    )
    fake.script(
        "POST",
        "/payments/cancel",
        Reply(200, envelope(None, 1, "취소 실패" + "".join(SEQUENCES))),
    )
    result = invoke(fake.base_url, ["payments", "cancel", "imp_100000000001"], input="y\n")
    assert result.exit_code == 1
    for text in (result.stdout, result.stderr):
        assert not FORBIDDEN.search(text.replace("\n", "")), repr(text)
    assert "취소 실패" in result.stderr


def test_csv_keeps_no_escape_sequences(fake: FakeIamport) -> None:
    fake.script("GET", "/payments/status/all", page([payment(name=hostile(1))], 1, 0))
    result = invoke(fake.base_url, ["payments", "list", "--format", "csv"])
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout and "\x9b" not in result.stdout
    assert "\x07" not in result.stdout and "\x08" not in result.stdout


def test_json_escapes_what_a_terminal_would_act_on_and_keeps_the_value() -> None:
    import json

    value = {"name": hostile(1)}
    text = _output.to_json(value)
    assert not FORBIDDEN.search(text.replace("\n", ""))
    assert json.loads(text) == value  # nothing lost: escaped, not removed
