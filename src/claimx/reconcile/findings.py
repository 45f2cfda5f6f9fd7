"""Findings as plain JSON-able dicts: stable ids, severity, and a sentence a researcher can check.

Finding types:

- ``cross_document``: claims of one key from different documents whose intervals are disjoint.
- ``within_document``: the same, inside one document.
- ``pragmatic``: compatible intervals, but an open bound sits far from every stated figure.
- ``divergent_projection``: forward-looking figures (projections, targets) far apart.
- ``arithmetic``: a stated percentage difference that the document's own figures contradict.
- ``growth_mismatch``: a stated growth rate or multiple that the figures it connects contradict.
- ``scale_slip``: figures of one key about 1,000 or 1,000,000 times apart whose digits agree,
  a part larger than its whole in one sentence, a stated change that holds only with one of
  its levels so scaled, or a bracketed conversion no exchange rate allows: a likely
  thousand/million/billion slip.
- ``conversion_mismatch``: a bracketed conversion at a rate far from the one the document's
  other conversions between the same two currencies use, or from another document's
  conversion of the same amount where that one keeps the corpus's usual rate.
- ``period_mislabel``: a figure labelled as a whole period equal to another document's figure
  for a period inside it (a nine-month total given as the year's).
- ``revision``: a provisional or first figure and a revised or later one of one key.

Every finding has a ``confidence``: how its claims' holder, metric and period were found
(stated, inherited, resolved, defaulted), the weakest of each, and a score.

``severity = weight[type] * (base + (1 - base) * min(1, relative_gap / saturation))`` with
weight, base and saturation from rules/reconcile.json; a missing relative gap saturates.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import timedelta
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Any

from claimx.normalize.amount import json_number
from claimx.reconcile.intervals import MIRRORED_BOUNDS, Interval
from claimx.reconcile.records import CURRENT, SINCE_WORD, ClaimRecord, period_span
from claimx.reconcile.tables import ReconcileTables

_HEX_RUN = re.compile(r"[0-9a-f]+")

FINDING_TYPES = (
    "cross_document",
    "within_document",
    "arithmetic",
    "growth_mismatch",
    "scale_slip",
    "conversion_mismatch",
    "period_mislabel",
    "divergent_projection",
    "pragmatic",
    "revision",
)
HOW = ("stated", "resolved", "inherited", "defaulted")
_FOUR = Decimal("0.0001")
ZERO = Decimal(0)
_HUNDRED = Decimal(100)


def finding_id(kind: str, claim_ids: Iterable[str]) -> str:
    """Stable id: the first 16 hex digits of sha256 over the type and the sorted claim ids."""
    digest = hashlib.sha256("\n".join([kind, *sorted(set(claim_ids))]).encode("utf-8"))
    return digest.hexdigest()[:16]


def severity(kind: str, relative_gap: Decimal | None, tables: ReconcileTables) -> float:
    """The documented severity formula, rounded to 4 decimals."""
    weight = tables.severity_weights.get(kind, Decimal(1))
    if relative_gap is None or tables.severity_saturation == 0:
        share = Decimal(1)
    else:
        share = min(Decimal(1), max(Decimal(0), relative_gap / tables.severity_saturation))
    base = tables.severity_base
    value = weight * (base + (1 - base) * share)
    return float(value.quantize(_FOUR, rounding=ROUND_HALF_EVEN))


def build(
    kind: str,
    *,
    entries: Sequence[tuple[ClaimRecord, Interval]],
    gap_absolute: Decimal,
    gap_relative: Decimal | None,
    gap_unit: str,
    explanation: str,
    tables: ReconcileTables,
    subject: ClaimRecord | None = None,
    details: Mapping[str, Any] | None = None,
    all_claims: Sequence[str] | None = None,
    all_docs: Sequence[str] | None = None,
) -> dict[str, Any]:
    """One finding from the claims it lists (each with the interval it was compared as).

    ``all_claims`` / ``all_docs``: every claim and document involved when only some claims
    are listed (a figure repeated by many claims); the id covers them all.
    """
    ordered = sorted(entries, key=lambda e: (e[0].doc_id, e[0].start, e[0].id))
    records = [record for record, _ in ordered]
    about = subject or next((r for r in records if r.entity or r.metric), records[0])
    ids = [r.id for r in records]
    everything = set(all_claims) if all_claims is not None else set(ids)
    extra = dict(details or {})
    if len(everything) > len(ids):
        extra["omitted_claims"] = len(everything) - len(ids)
    return {
        "id": finding_id(kind, everything),
        "type": kind,
        "subject": {"entity": about.entity, "metric": about.metric},
        "scope": {
            "unit": about.unit if about.kind != "percent" else (about.unit or "percent"),
            "per": about.per,
            "periods": sorted({r.period_label for r in records}),
            "modalities": sorted({r.modality for r in records}),
        },
        "claims": ids,
        "docs": sorted(set(all_docs) if all_docs is not None else {r.doc_id for r in records}),
        "values": [
            {
                "claim_id": record.id,
                "doc_id": record.doc_id,
                "text": record.text,
                "bound": record.bound,
                "low": _number(interval.low),
                "high": _number(interval.high),
                "unit": record.unit,
                "per": record.per,
                "found": dict(zip(("holder", "metric", "period"), record.found, strict=True)),
            }
            for record, interval in ordered
        ],
        "gap": {
            "absolute": _number(_round(gap_absolute)),
            "relative": None if gap_relative is None else _number(_round(gap_relative)),
            "unit": gap_unit,
        },
        "severity": severity(kind, gap_relative, tables),
        "confidence": confidence(records, tables),
        "explanation": explanation,
        "details": _jsonable(extra),
    }


def confidence(records: Sequence[ClaimRecord], tables: ReconcileTables) -> dict[str, Any]:
    """The weakest way each of holder, metric and period was found among ``records``, and a
    score: the lowest over the claims of the product of the three ways' weights."""
    weights = tables.confidence_weights
    combinations = {r.found for r in records}  # claims share a few tuples
    weakest = []
    for place in range(3):
        ways = {found[place] for found in combinations}
        weakest.append(max(ways, key=lambda w: HOW.index(w) if w in HOW else len(HOW)))
    score = min(
        (
            weights.get(holder, ZERO) * weights.get(metric, ZERO) * weights.get(period, ZERO)
            for holder, metric, period in combinations
        ),
        default=ZERO,
    )
    return {
        "holder": weakest[0],
        "metric": weakest[1],
        "period": weakest[2],
        "score": float(score.quantize(_FOUR, rounding=ROUND_HALF_EVEN)),
    }


def order(findings: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Deduplicated by id, most severe first, then by type and id."""
    unique: dict[str, dict[str, Any]] = {}
    for item in findings:
        unique.setdefault(item["id"], item)
    return sorted(unique.values(), key=lambda f: (-f["severity"], f["type"], f["id"]))


class Formatter:
    """Numbers and figures as written in explanations ("$4.6B", "more than $2.5B", "30-50%")."""

    def __init__(self, tables: ReconcileTables) -> None:
        self.tables = tables

    def doc(self, doc_id: str) -> str:
        """A document id shortened for reading: a content hash in it cut to its first
        ``doc_id_hash_chars`` digits ("000_aebd47d4"), the rest whole ("entertainment/049")."""
        keep = self.tables.doc_id_hash_chars

        def cut(run: re.Match[str]) -> str:
            digits = run.group()
            # a hash mixes digits and letters; a long number is an id of its own
            hashed = len(digits) > keep and not digits.isdigit() and not digits.isalpha()
            return digits[:keep] if hashed else digits

        return _HEX_RUN.sub(cut, doc_id)

    def docs(self, records: Sequence[ClaimRecord]) -> str:
        """The first document's short id and how many others ("000_aebd47d4 and 2 other
        documents"), and the source they attribute the figure to when they all name one
        (the claim frame's ``subject.source``: "citing the ONS")."""
        ids = sorted({r.doc_id for r in records})
        rest = len(ids) - 1
        more = f" and {rest} other document{'s' if rest > 1 else ''}" if rest else ""
        sources = {r.source for r in records}
        citing = f" (citing {sources.pop()})" if len(sources) == 1 and None not in sources else ""
        return f"{self.doc(ids[0])}{more}{citing}"

    def subject(self, record: ClaimRecord) -> str:
        """Entity and metric ("Pakistan IT exports"), with the period unless it is current, and
        how the period was found when it was not stated ("last year, resolved"). A holder
        that is only a guess (``guessed_holder``: the frame says it defaulted to the
        document's most mentioned name) is left out of the words; the finding's subject
        keeps it."""
        holder = None if record.guessed_holder else record.entity
        words = " ".join(w for w in (holder, record.metric) if w) or "figures"
        since = record.qualifier.partition(f"|{SINCE_WORD}")[2].split("|", 1)[0]
        if since:
            words += f" since {_base_label(since)}"  # "UK GDP since Q1 2008"
        if record.period != CURRENT:
            how = record.found[2]
            words += f" ({record.period_label}{', ' + how if how != 'stated' else ''})"
        return words

    def number(self, value: Decimal, record: ClaimRecord) -> str:
        """One number in the claim's unit."""
        if record.kind == "money":
            code = record.unit or ""
            symbol = self.tables.currency_symbols.get(code, f"{code} " if code else "")
            sign = "-" if value < 0 else ""
            return f"{sign}{symbol}{self.scaled(abs(value))}"
        if record.kind == "percent":
            return f"{plain(value)}{' pp' if record.unit == 'pp' else '%'}"
        return f"{plain(value, grouped=True)}"

    def scaled(self, value: Decimal) -> str:
        """4.6e9 -> "4.6B", 150 -> "150"."""
        for suffix, factor in self.tables.scales:
            if value >= factor:
                return f"{plain(value / factor)}{suffix}"
        return plain(value)

    def span(self, stated: Interval, record: ClaimRecord) -> str:
        """A range written once with its symbol: "$50-70", "30-50%", "$1.2B-1.5B"."""
        low, high = self.number(stated.low, record), self.number(stated.high, record)
        if record.kind == "percent":
            unit = " pp" if record.unit == "pp" else "%"
            return f"{low.removesuffix(unit)}-{high}"
        if record.kind == "money":
            symbol = self.tables.currency_symbols.get(record.unit or "", "")
            if symbol and low.startswith(symbol) and high.startswith(symbol):
                high = high[len(symbol) :]
        return f"{low}-{high}"

    def figure(self, record: ClaimRecord, stated: Interval | None = None) -> str:
        """A stated figure with its bound: "about $1B", "more than $2.5B", "$50-$70 per hour";
        a change with a direction by its size and the words of its sign: "a rise of 0.1%",
        "a fall of more than 5%" (display.change_words)."""
        stated = stated or record.stated
        bound = record.bound
        lead = ""
        if record.signed_value and (stated.low >= 0 or stated.high <= 0):
            falling = stated.high <= 0 and (stated.low < 0 or record.direction == "down")
            if falling:
                stated, bound = stated.mirrored(), MIRRORED_BOUNDS.get(bound, bound)
            lead = self.tables.change_words.get("down" if falling else "up", "")
        if bound == "lower":
            text = f"more than {self.number(stated.low, record)}"
        elif bound == "upper":
            text = f"less than {self.number(stated.high, record)}"
        elif stated.low != stated.high:
            text = self.span(stated, record)
        else:
            text = self.number(stated.low, record)
            if bound == "approx":
                text = f"about {text}"
        if record.kind == "quantity" and record.unit:
            text += f" {record.unit}"
        if record.per:
            text += f" per {record.per}"
        return f"{lead} {text}" if lead else text


def plain(value: Decimal, *, grouped: bool = False) -> str:
    """A number for reading: one decimal from 10 up, two below, trailing zeros dropped."""
    places = Decimal("0.1") if abs(value) >= 10 else Decimal("0.01")
    text = f"{value.quantize(places, rounding=ROUND_HALF_EVEN):{',' if grouped else ''}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def percent(relative: Decimal | None) -> str:
    """A relative gap as a percentage for reading: 0.84 -> "84%"."""
    if relative is None:
        return "n/a"
    value = relative * _HUNDRED
    if abs(value) >= 10:
        return f"{value.quantize(Decimal(1), rounding=ROUND_HALF_EVEN)}%"
    return f"{plain(value)}%"


def _round(value: Decimal) -> Decimal:
    if not value.is_finite() or value == value.to_integral_value():
        return value
    return value.quantize(_FOUR, rounding=ROUND_HALF_EVEN) if abs(value) < 10**12 else value


def _number(value: Decimal) -> int | float | None:
    return json_number(value) if value.is_finite() else None


def _jsonable(value: Any) -> Any:
    if isinstance(value, Decimal):
        return _number(_round(value))
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def _base_label(key: str) -> str:
    """A base period as a reader writes it: "2008-01-01/2008-03-31" -> "Q1 2008",
    a month "January 2008", a year "2008", else its two days."""
    span = period_span(key)
    if span is None:
        return key
    first, last = span
    if first.day == 1 and (last + timedelta(days=1)).day == 1:
        months = (last.year - first.year) * 12 + last.month - first.month + 1
        if months == 12 and first.month == 1:
            return str(first.year)
        if months == 3 and first.month % 3 == 1:
            return f"Q{first.month // 3 + 1} {first.year}"
        if months == 1:
            return f"{first:%B %Y}"
    return f"{first.isoformat()} to {last.isoformat()}"
