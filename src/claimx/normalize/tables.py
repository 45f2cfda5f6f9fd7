"""Word tables the normalizers read from a rules folder (the packaged one by default).

Tables are loaded once per folder and shared; normalizers take an optional ``tables``
argument so that ``--rules DIR`` reaches them too.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any


def _read(rules_dir: Path | None, name: str) -> Any:
    path = (rules_dir or Path(str(files("claimx") / "rules"))) / f"{name}.json"
    if rules_dir is not None and not path.is_file():
        path = Path(str(files("claimx") / "rules")) / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _alternation(words: list[str]) -> str:
    """A regex alternation that tries longer words first (so "bn" beats "b")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@dataclass(frozen=True, eq=False)
class Tables:
    """Number words, scales, hedges and currencies, with regexes compiled from them."""

    scales: dict[str, Decimal]
    units: dict[str, Decimal]
    tens: dict[str, Decimal]
    fractions: dict[str, Decimal]
    vague: frozenset[str]
    hedges: dict[str, tuple[str, ...]]
    suffixes: tuple[str, ...]
    symbols: dict[str, str]
    names: dict[str, str]
    subunits: dict[str, str]
    ambiguous: dict[str, tuple[str, ...]]
    per_units: dict[str, str]

    hedge_regex: re.Pattern[str]
    """Matches a leading hedge phrase (and an optional "the") in lower-cased text."""
    suffix_regex: re.Pattern[str]
    """Matches a trailing suffix word ("mark") in lower-cased text."""


def _decimals(table: dict[str, Any]) -> dict[str, Decimal]:
    return {word.lower(): Decimal(str(value)) for word, value in table.items()}


@cache
def load_tables(rules_dir: Path | None = None) -> Tables:
    """The tables of ``rules_dir`` (None: the packaged rules)."""
    numbers = _read(rules_dir, "numbers")
    hedges = _read(rules_dir, "hedges")
    currencies = _read(rules_dir, "currencies")
    hedge_groups = {
        bound: tuple(p.lower() for p in hedges[bound]) for bound in ("lower", "upper", "approx")
    }
    suffixes = tuple(w.lower() for w in hedges["suffixes"])
    phrases = [p for group in hedge_groups.values() for p in group]
    return Tables(
        scales=_decimals(numbers["scales"]),
        units=_decimals(numbers["units"]),
        tens=_decimals(numbers["tens"]),
        fractions=_decimals(numbers["fractions"]),
        vague=frozenset(w.lower() for w in numbers["vague"]),
        hedges=hedge_groups,
        suffixes=suffixes,
        symbols={k.lower(): v for k, v in currencies["symbols"].items()},
        names={k.lower(): v for k, v in currencies["names"].items()},
        subunits={k.lower(): v for k, v in currencies["subunits"].items()},
        ambiguous={k.lower(): tuple(v) for k, v in currencies["ambiguous"].items()},
        per_units={k.lower(): v for k, v in currencies["per_units"].items()},
        hedge_regex=re.compile(rf"^(?P<hedge>{_alternation(phrases)})(?:\s+the)?\s+"),
        suffix_regex=re.compile(rf"\s+(?:{_alternation(list(suffixes))})$"),
    )
