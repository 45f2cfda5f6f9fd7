"""``claimx_frame``: what each figure is about, from the sentence around it.

For every span in ``doc.ents`` it writes one plain dict to ``doc._.claimx_figures``: kind,
offsets, sentence bounds, the rule that made it, and for figures the frame: the metric
(nearest metric mention in the sentence, preferring the left), the entity (nearest named
entity, else the document's most mentioned place or organisation when a metric was found),
the scoping date (nearest date in the sentence), the modality cue, and for counts the counted
noun phrase. Values are normalized later, outside spaCy (``claimx.claims``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from pathlib import Path
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from claimx.components.figures import ENTITY_LABELS, FIGURE_LABELS, METRICS_KEY, chosen_spans
from claimx.components.sentences import SentenceIndex, SpansBySentence
from claimx.resources import read_table, resolve_rules_dir

KINDS = {
    "MONEY": "money", "PERCENT": "percent", "QUANTITY": "quantity", "DATE": "date",
    "NUMBER": "number",  # a bare number: recorded, never a claim
}
# Tokens that end a clause: a metric or date across one of them belongs to another statement.
CLAUSE_BREAKS = frozenset({";", ":", "—", "–", "(", ")"})
RIGHT_PENALTY = 3  # metric names usually come before the figure ("exports rose to $4bn")
CLAUSE_PENALTY = 6
NOUN_PHRASE_MAX = 4
PLACE_LABELS = frozenset({"GPE", "ORG", "LOC"})


@Language.factory("claimx_frame", default_config={"rules_dir": None})
def make_framer(nlp: Language, name: str, *, rules_dir: str | None) -> Framer:
    """Factory: cue words come from the rules folder's frame.json."""
    return Framer(nlp, name, rules_dir=resolve_rules_dir(rules_dir))


class Framer:
    """Attach metric, entity, time and modality cues to each figure."""

    def __init__(self, nlp: Language, name: str, *, rules_dir: Path) -> None:
        self.name = name
        table = read_table(rules_dir, "frame")
        self.priority: list[str] = table["priority"]
        self.after_window: int = table["after_window"]
        self.max_metric_distance: int = table["max_metric_distance"]
        self.dominant_share: float = table["dominant_entity"]["min_share"]
        self.dominant_mentions: int = table["dominant_entity"]["min_mentions"]
        self.deadline_words = frozenset(table["deadline_words"])
        self.aliases: dict[str, str] = table["entity_aliases"]
        self.place_currency: dict[str, str] = table["place_currency"]
        self.cues = PhraseMatcher(nlp.vocab, attr="LOWER")
        for group, phrases in sorted(table["modality"].items()):
            self.cues.add(group, [nlp.make_doc(phrase) for phrase in phrases])

    def __call__(self, doc: Doc) -> Doc:
        ents = chosen_spans(doc)
        figures = [e for e in ents if e.label_ in FIGURE_LABELS]
        entities = [e for e in ents if e.label_ in ENTITY_LABELS]
        metrics = list(doc.spans[METRICS_KEY]) if METRICS_KEY in doc.spans else []
        resolved = resolve_metrics(metrics)
        cues = sorted(
            (start, end, doc.vocab.strings[key]) for key, start, end in self.cues(doc)
        )
        cue_starts = [start for start, _, _ in cues]
        dominant = self._dominant_entity(entities)
        prefer = self._preferred_currencies(entities)
        # Looked up per sentence: a long document has many figures and many sentences.
        sentences = SentenceIndex(doc)
        metrics_in = SpansBySentence(metrics)
        entities_in = SpansBySentence(entities)
        dates_in = SpansBySentence(f for f in figures if f.label_ == "DATE")
        tagged = doc.has_annotation("POS")
        records: list[dict[str, Any]] = []
        date_index = {e.start: i for i, e in enumerate(ents) if e.label_ == "DATE"}
        for span in ents:
            sent = sentences.sent(span)
            record = base_record(span, sent)
            record["canonical"] = self._canonical(span) if span.label_ in ENTITY_LABELS else None
            if span.label_ in FIGURE_LABELS and span.label_ != "DATE":
                metric = nearest(span, metrics_in.inside(sent), self.max_metric_distance)
                noun = counted_noun(span, sent, tagged) if span.label_ == "QUANTITY" else None
                entity = nearest(metric or span, entities_in.inside(sent))
                date = nearest(span, dates_in.inside(sent))
                in_sentence = cues[
                    bisect_left(cue_starts, sent.start) : bisect_left(cue_starts, sent.end)
                ]
                record.update(
                    # A count measures what it counts: "30,000 IT graduates".
                    metric=noun or (resolved[metric.start] if metric is not None else None),
                    # The document's main subject stands in for "the country's exports", but
                    # never for a percentage, whose subject is too often another party's.
                    entity=self._canonical(entity) if entity is not None else (
                        dominant
                        if (metric is not None or noun) and span.label_ != "PERCENT"
                        else None
                    ),
                    time_index=date_index[date.start] if date is not None else None,
                    deadline=date is not None and date.start > 0
                    and doc[date.start - 1].lower_ in self.deadline_words,
                    cue=self._cue(span, in_sentence),
                    cues=sorted({text for _, _, text in in_sentence}),
                    noun_phrase=noun,
                    prefer=prefer,
                )
            records.append(record)
        doc._.claimx_figures = records
        return doc

    def _canonical(self, span: Span) -> str:
        if span.id_:
            return span.id_
        text = " ".join(span.text.split())
        if text.lower().startswith("the "):
            text = text[4:]
        text = text.removesuffix("’s").removesuffix("'s")
        return self.aliases.get(text, text)

    def _dominant_entity(self, entities: list[Span]) -> str | None:
        """The place or organisation the document is about, if one clearly dominates.

        The most mentioned (ties: the first mentioned), provided it has at least
        ``min_mentions`` mentions and ``min_share`` of all place and organisation mentions.
        """
        names = [self._canonical(e) for e in entities if e.label_ in PLACE_LABELS]
        names += [self.aliases[e.text] for e in entities if e.text in self.aliases]
        if not names:
            return None
        counts = Counter(names)
        first = {name: i for i, name in reversed(list(enumerate(names)))}
        top = max(counts, key=lambda name: (counts[name], -first[name]))
        if counts[top] < self.dominant_mentions or counts[top] < self.dominant_share * len(names):
            return None
        return top

    def _preferred_currencies(self, entities: list[Span]) -> list[str]:
        counts = Counter(
            self.place_currency[name]
            for e in entities
            if (name := self._canonical(e)) in self.place_currency
        )
        return [code for code, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]

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


def nearest(anchor: Span, others: list[Span], max_distance: int | None = None) -> Span | None:
    """The span closest to ``anchor`` in tokens, preferring the left and the same clause.

    Distances to the right and across clause punctuation carry a penalty; a span further
    than ``max_distance`` (penalties included) is not attached at all.
    """
    best: tuple[int, int, Span] | None = None
    doc = anchor.doc
    for other in others:
        if other.start < anchor.end and anchor.start < other.end:
            continue
        if other.end <= anchor.start:
            gap = range(other.end, anchor.start)
            distance = anchor.start - other.end
        else:
            gap = range(anchor.end, other.start)
            distance = other.start - anchor.end + RIGHT_PENALTY
        if any(doc[i].text in CLAUSE_BREAKS for i in gap):
            distance += CLAUSE_PENALTY
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


def counted_noun(span: Span, sent: Span, tagged: bool) -> str | None:
    """The noun phrase a count counts ("over 600,000 skilled tech professionals" -> "tech
    professionals"); None when no noun follows, which means the number is not a count claim.
    ``sent`` is the sentence holding the count; ``tagged``: whether the document has
    part-of-speech tags."""
    doc = span.doc
    words: list[Any] = []
    for token in doc[span.end : min(span.end + NOUN_PHRASE_MAX, sent.end)]:
        if token.is_punct or token.is_space or token.like_num or token.ent_type_ in FIGURE_LABELS:
            break
        if tagged:
            if token.pos_ not in ("ADJ", "NOUN", "PROPN"):
                break
        elif token.text in STOP_WORDS or not token.is_alpha:  # "IT" is a noun, "it" is not
            break
        elif words and token.lower_.endswith(("ing", "ed")):
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
    return " ".join(token.text for token in words)
