"""What a figure is about, read from its sentence's dependency parse.

:func:`read_frame` takes one figure of a parsed :class:`~claimx.frame.syntax.Sentence` and
returns its :class:`Frame`: the measure (the noun phrase the figure quantifies, or the
subject or object of the figure's predicate), the holder (possessor, modifier or clause
subject), the source of the statement, the date that scopes it, its facet (level, change,
baseline, new level, share) and the modality cue of its own clause. Every word list comes
from rules/frame.json (:class:`FrameLexicon`); nothing here imports spaCy.

The walk starts at the figure's root token and climbs through the few arcs that link a
figure to what it measures:

- ``pobj`` of a preposition: "profit of $600m" (the noun), "rose to $9bn" (the verb's
  subject: ``to`` marks a new level, ``from`` a baseline, ``by`` a change);
- ``attr``/``dobj``/``npadvmod`` of a verb: "exports were $4.6bn", "grew 1.2%", "fined
  $300,000" (a verb that is itself the measure is nominalised from the lexicon);
- ``nummod``/``amod``/``compound`` of a noun: "a $600m profit", "600,000 professionals", and
  through a change noun "a 26.4% growth" to what grew;
- ``conj``/``appos`` of another figure: the same frame as that figure.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any, cast

from claimx.frame.syntax import NOUN_POS, VERB_POS, Mention, Sentence, Tok
from claimx.rules_spec import SPECS, WORDS

FIGURE_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "DURATION"})
HOLDER_LABELS = frozenset({"GPE", "ORG", "NORP", "LOC", "PERSON"})
GEOGRAPHIC_LABELS = frozenset({"GPE", "LOC"})
SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# The arcs by which a figure or its noun is what a verb does, makes or reaches, or the
# verb's open complement ("added 18 points", "added the conversion to reach 1,000 points").
OBJECTS = frozenset({"dobj", "attr", "npadvmod", "oprd", "dative", "xcomp"})
MODIFIERS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod"})


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
    reported_modals: frozenset[str]
    conditional_marks: frozenset[str]
    status_words: Mapping[str, str]
    report_status_words: Mapping[str, str]
    report_nouns: frozenset[str]
    scope_prepositions: frozenset[str]
    dropped_words: frozenset[str]
    container_nouns: frozenset[str]
    comparison_words: frozenset[str]
    person_pronouns: frozenset[str]
    setting_nouns: frozenset[str]
    infinitive_cues: frozenset[str]
    arrival_verbs: frozenset[str]
    share_nouns: frozenset[str]
    change_nominals: Mapping[str, str]
    change_prepositions: Mapping[str, str]
    comparatives: Mapping[str, str]
    comparative_prepositions: frozenset[str]
    part_of: frozenset[str]
    amount_of: frozenset[str]
    level_prepositions: frozenset[str]
    change_of: frozenset[str]
    holder_prepositions: frozenset[str]
    place_prepositions: frozenset[str]
    relative_pronouns: frozenset[str]
    relative_possessives: frozenset[str]
    neuter_pronouns: frozenset[str]
    unit_dimensions: Mapping[str, str]
    pace_nouns: frozenset[str]
    reference_prepositions: frozenset[str]
    reference_bases: frozenset[str]
    present_words: frozenset[str]
    origin_prepositions: frozenset[str]
    institution_prepositions: frozenset[str]
    price_prepositions: Mapping[str, str]
    pace_prepositions: frozenset[str]
    pace_qualifiers: Mapping[str, str]
    recipient_verbs: frozenset[str]
    definite_determiners: frozenset[str]
    according: frozenset[str]
    speaker_pronouns: frozenset[str]

    @classmethod
    def from_table(cls, table: Mapping[str, Any]) -> FrameLexicon:
        """From the checked ``syntax`` object of frame.json, each field by the shape
        rules_spec declares for it: a list of words (``[str]``) becomes a set, a map
        (``{str}``) stays a map, and a table written by group (``{[str]}``:
        ``{"target": [words]}``) is turned round to word -> group (the first group a
        modality word is listed in wins)."""
        shapes = cast(Mapping[str, str], SPECS["frame"]["syntax"])
        values: dict[str, Any] = {}
        for field in fields(cls):
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
            else:
                values[field.name] = dict(raw)
        return cls(**values)

    def direction(self, word: str) -> str | None:
        if word in self.change_up:
            return "up"
        if word in self.change_down:
            return "down"
        return None


@dataclass(frozen=True, slots=True)
class Holder:
    """Whose measure it is: a named ``mention``, or a ``reference`` ("it", "the firm")
    that the document resolves, with the label it must have (None: any)."""

    mention: Mention | None = None
    reference: str | None = None
    wants: str | None = None
    standalone: bool = False  # a "NAME" reference that is the holder's name by itself
    unnamed: str | None = None  # a holder the sentence does not name ("the movie")


@dataclass(frozen=True, slots=True)
class Frame:
    """A figure's frame within its sentence (see the module docstring)."""

    measure: str | None
    measure_tokens: tuple[int, ...]
    measure_head: int | None
    counted: str | None  # what a count counts: the noun it numbers ("600,000 professionals")
    metric_form: str | None
    predicate: int | None
    holder: Holder | None
    source: str | None
    source_mention: Mention | None
    source_reference: Holder | None
    time: Mention | None
    facet: str
    direction: str | None
    cue: str | None
    status: str | None
    own_time: bool = False  # the clause sets its own time: "is now", "since 2013"
    qualifier: str | None = None  # how a rate of change is stated: "annualized"
    scope: str | None = None  # a place that narrows the measure: "outside United States"


@dataclass(slots=True)
class _Anchor:
    """Where the walk from the figure landed: the measure noun, the predicate, facet."""

    noun: int | None = None
    verb: int | None = None
    facet: str = "level"
    direction: str | None = None
    nominal: str | None = None  # a verb or change noun that is itself the measure
    via: Mention | None = None  # the figure whose frame this one shares (apposition)
    last_resort: str | None = None  # the measure when no noun is found ("growth")
    qualifier: str | None = None  # how a rate of change is stated ("annualized")
    object_first: bool = False  # the verb's object before its subject


def read_frame(sent: Sentence, figure: Mention, lexicon: FrameLexicon) -> Frame:
    """The frame of ``figure`` (a mention of ``sent``) from the sentence's parse."""
    root = sent.span_root(figure.start, figure.end)
    anchor = _anchor(sent, figure, root, lexicon, depth=0)
    noun = _measure_noun(sent, anchor, figure, lexicon)
    measure_tokens = _measure_tokens(
        sent, noun, figure, lexicon,
        counted=figure.label == "QUANTITY" and noun is not None and noun == anchor.noun,
    )
    head = noun if measure_tokens else None
    counted = (
        figure.label == "QUANTITY"
        and head is not None
        and head == anchor.noun
        and (
            (sent.head(root) == head and sent[root].dep in ("nummod", "amod", "compound"))
            or anchor.facet == "share"
        )
    )
    if (
        figure.label == "PERCENT"
        and anchor.facet == "level"
        and head is not None
        and sent[head].lemma.lower() in lexicon.share_nouns
    ):
        anchor.facet = "share"  # "a 70% stake", "the proportion was 62%"
    if not measure_tokens and anchor.verb is not None and anchor.nominal is None:
        # "the economy grew 1.2%": the holder's change, named from the verb.
        nominal = lexicon.change_nominals.get(sent[anchor.verb].lemma.lower())
        subject = _subject(sent, anchor.verb, lexicon)
        if nominal and subject is not None:
            lemma = sent[subject].lemma.lower()
            if lemma in lexicon.holder_nouns:
                anchor.nominal = f"{lemma} {nominal}"
    measure = _measure_text(sent, measure_tokens, anchor)
    metric_form = _metric_form(sent, measure_tokens, anchor, lexicon)
    if anchor.qualifier and metric_form and anchor.facet == "share":
        metric_form = f"{metric_form} {anchor.qualifier}"  # "man earn", "woman hold degree"
    elif anchor.qualifier and metric_form:
        metric_form = f"{anchor.qualifier} {metric_form}"
    dimension = None
    if figure.label == "QUANTITY" and head is not None:
        unit = sent[head]
        before = " ".join(sent[k].lower for k in sent.children(head, "amod", "compound")
                          if k < head)
        dimension = next(
            (lexicon.unit_dimensions[key]
             for key in (f"{before} {unit.lower}", unit.lower, unit.lemma.lower())
             if key in lexicon.unit_dimensions),
            None,
        )
    if dimension is not None and head is not None:
        # "a two-year ban", "25lb weight gain", "256MB of music", "from 18 yards": a
        # unit is no measure; the dimension of what it qualifies is.
        measure, metric_form = _dimension_of(sent, head, figure, dimension, lexicon)
    holder = _holder(sent, anchor, noun, figure, lexicon)
    scope = _scope(sent, [root, noun, anchor.verb], holder, lexicon)
    source, source_mention, source_reference = _source(sent, root, lexicon)
    cue = _cue(sent, root, lexicon)
    return Frame(
        measure=measure,
        measure_tokens=measure_tokens,
        measure_head=head,
        counted=_measure_text(sent, measure_tokens, anchor) if counted else None,
        metric_form=metric_form,
        predicate=anchor.verb,
        holder=holder,
        source=source,
        source_mention=source_mention,
        source_reference=source_reference,
        time=_time(sent, figure, root, lexicon) or (
            _time(sent, anchor.via, sent.span_root(anchor.via.start, anchor.via.end), lexicon)
            if anchor.via is not None
            else None
        ),
        facet=anchor.facet,
        direction=anchor.direction,
        cue=cue,
        status=_status(sent, root, anchor, lexicon),
        own_time=_own_time_frame(sent, root, lexicon),
        qualifier=anchor.qualifier if anchor.facet != "share" else None,
        scope=scope,
    )


def _other_figure(sent: Sentence, i: int, figure: Mention) -> Mention | None:
    found = sent.mention_at(i)
    if found is not None and found.label in FIGURE_LABELS and found != figure:
        return found
    return None


def _anchor(
    sent: Sentence, figure: Mention, root: int, lexicon: FrameLexicon, depth: int
) -> _Anchor:
    """Climb from the figure's root to the noun or predicate it measures."""
    i = root
    # "$4.6 billion" parsed as quantmod/compound inside the figure, or a figure inside a
    # larger noun phrase ("up to 300 yuan"): climb out through number modifiers.
    while sent[i].dep in ("quantmod",) and sent.head(i) != i and sent.head(i) in figure:
        i = sent.head(i)
    tok = sent[i]
    head = sent.head(i)
    if head == i:
        return _Anchor()
    parent = sent[head]
    other = _other_figure(sent, head, figure)
    if other is not None and tok.dep in ("conj", "appos") and depth < 3:
        # "$1.13bn (£600m)", "$2bn in 2004 and $1.5bn in 2003": the same frame.
        base = _anchor(sent, other, sent.span_root(other.start, other.end), lexicon, depth + 1)
        base.via = base.via or other
        return base
    share = _share_of(sent, figure, root, lexicon)
    if share is not None:
        does = _what_the_part_does(sent, root)
        if does is None and tok.dep == "pobj" and depth < 3:
            # "16% of women earn more, compared with 30% of men": the same deed.
            other = _compared_figure(sent, sent.head(head), figure) if head != i else None
            if other is not None:
                does = _what_the_part_does(sent, sent.span_root(other.start, other.end))
        return _Anchor(noun=share, facet="share", qualifier=does)
    measured = _measured_in(sent, figure, root, lexicon)
    if measured is not None:
        return _Anchor(noun=measured)
    if tok.dep == "pobj":
        return _from_preposition(sent, head, figure, lexicon, depth)
    if tok.dep == "prep" and tok.pos == "ADP":
        # "pushed prices above $50", "grossed around $91m": the hedge is the figure's own
        # preposition, and the figure the verb's object or complement.
        if parent.pos in VERB_POS and not sent.children(head, "dobj"):
            return _from_verb(sent, head, "dobj", lexicon)
        return _from_preposition(sent, i, figure, lexicon, depth)
    if tok.dep in ("nummod", "amod", "compound", "nmod", "quantmod") and parent.pos in NOUN_POS:
        return _from_noun(sent, head, figure, lexicon, depth)
    above = sent.head(head)
    if (
        tok.dep == "conj"
        and parent.pos in NOUN_POS
        and sent.mention_at(head) is None
        and above != head
        and sent[above].pos in VERB_POS
    ):
        # "took fourth place and almost $42.7m": the verb's second object, not the first's.
        return _from_verb(sent, above, parent.dep, lexicon, money=figure.label == "MONEY")
    if parent.lower in lexicon.comparatives:
        direction = lexicon.comparatives[parent.lower]
        above = sent.head(head)
        if parent.dep == "amod" and above != head and sent[above].pos == "NOUN":
            return _Anchor(noun=above, facet="change", direction=direction)  # "rates 30% lower"
        return _Anchor(verb=_verb_above(sent, head), facet="change", direction=direction)
    if parent.pos in VERB_POS or parent.pos == "ADJ":
        return _from_verb(sent, head, tok.dep, lexicon, money=figure.label == "MONEY")
    if parent.pos in NOUN_POS and _other_figure(sent, head, figure) is None:
        return _from_noun(sent, head, figure, lexicon, depth)
    return _Anchor(verb=_verb_above(sent, head))


def _share_of(sent: Sentence, figure: Mention, root: int, lexicon: FrameLexicon) -> int | None:
    """"26.4% of exports", "31 of the world's largest firms": the whole the figure is a
    part of (a percentage or count with an ``of`` phrase of its own)."""
    if figure.label not in ("PERCENT", "QUANTITY"):
        return None
    for prep in sent.children(root, "prep"):
        if sent[prep].lower in lexicon.part_of:
            for obj in sent.children(prep, "pobj"):
                if sent[obj].pos in NOUN_POS and _other_figure(sent, obj, figure) is None:
                    return obj
    return None


def _what_the_part_does(sent: Sentence, root: int) -> str | None:
    """For "16% of women earn more than £50,000": what the part does, the verb the share is
    the subject of with the head of its object ("earn", "hold degree"), so that two shares
    of one whole that do different things are never one measure."""
    verb = sent.head(root)
    if sent[root].dep not in SUBJECTS or verb == root or sent[verb].pos != "VERB":
        return None
    words = [sent[verb].lemma.lower()]
    words += [sent[k].lemma.lower() for k in sent.children(verb, "dobj")
              if sent[k].pos == "NOUN" and sent.mention_at(k) is None][:1]
    return " ".join(words)


def _measured_in(
    sent: Sentence, figure: Mention, root: int, lexicon: FrameLexicon
) -> int | None:
    """"$10 billion in exports", "$5bn of loans": an amount with a noun of its own."""
    if figure.label not in ("MONEY", "QUANTITY"):
        return None
    for prep in sent.children(root, "prep"):
        if sent[prep].lower in lexicon.amount_of:
            for obj in sent.children(prep, "pobj"):
                if (
                    sent[obj].pos == "NOUN"
                    and sent.mention_at(obj) is None
                    and sent[obj].lemma.lower() not in lexicon.holder_nouns
                    and sent[obj].lemma.lower() not in lexicon.setting_nouns
                    and not sent.children(obj, "nummod")  # "in two days": a duration
                ):
                    return obj
    return None


def _compared_figure(sent: Sentence, governor: int, figure: Mention) -> Mention | None:
    """The figure that "compared to $150+" is compared with: one in the clause above."""
    verb = sent.head(governor)
    if verb == governor:
        return None
    for node in sent.subtree(verb):
        other = _other_figure(sent, node, figure)
        if other is not None and governor not in [node, *sent.ancestors(node)]:
            return other
    return None


def _from_preposition(
    sent: Sentence, prep: int, figure: Mention, lexicon: FrameLexicon, depth: int
) -> _Anchor:
    word = sent[prep].lower
    governor = sent.head(prep)
    if governor == prep:
        return _Anchor()
    gov = sent[governor]
    if gov.lemma.lower() in lexicon.comparison_words or gov.lower in lexicon.comparison_words:
        other = _compared_figure(sent, governor, figure)
        if other is not None and depth < 3:
            base = _anchor(
                sent, other, sent.span_root(other.start, other.end), lexicon, depth + 1
            )
            return _Anchor(noun=base.noun, verb=base.verb, nominal=base.nominal)
        return _Anchor()
    if gov.pos in NOUN_POS and _other_figure(sent, governor, figure) is None:
        anchor = _from_noun(sent, governor, figure, lexicon, depth)
        if word in lexicon.change_prepositions and anchor.facet == "change":
            anchor.facet = lexicon.change_prepositions[word]
        return anchor
    if gov.lower in lexicon.comparatives and gov.lower not in lexicon.comparative_prepositions:
        # "up from $400m": an adverb of change heading the preposition
        verb = _verb_above(sent, governor)
        facet = lexicon.change_prepositions.get(word, "level")
        way = lexicon.comparatives[gov.lower]
        return _Anchor(verb=verb, facet=facet, direction=way if facet == "change" else None)
    verb = governor if gov.pos in VERB_POS or gov.pos == "ADJ" else _verb_above(sent, governor)
    if verb is None:
        return _Anchor()
    lemma = sent[verb].lemma.lower()
    price = lexicon.price_prepositions.get(f"{lemma} {word}")
    if price is not None:
        return _Anchor(verb=verb, nominal=price)  # "sell for $499", "bought for £2m"
    direction = lexicon.direction(lemma) or lexicon.direction(sent[verb].lower)
    facet = lexicon.change_prepositions.get(word, "level")
    level_words = lexicon.amount_of | lexicon.level_prepositions
    if facet == "level" and direction is not None and word not in level_words:
        facet = "change"
    # "pushed oil prices above $50", "raised its bid to £1.5bn": the object is measured.
    return _Anchor(
        verb=verb, facet=facet, direction=direction if facet == "change" else None,
        object_first=True,
    )


def _from_noun(
    sent: Sentence, noun: int, figure: Mention, lexicon: FrameLexicon, depth: int
) -> _Anchor:
    lemma = sent[noun].lemma.lower()
    pace = _pace(sent, noun, lexicon)
    if pace is not None:
        return pace
    direction = lexicon.direction(lemma)
    if direction is None:
        return _Anchor(noun=noun)
    # A change noun: "a 26.4% growth", "a rise of 5% in sales": the measure is what changed.
    for prep in sent.children(noun, "prep"):
        if sent[prep].lower in lexicon.change_of:
            for obj in sent.children(prep, "pobj"):
                when = sent.mention_at(obj)
                if (
                    _other_figure(sent, obj, figure) is None
                    and sent[obj].pos in NOUN_POS
                    and (when is None or when.label != "DATE")  # "a rise in November"
                ):
                    return _Anchor(noun=obj, facet="change", direction=direction)
    head = sent.head(noun)
    other = _other_figure(sent, head, figure)
    if other is not None and sent[noun].dep in ("appos", "conj") and depth < 3:
        base = _anchor(sent, other, sent.span_root(other.start, other.end), lexicon, depth + 1)
        return _Anchor(
            noun=base.noun, verb=base.verb, facet="change", direction=direction,
            via=base.via or other,
        )
    # "reflecting a 26.4% growth": what grew is the subject of the clause around.
    verb = _verb_above(sent, noun)
    return _Anchor(verb=verb, facet="change", direction=direction, last_resort=sent[noun].lower)


def _pace(sent: Sentence, noun: int, lexicon: FrameLexicon) -> _Anchor | None:
    """"grew at a 1.6% annualized rate", "contracted at an annualised clip of 2.9%": the
    rate is the manner of the verb's change, whose qualifiers ("annualized") stay with the
    measure; None when ``noun`` is no such rate."""
    if sent[noun].lemma.lower() not in lexicon.pace_nouns or sent[noun].dep != "pobj":
        return None
    prep = sent.head(noun)
    verb = sent.head(prep)
    if sent[prep].lower not in lexicon.pace_prepositions or verb == prep:
        return None
    if sent[verb].pos not in VERB_POS:
        return None
    anchor = _from_verb(sent, verb, "npadvmod", lexicon)
    words = [
        lexicon.pace_qualifiers[sent[k].lower]
        for k in sent.children(noun, "amod", "compound", "advmod")
        if sent[k].lower in lexicon.pace_qualifiers
    ]
    anchor.qualifier = " ".join(words) or None
    return anchor


def _from_verb(
    sent: Sentence, verb: int, dep: str, lexicon: FrameLexicon, money: bool = False
) -> _Anchor:
    lemma = sent[verb].lemma.lower()
    word = sent[verb].lower
    nominal = lexicon.verb_measures.get(lemma) or lexicon.verb_measures.get(word)
    if money and nominal and dep == "dobj":
        # "raised $150m", "had been losing $1m a week": an amount the verb brings in or
        # loses is that measure, not a change of something else.
        return _Anchor(verb=verb, nominal=nominal)
    direction = lexicon.direction(lemma) or lexicon.direction(word)
    if direction is not None and dep in ("npadvmod", "dobj", "advmod", "attr", "pobj", "nmod"):
        return _Anchor(verb=verb, facet="change", direction=direction)
    if lemma in lexicon.arrival_verbs:
        return _Anchor(verb=verb, facet="new_level")  # "exports reached $4.6bn"
    if lemma in lexicon.copulas or word in lexicon.copulas:
        return _Anchor(verb=verb)
    return _Anchor(verb=verb, nominal=nominal)


def _verb_above(sent: Sentence, i: int) -> int | None:
    for node in [i, *sent.ancestors(i)]:
        if sent[node].pos in VERB_POS:
            return node
    return None


def _subject(sent: Sentence, verb: int, lexicon: FrameLexicon) -> int | None:
    """The subject of ``verb``, or of the verb it is a complement or conjunct of; never
    the subject of a verb of saying or of a modality verb ("analysts predict")."""
    node = verb
    for _ in range(4):
        subjects = sent.children(node, *SUBJECTS)
        if subjects:
            if (
                sent[subjects[0]].lower in lexicon.relative_pronouns
                and sent[node].dep in ("relcl", "acl")
                and sent.head(node) != node
            ):
                return sent.head(node)  # "Boogeyman, which cost $7m": the noun it qualifies
            return subjects[0]
        dep = sent[node].dep
        head = sent.head(node)
        if head == node:
            return None
        if dep in ("relcl", "acl"):
            return head  # "profits, which rose 5%", "exports crossing $2bn": the noun
        if dep == "pcomp" and sent[head].dep == "prep" and sent.head(head) != head:
            # "shares touched 17.70 euros, before falling back to trade 7.8% higher": the
            # clause of a preposition has the subject of the verb the preposition hangs on.
            head = sent.head(head)
            if sent[head].pos not in VERB_POS:
                return None
        elif dep not in ("xcomp", "conj", "advcl"):
            return None
        if _says(sent, head, node, lexicon):
            return None
        node = head
    return None


def _measure_noun(
    sent: Sentence, anchor: _Anchor, figure: Mention, lexicon: FrameLexicon
) -> int | None:
    noun = anchor.noun
    if noun is not None and sent[noun].lemma.lower() in lexicon.container_nouns:
        # "crossing the $2.5 billion mark", "the $4.6 billion milestone": the measure is
        # what reaches the mark, the subject of the verb around it.
        verb = _verb_above(sent, noun)
        if verb is None:
            return None
        anchor = _Anchor(verb=verb)
        noun = None
    if noun is not None:
        return noun
    if anchor.verb is None or anchor.nominal is not None:
        return None  # "fined $300,000": the verb is the measure
    subject = _subject(sent, anchor.verb, lexicon)
    objects = [
        obj for obj in sent.children(anchor.verb, "dobj")
        if obj not in figure and _other_figure(sent, obj, figure) is None
    ]
    # A verb of change with an object changes the object ("cut its stake from 80%").
    object_first = anchor.object_first or anchor.direction or anchor.facet != "level"
    order = [*objects, subject] if object_first else [subject, *objects]
    for candidate in order:
        if (
            candidate is not None
            and sent[candidate].pos in ("NOUN", "PROPN")
            and candidate not in figure
            and sent.mention_at(candidate) is None
            and sent[candidate].lemma.lower() not in lexicon.container_nouns
            and sent[candidate].lemma.lower() not in lexicon.holder_nouns
            and lexicon.direction(sent[candidate].lemma.lower()) is None  # "a 5% growth"
        ):
            return candidate
    return None


def _is_holder_token(sent: Sentence, i: int, lexicon: FrameLexicon) -> bool:
    mention = sent.mention_at(i)
    if mention is not None and mention.label in HOLDER_LABELS:
        return True
    return _is_pronoun(sent[i], lexicon) or sent[i].lower in lexicon.person_pronouns


def _is_pronoun(tok: Tok, lexicon: FrameLexicon) -> bool:
    """"it", "its", "their" (not "IT", which the tagger calls a proper noun)."""
    return tok.lower in lexicon.pronouns and tok.pos == "PRON"


def _measure_tokens(
    sent: Sentence,
    noun: int | None,
    figure: Mention,
    lexicon: FrameLexicon,
    counted: bool = False,
) -> tuple[int, ...]:
    """The measure ``noun`` with its qualifying modifiers, without the holder, determiners,
    figures and evaluative words; () when there is no measure noun. A noun a count numbers
    is its measure even when it could be a holder ("31 of the largest media firms")."""
    if noun is None:
        return ()
    if _is_pronoun(sent[noun], lexicon) or (
        not counted
        and (_is_holder_token(sent, noun, lexicon)
             or sent[noun].lemma.lower() in lexicon.holder_nouns)
    ):
        return ()  # "the economy grew 1.2%": the holder, with the verb as measure
    if sent.mention_at(noun) is not None:
        return ()
    keep = [noun]
    stack = list(sent.children(noun, *MODIFIERS))
    while stack:
        i = stack.pop()
        tok = sent[i]
        if (
            i in figure
            or sent.mention_at(i) is not None
            or tok.dep == "poss"
            or tok.pos in ("DET", "NUM", "PRON", "PUNCT")
            or tok.lower in lexicon.dropped_words
            or _is_pronoun(tok, lexicon)
            or tok.lower in lexicon.person_pronouns
        ):
            continue
        if i > noun:
            continue  # only modifiers before the noun qualify it ("IT exports")
        keep.append(i)
        stack.extend(sent.children(i, "compound", "amod", "npadvmod", "hmod", "punct"))
    # "restatement of earnings": an of-phrase that is no holder belongs to the measure.
    for prep in sent.children(noun, "prep"):
        if sent[prep].lower not in lexicon.part_of:
            continue
        for obj in sent.children(prep, "pobj"):
            if (
                sent.mention_at(obj) is None
                and sent[obj].pos in ("NOUN",)
                and not _is_holder_token(sent, obj, lexicon)
            ):
                keep.extend([prep, obj])
                keep.extend(
                    k for k in sent.children(obj, "compound", "amod")
                    if sent.mention_at(k) is None and sent[k].lower not in lexicon.dropped_words
                )
    return tuple(sorted(set(keep)))


def _dimension_of(
    sent: Sentence, unit: int, figure: Mention, dimension: str, lexicon: FrameLexicon
) -> tuple[str, str]:
    """The measure and its normal form for a count of ``unit``: the dimension of the noun
    the unit qualifies ("ban duration", "hard drive storage capacity") or that its of-phrase
    names ("music storage capacity"), else the dimension alone ("distance")."""
    base: int | None = None
    for prep in sent.children(unit, "prep"):
        if sent[prep].lower in lexicon.part_of:
            base = next(
                (k for k in sent.children(prep, "pobj")
                 if sent[k].pos == "NOUN" and sent.mention_at(k) is None),
                None,
            )
    above = sent.head(unit)
    if base is None and sent[unit].dep in ("compound", "amod", "nmod") and above != unit and (
        sent[above].pos == "NOUN" and sent.mention_at(above) is None
    ):
        base = above
    if base is None:
        return dimension, dimension
    unit_words = set(sent.subtree(unit))
    tokens = tuple(
        i for i in _measure_tokens(sent, base, figure, lexicon)
        if i not in unit_words and sent[i].pos != "PUNCT"
    )
    text = _measure_text(sent, tokens, _Anchor()) or sent[base].text
    form = _metric_form(sent, tokens, _Anchor(), lexicon) or sent[base].lemma.lower()
    if dimension.split()[-1] in text.lower().split():
        return text, form  # "25lb weight gain" is already a weight
    return f"{text} {dimension}", f"{form} {dimension}"


def _measure_text(sent: Sentence, tokens: tuple[int, ...], anchor: _Anchor) -> str | None:
    if tokens:
        words = [sent[i].text for i in tokens]
        text = " ".join(words).replace(" - ", "-")
        return text
    return anchor.nominal or anchor.last_resort


def _metric_form(
    sent: Sentence, tokens: tuple[int, ...], anchor: _Anchor, lexicon: FrameLexicon
) -> str | None:
    """A normal form of the measure: lemmas, lower case, head noun last ("restatement of
    earnings" -> "earnings restatement"); the nominalised verb when the holder is the
    subject ("the economy grew" -> "growth" with the holder kept apart)."""
    if not tokens:
        return anchor.nominal or anchor.last_resort
    of = next((n for n, i in enumerate(tokens) if sent[i].lower in lexicon.part_of), None)

    def lemmas(part: Sequence[int]) -> list[str]:
        return [
            sent[i].lemma.lower() if sent[i].pos == "NOUN" else sent[i].lower
            for i in part
            if sent[i].pos not in ("PUNCT",) and sent[i].lower not in lexicon.dropped_words
        ]
    words = lemmas(tokens) if of is None else lemmas(tokens[of + 1 :]) + lemmas(tokens[:of])
    form = " ".join(words).replace(" - ", "-").strip()
    return form or None


def _holder(
    sent: Sentence, anchor: _Anchor, noun: int | None, figure: Mention, lexicon: FrameLexicon
) -> Holder | None:
    """Possessor, entity modifier or ``of``/``at``/``for`` phrase of the measure ``noun``,
    else the subject of the figure's clause (never the subject of a verb of saying). A place
    the figure is "in" is where it was measured, not whose it is, and holds nothing."""
    weak = None
    if noun is not None:
        found = _holder_of_noun(sent, noun, lexicon)
        if found is not None and not (found.wants == "NAME" and not found.standalone):
            return found
        weak = found  # "Cigarette sales": a capitalised modifier, only maybe a name
    root = sent.span_root(figure.start, figure.end)
    for prep in sent.children(root, "prep"):
        # "sales fell by 13% in New York": a place on the figure itself is whose it is.
        if sent[prep].lower in lexicon.place_prepositions:
            for obj in sent.children(prep, "pobj"):
                place = sent.mention_at(obj)
                if place is not None and place.label in GEOGRAPHIC_LABELS:
                    return Holder(mention=place)
    if weak is not None:
        return weak
    verb = anchor.verb if anchor.verb is not None else (
        _verb_above(sent, noun) if noun is not None else None
    )
    if verb is None:
        verb = _verb_above(sent, root)
    if verb is not None and sent[verb].lemma.lower() in lexicon.recipient_verbs:
        # "awarded the company £60,000", "helped net him £35m": the one who receives it.
        for other in sent.children(verb, "dobj", "dative"):
            if other not in figure and _other_figure(sent, other, figure) is None:
                found = _named(sent, other, lexicon)
                if found is not None:
                    return found
    below = next((k for k in [root, *sent.ancestors(root)] if sent.head(k) == verb), root)
    if verb is not None and not _says(sent, verb, below, lexicon):
        subject = _subject(sent, verb, lexicon)
        if subject is not None and subject != noun and subject not in figure:
            found = _holder_of_noun(sent, subject, lexicon, itself=True)
            if found is not None:
                return found
            if (
                sent[subject].pos == "NOUN"
                and sent.mention_at(subject) is None
                and not _inside(sent, root, subject)  # not the figure's own phrase
            ):
                # "The movie, which cost $70m", "the pair face a $250,000 fine": a holder
                # of its own that the sentence does not name.
                return Holder(unnamed=sent[subject].lemma.lower())
    return None


def _scope(
    sent: Sentence, nodes: Sequence[int | None], holder: Holder | None, lexicon: FrameLexicon
) -> str | None:
    """A place that narrows a holder's measure: "The Incredibles took $300m outside the
    US", "Nestle's sales in Europe rose 5%": the preposition and the place's name, from the
    figure, its measure noun or its verb. None when the place is the holder itself."""
    for node in nodes:
        if node is None:
            continue
        for prep in sent.children(node, "prep"):
            if sent[prep].lower not in lexicon.scope_prepositions:
                continue
            for obj in sent.children(prep, "pobj"):
                place = sent.mention_at(obj)
                if (
                    place is not None
                    and place.label in GEOGRAPHIC_LABELS
                    and place.name
                    and (holder is None or holder.mention is None
                         or holder.mention.name != place.name)
                ):
                    return f"{sent[prep].lower} {place.name}"
    return None


def _inside(sent: Sentence, i: int, phrase: int) -> bool:
    """Whether ``i`` belongs to the noun phrase headed by ``phrase`` ("the $4.6 billion
    milestone"), not to a clause hanging on it ("the movie, which cost $70m")."""
    for node in sent.ancestors(i):
        if node == phrase:
            return True
        if sent[node].pos in VERB_POS:
            return False
    return False


def _holder_of_noun(
    sent: Sentence, noun: int, lexicon: FrameLexicon, *, itself: bool = False
) -> Holder | None:
    if itself:
        named = _named(sent, noun, lexicon)
        if named is not None:
            return named
    for child in sent.children(noun, "poss", "compound", "amod", "nmod"):
        if sent[child].lower in lexicon.relative_possessives:
            # "Rod Stewart, whose shows ...": the noun the relative clause qualifies.
            clause = next((a for a in sent.ancestors(child) if sent[a].dep == "relcl"), None)
            if clause is not None and sent.head(clause) != clause:
                named = _named(sent, sent.head(clause), lexicon)
                if named is not None:
                    return named
            continue
        named = _named(sent, child, lexicon)
        if named is not None:
            return named
    for prep in sent.children(noun, "prep"):
        if sent[prep].lower in lexicon.holder_prepositions:
            for obj in sent.children(prep, "pobj"):
                mention = _mention_in(sent, obj)
                if mention is not None and (
                    sent[prep].lower not in lexicon.origin_prepositions
                    or mention.label in GEOGRAPHIC_LABELS
                ):
                    return Holder(mention=mention)
                if sent[prep].lower not in lexicon.place_prepositions:
                    named = _named(sent, obj, lexicon, references_only=True)
                    if named is not None:
                        return named
                    if sent[obj].pos == "PROPN" and sent.mention_at(obj) is None:
                        # "shares of Skis Rossignol": a name the model did not tag
                        return Holder(
                            reference=_proper_name(sent, obj), wants="NAME", standalone=True
                        )
                    if (
                        sent[prep].lower in lexicon.institution_prepositions
                        and sent[obj].pos == "NOUN"
                        and sent.mention_at(obj) is None
                        and sent[obj].lemma.lower() not in lexicon.setting_nouns
                    ):
                        # "sales at hardware stores": holders the sentence does not name
                        return Holder(unnamed=sent[obj].lemma.lower())
    if itself:
        for child in sent.children(noun, "poss"):
            return _named(sent, child, lexicon)
    return None


def _named(
    sent: Sentence, i: int, lexicon: FrameLexicon, *, references_only: bool = False
) -> Holder | None:
    """A holder at token ``i``: a named mention, a pronoun (the clause's named subject when
    it has one: "Electrolux saw its shares rise"), a definite description ("the firm", "the
    Australian economy"), or a proper noun the document names elsewhere ("Rossignol
    shares")."""
    mention = sent.mention_at(i)
    if mention is not None and mention.label in HOLDER_LABELS and not references_only:
        return Holder(mention=mention)
    tok = sent[i]
    if _is_pronoun(tok, lexicon) or tok.lower in lexicon.person_pronouns:
        person = tok.lower in lexicon.person_pronouns
        named = _antecedent(sent, i, person, tok.lower in lexicon.neuter_pronouns)
        if named is not None:
            return Holder(mention=named)
        return Holder(reference=tok.lower, wants="PERSON" if person else None)
    label = lexicon.holder_nouns.get(tok.lemma.lower())
    if label is not None:
        if label == "GPE":  # "the Australian economy": the place is named beside it
            for child in sent.children(i, "amod", "compound", "poss"):
                found = sent.mention_at(child)
                if found is not None and found.label in HOLDER_LABELS:
                    return Holder(mention=found)
        determiners = sent.children(i, "det", "poss")
        if any(sent[d].lower in lexicon.definite_determiners for d in determiners) or (
            label == "ORG" and sent.children(i, "poss")  # "Turkey's biggest mobile firm"
        ):  # "a mid-sized US company" refers to no firm named before
            return Holder(reference=tok.lemma.lower(), wants=label)
    if references_only:
        return None
    for child in sent.children(i, "compound", "poss"):
        found = sent.mention_at(child)
        if found is not None and found.label in HOLDER_LABELS:
            return Holder(mention=found)
    if tok.pos == "PROPN" and tok.dep in ("compound", "poss", *SUBJECTS) and mention is None:
        # An untagged name: "Bruvik's site", "Technorati tracks six million blogs"; a
        # compound only when it is one word the document names elsewhere ("Rossignol
        # shares"), since "IT exports" and "FTSE index" are no holders.
        return Holder(
            reference=_proper_name(sent, i), wants="NAME", standalone=tok.dep != "compound"
        )
    return None


def _proper_name(sent: Sentence, i: int) -> str:
    """The proper noun at ``i`` with the proper nouns compounded before it ("Skis
    Rossignol")."""
    start = i
    while start - 1 >= sent.start and sent[start - 1].pos == "PROPN" and (
        sent.head(start - 1) == i and sent[start - 1].dep == "compound"
    ):
        start -= 1
    return " ".join(sent[k].text for k in range(start, i + 1))


def _says(sent: Sentence, verb: int, below: int, lexicon: FrameLexicon) -> bool:
    """Whether ``verb`` states what is under its child ``below``: a verb of saying over a
    clause ("the ONS said exports rose"), or a verb of projecting over anything ("analysts
    predict growth of 5%"). A verb of saying whose object is the figure is its predicate:
    "van Gisbergen added 18 points", "the firm reported a profit of $5m". A passive one
    ("is expected to grow") names no speaker."""
    lemma = sent[verb].lemma.lower()
    if lemma not in lexicon.attribution_verbs or sent.children(verb, "nsubjpass"):
        return False  # "the population is expected to grow": no one speaks, it is the measure
    if lexicon.modality_words.get(lemma) == "projection" or below == verb:
        return True
    return sent[below].dep not in OBJECTS


def _antecedent(sent: Sentence, i: int, person: bool, neuter: bool) -> Mention | None:
    """The name a pronoun at ``i`` refers to within its sentence: the nearest earlier
    named subject of a fitting kind ("Microsoft said it had received ...", "Electrolux saw
    its shares rise"), or the name a relative clause holding the pronoun qualifies ("Rod
    Stewart, whose shows helped net him £35m"). A person for "he", "his", "him", "she",
    "her"; an organisation or place for "it" and "its"; either for "they" and "their"."""
    above = set(sent.ancestors(i))
    for mention in reversed(sent.mentions):
        if mention.start >= i or mention.label not in HOLDER_LABELS:
            continue
        if (person or neuter) and person != (mention.label == "PERSON"):
            continue
        root = sent.span_root(mention.start, mention.end)
        if (
            sent[root].dep in SUBJECTS
            or (sent[root].dep == "poss" and sent[sent.head(root)].dep in SUBJECTS)
            or any(k in above for k in sent.children(root, "relcl", "acl", "appos"))
        ):
            return mention  # "Metallica's tour helped push their earnings" too
    return None


def _source(
    sent: Sentence, root: int, lexicon: FrameLexicon
) -> tuple[str | None, Mention | None, Holder | None]:
    """Who states the figure: the subject of a verb of saying above it ("the ONS said"), or
    the object of "according to"; a pronoun or "the firm" as a reference to resolve. A
    subject holding a figure ("2% of them believed") states nothing."""
    below = root
    for node in [root, *sent.ancestors(root)]:
        candidates = []
        for prep in sent.children(node, "prep"):
            if sent[prep].lower in lexicon.according:
                for to in sent.children(prep, "prep"):
                    candidates.extend(sent.children(to, "pobj"))
        if sent[node].pos in VERB_POS and _says(sent, node, below, lexicon):
            candidates.extend(sent.children(node, "nsubj"))
        below = node
        for found in candidates:
            if any(
                (m := sent.mention_at(k)) is not None and m.label in FIGURE_LABELS
                for k in sent.subtree(found)
            ):
                continue
            if sent[found].lower in lexicon.speaker_pronouns:
                continue  # "I do not think prices will fall below $35, he added": the "he"
            own = sent.mention_at(found)
            mention = own if own is not None and own.label in HOLDER_LABELS else (
                _mention_in(sent, found)
            )
            if own is None and mention is not None and mention.label in GEOGRAPHIC_LABELS:
                mention = None  # "according to a US research think-tank": not the US
            reference = None
            if mention is None:
                named = _named(sent, found, lexicon, references_only=True)
                if named is not None:
                    mention, reference = named.mention, named if named.reference else None
            return _phrase(sent, found), mention, reference
    return None, None, None


def _mention_in(sent: Sentence, i: int) -> Mention | None:
    """A named holder at ``i`` or among its modifiers; an organisation or person before a
    place ("US media giant TimeWarner" is TimeWarner's)."""
    found = []
    for node in [i, *sent.children(i, "appos", "compound", "poss", "nmod", "amod")]:
        mention = sent.mention_at(node)
        if mention is not None and mention.label in HOLDER_LABELS:
            found.append(mention)
    named = [m for m in found if m.label in ("ORG", "PERSON")]
    best = named or found
    return best[0] if best else None


def _phrase(sent: Sentence, i: int) -> str:
    """The noun phrase at ``i``: its compounds and adjectives, without determiners."""
    keep = [i, *(
        k for k in sent.subtree(i)
        if k < i and sent[k].pos not in ("DET", "PUNCT") and sent[k].dep != "case"
    )]
    return " ".join(sent[k].text for k in sorted(set(keep)))


def _cue(sent: Sentence, root: int, lexicon: FrameLexicon) -> str | None:
    """The modality of the figure's own clause (:func:`_cue_of`). A forecast or plan under a
    negated verb ("Britain will never return to 15% interest rates", "analysts do not
    expect growth of 5%") is hypothetical: the text does not foresee the figure. A negated
    statement of fact keeps its modality ("he never made accounting decisions")."""
    found = _cue_of(sent, root, lexicon)
    if found in ("projection", "target") and _negated(sent, root, lexicon):
        return "hypothetical"
    return found


def _negated(sent: Sentence, root: int, lexicon: FrameLexicon) -> bool:
    """Whether a verb above the figure, below any verb of saying, is negated."""
    for node in sent.ancestors(root):
        if sent[node].pos not in VERB_POS:
            continue
        if sent[node].lemma.lower() in lexicon.attribution_verbs:
            return False  # "he did not say profits would rise 5%" still reports a rise
        if sent.children(node, "neg"):
            return True
    return False


def _cue_of(sent: Sentence, root: int, lexicon: FrameLexicon) -> str | None:
    """The modality of the figure's own clause, from the figure up: a cue word (predict,
    aim, pledge), a modal auxiliary, a conditional ``if``. A hypothetical modal under a verb
    of projection or intent takes that verb's modality ("predicting that profits would
    rise"). An attribute of the clause's subject ("the £500m move will increase ...") takes
    only the cues met before the subject."""
    found: str | None = None
    modal_word: str | None = None
    below: int | None = None
    for node in [root, *sent.ancestors(root)]:
        tok = sent[node]
        if (
            below is not None
            and tok.dep in SUBJECTS
            and sent[below].dep in ("compound", "amod", "nmod")
        ):
            # "A 512MB card will store ...", "the £500m move will increase ...": an
            # attribute of the clause's subject is a fact about it, whatever the verb's mood.
            return found
        below = node
        group = lexicon.modality_words.get(tok.lemma.lower()) or lexicon.modality_words.get(
            tok.lower
        )
        if tok.lemma.lower() in lexicon.infinitive_cues and not sent.children(node, "xcomp"):
            group = None  # "set a record" is no "set to reach"
        if (
            found == "hypothetical"
            and modal_word in lexicon.reported_modals
            and tok.pos in VERB_POS
            and tok.lemma.lower() in lexicon.attribution_verbs
        ):
            return "projection"  # "he said profits would rise": a reported "will"
        if (
            group is not None
            and tok.pos in (*VERB_POS, "NOUN", "ADJ")
            and (found is None or found == "hypothetical")
        ):
            return group
        if tok.pos in VERB_POS:
            for aux in sent.children(node, "aux"):
                modal = lexicon.modal_aux.get(sent[aux].lower)
                if modal is not None and found is None:
                    found, modal_word = modal, sent[aux].lower
            for mark in sent.children(node, "mark"):
                if sent[mark].lower in lexicon.conditional_marks:
                    return "hypothetical"
        if found == "projection":
            return found
    return found


def _status(
    sent: Sentence, root: int, anchor: _Anchor, lexicon: FrameLexicon
) -> str | None:
    near = [root, *sent.ancestors(root)]
    if anchor.noun is not None:
        near.append(anchor.noun)
    for node in near:
        # "the initial estimate of 0.1%", "an initial 0.1%", "initially put at": a status;
        # "an initial fee of £6.5m" is a kind of fee.
        reports = (
            node == root
            or sent[node].pos in VERB_POS
            or sent[node].lemma.lower() in lexicon.report_nouns
        )
        for i in [node, *sent.children(node, "amod", "advmod", "compound")]:
            for words in (lexicon.status_words, lexicon.report_status_words if reports else {}):
                status = words.get(sent[i].lemma.lower()) or words.get(sent[i].lower)
                if status is not None:
                    return status
    return None


def _own_time_frame(sent: Sentence, root: int, lexicon: FrameLexicon) -> bool:
    """Whether the figure's clause sets a time of its own that no earlier sentence's date
    may replace: the present ("GDP is now 2.7% above its peak") or a point of reference
    ("since the second quarter of 2013")."""
    own = _clause(sent, root)
    above = {own, *sent.ancestors(own)}
    for node in above:
        if any(sent[k].lower in lexicon.present_words for k in sent.children(node, "advmod")):
            return True
    return any(
        m.label == "DATE" and _reference_point(sent, m, lexicon, bases=False)
        and _clause(sent, sent.span_root(m.start, m.end)) in above
        for m in sent.mentions
    )


def _reference_point(
    sent: Sentence, date: Mention, lexicon: FrameLexicon, *, bases: bool = True
) -> bool:
    """A date that places the base of a comparison, not the figure: after "since" or
    "than", or (with ``bases``) right after "same quarter" or "compared with" ("on same
    quarter a year ago"): a base says nothing of the figure's own period, which an earlier
    sentence may still give."""
    words = [sent[i].lower for i in range(max(sent.start, date.start - 2), date.start)]
    if bases and " ".join(words) in lexicon.reference_bases:
        return True
    head = sent.head(sent.span_root(date.start, date.end))
    if head in date:
        return False
    return sent[head].lower in lexicon.reference_prepositions


def _clause(sent: Sentence, i: int) -> int:
    """The verb heading the clause of ``i`` (the root when none is above)."""
    for node in [i, *sent.ancestors(i)]:
        if sent[node].pos in VERB_POS:
            return node
    last = i
    for node in sent.ancestors(i):
        last = node
    return last


def _time(
    sent: Sentence, figure: Mention, root: int, lexicon: FrameLexicon
) -> Mention | None:
    """The date attached to the figure's own predicate or measure: among the sentence's
    dates, those whose clause is the figure's or one above it and whose tree path to the
    figure crosses no other figure; the nearest in the tree (then in the text). A date
    after "since" outside its span is a point of reference, not the period ("has grown
    3.1% since the second quarter of 2013"); a date of a reporting verb above the figure's
    clause ("..., the government reported Wednesday") comes after every other."""
    dates = [
        m for m in sent.mentions
        if m.label == "DATE" and not _reference_point(sent, m, lexicon)
    ]
    if not dates:
        return None
    own = _clause(sent, root)
    above = {own, *sent.ancestors(own)}
    best: tuple[int, int, int, Mention] | None = None
    for date in dates:
        date_root = sent.span_root(date.start, date.end)
        clause = _clause(sent, date_root)
        path = sent.path(root, date_root)
        if any(_other_figure(sent, i, figure) is not None and i not in figure for i in path):
            continue
        if clause not in above and any(
            _other_figure(sent, i, figure) is not None for i in sent.subtree(clause)
        ):
            continue  # a date of another clause that has figures of its own
        # The day a report came out ("the government reported Wednesday", "data showed on
        # Friday") dates the report, not the period its figures cover: any other date first.
        reported = int(clause != own and sent[clause].lemma.lower() in lexicon.attribution_verbs)
        rank = (reported, len(path), abs(date.start - figure.start))
        if best is None or rank < best[:3]:
            best = (*rank, date)
    return best[3] if best is not None else None
