"""Which earlier sentence's period a figure without one of its own continues.

A figure whose sentence gives no date ("Foreign oil exports surged by 35.7%") is often
scoped by a period an earlier sentence set ("For all of 2004, US exports rose 12.3%"), and
that sentence may hold no figure at all ("The latest figures for Q2 2014 show the UK
recovery continuing."). The rules, on plain records (no spaCy objects):

* a figure with a date of its own sets that period for its holder and measure, unless the
  date is only the day a report came out ("..., the government said on Friday");
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
  Once inherited, the period goes on to later figures the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

DURATION_LABEL = "DURATION"


@dataclass(frozen=True, slots=True)
class PeriodWords:
    """The words the rules need (rules/frame.json): ``verb_measures`` (a verb that is its
    measure: "earn" -> earnings) and ``report_nouns`` ("figure", "data") of the ``syntax``
    table; from ``periods``: ``endings`` a written word may have beyond its base form
    ("earned", "figures"), ``plural_ending`` and ``kept_endings`` (words ending so are no
    plurals: "loss"), ``shortest_plural`` (shorter words keep their last letter: "gas")."""

    verb_measures: Mapping[str, str]
    report_nouns: frozenset[str]
    endings: tuple[str, ...]
    plural_ending: str
    kept_endings: tuple[str, ...]
    shortest_plural: int

    def singular(self, word: str) -> str:
        """A crude singular of a lower-case word, to match measures by their head noun
        ("exports" and "export")."""
        if (
            len(word) >= self.shortest_plural
            and word.endswith(self.plural_ending)
            and not word.endswith(self.kept_endings)
        ):
            return word.removesuffix(self.plural_ending)
        return word

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


def sentence_setting(
    sentence: int, paragraph: int, time_index: int, words: Iterable[str],
    holders: Iterable[str], metrics: Iterable[str], lexicon: PeriodWords,
) -> PeriodSetting:
    """The period a sentence without figures sets: ``words`` its words as written,
    ``holders`` the canonical names it mentions, ``metrics`` its metric mentions' names."""
    written = [word.lower() for word in words]
    forms = {form for word in written for form in lexicon.base_forms(word)}
    verbs = [lexicon.verb_measures[form] for form in sorted(forms) if form in lexicon.verb_measures]
    return PeriodSetting(
        sentence, paragraph, time_index,
        holders=frozenset(holders),
        measures=frozenset(head for head in map(lexicon.head, [*metrics, *verbs]) if head),
        words=frozenset(map(lexicon.singular, written)),
        reports=bool(forms & lexicon.report_nouns),
        from_figure=False,
    )


def not_a_period(before: Sequence[str], reference_words: frozenset[str],
                 reference_bases: frozenset[str], saying_forms: frozenset[str]) -> bool:
    """Whether a date, after the lower-case words ``before`` it (the nearest last), is no
    period for a figure of a later sentence: a point of reference ("since 2013", "than in
    2004", "compared with the previous quarter": one of ``reference_words`` among the two
    words before, or ``reference_bases`` just before) or the day a report came out ("said
    on Friday", "reported Wednesday": a form of a verb of saying among the two before)."""
    near = list(before[-2:])
    return (
        any(word in reference_words or word in saying_forms for word in near)
        or " ".join(near) in reference_bases
    )


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

    def inherit(self, record: dict[str, Any], sentence: int, paragraph: int) -> None:
        """Give ``record`` (a figure of sentence ``sentence``) the period it continues, if
        it has none of its own (``time_index``), and remember the one it has. Sets
        ``time_index`` and ``time_inherited``."""
        heads = self.lexicon.heads(record)
        # A defaulted holder is a guess: as good as none for finding its period.
        holder = None if record.get("entity_basis") == "defaulted" else record.get("entity")
        if not heads or record.get("own_time") or record.get("label") == DURATION_LABEL:
            # "GDP is now 2.7% above its peak": no earlier date is this figure's; a length
            # of time ("a 30-month extension") continues no period.
            return
        if record.get("time_index") is None:
            found = self._continued(heads, holder, sentence, paragraph)
            if found is None:
                return
            record["time_index"], record["time_inherited"] = found.time_index, True
        elif record.get("time_reported"):
            return  # the day a report came out dates no later figure
        self.settings.append(
            PeriodSetting(sentence, paragraph, record["time_index"], frozenset({holder}), heads)
        )

    def _continued(self, heads: frozenset[str], holder: str | None, sentence: int,
                   paragraph: int) -> PeriodSetting | None:
        for setting in reversed(self.settings):
            if sentence - setting.sentence > self.reach:
                return None
            if setting.sentence < sentence and fits(setting, heads, holder, sentence, paragraph):
                return setting
        return None


def fits(setting: PeriodSetting, heads: frozenset[str], holder: str | None, sentence: int,
         paragraph: int) -> bool:
    """Whether ``setting`` sets the period of a figure of sentence ``sentence`` with
    measure heads ``heads`` and holder ``holder`` (None: unknown; see the module's rules)."""
    if setting.from_figure:
        return bool(heads & setting.measures) and (
            holder is None or None in setting.holders or holder in setting.holders
        )
    if setting.sentence != sentence - 1 and setting.paragraph != paragraph:
        return False
    names_measure = bool(heads & (setting.words | setting.measures)) and (
        holder is None or not setting.holders or holder in setting.holders
    )
    names_holder = (
        holder is not None and holder in setting.holders and setting.reports
        and setting.measures <= heads
    )
    return names_measure or names_holder
