"""Turning call builders into client methods, once for sync and once for async.

A builder (``_calls.py``, ``_operations.py``) validates arguments and describes a request. The
clients and their resource namespaces expose it with :func:`bind_sync` / :func:`bind_async`,
which keep the builder's signature and docstring, so ``Iamporter`` and ``AsyncIamporter`` have
the same methods by construction.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Coroutine
from typing import Any, Concatenate, Generic, ParamSpec, Protocol, TypeVar, overload

from ._core import Call
from ._result import IamporterResult

__all__ = ["AsyncNamespace", "SyncNamespace", "bind_async", "bind_sync", "lazy_namespace"]

P = ParamSpec("P")
T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])
N = TypeVar("N")


class SyncRunner(Protocol):
    """Anything that can send a :class:`Call` and wait for its result."""

    def _run(self, call: Call[T]) -> IamporterResult[T]: ...


class AsyncRunner(Protocol):
    """Anything that can send a :class:`Call` and await its result."""

    async def _run(self, call: Call[T]) -> IamporterResult[T]: ...


def bind_sync(
    builder: Callable[P, Call[T]],
) -> Callable[Concatenate[SyncRunner, P], IamporterResult[T]]:
    """Expose a call builder as a method with the builder's signature."""

    def method(self: SyncRunner, /, *args: P.args, **kwargs: P.kwargs) -> IamporterResult[T]:
        call = builder(*args, **kwargs)
        # The arguments may hold card data, and this frame shows in every traceback of the call
        # (Sentry's local variables, ``pytest -l``): keep only the call, whose repr is safe.
        del args, kwargs
        return self._run(call)

    return _describe(method, builder)


def bind_async(
    builder: Callable[P, Call[T]],
) -> Callable[Concatenate[AsyncRunner, P], Coroutine[Any, Any, IamporterResult[T]]]:
    """Expose a call builder as a coroutine method with the builder's signature."""

    async def method(self: AsyncRunner, /, *args: P.args, **kwargs: P.kwargs) -> IamporterResult[T]:
        call = builder(*args, **kwargs)
        del args, kwargs  # see bind_sync
        return await self._run(call)

    return _describe(method, builder)


def _describe(method: F, builder: Callable[..., Any]) -> F:
    """Give ``method`` the builder's name, docstring and signature (with ``self``)."""
    target: Any = method
    target.__name__ = target.__qualname__ = builder.__name__
    target.__doc__ = builder.__doc__
    signature = inspect.signature(builder)
    payload = str(signature.return_annotation).removeprefix("Call[").removesuffix("]")
    self_param = inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)
    target.__signature__ = signature.replace(
        parameters=[self_param, *signature.parameters.values()],
        return_annotation=f"IamporterResult[{payload}]",
    )
    return method


class SyncNamespace:
    """A group of operations of an :class:`Iamporter` (``iamporter.receipts``, ...)."""

    def __init__(self, client: SyncRunner) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    def _run(self, call: Call[T]) -> IamporterResult[T]:
        return self._client._run(call)


class AsyncNamespace:
    """A group of operations of an :class:`AsyncIamporter`, awaitable."""

    def __init__(self, client: AsyncRunner) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    async def _run(self, call: Call[T]) -> IamporterResult[T]:
        return await self._client._run(call)


class lazy_namespace(Generic[N]):
    """A client attribute holding a namespace, created (and its module imported) on first use.

    The namespaces import every generated operation beyond the seed set; loading them only
    when a program touches one keeps ``import iamport_client`` fast.
    """

    def __init__(self, class_name: str) -> None:
        self._class_name = class_name
        self._attr = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._attr = name

    @overload
    def __get__(self, obj: None, owner: type) -> lazy_namespace[N]: ...
    @overload
    def __get__(self, obj: object, owner: type) -> N: ...
    def __get__(self, obj: object | None, owner: type) -> lazy_namespace[N] | N:
        if obj is None:
            return self
        from . import _namespaces

        namespace: N = getattr(_namespaces, self._class_name)(obj)
        obj.__dict__[self._attr] = namespace  # later reads skip the descriptor
        return namespace
