"""The claim record: from the pipeline's plain span data to normalized JSON-able claims.

This module holds no spaCy objects. It calls the pure normalizers, resolves each figure's
scoping date against the document's reference date, settles the modality, and gives every
claim its stable id (``<doc_id>:<start>-<end>``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, Literal

from claimx.normalize.amount import Amount
from claimx.normalize.dates import DateValue, Order, numeric_order
from claimx.normalize.rules import Normalizers, default_normalizers

KINDS = ("money", "percent", "quantity", "date", "entity")
MODALITIES = ("actual", "projection", "target", "hypothetical", "historical")
HISTORICAL_YEARS = 2
VAGUE_OFFSETS = ("P", "-P")


def claim_id(doc_id: str, start: int, end: int) -> str:
    """The stable id of a claim: document id and character span."""
    return f"{doc_id}:{start}-{end}"


def build_claims(
    doc_id: str,
    text: str,
    figures: Sequence[Mapping[str, Any]],
    *,
    doc_date: date | None = None,
    paragraphs: Sequence[int] = (),
    historical_years: int = HISTORICAL_YEARS,
    normalizers: Normalizers | None = None,
    date_order: Order | Literal["figures"] | None = "figures",
) -> list[dict[str, Any]]:
    """Normalized claims of one document, ordered by offset.

    ``figures`` are the records the ``claimx_frame`` component writes; a figure whose text
    does not normalize (a count with no counted noun, an unparseable amount) and a bare
    number (kind ``number``) are not claims.
    ``paragraphs`` are the character offsets at which paragraphs start. ``normalizers``
    are those of the pipeline's rules folder (default: the packaged rules).
    ``date_order`` is the day/month order the whole document's all-number dates show, for a
    caller that passes the figures of a document in parts; by default it is read off
    ``figures``.
    """
    normalize = normalizers or default_normalizers()
    dates: dict[int, tuple[str, DateValue]] = {}
    # All-number dates whose order is ambiguous follow the document's unambiguous ones.
    order = numeric_order(date_texts(text, figures)) if date_order == "figures" else date_order
    for index, record in enumerate(figures):
        if record["kind"] == "date":
            parsed = normalize.date(text[record["start"] : record["end"]], doc_date, order=order)
            if parsed is not None:
                dates[index] = (claim_id(doc_id, record["start"], record["end"]), parsed)
    claims = []
    for index, record in enumerate(figures):
        value = _value(record, text, dates.get(index), normalize)
        if value is None:
            continue
        start, end = record["start"], record["end"]
        time = _time(record, text, dates)
        claims.append(
            {
                "id": claim_id(doc_id, start, end),
                "doc_id": doc_id,
                "doc_date": doc_date.isoformat() if doc_date else None,
                "kind": record["kind"],
                "label": record["label"],
                "text": text[start:end],
                "start": start,
                "end": end,
                "sentence": " ".join(
                    text[record["sentence_start"] : record["sentence_end"]].split()
                ),
                "sentence_start": record["sentence_start"],
                "paragraph": max(bisect_right(paragraphs, start) - 1, 0),
                "value": value,
                "subject": {"entity": record.get("entity"), "metric": record.get("metric")},
                "time": time,
                "modality": _modality(record, time, doc_date, historical_years),
                "cues": list(record.get("cues") or []),
                "rule_id": record.get("rule_id"),
                "source": "model" if record["kind"] == "entity" and not record.get("rule_id")
                else "rules",
            }
        )
    return claims


def date_texts(text: str, figures: Sequence[Mapping[str, Any]]) -> list[str]:
    """The texts of the date figures among ``figures``."""
    return [text[record["start"] : record["end"]] for record in figures if record["kind"] == "date"]


def _value(
    record: Mapping[str, Any],
    text: str,
    date_value: tuple[str, DateValue] | None,
    normalize: Normalizers,
) -> dict[str, Any] | None:
    kind = record["kind"]
    span_text = text[record["start"] : record["end"]]
    if kind == "entity":
        return {"canonical": record.get("canonical") or span_text, "label": record["label"]}
    if kind == "date":
        return date_value[1].to_json() if date_value is not None else None
    if kind not in ("money", "percent", "quantity"):
        return None  # a bare number ("minus five", "3/4") claims nothing
    amount: Amount | None
    if kind == "money":
        amount = normalize.money(span_text, record.get("prefer") or ())
    elif kind == "percent":
        amount = normalize.percent(span_text)
    else:
        noun = record.get("noun_phrase")
        amount = normalize.count(span_text) if noun else None
        amount = amount.with_unit(noun) if amount is not None else None
    return amount.to_json() if amount is not None else None


def _time(
    record: Mapping[str, Any], text: str, dates: Mapping[int, tuple[str, DateValue]]
) -> dict[str, Any] | None:
    index = record.get("time_index")
    if index is None or index not in dates:
        return None
    scoping_id, value = dates[index]
    if value.offset in VAGUE_OFFSETS:
        return None  # "in previous years", "coming years" scope nothing checkable
    start, end = (int(x) for x in scoping_id.rsplit(":", 1)[1].split("-"))
    return {"claim_id": scoping_id, "text": text[start:end], **value.to_json()}


def _modality(
    record: Mapping[str, Any],
    time: Mapping[str, Any] | None,
    doc_date: date | None,
    historical_years: int,
) -> str:
    """Cue words decide first; then the scoping date (a deadline, or a past period)."""
    cue = record.get("cue")
    if cue in ("target", "projection", "hypothetical"):
        return str(cue)
    if time is None:
        return "actual"
    offset = time.get("offset") or ""
    if record.get("deadline") or (offset.startswith("P") and offset != "P0D"):
        return "projection"
    if offset.startswith("-P") and _years(offset) >= historical_years:
        return "historical"
    end = time.get("end")
    if doc_date is not None and end and end < f"{doc_date.year - historical_years + 1:04d}":
        return "historical"
    return "actual"


def _years(offset: str) -> float:
    """Rough length in years of an ISO 8601 duration such as ``-P10Y`` or ``-P18M``."""
    number, total = "", 0.0
    for char in offset.lstrip("-P").replace("T", ""):
        if char.isdigit() or char == ".":
            number += char
            continue
        if number:
            total += float(number) * {"Y": 1.0, "M": 1 / 12, "W": 1 / 52, "D": 1 / 365}.get(char, 0)
        number = ""
    return total
