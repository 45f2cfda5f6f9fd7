"""Figures and claim values in words: "4,600,000,000", "USD 4.6bn", "≥ 600,000 tech
professionals", "2030-01-01 to 2030-12-31 (year)", and the tooltip of a highlight.

Pure: plain claim and finding dicts in, strings out (HTML escaping is the caller's).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

ISO_CURRENCY = re.compile(r"^[A-Z]{3}$")


def number(value: Any) -> str:
    """A figure written out in full, with thousands separators ("4,600,000,000", "26.4")."""
    if value is None:
        return "?"
    exact = Decimal(str(value))
    if exact == exact.to_integral_value():
        return f"{exact.to_integral_value():,f}"
    return f"{exact.normalize():,f}"


def short_number(value: float) -> str:
    """A figure for a chart ("4.6bn", "600k", "26.4")."""
    for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix}"
    return f"{value:.3g}"


def with_unit(figure: str, unit: str | None) -> str:
    """A figure with its unit: "USD 4.6bn", "26.4%", "3.3 pp", "600k tech professionals"."""
    if unit == "percent":
        return f"{figure}%"
    if unit and ISO_CURRENCY.match(unit):
        return f"{unit} {figure}"
    return f"{figure} {unit}" if unit else figure


def interval_text(
    low: Any, high: Any, bound: str | None, unit: str | None, per: str | None,
    *, short: bool = False,
) -> str:
    """An interval as words: "USD 50 to 70 per hour", "≥ 600,000 tech professionals"."""
    def fmt(value: Any) -> str:
        return short_number(float(value)) if short and value is not None else number(value)

    if low is None and high is None:
        text = "?"
    elif high is None or bound == "lower":
        text = f"≥ {with_unit(fmt(low), unit)}"
    elif low is None or bound == "upper":
        text = f"≤ {with_unit(fmt(high), unit)}"
    elif low == high:
        text = ("≈ " if bound == "approx" else "") + with_unit(fmt(low), unit)
    else:
        text = with_unit(f"{fmt(low)} to {fmt(high)}", unit)
    return f"{text} per {per}" if per else text


def value_text(claim: Mapping[str, Any]) -> str:
    """A claim's normalized value in words."""
    value = claim.get("value") or {}
    if claim.get("kind") == "entity":
        return f"{value.get('canonical')} ({value.get('label')})"
    if claim.get("kind") == "date":
        return date_text(value)
    return interval_text(value.get("low"), value.get("high"), value.get("bound"),
                         value.get("unit"), value.get("per"))


def date_text(value: Mapping[str, Any]) -> str:
    """A date value in words: "2030-01-01 to 2030-12-31 (year)", or its unresolved offset."""
    start, end, grain = value.get("start"), value.get("end"), value.get("grain")
    if start is None and end is None:
        return f"relative {value.get('offset') or ''} ({grain}), unresolved".replace("  ", " ")
    span = start if start == end else f"{start or '…'} to {end or '…'}"
    return f"{span} ({grain})"


def hover_text(claim: Mapping[str, Any]) -> str:
    """The tooltip of a highlighted claim: value, subject, time, modality, rule and id."""
    lines = [f"{claim['label']}: {value_text(claim)}"]
    subject = claim.get("subject") or {}
    about = " · ".join(str(subject[k]) for k in ("entity", "metric") if subject.get(k))
    if about:
        lines.append(f"about: {about}")
    time = claim.get("time")
    if time:
        lines.append(f"when: {time.get('text')} = {date_text(time)}")
    if claim.get("kind") != "entity":
        cues = ", ".join(claim.get("cues") or [])
        lines.append(f"modality: {claim.get('modality')}" + (f" (cues: {cues})" if cues else ""))
    lines.append(f"rule: {claim.get('rule_id')} ({claim.get('source')})")
    lines.append(f"id: {claim['id']}")
    return "\n".join(lines)
