"""``claimx_frame``: what each figure is about, from the sentence around it.

For every span in ``doc.ents`` it writes one plain dict to ``doc._.claimx_figures``: kind,
offsets, sentence bounds, the rule that made it, and for money, percent and count figures
the frame. In a sentence that ``claimx_figure_parser`` parsed, the frame is read from the
dependency parse (:func:`claimx.frame.reader.read_frame`): the measure, its holder, the
source of the statement, the date that scopes the figure, its facet and direction and the
modality of its own clause; here the document adds what one sentence cannot give: holders
named by a pronoun or "the firm" are resolved to the nearest earlier fitting name (else the
document's main subject), measures are named by the metrics lexicon when it knows them,
and a figure whose sentence gives no date continues the period an earlier sentence set for
the same holder or measure (:mod:`claimx.frame.inherit`).

Without a parse (``--model blank``, or a sentence over the parser's length cap) the frame
falls back to rules: the nearest metric mention, named entity and date in the sentence
within a window of tokens. Values are normalized later, outside spaCy (``claimx.claims``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Container, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from itertools import pairwise, takewhile
from pathlib import Path
from typing import Any, NamedTuple

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH, POS, SPACY, TAG
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from claimx.components.figures import (
    DURATION_LABEL,
    ENTITY_LABELS,
    FIGURE_LABELS,
    METRICS_KEY,
    NOT_NAMES_KEY,
    PERSON_LABEL,
    chosen_spans,
    unit_after,
)
from claimx.components.rules_tables import RulesTables
from claimx.components.sentences import DATELINES_KEY, SentenceIndex, SpansBySentence
from claimx.extensions import doc_text, register_extensions
from claimx.frame.holder import GOODS, camel_case
from claimx.frame.inherit import (
    Periods,
    PeriodWords,
    sentence_setting,
    sets_period,
    words_read,
)
from claimx.frame.lexicon import ENDS_OF_CHANGE, GEOGRAPHIC_LABELS
from claimx.frame.measure import normal_case
from claimx.frame.period import same_period_noun
from claimx.frame.quotes import Named, QuoteWords, speaker_at, speakers
from claimx.frame.reader import Frame, FrameLexicon, Holder, read_frame
from claimx.frame.syntax import (
    Mention,
    Sentence,
    Tok,
    hyphen_joined,
    with_base_phrases,
    with_figures_on_nouns,
    with_hyphen_compounds,
    with_nouns_read_as_verbs,
    with_pairs_apart,
)
from claimx.normalize.money import rate_of
from claimx.normalize.tables import alternation, make_tables
from claimx.record import INHERITED

KINDS = {
    "MONEY": "money", "PERCENT": "percent", "QUANTITY": "quantity", "DATE": "date",
    "DURATION": "duration",
    "NUMBER": "number",  # a bare number: recorded, never a claim
}
# Tokens that end a clause: a metric or date across one of them belongs to another statement.
CLAUSE_BREAKS = frozenset({";", ":", "—", "–", "(", ")"})
PLACE_LABELS = frozenset({"GPE", "ORG", "LOC"})
COUNTRY_LABELS = frozenset({"GPE"})
COUNTRY_LABEL = "GPE"  # what a nationality stands for
MAIN_LABELS = PLACE_LABELS | {"PERSON"}
# The entity labels a reference may resolve to, by what it asks for ("the firm": ORG).
REFERENCE_LABELS = {
    "ORG": frozenset({"ORG"}),
    "GPE": frozenset({"GPE", "LOC"}),
    "PERSON": frozenset({"PERSON"}),
    "SPEAKER": frozenset({"PERSON", "ORG"}),
}
MERGED_LABELS = frozenset({"ORG", "PERSON"})
SUBJECT_ARCS = frozenset({"nsubj", "nsubjpass"})  # a clause's subject, as the parser marks it
SPEAKER_LABELS = frozenset({"ORG", "PERSON"})  # who may speak a quotation
# Names written again without the model's tag take it from their tagged mentions.
PROPAGATED_LABELS = frozenset({"GPE", "ORG", "PERSON", "LOC"})
LIST_ITEM_WORDS = 3  # the most words naming a listed figure's item ("general retailers 1.42%")
LIST_ITEM_POS = frozenset({"NOUN", "PROPN", "ADJ"})
TITLE_WORDS = 6  # the most words of a person's title before a name in it ("head of the")
SAME_PERIOD_WORDS = 5  # the most words of "the exact same time period of" before its year
LOCATION_WORDS = 3  # the most words of a place after a town's comma ("Los Gatos, California")
ADVERB_TAG = "RB"  # the Penn tags of adverbs ("RB", "RBR", "RBS") start so
SHORT_NAME_LETTERS = 3  # the fewest letters of a short name a headline may use ("Toyota")
NATIONALITY_REACH = 4  # the most words from a nationality to the name it describes
NATIONALITY_WORDS = 2  # the most words of a nationality ("South Korean")
RELATIVE_REACH = 12  # the most arcs walked up from a name to a relative clause it stands in
# the direction a figure's own sign writes ("+9%", "-0.3%")
WRITTEN_SIGNS = {"+": "up", "-": "down", "\u2212": "down"}
NOUN_TAG = "NN"  # the Penn tags of nouns ("NN", "NNS", "NNP") start so
COMMON_NOUN, PROPER_NOUN = "NOUN", "PROPN"  # universal parts of speech
# What the frame reads of each token of a parsed sentence, as arrays.
TOKEN_ATTRS = [ORTH, LEMMA, POS, TAG, SPACY]
RANK_REACH = 4  # the most words from a place's possessive to its superlative ("second biggest")
HYPHENS = frozenset({"-", "‑"})  # "Asia's third-largest"
# A sentence holding only these figures may set a period for later ones: a length of time
# sets none of its own ("estimates released more than two weeks late").
UNSET_LABELS = frozenset({"DATE", DURATION_LABEL})
CHANGE_FACET = "change"
LEVEL_FACETS = frozenset({"level", "new_level"})  # an amount the holder has, not a change
ORG_LABEL = "ORG"
# The model's tags a name written as an organisation's may be mistaken for.
ORGANISATION_GUESSES = frozenset({"GPE", "LOC", "PERSON"})
NATIONALITY_LABEL = "NORP"
COUNTRY_HOLDER = "GPE"  # the holder nouns that name a country's whole ("economy")
FOUND = frozenset({"stated", "resolved"})  # holders found, not guessed


@Language.factory(
    "claimx_frame",
    default_config={"rules_dir": None},
    requires=["doc.spans", "token.is_sent_start"],
    assigns=["doc._.claimx_figures"],
)
def make_framer(nlp: Language, name: str, *, rules_dir: str | None) -> Framer:
    """Factory: cue words come from the rules folder's frame.json (None: the packaged
    rules; ``initialize(rules_dir=...)`` reads another). The Doc extensions the frame
    writes are registered here, so the component works in any pipeline."""
    register_extensions()
    return Framer(nlp, name, rules_dir=rules_dir)


# A short name in brackets ("(BPS)"), and how many spaces may stand between it and the name
# it shortens.
BRACKETED_SHORT_NAME = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
BODY_SPACES = 40


class Framer(RulesTables):
    """Attach metric, entity, time and modality cues to each figure."""

    TABLES = ("frame", "numbers", "currencies", "hedges")

    def __init__(self, nlp: Language, name: str, *, rules_dir: str | Path | None) -> None:
        self.nlp = nlp
        self.name = name
        self.initialize(rules_dir=rules_dir)

    def use_tables(self, tables: Mapping[str, Any]) -> None:
        """Read the cue words and limits of frame.json."""
        nlp = self.nlp
        table = tables["frame"]
        self.priority: list[str] = table["priority"]
        self.after_window: int = table["after_window"]
        self.max_metric_distance: int = table["max_metric_distance"]
        self.dominant_share: float = table["dominant_entity"]["min_share"]
        self.dominant_mentions: int = table["dominant_entity"]["min_mentions"]
        self.headline_weight: int = table["dominant_entity"]["headline_weight"]
        self.location_words = frozenset(table["dominant_entity"]["location_words"])
        self.counterpart_words = frozenset(table["dominant_entity"]["counterpart_words"])
        self.list_joiners = frozenset(table["dominant_entity"].get("list_joiners", []))
        self.seat_words = frozenset(table["dominant_entity"]["seat_words"])
        unadjusted = table["unadjusted"]
        self.unadjusted_qualifier: str = unadjusted["qualifier"]
        self.unadjusted_pattern = re.compile(
            alternation(unadjusted["phrases"], bounded=True), re.IGNORECASE
        )
        self.adjusted_pattern = re.compile(
            alternation(unadjusted["adjusted_phrases"], bounded=True), re.IGNORECASE
        )
        self.deadline_words = frozenset(table["deadline_words"])
        self.generic_metrics = frozenset(table["generic_metrics"])
        self.aliases: dict[str, str] = table["entity_aliases"]
        self.countries = frozenset(self.aliases.values())  # the places the rules know
        # the nationality words as ORTH hashes, to find them in a document's ORTH array
        self.alias_orths = frozenset(self.nlp.vocab.strings.add(word) for word in self.aliases)
        self.place_currency: dict[str, str] = table["place_currency"]
        self.institution_places: dict[str, str] = table["institution_places"]
        # bodies many countries have: the document's dominant place's
        self.shared_bodies = frozenset(table.get("shared_bodies", ()))
        # the country of a city an organisation's name holds ("London Stock Exchange")
        self.city_countries: dict[str, str] = table.get("city_countries", {})
        self.country_names = frozenset(self.aliases.values())
        # the bodies' names as written, longest first, as whole words
        bodies = "|".join(re.escape(name) for name in sorted(
            self.institution_places, key=lambda name: (-len(name), name)))
        self.institution_names = re.compile(rf"\b(?:{bodies})\b") if bodies else None
        # a body's name and the short name the document gives it in brackets right after
        # ("Statistics Indonesia (BPS)"): the short name is that body's in that document
        # (found from the brackets back: trying every name at every word is slow)
        self.institution_acronyms = re.compile(rf"\b({bodies})\s*\Z") if bodies else None
        self.institution_reach = max(map(len, self.institution_places), default=0) + BODY_SPACES
        self.lexicon = FrameLexicon.from_table(
            table["syntax"], frozenset(table["periods"]["day_rules"])
        )
        # "year-on-year" written out as words ("rose 5% year on year") or hyphenated, which
        # the tokenizer splits ("fell 9.6 percent m-o-m")
        self.base_phrases = frozenset(
            phrase
            for base in self.lexicon.change_bases if "-" in base
            for phrase in (tuple(base.split("-")), tuple(base.replace("-", " - ").split()))
        )
        # the prepositions that open and close a from/to pair ("from", "to")
        pairs = self.lexicon.change_prepositions
        self.pair_starts = frozenset(w for w, end in pairs.items() if end == "baseline")
        self.pair_ends = frozenset(w for w, end in pairs.items() if end == "new_level")
        self.quote_words = QuoteWords.from_table(table["quotes"], self.lexicon.person_pronouns)
        # Words that name no source on their own ("it", "which", "you", "none").
        self.unnamed_source_words = (
            self.lexicon.pronouns | self.lexicon.person_pronouns | self.lexicon.relative_pronouns
            | self.lexicon.speaker_pronouns | self.lexicon.other_pronouns
        )
        limits = table["limits"]
        self.fallback_window: int = limits["fallback_window"]
        self.inherit_sentences: int = limits["inherit_sentences"]
        self.change_sentences: int = limits["change_sentences"]
        self.change_word_reach: int = limits["change_word_reach"]
        self.change_forms: dict[str, str] = table["syntax"]["change_forms"]["irregular"]
        self.change_endings: list[str] = table["syntax"]["change_forms"]["endings"]
        self.period_words = PeriodWords.from_table(table, self.lexicon)
        self.opening_sentences: int = limits["opening_sentences"]
        self.story_reach: int = limits["story_evidence_reach"]
        self.title_min_words: int = limits["title_min_words"]
        self.title_share: float = limits["title_share"]
        self.title_lower_letters: int = limits["title_lower_letters"]
        self.penalties = Penalties(limits["right_penalty"], limits["clause_penalty"])
        self.noun_reach = NounReach(
            limits["noun_phrase_max"], tuple(table["participle_suffixes"]),
            frozenset(self.lexicon.unit_dimensions), self.base_phrases,
        )
        self.name_articles = tuple(f"{word} " for word in table["name_articles"])
        self.name_possessives: list[str] = table["name_possessives"]
        self.titles = frozenset(table["syntax"]["name_titles"])
        self.metric_synonyms: dict[str, str] = table["syntax"]["metric_synonyms"]
        self.synonym_neutral = frozenset(table["syntax"].get("synonym_neutral_words", ()))
        # The words between a duration's number and its time word ("four consecutive quarters").
        self.duration_modifiers = frozenset(tables["numbers"].get("not_counted_modifiers", []))
        self.nominal_adjectives = frozenset(tables["numbers"].get("nominal_adjectives", []))
        # the money tables, for what makes an amount a rate ("$50-70 per hour")
        self.money_tables = make_tables(tables["numbers"], tables["hedges"], tables["currencies"])
        self.elliptical_tags = frozenset(tables["numbers"].get("elliptical_count_next_tags", []))
        self.elliptical_words = frozenset(
            tables["numbers"].get("elliptical_count_next_words", [])
        )
        self.elliptical_not_deps = frozenset(
            tables["numbers"].get("elliptical_count_not_deps", [])
        )
        self.elliptical_sentences: int = tables["numbers"].get("elliptical_count_sentences", 0)
        # The normalised words a rate of change is stated with ("annualized"), longest first.
        self.rate_qualifiers = self.period_words.paces
        self._doc = DocumentState()  # what the document being read has shown so far
        self.place_metrics = frozenset(table["syntax"]["place_metrics"])
        self.company_metrics = frozenset(table["syntax"]["company_metrics"])
        self.place_change_metric: str | None = table["syntax"].get("place_change_metric")
        # nouns a name qualifies as their owner, not as a product's name: holder nouns ("the
        # Gazprom-Rosneft group"), a company's measures ("Monsanto share", "Tesco profits"),
        # what marks an organisation ("BHP shareholders", "Electrolux chief executive") and
        # its stocks ("BHP workers")
        self.owned_nouns = frozenset({
            *self.lexicon.holder_nouns, *self.lexicon.priced_measures, *self.company_metrics,
            *self.lexicon.stock_nouns,
            *(phrase.split()[-1] for phrase in (
                *self.lexicon.organisation_marks, *self.lexicon.organisation_titles)),
        })
        self.cues = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._modal_keys = numpy.array(
            sorted(nlp.vocab.strings.add(word) for word in self.lexicon.modal_aux),
            dtype=numpy.uint64)
        for group, phrases in sorted(table["modality"].items()):
            self.cues.add(group, [nlp.make_doc(phrase) for phrase in phrases])

    def __call__(self, doc: Doc) -> Doc:
        metrics = list(doc.spans[METRICS_KEY]) if METRICS_KEY in doc.spans else []
        ents = not_in_metrics(whole_names(one_kind_per_name(chosen_spans(doc))), metrics)
        ents = self._organisations(doc, ents)
        # "grew by 6.3% YoY and 2.6% QoQ": the base of a change, whatever the model tags it
        ents = [e for e in ents if not (
            e.label_ in ENTITY_LABELS and e.text.lower() in self.lexicon.change_bases
        )]
        figures = [e for e in ents if e.label_ in FIGURE_LABELS]
        entities = self._nationalities(doc, ents, [e for e in ents if e.label_ in ENTITY_LABELS])
        # Sentence by sentence, a name is found where the model tagged it elsewhere too;
        # what the document is about is counted from the model's own mentions.
        mentioned = named_again(doc, ents, entities)
        resolved = resolve_metrics(metrics)
        # a cue word inside a date is the date's ("in May": no "may")
        dated = {i for e in figures if e.label_ == "DATE" for i in range(e.start, e.end)}
        cues = sorted(
            (start, end, doc.vocab.strings[key]) for key, start, end in self.cues(doc)
            if start not in dated
        )
        cue_starts = [start for start, _, _ in cues]
        # where the modal auxiliaries are ("will", "would"), found in one array pass
        modal_starts = numpy.flatnonzero(
            numpy.isin(doc.to_array(LOWER), self._modal_keys)).tolist()
        # Looked up per sentence: a long document has many figures and many sentences.
        sentences = SentenceIndex(doc)
        self._doc = DocumentState()
        self._doc.bodies = self._bodies(doc_text(doc))
        self._doc.merged = merge_names(
            [(e.start, e.label_, self._own_name(e)) for e in entities], self.titles
        )
        self._doc.starts = [e.start for e in mentioned]
        self._doc.doc = doc
        self._doc.places_described = self._places_described(doc, entities)
        if NOT_NAMES_KEY in doc.spans:
            self._doc.not_names = frozenset(s.text for s in doc.spans[NOT_NAMES_KEY])
            # the spelled-out ones ("Gross Domestic Product"), which the parser would read as
            # a name; an acronym ("GDP") it already reads as the noun of what it measures
            self._doc.not_name_tokens = frozenset(
                k for span in doc.spans[NOT_NAMES_KEY] if len(span) > 1
                for k in range(span.start, span.end))
        if DATELINES_KEY in doc.spans:
            self._doc.datelines = frozenset(
                k for line in doc.spans[DATELINES_KEY] for k in range(line.start, line.end))
        self._doc.sentences = sentences
        # Direct quotations and their speakers: a figure in one is stated by its speaker.
        quotes = speakers(doc_text(doc), [
            Named(e.start_char, e.end_char, e.label_, self._canonical(e))
            for e in entities if e.label_ in SPEAKER_LABELS
        ], self.quote_words)
        quote_starts = [quote.start for quote in quotes]
        kinds_of: dict[str, Counter[str]] = {}
        for e in entities:
            self._doc.first_seen.setdefault(self._canonical(e), e.start)
            kinds_of.setdefault(self._canonical(e), Counter())[e.label_] += 1
        # A name's kind is the one the model gives it most often, the first on a tie: a
        # headline may tag "BT" a place where the article tags it an organisation.
        self._doc.labels = {name: kinds.most_common(1)[0][0] for name, kinds in kinds_of.items()}
        described: dict[str, str] = {}
        for e in entities:
            if e.start > 0 and e.label_ in MAIN_LABELS:
                kind = self.lexicon.holder_nouns.get(doc[e.start - 1].lemma_.lower())
                if kind is not None:
                    described.setdefault(self._canonical(e), kind)
        if described:  # each mention of a described name, by where it starts
            self._doc.described = {
                e.start: kind for e in (*entities, *mentioned)
                if (kind := described.get(self._canonical(e))) is not None
            }
        headline_end = sentences.bounds(0)[1] if len(doc) else 0
        opening = self._doc.opening_end = opening_end(
            sentences, len(doc), self.opening_sentences, self._doc.datelines)
        self._doc.lede = self._lede(entities, headline_end)
        about = self._counted_mentions(entities)
        dominant = self._dominant_entity(about, entities, headline_end)
        self._doc.dominant_place = self._dominant_entity(
            about, entities, headline_end, COUNTRY_LABELS, bodies=True
        ) or self._only_place(entities)
        self._doc.main = self._dominant_entity(about, entities, headline_end, MAIN_LABELS)
        if self._doc.dominant_place is not None:
            # "the CSO said GDP fell 4.6%" in a story of Ireland: Ireland's office
            shared = {
                name: self._doc.dominant_place for e in entities
                if (name := self._canonical(e)) in self.shared_bodies
                and name not in self._doc.bodies
            }
            if shared:
                self._doc.bodies = {**self._doc.bodies, **shared}
        self._doc.headline = {self._canonical(e) for e in entities if e.start < opening}
        if self._doc.dominant_place is None:
            self._doc.dominant_place, named_early = self._institution_place(entities, opening)
            self._doc.place_by_body = self._doc.dominant_place is not None
            if named_early and self._doc.dominant_place is not None:
                self._doc.headline.add(self._doc.dominant_place)
        elif any(
            e.start < opening
            and self._doc.bodies.get(self._canonical(e)) == self._doc.dominant_place
            for e in entities
        ):
            # "Statistics Canada says ..." in the opening lines names Canada as much as
            # "Canada" would
            self._doc.headline.add(self._doc.dominant_place)
        prefer = self._preferred_currencies(entities)
        metrics_in = SpansBySentence(metrics)
        entities_in = SpansBySentence(mentioned)
        dates_in = SpansBySentence(f for f in figures if f.label_ == "DATE")
        figures_in = SpansBySentence(figures)
        tagged = doc.has_annotation("POS")
        parsed = self._doc.parsed = parsed_sentences(doc)
        records: list[dict[str, Any]] = []
        # the dates and lengths of time that may scope a figure ("in three days")
        date_index = {
            e.start: i for i, e in enumerate(ents) if e.label_ in ("DATE", DURATION_LABEL)
        }
        self._doc.record_index = {e.start: i for i, e in enumerate(ents)}
        periods = Periods(self.inherit_sentences, self.period_words)
        paragraph_starts = doc._.claimx_paragraphs or []
        number, paragraph, last_start = -1, 0, -1
        built: dict[int, Sentence] = {}
        counted: tuple[int, str] | None = None  # the last count's sentence and noun
        for span in ents:
            sent = sentences.sent(span)
            if sent.start != last_start:
                last_start, number = sent.start, sentences.written_number(span.start)
                self._doc.number = number
                paragraph = bisect_right(paragraph_starts, sent.start_char) - 1
                if all(f.label_ in UNSET_LABELS for f in figures_in.inside(sent)) and not (
                    self._foresees(sent, cue_starts, modal_starts)
                ):
                    self._sets_period(periods, sent, number, paragraph, date_index,
                                      dates_in.inside(sent), entities_in.inside(sent),
                                      [resolved[m.start] for m in metrics_in.inside(sent)])
            record = base_record(span, sent)
            if span.label_ == "DATE":
                record["reference"] = self._reference_date(span, sent)
                # "the same period in 2023": that period, in 2023 (claims read which)
                before = [t.lower_ for t in doc[max(sent.start, span.start - SAME_PERIOD_WORDS)
                                                : span.start]]
                record["same_period_of"] = (
                    same_period_noun(before, len(before), self.lexicon) is not None)
            record["canonical"] = self._canonical(span) if span.label_ in ENTITY_LABELS else None
            if span.label_ in FIGURE_LABELS and span.label_ != "DATE":
                in_sentence = cues[
                    bisect_left(cue_starts, sent.start) : bisect_left(cue_starts, sent.end)
                ]
                noun = self._unit_word(span, sent, tagged)
                parsed_sent = built.get(sent.start)
                if (
                    parsed_sent is None
                    and parsed.covers(sent.start, sent.end)
                    and not (
                        title_case(sent, self.title_min_words, self.title_share,
                                   self._doc.not_name_tokens)
                        and not self._lower_case_verb(sent, parsed)
                    )
                ):
                    parsed_sent = built[sent.start] = self._sentence(
                        sent, parsed, [*entities_in.inside(sent), *figures_in.inside(sent)]
                    )
                unheld = False  # the sentence names no holder of any kind for the figure
                named: set[str] | None = None  # the names of a sentence that gives it none
                if parsed_sent is not None:
                    frame = read_frame(parsed_sent, mention(span, None), self.lexicon)
                    # nor a name anywhere in it, which a parse gone wrong may have lost
                    if frame.holder is None:
                        named = {self._canonical(e) for e in entities_in.inside(sent)
                                 if e.label_ in PROPAGATED_LABELS}
                    unheld = named is not None and not named
                    # The parse knows the noun a count numbers across hyphens, partitives
                    # and long modifiers ("31 of the world's largest media firms").
                    noun = unit_first(frame.counted, self.noun_reach.units) or noun
                    record.update(
                        self._from_frame(frame, span, mentioned, dominant, resolved,
                                         metrics_in.inside(sent), date_index, noun,
                                         figures_in.inside(sent))
                    )
                    self._measure_named_before(
                        record, frame.refers_back or self._bare_amount_change(span, record),
                        number, counted=span.label_ != DURATION_LABEL, paced=frame.paced,
                        pointed=frame.pointed,
                    )
                else:
                    record.update(
                        self._fallback(span, sent, metrics_in.inside(sent),
                                       entities_in.inside(sent), dates_in.inside(sent),
                                       resolved, dominant, date_index, noun, in_sentence)
                    )
                if (
                    self._doc.topic_metric is None
                    and span.label_ != DURATION_LABEL  # "at a four year high": no topic
                    and span.start < opening
                    and record.get("metric")
                    and not self._bare_change(span, record.get("metric"), record.get("facet") or "")
                    # "in recession with two quarters of contraction": a change word alone is
                    # what changes in no figure
                    and not self._change_word(record["metric"])
                ):
                    self._doc.topic_metric = record["metric"]
                if (
                    span.label_ == "PERCENT"
                    and record.get("facet") == "change"
                    and record.get("metric")
                    and not self._bare_change(span, record.get("metric"), "change")
                ):
                    self._doc.sentence_change = (
                        number, record["metric"], record.get("entity"),
                        record.get("entity_basis"))
                    if record.get("metric_basis") == "stated":
                        self._doc.last_change = (number, record["metric"])
                if (
                    span.label_ == "MONEY"
                    and record.get("facet") in LEVEL_FACETS
                    and record.get("metric_basis") == "stated"
                    and record.get("metric")
                ):
                    self._doc.last_amount = (number, record["metric"])
                if span.label_ == "QUANTITY":
                    if noun:
                        counted = (number, noun)
                    elif (
                        counted is not None
                        and number - counted[0] <= self.elliptical_sentences
                        and parsed.covers(sent.start, sent.end)
                        and self._elliptical(span, sent, parsed.arc(span.end - 1)[1])
                    ):
                        noun = counted[1]
                        if record.get("measure") is None:
                            record["measure"], record["metric"] = noun, normal_case(noun)
                if record.get("source") is None:
                    record["source"] = speaker_at(quotes, quote_starts, span.start_char)
                record.update(
                    cues=sorted({text for _, _, text in in_sentence}),
                    noun_phrase=noun,
                    prefer=prefer,
                )
                record["metric"] = self._adjustment(record.get("metric"), sent, span)
                if span.label_ == DURATION_LABEL:
                    self._lasting(record, span, sent, tagged, noun)
                self._paragraph_holder(record, paragraph, unheld, named)
                periods.inherit(record, number, paragraph,
                                sets=not self._contrast_only(record, records, ents, sentences)
                                and not record.get("came_before"))
            if span.label_ in FIGURE_LABELS and span.label_ != "DATE":
                # whose fiscal year a holder without one of its own goes by: a national
                # body's country, else the country the document is about
                holder = record.get("entity")
                record["fiscal_place"] = self._doc.bodies.get(
                    holder, self._doc.dominant_place) if isinstance(holder, str) else (
                    self._doc.dominant_place)
                # a company's fiscal year is its own, never its government's
                record["fiscal_company"] = (
                    isinstance(holder, str) and holder not in self._doc.bodies
                    and self._doc.labels.get(holder) == ORG_LABEL
                )
            records.append(record)
        self._listed_changes(records, doc)
        self._respective(records, doc)
        story = story_source(
            doc, [(e.start, e.end, self._canonical(e)) for e in entities
                  if e.label_ in SPEAKER_LABELS],
            opening, self.lexicon.story_evidence, self.lexicon.evidence_owners,
            self.story_reach, self.name_possessives,
        )
        story_period = self._story_period(records, doc, opening) if story else None
        for record in records:
            if record["label"] not in FIGURE_LABELS or record["label"] == "DATE":
                continue
            if record.get("source") is not None:
                record["source_basis"] = "stated"
            elif story is not None and record.get("entity") != story:
                # "Only a quarter of 14-16 year olds knew ..." in a story of the ICM survey
                record["source"], record["source_basis"] = story, "story"
            if (
                story_period is not None
                and record.get("time_index") is None
                and record["label"] != DURATION_LABEL
                and not record.get("own_time")
            ):
                # "Prince earned more than any other pop star in 2004, ... in Rolling
                # Stone's annual list. ... Elton John, who took fourth place and almost
                # $42.7m": the list's period is every figure's that names none
                record["time_index"], record["time_inherited"] = story_period, True
        doc._.claimx_figures = records
        return doc

    def _story_period(self, records: list[dict[str, Any]], doc: Doc, opening: int) -> int | None:
        """The index among ``records`` of the one period (a year, a quarter, a month: not a
        day) the opening lines of a survey's, poll's or list's story name, or None when they
        name none or several."""
        end = doc[opening].idx if opening < len(doc) else len(doc_text(doc))
        found = {
            (record["start"], record["end"]): index for index, record in enumerate(records)
            if record["label"] == "DATE" and record["start"] < end
            and record.get("rule_id") in self.lexicon.period_rules
            and not record.get("reference")
        }
        texts = {doc_text(doc)[start:stop].lower() for start, stop in found}
        return next(iter(found.values())) if len(texts) == 1 else None

    def _measure_named_before(self, record: dict[str, Any], refers_back: bool,
                              number: int, *, counted: bool = True, paced: bool = False,
                              pointed: bool = False) -> None:
        """"However, the figure increased by 2.34 per cent to $17.71 billion": a figure whose
        clause's subject is "the figure" or "the total", or an amount changed by a change
        noun alone ("a $300 million increase"), measures what the figure before it measured,
        named within ``limits.change_sentences`` sentences (metric ``resolved``); a bare pace
        (``paced``: "followed a 1.2 per cent pace") is the rate of that figure's change, in
        its direction, when that figure is a change, and measures nothing otherwise. Any other
        figure (``counted``: not a length of time) with a measure of its own is remembered
        as that figure."""
        last = self._doc.last_measure
        if paced or (refers_back and (
            record.get("measure") is None
            or record.get("facet") in (CHANGE_FACET, *ENDS_OF_CHANGE)
        )):
            if last is None or number - last.sentence > self.change_sentences:
                return
            if paced:
                if last.facet != CHANGE_FACET or not last.direction:
                    return
                record["facet"], record["direction"] = CHANGE_FACET, last.direction
            record["measure"], record["metric"] = last.measure, last.metric
            record["metric_basis"] = "resolved"
            if last.year_on_year and record.get("facet") == CHANGE_FACET and not (
                record.get("based") or record.get("year_on_year")
            ):
                # "GDP jumped 8.2% year-on-year ... The result ... contrasted the 2.5%
                # contraction seen in the first quarter": a change on the same base
                record["year_on_year"] = True
            if record.get("entity") is None and last.entity is not None and not pointed:
                # "The number was nearly triple last years' €1.25m", "Economists had expected
                # a reading of 26.7 per cent": the holder of the figure it takes up; not
                # through a demonstrative, which may set that figure beside another's ("That
                # is above the projected eurozone average of just above 2%")
                record["entity"], record["entity_basis"] = last.entity, INHERITED
            # a figure that takes it up keeps it named for the next one ("The upward revision
            # from the 2.6 per cent pace ... . Growth last quarter ... followed a 1.2 per cent
            # pace")
            self._doc.last_measure = last._replace(sentence=number)
        elif counted and record.get("measure") and record.get("metric") and (
            record.get("metric_basis") == "stated"
        ):  # a length of time ("in 21 days") measures no figure after it
            self._doc.last_measure = LastMeasure(
                number, record["measure"], record["metric"], record.get("facet"),
                record.get("direction"), bool(record.get("year_on_year")),
                record.get("entity") if record.get("entity_basis") in FOUND else None,
            )

    def _reference_date(self, date: Span, sent: Span) -> bool:
        """Whether ``date`` is a point of reference: a reference word ("since", "than")
        among the ``reference_reach`` words before it in its sentence ("the highest level
        since 2001")."""
        words = self.period_words
        before = tokens_before(date, sent, words.reference_reach)
        return any(
            token.lower_ in words.reference_words
            # "by more than 40% in 2004": a hedge on a figure, no comparison of the date
            and not (following is not None and (following.like_num or following.is_currency))
            for token, following in zip(before, [*before[1:], None], strict=False)
        ) or self._reference_adverb(date, sent)

    def _reference_adverb(self, date: Span, sent: Span) -> bool:
        """Whether an adverb of ``reference_adverbs``, tagged as one, stands among the
        ``reference_reach`` words before ``date`` ("A similar slower growth was last seen in
        the second quarter of 2016": a past occasion; not the adjective of "in the last
        portion of 2004", which in an untagged sentence a determiner of ``determiners``
        comes before)."""
        words = self.period_words
        doc = sent.doc
        start = max(sent.start, date.start - words.reference_reach)
        return any(
            token.lower_ in words.reference_adverbs and (
                token.tag_.startswith(ADVERB_TAG) if token.tag_
                # an untagged sentence: no determiner before it ("the last portion of")
                else token.i == sent.start or doc[token.i - 1].lower_ not in words.determiners
            )
            for token in doc[start : date.start]
        )

    def _foresees(
        self, sent: Span, cue_starts: Sequence[int], modal_starts: Sequence[int]
    ) -> bool:
        """Whether a sentence speaks of what may or will be: a cue word of a forecast, target
        or supposition, or a modal auxiliary ("He added that sales in the first three months
        of 2005 would be subject to normal seasonality"), by where they start in the
        document; its period is no period of the facts reported after it."""
        return any(
            (at := bisect_left(starts, sent.start)) < len(starts) and starts[at] < sent.end
            for starts in (cue_starts, modal_starts)
        )

    def _sets_period(self, periods: Periods, sent: Span, number: int, paragraph: int,
                     date_index: Mapping[int, int], dates: list[Span], names: list[Span],
                     metrics: list[str]) -> None:
        """Remember the period a sentence without figures sets (``dates``: its date spans,
        ``names`` its holders' mentions, ``metrics`` its metric mentions' names): that of
        its first date that sets one (claimx.frame.inherit.sets_period), a day (``day_rules``)
        only when no longer period does ("a report released by the Commerce Department on
        Friday showed the trade deficit widened in the month of January": January)."""
        doc = sent.doc
        reach = words_read(self.period_words)  # sets_period reads no more words back
        setting = [
            date for date in dates
            if sets_period(words_before(date, sent, reach),
                           doc[date.end].lower_ if date.end < sent.end else None,
                           self.period_words)
            and not self._reference_adverb(date, sent)
        ]
        date = next((d for d in setting if d.id_ not in self.period_words.day_rules),
                    setting[0] if setting else None)
        if date is not None:
            words = [t.text for t in sent if t.is_alpha]
            periods.add(sentence_setting(
                number, paragraph, date_index[date.start], words,
                (self._canonical(name) for name in names),
                [*metrics, *self._changed_synonyms(words)], self.period_words,
                opening=sent.start < self._doc.opening_end,
            ))

    def _changed_synonyms(self, words: list[str]) -> list[str]:
        """The metrics a sentence names as the subject of a verb of change, one of
        ``metric_synonyms``' words right before one of ``change_nominals``' verbs ("German
        Economy Shrinks In 2023": GDP; not "The French economy picked up speed"), read from
        its words alone, as a headline's parse may not be."""
        lower = [word.lower() for word in words]
        return [
            self.metric_synonyms[word]
            for word, verb in pairwise(lower)
            if word in self.metric_synonyms and any(
                self.change_forms.get(base, base) in self.lexicon.change_nominals
                for base in self.period_words.base_forms(verb)
            )
        ]

    def _unit_word(self, span: Span, sent: Span, tagged: bool) -> str | None:
        """What a figure numbers as written: a count's noun phrase, a duration's time word
        ("weeks" of "for six weeks", "year" of "a two-year ban"); None for money and
        percentages (their unit is in their own text)."""
        if span.label_ == DURATION_LABEL:
            return span.doc[unit_after(span.doc, span, self.duration_modifiers)].text
        if span.label_ != "QUANTITY":
            return None
        return (
            counted_noun(span, sent, tagged, self.noun_reach)
            or self._nominal_adjective(span, sent)
        )

    def _lasting(self, record: dict[str, Any], span: Span, sent: Span, tagged: bool,
                 unit: str | None) -> None:
        """A duration written as a modifier measures the noun it modifies ("a two-year ban":
        the ban, "a 30-month extension": the extension), not its own time word: the noun
        phrase after the hyphenated time word becomes the measure when the frame gave only
        the time word. A duration that measures nothing else measures time."""
        doc = span.doc
        at = unit_after(doc, span, self.duration_modifiers)
        if at != span.end and record.get("measure") in (None, unit):
            described = counted_noun(doc[at : at + 1], sent, tagged, self.noun_reach)
            if described:
                record["measure"], record["metric"] = described, normal_case(described)
        measure = str(record.get("measure") or "").lower()
        if not measure or measure in self.lexicon.unit_dimensions:
            # "for six weeks", "in 38.07 seconds": a time word is the unit, never the
            # measure; what is measured is the time itself (syntax.open_dimensions).
            dimension = self.lexicon.unit_dimensions.get((unit or "").lower(), "")
            record["measure"] = record["metric"] = self.lexicon.open_dimensions.get(dimension)

    def _elliptical(self, span: Span, sent: Span, dep: str) -> bool:
        """Is ``span`` a count whose noun an earlier count named ("six raids ... Five were
        on homes", "only four of the 12 whose ...")? Its next word is a verb or a relative
        pronoun, and the count is no age or rank beside a name ("Pelham, 14 were", "the
        world number two hangs in": its arc ``dep`` says so): rules/numbers.json
        ``elliptical_count_next_tags``, ``_next_words``, ``_not_deps``."""
        if span.end >= sent.end or dep in self.elliptical_not_deps:
            return False
        after = span.doc[span.end]
        return after.pos_ in self.elliptical_tags or after.lower_ in self.elliptical_words

    def _nominal_adjective(self, span: Span, sent: Span) -> str | None:
        """An adjective standing for the people it describes, right after a count with no
        noun after it ("five million unemployed", "2,000 homeless"): rules/numbers.json
        ``nominal_adjectives``."""
        after = span.end
        if after >= sent.end or span.doc[after].lower_ not in self.nominal_adjectives:
            return None
        return span.doc[after].text

    def _sentence(self, sent: Span, parsed: ParseIndex, spans: list[Span]) -> Sentence:
        """``sent`` as plain data for the frame reader, with its chosen spans."""
        tokens = []
        not_names = self._doc.not_name_tokens
        doc = sent.doc
        if self._doc.words is None:  # the document's words and tags, read once
            self._doc.words = doc.to_array(TOKEN_ATTRS).tolist()
        strings = doc.vocab.strings
        for i, (orth, lemma, pos_id, tag, spaced) in enumerate(
            self._doc.words[sent.start : sent.end], sent.start
        ):
            head, dep = parsed.arc(i)
            pos = strings[pos_id] if pos_id else ""
            # a word the rules say is no name is read as a common noun ("Ireland's Gross
            # Domestic Product (GDP) expanded by 7.8%": a measure, not an untagged name)
            if pos == PROPER_NOUN and i in not_names:
                pos = COMMON_NOUN
            tokens.append(Tok(i, strings[orth], strings[lemma] if lemma else "", pos, dep,
                              head, strings[tag] if tag else "", bool(spaced)))
        tight = frozenset(
            token.i for token in sent
            if token.text == "-" and token.i > sent.start and not token.whitespace_
            and not doc[token.i - 1].whitespace_
        )
        in_figures = frozenset(
            i for span in spans if span.label_ in FIGURE_LABELS for i in range(span.start, span.end)
        )
        tokens = with_hyphen_compounds(tokens, tight, self.base_phrases, in_figures)
        tokens = with_base_phrases(tokens, self.base_phrases)
        tokens = with_pairs_apart(tokens, self.pair_starts, self.pair_ends)
        tokens = with_figures_on_nouns(
            tokens, in_figures, self.lexicon.past_participle_tags)
        tokens = with_nouns_read_as_verbs(tokens)
        mentions = sorted(
            (mention(span, self._canonical(span) if span.label_ in ENTITY_LABELS else None)
             for span in spans
             # "the Tokyo-based company": a place that only says where a holder is
             if not (span.label_ in ENTITY_LABELS and self._location_only(span))),
            key=lambda m: (m.start, m.end),
        )
        return Sentence(tokens, mentions)

    def _from_frame(
        self,
        frame: Frame,
        span: Span,
        entities: list[Span],
        dominant: str | None,
        resolved: dict[int, str],
        metrics: list[Span],
        date_index: dict[int, int],
        noun: str | None,
        figures: list[Span],
    ) -> dict[str, Any]:
        """The record fields of a frame read from the parse, resolved in the document
        (``metrics`` and ``figures``: the sentence's metric mentions and figures)."""
        measure, metric = frame.measure, frame.metric_form
        tokens = set(frame.measure_tokens)
        for found in metrics:
            if not tokens and frame.measure and frame.predicate in range(found.start, found.end):
                compared = frame.compared
                if (found.id_ or found.text.lower()) not in self.generic_metrics or (
                    self._rate(span) or (compared is not None and self._rate(
                        span.doc[compared.start : compared.end]
                    ))  # or what is compared with one ("compared to $150+")
                ):
                    # "has bid $6.3bn": a deal value; "pay $50-70 per hour": pay is "rates",
                    # but "agreed to pay $613 million" is a payment, no rate
                    metric = resolved[found.start]
                break
            if frame.measure_head is not None and found.start <= frame.measure_head < found.end:
                # The lexicon names it, with the measure's own qualifiers before the
                # mention ("pre-tax profit"); the measure as written takes the whole mention
                # ("IT exports" where the parse kept "exports").
                qualifiers = self._qualifiers(
                    span.doc, sorted(i for i in tokens if i < found.start)
                )
                changes: list[str] = []
                if (found.id_ or found.text.lower()) in self.generic_metrics:
                    # "the annual rate of inflation": annual inflation
                    generic = found
                    found = next((inner for inner in metrics
                                  if inner.start >= found.end and inner.start in tokens
                                  and (inner.id_ or inner.text.lower())
                                  not in self.generic_metrics), found)
                    if found is not generic:
                        # "the growth rate of GDP": GDP growth, a change of GDP
                        changes = [w for w in qualifiers if self.lexicon.noun_direction(w)]
                        qualifiers = [w for w in qualifiers if w not in changes]
                # A qualified measure says which one it is itself: "net profit" in a report of
                # "profit before tax" is no "net pre-tax profit", "goods exports" in one of IT
                # exports no "goods IT exports"; the document's specific form is for the
                # generic word alone.
                canonical = (found.id_ or found.text.lower()) if qualifiers else (
                    resolved[found.start]
                )
                metric = " ".join(
                    [*(word for word in qualifiers
                       if word not in canonical.lower().split()),  # no "pre-tax pre-tax profit"
                     canonical, *changes, *self._per_unit(span.doc, tokens, found.end)]
                )
                first = min(found.start, *tokens)
                last = max(found.end, *(i + 1 for i in tokens))
                measure = " ".join(span.doc[first:last].text.split())
                break
        stake = f"{self.lexicon.stake_measure} "
        if metric and metric.startswith(stake):
            # a stake in an organisation by the organisation's name in this document ("29%
            # of United" after "Manchester United")
            owned = metric[len(stake):]
            words = set(owned.lower().split())
            target = next(
                (self._doc.merged[name] for name in self._doc.merged
                 if words <= set(name.lower().split())), owned,
            )  # the first name that holds it, whatever the model tagged each mention
            metric = f"{stake}{target}"
        if frame.correction is not None:
            # "overstated its profits by £250m" -> "profits overstatement". One correction is
            # keyed by what kind of figure it corrects, the metric's head: "overstated its
            # expected half-year profits by £250m" and "overstated profits by £263m" report
            # one overstatement (the measure keeps every word, and with it the qualifiers
            # that keep pre-tax and operating figures apart).
            measure = f"{measure} {frame.correction}" if measure else frame.correction
            metric = f"{metric.split()[-1]} {frame.correction}" if metric else frame.correction
        if frame.ratio_to is not None and metric:
            # "the deficit could widen to 2.5 pct of GDP": a ratio, never the deficit itself
            metric = f"{metric} (% of {frame.ratio_to})"
        metric_basis = "stated"
        if measure is None and noun:
            measure, metric = noun, normal_case(noun)
        if measure is None and frame.ratio_to is None:
            # The parse found nothing measured: a metric mention close by still says it
            # (not the whole a ratio is taken of: "About 5% of Singapore's GDP comes from").
            close = nearest(
                span, unclaimed(span, metrics, figures), self.fallback_window, self.penalties,
                self.max_metric_distance,
            )
            if close is not None:
                measure, metric = " ".join(close.text.split()), resolved[close.start]
                metric_basis = "defaulted"
        if frame.qualifier and metric and not metric.startswith(f"{frame.qualifier} "):
            metric = f"{frame.qualifier} {metric}"  # the lexicon's name, stated annualized
        facet, direction = frame.facet, frame.direction
        priced = self.lexicon.priced_measures.get((metric or "").lower())
        if priced and span.label_ in ("MONEY", "PERCENT") and (
            facet == CHANGE_FACET or facet in ENDS_OF_CHANGE
        ):
            metric = priced  # "Shares in Umbro were up 1.76% at 115.5 pence": the share price
        if metric and span.label_ == "PERCENT":
            metric, facet, direction = self._rate_of_change(metric, facet, direction)
            if (
                facet == "level" and metric_basis != "defaulted"
                and self._rate_lead(metric)[1] == self.place_change_metric
            ):
                # "its yearly GDP forecast of +9%": a percentage of GDP, an amount, is its
                # growth, up or down as its sign says
                facet = CHANGE_FACET
                direction = direction or WRITTEN_SIGNS.get(span.text[:1])
        if frame.scope and metric:
            # "takings outside United States"; after the rate of change is read, which the
            # scope's words would hide ("GDP growth in the euro area" is GDP's change there)
            metric = f"{metric} {frame.scope}"
        entity, how = self._resolve(frame.holder, span, entities, dominant)
        if (
            how in (None, "defaulted") and frame.holder is not None
            and frame.holder.reference in self.lexicon.neuter_pronouns
            and frame.source_mention is None and frame.source_reference is None
            and frame.source is not None
            and any(t.text == frame.source.split()[-1] and t.pos_ == "PROPN"
                    for t in span.sent)
        ):
            # "Nestlé (NSRGY.PK, NSTR.L) reported that its fiscal 2019 net profit increased":
            # a named speaker the model did not tag speaks of itself
            entity, how = frame.source, "resolved"
        if entity is None and measure and metric:
            # "Russian economic growth slowed to 1.3 per cent": the nationality that opens
            # the measure names its holder, and the key its metric without it
            nationality = self._nationality_lead(measure)
            if nationality is not None and metric.lower().startswith(
                f"{nationality[1].lower()} "
            ):
                entity, how = nationality[0], "stated"
                metric = metric[len(nationality[1]) + 1:]
        # The main subject may be a person (a singer's earnings, an athlete's times); "it"
        # above took only places and organisations.
        dominant = self._doc.main or dominant
        if self._bare_change(span, metric, CHANGE_FACET if facet in ENDS_OF_CHANGE else facet):
            # "Growth was at an annual rate of 4%": the change keeps its pace
            lead, bare = self._rate_lead(metric or "")
            named = frame.holder.mention if frame.holder is not None else None
            metric, metric_basis, entity, how = self._lone_change(
                measure, bare or None, metric_basis, entity, how, paced=lead is not None,
                label=named.label if named is not None else None,
            )
            if lead and metric and not metric.startswith(f"{lead} "):
                metric = f"{lead} {metric}"
            elif lead is None and metric and frame.based and metric_basis == "resolved":
                # "the 4.8 percent year-on-year growth" after an annualized rate: a change
                # that states its own basis keeps none of the change it takes its metric from
                metric = self._rate_lead(metric)[1]
        elif (
            (facet in ENDS_OF_CHANGE and metric and self._change_word(metric))
            or (span.label_ == "MONEY" and not metric and facet in LEVEL_FACETS | ENDS_OF_CHANGE)
        ) and (
            (named_change := self._doc.sentence_change) is not None
            and named_change[0] == self._doc.number
        ):
            # "a net profit of 15.6 trillion won, a rise of 57.6 percent from last year's
            # 9.898 trillion won": the level a change noun's change started from or reached
            # is of what the change its sentence named before changes, not of "rise"; so is
            # an amount that measures nothing of its own after it ("£5.52 billion, 41%
            # higher than the prior year's £3.92 billion")
            metric, metric_basis = named_change[1], "resolved"
            if named_change[2] is not None and (entity is None or how == "defaulted"):
                entity, how = named_change[2], named_change[3]
        place_metric = bool(metric and self._place_statistic(metric))
        scoped_place = self._scoped_place(frame.scope, metric)
        if (
            entity is None and scoped_place is not None
            and self._place_statistic(scoped_place[1])
        ):
            # "GDP had increased by 0.2% in the EU", the place hung on the verb: a place's
            # statistic measured in a place is that place's
            entity, how, place_metric = scoped_place[0], "stated", True
        # A holder only guessed, the place the document is about (its main subject, for a
        # holder the sentence does not name: "resulting in a trade deficit of $47.2 billion"
        # in a report on South Korea's trade), is no holder yet for a place's statistic: the
        # rules below decide whether it is the place's for sure. A guess of another main
        # subject stays one ("cut the amount of borrowing needed by £200m" in a story on a
        # bidder).
        unheld = entity is None or (how == "defaulted" and entity == self._doc.dominant_place)
        if unheld and place_metric:
            # A country's statistic (GDP, inflation, jobless rate) belongs to the country
            # the article is about, not to the bank or office that publishes it, and never
            # to a person ("The unemployment rate declined to 5.6%" in a story on a prime
            # minister's year names no country: it has no holder).
            dominant = self._doc.dominant_place or (
                None if self._doc.labels.get(dominant or "") == PERSON_LABEL else dominant
            )
        if frame.agent is not None and dominant == frame.agent.name:
            # "Tinubu signs N28.7trn budget": who decides on a figure does not hold it,
            # however often the document names them.
            dominant = None
        if (
            entity is None and place_metric and frame.agent is not None
            and frame.agent.name is not None
            and (nation := self._nation_of(frame.agent.name)) is not None
        ):
            # "THE Philippine House of Representatives approved the P5.786-trillion national
            # budget": a national body decides on its country's figure
            entity, how = nation, "resolved"
        if frame.holder is not None and frame.holder.wants == ORG_LABEL and self._is_place(
            dominant
        ):
            # "The firm sold 10 million phones" with no firm named: no place is the firm
            dominant = None
        if (entity is None or (unheld and place_metric)) and (
            measure is not None or metric is not None
        ) and dominant:
            # A country's statistic in an article whose opening lines name the country is
            # that country's, and so are a company's results in an article whose opening
            # lines name the organisation; any other figure left to the main subject is only
            # a guess (the most mentioned name is as often another party's).
            opened = dominant in self._doc.headline or (
                self._doc.place_by_body and dominant == self._doc.dominant_place
            )
            organisation = self._doc.labels.get(dominant) == ORG_LABEL
            result = organisation and self._statistic(metric or "", self.company_metrics)
            # a place's statistic is a place's: an organisation the opening lines name holds
            # it only as a national body of one ("The PSA upwardly revised the country's
            # gross domestic product growth rate to 6%": no PSA's GDP)
            national = not organisation or dominant in self._doc.bodies or (
                self._nation_of(dominant) is not None
            )
            entity, how = dominant, (
                "resolved" if opened and ((place_metric and national) or result)
                else "defaulted"
            )
        if place_metric and entity in self._doc.bodies:
            # "The agency said its consumer price index was up 1.6%", "Figures from the ONS
            # show the CPI fell to 2.4%": the statistic of the country whose national body
            # publishes it, as other reports of it write it.
            entity, how = self._doc.bodies[entity], "resolved"
        elif place_metric and entity is not None and (
            nation := self._nation_of(entity)
        ) is not None and self._doc.labels.get(entity) == ORG_LABEL:
            # "THE Philippine House of Representatives ... approved the P5.786-trillion
            # national budget": a national body's figure of its country is the country's
            entity, how = nation, "resolved"
        elif how == "defaulted" and entity in self._doc.bodies:
            # "New loans in December rose to 83,000" in a report of the Bank of England's
            # figures: the guess is the country the body reports on, not the body
            entity = self._doc.bodies[entity]
        if (
            how == "defaulted" and scoped_place is not None
            and entity == self._doc.dominant_place and entity in self.countries
            and entity != scoped_place[0]
        ):
            # "In France, sales fell 3%" in a story of Germany: the country the document is
            # about (one the rules know: not a firm the model took for a place), only
            # guessed as the holder, is no place whose figure is measured in another place;
            # that place is the holder (a guessed firm keeps the guess: "In France, sales
            # fell 3%" in a story of Renault)
            entity, how = scoped_place[0], "stated"
        if (
            frame.scope and entity and metric and how != "defaulted"
            and frame.scope.endswith(f" {entity}")
        ):
            # the place that would narrow the measure is its holder ("fell 13% in New York")
            metric = metric.replace(f" {frame.scope}", "", 1)
        source = frame.source
        if frame.source_mention is not None and frame.source_mention.name != entity:
            # a source speaking of another holder ("..., according to the ministry"); one
            # speaking of itself ("Tesco said its sales rose") stays a referent
            self._doc.sources.add(frame.source_mention.start)
        if frame.source_mention is not None and frame.source_mention.name:
            source = frame.source_mention.name
        elif frame.source_reference is not None:
            # "it said", "the firm said": the name it refers to.
            reference = frame.source_reference
            if reference.wants is None:
                reference = Holder(reference=reference.reference, wants="SPEAKER")
            source = self._resolve(reference, span, entities, None, guess=False)[0] or source
        if (
            frame.holder is None and source is not None and self._doc.lede is not None
            and source == self._canonical(self._doc.lede)
            and self._statistic(metric or "", self.company_metrics)
            and not self._names_another(span, entities, source, frame.source_phrase)
        ):
            # "Royal Bank of Canada reported ... Canada's biggest bank by market value said net
            # income ... was C$2.6 billion": the company the story opens on reports its own
            # results (not "Chile's copper industry has registered record earnings of $14.2bn,
            # the Chilean Copper Commission has reported")
            entity, how = source, "resolved"
        date = frame.time
        if (
            date is not None and frame.time_reported and place_metric
            and date.rule not in self.lexicon.period_rules
        ):
            # The day a statistics release came out ("..., the Bureau of Labor Statistics
            # reported Friday") is no period of its figures: they take an earlier
            # sentence's, else none. A month or year stays ("reported last year"), and so
            # does the day of an event's report ("Before Christmas, Cairn revealed ...,
            # which caused its shares to lose 18% in one day").
            date = None
        doc = span.doc
        return {
            "measure": measure,
            "metric": metric,
            "entity": entity,
            "entity_basis": how if entity is not None else None,
            "metric_basis": metric_basis,
            "source": self._named_source(source),
            "time_index": date_index.get(date.start) if date is not None else None,
            "base_index": date_index.get(frame.base.start) if frame.base is not None else None,
            "compared_index": self._doc.record_index.get(frame.compared.start)
            if frame.compared is not None else None,
            "time_length": date is not None and date.label == DURATION_LABEL,
            "deadline": date is not None and date.start > 0
            and doc[date.start - 1].lower_ in self.deadline_words,
            "cue": frame.cue,
            "cue_own": frame.cue_own,
            "facet": facet,
            "direction": direction,
            "status": frame.status,
            "own_time": frame.own_time,
            "present": frame.present,
            "period_noun": frame.period_noun or frame.whole_period,
            "period_whole": frame.period_noun is None and frame.whole_period is not None,
            # "following a fall of 0.6% in December": what came before sets no period
            "came_before": frame.came_before,
            # the day a report came out, or its session ("The shares rose 3.5% in early
            # trading"), dates no later figure
            "time_reported": date is not None and (
                frame.time_reported or date.rule in self.lexicon.report_day_rules),
            "based": frame.based,
            # "The year-on-year growth rate of GDP ... was revised upward to six percent": a
            # change said in its own words to be on a year earlier
            "year_on_year": frame.base_word in self.lexicon.year_on_year_bases,
            # "better than analysts' average forecast of £519m": others forecast it
            "forecast_outside": frame.cue == "projection" and self.lexicon.outside_forecast(
                t.lemma_ for t in span.sent),
            "same_period": self._same_period(span.sent),
            # a statistic of a place, or any figure a named place holds ("The country's
            # capital investment plunged 10.8 percent"): one release's, for its period
            "place_statistic": place_metric or (
                entity is not None and how != "defaulted"
                and self._doc.labels.get(entity) in COUNTRY_LABELS
            ),
        }

    def _lone_change(
        self, measure: str | None, metric: str | None, metric_basis: str,
        entity: str | None, how: str | None, *, paced: bool = False,
        label: str | None = None,
    ) -> tuple[str | None, str, str | None, str | None]:
        """What a change named by a change noun alone changes ("This 26.4% YoY increase",
        "growth was 0.7%, down from 0.8%"), as (metric, its basis, holder, its basis): the
        change its own sentence names before it; else the economy of a country the sentence
        names as holder (``label``: its mention's tag there, else the document's); else the
        amount its own sentence names before it; else
        what the article's opening figures measure; else the change just named
        (``limits.change_sentences``); else, for "growth" and the like
        (``syntax.economy_change_nouns``), the economy of the country the article opens on,
        whose figure it is ("an increase" alone may be of anything).
        A change at a pace ("an annual growth rate of 1.5%") is an economy's or nothing's:
        the opening figures' interest rate or the change last named does not grow so."""
        named = self._doc.sentence_change
        if not paced and named is not None and named[0] == self._doc.number:
            # "prices down -3.1% compared with a year ago, a sharp slowing from the +3.3%
            # year-on-year increase the previous quarter": the change its own sentence named
            # before it, whatever place holds them, and its holder when it names none ("A
            # previous estimate of 0.1% growth ... was downgraded to a 0.3% decline")
            if named[2] is not None and (
                entity is None or (how == "defaulted" and entity == named[2])
            ):
                entity, how = named[2], named[3]
            return named[1], "resolved", entity, how
        if how == "stated" and (label or self._doc.labels.get(entity or "")) in COUNTRY_LABELS:
            # a country by the label of the holder's mention in this sentence, if it has one
            # ("BT confirmed ..., marking 14% rise": BT is an organisation here, whatever
            # the headline's tag)
            return self.place_change_metric, metric_basis, entity, how
        amount = self._doc.last_amount
        if not paced and amount is not None and amount[0] == self._doc.number:
            # "pay a dividend of 12.4p per share, marking 14% rise on the previous year": the
            # change of the amount its own sentence names before it
            return amount[1], "resolved", entity, how
        if self._doc.topic_metric is not None and not paced:
            return self._doc.topic_metric, "resolved", entity, how
        if not paced and self._doc.last_change is not None and (
            self._doc.number - self._doc.last_change[0] <= self.change_sentences
        ):
            return self._doc.last_change[1], "resolved", entity, how
        place = entity or self._doc.dominant_place
        if (
            place in self._doc.headline
            and (
                self._doc.labels.get(place or "") in COUNTRY_LABELS
                # the country of a national body the opening lines name ("Statistics Canada
                # says the economy expanded ..., bumping up growth ... to 1.9 per cent")
                or (self._doc.place_by_body and place == self._doc.dominant_place)
            )
            and (measure or "").lower() in self.lexicon.economy_change_nouns
        ):
            return self.place_change_metric, "resolved", place, "resolved"
        return metric, metric_basis, entity, how

    def _paragraph_holder(
        self, record: dict[str, Any], paragraph: int, unheld: bool, named: set[str] | None,
    ) -> None:
        """A figure whose parsed sentence gives no holder at all (``unheld``: no name, no
        reference, no untagged name, no name anywhere in the sentence) continues the
        paragraph's last figure that has one, named or resolved ("FBI agents carried out six
        raids. Five were on homes ..."); it is ``inherited``. Another paragraph may turn to
        another party, a guessed holder passes on nothing, and a subject the model did not tag
        ("Comedy Fat Albert ... after taking $10.7m") is a holder of its own; the document's
        main subject guessed for a figure whose parse gives no holder, in a sentence naming
        no one else (``named``: the sentence's names), is inherited when the paragraph named
        it for its last figure, unless a person ("Bank of America Corp reported ... Deposits
        rose to $1.3 trillion", "Ricardo plc reported order intake of £12.5m, up 3 percent"). A
        traded good
        holds no figure whose measure names what it is of ("The price of gasoline plunged
        5%. The cost of used cars dropped 0.8%"), and a person no country's statistic."""
        held = self._doc.paragraph_holder
        if record.get("entity") is None:
            measure = f" {(record.get('measure') or '').lower()} "
            if (
                unheld and held is not None and held[0] == paragraph
                and not (held[1] == self._doc.goods
                         and any(f" {word} " in measure for word in self.lexicon.part_of))
                # a person holds no country's statistic ("Malcolm Turnbull ... The
                # unemployment rate declined to 5.6%")
                and not (record.get("place_statistic")
                         and self._doc.labels.get(held[1]) == PERSON_LABEL)
            ):
                record["entity"], record["entity_basis"] = held[1], INHERITED
        elif (
            named is not None and named <= {record["entity"]}
            and record.get("entity_basis") == "defaulted" and held is not None
            and held[0] == paragraph and held[1] == record["entity"]
            and self._doc.labels.get(held[1]) != PERSON_LABEL
        ):
            # the main subject guessed for it is the one the paragraph's last figure named
            # (not a person, who in news is as often only the one speaking of the figure)
            record["entity_basis"] = INHERITED
        elif record.get("entity_basis") in FOUND:
            self._doc.paragraph_holder = (paragraph, record["entity"])

    def _named_source(self, source: str | None) -> str | None:
        """``source`` unless it names no one: a pronoun left unresolved ("it", "which",
        "you")."""
        if not source:
            return None
        unnamed = self.unnamed_source_words
        return None if all(word in unnamed for word in source.lower().split()) else source

    def _rate_of_change(
        self, metric: str, facet: str, direction: str | None
    ) -> tuple[str, str, str | None]:
        """One key for a percentage change however it is worded: "GDP growth was 0.8%", "GDP
        grew 0.8%", "the economy grew 0.8%" and "growth was revised to 0.8%" are all a change
        of GDP. A change noun ending the metric, or a rate after it ("GDP growth rate"),
        becomes the facet, a pace word before it its qualifier ("annual growth rate":
        annualized), and the rest goes through the metric synonyms."""
        lead, metric = self._rate_lead(metric)  # "annualized economy growth": kept apart below
        words = metric.split()
        last = words[-1] if words else ""
        rate = self.period_words.singular(last) in self.lexicon.pace_nouns
        if (
            lead is None
            and len(words) > 1
            and words[0] in self.lexicon.pace_qualifiers
            and (rate or self.lexicon.noun_direction(last))
        ):
            # "annual growth rate": the qualifier of a rate of change ("annual profit" is
            # no rate)
            lead, words = self.lexicon.pace_qualifiers[words[0]], words[1:]
            metric = " ".join(words)
        if len(words) > 1 and rate and (
            self.lexicon.noun_direction(words[-2])
        ):
            words = words[:-1]  # "GDP growth rate" is GDP growth
            metric = " ".join(words)
        change = self.lexicon.noun_direction(words[-1]) if words else None
        # the level a rate of change reaches is the rate ("bumping up growth one-tenth of a
        # point to 1.9 per cent": growth of 1.9%), a rate being one of economy_change_nouns
        # ('growth'; not 'a rise to 5%', 'shrunk to 55.4%': levels reached)
        reached = facet == "new_level" and words[-1:] != [] and (
            words[-1].lower() in self.lexicon.economy_change_nouns
        )
        if change is not None and (facet in ("level", "change") or reached):
            facet, direction = "change", direction or change
            if len(words) > 1:
                metric = " ".join(words[:-1])  # a change noun alone stays the metric
        elif change is not None and facet in ENDS_OF_CHANGE and len(words) > 1:
            # "expanding by 2.6 per cent instead of the previously reported 2.4 per cent": the
            # rate replaced is of what changed, as the rate that replaced it is
            metric = " ".join(words[:-1])
        kept = metric.split()
        if len(kept) > 1 and kept[-1].lower() in self.lexicon.sector_heads:
            metric = " ".join(kept[:-1])  # "the manufacturing sector grew 4.7%": manufacturing
        metric = self._synonym(metric)
        return (f"{lead} {metric}" if lead else metric), facet, direction

    def _synonym(self, metric: str) -> str:
        """The statistic of ``metric_synonyms`` a metric names, also after words that leave
        it that statistic ("adjusted quarterly real GDP": GDP; ``synonym_neutral_words``);
        else the metric as it is ("adjusted operating profit")."""
        found = self.metric_synonyms.get(metric.lower())
        if found is not None:
            return found
        words = metric.split()
        while len(words) > 1 and words[0].lower() in self.synonym_neutral:
            words = words[1:]
            rest = " ".join(words).lower()
            if rest in self.metric_synonyms:
                return self.metric_synonyms[rest]
        return metric

    def _bare_amount_change(self, span: Span, record: Mapping[str, Any]) -> bool:
        """Is an amount a change named by a change noun alone ("This represents a $300
        million increase"), which says nothing of what changed?"""
        metric = str(record.get("metric") or "")
        return (
            span.label_ == "MONEY"
            and record.get("facet") == "change"
            and " " not in metric
            and bool(self.lexicon.noun_direction(metric))
        )

    def _bare_change(self, span: Span, metric: str | None, facet: str) -> bool:
        """Is a percentage change named by a change noun alone ("growth was 0.7%", "a
        2.1-percent decrease", "growth at an annual rate of 4%"), with nothing said of what
        changed?"""
        return (
            span.label_ == "PERCENT"
            and facet == "change"
            and (not self._rate_lead(metric or "")[1] or self._change_word(metric or ""))
        )

    def _change_word(self, metric: str) -> bool:
        """Is ``metric`` a change noun alone ("contraction", "annualized growth")?"""
        bare = self._rate_lead(metric)[1]
        return " " not in bare and bool(self.lexicon.noun_direction(bare))

    def _rate_lead(self, metric: str) -> tuple[str | None, str]:
        """A rate's pace qualifiers and the rest: ("annualized", "growth"), ("annualized
        seasonally adjusted", "economy contraction")."""
        leads: list[str] = []
        peeled = True
        while peeled:
            peeled = False
            for lead in self.rate_qualifiers:
                if metric.startswith(f"{lead} "):
                    leads.append(lead)
                    metric, peeled = metric[len(lead) + 1 :], True
                    break
        return (" ".join(leads) or None), metric

    def _qualifiers(self, doc: Doc, indices: list[int]) -> list[str]:
        """Normal forms of a measure's words before its lexicon mention ("pre-tax")."""
        kept = [i for i in indices if not doc[i].is_punct or doc[i].text == "-"]
        words = hyphen_joined(kept, [
            self.lexicon.normal_word(doc[i].lower_, doc[i].lemma_, doc[i].pos_)
            for i in kept
        ], lambda k: doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_)
        return [w for w in words.split() if w not in self.lexicon.dropped_words]

    def _rate(self, span: Span) -> bool:
        """Whether the amount ``span`` is a rate, an amount per unit ("$50-70 per hour",
        "£5 a share", "$2bn annually"), as the money normalizer reads it."""
        return rate_of(span.text, self.money_tables) is not None

    def _described(self, entity: Span) -> str:
        """An entity's kind for a reference: the one a holder noun gives its name anywhere in
        the document ("supermarket group Morrisons", which the model tags as a person, is
        what "it" refers to), else its label."""
        return self._doc.described.get(entity.start, entity.label_)

    def _earlier(self, start: int, entities: list[Span], labels: frozenset[str],
                 sources: set[int] | None = None, openers: bool = False,
                 country: str | None = None) -> str | None:
        """The canonical name of the nearest entity of ``labels`` before token ``start``,
        leaving out the mentions that start at ``sources``; a place may be named by its
        nationality adjective ("a South Korean parliamentary report suggested the country
        ...": South Korea). With ``openers`` (a description, "the singer", not a pronoun,
        which as often refers to a team or party the model did not tag either), an untagged
        name an earlier sentence opens with may be the one. A description of a ``country``'s
        organisation ("the German group") skips organisations the document places in another
        country (:meth:`_org_country`)."""
        before = bisect_left(self._doc.starts, start)
        # only a description of a place ("the country"), and not its own adjective ("the
        # German group" is no reference to Germany; "it" after "the Japanese firm" is the
        # firm's)
        places = labels == REFERENCE_LABELS["GPE"]
        untagged = openers and not places  # may take a name the model did not tag
        bounds = self._doc.sentences.bounds if self._doc.sentences is not None else None
        for at, entity in reversed(list(enumerate(entities[:before]))):
            if not self._may_refer(entity, labels, sources, openers, country) or (
                self._seat(entity)
            ):
                # "The Newbury-based operator": the operator is not Newbury; "The firm, which
                # is to receive a payment from Chelsea, ...", "whose Windows operating system
                # ...", "talks with the London Stock Exchange ... the German group"
                continue
            if entity.label_ in REFERENCE_LABELS["GPE"] and (
                self._counterpart(entity) or self._ranked_within(entity)
            ):
                # "... trade surplus with China. The country's surplus ...", "Mexico's
                # economy, Latin America's second biggest, ... the economy shrank"
                continue
            if openers and PERSON_LABEL not in labels and self._doc.parsed is not None and (
                self._doc.parsed.passive_agent(entity)
            ):
                continue  # "Analysts surveyed by Reuters ... The bank's ratio": no bank
            if self._described(entity) in labels:
                main = self._main_of(labels)
                if main is not None and self._in_title(entity):
                    # "Scott Cutler, head of the New York Stock Exchange's global listing
                    # business, said ...": a name in a person's title yields to the
                    # document's main subject of the kind (with none, it may be the one:
                    # "Pat Ferguson, President of AMBO, ... the company had raised $900m")
                    return main
                if bounds is not None and (first := bounds(entity.start)[0]) < bounds(start)[0]:
                    before_own = self._sentence_before(bounds(start)[0]) if untagged else None
                    if before_own is not None and before_own[0] > first:
                        # The sentence just before names none of the kind; one it opens
                        # with, untagged, is what it is about ('"Prince returned to
                        # centre stage," the magazine reported. The singer's tour ...')
                        opening = self._opening_name(*before_own, entities)
                        if opening is not None:
                            return opening
                    # In an earlier sentence, the first name of the kind is the one it is
                    # about, which a reference takes up ("Prince earned more than Madonna
                    # and Elton John. The singer banked $56.5m": Prince).
                    for other in entities[bisect_left(self._doc.starts, first):at]:
                        if self._described(other) in labels and self._may_refer(
                            other, labels, sources, openers, country
                        ):
                            if main is not None and self._in_title(other):
                                return main
                            if self._untagged_name(first, other.start, entities):
                                # "Prince earned more than Madonna": the untagged name
                                # the sentence opens with, else unknown
                                opening = self._opening_name(
                                    first, other.start, entities
                                ) if untagged else None
                                if opening is not None:
                                    return opening
                                break
                            parsed = self._doc.parsed
                            if other is not entity and parsed is not None and parsed.covers(
                                other.start, other.end
                            ) and not parsed.subject(other) and (
                                self._canonical(entity) == self._doc.main
                            ):
                                # "They ... persuaded venture capitalists Sequoia Capital
                                # ... to fund Yahoo. ... the company floated": a first name
                                # the parse shows is no subject yields to the nearest when
                                # that is the document's main subject
                                break
                            return self._canonical(other)
                return self._canonical(entity)
            if places and entity.label_ == "NORP" and entity.end < start - 1 and adjective(
                entity
            ):
                place = self.aliases.get(entity.text)
                if place is not None:
                    return place
        return None

    def _is_place(self, name: str | None) -> bool:
        """Whether the document names ``name`` as a place (the tag it gives it most)."""
        return self._doc.labels.get(name or "") in REFERENCE_LABELS["GPE"]

    def _main_of(self, labels: frozenset[str]) -> str | None:
        """The document's main subject when it is of ``labels``, else None."""
        main = self._doc.main
        return main if main is not None and self._doc.labels.get(main) in labels else None

    def _in_title(self, entity: Span) -> bool:
        """Whether ``entity`` is named in an apposition right after a person's name, within
        ``TITLE_WORDS`` words after its comma ("Scott Cutler, head of the New York Stock
        Exchange's ...")."""
        doc = entity.doc
        k = entity.start - 1
        while k > 0 and entity.start - k <= TITLE_WORDS and doc[k].text != ",":
            if doc[k].is_sent_start:
                return False
            k -= 1
        return k > 0 and doc[k].text == "," and doc[k - 1].ent_type_ == PERSON_LABEL

    def _subject_before(self, at: int, entities: list[Span], name: str) -> bool:
        """Whether a mention of ``name`` in the last sentence before token ``at`` to name it
        is the subject of that sentence, or the possessor of the subject ("Samsung
        Electronics achieved a net profit", "Tesco's sales fell"), as the parse has it; in a
        sentence the parser did not read, whether the mention opens the sentence, after a
        determiner at most. Not a name that only qualifies another noun ("... stick to
        Labour spending plans")."""
        doc, sentences, parsed = self._doc.doc, self._doc.sentences, self._doc.parsed
        last = next((e for e in reversed(entities)
                     if e.start < at and self._canonical(e) == name), None)
        if doc is None or sentences is None or last is None:
            return False
        first, end = sentences.bounds(last.start)
        for mention in entities:
            if not first <= mention.start < min(end, at) or self._canonical(mention) != name:
                continue
            if parsed is not None and parsed.covers(mention.start, mention.end):
                if parsed.subject(mention):
                    return True
                continue
            opening = first
            while opening < mention.start and (
                doc[opening].is_space or doc[opening].is_quote
                or doc[opening].lower_ in self.lexicon.definite_determiners
            ):
                opening += 1
            if opening == mention.start:
                return True
        return False

    def _sentence_before(self, start: int) -> tuple[int, int] | None:
        """Token bounds of the last sentence before token ``start`` with words in it."""
        doc, sentences = self._doc.doc, self._doc.sentences
        if doc is None or sentences is None:
            return None
        while start > 0:
            before = sentences.bounds(start - 1)
            if any(not doc[k].is_space for k in range(*before)):
                return before
            start = before[0]
        return None

    def _opening_name(self, start: int, end: int, entities: list[Span]) -> str | None:
        """The untagged name a sentence opens with at ``start``, before ``end``, written
        capitalised inside sentences too ("Prince earned more than any other pop star":
        Prince, which the model did not tag), or None; never a place word."""
        doc = self._doc.doc
        if doc is None:
            return None
        covered = self._named_tokens(start, end, entities)
        names = self._names_inside()
        while start < end and doc[start].is_quote:
            start += 1  # a quote that opens with the name
        k = start
        while k < end and k not in covered and doc[k].is_alpha and doc[k].text in names and (
            not doc[k].is_stop
        ):
            k += 1
        if k == start or k in covered or doc[start].lower_ in self.titles:
            return None  # "Mr Clarke": a title of a name, tagged or not
        text = doc[start:k].text
        # "UK firms ...": a place word, never a description's referent (not asked for
        # "the country", which takes only places the model tagged)
        return None if text in self.aliases else text

    def _named_tokens(self, start: int, end: int, entities: list[Span]) -> set[int]:
        """The tokens of the named mentions that start in ``start:end``."""
        first = bisect_left(self._doc.starts, start)
        return {
            k for e in takewhile(lambda e: e.start < end, entities[first:])
            for k in range(e.start, e.end)
        }

    def _may_refer(self, entity: Span, labels: frozenset[str], sources: set[int] | None,
                   openers: bool, country: str | None) -> bool:
        """Whether a reference may take up ``entity``: not a source left out (``sources``),
        a place only located by, a name of a thing, an organisation of another country than
        the description's, nor, for a description (``openers``), a name in a relative
        clause on a description of its kind."""
        parsed = self._doc.parsed
        return not (
            (sources and entity.start in sources)
            or self._location_only(entity)
            or (parsed is not None and parsed.names_a_thing(entity, self.owned_nouns))
            or self._foreign(entity, country)
            or (openers and self._described_aside(entity, labels))
        )

    def _described_aside(self, entity: Span, labels: frozenset[str]) -> bool:
        """Whether ``entity`` stands in a relative clause on a description of ``labels``
        ("The firm, which is to receive a payment from Chelsea, said ..."): the clause tells
        of the firm, which is what a later "the firm" refers to, not of the name in it (a
        clause on a name, "Sequoia Capital, which also invested in Apple", is left alone:
        the parser may hang later words in it)."""
        parsed = self._doc.parsed
        antecedent = parsed.relative_antecedent(entity) if parsed is not None else None
        if antecedent is None:
            return False
        return self.lexicon.holder_nouns.get(entity.doc[antecedent].lower_) in labels

    def _untagged_name(self, start: int, end: int, entities: list[Span]) -> bool:
        """Whether a proper noun that no named mention covers stands in ``start:end``: a
        name the model did not tag, which may be what the sentence is about."""
        doc = self._doc.doc
        if doc is None:
            return False
        inside = self._named_tokens(start, end, entities)
        return any(
            # a word of a date or figure ("In January, Umbro announced ...") is no name
            k not in inside and not doc[k].ent_type and (
                doc[k].pos_ == "PROPN" if doc[k].pos_ else (
                    # untagged: a capitalised word that is no function word
                    doc[k].is_title and doc[k].is_alpha and not doc[k].is_stop
                )
            )
            for k in range(start, end)
        )

    def _resolve(
        self,
        holder: Holder | None,
        span: Span,
        entities: list[Span],
        dominant: str | None,
        guess: bool = True,
    ) -> tuple[str | None, str | None]:
        """A holder's canonical name and how it was found: ``stated`` (named in the
        sentence), ``resolved`` (a pronoun or "the firm": the nearest earlier name of a
        fitting label), or None."""
        if holder is None:
            return None, None
        if holder.mention is not None:
            return holder.mention.name, "stated"
        if holder.goods is not None:
            self._doc.goods = holder.goods
            return holder.goods, "stated"  # "US crude", "the dollar"
        main = (self._doc.main or dominant) if guess else None  # may be a person: never "it"
        if holder.wants == GOODS:
            # "prices" alone after "US crude oil prices rose": that good's
            if self._doc.goods is not None:
                return self._doc.goods, "resolved"
            return (main, "defaulted") if main else (None, None)
        if holder.unnamed is not None:
            # "The movie, which cost $70m": the main subject is only a guess for it.
            return (main, "defaulted") if main else (None, None)
        if holder.wants == "NAME":
            # A proper noun the model did not tag: the document's entity that holds it.
            written = holder.reference or ""
            if written in self._doc.not_names:
                return None, None  # "the pricing of the IPO": no name
            word = written.split()[-1].lower() if written else ""
            for entity in entities:
                if word in entity.text.lower().split():
                    return self._canonical(entity), "resolved"
            for untagged in self._doc.untagged:
                if word in untagged.lower().split():
                    return untagged, "resolved"  # "Rossignol shares" after "Skis Rossignol"
            if holder.standalone and written and (
                " " in written or written in self._names_inside()
            ):
                self._doc.untagged.append(written)
                return written, "stated"
            return None, None
        # "it", "its": in news, most often the document's main subject, when it has been
        # named before.
        subject = dominant if holder.reference in self.lexicon.neuter_pronouns else main
        if (
            holder.wants is None
            and subject is not None
            and self._doc.first_seen.get(subject, span.start) < span.start
        ):
            # the main subject is a guess, unless it is also the nearest name of a fitting
            # kind before the reference ("... Samsung Electronics achieved a net profit of
            # $10.74 billion ... Its operating profit grew by 58.03 percent")
            at = span.start if holder.at is None else min(holder.at, span.start)
            nearest = self._earlier(at, entities, PLACE_LABELS, self._doc.sources)
            return subject, "resolved" if nearest == subject and self._subject_before(
                at, entities, subject) else "defaulted"
        wants = REFERENCE_LABELS.get(holder.wants or "", PLACE_LABELS)
        # The referent is named before the reference ("The firm, which is to receive a
        # payment from Chelsea": not Chelsea).
        at = span.start if holder.at is None else min(holder.at, span.start)
        # "..., according to the Ministry of Industry and Trade. Of the total, its exports
        # reached $157.6 billion": "it" is what the report is about, never its source.
        pronoun = holder.reference in self.lexicon.pronouns or (
            holder.reference in self.lexicon.person_pronouns
        )
        described = None if pronoun else self._described_before(holder.reference, at, wants)
        if described is not None:
            # "Inflation just keeps punishing the European economy. ... The economy grew 0.2%":
            # the economy the document named with its place, not the nearest place ("cutbacks
            # from Russia")
            return described, "resolved"
        name = self._earlier(
            at, entities, wants,
            self._doc.sources if holder.reference in self.lexicon.neuter_pronouns else None,
            openers=not pronoun, country=holder.nationality,
        )
        if name is not None:
            return name, "resolved"
        # "the singer" with no singer named before: the main subject is only a guess; for
        # "the country", a place's ("the country's GDP rose by 2%", the IMF being the most
        # mentioned name), never a name of another kind.
        if main is not None and self._doc.labels.get(main) not in wants:
            if holder.wants == "GPE":
                main = self._doc.dominant_place
            elif holder.wants == ORG_LABEL and self._is_place(main):
                main = None  # "The firm sold 10 million phones" in a story of China
        return (main, "defaulted") if main else (None, None)

    def _fallback(
        self,
        span: Span,
        sent: Span,
        metrics: list[Span],
        entities: list[Span],
        dates: list[Span],
        resolved: dict[int, str],
        dominant: str | None,
        date_index: dict[int, int],
        noun: str | None,
        in_sentence: list[tuple[int, int, str]],
    ) -> dict[str, Any]:
        """Rules without a parse: the nearest metric mention, named entity and date."""
        doc = span.doc
        window = self.fallback_window
        metric = nearest(span, metrics, window, self.penalties, self.max_metric_distance)
        entity = nearest(metric or span, entities, window, self.penalties)
        date = nearest(span, dates, window, self.penalties)
        name = self._canonical(entity) if entity is not None else None
        # Without a parse, only a name written right before the metric says whose it is
        # ("Pakistan's IT exports", "US sales"); the nearest name further off is a guess.
        adjacent = entity is not None and metric is not None and (
            entity.end == metric.start
            or (entity.end + 1 == metric.start and doc[entity.end].lower_ in self.name_possessives)
        )
        how = ("stated" if adjacent else "defaulted") if name is not None else None
        # The document's main subject stands in for "the country's exports", but never
        # for a percentage, whose subject is too often another party's.
        if name is None and (metric is not None or noun) and span.label_ != "PERCENT":
            name, how = dominant, ("defaulted" if dominant else None)
        facet, direction = self._facet_by_words(span, sent)
        return {
            # A count measures what it counts: "30,000 IT graduates".
            "measure": noun or (metric.text if metric is not None else None),
            "metric": normal_case(noun) if noun else (
                resolved[metric.start] if metric is not None else None
            ),
            "entity": name,
            "entity_basis": how,
            # A count's own noun is read; a metric word found near the figure is a guess.
            "metric_basis": "stated" if noun else "defaulted",
            "source": None,
            "time_index": date_index[date.start] if date is not None else None,
            "deadline": date is not None and date.start > 0
            and doc[date.start - 1].lower_ in self.deadline_words,
            "cue": self._cue(span, in_sentence),
            "facet": facet,
            "direction": direction,
            "status": None,
        }

    def _facet_by_words(self, span: Span, sent: Span) -> tuple[str | None, str | None]:
        """The facet the words right before a figure give it, without a parse (a headline
        in title case, ``--model blank``): a word of change ("Profits Jump 20%", "up 5%")
        makes it a change in that word's direction, and one of its prepositions after such a
        word ("Exports Surge to $4.6 Billion", "rose by 5%") the facet the preposition gives
        (rules/frame.json ``change_prepositions``, within ``limits.change_word_reach``
        words)."""
        doc, lexicon = span.doc, self.lexicon
        before = span.start - 1
        if before < sent.start:
            return None, None

        def way(i: int) -> str | None:
            word = doc[i]
            if word.lemma_:
                found = lexicon.direction(word.lemma_.lower())
                return found or lexicon.comparatives.get(word.lower_)
            # no lemma (``--model blank``): the word's irregular or regular stem
            lower = word.lower_
            stems = [self.change_forms.get(lower, lower)]
            for end in self.change_endings:
                if not lower.endswith(end):
                    continue
                stem = lower[: -len(end)]
                # "slipped": "slip", its last letter doubled
                stems += [stem, stem[:-1]] if stem[-2:-1] == stem[-1:] else [stem]
            return next((lexicon.direction(stem) for stem in stems if lexicon.direction(stem)),
                        lexicon.comparatives.get(lower))

        facet = lexicon.change_prepositions.get(doc[before].lower_)
        if facet is None:
            direction = way(before)
            return ("change", direction) if direction else (None, None)
        for i in range(before - 1, max(sent.start, before - self.change_word_reach) - 1, -1):
            direction = way(i)
            if direction:
                return facet, direction if facet == "change" else None
        return None, None

    def _canonical(self, span: Span) -> str:
        """The entity's name in this document: a shorter or longer form of a name met
        earlier ("Rossignol" after "Skis Rossignol", "Mr Blair" after "Tony Blair") takes
        that name."""
        own = self._own_name(span)
        return self._doc.merged.get(own, own) if span.label_ in MERGED_LABELS else own

    def _organisations(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """``ents`` with a name the model tagged a place or a person taken for an organisation
        throughout the document when the document writes it as only an organisation is
        written: its possessive before one of ``organisation_marks`` ("Electrolux's shares",
        "Electrolux's subsidiary brands"), or the name before one of ``organisation_titles``
        ("Electrolux chief executive Hans Straberg"), or a person's name is the first word of
        an organisation's longer name the document writes ("Rogers" beside "Rogers
        Communications Inc."). A name the rules know (a country, a city) keeps its kind ("Hong
        Kong's chief executive")."""
        marks, titles = self.lexicon.organisation_marks, self.lexicon.organisation_titles
        longest = max((len(m.split()) for m in (*marks, *titles)), default=0)

        def written_after(at: int, phrases: frozenset[str]) -> bool:
            words = [t.lower_ for t in doc[at : at + longest]]
            return any(" ".join(words[:n]) in phrases for n in range(1, len(words) + 1))

        # the first word of an organisation's longer name ("Rogers" after "Rogers
        # Communications Inc.")
        leading = {
            e.text.split()[0] for e in ents if e.label_ == ORG_LABEL and len(e.text.split()) > 1
        }
        firms = {
            e.text for e in ents
            if e.label_ in ORGANISATION_GUESSES and not e.id_ and e.end < len(doc) and (
                written_after(e.end, titles)
                or (doc[e.end].lower_ in self.name_possessives
                    and written_after(e.end + 1, marks))
                or (e.label_ == PERSON_LABEL and e.text in leading)
            )
        }
        if not firms:
            return ents
        return [
            Span(doc, e.start, e.end, label=ORG_LABEL, kb_id=e.kb_id, span_id=e.id)
            if e.label_ in ORGANISATION_GUESSES and not e.id_ and e.text in firms else e
            for e in ents
        ]

    def _nationalities(self, doc: Doc, ents: list[Span], entities: list[Span]) -> list[Span]:
        """``entities`` and the nationality words the model missed right before a noun that
        names a country's whole ("The Japanese economy contracted", "the German
        government"): a nationality (NORP) that stands for its country
        (``entity_aliases``)."""
        taken = covered(doc, ents)
        found = []
        # only the tokens that are nationality words are looked at (the ORTH array)
        for i, orth in enumerate(doc.to_array(ORTH).tolist()):
            if orth not in self.alias_orths or taken[i] or i + 1 >= len(doc):
                continue
            token, after = doc[i], doc[i + 1]
            if not taken[after.i] and (
                self.lexicon.holder_nouns.get(after.lower_) == COUNTRY_HOLDER
            ):
                found.append(Span(doc, token.i, token.i + 1, label=NATIONALITY_LABEL))
        return sorted([*entities, *found], key=lambda e: (e.start, e.end)) if found else entities

    def _names_inside(self) -> set[str]:
        """Capitalised words met inside a sentence of the document: a name, not a word
        capitalised only because it opens one ("Licensees who fail ...", "- Individuals
        who ..."); and words written in camel case wherever they stand ("easyJet",
        "eBay"). Read once per document, when first asked for."""
        if self._doc.names_inside is None:
            doc = self._doc.doc
            self._doc.names_inside = set() if doc is None else {
                t.text for t in doc
                if ((t.is_title or (t.is_upper and len(t) > 2))
                    and not t.is_sent_start and not doc[t.i - 1].is_punct)
                or camel_case(t.text)
            }
        return self._doc.names_inside

    def _own_name(self, span: Span) -> str:
        key = (span.start, span.end, span.label_)
        known = self._doc.own_names.get(key)
        if known is None:
            known = self._doc.own_names[key] = self._read_own_name(span)
        return known

    def _read_own_name(self, span: Span) -> str:
        if span.id_:
            return span.id_
        text = " ".join(span.text.split())
        for article in self.name_articles:
            if text.lower().startswith(article):
                text = text[len(article) :]
                break
        for ending in self.name_possessives:
            text = text.removesuffix(ending)
        if span.label_ == "NORP" and not adjective(span):
            return text  # "Irish trailed by two points": a team or a people, not the place
        return self.aliases.get(text, text)

    def _counted_mentions(self, entities: list[Span]) -> list[Span]:
        """Those of ``entities`` that count as mentions of what a document is about: not
        "the Tokyo-based company" (no mention of Tokyo), nor "the deficit, particularly with
        China and Mexico" (of China)."""
        return [
            e for e in entities
            if not (self._location_only(e) or self._seat(e) or self._home(e)
                    or self._origin(e) or self._counterpart(e))
        ]

    def _dominant_entity(
        self, counted: list[Span], entities: list[Span], headline_end: int,
        labels: frozenset[str] = PLACE_LABELS, *, bodies: bool = False,
    ) -> str | None:
        """The place or organisation the document is about, if one clearly dominates.

        The most mentioned (ties: the first mentioned), a mention in the headline (the
        first sentence) counting ``headline_weight`` times, provided it has at least
        ``min_mentions`` mentions and ``min_share`` of all place and organisation mentions.
        ``labels``: the entity labels that count (nationality adjectives always do);
        ``headline_end``: the token where the first sentence ends; ``bodies``: a country's
        national body (``institution_places``: "Statistics Canada says the economy grew")
        counts as a mention of its country.
        """
        names = []
        for e in counted:
            name = self._canonical(e) if e.label_ in labels else (
                self.aliases.get(e.text) if adjective(e) else None
            )
            if name is None and bodies:
                name = self._doc.bodies.get(self._canonical(e))
            if name is not None:
                names += [name] * (self.headline_weight if e.start < headline_end else 1)
        if ORG_LABEL in labels:
            names += self._headline_short_names(entities, headline_end)
        if not names:
            return None
        counts = Counter(names)
        first = {name: i for i, name in reversed(list(enumerate(names)))}
        top = max(counts, key=lambda name: (counts[name], -first[name]))
        if counts[top] < self.dominant_mentions or counts[top] < self.dominant_share * len(names):
            return None
        return top

    def _places_described(
        self, doc: Doc, entities: list[Span]
    ) -> list[tuple[int, str, str, str]]:
        """Holder nouns of places the document writes with their place right before them:
        a nationality or a place's name, or its possessive ("the European economy", "Japan's
        economy", "the UK government"), as (place's start, noun as written, lower-cased,
        the place's canonical name, the label it counts as)."""
        nouns = {word for word, label in self.lexicon.holder_nouns.items()
                 if label in GEOGRAPHIC_LABELS}
        found = []
        for entity in entities:
            if entity.label_ not in GEOGRAPHIC_LABELS and entity.label_ != NATIONALITY_LABEL:
                continue
            k = entity.end
            if k < len(doc) and doc[k].lower_ in self.name_possessives:
                k += 1
            # the word as written: lemmas are read only in the sentences that are parsed
            if k < len(doc) and doc[k].lower_ in nouns:
                name = self._canonical(entity)
                if entity.label_ == NATIONALITY_LABEL and name == entity.text:
                    continue  # a nationality no country's name stands for ("European")
                label = COUNTRY_LABEL if entity.label_ == NATIONALITY_LABEL else entity.label_
                found.append((entity.start, doc[k].lower_, name, label))
        return found

    def _described_before(
        self, noun: str | None, at: int, wants: Container[str]
    ) -> str | None:
        """The place of fitting label the document last named right before ``noun`` (a
        holder noun) before token ``at``, as its nationality, compound or possessor ("the
        European economy", "Japan's economy"): what "the economy" then refers to."""
        if noun is None:
            return None
        found = [
            (start, name) for start, word, name, label in self._doc.places_described
            if word == noun and start < at and label in wants
        ]
        return max(found)[1] if found else None

    def _names_another(self, span: Span, entities: list[Span], name: str,
                       described: Container[int] = frozenset()) -> bool:
        """Whether the sentence of ``span`` names a place or organisation other than
        ``name`` (a place something is ranked in aside, and the names of ``described``, the
        description the source is written as: "The maker of Nescafe, Jenny Craig and Haagen
        Dazs said sales topped 55 billion francs")."""
        sentences = self._doc.sentences
        if sentences is None:
            return False
        first, last = sentences.bounds(span.start)
        return any(
            first <= e.start < last and e.label_ in PLACE_LABELS and self._canonical(e) != name
            and e.start not in described
            # "Canada's biggest bank by market value said": where it is ranked, no other
            and not self._ranked_within(e)
            for e in entities
        )

    def _lede(self, entities: list[Span], headline_end: int) -> Span | None:
        """The organisation the story's first lines open on: the first one named after the
        headline in the opening lines, not in a dateline ("TORONTO, May 26 (Reuters) - Royal
        Bank of Canada on Thursday reported ...")."""
        return next((
            e for e in entities
            if headline_end <= e.start < self._doc.opening_end and e.label_ == ORG_LABEL
            and not self._seat(e)
        ), None)

    def _headline_short_names(self, entities: list[Span], headline_end: int) -> list[str]:
        """The name of the organisation the story's first lines open on, once for each
        headline mention of its first word the model left untagged ("Toyota sees first
        profit drop" above "[TOKYO] Toyota Motor Corp. said"), weighted as a headline
        mention is; none when the document also writes that word alone as another name
        ("Barclays profits" above "Barclays Capital") or it is a nationality or a country
        ("Record year for Chilean copper" above "the Chilean Copper Commission")."""
        lede = self._doc.lede
        if lede is None:
            return []
        first = lede.text.split()[0]
        if (
            first == lede.text or len(first) < SHORT_NAME_LETTERS or first in self.aliases
            or first in self.country_names or any(e.text == first for e in entities)
        ):
            return []
        name = self._canonical(lede)
        return [
            name
            for token in lede.doc[:headline_end]
            if token.text == first and not token.ent_type_
            for _ in range(self.headline_weight)
        ]

    def _seat(self, entity: Span) -> bool:
        """Whether ``entity`` is a place right after an organisation's name and one of
        ``seat_words``, where the organisation sits ("according to the Federal Labour
        Agency in Nuremberg"), or in a dateline, where the report was written ("LONDON
        (dpa-AFX) - BP PLC reported ..."): no mention of what a document is about, nor a
        referent. (It stays in its sentence: "Sales at Nestle in Europe" are Europe's.)"""
        doc = entity.doc
        return entity.start in self._doc.datelines or (
            entity.label_ in GEOGRAPHIC_LABELS
            and entity.start > 1
            and doc[entity.start - 1].lower_ in self.seat_words
            and doc[entity.start - 2].ent_type_ == ORG_LABEL
        )

    def _home(self, entity: Span) -> bool:
        """Whether ``entity`` is a place whose possessive comes right before an
        organisation's name, where the organisation is from ("Portugal's Banco BPI posted a
        39 percent rise in first-half net profit"): no mention of what the document is about
        (it stays a referent: "Japan's Finance Ministry said the country's trade balance")."""
        doc = entity.doc
        return (
            entity.label_ in GEOGRAPHIC_LABELS
            and entity.end + 1 < len(doc)
            and doc[entity.end].lower_ in self.name_possessives
            and doc[entity.end + 1].ent_type_ == ORG_LABEL
            and not _title_after_name(doc, entity.end + 1)  # "Iraq's Trade Minister"
        )

    def _origin(self, entity: Span) -> bool:
        """Whether ``entity`` is a nationality that describes an organisation named right
        after it, only nouns between ("French conglomerate Bouygues reported a decline"):
        where the organisation is from, no mention of a place the document is about."""
        if entity.label_ != NATIONALITY_LABEL:
            return False
        doc = entity.doc
        after = next((
            token.i for token in doc[entity.end + 1 : entity.end + NATIONALITY_REACH + 1]
            if token.ent_type_ == ORG_LABEL
        ), None)
        return after is not None and describing_nouns(doc[entity.end : after])

    def _location_only(self, entity: Span) -> bool:
        """Whether ``entity`` only says where something is based: a place joined by a
        hyphen to one of ``location_words`` ("Tokyo-based", "London-headquartered"), the
        town before such a place ("Los Gatos, California-based")."""
        doc, end = entity.doc, entity.end
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].is_title:
            # "the Los Gatos, California-based firm": the town of a place so written
            end += 1
            while end < len(doc) and doc[end].is_title and end - entity.end <= LOCATION_WORDS:
                end += 1
        return (
            end + 1 < len(doc)
            and doc[end].text == "-"
            and doc[end + 1].lower_ in self.location_words
        )

    def _counterpart(self, entity: Span) -> bool:
        """Whether ``entity`` comes right after one of ``counterpart_words``, a determiner
        between ("a trade surplus with China", "its surplus with the US"), or is listed after
        such a name ("the deficit, particularly with China and Mexico")."""
        doc = entity.doc
        k = entity.start - 1
        while k >= 0:
            while k >= 0 and f"{doc[k].lower_} " in self.name_articles:
                k -= 1
            if k < 0 or doc[k].lower_ in self.counterpart_words:
                return k >= 0
            if doc[k].lower_ not in self.list_joiners or k == 0 or not doc[k - 1].ent_type_:
                return False
            k -= 1
            while k > 0 and doc[k].ent_iob_ == "I":
                k -= 1  # back over the name listed before
            k -= 1
        return False

    def _foreign(self, entity: Span, country: str | None) -> bool:
        """Whether ``entity`` is an organisation the document places in another country than
        ``country`` (None: any country will do)."""
        if country is None or self._described(entity) != ORG_LABEL:
            return False
        known = self._org_country(entity)
        return known is not None and known != country

    def _org_country(self, entity: Span) -> str | None:
        """The country of an organisation, as its name says ("London Stock Exchange": a city
        of ``city_countries``; "British Airways": a nationality of ``entity_aliases``; "Bank
        of Japan": a country; an acronym, as the name it abbreviates in the document says:
        "LSE") or the document describes it where it names it ("German exchange Deutsche
        Boerse": a nationality right before the name); None when neither says."""
        name = self._canonical(entity)
        if name in self._doc.org_countries:
            return self._doc.org_countries[name]
        spelt = [
            other.text for other in entity.doc.ents
            if other.label_ == ORG_LABEL and initials(other.text) == name
        ] if name.isupper() and name.isalpha() else []  # "LSE": "London Stock Exchange"
        phrases = (
            " ".join(words[at : at + size])
            for words in (name.split(), entity.text.split(), *(full.split() for full in spelt))
            for size in (2, 1)
            for at in range(len(words) - size + 1)
        )
        found = next((
            self.aliases.get(phrase) or self.city_countries.get(phrase)
            or (phrase if phrase in self.country_names else None)
            for phrase in phrases
            if phrase in self.aliases or phrase in self.city_countries
            or phrase in self.country_names
        ), None)
        doc = entity.doc
        if found is None:
            # "German exchange Deutsche Boerse": a nationality right before the name, only
            # nouns between ("the French government fined Google" places Google nowhere)
            found = next((
                self.aliases[doc[k].text]
                for k in range(entity.start - 1, max(-1, entity.start - NATIONALITY_REACH - 1), -1)
                if doc[k].text in self.aliases and doc[k].ent_type_ == NATIONALITY_LABEL
                and describing_nouns(doc[k + 1 : entity.start])
            ), None)
        self._doc.org_countries[name] = found
        return found

    def _ranked_within(self, entity: Span) -> bool:
        """Whether ``entity`` is the place something is ranked in: its possessive before a
        superlative a few words on ("Latin America's second biggest", "Asia's largest
        economy"), a frame of comparison, not what a later "the economy" refers to."""
        doc = entity.doc
        after = entity.end
        if entity[-1].lower_ not in self.name_possessives:  # the model's span may hold it
            if after >= len(doc) or doc[after].lower_ not in self.name_possessives:
                return False
            after += 1
        for token in doc[after : after + RANK_REACH]:
            if token.lower_ in self.lexicon.superlatives:
                return True
            if token.is_punct and token.text not in HYPHENS:
                return False
        return False

    def _adjustment(self, metric: str | None, sent: Span, figure: Span) -> str | None:
        """``metric`` qualified as not seasonally adjusted when it is a statistic of a place
        and its sentence says so ("declined by 79,000 to 4.65 million in September in raw or
        unadjusted terms"): another figure than the adjusted one most reports give without
        saying so (``unadjusted``). A sentence that names the adjusted series too gives each
        figure the series named nearest after it, else before it ("decreased by 4.7% for the
        unadjusted series and by 3.9% for the seasonally adjusted series": only the 4.7%)."""
        if not metric or not self._place_statistic(metric):
            return metric
        qualifier = self.unadjusted_qualifier
        if metric.lower().startswith(f"{qualifier} "):
            return metric
        raw = [m.span() for m in self.unadjusted_pattern.finditer(sent.text)]
        if not raw:
            return metric
        adjusted = [
            m.span() for m in self.adjusted_pattern.finditer(sent.text)
            if not any(start < m.end() and m.start() < end for start, end in raw)
        ]
        if adjusted:
            at, end = figure.start_char - sent.start_char, figure.end_char - sent.start_char
            named = sorted([(start, True) for start, _ in raw] + [(a, False) for a, _ in adjusted])
            after = [unadjusted for start, unadjusted in named if start >= end]
            before = [unadjusted for start, unadjusted in named if start < at]
            if not (after[0] if after else before[-1] if before else False):
                return metric
        return f"{qualifier} {metric}"

    def _listed_changes(self, records: list[dict[str, Any]], doc: Doc) -> None:
        """A percentage listed right after a percentage change, with only a comma or a
        conjunction between them, or a comma and a few words naming what it is of ("up 7.9%,
        2.2% and 1.1% respectively", "The gold index gained 3.86%, general retailers 1.42%,
        resources 0.95%"), is a change the same way when the parse made it a level, in
        place."""
        before: dict[str, Any] | None = None
        for record in records:
            if record["label"] != "PERCENT":
                continue
            if (
                before is not None
                and before["sentence_start"] == record["sentence_start"]
                and before.get("facet") == "change" and before.get("direction")
                and record.get("facet") == "level" and not record.get("direction")
                and self._list_gap(doc.char_span(before["end"], record["start"],
                                                 alignment_mode="expand"))
            ):
                record["facet"], record["direction"] = "change", before["direction"]
            before = record

    def _bodies(self, text: str) -> dict[str, str]:
        """The national bodies and their countries for one document: ``institution_places``
        and the short names the document writes in brackets after one of them ("Philippine
        Statistics Authority (PSA)": the PSA is the Philippines' body there)."""
        if self.institution_acronyms is None:
            return self.institution_places
        found: dict[str, str] = {}
        for bracket in BRACKETED_SHORT_NAME.finditer(text):
            named = self.institution_acronyms.search(
                text, max(bracket.start() - self.institution_reach, 0), bracket.start()
            )
            short = bracket.group(1)
            if named is not None and short not in self.institution_places:
                found[short] = self.institution_places[named.group(1)]
        return {**self.institution_places, **found} if found else self.institution_places

    def _respective(self, records: list[dict[str, Any]], doc: Doc) -> None:
        """Percentages listed before a word of ``respective_words``, as many as the amounts
        before them in the sentence that name measures of their own, all different, are
        those amounts' changes in order ("reported $5bn in sales and $1bn in operating
        profit in 2021, up 10% and 20% respectively"), in place: the parse gives them one
        measure, or the subject's name."""
        by_sentence: dict[int, list[dict[str, Any]]] = {}
        for record in records:
            if record["label"] in FIGURE_LABELS and record["label"] not in UNSET_LABELS:
                by_sentence.setdefault(record["sentence_start"], []).append(record)
        for figures in by_sentence.values():
            rates = [r for r in figures if r["label"] == "PERCENT"]
            if len(rates) < 2:
                continue
            # the word right after the last percentage, or within a few ("48.4% and 65.5%,
            # respectively", "10% and 20% respectively")
            tail = doc.char_span(rates[-1]["end"], len(doc_text(doc)), alignment_mode="expand")
            after = list(tail[:LIST_ITEM_WORDS]) if tail is not None else []
            if not any(t.lower_ in self.lexicon.respective_words for t in after):
                continue
            amounts = [
                r for r in figures if r["label"] != "PERCENT" and r["end"] <= rates[0]["start"]
            ]
            metrics = [r.get("metric") for r in amounts]
            if (
                len(amounts) != len(rates) or None in metrics
                or len({m.lower() for m in metrics if m}) != len(metrics)
            ):
                continue
            for rate, amount in zip(rates, amounts, strict=True):
                if (rate.get("metric") or "").lower() != amount["metric"].lower():
                    rate["measure"], rate["metric"] = amount.get("measure"), amount["metric"]
                    rate["metric_basis"] = "resolved"

    def _list_gap(self, gap: Span | None) -> bool:
        """Whether ``gap`` only separates two items of a list: a comma, a conjunction, or a
        comma and at most ``LIST_ITEM_WORDS`` nouns and adjectives naming the next item (no
        verb: "rose 5%, but margins were 30%" lists nothing)."""
        if gap is None or not len(gap):
            return False
        joints = {",", *self.lexicon.joint_conjunctions}
        if gap[0].lower_ not in joints:
            return False
        rest = [t for t in gap[1:] if t.lower_ not in joints]
        return len(rest) <= LIST_ITEM_WORDS and all(t.pos_ in LIST_ITEM_POS for t in rest)

    def _contrast_only(
        self, record: Mapping[str, Any], records: list[dict[str, Any]], ents: Sequence[Span],
        sentences: SentenceIndex,
    ) -> bool:
        """Whether a figure is named only for a contrast, and so sets no period for later
        figures: one another figure is compared with ("up 1.6% compared with a
        year-over-year increase of 2% in August"), or one dated by a point of reference
        ("the lowest level since June, when CPI was also 2.4%") or by the base of another
        figure's change ("grew 0.3 percent from the first quarter, when the economy
        expanded 0.4 percent"; ``records``: the records read so far, dates among them)."""
        if record.get("compared_index") is not None:
            return True
        scoping = record.get("time_index")
        if scoping is None:
            return False
        if scoping >= len(records):
            # a date after the figure, not read yet: "last reached 28% in 2003"
            date = ents[scoping]
            return self._reference_date(date, sentences.sent(date))
        # "grew 0.3 percent from the first quarter, when the economy expanded 0.4 percent":
        # dated by the base of another figure's change
        return bool(records[scoping].get("reference")) or any(
            other.get("base_index") == scoping for other in records
        )

    def _named_place(self, entity: Span) -> bool:
        """Whether ``entity`` names a place a report may be of: not one that only says where
        something is based or an organisation sits, nor whose currency is meant, right
        before one of ``currency_goods`` ("Sterling was 0.3% down against the US dollar" in
        a report of UK prices)."""
        doc, end = entity.doc, entity.end
        return not self._location_only(entity) and not self._seat(entity) and not (
            self._counterpart(entity)  # "the deficit with China" is no report of China
        ) and not (
            end < len(doc) and doc[end].lower_.removesuffix("s") in self.lexicon.currency_goods
        )

    def _only_place(self, entities: list[Span]) -> str | None:
        """The one country or city a document names, however few times ("UK economic growth
        was weaker than thought ... GDP expanded by 0.5%"): its statistics are that place's."""
        names = {
            self._canonical(e) if e.label_ in COUNTRY_LABELS else self.aliases.get(e.text)
            for e in entities
            if (e.label_ in COUNTRY_LABELS or (e.label_ == "NORP" and adjective(e)))
            and self._named_place(e)
        } - {None}
        if len(names) != 1:
            return None
        place = next(iter(names))
        if place not in self.country_names:
            # "the Ghana Statistical Service has revealed ... The Upper West region recorded
            # the least rate": a region named once is no report's country when a national
            # body of one country is named
            nations = {country for e in entities
                       if (country := self._doc.bodies.get(self._canonical(e))) is not None}
            if len(nations) == 1:
                return next(iter(nations))
        return place

    def _lower_case_verb(self, sent: Span, parsed: ParseIndex) -> bool:
        """Whether the word the parse makes the head of ``sent`` is written in lower case,
        ``title_lower_letters`` letters or more ("The FA fined Arsenal £175,000 on
        Monday"): a title-case headline capitalises every long word, so the sentence is in
        sentence case, however many names it holds (not "They were Housing, Water,
        Electricity, Gas, and Other fuels (68.8%); ...", headed by a short verb)."""
        root = parsed.root_of(sent)
        return root is not None and sent.doc[root].is_lower and (
            len(sent.doc[root]) >= self.title_lower_letters
        )

    def _scoped_place(self, scope: str | None, metric: str | None) -> tuple[str, str] | None:
        """The place a scope in which the figure is measured names ("in the EU", not a
        partner's "from China"), and the metric without the scope, when the metric ends with
        it; else None."""
        if not scope or not metric or not metric.endswith(f" {scope}"):
            return None
        prep, _, place = scope.partition(" ")
        if (
            prep not in self.lexicon.place_prepositions
            or prep in self.lexicon.partner_prepositions  # "imports from China"
            or self._doc.labels.get(place) not in GEOGRAPHIC_LABELS
        ):
            return None
        return place, metric.removesuffix(f" {scope}")

    def _place_statistic(self, metric: str) -> bool:
        """Whether ``metric`` is a statistic of a place: one of ``place_metrics``, or one
        qualified before it ("consumer price inflation", "annual inflation"), whatever rate
        it is stated at."""
        return self._statistic(metric, self.place_metrics)

    def _statistic(self, metric: str, table: frozenset[str]) -> bool:
        """Whether ``metric`` is one of ``table``, or one qualified before it."""
        words = self._unqualified(metric).split()
        return any(" ".join(words[k:]) in table for k in range(len(words)))

    def _unqualified(self, metric: str) -> str:
        """The metric without the rate it is stated at, lower-cased ("annualized GDP" ->
        "gdp"): an annualized rate of GDP is as much a statistic of a place."""
        return self._rate_lead(metric.lower())[1]  # the pace words are written lower-case

    def _institution_place(self, entities: list[Span], opening: int) -> tuple[str | None, bool]:
        """In a document that names no country or city, the one country whose national
        bodies it names ("the Commerce Department" -> United States), and whether one is
        named before ``opening``; (None, False) otherwise."""
        if any(e.label_ in COUNTRY_LABELS and self._named_place(e) for e in entities):
            return None, False
        found = [
            (place, e.start < opening)
            for e in entities
            if (place := self._doc.bodies.get(self._canonical(e))) is not None
        ]
        doc = self._doc.doc
        if doc is not None and self.institution_names is not None:
            # a body's name the model did not tag ("... reported figure: Bangladesh Bank" in
            # a headline), found as written
            opening_char = doc[opening].idx if opening < len(doc) else len(doc_text(doc))
            found += [
                (self.institution_places[m.group(0)], m.start() < opening_char)
                for m in self.institution_names.finditer(doc_text(doc))
            ]
        if len({place for place, _ in found}) != 1:
            return None, False
        return found[0][0], any(early for _, early in found)

    def _preferred_currencies(self, entities: list[Span]) -> list[str]:
        counts = Counter(
            self.place_currency[name]
            for e in entities
            if (name := self._currency_place(e)) is not None
        )
        return [code for code, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]

    def _per_unit(self, doc: Doc, tokens: set[int], end: int) -> list[str]:
        """The words of the unit a measure is counted per, written right after the lexicon's
        mention that ends at ``end`` ("GDP per capita"), lower-cased; [] for none."""
        after = sorted(i for i in tokens if i >= end)
        if not after or after[0] != end or doc[end].lower_ not in self.lexicon.per_prepositions:
            return []
        return [doc[i].lower_ for i in after]

    def _currency_place(self, entity: Span) -> str | None:
        """The place of ``place_currency`` an entity names: its own name, or for an
        organisation the country of the nationality its name opens with ("Philippine House
        of Representatives", "Nigerian Senate"); None for any other."""
        name = self._canonical(entity)
        if name in self.place_currency:
            return name
        if entity.label_ != ORG_LABEL:
            return None
        country = self._nation_of(entity.text)
        return country if country in self.place_currency else None

    def _same_period(self, sent: Span) -> bool:
        """Whether ``sent`` says its figures are of the period just set ("during the same
        period"), read once per sentence."""
        found = self._doc.same_period.get(sent.start)
        if found is None:
            found = self.period_words.same_period([t.lower_ for t in sent])
            self._doc.same_period[sent.start] = found
        return found

    def _nationality_lead(self, measure: str) -> tuple[str, str] | None:
        """The country of the nationality a measure opens with, and the nationality's words
        ("Russian economic growth": Russia, "Russian"), or None; a country's own name
        ("Russia GDP") is a holder the frame reads itself, and a nationality that opens a
        name ("Australian Open finals", capitalised words after it) names no holder."""
        words = measure.split()
        for country, n in self._leading_nationalities(words):
            written, after = " ".join(words[:n]), words[n]
            if written != country and (
                self._doc.labels.get(written) != COUNTRY_LABEL
            ) and not (after[:1].isupper() and not after.isupper()):
                return country, written
        return None

    def _leading_nationalities(self, words: list[str]) -> Iterator[tuple[str, int]]:
        """The countries the first words of ``words`` name as a nationality or a place, with
        how many words name each, the longest first; a last word is never one of them."""
        for n in range(min(NATIONALITY_WORDS, len(words) - 1), 0, -1):
            country = self.aliases.get(" ".join(words[:n]))
            if country is not None:
                yield country, n

    def _nation_of(self, name: str) -> str | None:
        """The country of the nationality an organisation's name opens with ("THE Philippine
        House of Representatives", "the Nigerian Senate"), or None."""
        words = name.split()
        if words and words[0].lower() in self.lexicon.dropped_words:
            words = words[1:]
        return next((country for country, _ in self._leading_nationalities(words)), None)

    def _cue(self, span: Span, cues: list[tuple[int, int, str]]) -> str | None:
        """The modality cue nearest the figure among its sentence's ``cues`` (before it, or
        just after)."""
        best: tuple[int, int, str] | None = None
        for start, end, group in cues:
            if end <= span.start:
                distance = span.start - end
            elif start >= span.end and start - span.end < self.after_window:
                distance = start - span.end
            else:
                continue
            rank = (distance, self.priority.index(group))
            if best is None or rank < best[:2]:
                best = (*rank, group)
        return best[2] if best is not None else None


def _title_after_name(doc: Doc, start: int) -> bool:
    """Whether the name starting at token ``start`` runs on into a capitalised word it
    leaves out ("Trade" of "Iraq's Trade Minister Mohammed Mustafa al-Jibouri"): a title,
    no organisation's whole name."""
    end = start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end < len(doc) and doc[end].is_title


def describing_nouns(tokens: Span) -> bool:
    """Whether ``tokens`` are only lower-case nouns (any lower-case words where the model
    gave no tags), as between a nationality and the name it describes ("French
    conglomerate Bouygues")."""
    return all(
        token.is_lower and (not token.tag_ or token.tag_.startswith(NOUN_TAG))
        for token in tokens
    )


def initials(name: str) -> str:
    """The initials of a name's capitalised words ("the London Stock Exchange": "LSE")."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def words_before(span: Span, sent: Span, count: int) -> list[str]:
    """The lower-case words (no white space) among the ``count`` before ``span`` in its
    sentence ``sent``, in text order."""
    return [token.lower_ for token in tokens_before(span, sent, count)]


def tokens_before(span: Span, sent: Span, count: int) -> list[Token]:
    """The ``count`` tokens (no white space) before ``span`` in its sentence ``sent``, in
    text order."""
    doc = span.doc
    before: list[Token] = []
    at = span.start - 1
    while at >= sent.start and len(before) < count:
        if not doc[at].is_space:
            before.append(doc[at])
        at -= 1
    before.reverse()
    return before


class LastMeasure(NamedTuple):
    """The last figure that named its measure: its sentence number, measure, metric, facet,
    direction, whether it is a change on a year earlier, and its holder (what "the figure"
    and a bare pace after it refer to)."""

    sentence: int
    measure: str
    metric: str
    facet: str | None
    direction: str | None
    year_on_year: bool = False  # a change said to be on a year earlier
    entity: str | None = None  # its holder, when named or resolved (not guessed)


@dataclass(slots=True)
class DocumentState:
    """What the frame component has learnt of the document it is reading: made afresh for
    each document, so nothing carries from one to the next."""

    merged: dict[str, str] = field(default_factory=dict)  # a name's form -> the name met
    bodies: dict[str, str] = field(default_factory=dict)  # a national body -> its country
    headline: set[str] = field(default_factory=set)  # names in the opening lines
    starts: list[int] = field(default_factory=list)  # where the named mentions start
    first_seen: dict[str, int] = field(default_factory=dict)  # each name's first token
    labels: dict[str, str] = field(default_factory=dict)  # each name's entity label
    # the kind a holder noun right before a name anywhere gives each of its mentions, by
    # where the mention starts ("supermarket group Morrisons")
    described: dict[int, str] = field(default_factory=dict)
    topic_metric: str | None = None  # what the opening lines' figures measure
    # The sentence number and metric of the last named percentage change.
    last_change: tuple[int, str] | None = None
    last_amount: tuple[int, str] | None = None  # the last amount's sentence and stated metric
    # the last change's sentence and metric, however it was found
    sentence_change: tuple[int, str, str | None, str | None] | None = None  # and its holder
    number: int = -1  # the written number of the sentence being read
    opening_end: int = 0  # the token where the opening lines end
    # capitalised words inside sentences, read when first asked for
    names_inside: set[str] | None = None
    doc: Doc | None = None  # the document itself
    # each token's TOKEN_ATTRS (word, lemma, part of speech, tag, spacing), read when first
    # asked for
    words: list[list[int]] | None = None
    sentences: SentenceIndex | None = None  # the document's sentences, by token
    own_names: dict[tuple[int, int, str], str] = field(default_factory=dict)  # by span
    untagged: list[str] = field(default_factory=list)  # holders the model did not tag
    not_names: frozenset[str] = frozenset()  # words the rules say are no names ("IPO")
    not_name_tokens: frozenset[int] = frozenset()  # their tokens
    # holder nouns the document writes with a place before them ("the European economy"):
    # (token start, noun lemma, the place's canonical name, the label it counts as)
    places_described: list[tuple[int, str, str, str]] = field(default_factory=list)
    datelines: frozenset[int] = frozenset()  # the tokens of datelines ("LONDON (dpa-AFX) -")
    # whether a sentence, by its start, says its figures are of the period just set
    same_period: dict[int, bool] = field(default_factory=dict)
    dominant_place: str | None = None
    # whether the document names no place but national bodies of one country only ("the
    # Commerce Department"): that country is what its statistics are of
    place_by_body: bool = False
    main: str | None = None  # the document's main subject
    # The paragraph and name of the last figure whose holder was named or resolved.
    paragraph_holder: tuple[int, str] | None = None
    goods: str | None = None  # the traded good whose price was last named
    sources: set[int] = field(default_factory=set)  # where the figures' named sources start
    # The sentence number, measure and metric of the last figure that named its measure.
    last_measure: LastMeasure | None = None
    record_index: dict[int, int] = field(default_factory=dict)  # each span's record, by start
    parsed: ParseIndex | None = None  # the arcs of the figure sentences
    lede: Span | None = None  # the organisation the story's first lines open on
    # each organisation's country, as the document says it (None: unsaid)
    org_countries: dict[str, str | None] = field(default_factory=dict)


class ParseIndex:
    """The arcs ``claimx_figure_parser`` left in ``doc._.claimx_parse``, by token."""

    def __init__(self, rows: list[list[Any]] | None) -> None:
        self.rows = sorted((int(r[0]), int(r[1]), r[2], r[3]) for r in rows or [])
        self.starts = [row[0] for row in self.rows]

    def _row(self, i: int) -> tuple[int, int, list[int], list[str]] | None:
        at = bisect_left(self.starts, i + 1) - 1
        if at < 0:
            return None
        row = self.rows[at]
        return row if row[0] <= i < row[1] else None

    def covers(self, start: int, end: int) -> bool:
        """Whether tokens ``start``..``end`` were all parsed (in one stretch)."""
        row = self._row(start)
        return row is not None and end <= row[1]

    def passive_agent(self, entity: Span) -> bool:
        """Whether ``entity`` is the agent of a passive verb ("Analysts surveyed by
        Reuters", "a poll conducted by ICM"), as the parse of its sentence tells (False in a
        sentence not parsed): who carried out what the sentence reports, not what a later
        "the bank" or "the company" refers to."""
        if not self.covers(entity.start, entity.end):
            return False
        for i in range(entity.start, entity.end):
            head, dep = self.arc(i)
            if not entity.start <= head < entity.end:
                return dep == "pobj" and head != i and self.arc(head)[1] == "agent"
        return False

    def names_a_thing(self, entity: Span, owned: Container[str]) -> bool:
        """Whether ``entity`` qualifies a noun as its compound ("whose Windows operating
        system still runs on 90 percent of the world's computers"): a product, brand or
        system so named, not the holder a later "the software maker" refers to (False in a
        sentence not parsed, and for a place, which holds what it qualifies, or a name of
        one of ``owned``, what an organisation is, owns or is marked by: "the merged
        Gazprom-Rosneft group" is the group, "$128 per Monsanto share" and "BHP
        shareholders" are the firm's)."""
        if entity.label_ in GEOGRAPHIC_LABELS or not self.covers(entity.start, entity.end):
            return False  # "the US stock market ... it rose by 20%": a place holds it
        for i in range(entity.start, entity.end):
            head, dep = self.arc(i)
            if not entity.start <= head < entity.end:
                word = entity.doc[head]
                return dep == "compound" and head != i and not any(
                    form in owned for form in (word.lemma_.lower(), word.lower_)
                )
        return False

    def root_of(self, entity: Span) -> int | None:
        """The token of ``entity`` whose head lies outside it (or that heads its sentence),
        in a parsed sentence; None if it has none."""
        return next((i for i in range(entity.start, entity.end)
                     if not entity.start <= (head := self.arc(i)[0]) < entity.end or head == i),
                    None)

    def subject(self, entity: Span) -> bool:
        """Whether ``entity``, in a parsed sentence, is its clause's subject or the
        possessor of the subject ("Tesco's sales fell")."""
        root = self.root_of(entity)
        if root is None:
            return False
        head, dep = self.arc(root)
        if dep == "poss" and head != root and self.covers(head, head + 1):
            dep = self.arc(head)[1]
        return dep in SUBJECT_ARCS

    def relative_antecedent(self, entity: Span) -> int | None:
        """The noun whose relative clause ``entity`` stands in, in a parsed sentence ("The
        firm, which is to receive a payment from Chelsea, said ...": firm), else None."""
        if not self.covers(entity.start, entity.end):
            return None
        node = self.root_of(entity)
        if node is None:
            return None
        for _ in range(RELATIVE_REACH):
            head, dep = self.arc(node)
            if dep == "relcl":
                return head
            if head == node:
                return None
            node = head
        return None

    def arc(self, i: int) -> tuple[int, str]:
        row = self._row(i)
        assert row is not None
        return int(row[2][i - row[0]]), str(row[3][i - row[0]])


def parsed_sentences(doc: Doc) -> ParseIndex:
    """The parse of ``doc``'s figure sentences (empty without a parser)."""
    rows = doc._.claimx_parse if Doc.has_extension("claimx_parse") else None
    return ParseIndex(rows)


def merge_names(
    mentions: list[tuple[int, str, str]], titles: frozenset[str]
) -> dict[str, str]:
    """Within one document, each organisation or person name whose words (titles such as
    "Mr" left out) are a part of an earlier name's, or hold all of them, maps to that
    earlier name: ("Skis Rossignol", "Rossignol"), ("Tony Blair", "Mr Blair"), ("Yukos",
    "Yukos oil firm"). ``mentions`` are (token start, label, name)."""
    merged: dict[str, str] = {}
    seen: list[tuple[str, str, frozenset[str]]] = []
    for _, label, name in sorted(mentions):
        if label not in MERGED_LABELS or name in merged:
            continue
        words = frozenset(w for w in name.lower().split() if w not in titles)
        target = name
        for earlier, earlier_label, earlier_words in seen:
            if earlier_label == label and words and (
                words <= earlier_words or earlier_words <= words
            ):
                target = merged.get(earlier, earlier)
                break
        merged[name] = target
        seen.append((name, label, words))
    return merged


def one_kind_per_name(ents: list[Span]) -> list[Span]:
    """``ents`` with a one-word name that the model tags both as a person and as an
    organisation in one document taken for an organisation throughout, unless the document
    writes it as part of a person's longer name ("Yukos" is a person 13 times and an
    organisation once; "Blair" after "Tony Blair" stays a person). A person in news is
    introduced with a full name; a firm is not."""
    kinds: dict[str, set[str]] = {}
    full_names: set[str] = set()
    for e in ents:
        if len(e) == 1:
            kinds.setdefault(e.text, set()).add(e.label_)
        elif e.label_ == PERSON_LABEL:
            full_names.update(t.text for t in e)
    firms = {
        name for name, labels in kinds.items()
        if {PERSON_LABEL, ORG_LABEL} <= labels and name not in full_names
    }
    if not firms:
        return ents
    return [
        Span(e.doc, e.start, e.end, label=ORG_LABEL, kb_id=e.kb_id, span_id=e.id)
        if e.label_ == PERSON_LABEL and len(e) == 1 and e.text in firms else e
        for e in ents
    ]


def not_in_metrics(spans: list[Span], metrics: list[Span]) -> list[Span]:
    """``spans`` without the names inside a metric of the lexicon: "Nonfarm" of "Nonfarm
    payrolls", which the model may tag as an organisation, names the measure, not a holder."""
    if not metrics:
        return spans
    covered = {i for metric in metrics for i in range(metric.start, metric.end)}
    return [
        span for span in spans
        if span.label_ not in ENTITY_LABELS
        or not all(i in covered for i in range(span.start, span.end))
    ]


def whole_names(ents: list[Span]) -> list[Span]:
    """``ents`` with a name of several words that the model tags whole somewhere in the
    document taken whole wherever it is written, where the model split it into shorter
    names or left part of it untagged ("UK Coal" once an organisation, elsewhere "UK" a
    place and "Coal" an organisation): a name means one thing throughout a document."""
    names: dict[tuple[str, ...], str] = {}
    for e in ents:
        if len(e) > 1 and e.label_ in MERGED_LABELS:
            names.setdefault(tuple(t.text for t in e), e.label_)
    if not names:
        return ents
    doc = ents[0].doc
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(names, key=len, reverse=True):
        by_first.setdefault(words[0], []).append(words)
    merged: list[Span] = []
    at = 0
    while at < len(ents):
        e = ents[at]
        whole = next(
            (
                words for words in by_first.get(e[0].text, ())
                if len(words) > len(e) and e.label_ in PROPAGATED_LABELS
                and e.start + len(words) <= len(doc)
                and all(doc[e.start + k].text == w for k, w in enumerate(words))
            ),
            None,
        )
        if whole is not None:
            end = e.start + len(whole)
            inside = at
            while inside < len(ents) and ents[inside].start < end:
                inside += 1
            if all(
                x.end <= end and x.label_ in PROPAGATED_LABELS for x in ents[at:inside]
            ) and (end == len(doc) or not doc[end].text[:1].isupper()):
                merged.append(Span(doc, e.start, end, label=names[whole]))
                at = inside
                continue
        merged.append(e)
        at += 1
    return merged


def covered(doc: Doc, spans: list[Span]) -> bytearray:
    """One byte per token of ``doc``: 1 where one of ``spans`` covers it."""
    taken = bytearray(len(doc))
    for span in spans:
        taken[span.start : span.end] = b"\1" * len(span)
    return taken


def named_again(doc: Doc, chosen: list[Span], entities: list[Span]) -> list[Span]:
    """``entities`` and the other places in ``doc`` where a name they hold is written again,
    inside a sentence, with no span of its own: the model tags a name in one sentence and
    misses it in the next ("For Telewest it is the beginning of a £20m investment"). Only
    names tagged at least twice; each takes the label the name has most often (ties: the
    first); nationality adjectives and words that open a sentence are left out."""
    labels: dict[tuple[str, ...], Counter[str]] = {}
    for e in entities:
        if e.label_ in PROPAGATED_LABELS and e[0].text[:1].isupper():
            labels.setdefault(tuple(t.text for t in e), Counter())[e.label_] += 1
    # A name the model tagged once may be its slip ("PE", "Olympic"); twice, it is a name.
    labels = {words: counts for words, counts in labels.items() if counts.total() >= 2}
    if not labels:
        return entities
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(labels, key=len, reverse=True):
        by_first.setdefault(words[0], []).append(words)
    taken = covered(doc, chosen)
    found = []
    # Only the tokens that open a tagged name are looked at (read off the ORTH array).
    strings = doc.vocab.strings
    firsts = {strings.add(word) for word in by_first}
    orths = doc.to_array(ORTH)
    for i in (i for i, orth in enumerate(orths.tolist()) if orth in firsts):
        token = doc[i]
        candidates = by_first.get(token.text)
        if candidates is None or taken[token.i] or token.is_sent_start:
            continue
        for words in candidates:
            end = token.i + len(words)
            if (
                end <= len(doc)
                and not any(taken[token.i : end])
                and all(doc[k].text == w for k, w in zip(range(token.i, end), words, strict=True))
                and (end == len(doc) or not doc[end].text[:1].isupper())  # no longer name
            ):
                label = labels[words].most_common(1)[0][0]
                found.append(Span(doc, token.i, end, label=label))
                taken[token.i : end] = b"\1" * len(words)
                break
    return sorted([*entities, *found], key=lambda e: (e.start, e.end)) if found else entities


def opening_end(
    sentences: SentenceIndex, length: int, count: int, datelines: AbstractSet[int] = frozenset()
) -> int:
    """The token where a document's opening lines end: its first ``count`` sentences (a
    byline or page counter above the headline, the headline, the lede), a dateline that
    opens a line (token indices ``datelines``: "ANKARA -" of "ANKARA-Anadolu Agency") not
    counted: it is part of its line."""
    end, counted = 0, 0
    while counted < count and end < length:
        counted += end not in datelines
        end = sentences.bounds(end)[1]
    return end


def title_case(
    sent: Span, min_words: int, share: float, names: AbstractSet[int] = frozenset()
) -> bool:
    """Whether ``sent`` is a headline in title case ("IT Exports Surge to $4.6 Billion"):
    at least ``min_words`` words, ``share`` of them capitalised, not counting the words of
    ``names`` (token indices of the measures the rules spell out in title case, which any
    sentence may capitalise: "Ireland's Gross Domestic Product (GDP) expanded by 7.8%" is no
    headline), unless they are all it has. The parser reads such a sentence as a string of
    names, so it takes the rules frame."""
    words = [t for t in sent if t.is_alpha]
    if len(words) < min_words:
        return False
    words = [t for t in words if t.i not in names] or words
    capitals = sum(1 for t in words if t.text[0].isupper())
    return capitals >= share * len(words)


def adjective(span: Span) -> bool:
    """Whether a nationality word qualifies a noun after it ("Iranian bloggers", "the
    Australian economy"); without tags, whether a word follows at all."""
    doc = span.doc
    if span.end >= len(doc) or not doc[span.end].is_alpha:
        return False
    pos = doc[span.end].pos_
    return pos in ("NOUN", "PROPN", "ADJ") or not pos


def mention(span: Span, name: str | None) -> Mention:
    return Mention(span.start, span.end, span.label_, name, span.id_ or None)


def story_source(
    doc: Doc, names: list[tuple[int, int, str]], opening: int,
    evidence: frozenset[str], owners: frozenset[str], reach: int,
    possessives: Sequence[str],
) -> str | None:
    """The owner of the survey, poll or list a document reports as a whole: when its
    opening lines (tokens before ``opening``) speak of one of ``evidence`` ("Teenagers
    questioned for a survey ..."), the first of ``names`` (token start, end, canonical
    name) that the document writes as such a thing's owner: right before it ("The ICM
    survey"), its possessor at most ``reach`` words before it with only words that are no
    stop words between ("Rolling Stone's annual list"; ``possessives``: the possessive
    endings), or after one of ``owners`` right after it ("a survey by the CBI"). None for
    any other document."""
    def evidence_at(i: int) -> bool:
        word = doc[i].lower_
        return word in evidence or (word.endswith("s") and word[:-1] in evidence)

    if not any(evidence_at(i) for i in range(min(opening, len(doc)))):
        return None
    ends = {end: name for _, end, name in names}
    starts = {start: name for start, _, name in names}
    for i in range(len(doc)):
        if not evidence_at(i):
            continue
        if i in ends:
            return ends[i]  # "The ICM survey", "a BBC poll"
        for end in range(i - 1, max(i - reach, 0) - 1, -1):
            # "Rolling Stone's annual list": a possessor, then at most ``reach`` words
            # ("Black Sabbath top rock album poll" names the list's winner, not its owner)
            if end in ends and end > 0 and doc[end - 1].lower_ in possessives:
                return ends[end]  # the name ends with its possessive
            if doc[end].lower_ in possessives:
                return ends.get(end)
            if doc[end].is_punct or doc[end].lower_ in STOP_WORDS:
                break
        if i + 1 < len(doc) and doc[i + 1].lower_ in owners:
            for start in (i + 2, i + 3):  # "by ICM", "by the CBI"
                if start in starts:
                    return starts[start]
    return None


def base_record(span: Span, sent: Span) -> dict[str, Any]:
    """Offsets, sentence (``sent``, the sentence holding the span) and provenance of a
    span, as plain data."""
    return {
        "label": span.label_,
        "kind": KINDS.get(span.label_, "entity"),
        "start": span.start_char,
        "end": span.end_char,
        "sentence_start": sent.start_char,
        "sentence_end": sent.end_char,
        "rule_id": span.id_ or None,
    }


class Penalties(NamedTuple):
    """What :func:`nearest` adds to a distance in tokens (rules/frame.json ``limits``): a
    span to the right (a measure is usually named before its figure: "exports rose to
    $4bn"), a span across clause punctuation."""

    right: int
    clause: int


class NounReach(NamedTuple):
    """How far :func:`counted_noun` looks for a count's noun, and, without tags, the word
    endings that start a new phrase (rules/frame.json ``noun_phrase_max``,
    ``participle_suffixes``)."""

    words: int
    participle_suffixes: tuple[str, ...]
    units: frozenset[str] = frozenset()  # a unit of measure is the whole noun: "160GB"
    bases: frozenset[tuple[str, ...]] = frozenset()  # "year-on-year" counts nothing


def unclaimed(figure: Span, metrics: list[Span], figures: list[Span]) -> list[Span]:
    """``metrics`` less those written between ``figure`` and the next figure of its
    sentence: that figure's measure ("it was down by 2.1% while GNP increased by 1.3%": GNP
    is the 1.3%'s, not the 2.1%'s)."""
    following = [f.start for f in figures if f.start >= figure.end and f.label_ not in UNSET_LABELS]
    if not following:
        return metrics
    next_figure = min(following)
    # the figure's own noun right after it stays ("a landmark $206bn settlement reached with
    # 46 states")
    return [m for m in metrics if m.start <= figure.end or m.start >= next_figure]


def nearest(
    anchor: Span,
    others: list[Span],
    window: int,
    penalties: Penalties,
    max_distance: int | None = None,
) -> Span | None:
    """The span closest to ``anchor`` in tokens, preferring the left and the same clause.

    Distances to the right and across clause punctuation carry a penalty; a span further
    than ``max_distance`` (penalties included) is not attached at all, and none starting
    more than ``window`` tokens away is looked at (``others`` are in text order), so a
    sentence of any length costs linear time."""
    best: tuple[int, int, Span] | None = None
    doc = anchor.doc
    starts = [other.start for other in others]
    low = bisect_left(starts, anchor.start - window)
    high = bisect_left(starts, anchor.end + window)
    for other in others[low:high]:
        if other.start < anchor.end and anchor.start < other.end:
            continue
        if other.end <= anchor.start:
            gap = range(other.end, anchor.start)
            distance = anchor.start - other.end
        else:
            gap = range(anchor.end, other.start)
            distance = other.start - anchor.end + penalties.right
        if any(doc[i].text in CLAUSE_BREAKS for i in gap):
            distance += penalties.clause
        if max_distance is not None and distance > max_distance:
            continue
        if best is None or (distance, other.start) < best[:2]:
            best = (distance, other.start, other)
    return best[2] if best is not None else None


def resolve_metrics(metrics: list[Span]) -> dict[int, str]:
    """Canonical metric per mention; a generic one takes the document's specific form.

    "exports" in a document that mostly says "IT exports" means IT exports: a metric id
    that is the last word(s) of other ids found in the same document resolves to the most
    frequent of those (ties: the first seen).
    """
    ids = [m.id_ or m.text.lower() for m in metrics]
    counts = Counter(ids)
    first = {name: i for i, name in reversed(list(enumerate(ids)))}
    resolves_to: dict[str, str] = {}
    for metric in counts:
        specific = [other for other in counts if other != metric and other.endswith(" " + metric)]
        resolves_to[metric] = (
            max(specific, key=lambda name: (counts[name], -first[name])) if specific else metric
        )
    return {
        mention.start: resolves_to[metric]
        for mention, metric in zip(metrics, ids, strict=True)
    }


def counted_noun(span: Span, sent: Span, tagged: bool, reach: NounReach) -> str | None:
    """The noun phrase a count counts ("over 600,000 skilled tech professionals" -> "tech
    professionals"); None when no noun follows, which means the number is not a count claim.
    ``sent`` is the sentence holding the count; ``tagged``: whether the document has
    part-of-speech tags; ``reach``: how far to look, and the endings of a participle."""
    doc = span.doc
    words: list[Any] = []
    for token in doc[span.end : min(span.end + reach.words, sent.end)]:
        if token.is_punct or token.is_space or token.like_num or token.ent_type_ in FIGURE_LABELS:
            break
        if tagged:
            if token.pos_ not in ("ADJ", "NOUN", "PROPN"):
                break
        elif token.text in STOP_WORDS or not token.is_alpha:  # "IT" is a noun, "it" is not
            break
        elif words and token.lower_.endswith(reach.participle_suffixes):
            break  # untagged, a participle after the noun starts a new phrase ("entering")
        words.append(token)
    if tagged:
        while words and words[-1].pos_ not in ("NOUN", "PROPN"):
            words.pop()
        # Evaluative adjectives ("skilled", "consecutive") qualify rather than name the unit.
        while len(words) > 1 and words[0].pos_ == "ADJ":
            words.pop(0)
    if not words:
        return None
    first, lower = words[0].i, words[0].lower_
    if any(
        phrase[0] == lower
        and tuple(t.lower_ for t in doc[first : first + len(phrase)]) == phrase
        for phrase in reach.bases
    ):
        return None  # "rose from 64.5 million to 65.6 million year-on-year": no years
    return unit_first(" ".join(token.text for token in words), reach.units)


def unit_first(noun: str | None, units: frozenset[str]) -> str | None:
    """A counted noun phrase that opens with a unit of measure is that unit ("GB hard
    drive" -> "GB": a 160GB hard drive is 160 gigabytes, not 160 drives)."""
    first = noun.split(" ", 1)[0] if noun else None
    return first if first is not None and first.lower() in units else noun
