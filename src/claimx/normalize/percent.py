"""Percentages: "26.4%", "30-50%", "over 60%", "1.5 per cent", "2 percentage points".

Percentage points (unit "pp") are kept apart from percent: "rates rose 2 percentage points"
and "rates rose 2%" say different things.
"""

from __future__ import annotations

import re

from claimx.normalize.amount import Amount
from claimx.normalize.hedges import strip_hedges
from claimx.normalize.numbers import parse_number
from claimx.normalize.tables import Tables, load_tables

_POINTS = re.compile(
    r"\s*(?:percentage|per\s*cent(?:age)?|basis)\s+points?$|\s*(?:pp|ppts?|bps?)$"
)
_BASIS = re.compile(r"\s*(?:basis\s+points?|bps?)$")
# A hyphen may join the word to its number ("a 2.1-percent fall", "a 12-per-cent rise").
_PERCENT = re.compile(
    r"(?:(?<=\d)-)?\s*(?:%|percents?|percentage|per[\s-]*cent|pct|pc|per[\s-]*centum)$"
)
# The percentage named before its figure, as a heading or a table writes it: "Percent of 10".
_NAMED_FIRST = re.compile(r"^(?:percents?|per\s*cent|percentage)\s+of\s+(.+)$")
_BETWEEN = re.compile(r"^(?:between|from)\s+(.+?)\s+(?:and|to)\s+(.+)$")
# The left end may be signed ("-0.31% to -1.92%"): its sign is no range dash.
_RANGE = re.compile(r"^([-+]?[\d.,]*\d)\s*(?:%|percent|per cent)?\s*(?:-|–|—|\bto\b)\s*(.+)$")


def parse_percent(text: str, tables: Tables | None = None) -> Amount | None:
    """The percentage a span states, or None when it holds none."""
    tables = tables or load_tables()
    cleaned = " ".join(text.lower().replace("\u00a0", " ").replace("−", "-").split())
    bound, core = strip_hedges(cleaned, tables)
    named_first = _NAMED_FIRST.match(core)
    if named_first:
        core = f"{named_first.group(1)} percent"
    basis_points = _BASIS.search(core) is not None
    points = _POINTS.search(core)
    if points:
        unit, core = "pp", core[: points.start()]
    else:
        percent = _PERCENT.search(core)
        if percent is None:
            return None
        unit, core = "percent", core[: percent.start()]
    if core.endswith("+"):
        core, bound = core[:-1].strip(), bound or "lower"
    sides = _split(core)
    numbers = [parse_number(_PERCENT.sub("", side).strip(), tables) for side in sides]
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


def _split(core: str) -> list[str]:
    between = _BETWEEN.match(core)
    if between:
        return [between.group(1), between.group(2)]
    dash = _RANGE.match(core)
    if dash:
        return [dash.group(1), dash.group(2)]
    return [core]
