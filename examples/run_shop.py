"""``make shop``: the sandbox and the FastAPI example shop, for a person with a browser.

    python examples/run_shop.py [--port 8080] [--sandbox-port 8000] [--django]

Prints the shop's URL, then serves until Ctrl-C. Test cards: any well-formed number pays;
4000-0000-0000-0002 is declined. Deposit into a virtual account with
``curl -X POST {sandbox}/__sandbox/vbanks/{imp_uid}/deposit``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

import uvicorn

sys.path.insert(0, str(Path(__file__).resolve().parent))

from iamport_sandbox import run_sandbox
from shop_common.settings import Settings


def main() -> int:
    """Run both servers until interrupted."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--port", type=int, default=int(os.environ.get("SHOP_PORT", "8080")))
    parser.add_argument("--sandbox-port", type=int, default=8000)
    parser.add_argument("--django", action="store_true", help="the Django shop instead")
    args = parser.parse_args()
    # The order database lives in a temporary folder removed on the way out (even on Ctrl-C).
    with tempfile.TemporaryDirectory(prefix="shop-") as folder:
        db = os.environ.get("SHOP_DB") or str(Path(folder) / "shop.sqlite3")
        return serve(args, db)


def serve(args: argparse.Namespace, db: str) -> int:
    """Run the sandbox and the shop with the order database ``db`` until interrupted."""
    with run_sandbox(port=args.sandbox_port) as sandbox:
        settings = Settings(
            db_path=db,
            iamport_base_url=sandbox.base_url,
            merchant_code=sandbox.merchant_code,
            script_url=f"{sandbox.base_url}/v1/iamport.js",
        )
        if args.django:
            from shop_django.app import create_app as create_django

            app: object = create_django(settings)
        else:
            from shop_fastapi.app import create_app

            app = create_app(settings)
        config = uvicorn.Config(app, host="127.0.0.1", port=args.port, log_level="warning")  # type: ignore[arg-type]
        server = uvicorn.Server(config)
        config.load()
        sock = config.bind_socket()
        sock.listen(128)  # connections wait in the backlog until uvicorn serves them
        port = sock.getsockname()[1]
        print(f"sandbox: {sandbox.base_url}  (orders in {db})", flush=True)
        print(f"shop:    http://127.0.0.1:{port}/  <- open this in a browser", flush=True)
        server.run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
