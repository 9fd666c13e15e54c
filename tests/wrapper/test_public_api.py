"""The public surface is locked, and sync and async clients mirror each other exactly."""

from __future__ import annotations

import inspect

import iamport_client
from iamport_client import AsyncIamporter, Iamporter

EXPECTED_ALL = {
    "DEFAULT_BASE_URL", "APIError", "AccessToken", "AsyncIamporter", "AuthenticationError",
    "BadRequestError", "Iamporter", "IamporterError", "IamporterResult", "InvalidResponseError",
    "InvalidWebhookError", "NetworkError", "NotFoundError", "PaymentFailedError",
    "PaymentOutcomeUnknownError", "PaymentPendingError", "PaymentVerificationError", "RedactingFilter",
    "RequestTimeoutError", "ScheduledPayment", "ServerError", "ValidationError", "WebhookEvent",
    "parse_webhook", "__version__", "spec_path", "checkout",
}  # fmt: skip

SEED_METHODS = {
    "get_token", "create_subscription", "get_subscription", "delete_subscription",
    "pay_subscription", "pay_onetime", "pay_foreign", "cancel", "cancel_by_imp_uid",
    "cancel_by_merchant_uid", "find_by_imp_uid", "find_by_merchant_uid",
    "find_all_by_merchant_uid", "find_all_by_status", "create_prepared_payment",
    "get_prepared_payment", "get_certification", "delete_certification", "create_vbank",
    "schedule_payments", "unschedule_payments", "get_schedule", "find_schedules",
    "verify_payment",
}  # fmt: skip


def test_all_is_locked() -> None:
    assert set(iamport_client.__all__) == EXPECTED_ALL
    for name in iamport_client.__all__:
        assert hasattr(iamport_client, name)


def _public(cls: type) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(member)
        for name, member in inspect.getmembers(cls)
        if not name.startswith("_") and callable(member)
    }


def test_sync_and_async_have_the_same_methods_and_signatures() -> None:
    sync, asyn = _public(Iamporter), _public(AsyncIamporter)
    assert asyn.keys() - sync.keys() == {"aclose"}  # the asyncio spelling of close()
    assert sync.keys() <= asyn.keys()
    for name in sync:
        assert sync[name] == asyn[name], name
    assert inspect.signature(Iamporter.__init__) == inspect.signature(AsyncIamporter.__init__)


def test_async_methods_are_coroutines_and_sync_ones_are_not() -> None:
    for name in _public(Iamporter):
        assert inspect.iscoroutinefunction(getattr(AsyncIamporter, name)), name
        assert not inspect.iscoroutinefunction(getattr(Iamporter, name)), name
    assert inspect.iscoroutinefunction(AsyncIamporter.aclose)


def test_every_seed_method_exists_with_a_docstring() -> None:
    methods = _public(Iamporter)
    assert methods.keys() >= SEED_METHODS
    for name in methods:
        doc = getattr(Iamporter, name).__doc__
        assert doc and doc.strip(), name


def test_no_method_takes_untyped_kwargs() -> None:
    for name, sig in _public(Iamporter).items():
        for param in sig.parameters.values():
            assert param.kind is not inspect.Parameter.VAR_KEYWORD, name
            assert param.kind is not inspect.Parameter.VAR_POSITIONAL, name
            if param.name != "self":
                assert param.annotation is not inspect.Parameter.empty, (name, param.name)


def test_py_typed_ships() -> None:
    import importlib.resources

    import iamport_api

    assert importlib.resources.files(iamport_client).joinpath("py.typed").is_file()
    assert importlib.resources.files(iamport_api).joinpath("py.typed").is_file()


def _namespace_attrs(cls: type) -> dict[str, type]:
    from iamport_client._binding import lazy_namespace

    return {name: value for name, value in vars(cls).items() if isinstance(value, lazy_namespace)}


def test_namespaces_mirror_each_other_exactly() -> None:
    from iamport_client import _namespaces as namespaces

    sync_ns, async_ns = _namespace_attrs(Iamporter), _namespace_attrs(AsyncIamporter)
    assert sync_ns.keys() == async_ns.keys()
    assert len(sync_ns) == 18
    for name in sync_ns:
        sync_cls = getattr(namespaces, sync_ns[name]._class_name)  # type: ignore[attr-defined]
        async_cls = getattr(namespaces, async_ns[name]._class_name)  # type: ignore[attr-defined]
        sync_methods, async_methods = _public(sync_cls), _public(async_cls)
        assert sync_methods == async_methods, name
        for method in async_methods:
            assert inspect.iscoroutinefunction(getattr(async_cls, method)), (name, method)
            assert getattr(sync_cls, method).__doc__, (name, method)


def test_namespaces_load_lazily_and_once() -> None:
    import subprocess
    import sys

    code = (
        "import sys, iamport_client as ic\n"
        "assert 'iamport_client._namespaces' not in sys.modules\n"
        "c = ic.Iamporter()\n"
        "assert c.receipts is c.receipts\n"
        "assert 'iamport_client._namespaces' in sys.modules\n"
        "print(len([m for m in sys.modules if m.startswith('iamport_api.models.')]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(out.stdout) > 0
