"""The one validator and the request builder: a call's arguments checked against its
operation's table (the spec's constraints) before anything is sent, then its request described.

Every path that sends a request goes through :func:`build`: the generated resource methods,
the seed methods of ``_calls.py`` (thin aliases), ``resolve_payment``'s lookups, the page
walkers. The primitive rules (money, patterns, header values, free-form JSON) live in
``_validation.py``; the answer checks a table names (``check: paid``...) in ``_answers.py``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from enum import Enum
from typing import Any
from urllib.parse import quote

from . import _validation as v
from ._answers import checker
from ._core import Call, Kind
from ._errors import ValidationError
from ._op import Op

__all__ = ["build"]

_KINDS = {"read": Kind.READ, "write": Kind.WRITE, "money": Kind.MONEY, "token": Kind.TOKEN}

# ------------------------------------------------------------------------------ validation

_NOT_A_LIST = (str, bytes, bytearray, Mapping)


def _check(code: str, limits: Mapping[str, Any], value: Any, label: str, currency: Any) -> Any:
    """Check one value against its type code and constraints; return its JSON form."""
    if isinstance(value, Enum):  # a generated enum member stands for its value
        value = value.value
    if code == "str":
        if not isinstance(value, str):
            raise ValidationError(label, "must be a string")
        if limits:
            _check_text(label, value, limits)
        return value
    if code == "money":
        return v.money(label, value, limits, currency)
    if code == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(label, "must be an int")
        _check_range(label, value, limits)
        return value
    if code == "bool":
        if not isinstance(value, bool):
            raise ValidationError(label, "must be True or False")
        return value
    if code == "array":
        return _check_list(limits, value, label, currency)
    if code == "str_or_array":
        if isinstance(value, str):
            _check_text(label, value, limits.get("text", {}))
            return value
        return _check_list(limits, value, label, currency)
    if code == "object":
        props = limits.get("props")
        if props is None:
            if not isinstance(value, Mapping) and not callable(getattr(value, "to_dict", None)):
                raise ValidationError(label, "must be a mapping")
            return v.json_value(label, value)
        required = limits.get("required", ())
        return _check_object(props, required, "closed" in limits, value, label, currency)
    return v.json_value(label, value)


def _check_list(limits: Mapping[str, Any], value: Any, label: str, currency: Any) -> list[Any]:
    if isinstance(value, _NOT_A_LIST) or not isinstance(value, Sequence):
        raise ValidationError(label, "must be a list")
    if len(value) < limits.get("minItems", 0):
        raise ValidationError(label, f"must have at least {limits['minItems']} item(s)")
    if "maxItems" in limits and len(value) > limits["maxItems"]:
        raise ValidationError(label, f"must have at most {limits['maxItems']} items")
    items = limits.get("items")
    if items is None:
        return [v.json_value(f"{label}[{i}]", item) for i, item in enumerate(value)]
    code = items["code"]
    return [_check(code, items, item, f"{label}[{i}]", currency) for i, item in enumerate(value)]


def _check_object(
    props: Mapping[str, Any], required: Any, closed: bool, value: Any, label: str, currency: Any
) -> dict[str, Any]:
    """A nested object: its spec members checked, others checked as free-form JSON."""
    to_dict = getattr(value, "to_dict", None)
    if not isinstance(value, Mapping) and callable(to_dict):
        value = to_dict()
    if not isinstance(value, Mapping):
        raise ValidationError(label, "must be a mapping")
    if "currency" in props:  # amounts of this object are in its own currency
        own = value.get("currency")
        currency = own if isinstance(own, str) else currency
    out: dict[str, Any] = {}
    for key, item in value.items():
        if not isinstance(key, str):
            raise ValidationError(label, f"keys must be strings (got {type(key).__name__})")
        if item is None:
            continue
        member = props.get(key)
        where = f"{label}.{key}"
        if member is None:
            out[key] = v.json_value(where, item)
        else:
            out[key] = _check(member["code"], member, item, where, currency)
    for key in required:
        if key not in out:
            raise ValidationError(f"{label}.{key}", "is required")
    if closed:
        unknown = sorted(set(out) - set(props))
        if unknown:
            raise ValidationError(label, f"unknown members: {', '.join(unknown)}")
    return out


def _check_text(label: str, value: str, limits: Mapping[str, Any]) -> None:
    if "enum" in limits and value not in limits["enum"]:
        allowed = ", ".join(repr(x) for x in limits["enum"])
        raise ValidationError(label, f"must be one of {allowed}")
    if len(value) < limits.get("minLength", 0) or (limits.get("minLength") and not value.strip()):
        raise ValidationError(label, "must be a non-empty string")
    if "maxLength" in limits and len(value) > limits["maxLength"]:
        raise ValidationError(label, f"must be at most {limits['maxLength']} characters")
    regex = limits.get("pattern")
    if regex is not None:
        v.pattern(label, value, regex)


def _check_range(label: str, number: int, limits: Mapping[str, Any]) -> None:
    if "minimum" in limits and number < limits["minimum"]:
        raise ValidationError(label, f"must be at least {limits['minimum']}")
    if "exclusiveMinimum" in limits and number <= limits["exclusiveMinimum"]:
        raise ValidationError(label, f"must be greater than {limits['exclusiveMinimum']}")
    if "maximum" in limits and number > limits["maximum"]:
        raise ValidationError(label, f"must be at most {limits['maximum']}")


def _extra(extra: Any) -> dict[str, Any]:
    """The ``extra_body`` argument as checked JSON: a mapping or a generated request model."""
    if extra is None:
        return {}
    if isinstance(extra, Mapping):
        data: Any = extra
    else:
        to_dict = getattr(extra, "to_dict", None)
        if not callable(to_dict):
            raise ValidationError("extra_body", "must be a mapping or a generated request model")
        data = to_dict()
        if isinstance(data, dict):
            # A generated model may still type money as float: take it as the decimal it shows.
            data = {k: Decimal(repr(x)) if isinstance(x, float) else x for k, x in data.items()}
    checked = v.json_value("extra_body", data)
    if not isinstance(checked, dict):
        raise ValidationError("extra_body", "must be a mapping or a generated request model")
    return checked


def _currency(op: Op, args: Mapping[str, Any], body: Mapping[str, Any]) -> str | None:
    """The currency of the request's amounts: the one it names (checked first, so a bad
    currency is reported as such), else the operation's."""
    named = args.get("currency")
    if named is None:
        named = body.get("currency")
    if named is None:
        return op.currency
    for f in op.fields:
        if f.name == "currency":
            checked = _check(f.code, f.limits, named, f.py, None)
            return checked if isinstance(checked, str) else op.currency
    return op.currency


def build(op: Op, args: Mapping[str, Any], extra: Any = None, currency: Any = ...) -> Call[Any]:
    """Validate the arguments of one call and describe its request.

    ``currency`` overrides the currency amounts are checked in (a seed cancel's ``currency``).

    Raises:
        ValidationError: An argument breaks the spec; nothing is sent.
    """
    body = _extra(extra)
    path: dict[str, str] = {}
    params: dict[str, Any] = {}
    headers: dict[str, str] = {}
    has_body = False
    money = _currency(op, args, body) if currency is ... else currency
    given: set[str] = set()
    for f in op.fields:
        where = f.where
        value = args.get(f.py)
        if where == "body":
            has_body = True
            if value is None:
                value = body.get(f.name)
        if value is None:
            if f.required:
                raise ValidationError(f.py, "is required")
            if where == "body":
                body.pop(f.name, None)  # a None in extra_body leaves the field out too
            continue
        given.add(f.name)
        wire = _check(f.code, f.limits, value, f.py, money)
        if where == "path":
            if wire in (".", ".."):
                raise ValidationError(f.py, "may not be '.' or '..'")
            path[f.name] = quote(str(wire), safe="")
        elif where == "query":
            params[f.name] = str(wire).lower() if isinstance(wire, bool) else wire
        elif where == "header":
            text = str(wire)
            if not v.HEADER_VALUE.fullmatch(text):
                raise ValidationError(f.py, "must be visible ASCII without spaces or line breaks")
            headers[f.name] = text
        else:
            body[f.name] = wire
    if op.require_any or op.together or op.ascending:
        _check_groups(op, given, {**path, **params, **body})
    request: dict[str, Any] = {"method": op.http, "url": op.path.format(**path)}
    if params:
        request["params"] = params
    if headers:
        request["headers"] = headers
    if has_body or body:
        request["json"] = body
    if op.order:
        merchant_uids, imp_uid = _orders(op.order, path, body, args)
    else:
        merchant_uids, imp_uid = _ids(args, body)
    mid = merchant_uids[0] if merchant_uids else None
    return Call(
        request,
        _parser(op),
        _KINDS[op.kind],
        mid,
        imp_uid,
        check=None if op.check is None else checker(op.check, mid, imp_uid),
        orders=merchant_uids,
        operation=op.op_id,
    )


def _check_groups(op: Op, given: set[str], sent: Mapping[str, Any]) -> None:
    py = {f.name: f.py for f in op.fields}
    for first, *rest in op.ascending:
        values = [sent.get(name) for name in (first, *rest)]
        numbers = [x for x in values if isinstance(x, int)]
        if len(numbers) == len(values) and numbers != sorted(set(numbers)):
            raise ValidationError(py[rest[-1]], f"must be after {py[first]}")
    for group in op.require_any:
        if not given.intersection(group):
            names = " or ".join(py[name] for name in group)
            raise ValidationError(py[group[0]], f"give {names}")
    for group in op.together:
        present = given.intersection(group)
        if present and len(present) != len(group):
            names = ", ".join(py[name] for name in group)
            raise ValidationError(py[group[-1]], f"give {names} together")


def _ids(args: Mapping[str, Any], body: Mapping[str, Any]) -> tuple[tuple[str, ...], str | None]:
    merchant_uid = args.get("merchant_uid")
    if not isinstance(merchant_uid, str):
        merchant_uid = body.get("merchant_uid")
    imp_uid = args.get("imp_uid")
    if not isinstance(imp_uid, str):
        imp_uid = body.get("imp_uid")
    return (
        (merchant_uid,) if isinstance(merchant_uid, str) else (),
        imp_uid if isinstance(imp_uid, str) else None,
    )


def _orders(
    order: tuple[str, ...], path: Mapping[str, str], body: Mapping[str, Any], args: Any
) -> tuple[tuple[str, ...], str | None]:
    """The order ids the spec's ``order`` fact points at (``schedules[].merchant_uid``...)."""
    merchant_uids: list[str] = []
    imp_uid: str | None = None
    for where in order:
        head, _, member = where.partition("[].")
        found: list[Any]
        if member:
            items = body.get(head)
            found = [i.get(member) for i in items if isinstance(i, dict)] if items else []
        elif head in path:
            found = [args.get(head)]  # the id as given, not its quoted form
        else:
            found = [body.get(head)]
        ids = [x for x in found if isinstance(x, str)]
        if any(x in (".", "..") for x in ids):  # an order you could never look up by its id
            raise ValidationError(where, "may not be '.' or '..'")
        if (member or head).endswith("imp_uid"):
            imp_uid = imp_uid or (ids[0] if ids else None)
        else:
            merchant_uids.extend(ids)
    return tuple(merchant_uids), imp_uid


_ENVELOPES: dict[str, Any] = {}


def _parser(op: Op) -> Any:
    """The payload parser of ``op``: its generated envelope's ``from_dict``, imported once."""
    parse = _ENVELOPES.get(op.op_id)
    if parse is None:

        def parse(data: dict[str, Any]) -> Any:
            from importlib import import_module

            module = import_module(f"iamport_api.models.{op.envelope_module}")
            envelope = getattr(module, op.envelope)

            def parsed(body: dict[str, Any]) -> Any:
                return envelope.from_dict(body).response

            _ENVELOPES[op.op_id] = parsed
            return parsed(data)

    return parse
