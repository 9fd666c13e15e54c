"""The sandbox is arranged by resource: one module per ``x-iamport.resource`` of the spec,
each holding that resource's state and its route handlers, and no route anywhere else.

Everything is derived from ``spec/iamport.yaml``: a new operation fails here until its
handler is in the module of its resource; a new resource fails until it has its module.
"""

from __future__ import annotations

import ast
import itertools
from collections import defaultdict
from pathlib import Path
from types import ModuleType

import pytest
from starlette.routing import Route

from iamport_sandbox import Sandbox, resources
from iamport_sandbox.app import api_routes
from iamport_sandbox.call import RouteSpec
from iamport_sandbox.checkout import CheckoutDesk, checkout_routes
from iamport_sandbox.resources import RESOURCES, SandboxState
from tests.support.spec_ops import operations

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "sandbox" / "iamport_sandbox"
RESOURCE_DIR = PACKAGE / "resources"
#: The resources package's shared core: no resource of its own, no routes.
CORE_MODULES = {"__init__", "store", "charge"}
#: The sandbox's own pages beside the API: the admin API and page, the browser checkout.
INFRASTRUCTURE = {"app.py", "admin.py", "dashboard.py", "checkout.py"}

SPEC_ROUTES: dict[str, set[tuple[str, str]]] = defaultdict(set)
for _op in operations():
    SPEC_ROUTES[_op.resource].add((_op.http.upper(), _op.path))


def _name(module: ModuleType) -> str:
    return module.__name__.rpartition(".")[2]


MODULES = {_name(module): module for module in RESOURCES}


@pytest.fixture(scope="module")
def state() -> SandboxState:
    return Sandbox(port=0).state


def test_every_resource_of_the_spec_has_its_module() -> None:
    assert sorted(MODULES) == sorted(SPEC_ROUTES)
    for resource in SPEC_ROUTES:
        assert (RESOURCE_DIR / f"{resource}.py").is_file(), resource


def test_the_resources_package_holds_only_resources_and_its_core() -> None:
    files = {path.stem for path in RESOURCE_DIR.glob("*.py")}
    assert files == set(MODULES) | CORE_MODULES
    for core in CORE_MODULES - {"__init__"}:
        tree = ast.parse((RESOURCE_DIR / f"{core}.py").read_text(encoding="utf-8"))
        defined = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
        assert "routes" not in defined, f"{core}.py is core: a route belongs to a resource"


@pytest.mark.parametrize("resource", sorted(SPEC_ROUTES))
def test_a_resource_module_serves_exactly_its_operations(
    resource: str, state: SandboxState
) -> None:
    module = MODULES[resource]
    specs: list[RouteSpec] = module.routes(state)
    served = [(spec.method, spec.path) for spec in specs]
    assert len(served) == len(set(served)), f"{resource}: a route registered twice"
    assert set(served) == SPEC_ROUTES[resource]
    for spec in specs:
        # The handler is written in the resource's own module, next to the state it uses.
        assert spec.handler.__module__ == module.__name__, (spec.method, spec.path)


def test_only_the_token_route_needs_no_token(state: SandboxState) -> None:
    open_routes = {
        (spec.method, spec.path) for spec in resources.route_specs(state) if not spec.auth
    }
    token_ops = {(op.http.upper(), op.path) for op in operations() if op.kind == "token"}
    assert open_routes == token_ops


def test_the_app_routes_nothing_but_the_resources_and_the_infrastructure() -> None:
    sandbox = Sandbox(port=0)
    checkout = {
        (method, route.path)
        for route in checkout_routes(CheckoutDesk(sandbox.state))
        if isinstance(route, Route)
        for method in route.methods or ()
    }
    api: set[tuple[str, str]] = set()
    for route in sandbox.app.routes:
        assert isinstance(route, Route)
        for method in (route.methods or set()) - {"HEAD"}:
            if route.path.startswith("/__sandbox") or (method, route.path) in checkout:
                continue
            api.add((method, route.path))
    assert api == set().union(*SPEC_ROUTES.values())


def test_no_route_is_built_outside_the_resources_and_the_infrastructure() -> None:
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = {
            node.func.id
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
        }
        if "Route" in calls:
            assert relative.name in INFRASTRUCTURE and relative.parent == Path("."), relative
        if "RouteSpec" in calls:
            assert relative.parent == Path("resources"), relative
            assert relative.stem in MODULES, relative


def test_the_historical_split_is_gone() -> None:
    leftovers = [
        str(path.relative_to(PACKAGE))
        for pattern in ("state.py", "state_*.py", "routes_*.py", "services.py")
        for path in PACKAGE.rglob(pattern)
    ]
    assert leftovers == []


def _segments(path: str) -> list[str]:
    return path.strip("/").split("/")


def _both_match(a: str, b: str) -> bool:
    """Whether some request path matches both templates (a parameter matches one segment)."""
    x, y = _segments(a), _segments(b)
    return len(x) == len(y) and all(
        s == t or s.startswith("{") or t.startswith("{") for s, t in zip(x, y, strict=True)
    )


def _more_literal(a: str, b: str) -> bool:
    """Whether ``a`` has a literal segment where ``b`` first has a parameter."""
    for s, t in zip(_segments(a), _segments(b), strict=True):
        if s.startswith("{") != t.startswith("{"):
            return not s.startswith("{")
    return False


def test_a_request_two_routes_match_reaches_the_more_literal_one(state: SandboxState) -> None:
    order = [
        (method, route.path)
        for route in api_routes(state)
        if isinstance(route, Route)
        for method in route.methods or ()
        if method != "HEAD"
    ]
    for (m1, p1), (m2, p2) in itertools.combinations(order, 2):
        if m1 == m2 and _both_match(p1, p2) and _more_literal(p2, p1):
            pytest.fail(f"{m1} {p2} is more literal than {p1} but comes after it")


def test_the_overlap_helpers_see_what_they_must() -> None:
    assert _both_match("/payments/find/{merchant_uid}", "/payments/{imp_uid}/balance")
    assert not _both_match("/payments/{imp_uid}", "/payments/{imp_uid}/balance")
    assert not _both_match("/vbanks/holder", "/vbanks/mine")
    assert _more_literal("/payments/find/{merchant_uid}", "/payments/{imp_uid}/balance")
    assert not _more_literal("/payments/{imp_uid}/balance", "/payments/find/{merchant_uid}")
