"""Claim lines reduced to what reconciliation compares, and the keys that block them.

A :class:`ClaimRecord` keeps only the fields the checks and the findings need (not the
sentence), so a million claims fit in memory. Its comparison key is built from data: the
canonical entity and metric from extraction, the unit family, the per-unit, the facet
(level, change or growth), the period and the modality.
"""

from __future__ import annotations

import re
import sys
from calendar import monthrange
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from claimx.reconcile.intervals import ClaimValue, Interval, claim_value
from claimx.reconcile.tables import ReconcileTables

NUMERIC_KINDS = ("money", "percent", "quantity")
CURRENT = "current"
_DURATION = re.compile(r"^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")
_DIGIT = re.compile(r"\d")
_UP_TO_LAST_DIGIT = re.compile(r".*\d", re.DOTALL)


@dataclass(slots=True)
class ClaimRecord:
    """One numeric claim as reconciliation sees it."""

    id: str
    doc_id: str
    start: int
    text: str
    kind: str
    value: ClaimValue
    unit: str | None
    per: str | None
    entity: str | None
    metric: str | None
    modality: str
    facet: str
    period: str
    period_label: str
    offset: str | None
    year: int | None
    doc_date: date | None
    paragraph: int | None

    @property
    def interval(self) -> Interval:
        """The interval the claim allows."""
        return self.value.interval

    @property
    def stated(self) -> Interval:
        """The figure as written."""
        return self.value.stated

    @property
    def bound(self) -> str:
        """exact, approx, range, lower or upper."""
        return self.value.bound

    @property
    def family(self) -> str:
        """Unit family: money and its currency, percent or pp, or a count and its noun."""
        if self.kind == "money":
            return f"money:{self.unit or '?'}"
        if self.kind == "percent":
            return f"percent:{self.unit or 'percent'}"
        return f"count:{(self.unit or '?').casefold()}"

    @property
    def has_subject(self) -> bool:
        """Entity, metric and unit are all known: the claim can be compared across documents."""
        return bool(self.entity and self.metric) and (self.kind == "percent" or bool(self.unit))

    def subject_key(self) -> tuple[str, str, str, str, str]:
        """Entity, metric, unit family, per-unit and facet, casefolded."""
        return (
            _fold(self.entity),
            _fold(self.metric),
            self.family,
            _fold(self.per),
            self.facet,
        )


@dataclass(slots=True)
class Located:
    """Where a claim sits in its sentence (offsets relative to the sentence)."""

    sentence: str
    rel_start: int
    rel_end: int
    cues: tuple[str, ...]

    def before(self, width: int) -> str:
        """Up to ``width`` characters before the claim, cut after the last digit so words
        that belong to an earlier figure are not taken for this one's."""
        text = self.sentence[max(0, self.rel_start - width) : self.rel_start]
        last = _UP_TO_LAST_DIGIT.match(text)
        return text[last.end() :] if last else text

    def after(self, width: int) -> str:
        """Up to ``width`` characters after the claim, cut at the next digit."""
        text = self.sentence[self.rel_end : self.rel_end + width]
        digit = _DIGIT.search(text)
        return text[: digit.start()] if digit else text


def locate(claim: Mapping[str, Any]) -> Located | None:
    """The claim inside its sentence, from sentence_start and start (or by searching)."""
    sentence = claim.get("sentence")
    text = claim.get("text")
    if not isinstance(sentence, str) or not isinstance(text, str):
        return None
    rel = None
    start, sentence_start = claim.get("start"), claim.get("sentence_start")
    if isinstance(start, int) and isinstance(sentence_start, int):
        rel = start - sentence_start
        if sentence[rel : rel + len(text)] != text:
            rel = None
    if rel is None:
        found = sentence.find(text)
        if found < 0:
            return None
        rel = found
    raw_cues = claim.get("cues") or ()
    cues = tuple(str(c).casefold() for c in raw_cues if isinstance(c, str))
    return Located(sentence, rel, rel + len(text), cues)


def parse_claim(
    claim: Mapping[str, Any], tables: ReconcileTables, located: Located | None = None
) -> ClaimRecord | None:
    """The record of a money, percent or quantity claim; None for other kinds or bad values."""
    kind = claim.get("kind")
    value = claim.get("value")
    text = claim.get("text")
    if kind not in NUMERIC_KINDS or not isinstance(value, Mapping) or not isinstance(text, str):
        return None
    parsed = claim_value(value, text, tables)
    if parsed is None:
        return None
    claim_id, doc_id = claim.get("id"), claim.get("doc_id")
    if not isinstance(claim_id, str) or not isinstance(doc_id, str):
        return None
    subject = claim.get("subject") or {}
    doc_date = parse_date(claim.get("doc_date"))
    time = claim.get("time")
    period, label, offset, year = _period(time if isinstance(time, Mapping) else None, doc_date)
    modality = claim.get("modality")
    start = claim.get("start")
    paragraph = claim.get("paragraph")
    return ClaimRecord(
        id=claim_id,
        doc_id=sys.intern(doc_id),
        start=start if isinstance(start, int) else 0,
        text=text,
        kind=sys.intern(kind),
        value=parsed,
        unit=_intern(value.get("unit")),
        per=_intern(value.get("per")),
        entity=_intern(subject.get("entity")),
        metric=_intern(subject.get("metric")),
        modality=sys.intern(modality) if isinstance(modality, str) else "actual",
        facet=_facet(kind, located, tables),
        period=period,
        period_label=label,
        offset=offset,
        year=year,
        doc_date=doc_date,
        paragraph=paragraph if isinstance(paragraph, int) else None,
    )


def _facet(kind: str, located: Located | None, tables: ReconcileTables) -> str:
    """What a figure measures besides its metric.

    level: the metric's value; change: a money/count delta ("up by $2m"); baseline: the
    earlier value a change is measured from ("... from $8bn"), which is not the current level;
    growth: a percent growth rate (not a share).
    """
    if located is None:
        return "level"
    if kind == "percent":
        window = tables.cue_window_chars
        near = f"{located.before(window)} {located.after(window)}"
        cue_sets = (tables.yoy_cues, tables.increase_cues, tables.decrease_cues)
        if any(c in s for c in located.cues for s in cue_sets) or any(
            s.find(near) for s in cue_sets
        ):
            return "growth"
        return "level"
    # Only the words right before the figure matter here, so no cut at earlier digits.
    prefix = located.sentence[max(0, located.rel_start - tables.prefix_window_chars) :
                              located.rel_start]
    if tables.change_prefixes.ends(prefix):
        return "change"
    if tables.from_cues.ends(prefix):
        return "baseline"
    return "level"


def _period(
    time: Mapping[str, Any] | None, doc_date: date | None
) -> tuple[str, str, str | None, int | None]:
    """(key, label, offset, year) of the period a claim speaks of."""
    if time is None:
        return CURRENT, CURRENT, None, doc_date.year if doc_date else None
    text = str(time.get("text") or "").strip()
    offset = time.get("offset") if isinstance(time.get("offset"), str) else None
    start, end = parse_date(time.get("start")), parse_date(time.get("end"))
    grain = str(time.get("grain") or "")
    label = text or "scoped"
    if start is None and end is None and offset is not None and doc_date is not None:
        anchor = shift(doc_date, offset)
        if anchor is not None:
            key = f"Y{anchor.year}" if grain in ("year", "decade", "") else anchor.isoformat()
            return key, label, offset, anchor.year
    first, last = start or end, end or start
    if first is not None and last is not None:
        if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and (
            first.year == last.year
        ):
            key = f"Y{first.year}"
        else:
            key = f"{first.isoformat()}/{last.isoformat()}"
        return key, label, offset, last.year
    return f"rel:{offset or ''}:{' '.join(text.casefold().split())}", label, offset, None


def parse_date(value: Any) -> date | None:
    """An ISO date (or the date part of a datetime); None when absent or unreadable."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    return _iso_date(value[:10])


@lru_cache(maxsize=4096)
def _iso_date(value: str) -> date | None:
    # Cached: the claims of a document share its date, and one date object is enough.
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def shift(day: date, duration: str) -> date | None:
    """``day`` moved by an ISO 8601 duration such as "-P10Y" or "P5Y"; None if unreadable."""
    match = _DURATION.match(duration)
    if match is None:
        return None
    sign = -1 if match.group(1) else 1
    years, months, weeks, days = (int(g) if g else 0 for g in match.group(2, 3, 4, 5))
    total = day.year * 12 + day.month - 1 + sign * (years * 12 + months)
    year, month = divmod(total, 12)
    if not 1 <= year <= 9999:
        return None
    moved = date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))
    try:
        return moved + timedelta(days=sign * (weeks * 7 + days))
    except OverflowError:
        return None


def _intern(value: Any) -> str | None:
    return sys.intern(value) if isinstance(value, str) and value else None


def _fold(value: str | None) -> str:
    return " ".join(value.casefold().split()) if value else ""
