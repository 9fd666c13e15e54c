"""Where the OpenAPI description of the API lives (shipped inside the wheel)."""

from __future__ import annotations

from pathlib import Path


def spec_path() -> Path:
    """Path of ``iamport.yaml``, the OpenAPI 3.1 description this client is generated from."""
    here = Path(__file__).resolve().parent
    # In the wheel: iamport_client/spec/iamport.yaml. In a source checkout: spec/iamport.yaml.
    for candidate in (here / "spec" / "iamport.yaml", here.parent.parent / "spec" / "iamport.yaml"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("iamport.yaml is missing from this installation of iamport-client")
