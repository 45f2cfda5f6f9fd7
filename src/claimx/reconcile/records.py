"""Claim lines reduced to what reconciliation compares, and the keys that block them.

A :class:`ClaimRecord` keeps only the fields the checks and the findings need (not the
sentence), so a million claims fit in memory. Its comparison key is built from data: the
canonical entity and metric from extraction, the unit family, the per-unit, the facet
(level, change or growth), the period and the modality.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from calendar import monthrange
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, get_args

from claimx.normalize.dates import fiscal_label_problem, is_fiscal_label
from claimx.normalize.dates import parse_date as read_period
from claimx.normalize.fiscal import FiscalYears
from claimx.normalize.inflection import singular
from claimx.reconcile.intervals import ClaimValue, Interval, claim_value, representative
from claimx.reconcile.tables import ReconcileTables
from claimx.record import SINCE_BASE, Direction
from claimx.record import YEAR_ON_YEAR as CHANGE_ON_A_YEAR

NUMERIC_KINDS = ("money", "percent", "quantity")
CURRENT = "current"
BASELINE = "baseline"  # the earlier value a change is measured from
UNRESOLVED = "rel:"
DEFAULTED = "defaulted"  # how a field the frame could not find was filled
QUARTER_MONTHS = 3
# A fiscal period of a holder whose fiscal year the rules do not know ("Walmart's fiscal
# 2020"): keyed by the label alone, read under a year starting in January, so that "FY2020"
# and "fiscal 2020" meet each other and never a calendar period.
FISCAL_LABEL = "fy?:"
# The open end of a period key ("2010-01-01/..": since 2010), as ISO 8601 writes it.
OPEN = ".."
ZERO_SHIFT = "P0D"
GROWTH = "growth"  # the facet of a percentage change
CHANGE_FACETS = frozenset({GROWTH, "change"})
# The directions a change may have, as the claim schema declares them (up, down).
DIRECTIONS: tuple[str, ...] = get_args(Direction)
# The direction part of the key of a change with a direction: a rise and a fall of one key
# meet, compared by their signed values.
SIGNED = "signed"
_DURATION = re.compile(r"^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")
_DIGIT = re.compile(r"\d")
# a year or a period's label written with digits ("2021", "Q3", "H1", "FY24"): no figure
_DATE_NUMBER = re.compile(r"\b(?:1[89]\d\d|20\d\d|[QH][1-4]|FY\d{2,4})\b", re.IGNORECASE)
OPENING_WORDS = 6  # the longest later phrase of a sentence's opening ("on an annual basis")
_UP_TO_LAST_DIGIT = re.compile(r".*\d", re.DOTALL)
_WORD = re.compile(r"[^\W\d_]+")
_CLAUSE_END = re.compile(r"[,;:.()]")
_FOUND: dict[tuple[str, str, str], tuple[str, str, str]] = {}
_HOW = ("stated", "inherited", "resolved", "defaulted")


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
    direction: str | None = None
    sentence_key: int | None = None
    same_thing: bool = False
    status: str | None = None
    found: tuple[str, str, str] = ("defaulted", "defaulted", "defaulted")
    statistic: bool = True
    malformed: str | None = None
    guessed_holder: bool = False
    guessed_metric: bool = False
    source: str | None = None
    qualifier: str = ""
    signed_value: bool = False
    """The value is signed (a fall negative): the record as compared, see with_sign."""
    conversion: bool = False
    """A bracketed conversion of another amount ("11.69 trillion won ($10.82 billion)")."""
    period_before: bool = False
    """A change whose words say it is on the period before ("grew 0.4 percent sequentially"):
    a basis stated, which a document's same figure on a year earlier never lends it."""
    names_year: bool = False
    """Its sentence says its figures are a year's ("operating profit for the year"), whether
    or not a date gives the year."""

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
        """Entity, metric and unit are all known, and a count is a statistic about its holder:
        the claim can be compared across documents."""
        return (
            bool(self.entity and self.metric)
            and (self.kind == "percent" or bool(self.unit))
            and self.statistic
            and not self.guessed_holder
        )

    @property
    def signed(self) -> bool:
        """A change with a direction: compared by its signed value (a rise of 0.1% is +0.1,
        a fall of 0.3% is -0.3), so a rise and a fall of one key meet."""
        return self.facet in CHANGE_FACETS and self.direction in DIRECTIONS

    def subject_key(self) -> tuple[str, str, str, str, str, str]:
        """Entity, metric (with its qualifiers), unit family, per-unit, facet and direction,
        casefolded. The direction of a change is only whether it has one: a change without
        one ("a change of 2%") never meets a rise or a fall, which it may be either of."""
        if self.facet in CHANGE_FACETS:
            way = SIGNED if self.signed else ""
        else:
            way = self.direction or ""
        return (
            fold_key(self.entity),
            f"{fold_key(self.metric)}{self.qualifier}",
            self.family,
            fold_key(self.per),
            self.facet,
            way,
        )

    def release_key(self) -> tuple[str, str, str]:
        """Holder, metric without its qualifiers, and period, casefolded: what one release
        of a statistic reports, on every basis and in every facet."""
        return (fold_key(self.entity), fold_key(self.metric), self.period)

    def with_sign(self) -> ClaimRecord:
        """The record as compared: a fall's value negated ("fell 0.3%" -> -0.3). A figure
        written negative ("growth of -0.5%") is signed already and kept as written."""
        if not self.signed:
            return self
        if self.direction != "down" or representative(self.stated) < 0:
            return replace(self, signed_value=True)
        return replace(self, value=self.value.mirrored(), signed_value=True)


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

    def opening(self) -> str:
        """The sentence's opening phrase up to its first comma, when that comma comes
        before the claim and the phrase holds no figure ("On a calendar adjusted basis,
        GDP shrank 0.1 percent, in contrast to the 1.9 percent expansion in 2022"): words
        that scope every figure of the sentence; "" otherwise."""
        return self.openings(most=1)

    def openings(self, most: int | None = None) -> str:
        """The sentence's opening phrases (at ``most`` so many), each up to a comma before
        the claim, none holding a figure, those after the first short (``OPENING_WORDS``): a
        basis they state scopes every figure of the sentence ("Similarly, on an annual
        basis, economic growth sped up to 3.5% in Q4, improving from ... the preliminary
        estimate of a 3.1% increase"); "" when there are none."""
        end, taken = 0, 0
        while (most is None or taken < most) and (
            comma := self.sentence.find(",", end, self.rel_start)
        ) > 0:
            phrase = self.sentence[end:comma]
            if _DIGIT.search(phrase) or (end and len(phrase.split()) > OPENING_WORDS):
                break
            end, taken = comma + 1, taken + 1
        return self.sentence[: max(end - 1, 0)]

    def after(self, width: int) -> str:
        """Up to ``width`` characters after the claim, cut at the next digit of a figure:
        a year or a quarter's label between a figure and its basis is no figure ("grew by
        5.8 percent in Q3 of 2021, compared to the previous quarter")."""
        text = self.sentence[self.rel_end : self.rel_end + width]
        digit = _DIGIT.search(_DATE_NUMBER.sub(lambda m: "_" * len(m.group()), text))
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
    claim: Mapping[str, Any],
    tables: ReconcileTables,
    located: Located | None = None,
    fiscal: FiscalYears | None = None,
) -> ClaimRecord | None:
    """The record of a money, percent or quantity claim; None for other kinds or bad values.

    A fiscal period ("FY24", "Q3 FY25") is read under the holder's fiscal year when the
    rules folder's fiscal_years.json (``tables.fiscal_years``, or ``fiscal``) knows it; a
    malformed one ("FY 202324") is kept in ``malformed`` and the claim is not compared.
    """
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
    subject = claim.get("subject")
    subject = subject if isinstance(subject, Mapping) else {}
    doc_date = iso_date(claim.get("doc_date"))
    time = claim.get("time")
    entity = holder(subject.get("entity"), tables)
    basis = value.get("change_basis")
    if isinstance(basis, str) and basis.startswith(SINCE_WORD) and isinstance(time, Mapping) and (
        time.get("inherited")
    ):
        # "GDP is now 0.2% above its pre-recession peak": the latest period the report
        # names is only a guess at its "now"; it stands as of the report, as a level does
        time = None
    scope = _fiscal_scope(time, entity, doc_date, fiscal or tables.fiscal_years)
    period, label, offset, year = _period(scope, doc_date)
    modality = claim.get("modality")
    start = claim.get("start")
    paragraph = claim.get("paragraph")
    sentence_start = claim.get("sentence_start")
    metric = subject.get("metric") or subject.get("measure")
    if kind != "quantity" and isinstance(metric, str) and _how(subject, "metric") != DEFAULTED:
        # a company's "sales" in money or a rate of them is its revenue; a count of sales
        # is of units sold; a metric the frame only guessed from a word near the figure
        # ("a 4.9% increase in product sales, reaching $11.32 billion") may name a part;
        # "group" or "combined" before a metric only says it is the whole holder's
        metric = _aliased(metric, tables)
    # One search of the sentence finds every revision or sameness cue it holds.
    cues = tables.sentence_cues.find(located.sentence) if located is not None else []
    unit = value.get("unit")
    facet = _stated_facet(kind, value.get("facet"), tables) or _facet(kind, located, tables)
    # "inflation stood at 10.7% year-on-year": a level of a rate on a year says so or not alike
    yearly_rate = isinstance(metric, str) and (
        " ".join(metric.casefold().split()) in tables.yearly_rates
    )
    qualifier = qualifiers(subject.get("measure"), located, tables, metric) + (
        "" if yearly_rate and facet != GROWTH
        else _on_a_year(claim, value, located, period, tables)
    )
    period_before_stated = on_the_period_before(located, tables)
    if period_before_stated and facet == GROWTH:
        qualifier = as_published(qualifier, tables)
        if yearly_rate:
            # "January's 0.9% month-on-month rise" in consumer prices is no inflation rate,
            # which is on a year earlier stated or not ("the 3.4 percent rate recorded in
            # January")
            qualifier = f"{qualifier}{ON_THE_PERIOD_BEFORE}"
    metric, qualifier = _kind_in_metric(*_basis_in_metric(metric, qualifier, tables), tables)
    metric = _of_its_whole_period(metric, period, tables)
    if not period_before_stated:
        # "On a quarterly basis, GDP grew 0.8%": a basis stated, no convention's
        metric, qualifier = by_convention(metric, entity, facet, period, qualifier, tables)
    return ClaimRecord(
        id=claim_id,
        doc_id=sys.intern(doc_id),
        start=start if isinstance(start, int) else 0,
        text=text,
        kind=sys.intern(kind),
        value=parsed,
        unit=_intern(unit),
        per=_intern(value.get("per")),
        entity=_intern(entity),
        metric=_intern(metric),
        modality=sys.intern(modality) if isinstance(modality, str) else "actual",
        facet=facet,
        direction=_intern(value.get("direction")),
        sentence_key=sentence_start if isinstance(sentence_start, int) else None,
        same_thing=any(c in tables.same_thing_cues for c in cues),
        status=status(
            claim, located if any(c in tables.status_of for c in cues) else None, tables
        ),
        found=found(subject, time if isinstance(time, Mapping) else None),
        statistic=kind != "quantity" or is_statistic(
            unit, subject.get("measure"), metric, tables
        ),
        malformed=scope.get("malformed") if scope is not None else None,
        source=_intern(subject.get("source") or claim.get("attribution")),
        qualifier=qualifier,
        conversion=claim.get("converts") is not None,
        period_before=period_before_stated and facet == GROWTH,
        # read only where it is used: to place a figure that names no period
        names_year=period == CURRENT and located is not None
        and bool(tables.year_cues.find(located.sentence)),
        guessed_holder=not tables.compare_defaulted_holders
        and _how(subject, "entity") == "defaulted",
        # The frame found no metric, or only a metric word near the figure.
        guessed_metric=isinstance(subject.get("basis"), Mapping)
        and _how(subject, "metric") not in ("stated", "inherited", "resolved"),
        period=period,
        period_label=label,
        offset=offset,
        year=year,
        doc_date=doc_date,
        paragraph=paragraph if isinstance(paragraph, int) else None,
    )


def _aliased(metric: str, tables: ReconcileTables) -> str:
    """``metric`` as it is compared: without opening words that only say it is its whole
    holder's (``whole_holder_words``: "group net profit" is net profit), and named by
    ``metric_aliases``, whole or after an opening whole-period word ("annual sales" is
    compared as "annual revenue")."""
    words = metric.casefold().split()
    while len(words) > 1 and words[0] in tables.whole_holder_words:
        words = words[1:]
    folded = " ".join(words)
    if folded in tables.metric_aliases:
        return tables.metric_aliases[folded]
    opening = next((w for w in tables.whole_period_words if folded.startswith(w + " ")), None)
    rest = folded[len(opening) + 1 :] if opening is not None else ""
    if rest in tables.metric_aliases:
        return f"{opening} {tables.metric_aliases[rest]}"
    return metric if len(words) == len(metric.split()) else " ".join(metric.split()[-len(words):])


def _fiscal_scope(
    time: Any, entity: str | None, doc_date: date | None, fiscal: FiscalYears
) -> Mapping[str, Any] | None:
    """The claim's time, with a fiscal period re-read under its holder's fiscal year."""
    if not isinstance(time, Mapping):
        return None
    text = time.get("text")
    if not isinstance(text, str) or not is_fiscal_label(text):
        return time
    problem = fiscal_label_problem(text)
    if problem is not None:
        return {**time, "malformed": problem}
    month = fiscal.start_month(entity)
    if month is None:
        if time.get("start") is None and time.get("end") is None:
            # the claim knows no months for it: compared by its label only
            label = _read_fiscal(text, doc_date, 1)
            if label is not None:
                return {**time, "fiscal_label": f"{FISCAL_LABEL}{label[0]}/{label[1]}"}
        return time
    value = _read_fiscal(text, doc_date, month)
    if value is None:
        return time
    return {**time, "start": value[0], "end": value[1]}


@lru_cache(maxsize=4096)
def _read_fiscal(text: str, ref: date | None, month: int) -> tuple[str, str] | None:
    value = read_period(text, ref, fiscal_start=month)
    if value is None or value.start is None or value.end is None:
        return None
    return value.start.isoformat(), value.end.isoformat()


def holder(entity: Any, tables: ReconcileTables) -> str | None:
    """The canonical holder: trailing corporate suffixes dropped ("MCI Inc" -> "MCI",
    "Toyota Motor Corp." -> "Toyota"), never the name's first word, then the aliases of
    rules/reconcile.json applied ("Yugansk" -> "Yuganskneftegas"), and "and" written as
    "&" ("Marks and Spencer" -> "Marks & Spencer")."""
    if not isinstance(entity, str) or not entity.strip():
        return None
    words = entity.split()
    while len(words) > 1 and words[-1].casefold().rstrip(",") in tables.entity_suffixes:
        words.pop()
    name = " ".join(words).rstrip(",")
    name = tables.entity_aliases.get(name.casefold(), name)
    for word, joiner in tables.entity_joiners.items():
        if f" {word} " in name:  # "Marks and Spencer" is "Marks & Spencer"
            name = f" {joiner} ".join(name.split(f" {word} "))
    return name


def is_statistic(
    unit: Any, measure: Any, metric: Any, tables: ReconcileTables
) -> bool:
    """A count about its holder (employees, users, votes in one named vote), not an incidental
    count of an event (minutes, yards, goals): the words of rules/reconcile.json counts."""
    noun = _words(unit, tables)
    words = noun | _words(measure, tables) | _words(metric, tables)
    if words & tables.count_incidental:
        return False
    if not words & tables.count_statistics:
        return False
    named_only = noun & tables.count_named_only
    if named_only:
        return bool((_words(measure, tables) | _words(metric, tables)) - named_only - noun)
    return True


def _words(text: Any, tables: ReconcileTables) -> set[str]:
    """Lower-case words in the singular: "Employees" -> {"employee"} (rules/reconcile.json
    counts ``plural_endings``, ``singular_endings``)."""
    if not isinstance(text, str):
        return set()
    return {
        singular(w, tables.plural_endings, tables.singular_endings)
        for w in _WORD.findall(text.casefold())
    }




def status(
    claim: Mapping[str, Any], located: Located | None, tables: ReconcileTables
) -> str | None:
    """provisional or revised: the claim's own status, else a cue word near the figure."""
    value = claim.get("value")
    given = claim.get("status") or (value.get("status") if isinstance(value, Mapping) else None)
    if given in ("provisional", "revised"):
        return str(given)
    if located is None:
        return None
    # The cue nearest before the figure (after any earlier figure), else one right after it
    # in its own clause: "a revised 0.6%", "0.5%, the first estimate", not a cue that
    # belongs to the sentence's other figure.
    width = tables.revision_window_chars
    cues = tables.status_cues.find(located.before(width))
    if not cues:
        clause = _CLAUSE_END.split(located.after(width), 1)[0]
        # "contracted 13.0% in the period compared with a first estimate of a 12.4%
        # decline": a cue after a comparison is the compared figure's
        compared = tables.comparison_cues.pattern.search(clause)
        cues = tables.status_cues.find(clause[: compared.start()] if compared else clause)
    return tables.status_of[cues[-1]] if cues else None


def found(
    subject: Mapping[str, Any], time: Mapping[str, Any] | None
) -> tuple[str, str, str]:
    """How the holder, metric and period were found: stated, inherited, resolved, defaulted.

    Read from the claim frame's ``subject.basis`` (``entity``, ``metric``, ``time``) when the
    claim has it; otherwise a time with an offset was resolved, another time stated, and no
    time (the document date) defaulted.
    """
    entity, metric = _how(subject, "entity"), _how(subject, "metric")
    if time is None:
        period = "defaulted"
    elif _how(subject, "time") == "inherited" or time.get("inherited") is True:
        period = "inherited"
    else:
        period = "resolved" if time.get("offset") or time.get("relative") else "stated"
    ways = (
        str(entity) if entity in _HOW else "defaulted",
        str(metric) if metric in _HOW else "defaulted",
        period if period in _HOW else "defaulted",
    )
    # One tuple per combination: a million claims share a few dozen.
    return _FOUND.setdefault(ways, ways)


# The key's qualifier of a change on a year earlier: stated by the claim frame
# (value.change_basis: its base dated a year before its period) or by words near the figure.
YEAR_ON_YEAR = f"|{CHANGE_ON_A_YEAR}"
# The key's qualifier of a change of a yearly rate (keys.yearly_rates) on the period before.
ON_THE_PERIOD_BEFORE = "|on the period before"
# The start of a change_basis measured from a base of its own: "since <start>/<end>".
SINCE_WORD = SINCE_BASE.split(" ", 1)[0] + " "


def _basis_in_metric(metric: Any, qualifier: str, tables: ReconcileTables) -> tuple[Any, str]:
    """A rate's basis found among the qualifiers ("annualized", written near the figure)
    moved to lead the metric, where the claim frame writes it ("annualized GDP"): one key
    whichever of the two found it."""
    if not isinstance(metric, str) or not qualifier:
        return metric, qualifier
    words = qualifier.split("|")[1:]
    found = [w for w in words if tables.rate_bases.get(w, CHANGE_ON_A_YEAR) != CHANGE_ON_A_YEAR]
    if len(found) != 1:
        return metric, qualifier
    basis = tables.rate_bases[found[0]]
    kept = [w for w in words if w != found[0]]
    rest = sys.intern("|" + "|".join(kept)) if kept else ""
    if basis in metric.casefold().split():
        return metric, rest
    return f"{basis} {metric}", rest


def _kind_in_metric(metric: Any, qualifier: str, tables: ReconcileTables) -> tuple[Any, str]:
    """Qualifiers that name a kind of the metric (``metric_qualifiers``: "operating",
    "pre-tax", "net"), found near the figure, moved to lead the metric, where the claim frame
    writes them when the measure holds them: "profit" with "operating" near it is "operating
    profit", one key whichever of the two found it."""
    if not isinstance(metric, str) or not qualifier:
        return metric, qualifier
    words = qualifier.split("|")[1:]
    kinds = sorted(w for w in words if w.casefold() in tables.metric_qualifiers)
    if not kinds:
        return metric, qualifier
    kept = [w for w in words if w not in kinds]
    return " ".join([*kinds, metric]), sys.intern("".join(f"|{w}" for w in kept))


def by_convention(
    metric: Any, entity: str | None, facet: str, period: str, qualifier: str,
    tables: ReconcileTables,
) -> tuple[Any, str]:
    """The metric and qualifiers of a quarter's growth rate that states no basis, on the
    basis the holder's statistics office publishes it (periods.conventional_bases: the
    United States' GDP growth is at an annualized rate, Taiwan's on a year earlier): "grew
    1.7% in the second quarter" in a US report meets "an annual rate of 1.7%", and Taiwan's
    "up from a 2.87 per cent fall in the first quarter" meets "had fallen 2.87% from a year
    earlier". So is a company's result (periods.results_basis, for a metric of
    time.results_metrics) over a quarter or with no period: on the same quarter a year
    earlier. A rate whose metric or qualifiers state a basis keeps it; a period that is no
    quarter (periods.quarter_days), or none, keeps the metric."""
    if facet != GROWTH or not isinstance(metric, str) or entity is None:
        return metric, qualifier
    bases = next((by_metric.get(metric.casefold()) for place, by_metric
                  in tables.conventional_bases.items()
                  if (holder(place, tables) or "").casefold() == entity.casefold()), None)
    if bases is None and tables.results_basis and " ".join(
        metric.casefold().split()
    ) in tables.results_metrics and (period == CURRENT or _a_quarter(period, tables)):
        # a company's quarter's result against the same quarter a year earlier
        return by_basis(metric, qualifier, tables.results_basis, tables)
    if bases is None or not _a_quarter(period, tables):
        return metric, qualifier
    return by_basis(metric, qualifier, bases, tables)


def by_basis(metric: str, qualifier: str, bases: str, tables: ReconcileTables) -> tuple[str, str]:
    """The metric and qualifiers of a rate on ``bases`` (a year earlier: the year-on-year
    qualifier; else a basis that leads the metric, "annualized GDP"), unless its metric or
    qualifiers state a basis already."""
    if states_basis(metric, qualifier, tables):
        return metric, qualifier
    if bases == CHANGE_ON_A_YEAR:
        return metric, f"{qualifier}{YEAR_ON_YEAR}"  # a qualifier, as stated ones are
    return f"{bases} {metric}", qualifier


def _a_quarter(period: str, tables: ReconcileTables) -> bool:
    """Whether a period key is a quarter (periods.quarter_days), of a known year or, in an
    undated report, named without one ("the third quarter")."""
    span = period_span(period)
    if span is not None:
        low, high = tables.quarter_days
        return low <= (span[1] - span[0]).days + 1 <= high
    months = yearless_months(period)
    return months is not None and months[1] - months[0] == QUARTER_MONTHS - 1


def _on_a_year(
    claim: Mapping[str, Any], value: Mapping[str, Any], located: Located | None, period: str,
    tables: ReconcileTables,
) -> str:
    """The year-on-year qualifier of a change on a year earlier (value.change_basis, or for a
    percentage the words near it, unless those right after it list a base on the period
    before too: "by 2.1% and 0.3% year-on-year and quarter-on-quarter, respectively"),
    except over a whole year, whose change is on the year before whether it says so or not
    ("grew 1.6% in 2004" and "1.6% in 2004 compared with 2003" are one figure); a change
    since a base of its own is keyed by that base ("|since 2008-01-01/2008-03-31"), unless
    its words state the period before as its basis."""
    basis = value.get("change_basis")
    if isinstance(basis, str) and basis.startswith(SINCE_WORD):
        if on_the_period_before(located, tables):
            # "On a quarterly basis, the Kingdom's GDP expanded by 5.7% in Q3/2021 vs
            # Q2/2020": the basis its words state, not a date that says otherwise
            return ""
        # "is now 0.2% above its peak in the first quarter of 2008": keyed by its base
        return sys.intern(f"|{basis}")
    on_a_year = basis == CHANGE_ON_A_YEAR or (
        claim.get("kind") == "percent" and bool(year_on_year(located, tables))
        and not _bases_listed(located, tables)
    )
    span = period_span(period) if on_a_year else None
    if span is not None and whole_period(span, tables):
        return ""
    return YEAR_ON_YEAR if on_a_year else ""


def _bases_listed(located: Located | None, tables: ReconcileTables) -> bool:
    """Whether the words right after a figure name both a year earlier and the period before
    as bases, a list shared out over the figures before it ("2.1% and 0.3% year-on-year and
    quarter-on-quarter, respectively"): nothing near says which is this figure's."""
    if located is None:
        return False
    after = located.after(tables.base_window_chars)
    return bool(tables.year_on_year_cues.find(after)) and bool(
        tables.period_basis_cues.find(after))


def qualifiers(
    measure: Any, located: Located | None, tables: ReconcileTables, metric: Any = None
) -> str:
    """The words that change the quantity ("pre-tax", "operating", "services"), from the
    measure when the claim frame gives one, else from just before the figure, and from the
    sentence's opening phrase, which scopes all its figures: "" or "|operating". A word the
    metric already holds ("annualized" of "annualized GDP") keys it there, not twice: a
    metric the lexicon named from another wording ("grew at an annualized 1.8 percent")
    meets it."""
    if isinstance(measure, str):
        text = measure
    elif located is not None:
        text = located.before(tables.qualifier_window_chars)
    else:
        return ""
    if located is not None:
        text = f"{text} {located.openings()}"  # "On a calendar adjusted basis, ..."
    forms = tables.qualifier_forms
    found = {forms.get(word.casefold(), word)
             for word in tables.qualifiers.find(text)} - tables.qualifier_names
    if isinstance(metric, str):
        held = f" {metric.casefold()} "
        found = {word for word in found if f" {word.casefold()} " not in held}
    if located is not None:
        # "or 3 percent in constant currencies": the basis written right after the figure
        found |= {tables.basis_qualifier_names[phrase] for phrase in
                  tables.basis_qualifiers.find(located.after(tables.qualifier_window_chars))}
        # "a further £105m of savings": an amount added to another, never the whole
        words = located.before(tables.prefix_window_chars).split()
        if words and (added := tables.increment_words.get(words[-1].casefold())):
            found.add(added)
    return sys.intern("|" + "|".join(sorted(found))) if found else ""


def year_on_year(located: Located | None, tables: ReconcileTables) -> str:
    """"|year-on-year" for a percentage whose words near it, or its sentence's opening
    phrase when its words near it state no period before, compare with a year earlier
    ("compared with the same quarter a year ago, GDP increased 0.9%"): never the same
    figure as a change on the previous quarter or month, the unstated default."""
    if located is None:
        return ""
    width = tables.base_window_chars
    near = f"{located.before(width)} {located.after(width)}"
    if tables.year_on_year_cues.find(near):
        return YEAR_ON_YEAR
    # the opening phrase's basis, unless the figure's own words state the period before
    # ("YoY Oil operations jumped by 9.3% in Q3, ... and by an impressive 12.7% on a
    # quarterly basis")
    opening = tables.year_on_year_cues.find(located.openings())
    return YEAR_ON_YEAR if opening and not tables.period_basis_cues.find(near) else ""


def _basis_words(located: Located, tables: ReconcileTables) -> str:
    """The words that may state a rate's basis: those within ``base_window_chars`` of the
    figure, and its sentence's opening phrase, which scopes all its figures ("On an annual
    basis, GDP growth in the Euro area edged down to 2.1% in Q2, below Q1's 2.4%")."""
    width = tables.base_window_chars
    return f"{located.openings()} {located.before(width)} {located.after(width)}"


def on_the_period_before(located: Located | None, tables: ReconcileTables) -> bool:
    """Whether the words near a figure, or its sentence's opening phrase, say its change is
    on the period before ("On a quarterly basis, GDP grew a seasonally adjusted 0.8 per
    cent"; ``period_basis_cues``), as year_on_year finds a year-on-year one."""
    return located is not None and bool(
        tables.period_basis_cues.find(_basis_words(located, tables)))


def as_published(qualifier: str, tables: ReconcileTables) -> str:
    """The qualifiers of a change on the period before without those it has as published
    (``seasonal_qualifiers``): "The seasonally adjusted quarterly real GDP grew by 5.8
    percent ..., compared to the previous quarter" meets "Quarter-on-quarter, the economy
    grew by 5.7%"."""
    kept = [w for w in qualifier.split("|")[1:] if w.casefold() not in tables.seasonal_qualifiers]
    return "".join(f"|{w}" for w in kept)


def states_basis(metric: str, qualifier: str, tables: ReconcileTables) -> bool:
    """Whether a rate's metric or qualifiers state its basis (``rate_bases``: "annualized
    GDP", "GDP|year-on-year")."""
    words = {*metric.casefold().split(), *qualifier.casefold().split("|")}
    return not words.isdisjoint(tables.rate_bases)


def without_basis(metric: str, qualifier: str, tables: ReconcileTables) -> tuple[str, str]:
    """A rate's metric and qualifiers without the basis they state (``rate_bases``):
    "annualized GDP" -> "GDP", "|year-on-year|services" -> "|services"."""
    words = metric.split()
    while len(words) > 1 and words[0].casefold() in tables.rate_bases:
        words = words[1:]
    kept = [w for w in qualifier.split("|")[1:] if w.casefold() not in tables.rate_bases]
    return " ".join(words), "".join(f"|{w}" for w in kept)


def _how(subject: Mapping[str, Any], field: str) -> Any:
    """``subject.basis[field]``: how the claim frame found the holder, metric or time, if it
    says."""
    how = subject.get("basis")
    return how.get(field) if isinstance(how, Mapping) else None


def _stated_facet(kind: str, facet: Any, tables: ReconcileTables) -> str | None:
    """The claim frame's value.facet as compared: a percent change is a growth rate."""
    if not isinstance(facet, str) or facet not in tables.facets:
        return None
    mapped = tables.facets[facet]
    return GROWTH if kind == "percent" and mapped == "change" else mapped


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
        return BASELINE
    return "level"


def _period(
    time: Mapping[str, Any] | None, doc_date: date | None
) -> tuple[str, str, str | None, int | None]:
    """(key, label, offset, year) of the period a claim speaks of."""
    if time is None:
        return CURRENT, CURRENT, None, doc_date.year if doc_date else None
    text = str(time.get("text") or "").strip()
    fiscal_label = time.get("fiscal_label")
    if isinstance(fiscal_label, str):
        return fiscal_label, text or fiscal_label, None, None
    offset = time.get("offset") if isinstance(time.get("offset"), str) else None
    start, end = iso_date(time.get("start")), iso_date(time.get("end"))
    grain = str(time.get("grain") or "")
    label = text or "scoped"
    # A window that only touches the report's day ("so far", "year to date", "for the rest
    # of the year": a zero shift over days) is no single day: it stays unresolved below.
    window_at_ref = grain == "days" and offset == ZERO_SHIFT
    if start is None and end is None and offset is not None and doc_date is not None and not (
        window_at_ref
    ):
        anchor = shift(doc_date, offset)
        if anchor is not None:
            key = f"Y{anchor.year}" if grain in ("year", "decade", "") else anchor.isoformat()
            return key, label, offset, anchor.year
    if (start is None) != (end is None):
        # An open period ("since 2010", "so far": up to the report's day) is keyed with its
        # open end, so it never meets the single day at its known end ("on the day").
        known = start or end
        assert known is not None
        key = f"{start.isoformat() if start else OPEN}/{end.isoformat() if end else OPEN}"
        return key, label, offset, known.year
    first, last = start, end
    if first is not None and last is not None:
        first = _twelve_months(first, last)
        if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31) and (
            first.year == last.year
        ):
            key = f"Y{first.year}"
        else:
            key = f"{first.isoformat()}/{last.isoformat()}"
        return key, label, offset, last.year
    return f"{UNRESOLVED}{offset or ''}:{' '.join(text.casefold().split())}", label, offset, None


Span = tuple[date, date]


def _twelve_months(first: date, last: date) -> date:
    """The first day of a period that runs from one month to the same month a year on: a
    comparison of the two months, of the twelve months between them ("job growth between
    March 2024 and March 2025" is the twelve months to March 2025, as the statistics office
    writes it: April 2024 to March 2025); no statistic is kept over thirteen months."""
    if (
        first.day == 1 and last.day == monthrange(last.year, last.month)[1]
        and first.month == last.month and last.year == first.year + 1
    ):
        return date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return first


def period_span(key: str) -> Span | None:
    """The days of a period key: "Y2024" or "2024-07-01/2025-03-31"; None for others."""
    if key.startswith("Y") and key[1:].isdigit():
        year = int(key[1:])
        return date(year, 1, 1), date(year, 12, 31)
    first, _, last = key.partition("/")
    start, end = iso_date(first), iso_date(last)
    return (start, end) if start is not None and end is not None else None


# A year against which a yearless period's months are read: not a leap year, so February
# ends on its 28th and a period's last month is compared, never its last day.
_YEARLESS_REF = date(2001, 12, 31)


def ends_in(metric: str | None, endings: frozenset[str]) -> bool:
    """Whether a metric ends, casefolded, in one of ``endings`` (a table of metric endings:
    "Brent crude oil price" ends in "price")."""
    words = (metric or "").casefold().split()
    return any(" ".join(words[n:]) in endings for n in range(len(words)))


THIS_YEAR = "P0Y"  # the offset of a period of the report's own year ("this year")


def yearless_months(key: str) -> tuple[int, int] | None:
    """The first and last month of a period of whole months an undated report names without
    its year and that stays unresolved ("rel::the third quarter": (7, 9)); None for any other
    key, a shift counted from the present ("last month"), days ("the end of March") or a year."""
    if not key.startswith(UNRESOLVED):
        return None
    offset, _, label = key[len(UNRESOLVED):].partition(":")
    if offset not in ("", THIS_YEAR):
        return None
    # "the first quarter of the year": of a year the undated report does not name either
    return _read_yearless(label)


@lru_cache(maxsize=4096)
def _read_yearless(label: str) -> tuple[int, int] | None:
    value = read_period(label, _YEARLESS_REF)
    if value is None or value.start is None or value.end is None or value.offset not in (
        None, THIS_YEAR
    ):
        return None
    span = (value.start, value.end)
    if not _whole_months(span) or value.start.year != value.end.year or (
        (value.start.month, value.end.month) == (1, 12)
    ):
        return None
    return value.start.month, value.end.month


def in_months(span: Span, months: tuple[int, int]) -> bool:
    """Whether a period of one year's whole months is the yearless period of ``months``."""
    return span[0].year == span[1].year and _whole_months(span) and (
        (span[0].month, span[1].month) == months
    )


def _whole_months(span: Span) -> bool:
    """Whether a period starts on a month's first day and ends on a month's last."""
    first, last = span
    return first.day == 1 and last.day == monthrange(last.year, last.month)[1]


def period_before(key: str) -> str | None:
    """The key of the period just before ``key``'s, of the same length, for a period of
    whole months ("Y2023" -> "Y2022", the second quarter -> the first); None for others."""
    span = period_span(key)
    if span is None:
        return None
    first, last = span
    if first.day != 1 or (last + timedelta(days=1)).day != 1:
        return None
    months = (last.year * 12 + last.month) - (first.year * 12 + first.month) + 1
    start = shift(first, f"-P{months}M")
    if start is None:
        return None
    end = first - timedelta(days=1)
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return f"Y{start.year}"
    return f"{start.isoformat()}/{end.isoformat()}"


def _of_its_whole_period(metric: Any, period: str, tables: ReconcileTables) -> Any:
    """``metric`` without an opening word of ``whole_period_words`` when ``period`` is a
    whole year, which that word only repeats ("full-year operating profit" for 2023 is the
    year's operating profit)."""
    if not isinstance(metric, str) or not tables.whole_period_words:
        return metric
    folded = metric.casefold()
    word = next((w for w in tables.whole_period_words
                 if folded.startswith(w + " ") and len(folded) > len(w) + 1), None)
    span = period_span(period) if word is not None else None
    if word is None or span is None or not whole_period(span, tables):
        return metric
    return metric[len(word) + 1 :]


def whole_period(span: Span, tables: ReconcileTables) -> bool:
    """Whether a period's days make a whole year or more (``periods.min_whole_days``): a
    year or a fiscal year, not a quarter or a month."""
    return (span[1] - span[0]).days + 1 >= tables.min_whole_days


def iso_date(value: Any) -> date | None:
    """An ISO date (or the date part of a datetime); None when absent or unreadable."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    return _from_iso(value[:10])


@lru_cache(maxsize=4096)
def _from_iso(value: str) -> date | None:
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


def fold_key(value: str | None) -> str:
    """``value`` as a key: case, spacing, hyphens and accents folded ("Nestlé" is "Nestle",
    "M-Pesa" is "MPesa")."""
    if not value:
        return ""
    letters = unicodedata.normalize("NFKD", value.casefold().replace("-", ""))
    return " ".join("".join(c for c in letters if not unicodedata.combining(c)).split())
