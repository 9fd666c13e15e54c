"""Console script ``iamport``: says which extra to install when click is missing."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib.util import find_spec

EXTRA_MISSING_EXIT = 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the operator command line (needs the ``cli`` extra)."""
    if find_spec("click") is None:
        print(
            'iamport: the command line needs its extra:\n    pip install "iamport-client[cli]"',
            file=sys.stderr,
        )
        return EXTRA_MISSING_EXIT
    from .cli import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
