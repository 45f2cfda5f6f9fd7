"""The words and labels the frame reader works with: rules/frame.json's ``syntax`` table
(:class:`FrameLexicon`) and the entity labels and dependency arcs it walks."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from typing import Any, cast

from claimx.frame.syntax import NOUN_POS, Tok
from claimx.rules_spec import SPECS, WORDS

FIGURE_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "DURATION"})
HOLDER_LABELS = frozenset({"GPE", "ORG", "NORP", "LOC", "PERSON"})
# Who may own or be owned: a name, whatever the model tagged it, but no nationality.
OWNER_LABELS = HOLDER_LABELS - {"NORP"}
GEOGRAPHIC_LABELS = frozenset({"GPE", "LOC"})
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# The arcs by which a figure or its noun is what a verb does, makes or reaches, or the
# verb's open complement ("added 18 points", "added the conversion to reach 1,000 points").
OBJECTS = frozenset({"dobj", "attr", "npadvmod", "oprd", "dative", "xcomp"})
MODIFIERS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod"})
# The facets of a change's ends: the level before and the level after it.
ENDS_OF_CHANGE = frozenset({"baseline", "new_level"})


@dataclass(frozen=True, slots=True)
class FrameLexicon:
    """The words the reader needs, from rules/frame.json's ``syntax`` table."""

    change_up: frozenset[str]
    change_down: frozenset[str]
    copulas: frozenset[str]
    verb_measures: Mapping[str, str]
    holder_nouns: Mapping[str, str]
    pronouns: frozenset[str]
    attribution_verbs: frozenset[str]
    modality_words: Mapping[str, str]
    modal_aux: Mapping[str, str]
    infinitive_modals: Mapping[str, str]
    purpose_nouns: frozenset[str]
    advocacy_prepositions: frozenset[str]
    reported_modals: frozenset[str]
    conditional_marks: frozenset[str]
    status_words: Mapping[str, str]
    report_status_words: Mapping[str, str]
    prior_report_words: frozenset[str]  # "the previously reported 2.4%": an earlier figure
    report_nouns: frozenset[str]
    place_metrics: frozenset[str]  # a place's statistics, some named by acronyms ("GDP")
    per_prepositions: frozenset[str]  # the unit a measure is counted per: "GDP per capita"
    release_verbs: frozenset[str]  # making or releasing a report ("an estimate made in April")
    evidence_nouns: frozenset[str]
    evidence_owners: frozenset[str]
    saying_nouns: frozenset[str]
    estimate_nouns: frozenset[str]
    estimate_makers: frozenset[str]
    possessive_tags: frozenset[str]
    past_words: frozenset[str]
    idioms: frozenset[str]
    period_nouns: frozenset[str]
    whole_words: frozenset[str]  # a period noun's modifier naming all of it ("full-year")
    scope_prepositions: frozenset[str]
    dropped_words: frozenset[str]
    container_nouns: frozenset[str]
    limit_nouns: frozenset[str]  # a container that names a measure of its own ("tax threshold")
    allocation_phrases: frozenset[str]  # "set aside for": what an amount is allotted to
    demonstrative_wholes: frozenset[str]  # "half those surveyed": no measure
    forecast_nouns: frozenset[str]
    forecaster_nouns: frozenset[str]
    forecast_prepositions: frozenset[str]
    statistic_nouns: frozenset[str]
    quantifier_nouns: frozenset[str]
    object_quantifiers: frozenset[str]
    currency_goods: frozenset[str]
    sequence_prepositions: frozenset[str]
    currency_measure: str
    commodity_measure: str
    comparison_words: frozenset[str]
    person_pronouns: frozenset[str]
    setting_nouns: frozenset[str]
    infinitive_cues: frozenset[str]
    arrival_verbs: frozenset[str]
    share_nouns: frozenset[str]
    part_prefixes: frozenset[str]  # "non-oil economy": a part of the economy
    sector_heads: frozenset[str]  # "the manufacturing sector": manufacturing
    narrowing_prepositions: Mapping[str, str]  # "inflation for food": food's inflation
    change_nominals: Mapping[str, str]
    comparative_nominals: Mapping[str, str]
    superlatives: frozenset[str]
    participle_endings: frozenset[str]
    generic_people: frozenset[str]
    count_roles: Mapping[str, str]
    change_prepositions: Mapping[str, str]
    comparatives: Mapping[str, str]
    comparative_prepositions: frozenset[str]
    part_of: frozenset[str]
    amount_of: frozenset[str]
    level_prepositions: frozenset[str]
    change_of: frozenset[str]
    holder_prepositions: frozenset[str]
    bid_nouns: Mapping[str, str]
    distributive_words: frozenset[str]
    respective_words: frozenset[str]  # "respectively": listed figures go with listed ones in order
    story_evidence: frozenset[str]
    joint_conjunctions: frozenset[str]
    fact_marks: frozenset[str]
    commitment_verbs: frozenset[str]
    existing_prepositions: frozenset[str]
    place_prepositions: frozenset[str]
    opening_holder_prepositions: frozenset[str]  # "For the EU as a whole, the rate was ..."
    relative_pronouns: frozenset[str]
    relative_possessives: frozenset[str]
    place_relatives: frozenset[str]
    forecast_polls: frozenset[str]
    neuter_pronouns: frozenset[str]
    unit_dimensions: Mapping[str, str]
    open_dimensions: Mapping[str, str]
    replacement_markers: frozenset[str]
    change_bases: frozenset[str]
    year_on_year_bases: frozenset[str]  # those of change_bases that are on a year earlier
    outside_forecasters: frozenset[str]  # who forecast a holder's figures from outside it
    other_pronouns: frozenset[str]
    economy_change_nouns: frozenset[str]
    expectation_marks: frozenset[str]
    capacity_verbs: frozenset[str]
    plural_nouns: frozenset[str]
    noun_forms: Mapping[str, str]  # a noun's form where its lemma is another word's
    penalty_nouns: frozenset[str]
    duration_prepositions: frozenset[str]
    pace_nouns: frozenset[str]
    reference_prepositions: frozenset[str]
    reference_bases: frozenset[str]
    same_marks: frozenset[str]  # "the same period in 2023": that period, of 2023
    equality_marks: frozenset[str]  # "the same pace as in the previous period": a base
    same_period_nouns: frozenset[str]
    same_period_prepositions: frozenset[str]
    present_words: frozenset[str]
    anaphoric_times: frozenset[str]  # "at that time": a time another sentence names
    report_day_rules: frozenset[str]
    window_rules: frozenset[str]
    present_auxiliaries: frozenset[str]
    anterior_auxiliaries: frozenset[str]
    estimate_modals: frozenset[str]
    past_tags: frozenset[str]  # "likely jumped": a past tense
    perfect_auxiliaries: frozenset[str]  # "is projected to have backtracked"
    present_tags: frozenset[str]
    gerund_tags: frozenset[str]
    past_participle_tags: frozenset[str]
    origin_prepositions: frozenset[str]
    institution_prepositions: frozenset[str]
    price_prepositions: Mapping[str, str]
    pace_prepositions: frozenset[str]
    pace_qualifiers: Mapping[str, str]
    recipient_verbs: frozenset[str]
    agent_verbs: frozenset[str]
    correction_verbs: Mapping[str, str]
    definite_determiners: frozenset[str]
    demonstratives: frozenset[str]
    according: frozenset[str]
    method_nouns: frozenset[str]
    speaker_pronouns: frozenset[str]
    traded_goods: frozenset[str]
    base_prepositions: frozenset[str]
    period_rules: frozenset[str]
    share_rules: frozenset[str]
    earlier_status: str
    occurrence_units: frozenset[str]
    comparison_marks: frozenset[str]
    price_nouns: frozenset[str]
    person_relatives: frozenset[str]
    time_relatives: frozenset[str]
    stock_nouns: frozenset[str]
    priced_measures: Mapping[str, str]
    quoted_move_measure: str
    reported_difference: str
    stake_verbs: frozenset[str]
    other_noun_senses: frozenset[str]
    worth_measures: Mapping[str, str]
    absolute_prepositions: frozenset[str]
    ratio_bases: Mapping[str, str]
    basis_nouns: frozenset[str]
    absolute_predicates: frozenset[str]
    generic_units: frozenset[str]
    unit_roles: Mapping[str, str]
    stake_measure: str
    valuation_verbs: frozenset[str]
    organisation_marks: frozenset[str]
    organisation_titles: frozenset[str]
    partner_measures: Mapping[str, str]
    segment_measures: Mapping[str, str]  # "sales from cargo": a revenue's source narrows it
    group_prepositions: frozenset[str]  # "the unemployment rate for those aged 15 to 24"
    group_words: frozenset[str]
    partner_prepositions: frozenset[str]
    sequence_verbs: frozenset[str]  # "It followed a 0.5% expansion in July-September"
    comparison_nouns: frozenset[str]  # "in contrast to a 13 percent decline"
    made_on_nouns: frozenset[str]  # "a July estimation of a 16.6% decline": when made
    made_on_rules: frozenset[str]  # the dates that say when an estimate was made

    # the date rules of a single day (frame.json periods.day_rules), read from the periods
    # table: a day beside a longer period on one figure is when it was told, not its period
    day_rules: frozenset[str] = frozenset()

    @classmethod
    def from_table(
        cls, table: Mapping[str, Any], day_rules: frozenset[str] = frozenset()
    ) -> FrameLexicon:
        """From the checked ``syntax`` object of frame.json, each field by the shape
        rules_spec declares for it: a list of words (``[str]``) becomes a set, a map
        (``{str}``) stays a map, and a table written by group (``{[str]}``:
        ``{"target": [words]}``) is turned round to word -> group (the first group a
        modality word is listed in wins); ``day_rules`` from the ``periods`` object."""
        shapes = cast(Mapping[str, str], SPECS["frame"]["syntax"])
        values: dict[str, Any] = {}
        for field in fields(cls):
            if field.name not in shapes:
                continue  # not of the syntax object
            raw, shape = table[field.name], shapes[field.name]
            if shape == "{[str]}":
                turned: dict[str, str] = {}
                for group, words in raw.items():
                    for word in words:
                        if field.name != "modality_words" or word not in turned:
                            turned[word] = group
                values[field.name] = turned
            elif shape == WORDS:
                values[field.name] = frozenset(raw)
            elif shape == "str":
                values[field.name] = raw
            else:
                values[field.name] = dict(raw)
        return cls(**values, day_rules=day_rules)

    def mood(self, lemma: str, lower: str) -> str | None:
        """The modality group a word sets (``modality_words``), by its lemma, else as written
        (the inflected forms the lemmatiser misreads: "hoping", "pencilled")."""
        return self.modality_words.get(lemma) or self.modality_words.get(lower)

    def normal_word(self, lower: str, lemma: str, pos: str) -> str:
        """A word of a measure as its normal form writes it: a noun by its lemma, unless its
        plural is a word of its own (``plural_nouns``: "goods") or the lemmatiser reads it
        as another word (``noun_forms``: "taxes" is tax, not taxis); any other word as
        written, in lower case."""
        if pos != "NOUN" or lower in self.plural_nouns:
            return lower
        return self.noun_forms.get(lower, lemma.lower())

    def direction(self, word: str) -> str | None:
        """The direction a word of change gives ("rise": up), also in its noun in -ing
        ("a widening in the deficit", "the narrowing of the gap"), or None."""
        for stem in (word, *self._stems(word)):
            if stem in self.change_up:
                return "up"
            if stem in self.change_down:
                return "down"
        return None

    def outside_forecast(self, lemmas: Iterable[str]) -> bool:
        """Whether a sentence of these lemmas names forecasters outside a figure's holder
        (``outside_forecasters``: "analysts", "economists")."""
        return any(lemma.lower() in self.outside_forecasters for lemma in lemmas)

    def evidence(self, tok: Tok) -> bool:
        """Is ``tok`` one of ``evidence_nouns`` (figures, research, a survey), as written or
        by its lemma (the model lemmatises "data" as "datum")?"""
        return tok.lower in self.evidence_nouns or tok.lemma.lower() in self.evidence_nouns

    def report(self, tok: Tok) -> bool:
        """Is ``tok`` one of ``report_nouns`` (a figure, a reading, data), as written or by its
        lemma (the model lemmatises "data" as "datum")?"""
        return tok.lower in self.report_nouns or tok.lemma.lower() in self.report_nouns

    def change_base(self, words: list[str]) -> bool:
        """Are ``words`` (the tokens of a phrase, without hyphens and slashes) one of
        ``change_bases``, written with hyphens ("year-on-year") or a slash ("y/y")?"""
        return self.base_named(words) is not None

    def base_named(self, words: list[str]) -> str | None:
        """The one of ``change_bases`` that ``words`` write, with hyphens ("year-on-year")
        or a slash ("y/y"), or None."""
        joined = "-".join(words)
        if joined in self.change_bases:
            return joined
        slashed = joined.replace("-", "/")
        return slashed if slashed in self.change_bases else None

    def way_of(self, tok: Tok) -> str | None:
        """The direction ``tok`` gives as a word of change, by its lemma; a noun of
        ``other_noun_senses`` gives none ("a £7m contract" is an agreement, not a fall)."""
        lemma = tok.lemma.lower()
        return self.noun_direction(lemma) if tok.pos in NOUN_POS else self.direction(lemma)

    def noun_direction(self, noun: str) -> str | None:
        """The direction a noun of change gives ("growth": up; "a widening"), or None,
        also for one of ``other_noun_senses`` ("contract")."""
        return None if noun in self.other_noun_senses else self.direction(noun)

    def _stems(self, word: str) -> tuple[str, ...]:
        for ending in self.participle_endings:
            if word.endswith(ending) and len(word) > len(ending) + 2:
                stem = word[: -len(ending)]
                doubled = (stem[:-1],) if stem[-1] == stem[-2] else ()
                return (stem, f"{stem}e", *doubled)
        return ()
