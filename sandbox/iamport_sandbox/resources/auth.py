"""Resource ``auth``: access tokens (``POST /users/getToken``) and checking them."""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import params
from ..call import Call, RouteSpec
from ..errors import unauthorized
from ..models import JsonDict
from .store import Store

if TYPE_CHECKING:
    from . import SandboxState

TOKEN_TTL = 30 * 60
TOKEN_REFRESH_THRESHOLD = 60
TOKEN_EXTENSION = 5 * 60


@dataclass
class Token:
    """An issued access token."""

    access_token: str
    imp_key: str
    expired_at: int


class Tokens:
    """The accepted key/secret pairs and the tokens issued for them."""

    name = "tokens"

    def __init__(self, store: Store, api_key: str, api_secret: str) -> None:
        self.store = store
        self._credentials: dict[str, str] = {api_key: api_secret}
        self._tokens: dict[str, Token] = {}
        self._token_by_key: dict[str, str] = {}
        store.register(self)

    def reset(self) -> None:
        """Forget every token (the credentials stay)."""
        self._tokens.clear()
        self._token_by_key.clear()

    def snapshot(self) -> object:
        """How many tokens are live (never the tokens themselves)."""
        return len(self._tokens)

    def add_credentials(self, api_key: str, api_secret: str) -> None:
        """Accept another REST API key/secret pair."""
        with self.store.lock:
            self._credentials[api_key] = api_secret

    def issue(self, imp_key: str | None, imp_secret: str | None) -> JsonDict:
        """``POST /users/getToken``: same token while valid, +5 min when <= 60 s remain."""
        if not imp_key or not imp_secret:
            raise unauthorized("imp_key, imp_secret 파라미터가 누락되었습니다.")
        with self.store.lock:
            expected = self._credentials.get(imp_key)
            if expected is None or not hmac.compare_digest(expected, imp_secret):
                raise unauthorized("imp_key 또는 imp_secret이 올바르지 않습니다.")
            now = self.store.clock.now()
            current = self._tokens.get(self._token_by_key.get(imp_key, ""))
            if current is not None and now < current.expired_at:
                if current.expired_at - now <= TOKEN_REFRESH_THRESHOLD:
                    current.expired_at += TOKEN_EXTENSION
            else:
                if current is not None:
                    del self._tokens[current.access_token]
                current = Token(secrets.token_hex(20), imp_key, now + TOKEN_TTL)
                self._tokens[current.access_token] = current
                self._token_by_key[imp_key] = current.access_token
            return {
                "access_token": current.access_token,
                "now": now,
                "expired_at": current.expired_at,
            }

    def authenticate(self, authorization: str | None) -> None:
        """Check an ``Authorization`` header (bare token or ``Bearer <token>``)."""
        if not authorization or not authorization.strip():
            raise unauthorized("Unauthorized: Authorization 헤더에 access_token이 없습니다.")
        token = authorization.strip()
        if token[:7].lower() == "bearer ":
            token = token[7:].strip()
        with self.store.lock:
            found = self._tokens.get(token)
            if found is None:
                raise unauthorized("Unauthorized: 유효하지 않은 access_token입니다.")
            if self.store.clock.now() >= found.expired_at:
                raise unauthorized("Unauthorized: 만료된 access_token입니다.")


def routes(state: SandboxState) -> list[RouteSpec]:
    """``POST /users/getToken`` (the one route that needs no token)."""

    def get_token(call: Call) -> object:
        body = call.body
        return state.auth.issue(params.opt_str(body, "imp_key"), params.opt_str(body, "imp_secret"))

    return [RouteSpec("/users/getToken", "POST", get_token, auth=False)]
