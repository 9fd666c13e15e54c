"""``client.with_options(...)``: a light view of a client with its own timeout, retries and
deadline, sharing the client's pools and token. Loaded on the first ``with_options`` call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from ._settings import timing

if TYPE_CHECKING:
    from ._client import _ClientBase

__all__ = ["view_of"]

#: What a ``with_options`` view holds itself; everything else is the root client's.
_VIEW_OWN = frozenset(
    {"_root", "_timeout", "_retry", "_attempt_budget", "_deadline", "_deadline_given"}
)


class _View:
    """A client seen through other per-call options (``client.with_options(...)``).

    It holds only its timeout, retry policy and deadline: every other attribute (connection
    pools, token cache, settings) is read from, and written to, the root client, so the view
    sees the pool the root uses now (after a fork, in another event loop) and shares its token.
    """

    _root: _ClientBase

    def __getattr__(self, name: str) -> Any:
        return getattr(self.__dict__["_root"], name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _VIEW_OWN:
            object.__setattr__(self, name, value)
        else:
            setattr(self._root, name, value)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._root!r}>"

    # Leaving ``with client.with_options(...) as quick:`` must not close the shared pool: the
    # client owns it (``close()`` on a view does close the client, as on the client itself).
    def __exit__(self, *exc_info: object) -> None:
        return None

    async def __aexit__(self, *exc_info: object) -> None:
        return None


_view_classes: dict[type, type] = {}


def view_of(
    client: _ClientBase,
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
    deadline: float | None,
) -> Any:
    """``client`` seen through other options (see ``_ClientBase.with_options``).

    Raises:
        ValidationError: An option is not usable.
    """
    # A view of a view starts from the view's options, not the root's: they compose.
    root: _ClientBase = client.__dict__.get("_root", client)
    given = (
        deadline if deadline is not None else (client._deadline if client._deadline_given else None)
    )
    options = timing(
        client._timeout if timeout is None else timeout,
        client._retry.max_retries if max_retries is None else max_retries,
        given,
    )
    cls = _view_classes.get(type(root))
    if cls is None:
        cls = _view_classes[type(root)] = type(
            f"{type(root).__name__}View", (_View, type(root)), {}
        )
    view: Any = object.__new__(cls)
    state = view.__dict__
    state["_root"] = root
    state["_timeout"], state["_retry"], state["_attempt_budget"], state["_deadline"] = options
    state["_deadline_given"] = given is not None
    return view
