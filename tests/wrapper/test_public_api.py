"""The public surface is locked, and sync and async clients mirror each other exactly."""

from __future__ import annotations

import inspect
from typing import Any

import iamport_client
from iamport_client import AsyncIamporter, Iamporter
from tests.support import spec_ops

EXPECTED_ALL = {
    "DEFAULT_BASE_URL", "APIError", "AccessToken", "AsyncIamporter", "AuthenticationError",
    "BadRequestError", "BuyerDetails", "CardDetails", "Iamporter", "IamporterError",
    "IamporterResult", "InvalidResponseError",
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
        if name == "with_options":  # returns a view at once, on both clients
            continue
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


def _resource_attrs(cls: type) -> dict[str, Any]:
    from iamport_client._binding import lazy_resource

    return {
        name: value
        for klass in cls.__mro__
        for name, value in vars(klass).items()
        if isinstance(value, lazy_resource)
    }


def test_resources_mirror_each_other_and_the_spec() -> None:
    from iamport_client import _resources

    sync_res, async_res = _resource_attrs(Iamporter), _resource_attrs(AsyncIamporter)
    assert sync_res.keys() == async_res.keys() == set(spec_ops.RESOURCES)
    for name in sync_res:
        sync_cls = getattr(_resources, sync_res[name]._class_name)
        async_cls = getattr(_resources, async_res[name]._class_name)
        sync_methods, async_methods = _public(sync_cls), _public(async_cls)
        assert sync_methods.keys() == async_methods.keys(), name
        for method, sig in sync_methods.items():
            assert sig.parameters == async_methods[method].parameters, (name, method)
        ops = [op for op in spec_ops.OPERATIONS if op.resource == name]
        expected = {op.method for op in ops} | {op.iterator for op in ops if op.iterator}
        assert set(sync_methods) == expected, name
        for op in ops:
            method = getattr(async_cls, op.method)
            assert inspect.iscoroutinefunction(method), (name, op.method)
            assert not inspect.iscoroutinefunction(getattr(sync_cls, op.method))
            assert op.summary.rstrip(".") in (getattr(sync_cls, op.method).__doc__ or "")
            if op.iterator:
                assert inspect.isasyncgenfunction(getattr(async_cls, op.iterator))
                assert inspect.isgeneratorfunction(getattr(sync_cls, op.iterator))


def test_public_signatures_hold_no_unset_no_float_and_no_body_model_requirement() -> None:
    from iamport_client import _resources

    for name, attr in _resource_attrs(Iamporter).items():
        for cls_name in (attr._class_name, "Async" + attr._class_name):
            cls = getattr(_resources, cls_name)
            for method, sig in _public(cls).items():
                for param in sig.parameters.values():
                    text = str(param.annotation)
                    assert "Unset" not in text and "float" not in text, (name, method, param)
                    if param.name == "extra_body":
                        assert param.default is None, (name, method)


def test_resources_load_lazily_and_once() -> None:
    import subprocess
    import sys

    code = (
        "import sys, iamport_client as ic\n"
        "assert 'iamport_client._resources' not in sys.modules\n"
        "assert not [m for m in sys.modules if m.startswith('iamport_api.api.')]\n"
        "assert 'attrs' not in sys.modules and 'asyncio' not in sys.modules\n"
        "c = ic.Iamporter()\n"
        "assert c.receipts is c.receipts\n"
        "assert 'iamport_client._resources' in sys.modules\n"
        "print(len([m for m in sys.modules if m.startswith('iamport_api.models.')]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(out.stdout) == 0  # models load with the first answer, not with the resource
