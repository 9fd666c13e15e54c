"""Turning call builders into client methods, once for sync and once for async.

A builder (``_calls.py``) validates arguments and describes a request. The clients expose it
with :func:`bind_sync` / :func:`bind_async`, which keep the builder's signature and docstring,
so ``Iamporter`` and ``AsyncIamporter`` have the same methods by construction. The resource
attributes (``client.payments``, ...) are :class:`lazy_resource` descriptors over the classes
generated from the spec, one module per resource.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, Protocol, TypeVar, overload

from ._core import Call

if TYPE_CHECKING:
    from ._result import IamporterResult

__all__ = [
    "AsyncRunner",
    "SyncRunner",
    "bind_async",
    "bind_sync",
    "lazy_method",
    "lazy_resource",
]

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


class lazy_method:
    """A client method bound from its ``_calls.py`` builder on first access.

    ``_calls.py`` (and the generated tables its builders read) is not imported with the client:
    the first read of any such attribute, on the class or an instance, imports it, binds the
    builder with ``bind_sync`` or ``bind_async`` and puts the plain method in place of this
    descriptor on the class that declared it, so every later call costs what a method costs.
    """

    __slots__ = ("_binder", "_name", "_owner")

    def __init__(self, owner: type, name: str, binder: str) -> None:
        self._owner, self._name, self._binder = owner, name, binder

    @classmethod
    def install(cls, owner: type, name: str, binder: str) -> None:
        """Declare method ``name`` of ``owner``, bound by ``binder`` (``"bind_sync"``...)."""
        setattr(owner, name, cls(owner, name, binder))

    def __get__(self, obj: object | None, owner: type | None = None) -> Any:
        from . import _calls

        bind = bind_sync if self._binder == "bind_sync" else bind_async
        method = bind(getattr(_calls, self._name))
        setattr(self._owner, self._name, method)
        return method if obj is None else method.__get__(obj, owner)


class lazy_resource(Generic[N]):
    """A client attribute holding a resource, created (and its module imported) on first use.

    Each resource's classes (``_resources/<module>.py``, generated from the spec) hold its
    operations' argument tables; loading one only when a program touches it keeps ``import
    iamport_client`` fast. The resource is cached on the client (or the ``with_options`` view).
    """

    def __init__(self, module: str, class_name: str) -> None:
        self._module = module
        self._class_name = class_name
        self._attr = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._attr = name

    @overload
    def __get__(self, obj: None, owner: type) -> lazy_resource[N]: ...
    @overload
    def __get__(self, obj: object, owner: type) -> N: ...
    def __get__(self, obj: object | None, owner: type) -> lazy_resource[N] | N:
        if obj is None:
            return self
        from importlib import import_module

        module = import_module(f"{__package__}._resources.{self._module}")
        resource: N = getattr(module, self._class_name)(obj)
        obj.__dict__[self._attr] = resource  # later reads skip the descriptor
        return resource
