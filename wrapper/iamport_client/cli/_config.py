"""Where the command line finds credentials: the environment or a profile file, never argv."""

from __future__ import annotations

import os
import stat
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from .._defaults import TEST_API_KEY, TEST_API_SECRET
from .._transport import is_loopback


class ConfigError(Exception):
    """Credentials are missing or the profile file is unusable."""


@dataclass(frozen=True)
class Credentials:
    """An API key pair, the base URL to use and where they came from."""

    api_key: str
    api_secret: str = field(repr=False)
    base_url: str | None
    source: str
    warnings: tuple[str, ...] = ()


def profile_path() -> Path:
    """``$IAMPORT_CONFIG``, else ``$XDG_CONFIG_HOME/iamport/config.toml`` (``~/.config``)."""
    explicit = os.environ.get("IAMPORT_CONFIG")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "iamport" / "config.toml"


def _read_profiles(path: Path) -> dict[str, object]:
    """The profile file's sections; refused (like ssh's keys) when others may read or write it."""
    try:
        with path.open("rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
                raise ConfigError(
                    f"profile file {path} is readable or writable by others "
                    f"(mode {stat.S_IMODE(mode):04o}); it holds API secrets: "
                    f"run chmod 600 {path}"
                )
            return tomllib.load(handle)
    except FileNotFoundError:
        return {}
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read profile file {path}: {exc}") from None


def _loopback(url: str | None) -> bool:
    if not url:
        return False
    try:
        parts = urlsplit(url)
        return parts.scheme in ("http", "https") and is_loopback(parts.hostname or "")
    except ValueError:
        return False


def _from_profile(name: str, path: Path, profiles: dict[str, object]) -> Credentials:
    section = profiles.get(name)
    if not isinstance(section, dict):
        raise ConfigError(f"no profile [{name}] in {path}")
    key, secret, url = section.get("api_key"), section.get("api_secret"), section.get("base_url")
    if not isinstance(key, str) or not isinstance(secret, str) or not key or not secret:
        raise ConfigError(f"profile [{name}] in {path} needs api_key and api_secret")
    if url is not None and not isinstance(url, str):
        raise ConfigError(f"profile [{name}] in {path}: base_url must be a string")
    return Credentials(
        key, secret, url or os.environ.get("IAMPORT_BASE_URL"), f"profile {name} ({path})"
    )


def load_credentials(profile: str | None) -> Credentials:
    """Resolve credentials.

    An explicit profile (``--profile`` or ``IAMPORT_PROFILE``) wins; else
    ``IAMPORT_API_KEY``/``IAMPORT_API_SECRET``; else the ``default`` profile.
    """
    env = os.environ
    path = profile_path()
    name = profile or env.get("IAMPORT_PROFILE")
    if name:
        return _from_profile(name, path, _read_profiles(path))
    key, secret = env.get("IAMPORT_API_KEY"), env.get("IAMPORT_API_SECRET")
    if key and secret:
        return Credentials(key, secret, env.get("IAMPORT_BASE_URL"), "environment")
    if key or secret:
        raise ConfigError("set both IAMPORT_API_KEY and IAMPORT_API_SECRET, or neither")
    profiles = _read_profiles(path)
    if "default" in profiles:
        return _from_profile("default", path, profiles)
    url = env.get("IAMPORT_BASE_URL")
    if _loopback(url):
        # As the library does: a sandbox on this machine takes the public test pair.
        return Credentials(TEST_API_KEY, TEST_API_SECRET, url, "the public test pair (loopback)")
    raise ConfigError(
        "no credentials: set IAMPORT_API_KEY and IAMPORT_API_SECRET "
        f"(and IAMPORT_BASE_URL if needed), or write a [default] profile in {path}"
    )
