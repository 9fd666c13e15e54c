"""The interactive API reference shows what the spec now says: Korean descriptions next to the
English ones, the request and success examples, and the failures with their non-zero codes and
the service's Korean messages (not Swagger UI's made-up ``code: 0``)."""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.docs.test_docs_browser import CHROMIUM, Chromium, operation_block

SPEC: dict[str, Any] = yaml.safe_load(
    (Path(__file__).resolve().parents[2] / "spec" / "iamport.yaml").read_text(encoding="utf-8")
)

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason=(
        "!!! CHROMIUM IS NOT INSTALLED (/usr/bin/chromium missing): THE API REFERENCE CHECKS "
        "DID NOT RUN. Install it with `apt-get install -y chromium` !!!"
    ),
)


@pytest.fixture(scope="module")
def chromium(tmp_path_factory: pytest.TempPathFactory) -> Chromium:
    return Chromium(tmp_path_factory.mktemp("chromium-profile-spec-text"))


def text_of(block: str) -> str:
    """The visible text of rendered HTML, whitespace collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", block)).split())


def find_operation(op_id: str) -> tuple[str, dict[str, Any]]:
    for item in SPEC["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == op_id:
                return op["tags"][0], op
    raise AssertionError(op_id)


def first_example(response: dict[str, Any]) -> Any:
    if "$ref" in response:
        response = SPEC["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    media = response["content"]["application/json"]
    if "example" in media:
        return media["example"]
    return next(iter(media["examples"].values()))["value"]


def test_the_cancel_operation_shows_its_examples_and_failures(
    built_site: Path, chromium: Chromium
) -> None:
    tag, op = find_operation("cancel_payment")
    dom = chromium.open((built_site / "api" / "index.html").as_uri() + f"#/{tag}/cancel_payment")
    shown = text_of(operation_block(dom, tag, "cancel_payment"))

    request = op["requestBody"]["content"]["application/json"]["example"]
    assert request["reason"] in shown, "the request example is not shown"
    # Each example of the 200 response is offered by its summary (success, declines, rejections).
    for example in op["responses"]["200"]["content"]["application/json"]["examples"].values():
        assert example["summary"] in shown
    # Every error status shows its first example: a non-zero code and the service's message.
    for status, response in op["responses"].items():
        if str(status).startswith("2"):
            continue
        value = first_example(response)
        assert value["code"] != 0
        assert value["message"] in shown, f"{status}: {value['message']!r} not shown"
    assert '"code" : 0 , "message" : "' not in shown  # no invented success code on a failure


def test_parameters_are_described_in_both_languages(built_site: Path, chromium: Chromium) -> None:
    tag, op = find_operation("get_payment")
    dom = chromium.open((built_site / "api" / "index.html").as_uri() + f"#/{tag}/get_payment")
    shown = text_of(operation_block(dom, tag, "get_payment"))
    params = [
        SPEC["components"]["parameters"][p["$ref"].rsplit("/", 1)[1]] if "$ref" in p else p
        for p in [*SPEC["paths"]["/payments/{imp_uid}"].get("parameters", []), *op["parameters"]]
    ]
    assert params
    for param in params:
        assert " ".join(param["description"].split()) in shown, param["name"]
        assert " ".join(param["x-description-ko"].split()) in shown, param["name"]
