"""Checks inside one block of comparable claims: conflicts, pragmatic bounds, diverging forecasts.

A block holds the claims of one key. Claims with the same interval form one value group
(a figure repeated in a title and a body is one figure). Groups are sorted by interval;
for each group a binary search finds the nearest group entirely above it and the nearest
entirely below it, and groups first reported one after the other (by document date) are
paired too when they disagree (a statistic's successive estimates), so a block of n claims
costs O(n log n) and yields at most four pairs per group, never all pairs. Nearest
neighbours are enough for every figure that disagrees with any other to show up in at least
one finding, paired with its closest disagreement, which is the most conservative one to
report; the successive pairs keep a revision history whole.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from itertools import pairwise
from typing import Any

from claimx.reconcile import findings
from claimx.reconcile.findings import Formatter
from claimx.reconcile.intervals import MIRRORED_BOUNDS, Interval, significant_digits
from claimx.reconcile.records import (
    CHANGE_FACETS,
    CURRENT,
    SINCE_WORD,
    UNRESOLVED,
    ClaimRecord,
    ends_in,
    period_span,
    states_basis,
    whole_period,
)
from claimx.reconcile.tables import ReconcileTables

# The block key without its facet and direction (records.ClaimRecord.subject_key's 5th and
# 6th fields): the key under which a document's earlier figures are looked up.
EarlierKey = tuple[str, ...]
_YEARS = re.compile(r"[-+]?P\d+Y")
STATED_BOUNDS = ("exact", "approx", "range")
_BOUND_WORDS = {"exact": "point", "approx": "approximate", "range": "range"}
_VERBS = {"projection": "projects", "target": "targets"}
# The evidence of a revision whose later side is a release that revises the period.
REVISING_RELEASE = "revising_release"
# A share of an interval's width far below any stated precision.
_HAIR = Decimal("1e-9")


@dataclass
class Group:
    """Claims of one block that allow exactly the same interval."""

    index: int
    interval: Interval
    stated: Interval
    bound: str
    members: list[ClaimRecord] = field(default_factory=list)
    mirror: bool = False
    """The group's figures negated (the sizes of falls); its claims are listed as compared."""

    def mirrored(self) -> Group:
        """The group with its figures negated: a fall of "more than 5%" (at most -5) as a
        size of at least 5."""
        return Group(
            self.index, self.interval.mirrored(), self.stated.mirrored(),
            MIRRORED_BOUNDS.get(self.bound, self.bound), self.members, not self.mirror,
        )

    @property
    def first(self) -> ClaimRecord:
        """The member that speaks for the group (earliest in document order)."""
        return self.members[0]

    def entries(self, limit: int) -> list[tuple[ClaimRecord, Interval]]:
        """Up to ``limit`` members with the interval they were compared as: one per
        document first, then the others, in document order."""
        interval = self.interval.mirrored() if self.mirror else self.interval
        if len(self.members) <= limit:
            return [(m, interval) for m in self.members]
        by_doc: dict[str, ClaimRecord] = {}
        for member in self.members:
            by_doc.setdefault(member.doc_id, member)
        chosen = list(by_doc.values())[:limit]
        taken = {m.id for m in chosen}
        chosen += [m for m in self.members if m.id not in taken][: limit - len(chosen)]
        return [(m, interval) for m in chosen]


def value_groups(records: Iterable[ClaimRecord]) -> list[Group]:
    """Records grouped by identical (interval, stated figure, bound), sorted by interval."""
    by_value: dict[tuple[Interval, Interval, str], list[ClaimRecord]] = {}
    for record in records:
        by_value.setdefault((record.interval, record.stated, record.bound), []).append(record)
    for members in by_value.values():
        members.sort(key=_doc_order)
    ordered = sorted(
        by_value.items(), key=lambda kv: (kv[0][0].low, kv[0][0].high, _doc_order(kv[1][0]))
    )
    return [
        Group(index, interval, stated, bound, members)
        for index, ((interval, stated, bound), members) in enumerate(ordered)
    ]


def disjoint_pairs(
    groups: Sequence[Group], reach: Callable[[Group], Decimal]
) -> list[tuple[Group, Group]]:
    """(lower, upper) pairs where ``upper`` starts beyond ``reach`` of ``lower``.

    Only nearest neighbours: for each group the first group above its reach and the last
    group whose reach is below its start. ``groups`` must be sorted by interval.
    """
    lows = [g.interval.low for g in groups]
    by_reach = sorted(groups, key=lambda g: (reach(g), g.interval.low, g.index))
    reaches = [reach(g) for g in by_reach]
    pairs: dict[tuple[int, int], tuple[Group, Group]] = {}
    for group in groups:
        top = reach(group)
        if top.is_finite():
            above = bisect_right(lows, top)
            if above < len(groups):
                upper = groups[above]
                pairs.setdefault((group.index, upper.index), (group, upper))
        if group.interval.low.is_finite():
            below = bisect_left(reaches, group.interval.low) - 1
            if below >= 0:
                lower = by_reach[below]
                pairs.setdefault((lower.index, group.index), (lower, group))
    return [pairs[k] for k in sorted(pairs)]


def successive_pairs(
    groups: Sequence[Group], reach: Callable[[Group], Decimal]
) -> list[tuple[Group, Group]]:
    """(lower, upper) pairs of groups first reported one after the other, by their
    documents' dates, whose figures are disjoint: a statistic's estimates in the order they
    were published ("1.6%" on 25 April, "1.3%" on 30 May, "1.4%" on 27 June), which nearest
    values alone would not pair (1.6% meets 1.4%, and 1.4% meets 1.3%). Groups without a
    dated document, or first reported on the same day as the one before, are left out."""
    dated = sorted(
        ((min(m.doc_date for m in g.members if m.doc_date is not None), g.index, g)
         for g in groups if any(m.doc_date is not None for m in g.members)),
        key=lambda item: (item[0], item[1]),
    )
    out = []
    for (day, _, one), (later, _, other) in pairwise(dated):
        if later == day:
            continue
        lower, upper = (one, other) if one.interval.low <= other.interval.low else (other, one)
        if reach(lower) < upper.interval.low:
            out.append((lower, upper))
    return out


def check_block(
    records: Sequence[ClaimRecord],
    tables: ReconcileTables,
    fmt: Formatter,
    earlier: EarlierFigures | None = None,
) -> list[dict[str, Any]]:
    """Conflicts and pragmatic bounds in a block of actual (or historical) claims;
    ``earlier``: the earlier figures its documents give for its key (which may make a
    conflict a revision)."""
    earlier = earlier if earlier is not None else EarlierFigures()
    out: list[dict[str, Any]] = []
    period = records[0].period
    if period == CURRENT:
        windows = _current_windows(records, tables)
    elif period.startswith(UNRESOLVED) and not _years_back(period):
        # "last month", "on Monday" in two undated reports: nothing says it is the same
        # month or day ("last year" is more often the same year: compared).
        windows = _by_document(records)
    else:
        windows = [list(records)]
    for window in windows:
        groups = value_groups(window)
        if len(groups) < 2:
            continue
        pairs = disjoint_pairs(groups, _reach)
        paired = {(lower.index, upper.index) for lower, upper in pairs}
        pairs += [pair for pair in successive_pairs(groups, _reach)
                  if (pair[0].index, pair[1].index) not in paired]
        for lower, upper in pairs:
            if (
                _one_sentence(lower, upper) or _told_apart(lower, upper)
                or _one_rate_on_two_bases(lower, upper, tables)
                or _converted_apart(lower, upper, tables) or _two_sources(lower, upper)
            ):
                continue
            if _plausibly_one_measure(lower, upper, tables) or (
                # however far apart, a report that gives the other side's figure as its own
                # earlier one says they are one number ("grew by 26.3 per cent in 2015
                # rather than the 7.8 per cent previously estimated")
                earlier_figure(lower, upper, earlier) is not None
            ):
                if not _borrowed_within(lower, upper, earlier):
                    out.append(_conflict(lower, upper, tables, fmt, earlier))
            else:
                factor = scale_factor(lower, upper, tables)
                if factor is not None:
                    out.append(_scale_slip(lower, upper, factor, tables, fmt))
        out.extend(_pragmatic(groups, tables, fmt))
    return out


def check_forward(
    records: Sequence[ClaimRecord], tables: ReconcileTables, fmt: Formatter
) -> list[dict[str, Any]]:
    """Diverging projections and targets of one entity, metric and unit (two figures of one
    sentence are a path, "from 180,000 tonnes this year to 600,000 by 2008", not two views;
    two figures neither of which states a horizon are not views of one time), and one named
    source's forecast that two documents tell apart by more than rounding, a conflict."""
    divergence = tables.projection_divergence

    def reach(group: Group) -> Decimal:
        return group.interval.high + abs(group.interval.high) * divergence

    out: list[dict[str, Any]] = []
    for window in _horizon_windows(records, tables):
        groups = value_groups(window)
        diverging: set[tuple[int, int]] = set()
        for lower, upper in disjoint_pairs(groups, reach):
            if not _one_sentence(lower, upper) and not (
                _open_ended(lower) and _open_ended(upper)
            ) and not _one_rate_on_two_bases(lower, upper, tables) and not (
                _two_forecasters(lower, upper)
            ):
                out.append(_divergent(lower, upper, tables, fmt))
                diverging.add((lower.index, upper.index))
        for lower, upper in disjoint_pairs(groups, _reach):
            # One forecaster's figure, told by two documents, is one number: they disagree
            # by a little, not as two views ("Honda ... forecast a 14.9% rise in operating
            # profit for this business year" against "a 19.1 per cent rise").
            if (
                (lower.index, upper.index) not in diverging
                and _one_forecaster(lower, upper) and not _one_sentence(lower, upper)
                and not (_open_ended(lower) and _open_ended(upper))
                and _plausibly_one_measure(lower, upper, tables)
            ):
                out.append(_conflict(lower, upper, tables, fmt, EarlierFigures()))
    return out


def _one_forecaster(lower: Group, upper: Group) -> bool:
    """Both figures are one named source's forecast, told by two or more documents."""
    members = lower.members + upper.members
    sources = {m.source for m in members}
    return len(sources) == 1 and None not in sources and len({m.doc_id for m in members}) > 1


def _open_ended(group: Group) -> bool:
    """No claim of ``group`` states a horizon: two such views need not be of one time (an
    analysts' estimate for the quarter just reported and one for the quarter ahead)."""
    return all(m.year is None or m.period == CURRENT for m in group.members)


def _plausibly_one_measure(lower: Group, upper: Group, tables: ReconcileTables) -> bool:
    """False when two figures are too far apart to be two reports of one number.

    Conflicting reports of one figure are near each other (28.1% vs 29%, $4.4bn vs $5bn);
    figures many times apart under one key are almost always different things that the
    key could not tell apart (a quarter's profit and a year's), so they are not reported.
    """
    members = lower.members + upper.members
    documents = len({m.doc_id for m in members})
    kind = "cross_document" if documents > 1 else "within_document"
    if revision_sides(lower, upper) is not None:
        # One report giving a figure and its revision ("a previous estimate of 0.1% growth
        # was downgraded to a 0.3% decline") states two reports of one number.
        kind = "cross_document"
    # By size: a fall of 2.9% and one of 2.1% are as near as two rises, and a rise of 0.1%
    # against a fall of 0.3% is as far apart as 0.1% against 0.3%.
    low, high = sorted((_figure(lower), _figure(upper)))
    if not low.is_finite() or not high.is_finite() or low == 0:
        return True
    if lower.first.kind == "percent" and lower.first.facet in CHANGE_FACETS:
        first, second = _signed(lower), _signed(upper)
        near = abs(second - first) <= tables.conflict_max_change_points
        if first * second < 0:
            # A rise and a fall are one change told twice near zero (a 0.1% rise revised to
            # a 0.3% fall) or when their sizes agree (a sign slipped: "rose 8.9%" against
            # "fell 8.89%"), never a 15.9% rise against a 12.4% fall.
            fall, rise = sorted((lower, upper), key=_signed)
            if fall.interval.mirrored().overlaps(rise.interval):
                return True
            if documents > 1 and abs(second - first) <= tables.conflict_max_sign_flip_points:
                # near zero, a rate flips its sign between reports (a 0.1% fall revised to
                # a 0.35% rise), however many times apart the sizes
                return True
            return near and high / low <= tables.conflict_max_ratio[kind]
        if documents > 1 and near:
            # near zero, a revision moves a rate many times over: 0.2% above a peak, then
            # 2.7%
            return True
    return high / low <= tables.conflict_max_ratio[kind]


QUARTERS_A_YEAR = 4


def _one_rate_on_two_bases(lower: Group, upper: Group, tables: ReconcileTables) -> bool:
    """A quarter's rate of change and one that is that rate compounded over a year, neither
    stating its basis (``rate_bases``), may be one change told on the quarter before and
    annualized ("expected a decline of the Japanese economy in the fourth quarter by 3.7%"
    beside "the forecast of a decrease of 0.9%" for October-December): no conflict between
    them. Read on the figures' tolerance intervals; a rise and a fall are never one."""
    first = lower.first
    if first.kind != "percent" or first.facet not in CHANGE_FACETS:
        return False
    if states_basis(first.metric or "", first.qualifier, tables):
        return False  # a basis stated ("fell 2.1% year-on-year"): one basis, compared
    span = period_span(first.period)
    shortest, longest = tables.quarter_days
    if span is None or not shortest <= (span[1] - span[0]).days + 1 <= longest:
        return False
    small, large = sorted((lower, upper), key=_figure)
    if _signed(small) * _signed(large) <= 0:
        return False
    fall = _signed(small) < 0
    ends = [small.interval.low, small.interval.high, large.interval.low, large.interval.high]
    if not all(v.is_finite() and v != 0 for v in ends) or any(
        (g.interval.low < 0) != (g.interval.high < 0) for g in (small, large)
    ):
        return False  # an open bound, or an interval across zero: no size to compound

    def annualized(rate: Decimal) -> Decimal:
        step = 1 - rate / 100 if fall else 1 + rate / 100
        return abs(step ** QUARTERS_A_YEAR - 1) * 100

    low, high = sorted(abs(v) for v in ends[:2])
    wide_low, wide_high = sorted(abs(v) for v in ends[2:])
    return annualized(low) <= wide_high and wide_low <= annualized(high)


def _one_sentence(lower: Group, upper: Group) -> bool:
    """Every pair of the two groups' claims is in one sentence of one document, and the
    sentence does not say they are the same thing: a contrast, a change or a part, not two
    reports of one number."""
    for a in lower.members:
        for b in upper.members:
            if (
                a.doc_id != b.doc_id
                or a.sentence_key is None
                or a.sentence_key != b.sentence_key
                or a.same_thing
                or a.status is not None
                or b.status is not None
            ):
                return False
    return True


def _converted_apart(lower: Group, upper: Group, tables: ReconcileTables) -> bool:
    """Figures one side of which is only bracketed conversions, within
    ``conflict_conversion_tolerance`` of each other: one amount converted at two exchange
    rates ("11.69 trillion won ($10.82 billion)" against "$10.74 billion"), not two reports
    that disagree."""
    if not (all(m.conversion for m in lower.members)
            or all(m.conversion for m in upper.members)):
        return False
    low, high = sorted((abs(_figure(lower)), abs(_figure(upper))))
    if not low.is_finite() or not high.is_finite() or low == 0:
        return False
    return (high - low) / low <= tables.conflict_conversion_tolerance


def _two_forecasters(lower: Group, upper: Group) -> bool:
    """Two sides each credited, every figure of them, to a source the other side's never
    name: of views of the future ("Analysts had expected a drop of 0.5 percent, according to
    Bloomberg" against "Analysts polled by Reuters had predicted ... a decline of 1.3%"), two
    polls or forecasters, which differ as a matter of course, not one view told two ways."""
    sources = [{m.source for m in group.members} for group in (lower, upper)]
    return all(None not in found for found in sources) and not sources[0] & sources[1]


def _two_sources(lower: Group, upper: Group) -> bool:
    """Two figures of one document that it credits to two sources, neither marked
    provisional or revised: the article sets the sources side by side ("TurkStat reported
    ... exports rose 2.1%" and "according to the general trade system, ... up 2.2%"), it does
    not contradict itself."""
    members = lower.members + upper.members
    if len({m.doc_id for m in members}) > 1 or any(m.status is not None for m in members):
        return False
    return _two_forecasters(lower, upper)


# How a metric taken from elsewhere in the document was found (the claim frame's basis).
BORROWED_METRIC = frozenset({"resolved", "inherited"})
UNDATED = "defaulted"  # the basis of a period no words gave (the document's date or none)


def _borrowed_within(lower: Group, upper: Group, earlier: EarlierFigures) -> bool:
    """Two figures of one document that it tells apart itself: both given as earlier
    readings, or neither a revision of the other and one taking its metric from elsewhere
    (resolved from another figure, or inherited). A report seldom contradicts itself, so
    the borrowed metric is the likelier slip. "a GDP growth
    rate of 5.6% in 2023" beside "The agriculture sector ... surged back with a growth rate
    of 6.5 per cent in 2023" (the rate's metric resolved to GDP) is no conflict; two figures
    that each name their metric may be one."""
    members = lower.members + upper.members
    if len({m.doc_id for m in members}) > 1:
        return False
    if all(m.status == "provisional" for m in members):
        # two earlier readings the document gives ("The flash estimate had been for a 1.5%
        # fall. ... Its preliminary reading had been for a 2.4% drop"): it tells them apart
        # itself, as two estimates or two measures, and revises neither into the other
        return True
    if revision_sides(lower, upper) is not None or earlier_figure(lower, upper, earlier):
        return False
    # Two undated figures ("SIA's revenue was $19bn" and, further on, "revenue of $15.7bn
    # from passengers flown"): with no period found for either by the claim frame (which
    # found their metric: claims without a frame are compared as before), the document
    # more likely gives two measures (a total and a part) than two readings of one.
    return any(m.found[1] in BORROWED_METRIC for m in members) or all(
        m.found[2] == UNDATED and m.found[1] != UNDATED for m in members
    )


def _told_apart(lower: Group, upper: Group) -> bool:
    """A fall and a rise that one document gives both, neither marked provisional or revised:
    the document tells them apart itself (a change on the quarter and on the year, two
    periods), so they are not two reports of one change. Like a report that gives a period
    and a part of it, never a period mislabel."""
    if lower.stated.high >= 0 or upper.stated.low <= 0:
        return False
    shared = {m.doc_id for m in lower.members} & {m.doc_id for m in upper.members}
    return any(
        all(m.status is None for m in lower.members + upper.members if m.doc_id == doc)
        for doc in shared
    )


def scale_factor(lower: Group, upper: Group, tables: ReconcileTables) -> Decimal | None:
    """The factor of ``tables.slip_factors`` that makes the two figures' digits agree within
    rounding ($2.59 million x 1,000 against $2.6 billion), if any; an open bound is read as
    written ("just over €3.5 billion" against "€3.5m")."""
    small, large = (g.interval if g.interval.bounded else _as_written(g) for g in (lower, upper))
    if large.high < 0:
        # Two falls: their sizes, the smaller first.
        small, large = large.mirrored(), small.mirrored()
    if not small.bounded or not large.bounded or small.low <= 0:
        return None
    # "100" and "100,000" share a digit by chance: the digits must say something.
    if min(_digits(lower), _digits(upper)) < tables.slip_min_digits:
        return None
    tol = tables.slip_digit_tolerance
    for factor in tables.slip_factors:
        scaled = Interval(small.low * factor * (1 - tol), small.high * factor * (1 + tol))
        if scaled.overlaps(large):
            return factor
    # a misplaced decimal point ("201 billion dollars" for 20.1): digits enough, and the
    # same digits within the figures' own rounding
    if min(_digits(lower), _digits(upper)) >= tables.decimal_min_digits:
        for factor in tables.decimal_factors:
            if Interval(small.low * factor, small.high * factor).overlaps(large):
                return factor
    return None


def _as_written(group: Group) -> Interval:
    """The one number an open bound writes ("just over €3.5 billion": 3.5 billion)."""
    end = group.stated.low if group.stated.low.is_finite() else group.stated.high
    return Interval(end, end)


def _digits(group: Group) -> int:
    """Significant digits of a group's stated figure: "$2.59 million" -> 3, "100" -> 1."""
    return significant_digits(_figure(group))


def _scale_slip(
    lower: Group, upper: Group, factor: Decimal, tables: ReconcileTables, fmt: Formatter
) -> dict[str, Any]:
    slip = ("misplaced decimal point" if factor in tables.decimal_factors
            else "thousand/million/billion slip")
    text = (
        f"{_said(lower, upper, fmt)}; the digits agree but the figures are "
        f"{findings.plain(factor, grouped=True)} times apart, a likely {slip}"
    )
    return findings.build(
        "scale_slip", **_listing(tables, lower, upper),
        gap_absolute=upper.stated.low - lower.stated.high, gap_relative=None,
        gap_unit=_gap_unit(lower.first), explanation=text, tables=tables,
        details={"factor": factor, "check": "same key"},
    )


def _said(lower: Group, upper: Group, fmt: Formatter) -> str:
    """"<subject>: <docs> says <figure> while <docs> says <figure>", in document order."""
    first, second = sorted((lower, upper), key=lambda g: _doc_order(g.first))
    return (
        f"{fmt.subject(first.first)}: {fmt.docs(first.members)} says {fmt.figure(first.first)} "
        f"while {fmt.docs(second.members)} says {fmt.figure(second.first)}"
    )


def _signed(group: Group) -> Decimal:
    """The stated number of a group with its sign (a fall negative), as written."""
    stated = group.stated
    value = stated.low if stated.low.is_finite() else stated.high
    return -value if group.mirror else value


def _figure(group: Group) -> Decimal:
    """The stated number of a group by size: its finite end nearest the other figure's side."""
    return abs(_signed(group))


def _conflict(
    lower: Group,
    upper: Group,
    tables: ReconcileTables,
    fmt: Formatter,
    earlier: EarlierFigures,
) -> dict[str, Any]:
    members = lower.members + upper.members
    kind = "cross_document" if len({m.doc_id for m in members}) > 1 else "within_document"
    gap = upper.stated.low - lower.stated.high
    relative = relative_gap(lower, upper)
    gap_text = _gap_text(gap, relative, lower.first, fmt)
    said = _said(lower, upper, fmt)
    revised = revision(lower, upper, tables, earlier)
    details: dict[str, Any] = {}
    if revised is None:
        text = f"{said}; the two cannot both hold, a gap of {gap_text}"
    else:
        kind = "revision"
        text = (
            f"{said}; a revision rather than an error: {revised.text(fmt)}, "
            f"a change of {gap_text}"
        )
        limit = tables.max_claims_per_value
        details = {"first": [m.id for m in revised.first.members][:limit],
                   "revised": [m.id for m in revised.later.members][:limit],
                   "evidence": revised.evidence}
        if revised.earlier:
            details["earlier_figures"] = [m.id for m in revised.earlier][:limit]
    return findings.build(
        kind,
        **_listing(tables, lower, upper),
        gap_absolute=gap,
        gap_relative=relative,
        gap_unit=_gap_unit(lower.first),
        explanation=text,
        tables=tables,
        details=details,
    )


def relative_gap(lower: Group, upper: Group) -> Decimal | None:
    """The gap between two figures as a share of the smaller one's size; None when one is zero
    or they have opposite signs (a rise against a fall: no share of either measures it)."""
    below, above = lower.stated.high, upper.stated.low
    if below == 0 or above == 0 or (below < 0) != (above < 0):
        return None
    return (above - below) / min(abs(below), abs(above))


def _gap_text(gap: Decimal, relative: Decimal | None, record: ClaimRecord, fmt: Formatter) -> str:
    """A gap as a reader reads it: between percentages, in percentage points (0.8% and 0.7%
    are 0.1 points apart, not 14%; the share stays in the finding's ``gap.relative``), else
    as a share of the smaller figure, or in the figures' unit when there is none."""
    if record.kind == "percent" and record.unit != "pp":
        return f"{findings.plain(gap)} percentage points"
    if relative is not None:
        return findings.percent(relative)
    return fmt.number(gap, record)


class EarlierFigures:
    """A block's earlier figures by document: those whose facet is one of
    ``revisions.earlier_facets`` (a baseline: "growth was 0.7%, down from 0.8%") or whose
    status is provisional ("compared to a previous estimate of 0.8%"), of the block's holder,
    metric, unit, per-unit, modality and period, whatever their facet and direction."""

    def __init__(self, records: Iterable[ClaimRecord] = (), revising: Iterable[str] = ()) -> None:
        self.by_doc: dict[str, list[ClaimRecord]] = {}
        for record in records:
            self.by_doc.setdefault(record.doc_id, []).append(record)
        # the documents that revise the block's statistic for its period, on any basis
        self.revising = frozenset(revising)

    def stated(self, docs: Iterable[str], figure: Interval, besides: set[str]) -> list[ClaimRecord]:
        """The earlier figures of ``docs`` (other than the claims ``besides``) that agree with
        ``figure``."""
        return [
            e for doc in sorted(set(docs)) for e in self.by_doc.get(doc, ())
            if e.id not in besides and e.interval.overlaps(figure)
        ]


@dataclass(frozen=True)
class Revised:
    """The two sides of a revision and what says which came first: ``status`` (provisional
    or revised), ``earlier_figure`` (a document of the later side gives the other side's
    figure as its own earlier one), ``revising_release`` (the later side's documents revise
    the statistic for the period on another basis) or ``later_source`` (the later report of an
    ended period)."""

    first: Group
    later: Group
    evidence: str
    earlier: tuple[ClaimRecord, ...] = ()
    revisers: tuple[str, ...] = ()  # the later side's documents, when they revise the period

    def text(self, fmt: Formatter) -> str:
        """"0.8% is the provisional one, 0.7% the revised figure" and the like."""
        first, later = fmt.figure(self.first.first), fmt.figure(self.later.first)
        if self.earlier:
            said = self.earlier[0]
            return (
                f"{first} is the earlier figure, {later} the revised one "
                f"({fmt.doc(said.doc_id)} gives {fmt.figure(said)} as its earlier figure)"
            )
        if self.revisers:
            return (
                f"{first} is the earlier figure, {later} the revised one "
                f"({fmt.doc(self.revisers[0])} revises the period's figures)"
            )
        return (
            f"{first} is {_status_word(self.first, 'earlier')}, "
            f"{later} {_status_word(self.later, 'later')}"
        )


def revision(
    lower: Group, upper: Group, tables: ReconcileTables, earlier: EarlierFigures
) -> Revised | None:
    """Which side of a conflict came first, when anything says so: the figures' status, then
    an earlier figure one side's documents give, then the documents' dates."""
    sides = revision_sides(lower, upper)
    if sides is not None:
        return Revised(*sides, "status")
    said = earlier_figure(lower, upper, earlier)
    if said is not None:
        return said
    sides = revising_release(lower, upper, earlier.revising)
    if sides is not None:
        revisers = tuple(sorted({m.doc_id for m in sides[1].members}))
        return Revised(*sides, REVISING_RELEASE, revisers=revisers)
    sides = later_source(lower, upper, tables)
    return Revised(*sides, "later_source") if sides is not None else None


def revision_sides(lower: Group, upper: Group) -> tuple[Group, Group] | None:
    """(first figure, revised figure) when one side is marked revised and the other not, or
    one provisional and the other not; None when nothing says a figure was revised."""
    a, b = _group_status(lower), _group_status(upper)
    if a == b:
        return None
    if a == "revised" or b == "provisional":
        return upper, lower
    return lower, upper


def earlier_figure(lower: Group, upper: Group, earlier: EarlierFigures) -> Revised | None:
    """The revision a document states itself: when the documents of one side also give, for
    the same key, an earlier figure (a baseline or a provisional one) that agrees with the
    other side's figure ("first quarter growth was 0.7 per cent, down from 0.8 per cent"
    against another report's 0.8%), that side is the revised one. None when neither side's
    documents say so, or both do."""
    if not earlier.by_doc:
        return None
    besides = {m.id for m in lower.members + upper.members}
    found = []
    for side, other in ((lower, upper), (upper, lower)):
        said = earlier.stated((m.doc_id for m in side.members), other.stated, besides)
        if said:
            found.append(Revised(other, side, "earlier_figure", tuple(said)))
    return found[0] if len(found) == 1 else None


def revising_release(
    lower: Group, upper: Group, revising: frozenset[str]
) -> tuple[Group, Group] | None:
    """(earlier, later) when every document of one side, and none of the other, states a
    revision of the same holder's statistic for the same period on some basis: a release
    that revises one of a period's figures ("GDP is estimated to have grown by 0.5% in
    Quarter 2 2024, revised down from a first estimate of 0.6%") is the later report of its
    other figures for that period too ("compared with the same quarter a year ago, real GDP
    is estimated to have increased by 0.7%", against a first estimate's 0.9%)."""
    if not revising:
        return None
    low = {m.doc_id in revising for m in lower.members}
    up = {m.doc_id in revising for m in upper.members}
    if low == {True} and up == {False}:
        return upper, lower
    if up == {True} and low == {False}:
        return lower, upper
    return None


def later_source(
    lower: Group, upper: Group, tables: ReconcileTables
) -> tuple[Group, Group] | None:
    """(earlier, later) when every dated document of one side is dated at least
    ``revisions.later_source_min_days`` after every dated document of the other (each side
    has one; an undated report of the same figure goes with its side), and the figures are
    for a period that had ended before the earlier report: a later report of a past period
    is a revision more often than an error."""
    first = lower.first
    if first.period == CURRENT:
        return None
    span = period_span(first.period)
    dates = []
    for group in (lower, upper):
        days = [m.doc_date for m in group.members if m.doc_date is not None]
        if not days:
            return None
        dates.append((min(days), max(days)))
    (low_first, low_last), (up_first, up_last) = dates
    gap = tables.later_source_min_days
    if (up_first - low_last).days >= gap:
        early, late, reported = lower, upper, low_first
    elif (low_first - up_last).days >= gap:
        early, late, reported = upper, lower, up_first
    else:
        return None
    if span is None or span[1] >= reported:
        return None
    return early, late


def _group_status(group: Group) -> str | None:
    statuses = {m.status for m in group.members}
    if "revised" in statuses:
        return "revised"
    return "provisional" if "provisional" in statuses else None


def _status_word(group: Group, when: str) -> str:
    """How a side of a revision is named: by its status word, else as the ``when``
    ("earlier", "later") report with its date."""
    status = _group_status(group)
    if status is not None:
        return {"revised": "the revised figure", "provisional": "the provisional one"}[status]
    days = sorted({m.doc_date for m in group.members if m.doc_date is not None})
    return f"the {when} report ({days[0].isoformat()})" if days else f"the {when} report"


def _pragmatic(
    groups: Sequence[Group], tables: ReconcileTables, fmt: Formatter
) -> list[dict[str, Any]]:
    """Open bounds far from the nearest stated figure they allow; for falls (negative
    figures), by their sizes: "fell more than 5%" against "fell 9%"."""
    out = _pragmatic_sizes(groups, tables, fmt)
    if any(g.stated.low < 0 for g in groups):
        out += _pragmatic_sizes([g.mirrored() for g in groups], tables, fmt)
    return out


def _pragmatic_sizes(
    groups: Sequence[Group], tables: ReconcileTables, fmt: Formatter
) -> list[dict[str, Any]]:
    """Open bounds above zero far from the nearest stated figure they allow."""
    ratio = tables.pragmatic_bound_ratio
    stated = [g for g in groups if g.bound in STATED_BOUNDS]
    if not stated:
        return []
    by_high = sorted(stated, key=lambda g: (g.stated.high, g.stated.low, g.index))
    highs = [g.stated.high for g in by_high]
    by_low = sorted(stated, key=lambda g: (g.stated.low, g.stated.high, g.index))
    lows = [g.stated.low for g in by_low]
    out = []
    for group in groups:
        if group.bound == "lower" and group.stated.low > 0:
            bound = group.stated.low
            at = bisect_left(highs, bound)
            if at == len(by_high):
                continue
            nearest = by_high[at]
            if nearest.stated.low > bound * (1 + ratio) and _plausibly_one_measure(
                group, nearest, tables
            ):
                gap = nearest.stated.low - bound
                out.append(_at_odds(group, nearest, gap, gap / bound, "lower", tables, fmt))
        elif group.bound == "upper" and group.stated.high > 0:
            bound = group.stated.high
            at = bisect_right(lows, bound) - 1
            if at < 0:
                continue
            nearest = by_low[at]
            if (
                nearest.stated.high > 0
                and bound > nearest.stated.high * (1 + ratio)
                and _plausibly_one_measure(nearest, group, tables)
            ):
                gap = bound - nearest.stated.high
                out.append(
                    _at_odds(group, nearest, gap, gap / nearest.stated.high, "upper", tables, fmt)
                )
    return out


def _at_odds(
    bound: Group,
    figure: Group,
    gap: Decimal,
    relative: Decimal,
    side: str,
    tables: ReconcileTables,
    fmt: Formatter,
) -> dict[str, Any]:
    said = {
        id(figure): f"{fmt.figure(figure.first)} ({_BOUND_WORDS[figure.bound]})",
        id(bound): fmt.figure(bound.first),
    }
    first, second = sorted((figure, bound), key=lambda g: _doc_order(g.first))
    text = (
        f"{fmt.subject(figure.first)}: {fmt.docs(first.members)} says {said[id(first)]} "
        f"while {fmt.docs(second.members)} says {said[id(second)]}; compatible only as "
        f"{'a lower' if side == 'lower' else 'an upper'} bound, a gap of "
        f"{findings.percent(relative)}"
    )
    return findings.build(
        "pragmatic",
        **_listing(tables, bound, figure),
        gap_absolute=gap,
        gap_relative=relative,
        gap_unit=_gap_unit(figure.first),
        explanation=text,
        tables=tables,
        details={"bound": side, "bound_ratio": tables.pragmatic_bound_ratio},
    )


def _divergent(
    lower: Group, upper: Group, tables: ReconcileTables, fmt: Formatter
) -> dict[str, Any]:
    gap = upper.stated.low - lower.stated.high
    relative = relative_gap(lower, upper)

    def side(group: Group) -> str:
        modalities = {m.modality for m in group.members}
        verb = _VERBS.get(modalities.pop(), "gives") if len(modalities) == 1 else "gives"
        horizons = ", ".join(sorted({m.period_label for m in group.members}))
        when = "no stated horizon" if horizons == CURRENT else horizons
        return f"{fmt.docs(group.members)} {verb} {fmt.figure(group.first)} ({when})"

    first, second = sorted((lower, upper), key=lambda g: _doc_order(g.first))
    subject = " ".join(w for w in (lower.first.entity, lower.first.metric) if w)
    text = (
        f"{subject}, forward-looking: {side(first)} while {side(second)}; "
        + (f"the higher figure is {findings.percent(relative)} above the lower"
           if relative is not None and lower.stated.high > 0
           else f"a gap of {_gap_text(gap, relative, lower.first, fmt)}")
    )
    return findings.build(
        "divergent_projection",
        **_listing(tables, lower, upper),
        gap_absolute=gap,
        gap_relative=relative,
        gap_unit=_gap_unit(lower.first),
        explanation=text,
        tables=tables,
        details={
            "horizons": {m.id: m.period_label for m in lower.members + upper.members},
            "divergence": tables.projection_divergence,
        },
    )


def _current_windows(
    records: Sequence[ClaimRecord], tables: ReconcileTables
) -> list[list[ClaimRecord]]:
    """'Current' claims split so that only documents dated within one window meet.

    Windows are laid greedily from the earliest date; undated documents form one window,
    which joins the dated documents' when they all fall in one (an undated report of a
    story dated once is as likely of that time as two undated reports are of one time;
    beside several windows, nothing says which it belongs to; a company's result,
    ``time.results_metrics``, is of a season: an undated one meets no dated report's, and
    two undated ones beside dated reports need not be of one),
    except for changes and market prices: a rise or fall, or a price that moves by the day
    (``keys.spot_metrics``), with neither a period nor a report date has nothing to place it
    in time, so two documents' such figures never meet (each document is a window of its
    own)."""
    undated = [r for r in records if r.doc_date is None]
    dated = sorted((r for r in records if r.doc_date is not None), key=_dated_order)
    first = records[0]
    spot = ends_in(first.metric, tables.spot_metrics)
    # A change since a dated base ("0.2% above its peak in the first quarter of 2008")
    # stands as of its report, as a level does.
    placeless = (first.facet in CHANGE_FACETS and f"|{SINCE_WORD}" not in first.qualifier) or spot
    # a month's statistic ("the unemployment rate rose to 3.7%") is the latest month's as of
    # its report: reports a month apart give two months
    monthly = ends_in(first.metric, tables.monthly_metrics)
    # a company's result ("operating profit was 10.4 trillion won") is of the latest
    # quarter or year it reported as of its report: reports a season apart give two
    results = ends_in(first.metric, tables.results_metrics)
    reach = (
        tables.monthly_window_days if monthly
        else tables.results_window_days if results else tables.current_window_days
    )
    windows: list[list[ClaimRecord]] = []
    current: list[ClaimRecord] = []
    opened: date | None = None
    for record in dated:
        assert record.doc_date is not None
        if opened is None or (record.doc_date - opened).days > reach:
            if current:
                windows.append(current)
            current, opened = [], record.doc_date
        current.append(record)
    if current:
        windows.append(current)
    if not undated:
        return windows
    if placeless or (results and windows):
        # an undated report of a company's results beside dated reports may be of any
        # season, and so may another undated one
        return _by_document(undated) + windows
    if len(windows) == 1:
        return [undated + windows[0]]
    return [undated, *windows]


def _years_back(period: str) -> bool:
    """Whether an unresolved relative period counts whole years ("rel:-P1Y:last year")."""
    offset = period[len(UNRESOLVED) :].split(":", 1)[0]
    return bool(_YEARS.fullmatch(offset))


def _by_document(records: Sequence[ClaimRecord]) -> list[list[ClaimRecord]]:
    """``records`` split by document, in document order."""
    by_doc: dict[str, list[ClaimRecord]] = {}
    for record in records:
        by_doc.setdefault(record.doc_id, []).append(record)
    return [by_doc[doc] for doc in sorted(by_doc)]


def _horizon_windows(
    records: Sequence[ClaimRecord], tables: ReconcileTables
) -> list[list[ClaimRecord]]:
    """Forward claims split by horizon year; claims without a horizon join every window but
    those of a quarter or a month, each a window of its own. A rate of change is of its own
    period: growth forecast for 2004 and for the next fiscal year are two figures, not two
    views of one, so changes are split by period, and only a change with no period at all
    joins every one."""
    # A forward figure without a scoping date has no horizon (its year would be the document's).
    open_ended = [r for r in records if r.year is None or r.period == CURRENT]
    if records and records[0].facet in CHANGE_FACETS:
        # by period, resolved or as written ("the next fiscal year" of an undated report)
        unscoped = [r for r in records if r.period == CURRENT]
        periods: dict[str, list[ClaimRecord]] = {}
        for record in records:
            if record.period != CURRENT:
                periods.setdefault(record.period, []).append(record)
        if not periods:
            return [unscoped]
        return [periods[key] + unscoped for key in sorted(periods)]
    dated = sorted(
        (r for r in records if r.year is not None and r.period != CURRENT),
        key=lambda r: (r.year, r.id),
    )
    # A forecast for a quarter or a month is a view of that period alone: never of the
    # year, nor of a figure that names no horizon ("the loss in the fourth quarter was larger
    # than analysts' mean forecast of EUR1 billion" beside "expectations of a EUR5 billion
    # loss" for the year).
    parts: dict[str, list[ClaimRecord]] = {}
    for record in dated:
        span = period_span(record.period)
        if span is not None and not whole_period(span, tables):
            parts.setdefault(record.period, []).append(record)
    dated = [r for r in dated if r.period not in parts]
    windows: list[list[ClaimRecord]] = []
    current: list[ClaimRecord] = []
    opened: int | None = None
    for record in dated:
        assert record.year is not None
        if opened is None or record.year - opened > tables.horizon_window_years:
            if current:
                windows.append(current)
            current, opened = [], record.year
        current.append(record)
    if current:
        windows.append(current)
    by_part = [parts[key] for key in sorted(parts)]
    if not windows:
        return [*by_part, open_ended]
    return [*by_part, *(window + open_ended for window in windows)]


def _listing(tables: ReconcileTables, *groups: Group) -> dict[str, Any]:
    """The claims a finding lists, every claim id (for its id) and how many were left out."""
    limit = tables.max_claims_per_value
    entries = [entry for group in groups for entry in group.entries(limit)]
    members = [m for group in groups for m in group.members]
    return {
        "entries": entries,
        "all_claims": [m.id for m in members],
        "all_docs": [m.doc_id for m in members],
    }


def _reach(group: Group) -> Decimal:
    """How far up a group's figure reaches. An exact figure's rounding interval stops just
    short of its end, since half a step rounds away: "0.5%" (up to 0.55) and "0.6%" (from
    0.55) are two figures; a range's and a bound's ends are the writer's own and reach."""
    high = group.interval.high
    if group.bound != "exact" or not group.interval.bounded:
        return high
    return high - (high - group.interval.low) * _HAIR


def _gap_unit(record: ClaimRecord) -> str:
    if record.kind == "percent":
        return "pp"
    return record.unit or ""


def _doc_order(record: ClaimRecord) -> tuple[str, int, str]:
    return (record.doc_id, record.start, record.id)


def _dated_order(record: ClaimRecord) -> tuple[date, str, int, str]:
    assert record.doc_date is not None
    return (record.doc_date, record.doc_id, record.start, record.id)
