"""Which earlier sentence's period a figure without one of its own continues.

A figure whose sentence gives no date ("Foreign oil exports surged by 35.7%") is often
scoped by a period an earlier sentence set ("For all of 2004, US exports rose 12.3%"), and
that sentence may hold no figure at all ("The latest figures for Q2 2014 show the UK
recovery continuing."). The rules, on plain records (no spaCy objects):

* a figure with a date of its own sets that period for its holder and measure, unless the
  date is only the day a report came out ("..., the company said on Friday"; a statistic
  of a place has no such date: the frame gives it none, and it may take an earlier one);
* a sentence without figures sets the period of its first date that is neither a point of
  reference ("since 2013", "than in 2004", "compared with the previous quarter") nor the
  day a report came out, for what it names: its words, the holders and metrics it
  mentions, a verb that is a measure ("earned": earnings), figures ("the latest figures");
* a figure with a measure and no period (not one set in the present, "is now", or from a
  point of reference, "since 2013": ``own_time``; not a length of time) takes the period of
  the nearest earlier setting within ``reach`` sentences that fits it: a figure's with the
  same holder and the same measure (a head noun of metric or measure in common; a
  defaulted holder counts as none), or, from the sentence just before or an earlier one of
  the same paragraph, a sentence's that names the measure and no holder but the figure's,
  or names figures for the figure's holder and no other measure of the metrics lexicon.
  Once inherited, the period goes on to later figures the same way;
* a figure whose sentence says it is of "the same period" (``periods.same_period_phrases``,
  not "the same period last year") takes the period the nearest earlier sentence set,
  whatever its holder and measure ("For the first eight months of the year, exports were
  worth $108.8 billion. Imports were worth $99.68 billion during the same period");
* a statistic of a place (``syntax.place_metrics``: GDP, consumer spending, inflation) with
  no period of its own takes the period of another statistic of the same place from the
  sentence just before or an earlier one of the same paragraph: one release reports them
  for one period ("The American economy expanded at a 1.4% annual pace from January
  through March ... Consumer spending grew just 1.5%"). The basis such a change is on,
  unstated, is the one its holder's statistics office publishes it on (reconcile.json
  periods.conventional_bases), not the basis another statistic states: Japan's GDP is told
  annualized, its private consumption on the quarter before.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from claimx.frame.lexicon import FrameLexicon
from claimx.normalize.inflection import singular

DURATION_LABEL = "DURATION"
BASELINE_FACET = "baseline"  # what a change starts from


@dataclass(frozen=True, slots=True)
class PeriodWords:
    """The words and limits the rules need (rules/frame.json).

    From ``syntax``: ``verb_measures`` (a verb that is its measure: "earn" -> earnings),
    ``reference_words`` ("since", "than") and ``reference_bases`` ("compared with").
    From the table's top level: ``deadline_words`` ("by", "until": a deadline is no
    period) and ``possessives`` ("'s": a date that owns a noun only modifies it). From
    ``periods``: ``reference_reach`` (how many words before a date a reference word
    reaches: "since the early hours of 25 October"), ``figure_words`` ("figures", "data":
    a sentence about figures), ``saying_forms`` ("said", "reported"), ``prepositions``
    (that introduce a period: "in", "for"), ``modalities`` (of figures that continue no
    period: "If the track sold 500,000 copies" is hypothetical), ``endings`` a written
    verb may have beyond its base form ("earned"), ``plural_endings`` and
    ``singular_endings`` (for :func:`claimx.normalize.inflection.singular`: "exports" is
    "export", "loss" no plural, "gas" too short).
    """

    verb_measures: Mapping[str, str]
    reference_words: frozenset[str]
    reference_bases: frozenset[str]
    reference_reach: int
    deadline_words: frozenset[str]
    possessives: frozenset[str]
    figure_words: frozenset[str]
    saying_forms: frozenset[str]
    day_rules: frozenset[str]
    prepositions: frozenset[str]
    modalities: frozenset[str]
    endings: tuple[str, ...]
    plural_endings: tuple[tuple[str, str, int], ...]
    singular_endings: tuple[str, ...]
    paces: tuple[str, ...] = ()  # the normalised pace qualifiers ("annualized"), longest first
    # adverbs that point back to a past occasion ("was last seen in 2016"), read where the
    # words are tagged as adverbs
    reference_adverbs: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()  # before an adjective, not such an adverb
    # "during the same period": the period the sentence before set (see same_period)
    same_period_phrases: tuple[str, ...] = ()
    same_period_blockers: frozenset[str] = frozenset()

    @classmethod
    def from_table(cls, table: Mapping[str, Any], lexicon: FrameLexicon) -> PeriodWords:
        """From frame.json's checked table and its ``syntax`` words."""
        periods = table["periods"]
        return cls(
            verb_measures=lexicon.verb_measures,
            reference_words=lexicon.reference_prepositions,
            reference_adverbs=frozenset(periods.get("reference_adverbs", [])),
            determiners=frozenset(periods.get("determiners", [])),
            same_period_phrases=tuple(periods.get("same_period_phrases", [])),
            same_period_blockers=frozenset(periods.get("same_period_blockers", [])),
            reference_bases=lexicon.reference_bases,
            reference_reach=periods["reference_reach"],
            deadline_words=frozenset(table["deadline_words"]),
            possessives=frozenset(table["name_possessives"]),
            figure_words=frozenset(periods["figure_words"]),
            saying_forms=frozenset(periods["saying_forms"]),
            day_rules=frozenset(periods["day_rules"]),
            prepositions=frozenset(periods["prepositions"]),
            modalities=frozenset(periods["modalities"]),
            endings=tuple(periods["endings"]),
            plural_endings=tuple(
                (plural, single, shortest) for plural, single, shortest in periods["plural_endings"]
            ),
            singular_endings=tuple(periods["singular_endings"]),
            paces=tuple(sorted(set(lexicon.pace_qualifiers.values()), key=lambda q: (-len(q), q))),
        )

    def same_period(self, words: Sequence[str]) -> bool:
        """Whether the lower-case ``words`` of a sentence say its figure is of the period
        just set ("during the same period"), with none of ``same_period_blockers`` after
        the phrase ("the same period last year" is a base)."""
        text = f" {' '.join(words)} "
        for phrase in self.same_period_phrases:
            at = text.find(f" {phrase} ")
            while at >= 0:
                after = text[at + len(phrase) + 2:].split(maxsplit=1)
                if not after or after[0] not in self.same_period_blockers:
                    return True
                at = text.find(f" {phrase} ", at + 1)
        return False

    def singular(self, word: str) -> str:
        """A crude singular of a lower-case word, to match measures by their head noun
        ("exports" and "export")."""
        return singular(word, self.plural_endings, self.singular_endings)

    def head(self, phrase: str | None) -> str | None:
        """The head noun of a metric or measure as written: its last word, in the singular."""
        words = phrase.lower().split() if phrase else []
        return self.singular(words[-1]) if words else None

    def heads(self, record: Mapping[str, Any]) -> frozenset[str]:
        """The head nouns a figure's measure goes by: its metric's and its measure's."""
        return frozenset(
            head for head in (self.head(record.get("metric")), self.head(record.get("measure")))
            if head
        )

    def base_forms(self, word: str) -> set[str]:
        """What a lower-case word may be without its ending, for the words of a sentence
        the parser did not read: "earned", "figures" -> "earn", "figure"."""
        return {word, *(word.removesuffix(end) for end in self.endings if word.endswith(end))}


@dataclass(frozen=True, slots=True)
class PeriodSetting:
    """A period set in sentence ``sentence`` (of paragraph ``paragraph``): the date's index
    among the document's spans, and what the period is set for. A figure's setting holds
    its one holder (None when it has none or a guess) and its measure heads; a sentence's,
    the holders it names, the metric heads it mentions, its words and whether it speaks of
    figures (``reports``)."""

    sentence: int
    paragraph: int
    time_index: int
    holders: frozenset[str | None]
    measures: frozenset[str]
    words: frozenset[str] = frozenset()
    reports: bool = False
    from_figure: bool = True
    guessed_holder: bool = False  # a figure's holder is none or only a guess (defaulted)
    opening: bool = False  # set by the article's opening lines: its story's period
    place: bool = False  # a figure's statistic of a place (its holder)


def sentence_setting(
    sentence: int, paragraph: int, time_index: int, words: Iterable[str],
    holders: Iterable[str], metrics: Iterable[str], lexicon: PeriodWords,
    opening: bool = False,
) -> PeriodSetting:
    """The period a sentence without figures sets: ``words`` its words as written,
    ``holders`` the canonical names it mentions, ``metrics`` its metric mentions' names;
    ``opening``: the sentence is among the article's opening lines."""
    written = [word.lower() for word in words]
    forms = {form for word in written for form in lexicon.base_forms(word)}
    verbs = [lexicon.verb_measures[form] for form in sorted(forms) if form in lexicon.verb_measures]
    return PeriodSetting(
        sentence, paragraph, time_index,
        holders=frozenset(holders),
        measures=frozenset(head for head in map(lexicon.head, [*metrics, *verbs]) if head),
        words=frozenset(map(lexicon.singular, written)),
        reports=bool(set(written) & lexicon.figure_words),
        from_figure=False,
        opening=opening,
    )


BASE_WORDS = 3  # the longest reference base sets_period looks for before a date


def words_read(lexicon: PeriodWords) -> int:
    """How many words before a date :func:`sets_period` reads: a caller need gather no
    more."""
    return max(lexicon.reference_reach, BASE_WORDS)


def sets_period(before: Sequence[str], after: str | None, lexicon: PeriodWords) -> bool:
    """Whether a date of a sentence without figures, after the lower-case words ``before``
    it in its sentence (the nearest last) and before the word ``after`` it (None at the
    end), sets a period for a later sentence. It must open the sentence or follow one of
    ``prepositions`` ("in 2004", "for Q2 2014"), and own no noun ("last month's
    championships"): a date inside a noun phrase ("a 2001 land law") scopes that noun.
    These set none: a point of reference ("since 2013", "than in 2004", "since the early
    hours of 25 October", "compared with the previous quarter": a reference word among
    the ``reference_reach`` words before, a reference base just before), the day a report
    came out ("said on Friday", "reported Wednesday": a form of a verb of saying among the
    two words before) and a deadline ("until next week")."""
    near = list(before[-2:])
    if any(word in lexicon.saying_forms for word in near) or any(
        word in lexicon.reference_words for word in before[-lexicon.reference_reach :]
    ):
        return False
    if before and before[-1] in lexicon.deadline_words:
        return False  # "until next week", "by 2030"
    if (
        " ".join(near) in lexicon.reference_bases
        or " ".join(before[-BASE_WORDS:]) in lexicon.reference_bases
        or after in lexicon.possessives
    ):
        return False
    return not before or before[-1] in lexicon.prepositions


class Periods:
    """The periods set so far in a document, read in order; ``reach``: how many sentences
    back a period is taken from."""

    def __init__(self, reach: int, lexicon: PeriodWords) -> None:
        self.reach = reach
        self.lexicon = lexicon
        self.settings: list[PeriodSetting] = []

    def add(self, setting: PeriodSetting) -> None:
        """Remember a period set by a sentence without figures."""
        self.settings.append(setting)

    def inherit(
        self, record: dict[str, Any], sentence: int, paragraph: int, sets: bool = True
    ) -> None:
        """Give ``record`` (a figure of sentence ``sentence``) the period it continues, if
        it has none of its own (``time_index``), and remember the one it has, unless not
        ``sets`` (a figure named only for a contrast, whose period is not the story's: one
        another figure is compared with, or one dated by a point of reference). Sets
        ``time_index`` and ``time_inherited``."""
        heads = self.lexicon.heads(record)
        holder = record.get("entity")
        # A defaulted holder is a guess: it may also stand for a holder left unnamed.
        guessed = holder is None or record.get("entity_basis") == "defaulted"
        own = bool(record.get("own_time"))
        if (
            not heads or (own and record.get("time_index") is None)
            or record.get("label") == DURATION_LABEL
            or record.get("cue") in self.lexicon.modalities
        ):
            # "GDP is now 2.7% above its peak": no earlier date is this figure's; a length
            # of time ("a 30-month extension") or a figure only supposed continues none.
            # A clause of its own time that dates its figure still sets that period ("Lloyds
            # Banking Group has today reported a 57% jump in profit for 2023").
            return
        # A length of time ("GDP expanded by 0.5 per cent over the three months") is the
        # period an earlier sentence named, when one did; else it stays, and sets none.
        length = bool(record.get("time_length")) and not own
        place = bool(record.get("place_statistic")) and holder is not None
        if record.get("time_index") is None and record.get("same_period"):
            # "Imports were worth $99.68 billion during the same period": the period just set
            found = next((s for s in reversed(self.settings)
                          if s.sentence < sentence and sentence - s.sentence <= self.reach),
                         None)
            if found is None:
                return
            record["time_index"], record["time_inherited"] = found.time_index, True
        elif record.get("time_index") is None or length:
            found, _ = self._continued(
                heads, (holder, guessed), sentence, paragraph, place
            )
            if found is None:
                return
            record["time_index"], record["time_inherited"] = found.time_index, True
            record["time_length"] = False
        elif record.get("time_reported"):
            return  # the day a report came out dates no later figure
        if own and record.get("present"):
            # "This is against 33.9% recorded in August 2022": a clause of the present
            # speaks of now, whatever date it names; one in the present perfect reports a
            # result ("has today reported a 57% jump in profit for 2023"), whose period it
            # sets, as does one set against a point of reference ("was 24.4% above the
            # previous record")
            return
        if record.get("facet") == BASELINE_FACET or not sets:
            # "an increase of 12.5% from ¥49.38 in the prior-year period": what a change
            # starts from dates no later figure, nor does a contrast ("compared with 2% in
            # August")
            return
        self.settings.append(PeriodSetting(
            sentence, paragraph, record["time_index"], frozenset({holder}), heads,
            guessed_holder=guessed, place=place,
        ))

    def _continued(
        self, heads: frozenset[str], holder: tuple[str | None, bool], sentence: int,
        paragraph: int, place: bool = False,
    ) -> tuple[PeriodSetting | None, bool]:
        """The setting whose period the figure continues, and whether only as another
        statistic of the same place's release (``place``: the figure is one)."""
        for setting in reversed(self.settings):
            if sentence - setting.sentence > self.reach:
                # Further back, only the opening lines' period, the story's, of a measure
                # they name ("Prince earned more than any other pop star in 2004": each
                # act's earnings in the list that follows).
                if setting.opening and heads & setting.measures:
                    return setting, False
                continue
            if setting.sentence >= sentence:
                continue
            if fits(setting, heads, holder, sentence, paragraph):
                return setting, False
            if place and same_release(setting, holder[0], sentence, paragraph):
                return setting, True
        return None, False


def same_release(setting: PeriodSetting, place: str | None, sentence: int,
                 paragraph: int) -> bool:
    """Whether ``setting`` is a statistic of ``place`` from the sentence just before
    ``sentence`` or an earlier one of its paragraph: one release's period."""
    return (
        setting.from_figure and setting.place and place in setting.holders
        and (setting.sentence == sentence - 1 or setting.paragraph == paragraph)
    )


def fits(setting: PeriodSetting, heads: frozenset[str], holder: tuple[str | None, bool],
         sentence: int, paragraph: int) -> bool:
    """Whether ``setting`` sets the period of a figure of sentence ``sentence`` with
    measure heads ``heads`` and ``holder`` (its name, and whether that is none or a guess;
    see the module's rules)."""
    name, guessed = holder
    if setting.from_figure:
        return bool(heads & setting.measures) and (
            (name is not None and name in setting.holders)
            or (guessed and setting.guessed_holder)
        )
    if setting.opening and heads & setting.measures:
        return True  # the story's period, for a measure the opening lines name
    if setting.sentence != sentence - 1 and setting.paragraph != paragraph:
        return False
    names_measure = bool(heads & (setting.words | setting.measures)) and (
        not setting.holders or name in setting.holders
    )
    names_holder = (
        name is not None and name in setting.holders and setting.reports
        and setting.measures <= heads
    )
    return names_measure or names_holder
