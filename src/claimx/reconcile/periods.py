"""Figures of one key for a whole period and for a period inside it.

A sub-period (nine months, a half, a quarter) is never compared with the whole as a level:
its figure is smaller and that is no conflict. But a figure labelled as the whole year that
equals another document's figure for a part of that year is a likely mislabel (a nine-month
total reported as the fiscal year's), worth a finding of its own: ``period_mislabel``. Only
totals (amounts and counts) are read so: a quarter's growth rate may well equal the year's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from claimx.reconcile import findings
from claimx.reconcile.checks import Group, value_groups
from claimx.reconcile.findings import Formatter
from claimx.reconcile.records import ClaimRecord, Span, period_span
from claimx.reconcile.tables import ReconcileTables


def check_mislabels(
    blocks: Mapping[tuple[str, ...], Sequence[ClaimRecord]],
    tables: ReconcileTables,
    fmt: Formatter,
) -> list[dict[str, Any]]:
    """``period_mislabel`` findings over the comparable blocks (keyed by subject, modality
    and period, the period last)."""
    by_subject: dict[tuple[str, ...], list[tuple[Span, Sequence[ClaimRecord]]]] = {}
    for key in sorted(blocks):
        span = period_span(key[-1])
        if span is not None:
            by_subject.setdefault(key[:-1], []).append((span, blocks[key]))
    out: list[dict[str, Any]] = []
    for periods in by_subject.values():
        if len(periods) < 2:
            continue
        for whole, whole_records in periods:
            if (whole[1] - whole[0]).days + 1 < tables.min_whole_days:
                continue
            for part, part_records in periods:
                if part != whole and whole[0] <= part[0] and part[1] <= whole[1]:
                    out.extend(_equal_figures(whole_records, part_records, tables, fmt))
    return out


def _equal_figures(
    whole: Iterable[ClaimRecord],
    part: Iterable[ClaimRecord],
    tables: ReconcileTables,
    fmt: Formatter,
) -> list[dict[str, Any]]:
    """A finding for each whole-period figure whose interval meets a sub-period figure's
    from another document (groups sorted by interval, so each meets its neighbours only)."""
    parts = value_groups([r for r in part if _total(r)])
    out = []
    for group in value_groups([r for r in whole if _total(r)]):
        for other in parts:
            if other.interval.low > group.interval.high:
                break
            if other.interval.high < group.interval.low:
                continue
            if {m.doc_id for m in group.members} & {m.doc_id for m in other.members}:
                continue  # a report that gives both periods tells them apart itself
            out.append(_mislabel(group, other, tables, fmt))
    return out


def _total(record: ClaimRecord) -> bool:
    """Whether a figure adds up over its period (an amount or a count, not a rate, a share
    or a percentage change): only a total for part of a period can pass for the whole's."""
    return record.kind != "percent" and not record.per


def _mislabel(whole: Group, part: Group, tables: ReconcileTables, fmt: Formatter) -> dict[str, Any]:
    w, p = whole.first, part.first
    text = (
        f"{' '.join(w for w in (p.entity, p.metric) if w)}: {fmt.docs(whole.members)} gives "
        f"{fmt.figure(w)} for {w.period_label}, the figure {fmt.docs(part.members)} gives for "
        f"{p.period_label}, a period inside it: likely a part-period total labelled as the whole"
    )
    limit = tables.max_claims_per_value
    return findings.build(
        "period_mislabel",
        entries=[*whole.entries(limit), *part.entries(limit)],
        all_claims=[m.id for m in whole.members + part.members],
        all_docs=[m.doc_id for m in whole.members + part.members],
        gap_absolute=abs(representative_gap(whole, part)),
        gap_relative=None,
        gap_unit="pp" if w.kind == "percent" else (w.unit or ""),
        explanation=text,
        tables=tables,
        details={"whole_period": w.period, "part_period": p.period},
    )


def representative_gap(a: Group, b: Group) -> Decimal:
    """The difference of the two stated figures (zero when equal)."""
    return (a.stated.low + a.stated.high) / 2 - (b.stated.low + b.stated.high) / 2
