"""Percentages: "26.4%", "30-50%", "over 60%", "1.5 per cent", "2 percentage points", and
ratios and fractions read as one ("one in six": 16.7%).

Percentage points (unit "pp") are kept apart from percent: "rates rose 2 percentage points"
and "rates rose 2%" say different things.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from claimx.normalize.amount import Amount, Bound
from claimx.normalize.hedges import strip_hedges
from claimx.normalize.numbers import parse_number, spell_out_decimals
from claimx.normalize.tables import Tables, alternation, load_tables


class _Patterns(NamedTuple):
    """The percentage's words (rules/numbers.json) and range words (rules/hedges.json)."""

    points: re.Pattern[str]
    basis: re.Pattern[str]
    percent: re.Pattern[str]
    named_first: re.Pattern[str]
    """The percentage named before its figure, as a heading or a table writes it."""
    range: re.Pattern[str]
    """The left end may be signed ("-0.31% to -1.92%"): its sign is no range dash."""


@lru_cache(maxsize=4)
def _patterns(tables: Tables) -> _Patterns:
    words = alternation(tables.percent_words)
    range_words = alternation(tables.range_words["percent"], bounded=True)
    return _Patterns(
        points=re.compile(rf"\s*(?:{alternation(tables.percentage_points)})$"),
        basis=re.compile(rf"\s*(?:{alternation(tables.basis_points)})$"),
        # A hyphen may join the word to its number ("a 2.1-percent fall", "12-per-cent").
        percent=re.compile(rf"(?:(?<=\d)-)?\s*(?:{words})$"),
        named_first=re.compile(rf"^(?:{alternation(tables.percent_named_first)})\s+(.+)$"),
        range=re.compile(
            rf"^([-+]?[\d.,]*\d)\s*(?:{words})?\s*(?:-|–|—|{range_words})\s*(.+)$"
        ),
    )


def parse_percent(text: str, tables: Tables | None = None) -> Amount | None:
    """The percentage a span states, or None when it holds none."""
    tables = tables or load_tables()
    cleaned = " ".join(text.lower().replace("\u00a0", " ").replace("−", "-").split())
    cleaned = spell_out_decimals(cleaned, tables)  # "31-point-eight percent": no range
    bound, core = strip_hedges(cleaned, tables)
    patterns = _patterns(tables)
    named_first = patterns.named_first.match(core)
    basis_points = named_first is None and patterns.basis.search(core) is not None
    points = None if named_first else patterns.points.search(core)
    if named_first:
        unit, core = "percent", named_first.group(1)
    elif points:
        unit, core = "pp", core[: points.start()]
    else:
        percent = patterns.percent.search(core)
        if percent is None:
            return _share(core, bound, tables)
        unit, core = "percent", core[: percent.start()]
    if core.endswith("+"):
        core, bound = core[:-1].strip(), bound or "lower"
    sides = _split(core, tables, patterns)
    numbers = [parse_number(patterns.percent.sub("", side).strip(), tables) for side in sides]
    if any(n is None for n in numbers):
        return None
    values = [n for n in numbers if n is not None]
    if basis_points:
        values = [type(n)(n.value / 100, n.precision / 100) for n in values]
    if len(values) == 2:
        low, high = sorted(values, key=lambda n: n.value)
        precision = min(low.precision, high.precision)
        return Amount(low.value, high.value, "range", unit, None, precision)
    (number,) = values
    if bound == "lower":
        return Amount(number.value, None, "lower", unit, None, number.precision)
    if bound == "upper":
        return Amount(None, number.value, "upper", unit, None, number.precision)
    return Amount(number.value, number.value, bound or "exact", unit, None, number.precision)


def _share(core: str, bound: Bound | None, tables: Tables) -> Amount | None:
    """A ratio or fraction read as a percentage ("one in six" knew: 16.7%, "fewer than one
    in 10,000": under 0.01%, "a third" of children: 33.3%), stated to two significant
    digits; None for anything else."""
    padded = f" {core.replace('-', ' ')} "
    if not any(f" {word} " in padded for word in (*tables.ratio_words, *tables.fractions)):
        return None
    number = parse_number(core, tables)
    if number is None or not 0 < number.value <= 1:
        return None
    share = number.value * 100
    precision = Decimal(1).scaleb(share.adjusted() - 1)  # two significant digits
    value = share.quantize(precision / 10)  # "one in six": 16.7, "a third": 33.3
    value = value.to_integral() if value == value.to_integral() else value.normalize()
    if bound == "lower":
        return Amount(value, None, "lower", "percent", None, precision)
    if bound == "upper":
        return Amount(None, value, "upper", "percent", None, precision)
    return Amount(value, value, bound or "exact", "percent", None, precision)


def _split(core: str, tables: Tables, patterns: _Patterns) -> list[str]:
    between = tables.between["percent"].match(core)
    if between:
        return [between.group(1), between.group(2)]
    dash = patterns.range.match(core)
    if dash:
        return [dash.group(1), dash.group(2)]
    return [core]
