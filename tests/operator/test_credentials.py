"""Where credentials come from (issue 19, item 4)."""

from __future__ import annotations

import os
from pathlib import Path

from click.testing import CliRunner

from iamport_client.cli import cli
from iamport_sandbox import Sandbox


def bare_env(tmp_path: Path, **extra: str) -> dict[str, str | None]:
    env: dict[str, str | None] = {k: None for k in os.environ if k.startswith("IAMPORT_")}
    env |= {"HOME": str(tmp_path), "XDG_CONFIG_HOME": None}
    env |= extra
    return env


def test_a_loopback_sandbox_gets_the_public_test_pair(sandbox: Sandbox, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["token"], env=bare_env(tmp_path, IAMPORT_BASE_URL=sandbox.base_url)
    )
    assert result.exit_code == 0, result.output
    assert "public test pair" in result.stdout


def test_a_remote_service_still_needs_credentials(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["token"], env=bare_env(tmp_path, IAMPORT_BASE_URL="https://api.iamport.kr")
    )
    assert result.exit_code == 3
    assert "no credentials" in result.stderr


def test_a_profile_file_others_can_read_is_refused(sandbox: Sandbox, tmp_path: Path) -> None:
    config = tmp_path / ".config" / "iamport" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text(
        f'[default]\napi_key = "imp_apikey"\napi_secret = "s3cret-value"\n'
        f'base_url = "{sandbox.base_url}"\n'
    )
    for mode in (0o644, 0o640, 0o604, 0o660):
        config.chmod(mode)
        refused = CliRunner().invoke(cli, ["token"], env=bare_env(tmp_path))
        assert refused.exit_code == 3, oct(mode)
        assert "chmod 600" in refused.stderr
        assert "s3cret-value" not in refused.output
    config.chmod(0o600)
    accepted = CliRunner().invoke(cli, ["token"], env=bare_env(tmp_path))
    assert accepted.exit_code == 3  # now read: the secret is simply wrong for the sandbox
    assert "[401]" in accepted.stderr
