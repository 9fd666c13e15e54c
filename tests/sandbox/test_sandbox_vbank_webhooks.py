"""Virtual accounts, deposits and webhook delivery."""

from __future__ import annotations

import httpx

from iamport_sandbox import Sandbox

from .conftest import Api, Receiver

DUE = 4102444800  # 2100-01-01


def _vbank(api: Api, merchant_uid: str, **extra: object) -> dict[str, object]:
    body = {"merchant_uid": merchant_uid, "amount": 30000, "vbank_code": "004", "vbank_due": DUE}
    result: dict[str, object] = api.ok("POST", "/vbanks", json={**body, **extra})
    return result


def test_vbank_issue_and_deposit(sandbox: Sandbox, api: Api, raw: httpx.Client) -> None:
    vbank = _vbank(api, "vb-1", vbank_holder="샌드상점", buyer_name="홍길동", channel_key="ch")
    assert vbank["pay_method"] == "vbank"
    assert vbank["status"] == "ready"
    assert vbank["vbank_name"] == "KB국민은행"
    assert vbank["vbank_holder"] == "샌드상점"
    assert vbank["vbank_date"] == DUE
    assert vbank["vbank_issued_at"] == sandbox.clock.now()
    assert isinstance(vbank["vbank_num"], str)
    assert vbank["card_number"] is None
    unknown_bank = _vbank(api, "vb-2", vbank_code="999")
    assert unknown_bank["vbank_name"] is None
    sandbox.clock.advance(60)
    paid = raw.post(f"/__sandbox/vbanks/{vbank['imp_uid']}/deposit", json={"amount": 30000})
    assert paid.status_code == 200
    assert paid.json()["status"] == "paid"
    after = api.ok("GET", f"/payments/{vbank['imp_uid']}")
    assert after["status"] == "paid"
    assert after["paid_at"] == sandbox.clock.now()
    assert after["deposit_history"][0]["amount"] == 30000
    again = raw.post(f"/__sandbox/vbanks/{vbank['imp_uid']}/deposit")
    assert again.status_code == 409
    assert raw.post("/__sandbox/vbanks/imp_000000000000/deposit").status_code == 404


def test_partial_deposits(api: Api, raw: httpx.Client) -> None:
    vbank = _vbank(api, "vb-3")
    first = raw.post(f"/__sandbox/vbanks/{vbank['imp_uid']}/deposit", json={"amount": 10000}).json()
    assert first["status"] == "ready"
    second = raw.post(f"/__sandbox/vbanks/{vbank['imp_uid']}/deposit").json()
    assert second["status"] == "paid"
    assert [d["amount"] for d in second["deposit_history"]] == [10000, 20000]


def test_vbank_validation(api: Api) -> None:
    body = {"merchant_uid": "vb-4", "amount": 1000, "vbank_code": "004", "vbank_due": 1}
    assert "vbank_due" in api.error("POST", "/vbanks", 400, json=body)
    assert "vbank_code" in api.error(
        "POST", "/vbanks", 400, json={"merchant_uid": "vb-4", "amount": 1000, "vbank_due": DUE}
    )


def test_webhooks_for_each_event(sandbox: Sandbox, api: Api, receiver: Receiver) -> None:
    paid = api.onetime("w-1", notice_url=receiver.url)
    failed = api.onetime("w-2", card="4000-0000-0000-0002", notice_url=receiver.url)
    vbank = _vbank(api, "w-3", notice_url=receiver.url)
    api.client.post(f"/__sandbox/vbanks/{vbank['imp_uid']}/deposit")
    api.ok("POST", "/payments/cancel", json={"imp_uid": paid["imp_uid"], "amount": 100})
    records = sandbox.wait_for_webhooks(5, timeout=5)
    bodies = [r["body"] for r in records]
    assert bodies == [
        {"imp_uid": paid["imp_uid"], "merchant_uid": "w-1", "status": "paid"},
        {"imp_uid": failed["imp_uid"], "merchant_uid": "w-2", "status": "failed"},
        {"imp_uid": vbank["imp_uid"], "merchant_uid": "w-3", "status": "ready"},
        {"imp_uid": vbank["imp_uid"], "merchant_uid": "w-3", "status": "paid"},
        {"imp_uid": paid["imp_uid"], "merchant_uid": "w-1", "status": "paid"},
    ]
    assert all(r["status_code"] == 200 and r["url"] == receiver.url for r in records)
    assert receiver.received == bodies
    logged = api.client.get("/__sandbox/webhooks").json()["webhooks"]
    assert len(logged) == 5


def test_default_webhook_url_list_and_schedule(
    sandbox: Sandbox, api: Api, receiver: Receiver
) -> None:
    second = Receiver()
    try:
        sandbox.webhook_url = receiver.url
        api.issue_key("wh")
        now = sandbox.clock.now()
        api.ok(
            "POST",
            "/subscribe/payments/schedule",
            json={
                "customer_uid": "wh",
                "schedules": [{"merchant_uid": "ws-1", "schedule_at": now + 5, "amount": 10}],
            },
        )
        sandbox.clock.advance(5)
        api.onetime("wl-1", notice_url=[receiver.url, second.url])
        records = sandbox.wait_for_webhooks(3)
        assert records[0]["body"]["merchant_uid"] == "ws-1"
        assert records[0]["url"] == receiver.url
        assert {r["url"] for r in records[1:]} == {receiver.url, second.url}
        assert second.received == [records[1]["body"]]
    finally:
        second.close()


def test_failed_delivery_is_recorded(sandbox: Sandbox, api: Api, receiver: Receiver) -> None:
    receiver.status = 500
    api.onetime("wf-1", notice_url=receiver.url)
    api.onetime("wf-2", notice_url="http://127.0.0.1:1/closed")
    records = sandbox.wait_for_webhooks(2)
    by_mid = {r["body"]["merchant_uid"]: r for r in records}
    assert by_mid["wf-1"]["status_code"] == 500
    assert by_mid["wf-2"]["status_code"] is None
    assert by_mid["wf-2"]["error"]


def test_no_webhook_without_target(sandbox: Sandbox, api: Api) -> None:
    api.onetime("quiet")
    assert sandbox.webhooks == []
