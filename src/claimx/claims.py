"""The claim record: from the pipeline's plain span data to normalized JSON-able claims.

This module holds no spaCy objects. It calls the pure normalizers, resolves each figure's
scoping date against the document's reference date, settles the modality, and gives every
claim its stable id (``<doc_id>:<start>-<end>``).
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Any, Literal, get_args

from claimx.normalize.amount import Amount
from claimx.normalize.conversions import (
    conversion_groups,
    count_rate,
    inherit,
    rate_after,
    rate_before,
)
from claimx.normalize.dates import GRAINS, DateValue, Order, Prefer, numeric_order
from claimx.normalize.dates.arithmetic import shift_by
from claimx.normalize.money import local_dollar, written_form
from claimx.normalize.rules import Normalizers, default_normalizers
from claimx.record import (
    INHERITED,
    RESOLVED,
    SINCE_BASE,
    VALUE_OF_KIND,
    YEAR_ON_YEAR,
    AmountValue,
    Facet,
    Kind,
    Modality,
)

# The record's shape is declared in claimx.record; these are its values, for look-ups.
KINDS: tuple[Kind, ...] = get_args(Kind)
FIGURE_KINDS = tuple(kind for kind in KINDS if VALUE_OF_KIND[kind] is AmountValue)
DURATION_KIND = "duration"
FACETS: tuple[Facet, ...] = get_args(Facet)
MODALITIES: tuple[Modality, ...] = get_args(Modality)
SHORTEST_MONTH_DAYS = 28
VAGUE_OFFSETS = ("P", "-P")
# Modalities of a figure not yet (or never) real, set by the frame's cue words.
HYPOTHETICAL = "hypothetical"
FORWARD_MODALITIES = ("target", "projection", HYPOTHETICAL)
# How far after a fiscal quarter a gloss of its months may run: " (October-December 2023)".
GLOSS_CHARS = 40
BASELINE = "baseline"  # the facet of the level a change starts from
NEW_LEVEL = "new_level"  # the facet of the level a change reaches
_DIGIT = re.compile(r"\d")
_DECIMAL = re.compile(r"\d[.·]\d")  # a number written with decimals ("1.5%")

def claim_id(doc_id: str, start: int, end: int) -> str:
    """The stable id of a claim: document id and character span."""
    return f"{doc_id}:{start}-{end}"


def build_claims(
    doc_id: str,
    text: str,
    figures: Sequence[Mapping[str, Any]],
    *,
    doc_date: date | None = None,
    doc_window: tuple[date, date] | None = None,
    paragraphs: Sequence[int] = (),
    historical_years: int | None = None,
    normalizers: Normalizers | None = None,
    date_order: Order | Literal["figures"] | None = "figures",
    domain: str | None = None,
) -> list[dict[str, Any]]:
    """Normalized claims of one document, ordered by offset.

    ``figures`` are the records the ``claimx_frame`` component writes; a figure whose text
    does not normalize (a count with no counted noun, an unparseable amount) and a bare
    number (kind ``number``) are not claims.
    ``doc_window``: the first and last day an undated document may have come out on (its
    address's month or year); a relative date it writes reads as of that window when it
    names the same period from either end ("the fourth quarter" in February 2020), and
    stays relative otherwise ("on Monday").
    ``paragraphs`` are the character offsets at which paragraphs start. ``normalizers``
    are those of the pipeline's rules folder (default: the packaged rules); a figure dated
    ``historical_years`` or more before its document is historical (default: the rules
    folder's frame.json ``historical_years``).
    ``date_order`` is the day/month order the whole document's all-number dates show, for a
    caller that passes the figures of a document in parts; by default it is read off
    ``figures``.
    """
    normalize = normalizers or default_normalizers()
    if historical_years is None:
        historical_years = normalize.historical_years
    dates: dict[int, tuple[str, DateValue]] = {}
    # All-number dates whose order is ambiguous follow the document's unambiguous ones.
    order = numeric_order(date_texts(text, figures)) if date_order == "figures" else date_order
    # a date that scopes only forecasts falls after the report, however its sentence is
    # worded ("Net income may drop 35 per cent ... for the fiscal year ending in March")
    ahead = _forecast_dates(figures)
    # and a date that scopes a fact is in the past, whatever else its sentence foresees
    # ("grew by 16.1% in the third quarter ..., a much stronger rebound than expected")
    behind = _fact_dates(figures)
    for index, record in enumerate(figures):
        if record["kind"] == "date":
            prefer = _date_preference(record, text, normalize, forward=index in ahead,
                                      past=index in behind)
            phrase = text[record["start"] : record["end"]]
            if record.get("rule_id") in normalize.dates.tables.previous_period_rules:
                # "the previous period": dated by the period before it (_count_back_from_period)
                dates[index] = (claim_id(doc_id, record["start"], record["end"]),
                                DateValue(None, None, "range", relative=True, direction="past"))
                continue
            if record.get("rule_id") in normalize.dates.tables.elliptical_rules:
                phrase = _elliptical_period(figures, index, text, normalize) or ""
            parsed = _dated_phrase(phrase, doc_date, doc_window, normalize, prefer, order) if (
                phrase
            ) else None
            if parsed is not None:
                dates[index] = (claim_id(doc_id, record["start"], record["end"]), parsed)
    if doc_date is None:
        _resolve_by_stated_year(dates, figures, text, normalize, order)
    _count_back_from_period(dates, figures, text, normalize.dates.tables.anaphoric_words,
                            normalize.dates.tables.previous_period_rules)
    amounts = {
        index: _amount(record, text, normalize, _pair_end(figures, index, text, normalize))
        for index, record in enumerate(figures)
        if record["kind"] in FIGURE_KINDS
    }
    _local_dollar(figures, text, amounts, normalize, domain)
    _local_subunit(figures, text, amounts, normalize)
    _table_scales(figures, text, amounts, normalize)
    columns = _table_columns(figures, text, amounts)
    _count_rates(figures, text, amounts, normalize)
    _compared_rates(figures, amounts)
    # Lengths of time that scope figures, when they are claims themselves.
    lengths = {i: length for i, length in _lengths(doc_id, figures).items()
               if amounts.get(i) is not None}
    dates.update(lengths)
    # a length's text with its time word ("three days"), which its own span leaves out
    written = {
        scoping: f"{text[figures[i]['start'] : figures[i]['end']]} {figures[i]['noun_phrase']}"
        for i, (scoping, _) in lengths.items()
    }
    converts = _inherit_conversions(figures, text, amounts, normalize)
    stated_fiscal = _stated_fiscal_start(text, figures, dates, normalize, order)
    scopes = _parts_as_named_periods(dates)
    claims = []
    times: dict[int, dict[str, Any]] = {}  # the periods given so far, by figure
    for index, record in enumerate(figures):
        value = _value(record, text, dates.get(index), amounts.get(index))
        if value is None:
            continue
        if index in columns:  # a table cell: its column's date
            record = {**record, "time_index": columns[index], "time_inherited": False}
        start, end = record["start"], record["end"]
        time = _time(record, text, scopes, written) or _time_since(
            record, text, dates, doc_date
        )
        if time is not None and not _of_named_length(record, time, normalize):
            time = None
        if time is not None:
            time = _holder_fiscal_year(time, record.get("entity"), dates, record, normalize,
                                       order, stated_fiscal)
            time = _baseline_part(record, time, figures, index, times, normalize)
            times[index] = time
        if record["kind"] in FIGURE_KINDS:
            value = {**value, **_facet(record, value, normalize.tables.average_words)}
            # "$4.5bn trillion": read in the last scale, and in doubt
            value["doubt"] = "stacked_scales" if normalize.stacked_scales(text[start:end]) else None
            value["change_basis"] = (
                _change_basis(time, dates.get(record.get("base_index", -1)))
                or (YEAR_ON_YEAR if record.get("year_on_year") else None)
                if value["facet"] == "change" else None
            )
        modality = _modality(record, time, doc_date, historical_years)
        status = record.get("status")
        if modality == PROJECTION and _own_estimate(record, time, doc_date):
            modality, status = ACTUAL, status or PROVISIONAL
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
                "subject": _subject(record, time is not None),
                "time": time,
                "modality": modality,
                "cues": list(record.get("cues") or []),
                "status": status,
                "converts": claim_id(
                    doc_id, figures[converts[index]]["start"], figures[converts[index]]["end"]
                ) if index in converts else None,
                "rule_id": record.get("rule_id"),
                "source": "model" if record["kind"] == "entity" and not record.get("rule_id")
                else "rules",
            }
        )
    _conversions_share_frames(claims)
    _repeated_figures(claims)
    _sibling_precision(claims)
    return claims


def _conversions_share_frames(claims: Sequence[dict[str, Any]]) -> None:
    """A bracketed conversion is the figure it converts, written in another currency
    ("earnings up to $43.1m (£23.1m)"): every amount of the group takes one frame (subject,
    time, facet, direction, modality, status), in place. The parse reads the amount outside
    the brackets as the predicate's argument and the conversion as an apposition, so that
    amount's frame is the one kept, unless it names no metric and a conversion does."""
    by_id = {claim["id"]: claim for claim in claims}
    groups: dict[str, list[dict[str, Any]]] = {}
    for claim in claims:
        if claim.get("converts") in by_id:
            groups.setdefault(claim["converts"], []).append(claim)
    for main_id, conversions in groups.items():
        members = [by_id[main_id], *conversions]
        donor = next((m for m in members if m["subject"]["metric"] is not None), members[0])
        for member in members:
            if member is donor:
                continue
            member["subject"] = {**donor["subject"], "basis": dict(donor["subject"]["basis"])}
            member["time"] = None if donor["time"] is None else dict(donor["time"])
            member["value"] = {**member["value"], "facet": donor["value"].get("facet"),
                               "direction": donor["value"].get("direction"),
                               "change_basis": donor["value"].get("change_basis")}
            member["modality"], member["status"] = donor["modality"], donor["status"]


def _repeated_figures(claims: Sequence[dict[str, Any]]) -> None:
    """A money figure whose frame names nothing it measures, and that repeats a figure the
    document gave earlier with a measure ("Exports reached $4.6 billion ... the $4.6 billion
    milestone"), is that figure again: it takes its measure and metric and, where it has
    none, holder (all ``resolved``) and time (``inherited``), in place. The same amount in
    the same unit, bound and rate, read to the same precision, is what ties them; a
    percentage repeats by chance too often to be tied so ("sales fell 9%" ... "output was
    cut by around 9%")."""
    earlier: dict[tuple[Any, ...], dict[str, Any]] = {}
    for claim in claims:
        if claim["kind"] != "money":
            continue  # a percentage repeats by chance too often ("fell 9%" ... "around 9%")
        value = claim["value"]
        key = (value.get("unit"), value.get("per"), value.get("low"), value.get("high"),
               value.get("bound"), value.get("precision"))
        subject = claim["subject"]
        if subject["metric"] is not None:
            earlier.setdefault(key, claim)
            continue
        first = earlier.get(key)
        if first is None:
            continue
        their = first["subject"]
        basis = subject["basis"] = {**subject["basis"], "metric": RESOLVED}
        subject.update(measure=their["measure"], metric=their["metric"])
        if subject["entity"] is None and their["entity"] is not None:
            subject["entity"], basis["entity"] = their["entity"], RESOLVED
        if claim["time"] is None and first["time"] is not None:
            claim["time"] = {**first["time"], "inherited": True}
            basis["time"] = INHERITED


def _sibling_precision(claims: Sequence[dict[str, Any]]) -> None:
    """A whole percentage written beside percentages with decimals in its sentence is read
    to their precision, in place: "grew just 1.5%, down from an initial estimate of 2%"
    states 2.0%, as a table the figures come from would (a writer drops the ".0", not the
    digit). Money is left alone: "$5bn" beside "$4.6bn" is as often a round figure."""
    by_sentence: dict[int, list[dict[str, Any]]] = {}
    for claim in claims:
        value = claim["value"]
        if claim["kind"] == "percent" and value.get("unit") == "percent" and (
            value.get("precision") is not None and _DIGIT.search(claim["text"])
        ):
            by_sentence.setdefault(claim["sentence_start"], []).append(claim)
    for group in by_sentence.values():
        finest = min((c["value"]["precision"] for c in group
                      if _DECIMAL.search(c["text"])), default=None)
        if finest is None:
            continue
        for claim in group:
            if not _DECIMAL.search(claim["text"]) and claim["value"]["precision"] > finest:
                claim["value"] = {**claim["value"], "precision": finest}


def _subject(record: Mapping[str, Any], timed: bool = True) -> dict[str, Any]:
    """What the figure is about: holder, canonical metric, measure as written, source, and
    how the holder and the time were found (``timed``: whether the claim keeps a time; a
    vague one, "in previous years", is dropped)."""
    entity = record.get("entity")
    return {
        "entity": entity,
        "metric": record.get("metric"),
        "measure": record.get("measure"),
        "source": record.get("source"),
        "basis": {
            "entity": record.get("entity_basis") if entity is not None else None,
            "metric": record.get("metric_basis") if record.get("metric") else None,
            "time": None if record.get("time_index") is None or not timed
            else "inherited" if record.get("time_inherited") else "stated",
            "source": (record.get("source_basis") or "stated") if record.get("source")
            else None,
        },
    }


def _facet(
    record: Mapping[str, Any], value: Mapping[str, Any], average_words: frozenset[str]
) -> dict[str, Any]:
    """The facet of a figure (a level, a change and its direction, the baseline or new level
    of a change, a share, a rate per unit, an average: a level whose measure holds one of
    ``average_words``, rules/numbers.json)."""
    facet = record.get("facet") or "level"
    if facet == "level" and value.get("per"):
        facet = "rate"
    # "the average salary", or a level read as an average ("2004's average of $41.48":
    # metric "average price")
    words = f"{record.get('measure') or ''} {record.get('metric') or ''}".lower().split()
    if facet == "level" and average_words.intersection(words):
        facet = "average"
    return {"facet": facet, "direction": record.get("direction") if facet == "change" else None}


def _change_basis(
    time: Mapping[str, Any] | None, base: tuple[str, DateValue] | None
) -> str | None:
    """"year-on-year" when the date a change is measured against is a year back from the
    report ("compared with the same period last year", "up 3% on a year ago"), the figure's
    own period a year earlier ("GDP grew by 3.2% in the April-June period compared with the
    second quarter of 2013"), or the year that holds it ("in July-March of fiscal 2025
    compared with the same period of fiscal 2024"); None for the period just before the
    figure's (the unstated default) or a base left unresolved; else "since <start>/<end>"
    (a change over a stretch of its own: "GDP is now 0.2% above its pre-recession peak in
    the first quarter of 2008"), which is never the same figure as a change on another base.
    """
    if base is None:
        return None
    then = base[1]
    if then.relative and then.offset == YEAR_BACK:
        return YEAR_ON_YEAR  # "compared with the same period last year", "up 3% on a year ago"
    if then.start is None or then.end is None:
        return None
    since = SINCE_BASE.format(start=then.start.isoformat(), end=then.end.isoformat())
    if time is None:
        if then.relative and then.offset == ONE_STEP_BACK.get(then.grain or ""):
            return None  # "compared with the previous quarter": the unstated default
        return since  # "GDP is now 2.7% above its level in the first quarter of 2008"
    if not time.get("start") or not time.get("end"):
        return None  # "up 2.6% on 2003" last year, in an undated report: unknown
    start, end = date.fromisoformat(time["start"]), date.fromisoformat(time["end"])
    before = (_year_before(start), _year_before(end))
    whole_year = (then.end - then.start).days >= WHOLE_YEAR_SPAN > (end - start).days
    if (then.start, then.end) == before or (
        whole_year and then.start <= before[0] and before[1] <= then.end
    ):
        return YEAR_ON_YEAR
    if (start - then.end).days == 1 and abs(
        (end - start).days - (then.end - then.start).days
    ) <= PERIOD_LENGTH_SLACK_DAYS:
        return None  # the period just before: the unstated default ("on the previous quarter")
    if then.end >= start:
        return None  # a base that is not before the figure's period says nothing of its kind
    return since


# The offset of a date counted one year back from the report ("last year", "a year ago").
YEAR_BACK = "-P1Y"
# The offset of the period just before the report's, by its grain ("the previous quarter").
ONE_STEP_BACK = {"quarter": "-P3M", "month": "-P1M", "week": "-P1W", "day": "-P1D"}
PAST_OFFSET = re.compile(r"-P((?:\d+[YMWD])+)")  # a shift back in whole units: "-P3M"
PAST_PART = re.compile(r"(\d+)([YMWD])")
LONGEST_MONTH_DAYS = 31
PERIOD_LENGTH_SLACK_DAYS = 3  # quarters and months of a year differ by up to three days
YEAR_DAYS = 366
WHOLE_YEAR_SPAN = YEAR_DAYS - 2  # the last day minus the first of a 365-day year


def _year_before(day: date) -> date:
    """The same day a year earlier (28 February for 29 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def stated_year(values: Sequence[DateValue], latest: int | None = None) -> int | None:
    """The year an undated document speaks of: the one its dates that need no reference
    state most often (the latest of equals: news reports the latest period and compares it
    with earlier ones), or None when none states a year. Years after ``latest`` count only
    when no other year is stated."""
    years = _stated_years(values)
    if latest is not None and any(year <= latest for year in years):
        years = [year for year in years if year <= latest]
    counts = Counter(years)
    if not counts:
        return None
    if len(counts) > 1 and max(counts.values()) == 1:
        return None  # "2013-14 ... 2014-15 ... 2016-17": each year once tells none
    return max(counts, key=lambda year: (counts[year], year))


def _forecast_bound(values: Sequence[DateValue]) -> int | None:
    """The earliest year that a forecast of the document names: a report that expects growth
    "in 2004" was written in 2004 or before, whatever later years it also looks to ("the
    first quarter of 2005")."""
    years = _stated_years(values)
    return min(years) if years else None


def _stated_years(values: Sequence[DateValue]) -> list[int]:
    """The years that dates needing no reference, of a year or less, end in ("the 21st
    Century" names no year a report is of)."""
    return [
        value.end.year for value in values
        if not value.relative and value.end is not None and value.start is not None
        and (value.end - value.start).days <= YEAR_DAYS
    ]


def _forecast_dates(figures: Sequence[Mapping[str, Any]]) -> set[int]:
    """The indices of the dates that scope figures, all of them forecasts, targets or
    hypotheses (their cue, from the frame)."""
    return {index for index, forward in _scoped_cues(figures).items() if all(forward)}


def _forecast_sentence_dates(figures: Sequence[Mapping[str, Any]]) -> set[int]:
    """The indices of the dates of sentences whose figures are all forecasts, targets or
    hypotheses (their cue, from the frame), whatever figure each date scopes: "The
    government forecast growth of 2.6% this year and 7.5% in 2022, saying projections for
    2022 were based on ..." speaks of a year ahead twice and of the report's year never."""
    forward: dict[Any, bool] = {}
    for record in figures:
        if record["kind"] in FIGURE_KINDS:
            sentence = record.get("sentence_start")
            ahead = record.get("cue") in FORWARD_MODALITIES
            forward[sentence] = forward.get(sentence, True) and ahead
    return {index for index, record in enumerate(figures)
            if record["kind"] == "date" and forward.get(record.get("sentence_start"), False)}


def _fact_dates(figures: Sequence[Mapping[str, Any]]) -> set[int]:
    """The indices of the dates that scope a figure that is no forecast, target or
    hypothesis: a fact is of the past, whatever is foreseen beside it ("imports were up
    8.89 per cent in August ..., compared with the poll forecast of an 8.30 per cent
    growth")."""
    return {index for index, forward in _scoped_cues(figures).items() if not all(forward)}


def _scoped_cues(figures: Sequence[Mapping[str, Any]]) -> dict[int, list[bool]]:
    """For each date that scopes figures, by its index, whether each of them is a forecast,
    target or hypothesis (its cue, from the frame)."""
    cues: dict[int, list[bool]] = {}
    for record in figures:
        index = record.get("time_index")
        if index is not None:
            cues.setdefault(index, []).append(record.get("cue") in FORWARD_MODALITIES)
    return cues


def _dated_phrase(
    phrase: str, doc_date: date | None, window: tuple[date, date] | None,
    normalize: Normalizers, prefer: Prefer, order: Order | None,
) -> DateValue | None:
    """A date phrase read as of the document's date; in an undated document with a
    ``window``, as of its last day when its first day reads the same period, else as of no
    date."""
    parsed = normalize.date(phrase, doc_date, prefer=prefer, order=order)
    if doc_date is not None or window is None or parsed is None or not parsed.relative:
        return parsed
    first = normalize.date(phrase, window[0], prefer=prefer, order=order)
    last = normalize.date(phrase, window[1], prefer=prefer, order=order)
    if (
        first is not None and last is not None and last.start is not None
        and last.end is not None and (first.start, first.end) == (last.start, last.end)
    ):
        return last
    return parsed


def _resolve_by_stated_year(
    dates: dict[int, tuple[str, DateValue]],
    figures: Sequence[Mapping[str, Any]],
    text: str,
    normalize: Normalizers,
    order: Order | None,
) -> None:
    """In an undated document, the dates that lack only a year ("the second quarter", "from
    April to June") read in the year the document states elsewhere, when they cover a month or
    more and the document does not also write that period with its year (then the bare one
    is another year's); dates counted from the present ("last year", "a year ago", "this
    month") and days stay unresolved."""
    # A year only forecasts speak of ("growth is expected to be 0.2% in 2004", "they expect
    # to invest 7.7% more in the year to March 2005") says little of when the report was
    # written.
    ahead = _forecast_dates(figures) | _forecast_sentence_dates(figures)
    # Nor does a point of reference ("the highest level since 2001"), nor the base a change
    # is measured from ("48,000 fewer mortgages were approved in January than for the same
    # month in 2004").
    bases = {record.get("base_index") for record in figures}
    referred = {index for index in dates if figures[index].get("reference") or index in bases}
    counted = {index: value for index, (_, value) in dates.items()
               if index not in ahead and index not in referred}
    year = stated_year(list(counted.values()),
                       latest=_forecast_bound([dates[i][1] for i in ahead if i in dates]))
    of_year = [index for index, value in counted.items()
               if not value.relative and value.end is not None and value.end.year == year]
    # "In 2022, it expanded 2.8%": a report that names its year only whole, never a part of
    # it with the year, may have been written after that year and speak of the next one,
    # which it does not say: its bare quarters and months stay unresolved, but for those
    # that end the year ("in the fourth quarter alone, revenues declined by 2%")
    over = bool(of_year) and all(_whole_year(counted[index]) for index in of_year)
    if year is None:
        _read_after_latest(dates, figures, text, normalize, order, {
            index for index in _fact_dates(figures)
            if index in dates and not figures[index].get("reference")
        })
        return
    # A point of reference is in the past of the report ("wage rises are at their lowest
    # since 2009"): a year stated before it is another story's ("the record rate of
    # employment set in 2005"), not the report's.
    since = _stated_years([value for index, (_, value) in dates.items() if index in referred])
    if since and year < max(since):
        return
    # "... down from £2.6bn in January 2004", "£4bn in March, against £6bn in March 2019":
    # beside a period written with its year in its own sentence, or as what a figure is
    # compared with, the same period written without one is another year's; written in
    # another sentence as the period of the figures reported, it is that period again
    # ("6.3 percent in the final quarter of 2019. ... fell 1.6 percent in the
    # October-December period")
    reported = {
        record.get("time_index") for record in figures
        if record["kind"] in FIGURE_KINDS and record.get("facet") != BASELINE
    } - referred
    # a date of a sentence with no figure (a headline's "(2Q2024)") is compared with nothing
    with_figures = {record.get("sentence_start") for record in figures
                    if record["kind"] in FIGURE_KINDS}
    written = [((v.start, v.end), figures[index].get("sentence_start"),
                index not in reported and figures[index].get("sentence_start") in with_figures)
               for index, (_, v) in dates.items() if not v.relative]
    of_words = frozenset(normalize.dates.tables.grammar.words["of"])
    for index, (scoping_id, value) in list(dates.items()):
        if not value.relative or value.offset is not None or value.start is not None:
            continue
        record = figures[index]
        beside = {span for span, sentence, contrast in written
                  if contrast or sentence == record.get("sentence_start")}
        # "the fourth quarter last year": the year its relative year names, counted from
        # the stated one
        shift = _year_after(index, dates, figures, text, of_words)
        parsed = normalize.date(
            text[record["start"] : record["end"]], date(year + shift, 12, 31), prefer="past",
            order=order,
        )
        if (
            parsed is not None
            and parsed.start is not None
            and parsed.end is not None
            and parsed.start.year == year + shift
            and not (over and parsed.end.month != DECEMBER)
            # A month or longer: a weekday or a day of the month ("Wednesday", "5 May")
            # places a report, not the period its figures cover.
            and (parsed.end - parsed.start).days >= SHORTEST_MONTH_DAYS - 1
            and (parsed.start, parsed.end) not in beside
        ):
            dates[index] = (scoping_id, parsed)


DECEMBER = 12
YEARS_OFFSET = re.compile(r"(-?)P(\d+)Y")


def _year_after(
    index: int, dates: Mapping[int, tuple[str, DateValue]],
    figures: Sequence[Mapping[str, Any]], text: str, links: frozenset[str],
) -> int:
    """The years by which a relative year written right after the date at ``index`` ("last
    year", "this year", "a year earlier"), a comma or one of ``links`` ("of") at most
    between them, moves it from the year the report states: -1, 0, 1...; 0 when none
    follows."""
    end = figures[index]["end"]
    for other, (_, value) in dates.items():
        start = figures[other]["start"]
        if start < end or value.grain != "year" or value.offset is None:
            continue
        years = YEARS_OFFSET.fullmatch(value.offset)
        between = text[end:start].strip().removeprefix(",").strip().lower()
        if years is not None and (not between or between in links):
            return -int(years[2]) if years[1] else int(years[2])
    return 0


def _whole_year(value: DateValue) -> bool:
    """Whether a date is a calendar year, first day to last, not a part of one ("the last
    portion of 2004")."""
    return value.start is not None and value.end is not None and value.part is None and (
        (value.start.month, value.start.day, value.end.month, value.end.day) == (1, 1, 12, 31)
        and value.start.year == value.end.year
    )


def _read_after_latest(
    dates: dict[int, tuple[str, DateValue]],
    figures: Sequence[Mapping[str, Any]],
    text: str,
    normalize: Normalizers,
    order: Order | None,
    stated: set[int],
) -> None:
    """In an undated document whose years tell none apart (each stated once: "the worst
    contraction since ... the fourth quarter of 2008", "compared with ... 3.1 percent in the
    final quarter of 2018"), a date that lacks only a year ("grew 1.8 percent in the
    January-March quarter") and that in the year of the latest period the document dates a
    fact by (``stated``: no forecast's, no point of reference's) would end before that
    period began is the same period of the next year: a report gives its latest period and
    compares it with earlier ones. A date that the latest period's year holds at or after
    it ("1 percent growth in Oct-Dec" beside "the final quarter of 2018", "December" beside
    "2004") could be of either year and stays unresolved, as do days."""
    spans = [(value.start, value.end) for index in stated
             if not (value := dates[index][1]).relative and value.start is not None
             and value.end is not None and value.start.year == value.end.year]
    if not spans:
        return
    start, end = max(spans, key=lambda span: (span[1], span[0]))
    of_words = frozenset(normalize.dates.tables.grammar.words["of"])
    for index, (scoping_id, value) in list(dates.items()):
        if not value.relative or value.offset is not None or value.start is not None or (
            _year_after(index, dates, figures, text, of_words)  # "the fourth quarter last year"
        ):
            continue
        phrase = text[figures[index]["start"] : figures[index]["end"]]
        that_year, next_year = (
            normalize.date(phrase, date(year, 12, 31), prefer="past", order=order)
            for year in (end.year, end.year + 1)
        )
        if (
            that_year is not None and that_year.end is not None
            and that_year.start is not None and that_year.start.year == end.year
            and that_year.end < start
            and next_year is not None and next_year.start is not None
            and next_year.end is not None and next_year.start.year == end.year + 1
            and (next_year.end - next_year.start).days >= SHORTEST_MONTH_DAYS - 1
        ):
            dates[index] = (scoping_id, next_year)


YEAR_WORDS = 2  # the words of a year an elliptical date writes after its ordinal ("of 2022")


def _elliptical_period(
    figures: Sequence[Mapping[str, Any]], index: int, text: str, normalize: Normalizers
) -> str | None:
    """The period a date named by its ordinal alone stands for: the latest date before it in
    its sentence that names a unit of ``elliptical_units`` after an ordinal, with that
    ordinal replaced ("contracted 0.2 percent in the first quarter of 2019, then grew 0.1
    percent in the second": "the second quarter of 2019"), and its year with the date's own
    when it writes one ("fell by 0.1% in the first quarter compared with the fourth of
    2022": "the fourth quarter of 2022"); None without one."""
    tables = normalize.dates.tables
    record = figures[index]
    # "the second", or "the fourth of 2022", whose own year stays
    written = text[record["start"] : record["end"]].split()
    year = YEAR_WORDS if len(written) > YEAR_WORDS and written[-1].isdigit() else 0
    ordinal, own = written[-1 - year], written[len(written) - year:]
    for before in range(index - 1, -1, -1):
        earlier = figures[before]
        if earlier["sentence_start"] != record["sentence_start"]:
            return None
        if earlier["kind"] != "date":
            continue
        words = text[earlier["start"] : earlier["end"]].split()
        for at in range(1, len(words)):
            if tables.ordinal_unit(words[at - 1], words[at]):
                return " ".join([*words[: at - 1], ordinal, words[at], *(own or words[at + 1:])])
    return None


def _count_back_from_period(
    dates: dict[int, tuple[str, DateValue]],
    figures: Sequence[Mapping[str, Any]],
    text: str,
    anaphoric: frozenset[str],
    previous_rules: frozenset[str] = frozenset(),
) -> None:
    """A period counted back from another period ("the previous quarter", "a year
    earlier": a word of ``anaphoric`` and a past offset) read from the latest period written
    before it in its sentence, when one has the fitting length: a quarter or a month for
    a shift in months, any period of a year or less for a shift in years ("grew 0.6% between
    April and June 2024, after 0.7% in the previous quarter": January to March 2024); a
    period of ``previous_rules`` ("the previous period") is the one of the same length right
    before that period."""
    for index, (scoping_id, value) in list(dates.items()):
        record = figures[index]
        if record.get("rule_id") in previous_rules:
            anchor = _period_before(dates, figures, index, anaphoric, text)
            if anchor is not None and anchor.start is not None and anchor.end is not None:
                dates[index] = (scoping_id, _preceding(anchor))
            continue
        if record.get("same_period_of"):
            # "compared to 4.1 percent in the same period in 2023", after "In the first half
            # of the year": the first half of 2023
            dates[index] = (scoping_id, _same_period_in(value, dates, figures, index, anaphoric,
                                                        text))
            continue
        # "the year-earlier period": the words on either side of a hyphen count too
        words = set(text[record["start"] : record["end"]].lower().replace("-", " ").split())
        parts = _past_offset(value.offset) if value.relative else None
        if parts is None or not words & anaphoric:
            continue
        anchor = _period_before(dates, figures, index, anaphoric, text)
        if anchor is None or anchor.start is None or anchor.end is None:
            continue
        days = (anchor.end - anchor.start).days + 1
        months = parts.get("M", 0)
        fits = (
            (SHORTEST_MONTH_DAYS * months <= days <= LONGEST_MONTH_DAYS * months)
            if months and not parts.get("Y") else (parts.get("Y", 0) > 0 and days <= YEAR_DAYS)
        )
        if not fits:
            continue
        start = shift_by(anchor.start, parts, -1)
        end = shift_by(anchor.end + timedelta(days=1), parts, -1) - timedelta(days=1)
        dates[index] = (scoping_id, replace(value, start=start, end=end))


def _preceding(period: DateValue) -> DateValue:
    """The period of ``period``'s length that ends the day before it starts: as many whole
    calendar months back when it is whole months (a quarter, "the three months to June"),
    else as many days."""
    assert period.start is not None and period.end is not None
    after = period.end + timedelta(days=1)
    if period.start.day == 1 and after.day == 1:
        months = (after.year - period.start.year) * 12 + after.month - period.start.month
        start = shift_by(period.start, {"M": months}, -1)
    else:
        start = period.start - (after - period.start)
    return DateValue(start, period.start - timedelta(days=1), period.grain, relative=True,
                     direction="past")


def _same_period_in(
    value: DateValue,
    dates: Mapping[int, tuple[str, DateValue]],
    figures: Sequence[Mapping[str, Any]],
    index: int,
    anaphoric: frozenset[str],
    text: str,
) -> DateValue:
    """The year at ``index``, written after "the same period" and the like (the framer's
    ``same_period_of``), as the period its sentence is about (:func:`_period_before`) in
    that year, when that period is shorter than a year and ends in a later one; else the
    year as written."""
    if value.grain != "year" or value.start is None or value.end is None:
        return value
    anchor = _period_before(dates, figures, index, anaphoric, text)
    if anchor is None or anchor.start is None or anchor.end is None:
        return value
    years = anchor.end.year - value.end.year
    if years <= 0 or (anchor.end - anchor.start).days + 1 >= YEAR_DAYS:
        return value
    start = shift_by(anchor.start, {"Y": years}, -1)
    end = shift_by(anchor.end + timedelta(days=1), {"Y": years}, -1) - timedelta(days=1)
    return replace(value, start=start, end=end)


def _period_before(
    dates: Mapping[int, tuple[str, DateValue]],
    figures: Sequence[Mapping[str, Any]],
    index: int,
    anaphoric: frozenset[str],
    text: str,
) -> DateValue | None:
    """The latest period with both ends written before the date at ``index`` in its
    sentence, itself counted from no other period; else the one period the sentence's
    figures take from the sentences before ("The trade deficit widened to $68.2 billion in
    January ... Economists had expected the trade deficit to widen to $67.5 billion from the
    $66.6 billion originally reported for the previous month": December); None without
    one."""

    def counted(at: int) -> bool:
        record = figures[at]
        value = dates[at][1]
        return value.start is None or value.end is None or bool(
            value.relative and set(text[record["start"] : record["end"]].lower().split())
            & anaphoric
        )

    sentence = figures[index]["sentence_start"]
    for before in range(index - 1, -1, -1):
        record = figures[before]
        if record["sentence_start"] != sentence:
            break
        if before not in dates or record["kind"] != "date" or counted(before):
            continue
        return dates[before][1]
    taken = {
        record["time_index"] for record in figures
        if record["sentence_start"] == sentence and record.get("time_inherited")
        and record.get("time_index") in dates and record["time_index"] != index
    }
    if len(taken) != 1:
        return None
    (at,) = taken
    return None if counted(at) else dates[at][1]


def _past_offset(offset: str | None) -> dict[str, int] | None:
    """The parts of a past ISO 8601 shift ("-P3M" -> {"M": 3}), None for any other."""
    found = PAST_OFFSET.fullmatch(offset or "")
    if found is None:
        return None
    parts = {kind: int(count) for count, kind in PAST_PART.findall(found.group(1))}
    return parts if any(parts.values()) else None


def _date_preference(
    record: Mapping[str, Any], text: str, normalize: Normalizers, *, forward: bool = False,
    past: bool = False,
) -> Prefer:
    """ "future" for a date in a sentence about the future ("the election is expected on 5
    May") or that scopes only forecasts (``forward``), so that a date without a year falls
    after the reference date; "past" otherwise, and for a date that scopes a fact (``past``)
    whatever its sentence foresees. A range of months keeps the reference year
    ("what will happen from May to September"), as Recognizers-Text reads it."""
    if "range" in (record.get("rule_id") or "") or past:
        return "past"
    if forward:
        return "future"
    sentence = text[record["sentence_start"] : record["sentence_end"]]
    return "future" if normalize.about_future(sentence) else "past"


def _pair_end(
    figures: Sequence[Mapping[str, Any]], index: int, text: str, normalize: Normalizers
) -> str | None:
    """The text of the second end when figure ``index`` opens a from/to pair of money or
    percentages ("from $20 to $25 billion"), else None."""
    record = figures[index]
    if record["kind"] not in ("money", "percent") or index + 1 >= len(figures):
        return None
    after = figures[index + 1]
    if after["kind"] != record["kind"] or not normalize.is_pair(
        text, (record["start"], record["end"]), (after["start"], after["end"])
    ):
        return None
    return text[after["start"] : after["end"]]


def _local_dollar(
    figures: Sequence[Mapping[str, Any]],
    text: str,
    amounts: dict[int, Amount | None],
    normalize: Normalizers,
    domain: str | None = None,
) -> None:
    """A bare "$" in a document that writes "$US" is its own dollar ("$US2 trillion ($3
    trillion)" in an Australian paper), and so is one in a document from an address of a
    dollar country's domain (``domain``: "au") that writes that dollar no other way, in
    place."""
    money = [index for index, record in enumerate(figures) if record["kind"] == "money"]
    forms = {
        index: written_form(text[figures[index]["start"] : figures[index]["end"]],
                            normalize.tables)
        for index in money
    }
    prefer = next((figures[index].get("prefer") or () for index in money), ())
    code = local_dollar(list(forms.values()), prefer, normalize.tables, domain)
    if code is None:
        return
    for index, form in forms.items():
        amount = amounts.get(index)
        if form == "$" and amount is not None and amount.unit == "USD":
            amounts[index] = amount.with_unit(code)


def _local_subunit(
    figures: Sequence[Mapping[str, Any]],
    text: str,
    amounts: dict[int, Amount | None],
    normalize: Normalizers,
) -> None:
    """A generic subunit written alone ("0.17 cents") is a hundredth of the currency of the
    amount written last before it in its sentence ("slash its dividend from a record 4.86
    euros in 2014 to just 0.17 cents": euro cents), in place, unless that currency's
    hundredth has a name of its own ("pence"); with none before it, it keeps its own code."""
    tables = normalize.tables
    # currencies whose hundredth has a name of its own ("pence", "paise"): no cents
    named = {code for name, code in tables.subunits.items()
             if name.split()[-1] not in tables.generic_subunits}
    last: tuple[int, str] | None = None  # (sentence start, code) of the last amount
    for index, record in enumerate(figures):
        if record["kind"] != "money":
            continue
        amount = amounts.get(index)
        if amount is None or amount.unit is None:
            continue
        sentence = record["sentence_start"]
        words = text[record["start"] : record["end"]].lower().split()
        # a number and the subunit ("0.17 cents", "20 cents a share"; not "20 US cents")
        if len(words) > 1 and _numeral(words[0]) and words[1] in tables.generic_subunits:
            if (
                last is not None and last[0] == sentence and last[1] != amount.unit
                and last[1] not in named
            ):
                amounts[index] = amount.with_unit(last[1])
            continue
        last = (sentence, amount.unit)


def _numeral(word: str) -> bool:
    """Whether ``word`` is a number written in digits ("0.17", "1,200")."""
    return word.replace(",", "").replace(".", "", 1).isdigit()


def _count_rates(
    figures: Sequence[Mapping[str, Any]],
    text: str,
    amounts: dict[int, Amount | None],
    normalize: Normalizers,
) -> None:
    """A count stated at a rate after its noun ("sells 5,000 cars a month", "six hours a
    day") is a rate per that unit (``claimx.normalize.conversions.count_rate``), in place."""
    for index, record in enumerate(figures):
        amount = amounts.get(index)
        if record["kind"] != "quantity" or amount is None or amount.per is not None:
            continue
        per = count_rate(text, record["end"], record.get("noun_phrase"), normalize.tables)
        if per is not None:
            amounts[index] = replace(amount, per=per)


# A table row ("Revenue (m) | €6,648 | €7,151 | +8% |"): its cells, and its label's
# bracketed scale, a currency sign or code beside it ("(m)", "(€m)", "($ bn)")
TABLE_CELL = "|"
ROW_SCALE = re.compile(r"\(\s*[^\s\w()]?\s*([a-z]+)\s*\)\s*$", re.IGNORECASE)


def _table_scales(
    figures: Sequence[Mapping[str, Any]], text: str, amounts: dict[int, Amount | None],
    normalize: Normalizers,
) -> None:
    """An amount of money written without a scale in a table row whose label states one in
    brackets is in that scale ("Revenue (m) | €6,648 | €7,151 |": €7,151 million), in
    place."""
    scales = normalize.tables.scales
    for index, record in enumerate(figures):
        amount = amounts.get(index)
        if record["kind"] != "money" or amount is None or amount.low is None:
            continue
        written = text[record["start"] : record["end"]].lower()
        if any(word in scales for word in re.findall(r"[a-z]+", written)):
            continue  # "€7.15 billion" states its own
        line_start = text.rfind("\n", 0, record["start"]) + 1
        label = text[line_start : record["start"]]
        if TABLE_CELL not in label:
            continue
        row_label = next((cell.strip() for cell in label.split(TABLE_CELL) if cell.strip()), "")
        found = ROW_SCALE.search(row_label)
        factor = scales.get(found.group(1).lower()) if found is not None else None
        if factor is None:
            continue
        amounts[index] = replace(
            amount, low=amount.low * factor,
            high=amount.high * factor if amount.high is not None else None,
            precision=amount.precision * factor if amount.precision is not None else None,
        )


def _table_columns(
    figures: Sequence[Mapping[str, Any]], text: str, amounts: Mapping[int, Amount | None]
) -> dict[int, int]:
    """The date each figure in a table cell is of, by the figure's index: the one its
    column's heading names, in the nearest row above it in the table that names dates
    ("Year End 31 Mar | Mar 31, 2017 | Mar 31, 2018 |" over "Revenue (m) | €6,648 | €7,151
    |": €6,648 is of 31 March 2017), whatever date the sentence around the table gave it."""
    dates = [(record["start"], index) for index, record in enumerate(figures)
             if record["kind"] == "date"]
    columns: dict[int, int] = {}
    for index in amounts:
        start = figures[index]["start"]
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        row = text[line_start : line_end if line_end >= 0 else len(text)]
        if row.count(TABLE_CELL) < 2:
            continue
        column = text.count(TABLE_CELL, line_start, start)
        heading = _column_heading(text, line_start, column, dates)
        if heading is not None:
            columns[index] = heading
    return columns


def _column_heading(
    text: str, row_start: int, column: int, dates: Sequence[tuple[int, int]]
) -> int | None:
    """The index of the date in cell ``column`` of the nearest row above ``row_start`` in
    its table (contiguous lines of cells) that names a date in any cell, or None."""
    end = row_start - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text.count(TABLE_CELL, start, end) < 2:
            return None  # the table begins below
        named = [(at, index) for at, index in dates if start <= at < end]
        if named:
            return next((index for at, index in named
                         if text.count(TABLE_CELL, start, at) == column), None)
        end = start - 1
    return None


def _compared_rates(
    figures: Sequence[Mapping[str, Any]], amounts: dict[int, Amount | None]
) -> None:
    """An amount compared with a rate in the same unit is a rate per that unit too ("pay
    $50-70 per hour for a developer in Pakistan, compared to $150+ domestically": $150+ an
    hour), in place."""
    for index, record in enumerate(figures):
        amount, other = amounts.get(index), record.get("compared_index")
        if amount is None or amount.per is not None or other is None:
            continue
        compared = amounts.get(other)
        if compared is not None and compared.per is not None and compared.unit == amount.unit:
            amounts[index] = replace(amount, per=compared.per)


def _inherit_conversions(
    figures: Sequence[Mapping[str, Any]],
    text: str,
    amounts: dict[int, Amount | None],
    normalize: Normalizers,
) -> dict[int, int]:
    """A rate word before the amount's noun makes it a rate ("monthly fees of 300 yuan"),
    and bracketed conversions take the bound and rate of the amount they convert ("less
    than $30m (£16m)"; ``claimx.normalize.conversions``), in place. Returns the index of
    the amount each conversion converts, by the conversion's index."""
    money = [index for index, record in enumerate(figures) if record["kind"] == "money"]
    spans = [(figures[index]["start"], figures[index]["end"]) for index in money]
    for index, (start, _) in zip(money, spans, strict=True):
        amount = amounts.get(index)
        rate = rate_before(text, start, normalize.tables)
        if amount is not None and amount.per is None and rate is not None:
            amounts[index] = replace(amount, per=rate)
    converts: dict[int, int] = {}
    for group in conversion_groups(text, spans, normalize.tables):
        indexes = [money[position] for position in group]
        main = amounts.get(indexes[0])
        per = rate_after(text, spans[group[-1]][1], normalize.tables)
        if main is None:
            continue  # an amount not read is no claim: nothing names it
        converts.update((index, indexes[0]) for index in indexes[1:])
        if main.per is None and per is not None:
            amounts[indexes[0]] = main = replace(main, per=per)
        for index in indexes[1:]:
            converted = amounts.get(index)
            if converted is not None:
                amounts[index] = inherit(main, converted, per)
    return converts


def _amount(
    record: Mapping[str, Any], text: str, normalize: Normalizers, pair_end: str | None
) -> Amount | None:
    """The value of a money, percent or count figure (a count needs its counted noun)."""
    kind = record["kind"]
    span_text = text[record["start"] : record["end"]]
    if pair_end is not None:
        return normalize.pair_start(kind, span_text, pair_end, record.get("prefer") or ())
    if kind == "money":
        return normalize.money(span_text, record.get("prefer") or ())
    if kind == "percent":
        return normalize.percent(span_text)
    noun = record.get("noun_phrase")
    if not noun:  # "unemployment rose 206,900": a count of its measure, when that counts
        # "people over 60" (an age), "1,000 to 2,000 music files" (a range's end); the
        # sentence before it, where "the number of" may name what it counts
        around = normalize.tables.count_measure_window_chars
        opening = record.get("sentence_start", max(record["start"] - around, 0))
        before = text[opening : record["start"]]
        after = text[record["end"] : record["end"] + around]
        return normalize.count_of_measure(span_text, record.get("measure"), before, after)
    if kind == "duration":  # "two hours 18 minutes 15" seconds: one length, in seconds
        clock = normalize.clock_duration(span_text, noun)
        if clock is not None:
            return clock
    amount = normalize.count(span_text)
    return amount.with_unit(noun) if amount is not None else None


def date_texts(text: str, figures: Sequence[Mapping[str, Any]]) -> list[str]:
    """The texts of the date figures among ``figures``."""
    return [text[record["start"] : record["end"]] for record in figures if record["kind"] == "date"]


def _value(
    record: Mapping[str, Any],
    text: str,
    date_value: tuple[str, DateValue] | None,
    amount: Amount | None,
) -> dict[str, Any] | None:
    kind = record["kind"]
    if kind == "entity":
        span_text = text[record["start"] : record["end"]]
        return {"canonical": record.get("canonical") or span_text, "label": record["label"]}
    if kind == "date":
        return date_value[1].to_json() if date_value is not None else None
    # a bare number ("minus five", "3/4") claims nothing
    return amount.to_json() if amount is not None else None


def _lengths(
    doc_id: str, figures: Sequence[Mapping[str, Any]]
) -> dict[int, tuple[str, DateValue]]:
    """The lengths of time that scope figures ("took $19.5m in three days") as periods:
    relative, with no start or end, in the grain of their unit (days, weeks, months,
    quarters, years; a length in hours or decades scopes nothing)."""
    scoping = {
        index for record in figures
        if (index := record.get("time_index")) is not None
        and figures[index]["kind"] == DURATION_KIND
    }
    out = {}
    for index in sorted(scoping):
        record = figures[index]
        unit = str(record.get("noun_phrase") or "").lower()  # its time word
        grain = unit if unit.endswith("s") else f"{unit}s"
        if grain in GRAINS:
            out[index] = (
                claim_id(doc_id, record["start"], record["end"]),
                DateValue(None, None, grain, relative=True),
            )
    return out


def _parts_as_named_periods(
    dates: Mapping[int, tuple[str, DateValue]],
) -> dict[int, tuple[str, DateValue]]:
    """The dates as periods that scope figures: a part of a period, which its words place
    only roughly ("the end of 2008": September to December), stands for the one period of a
    month or more, and half the part's length or more, that the document names inside it
    ("the October-December period", "the fourth quarter"; not "by September 2004"), when it
    names exactly one; the date's own claim keeps its reading."""
    named = {
        (value.start, value.end): value for _, value in dates.values()
        if value.part is None and value.start is not None and value.end is not None
        and (value.end - value.start).days >= SHORTEST_MONTH_DAYS - 1
    }
    scopes = dict(dates)
    for index, (scoping_id, value) in dates.items():
        if value.part is None or value.start is None or value.end is None:
            continue
        inside = [named[span] for span in named
                  if value.start <= span[0] and span[1] <= value.end
                  and span != (value.start, value.end)
                  and 2 * (span[1] - span[0]).days >= (value.end - value.start).days]
        if len(inside) == 1:
            scopes[index] = (scoping_id, inside[0])
    return scopes


def _of_named_length(
    record: Mapping[str, Any], time: Mapping[str, Any], normalize: Normalizers
) -> bool:
    """Whether a period a figure takes up from an earlier sentence is of the kind its clause
    names alone ("operating profit for the year plummeted", after "in the fourth quarter":
    no), by its length when it has dates, else by its grain; a period of the figure's own,
    or a figure that names none, always fits."""
    noun = record.get("period_noun")
    tables = normalize.dates.tables
    if noun not in tables.period_noun_days or not (
        time.get("inherited") or record.get("period_whole")
    ):
        return True
    start, end = time.get("start"), time.get("end")
    if not isinstance(start, str) or not isinstance(end, str):
        grain = time.get("grain")
        return grain == noun or grain not in tables.period_noun_days
    days = (date.fromisoformat(end) - date.fromisoformat(start)).days + 1
    named = tables.period_noun_days[noun]
    return abs(days - named) <= named * tables.period_noun_tolerance


def _baseline_part(
    record: Mapping[str, Any], time: dict[str, Any], figures: Sequence[Mapping[str, Any]],
    index: int, times: Mapping[int, dict[str, Any]], normalize: Normalizers,
) -> dict[str, Any]:
    """The period of a baseline dated by a year alone when the figure it is the baseline of,
    before it in its sentence, is of a part of another year: the same part of that year
    ("fourth quarter operating profits fall to 785m euros from 2.4bn euros in 2003": the
    fourth quarter of 2003, not the year)."""
    if record.get("facet") != BASELINE or time.get("grain") != "year" or (
        time.get("relative") or not time.get("start")
    ):
        return time
    year = int(str(time["start"])[:4])
    for before in range(index - 1, -1, -1):
        other = figures[before]
        if other.get("sentence_start") != record.get("sentence_start"):
            break
        if other.get("facet") not in (NEW_LEVEL, "change") or before not in times:
            continue
        own = times[before]
        if own.get("inherited") or own.get("grain") in ("year", "fiscal_year"):
            return time  # a period continued from elsewhere may be another figure's
        start, end = own.get("start"), own.get("end")
        if start and end:
            first, last = date.fromisoformat(start), date.fromisoformat(end)
        else:
            # an undated report's "fourth quarter": read in the baseline's year
            read = normalize.date(str(own.get("text") or ""), date(year, 12, 30),
                                  prefer="past")
            if read is None or read.start is None or read.end is None:
                return time
            first, last = read.start, read.end
        if first.year != last.year or (last - first).days >= YEAR_DAYS:
            return time
        return {**time, "grain": own.get("grain"),
                "start": _same_day_in(first, year).isoformat(),
                "end": _same_day_in(last, year).isoformat()}
    return time


def _same_day_in(day: date, year: int) -> date:
    """``day`` in ``year``; a month's last day stays its last (28 or 29 February)."""
    last = calendar.monthrange(day.year, day.month)[1]
    if day.day == last:
        return day.replace(year=year, day=calendar.monthrange(year, day.month)[1])
    return day.replace(year=year)


def _time(
    record: Mapping[str, Any], text: str, dates: Mapping[int, tuple[str, DateValue]],
    written: Mapping[str, str] | None = None,
) -> dict[str, Any] | None:
    index = record.get("time_index")
    if index is None or index not in dates:
        return None
    scoping_id, value = dates[index]
    if value.offset in VAGUE_OFFSETS:
        return None  # "in previous years", "coming years" scope nothing checkable
    start, end = (int(x) for x in scoping_id.rsplit(":", 1)[1].split("-"))
    return {
        "claim_id": scoping_id,
        "text": (written or {}).get(scoping_id, text[start:end]),
        "inherited": bool(record.get("time_inherited")),
        **value.to_json(),
    }


def _stated_fiscal_start(
    text: str,
    figures: Sequence[Mapping[str, Any]],
    dates: Mapping[int, tuple[str, DateValue]],
    normalize: Normalizers,
    order: Order | None,
) -> int | None:
    """The month a fiscal year starts in as the report states it: in words ("the financial
    year to March") or by the months glossed after a fiscal quarter ("the first quarter of
    fiscal 2024 (October-December)"); None when it states none, or two that disagree."""
    month = normalize.stated_fiscal_start(text)
    if month is not None:
        return month
    glossed = set()
    for index, (_, value) in dates.items():
        start, end = figures[index]["start"], figures[index]["end"]
        start_month = normalize.glossed_fiscal_start(
            text[start:end], value, text[end : end + GLOSS_CHARS], order
        )
        if start_month is not None:
            glossed.add(start_month)
    return glossed.pop() if len(glossed) == 1 else None


def _holder_fiscal_year(
    time: dict[str, Any],
    holder: Any,
    dates: Mapping[int, tuple[str, DateValue]],
    record: Mapping[str, Any],
    normalize: Normalizers,
    order: Order | None,
    stated: int | None = None,
) -> dict[str, Any]:
    """A figure's fiscal period stated outright, read under the fiscal year of whoever keeps the
    books: its holder's own (rules/fiscal_years.json: the UK government's "2013-14" is April
    2013 to March 2014); else the one its report states (``stated``, the month it starts in:
    "its fiscal year ends in September"); for a company, its country's companies' where the
    rules know one (``company_countries``: an Indian firm's "Q3 FY25" is October to December
    2024); for any other holder, or none, the government's of the country the frame gives it
    (``fiscal_place``: "In 2016-17 the shortfall is £11.4bn" in a report of the UK's
    budget). With none known, a period whose months depend on it has none, no start and no
    end ("Walmart's fourth quarter of fiscal 2020" is no government's quarter), while a span
    of named months keeps them ("July-March of fiscal 2025"); ``time`` as it is for any
    other period."""
    index = record.get("time_index")
    if not isinstance(index, int) or index not in dates:
        return time
    value = dates[index][1]
    if not normalize.stated_fiscal(time["text"], value):
        return time
    fiscal, place = normalize.fiscal, record.get("fiscal_place")
    month = fiscal.start_month(holder) if isinstance(holder, str) else None
    if month is None:
        month = stated
    if month is None and record.get("fiscal_company"):
        month = fiscal.company_start_month(place if isinstance(place, str) else None)
    elif month is None:
        month = fiscal.start_month(place) if isinstance(place, str) else None
    if month is None:
        if not normalize.fiscal_months(time["text"], order):
            return time
        return {**time, "start": None, "end": None}
    again = normalize.fiscal_date(time["text"], value, month, order)
    return time if again is None else {**time, **again.to_json()}


def _time_since(
    record: Mapping[str, Any], text: str, dates: Mapping[int, tuple[str, DateValue]],
    doc_date: date | None,
) -> dict[str, Any] | None:
    """The period of a change measured since a period and given no period of its own
    ("Since the second quarter of 2013, the economy has grown by 3.1%"): the latest period
    of the base's length that the document names after the base and before its own date
    ("grew by 0.8% in the second quarter of 2014"), inherited; None in an undated
    document, for any other figure, or without such a period."""
    base = dates.get(record.get("base_index", -1))
    if doc_date is None or record.get("facet") != "change" or base is None:
        return None
    then = base[1]
    if then.start is None or then.end is None:
        return None
    length = (then.end - then.start).days
    latest: tuple[date, int] | None = None
    for index, (_, value) in dates.items():
        if (
            value.start is not None and value.end is not None
            and value.start > then.end and value.end <= doc_date
            and abs((value.end - value.start).days - length) <= PERIOD_LENGTH_SLACK_DAYS
            and (latest is None or value.end > latest[0])
        ):
            latest = (value.end, index)
    if latest is None:
        return None
    return _time({**record, "time_index": latest[1], "time_inherited": True}, text, dates)


def _modality(
    record: Mapping[str, Any],
    time: Mapping[str, Any] | None,
    doc_date: date | None,
    historical_years: int,
) -> str:
    """Cue words decide first; then the scoping date (a deadline, or a past period). The
    level a forecast or target change starts from is no forecast ("growth is expected to
    fall from 3.2% last year to 2.5%", "plans to cut its stake from 80%"), unless the cue
    is of the figure's own clause ("higher than the $9.57 billion that analysts had
    expected": what was expected)."""
    cue = record.get("cue")
    if cue in FORWARD_MODALITIES and not (
        record.get("facet") == BASELINE and cue != HYPOTHETICAL and not record.get("cue_own")
    ):
        return str(cue)
    if time is None:
        return "actual"
    offset = time.get("offset") or ""
    ahead = offset.startswith("P") and any(c in "123456789" for c in offset)
    end = time.get("end")
    # a deadline already past when the report was written is met or missed, no forecast
    # ("it soared to 6.3% by July 2022" in a 2024 report)
    past = doc_date is not None and isinstance(end, str) and end < doc_date.isoformat()
    if (record.get("deadline") and not past) or ahead:
        return "projection"  # "this year" (P0Y) is the present, not a forecast
    if offset.startswith("-P") and _years(offset) >= historical_years:
        return "historical"
    if doc_date is not None and end and end < f"{doc_date.year - historical_years + 1:04d}":
        return "historical"
    return "actual"


PROJECTION, ACTUAL, PROVISIONAL = "projection", "actual", "provisional"


def _own_estimate(
    record: Mapping[str, Any], time: Mapping[str, Any] | None, doc_date: date | None
) -> bool:
    """Whether a forecast is its holder's own of a period over before the report was
    written: the first estimate of a fact, a provisional actual ("Samsung Electronics on
    Tuesday predicted that its operating profit for the fourth quarter of last year would
    tumble 35 percent", in January), not what others expect of it ("Economists expected
    growth of 2.6% in the second quarter") nor of a period still running."""
    end = time.get("end") if time is not None else None
    holder = record.get("entity")
    return (
        doc_date is not None and isinstance(end, str) and end < doc_date.isoformat()
        # a period of its own words, not one carried over from another sentence
        and time is not None and not time.get("inherited")
        and holder is not None and holder == record.get("source")
        # "slightly better than analysts' average forecast of £519m": the forecasters',
        # whoever tells of it
        and not record.get("forecast_outside")
    )


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
