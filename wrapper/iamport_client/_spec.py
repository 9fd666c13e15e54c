"""Where the OpenAPI description of the API lives (shipped inside the wheel)."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent
# In the wheel: iamport_client/spec/iamport.yaml. In a source checkout: spec/iamport.yaml.
_CANDIDATES = (_HERE / "spec" / "iamport.yaml", _HERE.parent.parent / "spec" / "iamport.yaml")


def spec_path() -> Path:
    """Path of ``iamport.yaml``, the OpenAPI 3.1 description this client is generated from."""
    for candidate in _CANDIDATES:
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("iamport.yaml is missing from this installation of iamport-client")
