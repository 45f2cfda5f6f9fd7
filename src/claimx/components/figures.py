"""``claimx_figures``: choose the figure and entity spans that become claims.

Input: the span group written by the rules ``span_ruler`` (figures, metrics, entity rules,
NOT_FIGURE / NOT_ENTITY blockers) and, when a statistical model runs, its ``doc.ents``.
Output: ``doc.ents`` holds the chosen figures (MONEY, PERCENT, QUANTITY, DATE: the rules own
these labels, the model's versions are discarded; DURATION: a count of a length of time), the
bare numbers (NUMBER: found but never claims) and the cleaned entities (GPE, ORG, PERSON,
NORP, LOC);
``doc.spans["claimx_metrics"]`` holds the metric mentions.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from claimx.components.ruler import RULES_KEY
from claimx.components.rules_tables import RulesTables
from claimx.components.sentences import SentenceIndex
from claimx.extensions import doc_text, register_extensions
from claimx.layout import Layout, compile_boilerplate
from claimx.normalize.rules import Normalizers

METRICS_KEY = "claimx_metrics"
# The words the rules say are no names ("IPO", "ISO 9001"): no holder either, tagged or not.
METRIC_LABEL = "METRIC"  # rules/metrics.jsonl: a measure the rules know
NOT_NAMES_KEY = "claimx_not_names"
# The chosen figures and entities, as doc.ents holds them: later components read them here,
# since reading doc.ents builds an object for every token of the document.
CHOSEN_KEY = "claimx_chosen"
FIGURE_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "DURATION", "DATE"})
ENTITY_LABELS = frozenset({"GPE", "ORG", "PERSON", "NORP", "LOC"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
PERSON_LABEL = "PERSON"  # a person's name: never continued past its last name
# A number with no unit and no counted noun ("minus five", "3/4", "one over three"): a figure
# span the pipeline finds, never a claim. It may take the place of counts it holds whole
# ("1 over 3" rather than "1" and "3"), never of money, percentages or dates.
NUMBER_LABEL = "NUMBER"
# The words a possessive owner of a figure may take between "from" and the figure ("from the
# previous quarter's $3bn").
POSSESSOR_REACH = 4
# A number before a length of time ("for six weeks", "a two-year ban", "after 53 minutes"): a
# stretch of time, claimed as such but no count of things (rules/numbers.json ``not_counted``).
DURATION_LABEL = "DURATION"
# Figures whose "X to Y" may be a change rather than a range ("rose from 2% to 3%").
CHANGE_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY"})
# Characters that start a list item or separate a heading, never part of a name.
_EDGE_JUNK = frozenset("•·*-–—|:;,.()[]\"'“”‘’#")
# Reference dates a joined date phrase is read against to check that it reads at all.
_CHECK_REFS = (date(1900, 1, 1), date(2099, 12, 31))


@Language.factory(
    "claimx_figures",
    default_config={"rules_dir": None, "spans_key": RULES_KEY},
    requires=["doc.spans", "token.is_sent_start"],
    assigns=["doc.ents", "doc.spans", "doc._.claimx_paragraphs"],
)
def make_figure_selector(
    nlp: Language, name: str, *, rules_dir: str | None, spans_key: str
) -> FigureSelector:
    """Factory: the rules folder (None: the packaged rules) supplies boilerplate, hedge,
    number, currency and date tables; ``initialize(rules_dir=...)`` reads another."""
    register_extensions()
    return FigureSelector(nlp, name, rules_dir=rules_dir, spans_key=spans_key)


class FigureSelector(RulesTables):
    """Pick non-overlapping figures, extend them over hedges, clean the entities."""

    TABLES = tuple(sorted({"boilerplate", "frame", *Normalizers.TABLES}))

    def __init__(
        self, nlp: Language, name: str, *, rules_dir: str | Path | None, spans_key: str
    ) -> None:
        self.nlp = nlp
        self.name = name
        self.spans_key = spans_key
        self.initialize(rules_dir=rules_dir)

    def use_tables(self, tables: Mapping[str, Any]) -> None:
        """Compile the boilerplate lines, hedge phrases and date words of ``tables``."""
        nlp = self.nlp
        self.boilerplate = compile_boilerplate(tables["boilerplate"]["lines"])
        # The tables the normalizers read, so hedges are found and read alike.
        self.normalizers = Normalizers.from_tables(tables)
        self.tables = self.normalizers.tables
        self.hedges = PhraseMatcher(nlp.vocab, attr="LOWER")
        for bound, phrases in sorted(self.tables.hedges.items()):
            self.hedges.add(bound, [nlp.make_doc(phrase) for phrase in phrases])
        self.suffixes = frozenset(self.tables.suffixes)
        # The number words of a whole number before a spelled decimal point, and its digits
        # after it ("thirty-one point two"); "a" counts no decimal
        self.whole_words = (
            frozenset(self.tables.units) | frozenset(self.tables.tens)
        ) - self.tables.number_articles
        self.digit_words = frozenset(
            word for word in self.whole_words if self.tables.units.get(word, 10) < 10)
        # Units of measure, which the model may tag as names ("160 GB": an ORG).
        self.units = frozenset(
            unit
            for units in tables["frame"]["syntax"]["unit_dimensions"].values()
            for unit in units
        )
        numbers = tables["numbers"]
        self.not_counted = frozenset(numbers.get("not_counted", []))
        self.not_counted_modifiers = frozenset(numbers.get("not_counted_modifiers", []))
        self.not_counted_after_modifier = frozenset(numbers.get("not_counted_after_modifier", []))
        self.multiples = frozenset(numbers.get("multiples", []))
        self.moment_openers = frozenset(numbers.get("moment_openers", []))
        self.age_words = frozenset(numbers.get("age_words", []))
        self.duration_range_connectors = frozenset(
            numbers.get("duration_range_connectors", [])
        )
        self.across = frozenset(numbers.get("duration_across", []))
        self.across_bound_after = frozenset(numbers.get("duration_across_bound_after", []))
        self.measured = MeasuredDurations(numbers, self.multiples)
        self.one_list_reach = int(numbers.get("one_in_a_list_reach", 0))
        self.list_only_counts = frozenset(numbers["list_only_counts"])
        self.list_connectors = frozenset(numbers["list_connectors"])
        self.one_after = frozenset(numbers.get("one_after", []))
        self.share_links = {
            rule: frozenset(words) for rule, words in numbers["share_links"].items()
        }
        self.share_links_not_before = frozenset(numbers["share_links_not_before"])
        self.one_not_before = frozenset(numbers.get("one_not_before", []))
        self.given_name_rules = frozenset(numbers.get("given_name_rules", []))
        self.occurrence_words = frozenset(numbers.get("occurrence_words", []))
        self.occurrences_before = frozenset(numbers.get("occurrences_before", []))
        self.multiple_after = frozenset(numbers.get("multiple_after", []))
        self.multiple_after_reach = int(numbers["multiple_after_reach"])
        # "less than" of "5000 or less than 6000" opens the next bound, not "5000 or less".
        self.bound_openers = frozenset(
            tuple(phrase.split()[:2])
            for group in self.tables.hedges.values()
            for phrase in group
            if len(phrase.split()) > 1
        )
        frame = tables["frame"]
        ranges = frame["date_ranges"]
        self.range_openers = frozenset(ranges["openers"])
        self.range_connectors = frozenset(ranges["connectors"])
        self.between_connectors = frozenset(ranges["between_connectors"])
        self.between_openers = frozenset(ranges["between_openers"])
        self.now_words = sorted((tuple(w.split()) for w in ranges["now_words"]), key=len)[::-1]
        self.weekday_joiners = frozenset(frame["date_weekday_joiners"])
        phrases = frame["date_time_phrases"]
        self.time_not_before = {k: frozenset(v) for k, v in phrases["not_before"].items()}
        self.time_not_after = {k: frozenset(v) for k, v in phrases["not_after"].items()}
        self.range_end_rules = frozenset(phrases["range_end_rules"])
        self.of_date_rules = frozenset(phrases["of_date_rules"])
        self.of_date_links = frozenset(phrases["of_date_links"])
        self.of_date_link_size = max((len(link.split()) for link in self.of_date_links), default=0)
        future = frame["date_future_only"]
        self.future_rules = frozenset(future["rules"])
        self.future_cues = [tuple(cue.split()) for cue in future["cues"]]
        self.not_after = frozenset(future["not_after"])
        self.not_after_suffixes = tuple(future["not_after_suffixes"])
        self.not_after_reach = int(future["not_after_reach"])
        dates = tables["dates"]
        self.weekdays = frozenset(dates["weekdays"])
        self.shift_words = frozenset(dates["shift_words"])
        # shift words that are also prepositions ("following"): before a possessive month
        # ("a rise of 1.2% following March's 0.5% increase") they are the preposition
        self.preposition_shifts = self.shift_words & frozenset(
            dates["grammar_words"]["anchor_shifts"]
        )
        self.name_possessives = frozenset(frame["name_possessives"])
        self.ordinal_words = frozenset(dates["ordinal_words"])
        self.tens_words = frozenset(dates["tens_words"])
        date_tables = self.date_tables = self.normalizers.dates.tables
        self.date_articles = frozenset(date_tables.articles)
        self.ordinal_suffixes = tuple(date_tables.ordinal_suffixes)
        self.name_articles = frozenset(frame["name_articles"])
        self.place_openers = frozenset(frame["place_openers"])
        self.corporate_names = CorporateNames.from_table(frame["corporate_names"])
        self.heading_names = HeadingNames.from_table(frame)

    def __call__(self, doc: Doc) -> Doc:
        layout = Layout(doc_text(doc), self.boilerplate)
        candidates = list(doc.spans[self.spans_key]) if self.spans_key in doc.spans else []
        figures = self._figures(doc, candidates, layout)
        claimed = [span for span in figures if span.label_ != NUMBER_LABEL]
        not_names = [s for s in candidates if s.label_ == "NOT_ENTITY"]
        entities = self._entities(doc, candidates, layout, claimed, not_names)
        # A name wins over a bare number in it ("Three", the mobile operator).
        named = Occupied(entities)
        figures = claimed + [
            span
            for span in figures
            if span.label_ == NUMBER_LABEL and not named.overlaps(span)
        ]
        chosen = sorted(figures + entities, key=lambda span: span.start)
        doc.ents = chosen
        doc.spans[CHOSEN_KEY] = chosen
        doc.spans[METRICS_KEY] = filter_spans(s for s in candidates if s.label_ == METRIC_LABEL)
        if not_names:
            doc.spans[NOT_NAMES_KEY] = filter_spans(not_names)
        doc._.claimx_paragraphs = paragraph_starts(layout)
        return doc

    def _figures(self, doc: Doc, candidates: list[Span], layout: Layout) -> list[Span]:
        # "Eurozone May unemployment": a place is no given name before a month
        places = {s.start for s in candidates if s.label_ in PLACE_LABELS}
        not_figures = [
            s for s in candidates if s.label_ == "NOT_FIGURE"
            and not (s.id_ in self.given_name_rules and s.start in places)
        ]
        blockers = Occupied(not_figures)
        sentences = SentenceIndex(doc)

        def blocked(span: Span) -> bool:
            if not blockers.overlaps(span):
                return False
            if span.label_ != "DATE":
                return True
            # A date holding a whole no-figure ("at 0950 GMT", whose clock time is no
            # figure) is a date; one cut through it is not.
            return any(
                b.start < span.end and span.start < b.end
                and not (span.start <= b.start and b.end <= span.end)
                for b in not_figures
            )

        def usable(span: Span) -> bool:
            return not blocked(span) and not layout.is_boilerplate(
                span.start_char, span.end_char
            )

        blocked_starts = sorted({s.start for s in not_figures})
        candidates = without_crossing_counts(candidates)
        chosen = [
            span
            for span in filter_spans(
                span
                for span in (
                    self._trim_rate(doc, before_blocker(s, blocked_starts))
                    for s in candidates
                    if s.label_ in FIGURE_LABELS and self._date_here(doc, s, sentences)
                )
                if self._counts_one(doc, span) and not self._of_no_noun(doc, span)
                and self._linked_share(doc, span)
            )
            if usable(span)
        ]
        chosen = self._join_dates(doc, chosen)
        chosen = self._spelled_decimals(doc, chosen)
        chosen = [piece for span in chosen for piece in self._separate_bounds(doc, span)]
        chosen = [
            piece for span in chosen for piece in self._separate_change(doc, span, sentences)
        ]
        numbers = [s for s in candidates if s.label_ == NUMBER_LABEL and usable(s)]
        chosen = add_numbers(chosen, numbers)
        chosen = self._duration_ranges(doc, [self._uncounted(doc, span) for span in chosen])
        chosen = self._clock_durations(doc, chosen)
        taken = {i for span in chosen for i in range(span.start, span.end)}
        hedge_end: dict[int, int] = {}
        for _, start, end in self.hedges(doc):
            # The longest hedge ending at a word wins: "no more than", not "more than".
            hedge_end[end] = min(start, hedge_end.get(end, start))
        return [
            self._across(doc, self._extend(doc, span, hedge_end, taken)) for span in chosen
        ]

    def _trim_rate(self, doc: Doc, span: Span) -> Span:
        """An amount without its closing "a year" when a time word follows ("$639m a year
        earlier"): the words start a time phrase, not a rate (rules/currencies.json
        ``rate_not_before``); the patterns cannot look past their last word."""
        if (
            span.label_ == "MONEY"
            and len(span) > 2
            and span.end < len(doc)
            and doc[span.end - 2].lower_ in self.tables.rate_articles
            and doc[span.end].lower_ in self.tables.rate_not_before
        ):
            return Span(doc, span.start, span.end - 2, label=span.label_, span_id=span.id_)
        return span

    def _occurrences(self, doc: Doc, span: Span, unit: int) -> bool:
        """Is "N times" at ``unit`` a count of occurrences ("rose five times between ..."),
        not a multiple ("four times as fast", "oversubscribed 16.2 times", "magnify text by
        up to 10 times")? rules/numbers.json ``occurrences_before``, ``multiple_after``."""
        if doc[unit].lower_ not in self.occurrence_words:
            return False
        if "." in span[-1].text or any(
            token.lower_ in self.multiple_after
            for token in doc[max(span.start - self.multiple_after_reach, 0) : span.end]
        ):
            return False  # a fraction of an occurrence is a multiple: "16.2 times"
        return unit + 1 >= len(doc) or doc[unit + 1].lower_ in self.occurrences_before

    def _counts_one(self, doc: Doc, span: Span) -> bool:
        """False for a lone "one" count outside a list of counts and not insisted on ("one
        analyst said" is no count; "two silvers and one bronze" and "only one mobile network"
        are): rules/numbers.json ``one_in_a_list_reach``, ``one_after``."""
        if (
            span.label_ != "QUANTITY"
            or len(span) != 1
            or span[0].lower_ not in self.list_only_counts
        ):
            return True
        if (
            span.start > 0
            and doc[span.start - 1].lower_ in self.one_after
            and span.end < len(doc)
            and doc[span.end].is_lower
            and doc[span.end].lower_ not in self.one_not_before
        ):
            return True  # "only one mobile network"; not "just one of the costs"
        # "two silvers and one bronze": "one" in a list of counts
        return (
            span.start > 1
            and doc[span.start - 1].lower_ in self.list_connectors
            and any(
                token.like_num and token.lower_ not in self.list_only_counts
                for token in doc[max(span.start - 1 - self.one_list_reach, 0) : span.start - 1]
            )
        )

    def _linked_share(self, doc: Doc, span: Span) -> bool:
        """Whether a fraction read as a percentage is a part of what follows it ("a third
        of children", "half the plants"; rules/numbers.json ``share_links``), not "a quarter
        of an hour"; True for every other span."""
        links = self.share_links.get(span.id_)
        if links is None:
            return True
        return (
            span.end < len(doc)
            and doc[span.end].lower_ in links
            and not (span.end + 1 < len(doc)
                     and doc[span.end + 1].lower_ in self.share_links_not_before)
        )

    def _of_no_noun(self, doc: Doc, span: Span) -> bool:
        """Is ``span`` a count ending in "of" before a currency name or a scale ("thousands
        of pounds", "hundreds of millions")? The first is money, no count of pounds
        (rules/currencies.json ``names``); the second a larger number whose noun is not
        there."""
        return (
            span.label_ == "QUANTITY"
            and span[-1].lower_ in self.tables.scale_links
            and span.end < len(doc)
            and (doc[span.end].lower_ in self.tables.names
                 or doc[span.end].lower_ in self.tables.scales)
        )

    def _date_here(self, doc: Doc, span: Span, sentences: SentenceIndex) -> bool:
        """False for "in two years" outside a sentence about the future (a duration then),
        and for a time phrase that does not end where it stands ("on the day of the vote",
        "so far as", "up to date")."""
        if span.label_ != "DATE":
            return True
        before = self.time_not_before.get(span.id_)
        if before and span.end < len(doc) and doc[span.end].lower_ in before:
            return False
        after = self.time_not_after.get(span.id_)
        if after and span.start > 0 and doc[span.start - 1].lower_ in after:
            return False
        if span.id_ in self.date_tables.elliptical_rules:
            return self._elliptical(doc, span, sentences)
        if span.id_ not in self.future_rules:
            return True
        sent_start, _ = sentences.bounds(span.start)
        for token in doc[max(sent_start, span.start - self.not_after_reach) : span.start]:
            if token.lower_ in self.not_after or token.lower_.endswith(self.not_after_suffixes):
                return False
        words = [t.lower_ for t in doc[sent_start : span.start]]
        return any(
            tuple(words[i : i + len(cue)]) == cue
            for cue in self.future_cues
            for i in range(len(words) - len(cue) + 1)
        )

    def _elliptical(self, doc: Doc, span: Span, sentences: SentenceIndex) -> bool:
        """Whether a period named by its ordinal alone ("then grew 0.1 percent in the
        second") stands where a period does: nothing but punctuation or one of
        ``elliptical_followers`` after it, and a unit of ``elliptical_units`` after an ordinal
        earlier in its sentence ("the first quarter")."""
        tables = self.date_tables
        sent_start, sent_end = sentences.bounds(span.start)
        if span.end < sent_end and not (
            doc[span.end].is_punct or doc[span.end].lower_ in tables.elliptical_followers
        ):
            return False
        return any(
            tables.ordinal_unit(doc[i - 1].text, doc[i].text)
            for i in range(sent_start + 1, span.start)
        )

    def _join_dates(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Date spans as whole phrases: no leading comma, weekdays and range ends joined."""
        spans = [self._trim_date(doc, s) if s.label_ == "DATE" else s for s in spans]
        spans = self._attach_weekdays(doc, spans)
        spans = self._merge_date_ranges(doc, spans)
        spans = self._range_ends_apart(spans)
        spans = self._of_dates(doc, spans)
        taken = {i for span in spans for i in range(span.start, span.end)}
        return [self._word_ends(doc, s, taken) if s.label_ == "DATE" else s for s in spans]

    def _range_ends_apart(self, spans: list[Span]) -> list[Span]:
        """Without a span of ``range_end_rules`` right after another date ("March" "to
        date"): it ends that date's range, which :meth:`_word_ends` then joins."""
        kept: list[Span] = []
        for span in spans:
            previous = kept[-1] if kept else None
            if (
                span.id_ in self.range_end_rules
                and previous is not None
                and previous.label_ == "DATE"
                and previous.end == span.start
            ):
                continue
            kept.append(span)
        return kept

    def _of_dates(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A span of ``of_date_rules`` joined to the date after its ``of_date_links`` words
        ("of", "period of") when the two read as one: "since the start of the 1990s" is from
        1990 on, "the July-April period of FY24" the months of that fiscal year."""
        joined: list[Span] = []
        for span in spans:
            previous = joined[-1] if joined else None
            if (
                previous is not None
                and previous.id_ in self.of_date_rules
                and span.label_ == "DATE"
                and self._of_link(doc, previous, span)
                and readable_date(self.normalizers, doc[previous.start : span.end].text)
            ):
                joined[-1] = Span(doc, previous.start, span.end, label="DATE", span_id=span.id_)
                continue
            joined.append(span)
        return joined

    def _of_link(self, doc: Doc, previous: Span, span: Span) -> bool:
        """Whether ``of_date_links`` words join ``previous`` to ``span``, or nothing does
        (then whether the two read as one date is what decides)."""
        if not previous.end <= span.start <= previous.end + self.of_date_link_size:
            return False
        if span.start == previous.end:
            return True  # "July-March FY25", or "of" taken into the span: "July-April of"
        return " ".join(t.lower_ for t in doc[previous.end : span.start]) in self.of_date_links

    def _trim_date(self, doc: Doc, span: Span) -> Span:
        """A date span without the comma a pattern may start it with (", 12 of Nov") or end
        it with, nor a shift word that is a preposition before a possessive ("following March's 0.5%
        increase": March, not the March after)."""
        start, end = span.start, span.end
        while start < end - 1 and doc[start].is_punct:
            start += 1
        # nor the stop or comma a pattern ends it with ("the year before.": a "before" that
        # governs nothing)
        while end > start + 1 and doc[end - 1].is_punct and not doc[end - 1].is_bracket:
            end -= 1
        if (
            start < end - 1
            and doc[start].lower_ in self.preposition_shifts
            and end < len(doc)
            and doc[end].lower_ in self.name_possessives
        ):
            start += 1
        if (start, end) == (span.start, span.end):
            return span
        return Span(doc, start, end, label=span.label_, span_id=span.id_)

    def _is_weekday(self, span: Span) -> bool:
        words = [t.lower_.rstrip(".") for t in span]
        return any(w in self.weekdays for w in words) and all(
            w in self.weekdays or w in self.shift_words for w in words
        )

    def _attach_weekdays(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Join a weekday to the date beside it ("Monday two weeks from now") when the two
        read as one date; two weekdays ("Monday, Tuesday") stay apart."""
        joined: list[Span] = []
        for span in sorted(spans, key=lambda s: s.start):
            previous = joined[-1] if joined else None
            if (
                previous is not None
                and previous.label_ == span.label_ == "DATE"
                and self._is_weekday(previous) != self._is_weekday(span)
                and all(t.lower_ in self.weekday_joiners for t in doc[previous.end : span.start])
                and span.start - previous.end <= 1
                and readable_date(self.normalizers, doc[previous.start : span.end].text)
            ):
                joined[-1] = Span(
                    doc, previous.start, span.end, label="DATE", span_id="date-weekday-of"
                )
                continue
            joined.append(span)
        return joined

    def _day_word_size(self, doc: Doc, start: int) -> int:
        """Tokens of a lone ordinal day of the month at ``start`` ("17th", "the ninth",
        "twenty-seventh"), 0 when there is none: "to thirty firms" is no day."""
        i = start + (start < len(doc) and doc[start].lower_ in self.date_articles)
        if i >= len(doc):
            return 0
        word = doc[i].lower_
        if any(
            word.endswith(suffix) and word[: -len(suffix)].isdigit()
            for suffix in self.ordinal_suffixes
        ):
            return i + 1 - start
        if (
            word in self.tens_words
            and i + 2 < len(doc)
            and doc[i + 1].text == "-"
            and doc[i + 2].lower_ in self.ordinal_words
        ):
            return i + 3 - start
        return i + 1 - start if word in self.ordinal_words else 0

    def _now_word_size(self, doc: Doc, start: int) -> int:
        """Tokens of a word for the reference date at ``start`` ("now", "current date")."""
        for words in self.now_words:
            if tuple(t.lower_ for t in doc[start : start + len(words)]) == words:
                return len(words)
        return 0

    def _word_ends(self, doc: Doc, span: Span, taken: set[int]) -> Span:
        """A range whose other end is no date span: "between Jan 2019 and now", "April 9th
        through 17th", "from the ninth till the seventeenth of April"."""
        start, end = span.start, span.end
        opener = doc[start - 1].lower_ if start > 0 else ""
        if end < len(doc) and (
            doc[end].lower_ in self.range_connectors
            or (opener in self.between_openers and doc[end].lower_ in self.between_connectors)
        ):
            size = self._day_word_size(doc, end + 1)
            if not size and opener in self.range_openers:
                size = self._now_word_size(doc, end + 1)
            if size:
                end += 1 + size
                start -= opener in self.range_openers
        elif start >= 3:
            # Walk back over "<opener> <end word> <connector>" before the span.
            connector = doc[start - 1].lower_
            for size in (1, 2, 3, 4):
                first = start - 1 - size
                if first < 1 or doc[first - 1].lower_ not in self.range_openers:
                    continue
                joins = connector in self.range_connectors or (
                    doc[first - 1].lower_ in self.between_openers
                    and connector in self.between_connectors
                )
                sizes = (self._now_word_size(doc, first), self._day_word_size(doc, first))
                if joins and size in sizes:
                    start = first - 1
                    break
        if (start, end) == (span.start, span.end) or taken.intersection(
            i for i in range(start, end) if not span.start <= i < span.end
        ):
            return span
        if not readable_date(self.normalizers, doc[start:end].text):
            return span
        return Span(doc, start, end, label="DATE", span_id="date-range")

    def _merge_date_ranges(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Join "DATE to DATE" (and "between DATE and DATE") into one DATE range span."""
        merged: list[Span] = []
        for span in sorted(spans, key=lambda s: s.start):
            previous = merged[-1] if merged else None
            if (
                previous is not None
                and previous.label_ == "DATE"
                and span.label_ == "DATE"
                and span.start == previous.end + 1
            ):
                connector = doc[previous.end].lower_
                opener = doc[previous.start - 1].lower_ if previous.start > 0 else ""
                joins = connector in self.range_connectors or (
                    opener in self.between_openers and connector in self.between_connectors
                )
                if joins:
                    start = previous.start
                    if opener in self.range_openers:
                        start -= 1
                    merged[-1] = Span(doc, start, span.end, label="DATE", span_id="date-range")
                    continue
            merged.append(span)
        return merged

    def _separate_bounds(self, doc: Doc, span: Span) -> list[Span]:
        """A count span that holds two figures, cut in two.

        Two bounds that cannot both hold ("more than 40 and less than 10") are two figures;
        a bound after the number that opens a comparison with the next one ("5000 or less
        than 6000") belongs to that next figure.
        """
        if span.label_ != "QUANTITY":
            return [span]
        if (
            span.end + 1 < len(doc)
            and doc[span.end + 1].like_num
            and span.end - span.start > 2
            and doc[span.end - 2].lower_ in self.tables.bound_alternatives
            and (doc[span.end - 1].lower_, doc[span.end].lower_) in self.bound_openers
        ):
            return [Span(doc, span.start, span.end - 2, label=span.label_, span_id=span.id_)]
        pieces = [
            doc.char_span(span.start_char + start, span.start_char + end, label=span.label_,
                          span_id=span.id_)
            for start, end in self.normalizers.bounds(span.text)
        ]
        if not pieces or any(piece is None for piece in pieces):
            return [span]
        return [piece for piece in pieces if piece is not None]

    def _uncounted(self, doc: Doc, span: Span) -> Span:
        """A count before a length of time ("two years", "for six weeks") as a duration, and
        one before "times" ("four times as fast") as a bare number: a stretch of time or a
        multiple, not a count of things (rules/numbers.json ``not_counted``, ``multiples``).
        A length of time that measures an amount ("six hours a day") stays a count."""
        if span.label_ != "QUANTITY" or span.end >= len(doc):
            return span
        after = unit_after(doc, span, self.not_counted_modifiers)
        unit = doc[after].lower_
        if unit not in self.not_counted and (
            after == span.end or unit not in self.not_counted_after_modifier
        ):
            return span
        if hyphenated(doc, after):
            return span  # "a trio of second-half tries": "second" starts a compound
        if self.measured.measures(doc, span, after, self.not_counted):
            return span
        if after == span.end and self._occurrences(doc, span, after):
            return span
        moment = span.start > 0 and doc[span.start - 1].lower_ in self.moment_openers
        age = after + 1 < len(doc) and doc[after + 1].lower_ in self.age_words
        label = NUMBER_LABEL if unit in self.multiples or moment or age else DURATION_LABEL
        return Span(doc, span.start, span.end, label=label, span_id=span.id_)

    def _duration_ranges(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """A number, "to" and a duration joined into one duration range ("within two to
        four weeks"): the time word after the second number is the first's too. Not after
        "from" ("cut from 10 to 5 years" is a change). rules/numbers.json
        ``duration_range_connectors``."""

        def joins(first: Span, span: Span) -> bool:
            return (
                first.label_ in ("QUANTITY", NUMBER_LABEL)
                and first.end + 1 == span.start
                and doc[first.end].lower_ in self.duration_range_connectors
                and (first.start == 0
                     or doc[first.start - 1].lower_ not in self.tables.pair_openers)
                and first[-1].like_num
            )

        return join_into_durations(spans, joins)

    def _clock_durations(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Durations that follow each other in clock units, joined into one length ("two
        hours 18 minutes 15 seconds", "one minute and 53 secs"): the span runs to the last
        number, the last time word is its unit. rules/numbers.json ``clock_units``."""
        units, joiners = self.tables.clock_units, self.tables.clock_unit_joiners

        def joins(first: Span, span: Span) -> bool:
            return (
                first.label_ in (DURATION_LABEL, NUMBER_LABEL)  # "one minute 53 secs"
                and first.end < len(doc)
                and doc[first.end].lower_ in units
                and (span.start == first.end + 1
                     or (span.start == first.end + 2 and doc[first.end + 1].lower_ in joiners))
                and span.end < len(doc)
                and doc[span.end].lower_ in units
            )

        return join_into_durations(spans, joins)

    def _separate_change(self, doc: Doc, span: Span, sentences: SentenceIndex) -> list[Span]:
        """A range "X to Y" after "from" and a change word ("rose from $2.1bn to $2.4bn"),
        cut into its two ends: a change is a baseline and a new level, not a range
        (rules/hedges.json ``change_words``)."""
        tables = self.tables
        if span.label_ not in CHANGE_LABELS or span.start == 0:
            return [span]
        cut = next(
            (t.i for t in span[1:-1] if t.lower_ in tables.pair_connectors), None
        )
        if cut is None:
            return [span]
        opener = self._pair_opener(doc, span.start)
        if doc[opener].lower_ in tables.pair_openers:
            sent_start, _ = sentences.bounds(span.start)
            window = doc[max(sent_start, opener - tables.change_window) : opener]
            if not any(token.lower_ in tables.change_words for token in window):
                return [span]
        elif not self._change_and_level(doc, span, cut):
            return [span]
        return [
            Span(doc, span.start, cut, label=span.label_, span_id=span.id_),
            Span(doc, cut + 1, span.end, label=span.label_, span_id=span.id_),
        ]

    def _pair_opener(self, doc: Doc, start: int) -> int:
        """The token that may open a from/to pair whose first end starts at ``start``: the
        one before it, or before a short possessive owner of it ("rose from last year's $3bn
        to $4bn", ``name_possessives``)."""
        before = start - 1
        if doc[before].text not in self.name_possessives:
            return before
        for k in range(before - 1, max(before - 1 - POSSESSOR_REACH, -1), -1):
            if doc[k].is_punct:
                break
            if doc[k].lower_ in self.tables.pair_openers:
                return k
        return before

    def _change_and_level(self, doc: Doc, span: Span, cut: int) -> bool:
        """Whether "X to Y" right after a change word (or "by" after one), or after one and
        its object ("lifted interest rates 0.25% to 5.5%", ``change_object_reach`` words), is
        a change and the level it reaches ("rose $2.80 to $51.15"), not a range ("rise 3% to
        4%"): the second end is more than ``level_ratio`` times the first
        (rules/hedges.json)."""
        tables = self.tables
        before = span.start - 1
        if doc[before].lower_ in tables.change_by and before > 0:
            before -= 1
        reach = tables.change_object_reach
        while (
            doc[before].lower_ not in tables.change_words and reach > 0 and before > 0
            and doc[before].is_alpha
        ):
            before, reach = before - 1, reach - 1
        if doc[before].lower_ not in tables.change_words or span.label_ == "QUANTITY":
            return False
        read = self.normalizers.money if span.label_ == "MONEY" else self.normalizers.percent
        first_text = doc[span.start : cut].text
        if doc[span.end - 1].is_alpha and not doc[cut - 1].is_alpha:
            # "US$61 to $64 billion": the first end in the scale only the second states
            first_text = f"{first_text} {doc[span.end - 1].text}"
        first, second = read(first_text), read(doc[cut + 1 : span.end].text)
        if first is None or second is None or first.low is None or second.low is None:
            return False
        if first.unit != second.unit or first.low == 0:
            return False
        # "fell -0.1% to 5.7%": a change written with its sign is measured by its size
        size = abs(float(first.low)) if first.low < 0 else float(first.high or first.low)
        return float(second.low) > tables.level_ratio * size

    def _extend(self, doc: Doc, span: Span, hedge_end: dict[int, int], taken: set[int]) -> Span:
        """Widen a figure over a hedge before it ("crossing the") and a suffix ("mark")."""
        if span.label_ == "DATE":
            return span
        start, end = span.start, span.end
        before = start
        while before > 0 and doc[before - 1].is_space and "\n" not in doc[before - 1].text:
            before -= 1  # "<=  -30": extra spaces on one line
        if before > 0 and doc[before - 1].lower_ in self.tables.hedge_articles:
            # "crossing the $2.5 billion mark"; but "more than the £1.4bn expected" compares
            # with a figure named elsewhere, and bounds nothing
            if end >= len(doc) or doc[end].lower_ not in self.suffixes:
                return span
            before -= 1
        if (
            before in hedge_end
            and not taken.intersection(range(hedge_end[before], start))
            and not self._particle_of_change(doc, hedge_end[before])
        ):
            start = hedge_end[before]
        if end < len(doc) and doc[end].lower_ in self.suffixes and start < span.start:
            end += 1
        if (start, end) == (span.start, span.end):
            return span
        return Span(doc, start, end, label=span.label_, span_id=span.id_)

    def _spelled_decimals(self, doc: Doc, chosen: list[Span]) -> list[Span]:
        """Figures whose decimals are spelled out, widened over the whole number and the
        decimal point word before them ("31-point-eight percent", "one point three per
        cent", "12-point-one trillion won", "six-point-54 trillion won": the patterns find
        "eight percent", "54 trillion won"); a figure
        that held only the whole number goes (rules/numbers.json ``decimal_points``)."""
        tables = self.tables
        words, digits = self.whole_words, self.digit_words
        widened: dict[int, int] = {}
        for at, span in enumerate(chosen):
            if span.label_ == "DATE" or not (
                span[0].lower_ in digits or span[0].is_digit  # "six-point-54 trillion won"
            ) or (span.label_ == "QUANTITY" and not any(t.lower_ in tables.scales for t in span)):
                continue  # "at one point three people were hurt": no count of 1.3 people
            k = span.start - 1
            k -= int(k >= 0 and doc[k].text == "-")
            if k < 0 or doc[k].lower_ not in tables.decimal_points:
                continue
            k -= 1
            if k >= 0 and doc[k].text == "-" and k > 0 and (doc[k - 1].is_digit or (
                doc[k - 1].lower_ in words
            )):
                k -= 1  # "31-point-eight"
            if k >= 0 and doc[k].is_digit:
                widened[at] = k
                continue
            start = point = k + 1
            while k >= 0 and doc[k].lower_ in words:
                start = k  # "thirty-one point two": words, a hyphen between two
                k -= 2 if k > 1 and doc[k - 1].text == "-" and doc[k - 2].lower_ in words else 1
            widened[at] = start if start < point else point  # "point five per cent": 0.5
        if not widened:
            return chosen
        spans = [
            Span(doc, widened[at], span.end, label=span.label_, span_id=span.id_)
            if at in widened else span
            for at, span in enumerate(chosen)
        ]
        wide = [spans[at] for at in widened]
        return [
            span for span in spans
            if not any(w.start < span.end and span.start < w.end and w != span for w in wide)
        ]

    def _particle_of_change(self, doc: Doc, hedge: int) -> bool:
        """Whether the hedge starting at token ``hedge`` opens with the particle of a verb
        that takes it before it ("ticked up to 7.9%", "went up to 5.5%": the level reached,
        no ceiling; rules/hedges.json ``change_particles``, ``particle_verbs``)."""
        return (
            hedge > 0
            and doc[hedge].lower_ in self.tables.change_particles
            and doc[hedge - 1].lower_ in self.tables.particle_verbs
        )

    def _across(self, doc: Doc, span: Span) -> Span:
        """A duration without a hedge that means "across" rather than "more than" before
        it ("developed over four years", "over the three days"): the whole stretch, no
        bound. rules/numbers.json ``duration_across``."""
        first = span.start
        if span.label_ != DURATION_LABEL or len(span) < 2 or doc[first].lower_ not in self.across:
            return span
        number = first + 1 + (doc[first + 1].lower_ in self.tables.hedge_articles)
        if number == first + 1 and first > 0 and doc[first - 1].lower_ in self.across_bound_after:
            return span  # "took over 10 hours": more than ten
        if number >= span.end:
            return span
        return Span(doc, number, span.end, label=span.label_, span_id=span.id_)

    def _entities(
        self, doc: Doc, candidates: list[Span], layout: Layout, figures: list[Span],
        not_names: list[Span],
    ) -> list[Span]:
        ruled = [self._whole_place(doc, s) for s in candidates if s.label_ in ENTITY_LABELS]
        tagged = model_entities(doc)
        figure_spans = [s for s in candidates if s.label_ in FIGURE_LABELS]
        ticked, tickers = ticker_names(
            doc, tagged, figure_spans, self.corporate_names, self.name_articles
        )
        # a ticker is no name of its own ("(ERIC)": Ericsson's)
        blockers = Occupied(not_names + figures + tickers)
        suffixed = suffixed_names(
            doc, tagged, figure_spans, self.corporate_names, self.name_articles,
        ) + ticked
        ruled += suffixed + short_forms(doc, suffixed, self.corporate_names, blockers)
        model = [
            completed_name(doc, part, self.corporate_names, self.name_articles)
            for span in tagged
            if span.label_ in ENTITY_LABELS
            # "Wells Fargo & Co and Citigroup Inc": two names, each with its suffix
            and sum(span.start <= name.start and name.end <= span.end for name in suffixed) < 2
            for part in split_list(span)
            if plausible_name(part, self.name_articles) and not self._unit(doc, part)
        ]
        model = without_common_openings(doc, model)
        # a span the rules know as a measure is no name ("Turnout came to 47.45 percent",
        # "Gross Domestic Product" tagged an organisation)
        measures = {(s.start, s.end) for s in candidates if s.label_ == METRIC_LABEL}
        model = [span for span in model if (span.start, span.end) not in measures]
        body_names = {s.text for s in ruled + model if not layout.is_heading(s.start_char)}
        # Headings are title-cased, so the model sees names everywhere in them; trust a
        # heading entity only if the same name also occurs in running text, or if running
        # text refers back to one of its kind that it never names ("Unilever Net Profit
        # Falls 13.7 Percent ..." over "The company said ..."), cut where the heading's own
        # words begin.
        unconfirmed = [s for s in model
                       if layout.is_heading(s.start_char) and s.text not in body_names]
        if unconfirmed:
            model = [s for s in model
                     if not layout.is_heading(s.start_char) or s.text in body_names]
            # only a name that opens the title, and only then running text read for what
            # it refers back to
            opening = self.heading_names.title_openers(unconfirmed, layout)
            referred = self.heading_names.referred(doc, layout) if opening else frozenset()
            folded = {name.casefold() for name in body_names}
            model += [name for s in opening if s.label_ in referred
                      and (name := self.heading_names.name(s, folded)) is not None]
        # Longest span wins; on equal spans the rule (listed first) wins over the model.
        return [
            span
            for span in filter_spans(ruled + model)
            if not blockers.overlaps(span)
            and not layout.is_boilerplate(span.start_char, span.end_char)
        ]


    def _whole_place(self, doc: Doc, span: Span) -> Span:
        """A place the rules know with the words of ``place_openers`` written right before it,
        in its sentence: the longer place they name ("New South Wales", not Wales; "Northern
        Ireland", not Ireland), as written; never before an acronym ("New EU rules")."""
        if span.text.isupper():
            return span
        start = span.start
        first = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
        while start > first and doc[start - 1].text in self.place_openers:
            start -= 1
        return span if start == span.start else Span(doc, start, span.end, label=span.label_)

    def _unit(self, doc: Doc, span: Span) -> bool:
        """Is ``span`` a unit of measure right after a number ("a 160GB hard drive", which
        the model may tag as an organisation), no name? rules/frame.json
        ``unit_dimensions``."""
        return (
            len(span) == 1
            and span[0].lower_ in self.units
            and span.start > 0
            and doc[span.start - 1].like_num
        )


def without_common_openings(doc: Doc, model: list[Span]) -> list[Span]:
    """The model's names without the common words it takes for names where a sentence
    starts with them: "Broadband" or "Diluted" opening a sentence, written lower-case
    elsewhere in the document and never capitalised inside a sentence, is no name; "Next"
    (a retailer) named inside a sentence too, or an acronym ("US"), stays."""
    openings = [
        span for span in model
        if len(span) == 1 and span[0].is_title and opens_sentence(doc, span.start)
    ]
    if not openings:
        return model
    orth = doc.to_array(ORTH)
    strings = doc.vocab.strings

    def common(word: str) -> bool:
        lower = word.lower()
        if lower not in strings or not (orth == strings[lower]).any():
            return False
        return all(opens_sentence(doc, int(i)) for i in (orth == strings[word]).nonzero()[0])

    words = {word: common(word) for word in {span.text for span in openings}}
    dropped = {span.start for span in openings if words[span.text]}
    return [span for span in model if span.start not in dropped]


def opens_sentence(doc: Doc, i: int) -> bool:
    """Whether token ``i`` starts its sentence, after any opening punctuation ('"Sales')."""
    while i > 0 and not doc[i].is_sent_start and doc[i - 1].is_punct:
        i -= 1
    return bool(doc[i].is_sent_start) or i == 0


def without_crossing_counts(candidates: list[Span]) -> list[Span]:
    """The candidates without counts that cut through an amount or a percentage ("10 or 15"
    of "10 or 15% of the processor"): the amount wins, whichever span is longer."""
    amounts = [s for s in candidates if s.label_ in ("MONEY", "PERCENT")]
    if not amounts:
        return candidates

    def crosses(count: Span) -> bool:
        return any(
            count.start < a.end and a.start < count.end
            and not (count.start <= a.start and a.end <= count.end)
            and not (a.start <= count.start and count.end <= a.end)
            for a in amounts
        )

    return [s for s in candidates if s.label_ != "QUANTITY" or not crosses(s)]


def before_blocker(span: Span, blocked_starts: list[int]) -> Span:
    """A count in words cut where a name made of number words starts inside it ("three Six
    Nations games" -> "three"): the count stays, the name stays no figure."""
    if span.label_ != "QUANTITY":
        return span
    cut = next((i for i in blocked_starts if span.start < i < span.end), None)
    if cut is None:
        return span
    return Span(span.doc, span.start, cut, label=span.label_, span_id=span.id_)


def join_into_durations(
    spans: list[Span], joins: Callable[[Span, Span], bool]
) -> list[Span]:
    """``spans`` (in order) with each duration joined to the span before it, into one
    duration, when ``joins(before, duration)`` says they make one length."""
    joined: list[Span] = []
    for span in spans:
        if joined and span.label_ == DURATION_LABEL and joins(joined[-1], span):
            first = joined[-1]
            joined[-1] = Span(
                span.doc, first.start, span.end, label=DURATION_LABEL, span_id=span.id_
            )
            continue
        joined.append(span)
    return joined


def unit_after(doc: Doc, span: Span, modifiers: frozenset[str]) -> int:
    """Where the word a count numbers would stand if it were a length of time: right after
    it, past a hyphen ("a seven-month high") and words of ``modifiers`` ("four consecutive
    quarters"); never past the document's last token."""
    after = span.end
    if hyphenated(doc, span.end - 1) and after < len(doc) - 1:
        after += 1
    while after < len(doc) - 1 and doc[after].lower_ in modifiers:
        after += 1
    return min(after, len(doc) - 1)


def hyphenated(doc: Doc, i: int) -> bool:
    """Does a hyphen join the word at ``i`` to the next ("year-on-year")?"""
    return i + 1 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_


class MeasuredDurations:
    """When a length of time is an amount of something, kept as a count with its time word as
    the unit ("six hours a day", "two hours' PE", "three years of economic stagnation", "an
    average stay of 12 days"), rather than a stretch of time (rules/numbers.json
    ``measured_duration_*``)."""

    def __init__(self, numbers: dict[str, Any], multiples: frozenset[str]) -> None:
        self.multiples = multiples
        self.possessive = frozenset(numbers.get("measured_duration_possessive", []))
        self.not_owned = frozenset(numbers.get("measured_duration_not_owned", []))
        self.of_nouns = frozenset(numbers.get("measured_duration_of_nouns", []))
        self.not_of = frozenset(numbers.get("measured_duration_not_of", []))
        self.rates = frozenset(numbers.get("measured_duration_rates", []))
        self.reach = int(numbers.get("measured_duration_reach", 0))
        self.statistics = frozenset(numbers.get("measured_duration_statistics", []))
        self.statistic_breaks = frozenset(
            numbers.get("measured_duration_statistic_breaks", [])
        )
        self.window = int(numbers.get("measured_duration_statistics_window", 0))
        self.not_after = frozenset(numbers.get("measured_duration_not_after", []))
        self.limits = [tuple(p.split()) for p in numbers.get("measured_duration_limits", [])]
        self.links = frozenset(numbers["measured_duration_links"])
        self.multiples = frozenset(numbers["multiple_words"])

    def _of_phrase(self, doc: Doc, start: int) -> list[Any]:
        """The tokens of an "of" phrase at ``start`` ("of year-on-year IT export growth"), up
        to a stop or a lower-case function word; none when no "of" is there, or when a
        determiner follows it ("of the deal": a stretch of something named)."""
        if start + 1 >= len(doc) or doc[start].lower_ not in self.links:
            return []
        if doc[start + 1].lower_ in self.not_of:
            return []
        phrase = [doc[start]]
        for token in doc[start + 1 : start + 1 + self.reach]:
            joined = token.i > 0 and doc[token.i - 1].text == "-"
            if (token.is_punct and token.text != "-") or (
                token.is_stop and token.text.islower() and not joined
            ):
                break
            phrase.append(token)
        return phrase

    def measures(self, doc: Doc, span: Span, unit: int, time_words: frozenset[str]) -> bool:
        """Is the count ``span``, whose time word stands at ``unit``, an amount measured in
        time? ``time_words``: the words of a length of time."""
        if doc[unit].lower_ not in time_words or doc[unit].lower_ in self.multiples:
            return False
        before = list(doc[max(span.start - self.window, 0) : span.start])
        if before and before[-1].lower_ in self.not_after:
            return False
        if (
            unit + 2 < len(doc)
            and doc[unit + 1].lower_ in self.possessive
            and doc[unit + 2].is_alpha
            and doc[unit + 2].lower_ not in self.not_owned
        ):
            return True  # "two hours' PE", "six months' paid leave"
        phrase = self._of_phrase(doc, unit + 1)
        rate = doc[unit + 1 + len(phrase) : unit + 3 + len(phrase)]
        if (
            len(rate) == 2
            and rate[0].lower_ in self.rates
            and rate[1].lower_ in time_words
        ):
            return True  # "six hours a day", "two hours of sport a week"
        if self.of_nouns.intersection(t.lower_ for t in phrase):
            return True  # "three years of economic stagnation", "18 months of growth"
        words_before = tuple(token.lower_ for token in before)
        own = tuple(token.lower_ for token in span)
        if any(
            words_before[-len(limit) :] == limit or own[: len(limit)] == limit
            for limit in self.limits
        ):
            return True  # "face up to two years in jail": a limit, an amount
        for token in reversed(before):
            if token.is_punct or token.lower_ in self.statistic_breaks:
                break  # "its 2% target within two years": the target is no length of time
            if token.lower_ in self.statistics:
                return True  # "an average stay of 12 days", "the target is 12 months"
            if token.is_sent_start:
                break
        return False


def add_numbers(figures: list[Span], numbers: list[Span]) -> list[Span]:
    """The figures with the bare numbers that fit among them (see ``NUMBER_LABEL``).

    A number overlapping money, a percentage or a date is dropped; one that holds counts
    whole competes with them, the longest span winning (on equal spans the count).
    """
    counts = [s for s in figures if s.label_ == "QUANTITY"]
    others = [s for s in figures if s.label_ != "QUANTITY"]
    taken = Occupied(others)
    count_at = {i: c for c in counts for i in range(c.start, c.end)}
    numbers = [
        n
        for n in numbers
        if not taken.overlaps(n)
        and all(
            n.start <= c.start and c.end <= n.end
            for i in range(n.start, n.end)
            if (c := count_at.get(i)) is not None
        )
    ]
    if not numbers:
        return figures
    return sorted(others + filter_spans(counts + numbers), key=lambda span: span.start)


def readable_date(normalizers: Normalizers, text: str) -> bool:
    """Does the date normalizer read ``text``, whatever the document's date? A range to
    "now" reads only after its start, so both an early and a late reference date are tried."""
    return any(normalizers.date(text, ref) is not None for ref in _CHECK_REFS)


def model_entities(doc: Doc) -> list[Span]:
    """``doc.ents`` as the model left them; none, cheaply, in a document without any."""
    if not len(doc) or not doc.to_array("ENT_IOB").any():
        return []
    return list(doc.ents)


def chosen_spans(doc: Doc) -> list[Span]:
    """The figures and entities claimx_figures chose (``doc.ents``), in order."""
    if CHOSEN_KEY in doc.spans:
        return list(doc.spans[CHOSEN_KEY])
    return list(doc.ents)


def split_list(span: Span) -> list[Span]:
    """A model entity cut at commas ("Karachi, Lahore" -> two), trimmed; none if it runs
    across a line break (a heading run into the next line: "Tech Sector\n\nLooking")."""
    if any("\n" in token.text or "\r" in token.text for token in span[:-1]) or any(
        "\n" in token.whitespace_ for token in span[:-1]
    ):
        return []
    parts, start = [], span.start
    for token in span:
        if token.text in (",", ";"):
            parts.append((start, token.i))
            start = token.i + 1
    parts.append((start, span.end))
    pieces = []
    for begin, end in parts:
        if begin < end:
            piece = trim(Span(span.doc, begin, end, label=span.label_))
            if piece is not None:
                pieces.append(piece)
    return pieces


def trim(span: Span) -> Span | None:
    """The span without bullets, punctuation or white space at its edges (None if empty)."""
    start, end = span.start, span.end
    while start < end and (span.doc[start].is_space or span.doc[start].text in _EDGE_JUNK):
        start += 1
    while end > start and (span.doc[end - 1].is_space or span.doc[end - 1].text in _EDGE_JUNK):
        end -= 1
    if start == end:
        return None
    if (start, end) == (span.start, span.end):
        return span
    return Span(span.doc, start, end, label=span.label_)


class CorporateNames(NamedTuple):
    """The words of organisations' names with a corporate suffix (rules/frame.json
    ``corporate_names``)."""

    suffixes: frozenset[str]  # "Corp", "Plc": as written, a final full stop aside
    joiners: frozenset[str]  # "&": within a name
    links: frozenset[str]  # "of", "and": within a name the document writes elsewhere too
    continued_by: frozenset[str]  # "of", "for": a suffix inside a longer name before them
    suffix_separators: frozenset[str]  # ",": between two suffixes of one name
    ticker_name_words: int = 0  # the most words of a name read before its ticker
    ticker_letters: int = 0  # the fewest letters of a ticker written alone

    @classmethod
    def from_table(cls, table: Mapping[str, Any]) -> CorporateNames:
        return cls(
            suffixes=frozenset(table["suffixes"]), joiners=frozenset(table["joiners"]),
            links=frozenset(table["links"]), continued_by=frozenset(table["continued_by"]),
            suffix_separators=frozenset(table["suffix_separators"]),
            ticker_name_words=int(table.get("ticker_name_words", 0)),
            ticker_letters=int(table.get("ticker_letters", 0)),
        )


@cache
def _orth_ids(suffixes: frozenset[str]) -> frozenset[int]:
    """The ORTH hashes of the corporate suffixes, with and without a full stop."""
    return frozenset(
        get_string_id(form) for suffix in suffixes for form in (suffix, f"{suffix}.")
    )


def _ends_line(token: Token) -> bool:
    """Whether a line break follows ``token`` or is ``token``."""
    return "\n" in token.whitespace_ or (token.is_space and "\n" in token.text)


def suffixed_names(
    doc: Doc, model: list[Span], figures: list[Span], words: CorporateNames,
    articles: frozenset[str],
) -> list[Span]:
    """Organisations written with a corporate suffix ("Bank of America Corp", "Target Corp",
    "Tesco Plc") that the model left untagged or took for another kind of name: after a
    dateline ("July 18 (Reuters) - Bank of America Corp, ...") the model often misses them.
    The name is the capitalised words before the suffix, joined by ``joiners`` ("Procter &
    Gamble Co", "JPMorgan Chase & Co"), or by ``links`` where the document writes the joined
    words elsewhere too (the headline's "Bank of America's quarterly profit"): "Shares of Acme
    Corp" and "Mr Smith of Acme Corp" name "Acme Corp". A name the model cut short is taken
    whole ("- International Business Machines Corp."); the words of ``figures`` ("On Tuesday
    Target Corp said"), a common word ("With the ... Corporation") and another name before it
    stay out. Two suffixes end one name ("Samsung Electronics Co Ltd")."""
    if not words.suffixes or not len(doc):
        return []
    ids = _orth_ids(words.suffixes)
    hits = [i for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in ids]
    if not hits:
        return []
    starts = {i: span.start for span in model for i in range(span.start, span.end)}
    blocked = {i for span in figures for i in range(span.start, span.end)}
    taken = blocked | starts.keys()
    found: list[Span] = []
    for at in hits:
        if at == 0:
            continue
        if at + 2 < len(doc) and doc[at + 1].lower_ in words.continued_by and (
            _capitalised(doc[at + 2])
        ):
            continue  # "The Internet Corporation for Assigned Names": the name goes on
        i = at - 1
        if found and (found[-1].end == at or (
            found[-1].end == i and doc[i].text in words.suffix_separators
        )):
            found[-1] = Span(doc, found[-1].start, at + 1, label="ORG")  # "Co., Ltd."
            continue
        if doc[i].text in words.joiners and i > 0:
            i -= 1  # "JPMorgan Chase & Co"
        if not _capitalised(doc[i]) or i in blocked:
            continue
        # from the model's first word, but never across another suffixed name before it nor
        # across a line break ("Tesco Profit Soars\n\nTesco Stores Ltd": the heading's words
        # are no part of the name)
        first = max(starts.get(i, i), found[-1].end if found else 0)
        first = next((k for k in range(i, first, -1) if _ends_line(doc[k - 1])), first)
        while first > 0 and not doc[first].is_sent_start and _capitalised(doc[first]):
            before = doc[first - 1]
            if before.i in taken or (found and before.i < found[-1].end) or _ends_line(before):
                break
            if (_capitalised(before) and not before.is_stop) or before.text in words.joiners:
                first -= 1
            elif before.lower_ in words.links and first > 1 and (
                _capitalised(doc[first - 2]) and first - 2 not in taken
            ) and _written_elsewhere(doc, first - 2, first):
                first -= 2
            else:
                break
        while first < i and (doc[first].lower_ in articles or not _capitalised(doc[first])):
            first += 1
        found.append(Span(doc, first, at + 1, label="ORG"))
    return found


# A stock ticker in brackets: "(ERIC)", "(TSLA)", "(NSRGY.PK, NSTR.L)", "(LON:MKS)", "(NYSE:
# WFC)": an exchange's code, a colon, and one to five capitals with a market's suffix.
_TICKER = r"(?:[A-Z]{2,8}\s?:\s?)?[A-Z]{1,5}(?:\.[A-Z]{1,2})?"
TICKERS = re.compile(rf"\(\s*{_TICKER}(?:\s*,\s*{_TICKER})*\s*\)")
# an exchange's code or a market's suffix: no acronym of any name
MARKET_MARKS = re.compile(r"[:.]")
PIECE_LABELS = frozenset({"ORG", "PERSON"})  # what the model may cut a company's name into


def ticker_names(
    doc: Doc, model: list[Span], figures: list[Span], words: CorporateNames,
    articles: frozenset[str],
) -> tuple[list[Span], list[Span]]:
    """Companies written with their stock ticker in brackets ("Ericsson (ERIC) reported",
    "Marks and Spencer (LON:MKS)") where the model missed them or cut them into pieces, and
    the tickers, no names of their own. The name is the capitalised words right before the
    bracket, at most ``ticker_name_words``, joined by ``joiners`` or ``links``, without an
    article; a ticker written alone has ``ticker_letters`` letters or more ("(SA)" is a
    country's code). Capitals alone, with
    no exchange's code or market's suffix, may be an acronym: of those words ("Monetary
    Policy Rate (MPR)", "Bank of Korea (BOK)") or of a name the model tagged there ("The
    Central Statistics Agency (BPS)"), so they make a ticker only after words the model left
    untagged. A name written all in capitals is a dateline ("TOKYO (AP)"); a place the model
    tagged ("Hanoi (VNA)") or one of ``figures`` keeps the name out."""
    text = doc_text(doc)
    if "(" not in text:
        return [], []
    # the model's pieces of a company's name ("Marks", "Spencer") are joined; a place it
    # tagged ("Hanoi (VNA)": a dateline) and a figure are no part of one
    taken = {i for span in [*model, *figures] if span.label_ not in PIECE_LABELS
             for i in range(span.start, span.end)}
    pieces = [span for span in model if span.label_ in PIECE_LABELS]
    names: list[Span] = []
    tickers: list[Span] = []
    for found in TICKERS.finditer(text):
        inside = doc.char_span(found.start(), found.end(), alignment_mode="contract")
        if inside is None or inside.start == 0:
            continue
        end = inside.start  # the bracket's first token
        start = end
        while start > 0 and end - start < words.ticker_name_words:
            word = doc[start - 1]
            linked = word.lower_ in words.links and start > 1 and _capitalised(doc[start - 2])
            if _capitalised(word) or word.text in words.joiners or linked:
                start -= 1
            elif word.lower_ in articles and start > 2 and (
                doc[start - 2].lower_ in words.links and _capitalised(doc[start - 3])
            ):
                start -= 2  # "Office of the Deputy Prime Minister": a link and an article
            else:
                break
            if doc[start].is_sent_start:
                break
        while start < end and (
            not _capitalised(doc[start]) or doc[start].lower_ in articles
        ):
            start += 1  # a link or an article never starts a name
        if start == end or any(i in taken for i in range(start, end)) or any(
            span.start < start < span.end or span.start < end < span.end for span in pieces
        ):
            continue  # a tagged place, a figure, or a name that goes on beyond the words
        name = doc[start:end]
        if all(t.is_upper for t in name if t.is_alpha):
            continue  # "TOKYO (AP)", "STOCKHOLM (dpa-AFX)": a dateline
        after = inside.end
        if not MARKET_MARKS.search(found.group()) and (
            _acronym_of(found.group(), name)
            or any(span.start < end and start < span.end for span in pieces)
            or sum(ch.isalpha() for ch in found.group()) < words.ticker_letters
            or after >= len(doc) or not doc[after].is_lower
        ):
            # capitals alone may be an acronym: of the words before them ("Monetary Policy
            # Rate (MPR)", "Bank of Korea (BOK)", "Toyota Motor Corp (TM)"), or of a name
            # the model knows ("The Central Statistics Agency (BPS)"); or a country's code
            # in a list ("J Fourie (SA), J Smit (SA)"): a ticker stands in a sentence
            # ("Ericsson (ERIC) reported")
            continue
        names.append(Span(doc, start, end, label="ORG"))
        tickers.append(inside)
    return names, tickers


def _acronym_of(bracket: str, name: Span) -> bool:
    """Whether the capitals in ``bracket`` are the initials of the words of ``name`` or of
    its last words, all of them or the capitalised ones, or the start of those ("Bank of
    Korea": BOK or BK; "Toyota Motor Corp": TM; "High Speed Downlink Packet Access":
    HSDPA)."""
    letters = "".join(ch for ch in bracket if ch.isalpha()).upper()
    for first in range(len(name)):
        words = name[first:]
        for initials in (
            "".join(t.text[0] for t in words if t.is_alpha).upper(),
            "".join(t.text[0] for t in words if _capitalised(t)).upper(),
        ):
            if letters == initials or (
                len(initials) > 1
                and (initials.startswith(letters) or letters.startswith(initials))
            ):
                return True
    return False


def short_forms(doc: Doc, names: list[Span], words: CorporateNames, taken: Occupied) -> list[Span]:
    """Where the document writes a name of :func:`suffixed_names` without its suffix,
    outside ``taken``: "Woolworths" in the headline "Woolworths annual net profit up 8.5
    percent" of a report on Woolworths Ltd, which the model tagged nowhere, and "Nestle",
    which it took for a place, after "Nestle AG". Not within a longer name ("Bank of America
    Merrill Lynch", "Sky News"), nor a word the document also writes in lower case where it
    opens a sentence ("News of the deal" in a report on News Corp)."""
    ends = words.suffixes | words.joiners | words.suffix_separators
    forms: set[tuple[str, ...]] = set()
    for name in names:
        end = name.end
        while end > name.start and doc[end - 1].text.rstrip(".") in ends:
            end -= 1
        if end > name.start:
            forms.add(tuple(t.text for t in doc[name.start : end]))
    if not forms:
        return []
    inside = Occupied(names)
    orths = doc.to_array(ORTH)
    found: list[Span] = []
    for form in sorted(forms, key=len, reverse=True):
        # a word the document also writes in lower case is a word at a sentence's start
        common = bool((orths == doc.vocab.strings.add(form[0].lower())).any())
        for i in np.nonzero(orths == doc.vocab.strings.add(form[0]))[0].tolist():
            end = i + len(form)
            if end > len(doc) or any(doc[k].text != w for k, w in zip(
                range(i, end), form, strict=True
            )):
                continue
            span = Span(doc, i, end, label="ORG")
            if inside.overlaps(span) or taken.overlaps(span) or any(
                f.start < end and i < f.end for f in found
            ):
                continue
            if (end < len(doc) and _capitalised(doc[end])) or (
                i > 0 and not doc[i].is_sent_start and _capitalised(doc[i - 1])
            ):
                continue  # a longer name ("Acme Holdings", "Sky News")
            if len(form) == 1 and doc[i].is_sent_start and common:
                continue  # "News of the deal" in a report on News Corp
            found.append(span)
    return found


def _capitalised(token: Any) -> bool:
    text = token.text
    return bool(text[:1].isupper()) and text.replace("-", "").replace(".", "").isalpha() and (
        "\n" not in token.whitespace_
    )


def _written_elsewhere(doc: Doc, before: int, after: int) -> bool:
    """Whether the capitalised word at ``before`` belongs with the name from ``after`` across
    the link between them ("of", "and"): the document writes the joined words elsewhere too
    ("Bank of America's quarterly profit" in the headline), which "Shares of Acme Corp" or
    "Mr Smith of Acme Corp" does not."""
    joined = doc[before : after + 1].text
    text = doc_text(doc)
    at = text.find(joined)
    while at != -1:
        if at != doc[before].idx:
            return True
        at = text.find(joined, at + 1)
    return False


def completed_name(
    doc: Doc, span: Span, names: CorporateNames, articles: frozenset[str]
) -> Span:
    """A model name cut short after a word that continues a name ("the Office of the", of
    "the Office of the Deputy Prime Minister"; ``continued_by`` and ``articles``): continued
    through the capitalised words after it and such words between them. A name that ends
    in a word that joins two names ("Lil Jon and", of "Lil Jon and Ludacris"; ``links``), a
    person's name, a name holding a dash ("Oscars - the", of "the Oscars - the Hollywood
    awards") or one that no capitalised word continues loses its dangling words instead.
    Any other name as it is."""
    onward = names.continued_by | articles
    dangling = onward | names.links
    if not (span[-1].is_lower and span[-1].lower_ in dangling):
        return span
    end = span.end
    if (
        span[-1].lower_ in onward
        and span.label_ != PERSON_LABEL
        and not any(t.is_punct for t in span)
    ):
        at = span.end
        while at < len(doc) and not doc[at].is_sent_start:
            word = doc[at]
            if word.is_title or (word.is_upper and word.is_alpha):
                at += 1
                end = at
            elif word.is_lower and word.lower_ in onward:
                at += 1
            else:
                break
    if end == span.end:
        while end > span.start + 1 and (
            (doc[end - 1].is_lower and doc[end - 1].lower_ in dangling)
            or doc[end - 1].is_punct
        ):
            end -= 1
    return span if end == span.end else Span(doc, span.start, end, label=span.label)


def plausible_name(span: Span, articles: frozenset[str]) -> bool:
    """Reject model entity pieces that hold a bullet or start lower-case (but for one of
    ``articles``: "the UK")."""
    if "•" in span.text:
        return False
    first = span[0].text
    return first[:1].isupper() or first[:1].isdigit() or span[0].lower_ in articles


class Occupied:
    """The tokens some spans cover: overlap with them tested in a span's length, not in
    the number of spans (a long document has thousands)."""

    def __init__(self, spans: Iterable[Span]) -> None:
        self.tokens = {i for span in spans for i in range(span.start, span.end)}

    def overlaps(self, span: Span) -> bool:
        """True when ``span`` shares a token with one of the spans."""
        return any(i in self.tokens for i in range(span.start, span.end))


def paragraph_starts(layout: Layout) -> list[int]:
    """Character offset of the first line of each paragraph."""
    starts: list[int] = []
    for line in layout.lines:
        index = layout.paragraph(line.start)
        if index == len(starts) and line.text.strip():
            starts.append(line.start)
    return starts


@dataclass(frozen=True)
class HeadingNames:
    """What a title-cased heading's name is, and whether running text refers back to one of
    its kind (rules/frame.json ``heading_names``)."""

    ends: frozenset[str]  # words where a heading's name ends ("Net", "Profit", "Falls")
    referring: frozenset[str]  # "the", opening a reference back
    kinds: Mapping[str, frozenset[str]]  # label -> holder nouns of it ("company": ORG)
    group_words: frozenset[str]  # "group": "Emirates Group" is not "Emirates", its airline

    @classmethod
    def from_table(cls, frame: Mapping[str, Any]) -> HeadingNames:
        syntax, table = frame["syntax"], frame["heading_names"]
        endings = syntax["change_forms"]["endings"]
        verbs = [*syntax["change_up"], *syntax["change_down"], *syntax["attribution_verbs"],
                 *syntax["release_verbs"]]
        forms = {f"{verb}{ending}" for verb in verbs for ending in ("", *endings)}
        forms |= {f"{verb[:-1]}ing" for verb in verbs if verb.endswith("e")}  # "rising"
        forms |= {f"{verb}es" for verb in verbs}  # "slashes"
        forms |= set(syntax["change_forms"]["irregular"])
        words = [*syntax["company_metrics"], *syntax["place_metrics"], *syntax["period_nouns"],
                 *syntax["dropped_words"], *syntax["organisation_marks"], *table["name_ends"]]
        return cls(
            ends=frozenset({w.casefold() for phrase in words for w in phrase.split()} | forms),
            referring=frozenset(table["referring_words"]),
            kinds={label: frozenset(nouns)
                   for label, nouns in syntax["holder_nouns"].items()
                   if label in table["labels"]},
            group_words=frozenset(w.casefold() for w in table["group_words"]),
        )

    @staticmethod
    def title_openers(spans: list[Span], layout: Layout) -> list[Span]:
        """Those of ``spans`` that open the document's title, its first line with text: what
        the story is about, not a section heading nor "Copper & Diamonds" further on."""
        title = next((line for line in layout.lines if line.text.strip()), None)
        if title is None:
            return []
        start = title.start + len(title.text) - len(title.text.lstrip())
        return [span for span in spans if span.start_char == start]

    def name(self, span: Span, named: AbstractSet[str]) -> Span | None:
        """``span`` up to its first word that is a heading's own ("Unilever" of "Unilever
        Net Profit Falls"), if running text names it in no other form (``named``: running
        text's names, casefolded); else None."""
        end = next((k for k in range(span.start, span.end)
                    if span.doc[k].lower_ in self.ends or not span.doc[k].is_alpha), span.end)
        if end == span.start:
            return None
        name = Span(span.doc, span.start, end, label=span.label_)
        if any(self._named_otherwise(name.text.casefold(), other) for other in named):
            return None
        return name

    def _named_otherwise(self, heading: str, body: str) -> bool:
        """Whether running text's name ``body`` names the heading's ``heading`` in another
        form: at greater length ("lloyds banking group plc" for "lloyds banking"), or within
        it ("doherty" in "rocker doherty", "ukip" in "ukip mep"), unless only a word of a
        whole group follows ("emirates group" is not "emirates", its airline)."""
        if body in self.group_words or any(body in nouns for nouns in self.kinds.values()):
            return False  # "The Group's revenue": a reference the model took for a name
        if body.startswith(heading):
            return True
        if f" {body} " not in f" {heading} ":
            return False
        return not (heading.startswith(f"{body} ")
                    and heading[len(body) + 1 :] in self.group_words)

    def referred(self, doc: Doc, layout: Layout) -> frozenset[str]:
        """The labels of the names running text refers back to with a holder noun ("The
        group disclosed ...": ORG)."""
        found: set[str] = set()
        for k in range(len(doc) - 1):
            if doc[k].lower_ in self.referring and not layout.is_heading(doc[k].idx):
                noun = doc[k + 1].lower_
                found.update(label for label, nouns in self.kinds.items() if noun in nouns)
        return frozenset(found)
