"""The claim record, declared once: the shape of one line of claims.jsonl.

:mod:`claimx.claims` builds these records, the JSON Schema (schemas/claims.schema.json)
validates them and :mod:`claimx.dataframes` flattens them into DataFrame columns; the tests
(tests/test_record.py) check that the schema, the columns and the records the pipeline
writes all agree with the declarations here. Change a field here first.

Plain TypedDicts: a claim stays a plain JSON-able dict everywhere (Doc extensions, worker
processes, the cache), and these types only say which keys and values it holds.
"""

# No "from __future__ import annotations": TypedDict reads NotRequired from evaluated
# annotations only (with strings, every key counts as required).
from typing import Literal, NotRequired, TypedDict

from claimx.normalize.dates import Direction as DateDirection
from claimx.normalize.dates import Part

Number = int | float

Kind = Literal["money", "percent", "quantity", "duration", "date", "entity"]
Bound = Literal["exact", "approx", "lower", "upper", "range"]
Facet = Literal["level", "change", "baseline", "new_level", "share", "rate", "average"]
# Why a figure's own text is in doubt: two large scales side by side ("$4.5bn trillion").
Doubt = Literal["stacked_scales"]
Direction = Literal["up", "down"]
# What a change is measured against, when its sentence dates the base: a year before the
# figure's own period ("rose 3.2% in the April-June period compared with the second quarter
# of 2013"), or "since <start>/<end>" (ISO dates) for a base that is neither that nor the
# period just before ("is now 0.2% above its peak in the first quarter of 2008").
ChangeBasis = str
YEAR_ON_YEAR: ChangeBasis = "year-on-year"
SINCE_BASE = "since {start}/{end}"
Modality = Literal["actual", "projection", "target", "hypothetical", "historical"]
Status = Literal["provisional", "revised"]
Source = Literal["rules", "model"]
EntityBasis = Literal["stated", "resolved", "inherited", "defaulted"]
# How a holder, metric or period was found (subject.basis): from an earlier sentence, or
# from elsewhere in the document
INHERITED: EntityBasis = "inherited"
RESOLVED: EntityBasis = "resolved"
MetricBasis = Literal["stated", "resolved", "defaulted"]
TimeBasis = Literal["stated", "inherited"]
SourceBasis = Literal["stated", "story"]


class AmountValue(TypedDict):
    """``value`` of a money, percent, quantity or duration claim: the stated figure as an
    interval."""

    low: Number | None
    high: Number | None
    bound: Bound
    unit: str | None
    per: str | None
    precision: Number | None
    # Written by every claimx that reads frames; claims files from before may lack them.
    facet: NotRequired[Facet]
    doubt: NotRequired[Doubt | None]
    direction: NotRequired[Direction | None]
    change_basis: NotRequired[ChangeBasis | None]


class DateValue(TypedDict):
    """``value`` of a date claim: an inclusive interval of ISO dates."""

    start: str | None
    end: str | None
    grain: str
    relative: bool
    offset: str | None
    direction: NotRequired[DateDirection | None]
    part: NotRequired[Part | None]


class EntityValue(TypedDict):
    """``value`` of an entity claim."""

    canonical: str
    label: str


class TimeRef(DateValue):
    """``time`` of a figure: the date claim that scopes it."""

    claim_id: str
    text: str
    inherited: NotRequired[bool]


class Basis(TypedDict):
    """How a figure's holder, metric, time and source were found."""

    entity: EntityBasis | None
    metric: NotRequired[MetricBasis | None]
    time: TimeBasis | None
    source: NotRequired[SourceBasis | None]


class Subject(TypedDict):
    """What a figure is about: holder, canonical metric, measure as written, who says it."""

    entity: str | None
    metric: str | None
    measure: NotRequired[str | None]
    source: NotRequired[str | None]
    basis: NotRequired[Basis]


class Claim(TypedDict):
    """One line of claims.jsonl."""

    id: str
    doc_id: str
    doc_date: str | None
    kind: Kind
    label: str
    text: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    paragraph: int
    value: AmountValue | DateValue | EntityValue
    subject: Subject
    time: TimeRef | None
    modality: Modality
    # Added after claims files were first written: older files lack it.
    status: NotRequired[Status | None]
    converts: NotRequired[str | None]  # money: the id of the claim this one converts
    cues: list[str]
    rule_id: str | None
    source: Source


# The value a claim of each kind holds.
VALUE_OF_KIND: dict[Kind, type] = {
    "money": AmountValue,
    "percent": AmountValue,
    "quantity": AmountValue,
    "duration": AmountValue,
    "date": DateValue,
    "entity": EntityValue,
}
