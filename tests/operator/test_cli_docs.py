"""docs/cli.md and docs/cli.ko.md document every command, format, exit code and the checksum rule."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from iamport_client import cli as cli_module

DOCS = Path(__file__).resolve().parents[2] / "docs"
PAGES = [DOCS / "cli.md", DOCS / "cli.ko.md"]


def commands(group: click.Group, prefix: str = "iamport") -> Iterator[str]:
    for name, command in group.commands.items():
        path = f"{prefix} {name}"
        if isinstance(command, click.Group):
            yield from commands(command, path)
        else:
            yield path


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_command_format_and_exit_code_is_documented(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    for command in commands(cli_module.cli):
        assert f"`{command}" in text, command
    for fmt in ("table", "json", "jsonl", "csv", "xlsx"):
        assert f"| `{fmt}` |" in text, fmt
    table = text.split("\n## ")[-1]
    for code in cli_module.EXIT_CODES:
        assert f"\n| {code} | " in table, code
    assert "checksum" in text and "--dry-run" in text and "--excel" in text
    for option in ("--output", "--concurrency", "--forward-to", "--webhook-url", "--merchant-code"):
        assert option in text, option
