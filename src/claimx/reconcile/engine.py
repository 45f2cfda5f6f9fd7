"""The reconciliation run: stream claims into blocks, check each block, order the findings."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, NamedTuple

from claimx.reconcile import findings
from claimx.reconcile.checks import EarlierFigures, check_block, check_forward
from claimx.reconcile.findings import FINDING_TYPES, Formatter
from claimx.reconcile.periods import check_bases, check_mislabels
from claimx.reconcile.records import (
    BASELINE,
    CURRENT,
    DEFAULTED,
    DIRECTIONS,
    GROWTH,
    ClaimRecord,
    Located,
    Span,
    by_convention,
    ends_in,
    fold_key,
    in_months,
    locate,
    on_the_period_before,
    parse_claim,
    period_before,
    period_span,
    states_basis,
    whole_period,
    without_basis,
    yearless_months,
)
from claimx.reconcile.tables import ReconcileTables, load_tables
from claimx.reconcile.within import DocumentIndex
from claimx.record import INHERITED, RESOLVED

LEVEL = "level"
YEAR_KEY = "Y"  # a calendar year's period key: "Y2023"
OWN_PERIOD_WAYS = ("stated", RESOLVED)  # how a period of a figure's own is found


@dataclass(frozen=True)
class ReconcileStats:
    """What a run looked at and what it found (printed by the CLI on stderr)."""

    claims_read: int
    numeric_claims: int
    claims_compared: int
    keys: int
    too_vague: int
    findings_by_type: Mapping[str, int] = field(default_factory=dict)
    malformed_periods: tuple[str, ...] = ()

    @property
    def findings(self) -> int:
        """Number of findings of all types."""
        return sum(self.findings_by_type.values())

    def summary(self) -> str:
        """One line for a terminal (and one per malformed period label, never guessed)."""
        line = summarize(
            self.claims_read,
            [],
            keys=self.keys,
            compared=self.claims_compared,
            by_type=self.findings_by_type,
        )
        notes = [f"\nreconcile: {problem}: its claims were not compared"
                 for problem in self.malformed_periods]
        return line + "".join(notes)


class ReconcileResult(NamedTuple):
    """Findings (ordered, JSON-able) and the run's statistics."""

    findings: list[dict[str, Any]]
    stats: ReconcileStats


def reconcile(
    claims: Iterable[Mapping[str, Any]], *, tables: ReconcileTables | None = None
) -> list[dict[str, Any]]:
    """Findings for a stream of claim lines, most severe first (then by type, then id).

    Claims are blocked by key (entity, metric, unit family, per-unit, facet, modality,
    period), so the cost grows as n log n, never with the number of pairs.
    """
    return reconcile_with_stats(claims, tables=tables).findings


def reconcile_with_stats(
    claims: Iterable[Mapping[str, Any]], *, tables: ReconcileTables | None = None
) -> ReconcileResult:
    """Like :func:`reconcile`, with the counts a summary needs."""
    t = tables if tables is not None else load_tables()
    fmt = Formatter(t)
    blocks: dict[tuple[str, ...], list[ClaimRecord]] = {}
    forward: dict[tuple[str, ...], list[ClaimRecord]] = {}
    # Baselines and provisional figures by key without facet and direction: a document's
    # own earlier figure for a key.
    earlier: dict[tuple[str, ...], list[ClaimRecord]] = {}
    # the documents that state a revision (a provisional or revised figure) of a holder's
    # statistic for a period, by ClaimRecord.release_key
    revising: dict[tuple[str, str, str], set[str]] = {}
    index = DocumentIndex(t)
    numeric = vague = compared = 0
    malformed: dict[str, None] = {}
    reading = _Records(claims, t, index)
    for record in reading:
        numeric += 1
        if record.malformed is not None:
            malformed.setdefault(record.malformed, None)
            continue
        if not record.has_subject:
            vague += 1
            continue
        # A fall is compared by its signed value (after the within-document checks, which
        # read a rate's size and its direction apart).
        record = record.with_sign()
        key: tuple[str, ...]
        if record.modality in t.comparable_modalities:
            modality = record.modality
            if period_span(record.period) is not None:
                # a past fact of a stated period, historical only by its report's date ("the
                # previous record deficit of $20.62 billion in 1996"): an actual of that period
                modality = t.stated_period_modalities.get(modality, modality)
            key = (*record.subject_key(), modality, record.period)
            blocks.setdefault(key, []).append(record)
            if record.facet in t.earlier_facets or record.status == "provisional":
                earlier.setdefault(_without_facet(key), []).append(record)
            if record.status is not None:
                revising.setdefault(record.release_key(), set()).add(record.doc_id)
        elif record.modality in t.forward_modalities:
            forward.setdefault(record.subject_key(), []).append(record)
        else:
            continue
        compared += 1

    place_yearless(blocks, t)
    place_periodless(blocks, t)
    found: list[dict[str, Any]] = []
    for key in sorted(blocks):
        if len(blocks[key]) > 1:
            said = EarlierFigures(earlier.get(_without_facet(key), ()),
                                  revising.get(blocks[key][0].release_key(), ()))
            found.extend(check_block(blocks[key], t, fmt, said))
    found.extend(check_mislabels(blocks, t, fmt))
    found.extend(check_bases(blocks, t, fmt))
    for key in sorted(forward):
        if len(forward[key]) > 1:
            found.extend(check_forward(forward[key], t, fmt))
    wanted = index.growth_docs
    doc_records: dict[str, list[ClaimRecord]] = {}
    if wanted:
        for records in blocks.values():
            for record in records:
                if record.doc_id in wanted and record.facet == "level":
                    doc_records.setdefault(record.doc_id, []).append(record)
    found.extend(index.check(doc_records, fmt))

    ordered = findings.order(found)
    stats = ReconcileStats(
        claims_read=reading.read,
        numeric_claims=numeric,
        claims_compared=compared,
        keys=len(blocks) + len(forward),
        too_vague=vague,
        findings_by_type=_by_type(ordered),
        malformed_periods=tuple(malformed),
    )
    return ReconcileResult(ordered, stats)


def place_yearless(
    blocks: dict[tuple[str, ...], list[ClaimRecord]], tables: ReconcileTables
) -> None:
    """Figures of undated reports whose period is named without its year ("grew 5.8% in the
    third quarter") join the block of their key whose period is that one of a known year:
    reports of one statistic that give its year tell which third quarter the others mean.
    Where the undated report's yearless figures, or those that name no period, repeat, as
    written, figures that dated reports give for some period ("0.7% in the first quarter"
    where 2024's reports say 0.7% and 2014's 0.8%), the report speaks of the time of the
    period most of them repeat: each yearless figure takes the year nearest to it
    (periods.yearless_days). Else the key must
    have that period for one year only. A figure that continues the yearless period from
    another sentence (inherited) goes where the report's own figures of that period went,
    unless its sentence dates another figure. Never a block where the report itself gives
    that period with its year (then its bare one is another year's: "£4bn in March, against
    £6bn in March 2019"); the figures keep a period "resolved", not stated."""
    spans: dict[tuple[str, ...], list[tuple[str, Span]]] = {}
    for key in blocks:
        span = period_span(key[-1])
        if span is not None:
            spans.setdefault(key[:-1], []).append((key[-1], span))
    # the reports that give each block's period with its year, before any figure joins it
    dated_there = {key: {r.doc_id for r in records} for key, records in blocks.items()}
    candidates: dict[tuple[str, ...], list[tuple[str, Span]]] = {}
    for key in blocks:
        months = yearless_months(key[-1])
        if months is not None:
            candidates[key] = [(period, span) for period, span in spans.get(key[:-1], ())
                               if in_months(span, months)]
    # a report's figures that name no period vote for its time as its yearless ones do
    voters = {**candidates, **{key: spans.get(key[:-1], []) for key in blocks
                               if key[-1] == CURRENT and key[:-1] in spans}}
    times = _repeated_times(blocks, voters)
    placed: dict[tuple[str, str], str] = {}  # (report, yearless period) -> where it went
    for key in sorted(candidates):
        moving: dict[str, list[ClaimRecord]] = {}
        for record in blocks[key]:
            if record.doc_date is not None or record.found[2] not in OWN_PERIOD_WAYS:
                continue
            period = _nearest(candidates[key], times.get(record.doc_id), tables.yearless_days)
            if period is not None and record.doc_id not in dated_there[(*key[:-1], period)]:
                moving.setdefault(period, []).append(record)
                placed[record.doc_id, key[-1]] = period
        _move(blocks, key, moving)
    # "GDP grew 6.8% in the third quarter ... The economy expanded 5.8% from the previous
    # quarter": a figure that inherits the report's yearless period goes where the report's
    # own figures of that period went, unless its sentence states a period for another
    # figure ("the economy shrank by 0.2% in the three months to June - but today, it said
    # that decrease was actually 1.1%": the inherited period is in doubt there)
    dating = {(r.doc_id, r.sentence_key) for records in blocks.values() for r in records
              if r.found[2] in OWN_PERIOD_WAYS}
    for key in sorted(candidates):
        inherited: dict[str, list[ClaimRecord]] = {}
        for record in blocks.get(key, ()):
            period = placed.get((record.doc_id, key[-1]))
            if (
                record.found[2] == INHERITED and period is not None
                and (record.doc_id, record.sentence_key) not in dating
                and (*key[:-1], period) in blocks
                and record.doc_id not in dated_there.get((*key[:-1], period), ())
            ):
                inherited.setdefault(period, []).append(record)
        if inherited:
            _move(blocks, key, inherited)


def place_periodless(
    blocks: dict[tuple[str, ...], list[ClaimRecord]], tables: ReconcileTables
) -> None:
    """Figures that name no period ("operating profit was 10.4439 trillion won, up 1,462.3%
    year-on-year") in a report that speaks of one period: the period for which other reports
    give, as written, the figures it repeats, when every figure the report dates itself for
    the holder is of that period or ended before it, or, repeating none, the latest period
    it dates them for, so. Such a figure joins the block of its key for that period, its
    period "resolved"; never a block where the report gives that period itself, nor for a
    figure that moves by the day (``keys.spot_metrics``); one its sentence says is a year's
    (``periods.year_cues``) takes the calendar year that holds a shorter period."""
    dated: dict[tuple[str, ...], list[tuple[str, Span]]] = {}
    for key in blocks:
        span = period_span(key[-1])
        if span is not None:
            dated.setdefault(key[:-1], []).append((key[-1], span))
    # the periods each report dates its own figures of a holder for
    own: dict[tuple[str, str], set[str]] = {}
    for key, records in blocks.items():
        for record in records:
            if record.found[2] != DEFAULTED and record.facet != BASELINE:
                own.setdefault((record.doc_id, key[0]), set()).add(key[-1])
    votes = _repeated(blocks, {key: dated.get(key[:-1], []) for key in blocks
                               if key[-1] == CURRENT}, undated_only=False)
    times: dict[str, str] = {}
    for doc_id, counted in votes.items():
        ranked = counted.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            times[doc_id] = ranked[0][0]
    for key in sorted(k for k in blocks if k[-1] == CURRENT):
        if ends_in(key[1], tables.spot_metrics):
            continue
        by_doc: dict[str, list[ClaimRecord]] = {}
        for record in blocks[key]:
            by_doc.setdefault(record.doc_id, []).append(record)
        moving: dict[str, list[ClaimRecord]] = {}
        for doc_id, figures in by_doc.items():
            dates = own.get((doc_id, key[0]), set()) - {CURRENT}
            # else the latest period the report dates its own figures of the holder for
            when = times.get(doc_id) or _latest(dates)
            if when is None or (*key[:-1], when) not in blocks:
                continue
            span = period_span(when)
            if span is not None and not whole_period(span, tables) and any(
                r.names_year for r in figures
            ):
                # "operating profit for the year ... 6.567 trillion won" in a report on a
                # fourth quarter: the calendar year's that holds it, not the quarter's
                if span[0].year != span[1].year:
                    continue
                when = f"{YEAR_KEY}{span[1].year}"
            if (
                (*key[:-1], when) not in blocks
                or len({r.value.stated for r in figures}) > 1
                or any(r.doc_id == doc_id for r in blocks[(*key[:-1], when)])
                or not _within(dates, when)
            ):
                # two figures of the key the report tells apart ("a loss of €5.3bn ... taking
                # bonds into account, €5.7bn"), the period given there by the report itself,
                # or a report that also speaks of another period: nothing says which is whose
                continue
            moving.setdefault(when, []).extend(figures)
        # the period as the reports there write it
        _move(blocks, key, moving, relabel=True)


def _move(
    blocks: dict[tuple[str, ...], list[ClaimRecord]], key: tuple[str, ...],
    moving: Mapping[str, list[ClaimRecord]], relabel: bool = False,
) -> None:
    """Move ``moving``'s records (by the period they are placed in) from block ``key`` to the
    block of that period, their period found "resolved"; ``relabel``: they take the period's
    words from the records already there."""
    for period, records in moving.items():
        target = (*key[:-1], period)
        label = blocks[target][0].period_label if relabel else None
        blocks[target].extend(
            replace(r, period=period, found=(*r.found[:2], RESOLVED),
                    period_label=label or r.period_label)
            for r in records)
    moved = {r.id for records in moving.values() for r in records}
    staying = [r for r in blocks[key] if r.id not in moved]
    if staying:
        blocks[key] = staying
    else:
        del blocks[key]


def _within(periods: set[str], period: str) -> bool:
    """Whether every one of ``periods`` lies within ``period`` ("December" in a report on
    the year; a yearless "third quarter" in one on the third quarter of 2021) or ended before
    it began (the previous quarter a report on the second compares with)."""
    outer = period_span(period)
    if outer is None:
        return periods <= {period}
    for other in periods:
        span = period_span(other)
        months = yearless_months(other) if span is None else None
        if months is not None and outer[0].year == outer[1].year:
            if not months[1] <= outer[1].month:
                return False
        elif span is None or not (
            (outer[0] <= span[0] and span[1] <= outer[1]) or span[1] < outer[0]
        ):
            return False
    return True


def _latest(periods: set[str]) -> str | None:
    """The one of ``periods`` that ends last, when the others lie within it or ended before it
    began; None when none is so."""
    spans = sorted((span[1], span[0], period) for period in periods
                   if (span := period_span(period)) is not None)
    if not spans or (len(spans) > 1 and spans[-1][0] == spans[-2][0]):
        return None
    latest = spans[-1][2]
    return latest if _within(periods, latest) else None


def _repeated_times(
    blocks: Mapping[tuple[str, ...], list[ClaimRecord]],
    candidates: Mapping[tuple[str, ...], list[tuple[str, Span]]],
) -> dict[str, date]:
    """For each undated report whose yearless or periodless figures other reports give, as
    written, for a period of a known year: the end of the period that most of them are so
    given for (the latest of equals: news reports the latest period)."""
    ends: dict[str, Counter[date]] = {}
    for doc_id, counted in _repeated(blocks, candidates).items():
        for period, votes in counted.items():
            span = period_span(period)
            if span is not None:
                ends.setdefault(doc_id, Counter())[span[1]] += votes
    return {doc_id: max(counted, key=lambda end: (counted[end], end))
            for doc_id, counted in ends.items()}


def _repeated(
    blocks: Mapping[tuple[str, ...], list[ClaimRecord]],
    candidates: Mapping[tuple[str, ...], list[tuple[str, Span]]],
    undated_only: bool = True,
) -> dict[str, Counter[str]]:
    """For each report (each undated one with ``undated_only``), how many of the figures of
    ``candidates``' blocks it gives other reports give, as written, for each of the periods
    listed for that block's key."""
    votes: dict[str, Counter[str]] = {}
    given: dict[tuple[str, ...], dict[Any, set[str]]] = {}  # a block's figures: who gives each
    for key, periods in candidates.items():
        for record in blocks[key]:
            if undated_only and record.doc_date is not None:
                continue
            for period, _ in periods:
                target = (*key[:-1], period)
                if target not in given:
                    given[target] = {}
                    for other in blocks[target]:
                        given[target].setdefault(other.value.stated, set()).add(other.doc_id)
                if given[target].get(record.value.stated, set()) - {record.doc_id}:
                    votes.setdefault(record.doc_id, Counter())[period] += 1
    return votes


def _nearest(
    periods: list[tuple[str, Span]], time: date | None, days: tuple[int, int]
) -> str | None:
    """The period a yearless figure is of: the one of ``periods`` (one per year) whose end is
    nearest ``time``, less than ``days[0]`` from it and ``days[1]`` nearer than any other;
    without a time, the only one."""
    if time is None:
        return periods[0][0] if len(periods) == 1 else None
    within, margin = days
    near = sorted((abs((span[1] - time).days), period) for period, span in periods
                  if abs((span[1] - time).days) < within)
    if not near or (len(near) > 1 and near[1][0] - near[0][0] < margin):
        return None
    return near[0][1]


def own_period_baselines(
    sentence: list[tuple[ClaimRecord, Located | None]], tables: ReconcileTables
) -> list[ClaimRecord]:
    """A sentence's records, each baseline with a period of its own keyed as a figure of
    that period. "grew by 2.3% in the second quarter, up from 1.5% in the first quarter":
    the 1.5% is the first quarter's growth, and meets "expanded 1.5% in January-March"
    elsewhere; "sales rose to $5bn in 2023 from $4bn in 2022": $4bn is 2022's sales. A
    baseline is so read when its period is stated or resolved from its own words (never
    inherited nor the report's) and differs from that of a figure of the same holder and
    metric in its sentence: a money or count baseline is then a level; a percentage the
    level or growth rate the figures beside it are (a level when one is). A baseline with
    no period of its own ("growth was 0.7%, down from 0.8%": maybe an earlier estimate of
    the same quarter) stays one. A percentage said to be revised that a growth rate of the
    same holder and metric starts from, in that rate's period, is no earlier estimate of it
    (it is the newer figure): it is the rate of the period before, of the same length ("a
    GDP growth rate of 5.6% in 2023, up from a revised 4.9%": 2022's growth)."""
    records = [record for record, _ in sentence]
    if not any(r.facet == BASELINE for r in records):
        return records
    out: list[ClaimRecord] = []
    for record, located in sentence:
        if (
            record.facet != BASELINE or record.period == CURRENT
            or record.found[2] not in OWN_PERIOD_WAYS
        ):
            out.append(record)
            continue
        kin = [
            other for other in records
            if other is not record and other.facet != BASELINE
            and fold_key(other.entity) == fold_key(record.entity)
            and fold_key(other.metric) == fold_key(record.metric)
        ]
        beside = {other.facet for other in kin if other.period != record.period}
        if not beside and record.kind == "percent" and record.status == "revised" and any(
            other.facet == GROWTH for other in kin
        ):
            before = period_before(record.period)
            if before is not None:
                record = replace(record, period=before)
                beside = {other.facet for other in kin}
        if not beside:
            out.append(record)
            continue
        if record.kind != "percent" or LEVEL in beside:
            out.append(replace(record, facet=LEVEL))
            continue
        if GROWTH not in beside:
            out.append(record)
            continue
        # "grew 5.2% year on year in the second quarter, up from 4.8% in the first": what a
        # rate is compared with is on its basis
        based = record if _based(record, tables) else _with_basis(
            record, {(other.metric, other.qualifier) for other in kin if other.facet == GROWTH})
        metric, qualifier = based.metric, based.qualifier
        if based is record and not on_the_period_before(located, tables):
            metric, qualifier = by_convention(
                metric, record.entity, GROWTH, record.period, qualifier, tables
            )
        # A rate written without a sign is the rise it states; one written negative keeps
        # its sign (ClaimRecord.with_sign).
        out.append(replace(record, facet=GROWTH, direction=record.direction or DIRECTIONS[0],
                           metric=metric, qualifier=qualifier))
    return out


class _Records:
    """The numeric records of a claim stream, in order, read a sentence at a time (the
    claims of a sentence come together in a document's claims) so that a baseline can be
    keyed by the figures beside it (:func:`own_period_baselines`); each is added to the
    within-document ``index`` as it was read, as written. ``read`` counts the claim lines
    read so far."""

    def __init__(
        self, claims: Iterable[Mapping[str, Any]], tables: ReconcileTables,
        index: DocumentIndex,
    ) -> None:
        self.claims, self.tables, self.index = claims, tables, index
        self.read = 0

    def __iter__(self) -> Iterator[ClaimRecord]:
        batch: list[tuple[ClaimRecord, Located | None]] = []
        document: list[ClaimRecord] = []  # the current document's records read so far
        current: tuple[str, int | None] | None = None
        for claim in self.claims:
            self.read += 1
            located = locate(claim)
            record = parse_claim(claim, self.tables, located)
            if record is None:
                continue
            if located is not None:
                self.index.add(claim, record, located)
            key = (record.doc_id, record.sentence_key)
            if key != current and batch:
                document += sequence_bases(own_period_baselines(batch, self.tables),
                                           self.tables)
                batch = []
                if current is not None and record.doc_id != current[0]:
                    yield from restated_bases(document, self.tables)
                    document = []
            current = key
            batch.append((record, located))
        document += sequence_bases(own_period_baselines(batch, self.tables), self.tables)
        yield from restated_bases(document, self.tables)


def sequence_bases(records: list[ClaimRecord], tables: ReconcileTables) -> list[ClaimRecord]:
    """One sentence's records, each rate of change with a period of its own and no basis
    taking the basis the sentence states for the same holder's and metric's rate of another
    period ("grew at a year-on-year pace of 0.4 percent in the first quarter, after
    contracting by 1.0 percent in the fourth quarter of 2016": the 1.0% is on a year earlier
    too). Rates on two stated bases beside it tell none."""
    stated = [r for r in records if r.facet == GROWTH and r.period != CURRENT
              and _based(r, tables)]
    if not stated:
        return records
    return [
        _with_basis(record, {
            (other.metric, other.qualifier) for other in stated
            if other.period != record.period
            and fold_key(other.entity) == fold_key(record.entity)
            and _unbased(other, tables) == _unbased(record, tables)
        })
        if record.facet == GROWTH and record.period != CURRENT
        and record.found[2] in OWN_PERIOD_WAYS and not _based(record, tables)
        else record
        for record in records
    ]


def restated_bases(records: list[ClaimRecord], tables: ReconcileTables) -> list[ClaimRecord]:
    """One document's records, each rate of change that states no basis taking the basis
    the document states for the same figure: the same value and direction, of the same
    holder, metric, period and modality, given once on one stated basis ("Romanian economy
    shrinks 10.5% in Q2" above "contracted 10.5% year-on-year in the second quarter": the
    headline's 10.5% is on a year earlier, and never meets another report's 12.3% fall on
    the first quarter). A figure the document gives on two stated bases tells no basis."""
    stated: dict[tuple[Any, ...], set[tuple[str | None, str]]] = {}
    for record in records:
        if record.facet == GROWTH and _based(record, tables):
            stated.setdefault(_figure(record, tables), set()).add(
                (record.metric, record.qualifier))
    if not stated:
        return records
    return [
        _with_basis(record, stated.get(_figure(record, tables), set()))
        if record.facet == GROWTH and not _based(record, tables) else record
        for record in records
    ]


def _based(record: ClaimRecord, tables: ReconcileTables) -> bool:
    """Whether a rate's metric or qualifiers, or its words, state its basis ("grew 0.4 percent
    sequentially": on the quarter before)."""
    return record.period_before or states_basis(record.metric or "", record.qualifier, tables)


def _with_basis(record: ClaimRecord, bases: set[tuple[str | None, str]]) -> ClaimRecord:
    """``record`` keyed on the one (metric, qualifiers) of ``bases``; as it is when they are
    none or several."""
    if len(bases) != 1:
        return record
    ((metric, qualifier),) = bases
    return replace(record, metric=metric, qualifier=qualifier)


def _unbased(record: ClaimRecord, tables: ReconcileTables) -> tuple[str, str]:
    """A rate's metric (casefolded) and qualifiers without the basis they state."""
    metric, qualifier = without_basis(record.metric or "", record.qualifier, tables)
    return fold_key(metric), qualifier


def _figure(record: ClaimRecord, tables: ReconcileTables) -> tuple[Any, ...]:
    """What makes two rates of one document the same figure, whatever basis they state."""
    return (fold_key(record.entity), *_unbased(record, tables), record.period,
            record.modality, record.direction, record.stated.low, record.stated.high)


def _without_facet(key: tuple[str, ...]) -> tuple[str, ...]:
    """A block key without its facet and direction (the 5th and 6th fields of
    ClaimRecord.subject_key)."""
    return key[:4] + key[6:]


def summarize(
    claims_count: int,
    findings: list[dict[str, Any]],
    *,
    keys: int | None = None,
    compared: int | None = None,
    by_type: Mapping[str, int] | None = None,
) -> str:
    """One summary line for stderr.

    For example: ``reconcile: 25 claims read, 15 compared over 8 keys; 3 findings
    (arithmetic 1, divergent_projection 1, pragmatic 1)``.
    """
    counts = dict(by_type) if by_type is not None else _by_type(findings)
    total = sum(counts.values())
    parts = [f"reconcile: {claims_count:,} claims read"]
    if compared is not None:
        parts.append(f", {compared:,} compared")
    if keys is not None:
        parts.append(f" over {keys:,} keys")
    listed = ", ".join(f"{name} {counts[name]:,}" for name in _type_order(counts))
    parts.append(f"; {total:,} finding{'' if total == 1 else 's'}")
    if listed:
        parts.append(f" ({listed})")
    return "".join(parts)


def _by_type(items: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    counts = Counter(str(item["type"]) for item in items)
    return {name: counts[name] for name in _type_order(counts)}


def _type_order(counts: Mapping[str, int]) -> list[str]:
    known = [name for name in FINDING_TYPES if counts.get(name)]
    return known + sorted(name for name in counts if name not in FINDING_TYPES and counts[name])
