"""The orders table (SQLite) and the one place an order's state changes."""

from __future__ import annotations

import secrets
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal

from iamport_client.checkout import (
    CheckoutVerdict,
    OrderState,
    OrderStatus,
    Outcome,
    next_order_state,
)

SCHEMA = """
CREATE TABLE IF NOT EXISTS orders (
    merchant_uid TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    amount TEXT NOT NULL,              -- Decimal as text: money is never a float
    currency TEXT NOT NULL,
    buyer_name TEXT NOT NULL,
    buyer_email TEXT NOT NULL,
    buyer_tel TEXT NOT NULL,
    status TEXT NOT NULL,
    imp_uid TEXT,
    reason TEXT,
    vbank_num TEXT, vbank_bank TEXT, vbank_holder TEXT, vbank_due INTEGER,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS events (   -- every report received, for people (and tests)
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    merchant_uid TEXT NOT NULL,
    imp_uid TEXT NOT NULL,
    source TEXT NOT NULL,              -- callback, mobile or webhook
    outcome TEXT NOT NULL,
    status_after TEXT NOT NULL,
    at INTEGER NOT NULL
);
"""

#: The shop's catalogue: product id -> (name, price in KRW).
PRODUCTS: dict[str, tuple[str, Decimal]] = {
    "chair": ("Norway swivel chair", Decimal(64900)),
    "lamp": ("Desk lamp", Decimal(23000)),
}


@dataclass(frozen=True)
class Order:
    """One row of ``orders``."""

    merchant_uid: str
    name: str
    amount: Decimal
    currency: str
    buyer_name: str
    buyer_email: str
    buyer_tel: str
    status: OrderStatus
    imp_uid: str | None
    reason: str | None
    vbank_num: str | None
    vbank_bank: str | None
    vbank_holder: str | None
    vbank_due: int | None

    @property
    def payable(self) -> bool:
        """Whether the buyer may (still, or again) pay."""
        return self.status in (
            OrderStatus.AWAITING_PAYMENT,
            OrderStatus.FAILED,
            OrderStatus.FORGED,
        )


def _order(row: sqlite3.Row) -> Order:
    return Order(
        merchant_uid=row["merchant_uid"],
        name=row["name"],
        amount=Decimal(row["amount"]),
        currency=row["currency"],
        buyer_name=row["buyer_name"],
        buyer_email=row["buyer_email"],
        buyer_tel=row["buyer_tel"],
        status=OrderStatus(row["status"]),
        imp_uid=row["imp_uid"],
        reason=row["reason"],
        vbank_num=row["vbank_num"],
        vbank_bank=row["vbank_bank"],
        vbank_holder=row["vbank_holder"],
        vbank_due=row["vbank_due"],
    )


class Store:
    """Orders in one SQLite file; every method opens its own connection (thread-safe)."""

    def __init__(self, path: str) -> None:
        self.path = path
        with self._connect() as db:
            db.executescript(SCHEMA)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
        db.row_factory = sqlite3.Row
        try:
            yield db
        finally:
            db.close()

    def create_order(self, product: str, buyer_name: str = "Hong Gildong") -> Order:
        """A new order for ``product`` at the catalogue price, with a server-made id."""
        name, price = PRODUCTS[product]
        now = int(time.time())
        merchant_uid = f"order_{time.strftime('%Y%m%d', time.gmtime(now))}_{secrets.token_hex(6)}"
        with self._connect() as db:
            db.execute(
                "INSERT INTO orders (merchant_uid, name, amount, currency, buyer_name,"
                " buyer_email, buyer_tel, status, created_at, updated_at)"
                " VALUES (?, ?, ?, 'KRW', ?, 'buyer@example.com', '010-1234-5678', ?, ?, ?)",
                (
                    merchant_uid,
                    name,
                    str(price),
                    buyer_name,
                    OrderStatus.AWAITING_PAYMENT,
                    now,
                    now,
                ),
            )
        order = self.get(merchant_uid)
        assert order is not None
        return order

    def get(self, merchant_uid: str) -> Order | None:
        """The order, or ``None``."""
        with self._connect() as db:
            row = db.execute(
                "SELECT * FROM orders WHERE merchant_uid = ?", (merchant_uid,)
            ).fetchone()
        return _order(row) if row is not None else None

    def events(self, merchant_uid: str) -> list[dict[str, str]]:
        """The reports received for an order, oldest first."""
        with self._connect() as db:
            rows = db.execute(
                "SELECT imp_uid, source, outcome, status_after FROM events"
                " WHERE merchant_uid = ? ORDER BY id",
                (merchant_uid,),
            ).fetchall()
        return [dict(row) for row in rows]

    def apply(self, merchant_uid: str, verdict: CheckoutVerdict, source: str) -> Order:
        """Move the order as :func:`next_order_state` allows, atomically; log the report."""
        with self._connect() as db:
            db.execute("BEGIN IMMEDIATE")  # read-decide-write without a concurrent report
            try:
                row = db.execute(
                    "SELECT * FROM orders WHERE merchant_uid = ?", (merchant_uid,)
                ).fetchone()
                if row is None:
                    raise KeyError(merchant_uid)
                order = _order(row)
                current = OrderState(order.status, order.imp_uid, order.reason)
                new = next_order_state(current, verdict)
                if new != current:
                    self._write(db, merchant_uid, new, verdict)
                db.execute(
                    "INSERT INTO events (merchant_uid, imp_uid, source, outcome, status_after, at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        merchant_uid,
                        verdict.imp_uid,
                        source,
                        verdict.outcome,
                        new.status,
                        int(time.time()),
                    ),
                )
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        updated = self.get(merchant_uid)
        assert updated is not None
        return updated

    @staticmethod
    def _write(
        db: sqlite3.Connection, merchant_uid: str, new: OrderState, verdict: CheckoutVerdict
    ) -> None:
        db.execute(
            "UPDATE orders SET status = ?, imp_uid = ?, reason = ?, updated_at = ?"
            " WHERE merchant_uid = ?",
            (new.status, new.imp_uid, new.reason, int(time.time()), merchant_uid),
        )
        account = verdict.vbank if verdict.outcome is Outcome.VBANK_ISSUED else None
        if account is not None:
            db.execute(
                "UPDATE orders SET vbank_num = ?, vbank_bank = ?, vbank_holder = ?, vbank_due = ?"
                " WHERE merchant_uid = ?",
                (account.number, account.bank, account.holder, account.due, merchant_uid),
            )
