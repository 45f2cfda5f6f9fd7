"""The check of a rules table against its declared shape, and the error that names what
is wrong.

A shape (a :data:`Spec`) is written in a small notation, compiled once
(:func:`compile_spec`) and checked with :func:`check`, which returns the value without its
comments (keys starting with ``_``, at any depth) or raises a :class:`RulesError` whose one
line names the file and the key path::

    currencies.json: symbols: expected an object, got a list
    numbers.json: scalez: unknown key (did you mean scales?)

The notation (rules/README.md, "How a rules folder is checked"):

- ``str`` (a string, not blank), ``int``, ``number``, ``bool``, ``null``, ``object`` (any
  object, not looked into), ``decimal`` (a number, or a string holding one: "0.1"),
  ``month`` (an integer 1-12);
  ``int>=0`` and ``number>=0`` for what cannot be negative; ``"dmy"`` a literal string;
- ``A|B``: either; ``[T]``: a list of T; ``[A, B]``: a list of exactly these; ``{T}``: an
  object of any keys whose values are T;
- a Python dict: an object with exactly these keys (``key?``: the key may be left out);
  :class:`ListOf` / :class:`MapOf` when the items are such objects.

Pure: imports nothing outside the standard library.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Union

COMMENT_PREFIX = "_"


class RulesError(ValueError):
    """A rules folder or one of its files is missing or malformed. The message is one line
    that names the file (``file``) and, when it is about one value, the key path (``key``)."""

    def __init__(self, message: str, *, file: str | None = None, key: str | None = None) -> None:
        super().__init__(message)
        self.file = file
        self.key = key

    @classmethod
    def at(cls, file: str, key: str, problem: str) -> RulesError:
        """``file: key: problem`` (``file: problem`` when ``key`` is empty)."""
        where = f"{file}: {key}: " if key else f"{file}: "
        return cls(f"{where}{problem}", file=file, key=key or None)


@dataclass(frozen=True)
class ListOf:
    """A list whose items have the spec ``item`` (for items that are objects)."""

    item: Spec


@dataclass(frozen=True)
class MapOf:
    """An object of any keys whose values have the spec ``value`` (for values that are
    objects)."""

    value: Spec


Spec = Union[str, Mapping[str, "Spec"], ListOf, MapOf]  # noqa: UP007 (a forward reference)


def read_json(text: str, shown: str) -> Any:
    """Parsed JSON text; a syntax error, or a key given twice in one object (the first
    would silently be lost), is a :class:`RulesError` naming ``shown``."""

    def unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        data = dict(pairs)
        if len(data) < len(pairs):
            twice = next(key for n, (key, _) in enumerate(pairs) if key in dict(pairs[:n]))
            raise RulesError(f"{shown}: {json.dumps(twice, ensure_ascii=False)}: key given "
                             "twice in one object", file=shown)
        return data

    try:
        return json.loads(text, object_pairs_hook=unique)
    except json.JSONDecodeError as exc:
        raise RulesError(
            f"{shown}:{exc.lineno}:{exc.colno}: not valid JSON ({exc.msg})", file=shown
        ) from exc


def compile_spec(spec: Spec) -> Shape:
    """The compiled form of ``spec``, for :func:`check`; raises ValueError for a spec
    that is not in the notation."""
    return _compile(spec)


def check(shape: Shape, value: Any, file: str) -> Any:
    """``value`` checked against ``shape``, without its comment keys; a
    :class:`RulesError` naming ``file`` and the key path when it does not fit."""
    return _check(shape, value, file, "")


# --- the notation, compiled -------------------------------------------------------------


@dataclass(frozen=True)
class _Scalar:
    name: str


@dataclass(frozen=True)
class _Literal:
    value: str


@dataclass(frozen=True)
class _Either:
    options: tuple[_Node, ...]


@dataclass(frozen=True)
class _List:
    item: _Node


@dataclass(frozen=True)
class _Tuple:
    items: tuple[_Node, ...]


@dataclass(frozen=True)
class _Map:
    value: _Node


@dataclass(frozen=True)
class _Record:
    fields: tuple[tuple[str, _Node, bool], ...]  # key, spec, required


_Node = _Scalar | _Literal | _Either | _List | _Tuple | _Map | _Record
Shape = _Node

SCALARS: Mapping[str, str] = {
    "str": "a string",
    "int": "an integer",
    "int>=0": "a non-negative integer",
    "number": "a number",
    "number>=0": "a non-negative number",
    "decimal": "a number",
    "month": "a month 1-12",
    "bool": "true or false",
    "null": "null",
    "object": "an object",
}
_TOKEN = re.compile(r'\s*(?:(?P<literal>"[^"]*")|(?P<name>[a-z]+(?:>=0)?)|(?P<mark>[][{}|,]))')


def _compile(spec: Spec) -> _Node:
    if isinstance(spec, ListOf):
        return _List(_compile(spec.item))
    if isinstance(spec, MapOf):
        return _Map(_compile(spec.value))
    if isinstance(spec, Mapping):
        return _Record(tuple(
            (key.removesuffix("?"), _compile(value), not key.endswith("?"))
            for key, value in spec.items()
        ))
    tokens = _tokens(spec)
    node = _parse_either(tokens, spec)
    if tokens:
        raise ValueError(f"spec {spec!r}: unexpected {tokens[0]!r}")
    return node


def _tokens(text: str) -> list[str]:
    tokens, at = [], 0
    while at < len(text.rstrip()):
        match = _TOKEN.match(text, at)
        if match is None:
            raise ValueError(f"spec {text!r}: cannot read {text[at:]!r}")
        tokens.append(match.group(match.lastgroup or 0))
        at = match.end()
    return tokens


def _parse_either(tokens: list[str], spec: str) -> _Node:
    options = [_parse_one(tokens, spec)]
    while tokens and tokens[0] == "|":
        tokens.pop(0)
        options.append(_parse_one(tokens, spec))
    return options[0] if len(options) == 1 else _Either(tuple(options))


def _parse_one(tokens: list[str], spec: str) -> _Node:
    if not tokens:
        raise ValueError(f"spec {spec!r}: ends too soon")
    token = tokens.pop(0)
    if token in ("[", "{"):
        items = [_parse_either(tokens, spec)]
        while token == "[" and tokens and tokens[0] == ",":
            tokens.pop(0)
            items.append(_parse_either(tokens, spec))
        close = "]" if token == "[" else "}"
        if not tokens or tokens.pop(0) != close:
            raise ValueError(f"spec {spec!r}: {token} without {close}")
        if token == "{":
            return _Map(items[0])
        return _List(items[0]) if len(items) == 1 else _Tuple(tuple(items))
    if token.startswith('"'):
        return _Literal(token[1:-1])
    if token not in SCALARS:
        raise ValueError(f"spec {spec!r}: unknown type {token!r}")
    return _Scalar(token)


# --- the check ----------------------------------------------------------------------------


def _check(node: _Node, value: Any, file: str, key: str) -> Any:
    """``value`` checked against ``node``, comments dropped; ``key``: the path so far."""
    if isinstance(node, _Record):
        data = _object(node, value, file, key)
        known = {name for name, _, _ in node.fields}
        for name in data:
            if name not in known:
                raise RulesError.at(
                    file, _join(key, name), f"unknown key ({suggest(name, known)})"
                )
        checked = {}
        for name, spec, required in node.fields:
            if name in data:
                checked[name] = _check(spec, data[name], file, _join(key, name))
            elif required:
                raise RulesError.at(file, _join(key, name), "required key missing")
        # The table's own order, as written (some consumers keep it: first group wins).
        return {name: checked[name] for name in data}
    if isinstance(node, _Map):
        data = _object(node, value, file, key)
        return {
            name: _check(node.value, item, file, _join(key, name)) for name, item in data.items()
        }
    if isinstance(node, _List | _Tuple):
        if not isinstance(value, list):
            raise _wrong(node, value, file, key)
        if isinstance(node, _Tuple) and len(value) != len(node.items):
            got = f"got a list of {len(value)}"
            raise RulesError.at(file, key, f"expected {_describe(node)}, {got}")
        specs = node.items if isinstance(node, _Tuple) else [node.item] * len(value)
        return [_check(spec, item, file, f"{key}[{n}]") for n, (spec, item) in
                enumerate(zip(specs, value, strict=True))]
    if isinstance(node, _Either):
        # The first option of the value's own kind decides, so that an error inside a list
        # or an object names the item that is wrong.
        for option in node.options:
            if _kind_fits(option, value):
                return _check(option, value, file, key)
        raise _wrong(node, value, file, key)
    if not _fits(node, value):
        raise _wrong(node, value, file, key)
    return value


def _object(node: _Node, value: Any, file: str, key: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _wrong(node, value, file, key)
    return {k: v for k, v in value.items() if not k.startswith(COMMENT_PREFIX)}


def _kind_fits(node: _Node, value: Any) -> bool:
    if isinstance(node, _List | _Tuple):
        return isinstance(value, list)
    if isinstance(node, _Map | _Record):
        return isinstance(value, dict)
    if isinstance(node, _Either):
        return any(_kind_fits(option, value) for option in node.options)
    return _fits(node, value)


def _fits(node: _Scalar | _Literal, value: Any) -> bool:
    if isinstance(node, _Literal):
        return isinstance(value, str) and value == node.value
    name = node.name
    if name == "str":
        return isinstance(value, str) and bool(value.strip())
    if name == "bool":
        return isinstance(value, bool)
    if name == "null":
        return value is None
    if name == "object":
        return isinstance(value, dict)
    if name == "decimal" and isinstance(value, str):
        try:
            return Decimal(value).is_finite()
        except InvalidOperation:
            return False
    number = not isinstance(value, bool) and isinstance(value, int | float)
    if name == "month":
        return number and isinstance(value, int) and 1 <= value <= 12
    if name.startswith("int"):
        number = number and isinstance(value, int)
    return number and (not name.endswith(">=0") or value >= 0)


def _describe(node: _Node) -> str:
    if isinstance(node, _Scalar):
        return SCALARS[node.name]
    if isinstance(node, _Literal):
        return json.dumps(node.value)
    if isinstance(node, _Either):
        return " or ".join(_describe(option) for option in node.options)
    if isinstance(node, _Tuple):
        return f"a list of {len(node.items)}"
    return "a list" if isinstance(node, _List) else "an object"


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


def _wrong(node: _Node, value: Any, file: str, key: str) -> RulesError:
    return RulesError.at(file, key, f"expected {_describe(node)}, got {_shown(value)}")


def _join(key: str, name: str) -> str:
    return f"{key}.{name}" if key else name


def suggest(name: str, known: Any) -> str:
    """What an unknown ``name`` may have meant, among ``known``."""
    close = difflib.get_close_matches(name, sorted(known), n=1)
    return f"did you mean {close[0]}?" if close else f"known: {', '.join(sorted(known))}"
