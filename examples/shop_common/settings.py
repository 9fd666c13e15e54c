"""Shop settings, read from the environment so the same code runs against the real service."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

REAL_SCRIPT = "https://cdn.iamport.kr/v1/iamport.js"


@dataclass(frozen=True)
class Settings:
    """Everything but the REST API keys (the client reads ``IAMPORT_API_KEY``/``_SECRET``).

    Attributes:
        db_path: The SQLite file of the orders table (created on start).
        iamport_base_url: The REST API (``None``: ``IAMPORT_BASE_URL`` or the real service).
        merchant_code: What the checkout page gives ``IMP.init``.
        script_url: The browser SDK (the real one, or ``{sandbox}/v1/iamport.js``).
        pg: The gateway code for ``request_pay``.
        webhook_allowed_ips: Addresses or networks allowed to post webhooks (empty: anyone).
        cancel_forgery: Refund forged payments automatically.
    """

    db_path: str = "shop.sqlite3"
    iamport_base_url: str | None = None
    merchant_code: str = "imp00000000"
    script_url: str = REAL_SCRIPT
    pg: str = "html5_inicis"
    webhook_allowed_ips: tuple[str, ...] = ()
    cancel_forgery: bool = True

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """``SHOP_DB``, ``IAMPORT_BASE_URL``, ``IAMPORT_MERCHANT_CODE``, ``IAMPORT_SCRIPT_URL``,
        ``IAMPORT_PG``, ``IAMPORT_WEBHOOK_ALLOWED_IPS`` (comma-separated), ``SHOP_CANCEL_FORGERY``.
        """
        env = os.environ if env is None else env
        ips = tuple(ip.strip() for ip in env.get("IAMPORT_WEBHOOK_ALLOWED_IPS", "").split(","))
        return cls(
            db_path=env.get("SHOP_DB", cls.db_path),
            iamport_base_url=env.get("IAMPORT_BASE_URL") or None,
            merchant_code=env.get("IAMPORT_MERCHANT_CODE", cls.merchant_code),
            script_url=env.get("IAMPORT_SCRIPT_URL", cls.script_url),
            pg=env.get("IAMPORT_PG", cls.pg),
            webhook_allowed_ips=tuple(ip for ip in ips if ip),
            cancel_forgery=env.get("SHOP_CANCEL_FORGERY", "1") != "0",
        )
