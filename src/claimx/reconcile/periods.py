"""Figures of one key for a whole period and for a period inside it, or for one period
on two bases.

A sub-period (nine months, a half, a quarter) is never compared with the whole as a level:
its figure is smaller and that is no conflict. But a figure labelled as the whole year that
equals another document's figure for a part of that year is a likely mislabel (a nine-month
total reported as the fiscal year's), worth a finding of its own: ``period_mislabel``. Only
totals (amounts and counts) are read so: a quarter's growth rate may well equal the year's.

A rate of change is stated on a basis: on the year before, at an annualized rate, or on the
period before (what reports leave unstated). The same figure, to two or more significant
digits, given for one holder, measure and period on two bases by two documents, neither of
which gives a figure on the other's basis, is a likely mislabel of the basis ("fell 2.1%
year-on-year" where the other reports give the annualized quarterly fall as 2.1%): a
``period_mislabel`` too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from claimx.reconcile import findings
from claimx.reconcile.checks import Group, value_groups
from claimx.reconcile.findings import Formatter
from claimx.reconcile.intervals import significant_digits
from claimx.reconcile.records import (
    CHANGE_FACETS,
    ClaimRecord,
    Span,
    period_span,
    whole_period,
)
from claimx.reconcile.tables import ReconcileTables

# how a figure came by a period that is its own: written for it, or read from its own words
OWN_PERIODS = frozenset({"stated", "resolved"})


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
            if not whole_period(whole, tables):
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
    or a percentage change): only a total for part of a period can pass for the whole's;
    and whether its period is its own, written for it or resolved from its own words: a
    period taken up from another sentence, or the nearest date a reading without a parse
    gives it, is no label its report put on it."""
    return record.kind != "percent" and not record.per and record.found[2] in OWN_PERIODS


def _mislabel(whole: Group, part: Group, tables: ReconcileTables, fmt: Formatter) -> dict[str, Any]:
    w, p = whole.first, part.first
    text = (
        f"{' '.join(w for w in (p.entity, p.metric) if w)}: {fmt.docs(whole.members)} gives "
        f"{fmt.figure(w)} for {w.period_label}, the figure {fmt.docs(part.members)} gives for "
        f"{p.period_label}, a period inside it: likely a part-period total labelled as the whole"
    )
    return _mislabel_finding(
        whole, part, text, abs(representative_gap(whole, part)),
        "pp" if w.kind == "percent" else (w.unit or ""),
        {"whole_period": w.period, "part_period": p.period}, tables,
    )


def _mislabel_finding(
    one: Group, other: Group, text: str, gap: Decimal, unit: str, details: dict[str, Any],
    tables: ReconcileTables,
) -> dict[str, Any]:
    """A ``period_mislabel`` finding listing both groups' figures."""
    limit = tables.max_claims_per_value
    return findings.build(
        "period_mislabel",
        entries=[*one.entries(limit), *other.entries(limit)],
        all_claims=[m.id for m in one.members + other.members],
        all_docs=[m.doc_id for m in one.members + other.members],
        gap_absolute=gap,
        gap_relative=None,
        gap_unit=unit,
        explanation=text,
        tables=tables,
        details=details,
    )


def representative_gap(a: Group, b: Group) -> Decimal:
    """The difference of the two stated figures (zero when equal)."""
    return (a.stated.low + a.stated.high) / 2 - (b.stated.low + b.stated.high) / 2


def check_bases(
    blocks: Mapping[tuple[str, ...], Sequence[ClaimRecord]],
    tables: ReconcileTables,
    fmt: Formatter,
) -> list[dict[str, Any]]:
    """``period_mislabel`` findings for rates of change of one key given on two bases
    (``rate_bases``: words of the key's metric or qualifiers such as "annualized" or
    "year-on-year"; none is the period before). A figure whose key names two bases is
    left alone, and so is a figure on one of ``unsaid_bases`` beside the same figure with no
    basis stated: reports often leave that basis unsaid."""
    by_base: dict[tuple[str, ...], dict[str, list[ClaimRecord]]] = {}
    for key in sorted(blocks):
        records = blocks[key]
        first = records[0]
        if first.kind != "percent" or first.facet not in CHANGE_FACETS:
            continue
        metric, basis = _basis(key[1], tables.rate_bases)
        span = period_span(key[-1])
        if not basis and span is not None and whole_period(span, tables):
            # a year's change with no basis stated is on the year before
            basis = tables.annual_basis
        bare = (key[0], metric, *key[2:])
        by_base.setdefault(bare, {}).setdefault(basis, []).extend(records)
    out: list[dict[str, Any]] = []
    for bases in by_base.values():
        if len(bases) < 2:
            continue
        named = sorted(bases)
        docs = {basis: {r.doc_id for r in bases[basis]} for basis in named}
        for k, one in enumerate(named):
            for other in named[k + 1 :]:
                if "" in (one, other) and {one, other} & tables.unsaid_bases:
                    # "bumping up growth to 1.9 per cent" beside "revised its data for
                    # annualized growth to 1.9 percent": a basis reports leave unsaid
                    continue
                out.extend(_same_figure_two_bases(
                    bases[one], bases[other], docs[one], docs[other], (one, other), tables, fmt
                ))
    return out


def _basis(metric: str, bases: Mapping[str, str]) -> tuple[str, str]:
    """A key's metric (words, then "|"-joined qualifiers) without the words that state a
    rate's basis, and that basis ("" for none: the period before)."""
    head, *qualifiers = metric.split("|")
    words = head.split()
    found = {bases[w] for w in (*words, *qualifiers) if w in bases}
    if len(found) != 1:
        return metric, "" if not found else "|".join(sorted(found))
    kept = " ".join(w for w in words if w not in bases)
    rest = [q for q in qualifiers if q not in bases]
    return "|".join([kept, *rest]), found.pop()


def _same_figure_two_bases(
    one: Sequence[ClaimRecord],
    other: Sequence[ClaimRecord],
    one_docs: set[str],
    other_docs: set[str],
    bases: tuple[str, str],
    tables: ReconcileTables,
    fmt: Formatter,
) -> list[dict[str, Any]]:
    """Equal stated figures on the two bases, from documents that give only one basis."""
    only_one = [r for r in one if r.doc_id not in other_docs]
    only_other = [r for r in other if r.doc_id not in one_docs]
    out = []
    for group in value_groups(only_one):
        if significant_digits(abs(representative_of(group))) < tables.slip_min_digits:
            continue
        for match in value_groups(only_other):
            if match.stated != group.stated:
                continue
            out.append(_basis_mislabel(group, match, bases, tables, fmt))
    return out


def representative_of(group: Group) -> Decimal:
    """The middle of a group's stated figure."""
    return (group.stated.low + group.stated.high) / 2


def _basis_mislabel(
    one: Group, other: Group, bases: tuple[str, str], tables: ReconcileTables, fmt: Formatter
) -> dict[str, Any]:
    a = one.first
    named = [tables.basis_names.get(basis, basis) for basis in bases]
    text = (
        f"{fmt.subject(a)}: {fmt.docs(one.members)} gives {fmt.figure(a)} {named[0]}, the "
        f"figure {fmt.docs(other.members)} gives {named[1]}: likely a rate given on another "
        "basis than its own"
    )
    return _mislabel_finding(
        one, other, text, Decimal(0), "pp",
        {"check": "rate basis", "bases": [basis or None for basis in bases]}, tables,
    )
