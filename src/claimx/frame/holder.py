"""Whose a figure is and who states it: the holder (possessor, modifier, clause subject,
reference) and the source (a verb of saying, "according to")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claimx.frame.clause import (
    absolute_clause,
    inside_phrase,
    is_pronoun,
    other_figure,
    says,
    subject_of,
    verb_above,
)
from claimx.frame.lexicon import (
    FIGURE_LABELS,
    GEOGRAPHIC_LABELS,
    HOLDER_LABELS,
    OWNER_LABELS,
    SUBJECTS,
    FrameLexicon,
)
from claimx.frame.measure import Anchor, hyphenated
from claimx.frame.syntax import VERB_POS, Mention, Sentence

UNKNOWN_ARC = "dep"  # the parser's arc for a relation it could not name
PRICE_LABELS = frozenset({"MONEY", "PERCENT"})  # the figures that may be a good's price
NATIONALITY = "NORP"
ORGANISATION = "ORG"
ACTIVE_SUBJECT = "nsubj"  # the subject of a verb in the active voice
COUNTRY_KIND = "GPE"  # the holder nouns that stand for a country ("the economy")
PLACE_WORD_LABELS = GEOGRAPHIC_LABELS | {NATIONALITY}  # places and nationalities
OPENING_HOLDER_LABELS = GEOGRAPHIC_LABELS | {"ORG"}  # "For Airbus, ...", not a person's view
GOODS = "GOODS"  # what a bare price noun refers to: the traded good named before it
# the arcs of what a copula says its subject is ("The bank's forecast is for a 0.5% drop")
FORECAST_PREDICATES = frozenset({"attr", "prep", "acomp", "oprd"})


@dataclass(frozen=True, slots=True)
class Holder:
    """Whose measure it is: a named ``mention``, or a ``reference`` ("it", "the firm")
    that the document resolves, with the label it must have (None: any)."""

    mention: Mention | None = None
    reference: str | None = None
    wants: str | None = None
    standalone: bool = False  # a "NAME" reference that is the holder's name by itself
    unnamed: str | None = None  # a holder the sentence does not name ("the movie")
    goods: str | None = None  # a commodity or currency whose price it is ("US crude")
    at: int | None = None  # where a reference is written: its referent is named before it
    nationality: str | None = None  # the country a description names ("the German group")


def find_holder(
    sent: Sentence,
    anchor: Anchor,
    noun: int | None,
    figure: Mention,
    lexicon: FrameLexicon,
    forecast: int | None = None,
) -> Holder | None:
    """Possessor, entity modifier or ``of``/``at``/``for`` phrase of the measure ``noun``,
    else the subject of the figure's clause (never the subject of a verb of saying). A place
    the figure is "in" is where it was measured, not whose it is, and holds nothing. First,
    a commodity or currency whose price a money or percent figure is holds it ("US crude
    rose $2.80"); last, a price the sentence says nothing more of ("carry prices above the
    $50 mark") is a reference to the good whose price the document spoke of before. The
    measure of a ``forecast`` noun is held by the place or name of the forecast's own
    phrase ("its growth forecast for the German economy") when it names none itself, never
    by who makes or changes the forecast (the IMF that cuts it)."""
    # A price or its change: "US crude rose $2.80" (never a count: "won two golds", nor
    # the figure's own currency: "one-off costs of 2.2 billion euros")
    goods = _traded_good(sent, noun, figure, lexicon) if figure.label in PRICE_LABELS else None
    if goods is not None:
        return Holder(goods=goods)
    if forecast is not None:
        return _forecast_holder(sent, noun, forecast, lexicon)
    found = _holder(sent, anchor, noun, figure, lexicon)
    if (
        found is None
        and noun is not None
        and figure.label in PRICE_LABELS
        and _word(sent, noun) in lexicon.price_nouns
        and not sent.children(noun, "compound", "nmod", "amod", "poss", "prep")
    ):
        return Holder(reference=_word(sent, noun), wants=GOODS, at=noun)
    return found


def whole_holder(sent: Sentence, whole: int, lexicon: FrameLexicon) -> Holder | None:
    """Whose the whole a ratio is taken of is ("2% of the country's GDP", "1% of Europe's
    economic output"): its possessor or a name compounded with it."""
    for child in sent.children(whole, "poss", "compound"):
        found = _named(sent, child, lexicon)
        if found is not None:
            return found
    return None


def _planner(sent: Sentence, bid: int, lexicon: FrameLexicon) -> Holder | None:
    """Whose a bid is when it is the object of a preposition on a noun a name possesses
    ("Gazprom's plans for a $10bn bid for Yukos unit Yuganskneftegas": Gazprom's), or
    None."""
    prep = sent.head(bid)
    if sent[bid].dep != "pobj" or prep == bid:
        return None
    above = sent.head(prep)
    if above == prep or sent[above].pos != "NOUN":
        return None
    for owner in sent.children(above, "poss"):
        found = sent.mention_at(owner)
        if found is not None and found.label in OWNER_LABELS:
            return Holder(mention=found)
    return None


def _forecast_holder(
    sent: Sentence, noun: int | None, forecast: int, lexicon: FrameLexicon
) -> Holder | None:
    found = _holder_of_noun(sent, noun, lexicon) if noun is not None else None
    if found is not None:
        return found
    for prep in sent.children(forecast, "prep"):
        if sent[prep].lower in lexicon.holder_prepositions:
            for obj in sent.children(prep, "pobj"):
                if obj != noun and (named := _named(sent, obj, lexicon)) is not None:
                    return named
    return None


def _holder(
    sent: Sentence, anchor: Anchor, noun: int | None, figure: Mention, lexicon: FrameLexicon
) -> Holder | None:
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
    opening = _opening_holder(sent, _figure_verb(sent, anchor, noun, root), lexicon)
    if opening is not None:
        return opening
    if weak is not None:
        return weak
    if noun is not None and sent[noun].lemma.lower() in lexicon.bid_nouns:
        planned = _planner(sent, noun, lexicon)
        if planned is not None:
            return planned
    absolute = absolute_clause(sent, root, lexicon)
    if absolute is not None:
        # "With the PBGC some £23bn in deficit, the FER wants ...": the PBGC's deficit
        named = sent.mention_at(absolute[1])
        if named is not None and named.label in HOLDER_LABELS:
            return Holder(mention=named)
    verb = _figure_verb(sent, anchor, noun, root)
    if verb is not None and (
        sent[verb].lemma.lower() in lexicon.recipient_verbs
        or sent[verb].lower in lexicon.recipient_verbs  # a form the lemmatiser misses
    ):
        # "awarded the company £60,000", "helped net him £35m": the one who receives it.
        for other in sent.children(verb, "dobj", "dative"):
            if other not in figure and other_figure(sent, other, figure) is None:
                found = _named(sent, other, lexicon)
                if found is not None:
                    return found
    if (
        verb is not None
        and sent[verb].lemma.lower() in lexicon.agent_verbs
        and sent.children(verb, "nsubj")
    ):
        # "Parliament has approved a Ksh4tn budget": who decides on it does not hold it.
        return None
    below = next((k for k in [root, *sent.ancestors(root)] if sent.head(k) == verb), root)
    if verb is not None and not says(sent, verb, below, lexicon):
        subject = subject_of(sent, verb, lexicon)
        if subject is not None and subject != noun and subject not in figure:
            found = _holder_of_noun(sent, subject, lexicon, itself=True)
            if found is not None:
                return found
            if (
                sent[subject].pos == "NOUN"
                and sent.mention_at(subject) is None
                and not inside_phrase(sent, root, subject)  # not the figure's own phrase
            ):
                # "The movie, which cost $70m", "the pair face a $250,000 fine": a holder
                # of its own that the sentence does not name.
                return Holder(unnamed=sent[subject].lemma.lower())
    if verb is not None and (
        (own := subject_of(sent, verb, lexicon)) is None or own == noun or own in figure
    ):
        # no subject, or the figure's own noun ("with eight laps remaining")
        return _subject_above(sent, verb, figure, lexicon)
    return None


def _opening_holder(sent: Sentence, verb: int | None, lexicon: FrameLexicon) -> Holder | None:
    """The place or organisation a phrase of ``opening_holder_prepositions`` names before
    the subject of the figure's verb: whose the clause's figures are ("For the EU as a
    whole, the jobless rate was stable at 10.9 percent", "For Metropolitan Lima, ..."), or
    None."""
    if verb is None or not lexicon.opening_holder_prepositions:
        return None
    subjects = sent.children(verb, *SUBJECTS)
    if not subjects:
        return None
    for prep in sent.children(verb, "prep"):
        if sent[prep].lower not in lexicon.opening_holder_prepositions or prep > min(subjects):
            continue
        for obj in sent.children(prep, "pobj"):
            named = sent.mention_at(obj)
            if named is not None and named.label in OPENING_HOLDER_LABELS:
                return Holder(mention=named)
    return None


def _traded_good(
    sent: Sentence, noun: int | None, figure: Mention, lexicon: FrameLexicon
) -> str | None:
    """The commodity or currency whose price the measure ``noun`` is, as written with the
    words that say which one: "US crude" (the noun itself), "oil" in "oil prices", "gold"
    in "the price of gold" (rules/frame.json ``traded_goods``, ``price_nouns``); never the
    figure's own currency ("one-off costs of 2.2 billion euros"), nor that of another
    figure, such as its conversion ("a $2bn (1.53bn euros; £1.05bn) settlement")."""

    def good(i: int) -> bool:
        found = sent.mention_at(i)
        return _word(sent, i) in lexicon.traded_goods and (
            found is None or found.label not in FIGURE_LABELS
        )

    if noun is None or noun in figure:
        return None
    if good(noun):
        return _goods_phrase(sent, noun, lexicon)
    if _word(sent, noun) not in lexicon.price_nouns:
        return None
    for child in sent.children(noun, "compound", "nmod", "amod"):
        if good(child):
            return _goods_phrase(sent, child, lexicon)
    for prep in sent.children(noun, "prep"):
        if sent[prep].lower in lexicon.part_of:
            for obj in sent.children(prep, "pobj"):
                if good(obj):
                    return _goods_phrase(sent, obj, lexicon)
    return None


def _word(sent: Sentence, i: int) -> str:
    return sent[i].lemma.lower()


def _goods_phrase(sent: Sentence, i: int, lexicon: FrameLexicon) -> str:
    """The good at ``i`` with the modifiers right before it that say which one ("US
    crude", "Brent crude oil"), without determiners or evaluative words; a common noun in
    lower case ("Oil prices rise" is oil's)."""
    start = i
    while start - 1 >= sent.start and _names_which(sent, start - 1, i, lexicon):
        start -= 1
    return " ".join(
        sent[k].text if sent[k].pos == "PROPN" else sent[k].lower for k in range(start, i + 1)
    )


def _names_which(sent: Sentence, k: int, good: int, lexicon: FrameLexicon) -> bool:
    """Whether token ``k`` before ``good`` is a modifier of it that says which one."""
    mention = sent.mention_at(k)
    return (
        sent[k].dep in ("compound", "nmod", "amod")
        and sent[k].pos in ("PROPN", "NOUN", "ADJ")
        and good in {sent.head(k), *sent.ancestors(k)}
        and sent[k].lower not in lexicon.dropped_words
        and (mention is None or mention.label not in FIGURE_LABELS)
    )


def _subject_above(
    sent: Sentence, verb: int, figure: Mention, lexicon: FrameLexicon
) -> Holder | None:
    """For a verb with no subject but the figure's own noun ("by clearing the bar seven
    times", "pulled out with eight laps remaining"): the named subject of the nearest verb
    above, a name, a person pronoun or a holder noun a name qualifies ("Emirates airline"),
    unless that verb says or awards the figure."""
    below = verb
    for above in sent.ancestors(verb):
        if sent[below].dep == UNKNOWN_ARC:
            return None  # an arc the parser could not name joins no clauses
        if sent[below].dep == "ccomp" and any(
            k in figure or any(sent.head(f) == k for f in range(figure.start, figure.end))
            for k in sent.children(below, *SUBJECTS)
        ) and not _object_read_as_clause(sent, above, below, figure):
            # "Only a quarter of 14-16 year olds knew that Labour was the government, the
            # Tories were the official Opposition ...", the parser making the share's clause
            # the complement of "were": a clause whose subject is the figure (or the noun it
            # counts) is what the verb above states, whose subject holds none of it; not
            # "DaimlerChrysler saw worldwide vehicle sales rise 8%", whose subject is a measure
            return None
        if sent[below].dep == "relcl" and any(
            sent[k].lower in lexicon.place_relatives for k in sent.children(below, "advmod")
        ):
            # "than the eurozone, where GDP declined by 6.8%": the place the clause is about
            # holds its figures, not the subject above it
            place = sent.mention_at(above)
            return Holder(mention=place) if place is not None else Holder(
                unnamed=sent[above].lemma.lower())
        if sent[above].pos not in VERB_POS:
            if sent[below].dep == "acl" and (
                lexicon.evidence(sent[above]) or sent[above].lower in lexicon.saying_nouns
            ):
                # "said in its monthly budget report that the deficit ... totaled $624.5bn":
                # the clause is what the report says; who reports it does not hold it
                return None
            below = above
            continue
        if says(sent, above, below, lexicon) or sent[above].lemma.lower() in (
            lexicon.recipient_verbs
        ):
            return None  # who says or awards it does not hold it
        subject = subject_of(sent, above, lexicon)
        if subject is not None:
            if subject in figure or other_figure(sent, subject, figure) is not None:
                return None
            mention = sent.mention_at(subject)
            if mention is not None and mention.label in HOLDER_LABELS:
                return Holder(mention=mention)
            if sent[subject].lower in lexicon.person_pronouns:
                return _named(sent, subject, lexicon)
            if sent[subject].lemma.lower() in lexicon.holder_nouns:
                # "Emirates airline reported a record profit ..., with revenue increasing by
                # 13%": a holder noun a name qualifies; a description that refers back ("But
                # the Leicester singer has struggled ... following two spells in jail") is
                # left to the document
                named = _named(sent, subject, lexicon)
                return named if named is not None and named.mention is not None else None
            return None
        below = above
    return None


def _object_read_as_clause(sent: Sentence, verb: int, clause: int, figure: Mention) -> bool:
    """Whether the complement clause at ``clause`` is the object of ``verb`` that the parser
    read as a clause's subject: the figure right after a verb with no object of its own and
    no subordinator on the clause ("has made four changes to the starting line-up that beat
    England for Saturday's clash", "He had four nominations going into the ceremony")."""
    return (
        sent[verb].pos in VERB_POS
        and figure.start == verb + 1
        and not sent.children(verb, "dobj")
        and not sent.children(clause, "mark")
    )


def find_scope(
    sent: Sentence, nodes: Sequence[int | None], holder: Holder | None, lexicon: FrameLexicon
) -> str | None:
    """A place that narrows a holder's measure: "The Incredibles took $300m outside the
    US", "Nestle's sales in Europe rose 5%": the preposition and the place's name, from the
    figure, its measure noun or its verb. None when the place is the holder itself; a place
    written on the figure ("... by 13% in New York and 16% in Ireland") is the only one for
    that figure, never the verb's place of another. A trade flow's partner narrows it too
    (``partner_measures``, written with the flow's own preposition: "Japanese shipments to
    China", "imports from China"), also the partner of the flow whose clause its own is
    coordinated with ("Exports to the EU grew 9.9%, while imports declined 8.4%": imports
    from the EU)."""
    noun = nodes[1] if len(nodes) > 1 else None
    partner = None if noun is None else lexicon.partner_measures.get(sent[noun].lemma.lower())
    if partner is not None:
        found = _partner(sent, noun, holder, lexicon) if noun is not None else None
        verb = nodes[2] if len(nodes) > 2 else None
        if found is None and verb is not None and sent[verb].dep in ("conj", "advcl"):
            other = next(iter(sent.children(sent.head(verb), "nsubj")), None)
            if other is not None and sent[other].lemma.lower() in lexicon.partner_measures:
                found = _partner(sent, other, holder, lexicon)
        if found is not None:
            return f"{partner} {found}"
    segment = _segment(sent, noun, lexicon) if noun is not None else None
    if segment is not None:
        return segment
    group = _group(sent, noun, lexicon) if noun is not None else None
    if group is not None:
        return group
    for node in nodes:
        if node is None:
            continue
        for prep in sent.children(node, "prep"):
            if sent[prep].lower not in lexicon.scope_prepositions:
                continue
            for obj in sent.children(prep, "pobj"):
                place = sent.mention_at(obj)
                if place is None or place.label not in GEOGRAPHIC_LABELS or not place.name:
                    continue
                if holder is not None and holder.mention is not None and (
                    holder.mention.name == place.name
                ):
                    if node == nodes[0]:
                        return None  # the figure's own place is its holder
                    continue
                return f"{sent[prep].lower} {place.name}"
    return None


SEGMENT_SKIPPED = frozenset({"DET", "PRON"})  # "the sale of its stake": "sale of stake"
PROPER_NOUN = "PROPN"  # a name keeps its capitals in a segment ("bars in New York")


def _segment(sent: Sentence, noun: int, lexicon: FrameLexicon) -> str | None:
    """The source a revenue noun names after its preposition (``segment_measures``), a
    common noun, as written in lower case ("Sales from cargo": "from cargo"; "Turnover from
    passengers flown": "from passengers flown"), or None: a part of the revenue."""
    preposition = lexicon.segment_measures.get(sent[noun].lemma.lower()) or (
        lexicon.segment_measures.get(sent[noun].lower)
    )
    if preposition is None:
        return None
    for prep in sent.children(noun, "prep"):
        if sent[prep].lower != preposition:
            continue
        for obj in sent.children(prep, "pobj"):
            if sent[obj].pos != "NOUN" or sent.mention_at(obj) is not None:
                continue
            kept = [k for k in sent.subtree(obj) if sent[k].pos not in SEGMENT_SKIPPED]
            words = [sent[k].text if sent[k].pos == PROPER_NOUN else sent[k].lower for k in kept]
            return f"{preposition} {hyphenated(sent, kept, words)}"
    return None


def _group(sent: Sentence, noun: int, lexicon: FrameLexicon) -> str | None:
    """The group of people a measure noun's phrase of ``group_prepositions`` names, when it
    holds one of ``group_words``, as written in lower case ("for those aged 15 to 24",
    "among young people"), or None: that group's measure."""
    end = max(sent.subtree(noun)) + 1  # the parser may hang "aged 15 to 24" on the noun
    for prep in sent.children(noun, "prep"):
        if sent[prep].lower not in lexicon.group_prepositions:
            continue
        words = [sent[k].lower for k in range(prep, end)]
        if any(word in lexicon.group_words for word in words):
            return " ".join(words)
    return None


def _partner(
    sent: Sentence, flow: int, holder: Holder | None, lexicon: FrameLexicon
) -> str | None:
    """The place a trade flow's noun names as its partner ("to China", "from the EU", "to
    the EU countries"), not its holder, or None."""
    for prep in sent.children(flow, "prep"):
        if sent[prep].lower not in lexicon.partner_prepositions:
            continue
        for pobj in sent.children(prep, "pobj"):
            obj = pobj if sent.mention_at(pobj) is not None else next(
                iter(sent.children(pobj, "compound")), pobj)
            place = sent.mention_at(obj)
            if place is not None and place.label in GEOGRAPHIC_LABELS and place.name and not (
                holder is not None and holder.mention is not None
                and holder.mention.name == place.name
            ):
                return place.name
    return None


def _figure_verb(sent: Sentence, anchor: Anchor, noun: int | None, root: int) -> int | None:
    """The verb whose clause holds the figure: its anchor's, else the one above its measure
    or above the figure itself."""
    if anchor.verb is not None:
        return anchor.verb
    verb = verb_above(sent, noun) if noun is not None else None
    return verb if verb is not None else verb_above(sent, root)


def find_agent(
    sent: Sentence, anchor: Anchor, noun: int | None, figure: Mention, lexicon: FrameLexicon
) -> Mention | None:
    """Who decides on the figure without holding it: the named subject of a verb of
    deciding ("Parliament has approved a Ksh4tn budget", "Tinubu signed the N28.7tn
    budget"), or None."""
    verb = _figure_verb(sent, anchor, noun, sent.span_root(figure.start, figure.end))
    if verb is None or sent[verb].lemma.lower() not in lexicon.agent_verbs:
        return None
    for subject in sent.children(verb, "nsubj"):
        named = sent.mention_at(subject)
        if named is not None and named.label in HOLDER_LABELS:
            return named
    return None


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
        if sent[child].dep == "amod" and _described_by_nationality(sent, noun, child, lexicon):
            continue  # "the German exchange tabled an offer": the exchange's, not Germany's
        named = _named(sent, child, lexicon)
        if named is not None:
            return named
    # "a $10bn bid for Yukos": what is bought is not whose the figure is
    bought = lexicon.bid_nouns.get(sent[noun].lemma.lower())
    # "imports from China": a trade flow's partner is not whose the flow is
    partnered = sent[noun].lemma.lower() in lexicon.partner_measures
    for prep in sent.children(noun, "prep"):
        if partnered and sent[prep].lower in lexicon.partner_prepositions:
            continue
        if sent[prep].lower in lexicon.holder_prepositions and sent[prep].lower != bought:
            for obj in sent.children(prep, "pobj"):
                if any(
                    _described_by_nationality(sent, obj, child, lexicon)
                    for child in sent.children(obj, "amod")
                ):
                    # "profit for the Anglo-Australian giant": the giant named before, not
                    # Australia
                    return _named(sent, obj, lexicon, references_only=True)
                mention = _mention_in(sent, obj)
                possessor = next(iter(sent.children(obj, "poss")), None)
                if (
                    mention is not None and mention.label in GEOGRAPHIC_LABELS
                    and possessor is not None and sent.mention_at(possessor) is None
                    and (held := _named(sent, possessor, lexicon)) is not None
                ):
                    # "the sale of its Brazil unit": the unit's owner, whose Brazilian unit
                    # it is, holds it
                    return held
                if mention is not None and (
                    sent[prep].lower not in lexicon.origin_prepositions
                    or mention.label in GEOGRAPHIC_LABELS
                ) and not (
                    # "growth of 2.5% in the Reuters poll": who makes the poll or report a
                    # figure is stated in holds nothing ("in Dr Reddy's generics business"
                    # and "in the CBS network" are theirs)
                    sent[prep].lower in lexicon.place_prepositions
                    and sent.mention_at(obj) is None
                    and lexicon.evidence(sent[obj])
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


def _nationality(sent: Sentence, noun: int) -> str | None:
    """The country a nationality before an organisation's noun names ("the German group":
    Germany), or None."""
    for child in sent.children(noun, "amod", "compound"):
        mention = sent.mention_at(child)
        if mention is not None and mention.label in (NATIONALITY, *GEOGRAPHIC_LABELS):
            return mention.name  # "the US company" as "the American company"
    return None


def _described_by_nationality(
    sent: Sentence, noun: int, child: int, lexicon: FrameLexicon
) -> bool:
    """Whether ``child`` is a nationality that describes the definite ``noun``, an
    organisation or person of holder_nouns ("the German exchange tabled an offer", "owns 44%
    of the Japanese carmaker"): one thing of that country, not the country ("Japanese
    consumers", "Japanese exports", "the Australian economy" are the country's, and "the
    Irish line-up" is the national team's)."""
    mention = sent.mention_at(child)
    if mention is None or mention.label != NATIONALITY or not any(
        sent[d].lower in lexicon.definite_determiners for d in sent.children(noun, "det", "poss")
    ):
        return False
    kind = lexicon.holder_nouns.get(sent[noun].lemma.lower())
    return kind is not None and kind != COUNTRY_KIND


def _named(
    sent: Sentence, i: int, lexicon: FrameLexicon, *, references_only: bool = False
) -> Holder | None:
    """A holder at token ``i``: a named mention, a pronoun (the clause's named subject when
    it has one: "Electrolux saw its shares rise"), a definite description ("the firm", "the
    Australian economy"), or a proper noun the document names elsewhere ("Rossignol
    shares")."""
    mention = sent.mention_at(i)
    if mention is not None and mention.label in HOLDER_LABELS and not references_only:
        return Holder(mention=_with_conjuncts(sent, mention, lexicon))
    tok = sent[i]
    if is_pronoun(tok, lexicon) or tok.lower in lexicon.person_pronouns:
        person = tok.lower in lexicon.person_pronouns
        named = _antecedent(sent, i, person, tok.lower in lexicon.neuter_pronouns, lexicon)
        if named is not None:
            # "Simon and Garfunkel ..., their comeback tour helping them earn $24.9m"
            return Holder(mention=named if person else _with_conjuncts(sent, named, lexicon))
        # "its" of a clause takes up the clause's subject; an object "it" never does ("the
        # German exchange tabled an offer for LSE, valuing it at £1.3bn")
        described = None if person or tok.dep != "poss" else _described_subject(
            sent, i, lexicon)
        if described is not None:
            return described  # "The lender announced the sale of its Brazil unit"
        return Holder(reference=tok.lower, wants="PERSON" if person else None, at=i)
    label = lexicon.holder_nouns.get(tok.lemma.lower())
    if label is None and tok.pos == "NOUN" and tok.dep == ACTIVE_SUBJECT and any(
        sent[d].lower in lexicon.definite_determiners for d in sent.children(i, "det")
    ):
        found = _apposed(sent, i)
        if found is not None and found.label == ORGANISATION:
            # "The banking unit, Japan Post Bank Co, reported a net profit": the name of the
            # organisation that is the subject, written beside it
            return Holder(mention=found)
    if label is not None:
        # one, not "the six largest Latin American economies"
        superlative = _superlative(sent, i, lexicon) and tok.lower == tok.lemma.lower()
        if label == "GPE" and not superlative:  # "the Australian economy": named beside it
            for child in sent.children(i, "amod", "compound", "poss"):
                found = sent.mention_at(child)
                if found is not None and found.label in HOLDER_LABELS and not (
                    found.label == NATIONALITY and tok.lower == tok.lemma.lower()
                    and found.name == " ".join(
                        sent[k].text for k in range(found.start, found.end))
                ):
                    # (a region's word names no country: "the Southeast Asian nation" is
                    # the country named before; "the Latin American economies" are several)
                    return Holder(mention=found)
        if label == ORGANISATION and not superlative:
            # "The Nissan carmaker reported ...": an organisation's noun its name qualifies
            named = next((m for k in sent.children(i, "compound")
                          if (m := sent.mention_at(k)) is not None and m.label == ORGANISATION),
                         None)
            if named is not None:
                return Holder(mention=named)
        found = _apposed(sent, i)
        if found is not None:
            # "the other mortgage firm Freddie Mac", "the firm, Umbro,": named beside it
            return Holder(mention=found)
        if superlative:
            # "Europe's biggest economy": one of the place's, named elsewhere
            return Holder(reference=tok.lemma.lower(), wants=label, at=i)
        determiners = sent.children(i, "det", "poss")
        if any(sent[d].lower in lexicon.definite_determiners for d in determiners) or (
            label == "ORG" and sent.children(i, "poss")  # "Turkey's biggest mobile firm"
        ):  # "a mid-sized US company" refers to no firm named before
            return Holder(reference=tok.lemma.lower(), wants=label, at=i,
                          nationality=_nationality(sent, i) if label == "ORG" else None)
    if references_only:
        return None
    for child in sent.children(i, "compound", "poss"):
        found = sent.mention_at(child)
        if found is not None and found.label in HOLDER_LABELS:
            return Holder(mention=found)
    if (tok.pos == "PROPN" or camel_case(tok.text)) and tok.dep in (
        "compound", "poss", *SUBJECTS
    ) and mention is None:
        # An untagged name: "Bruvik's site", "Technorati tracks six million blogs"; a
        # compound only when it is one word the document names elsewhere ("Rossignol
        # shares"), since "IT exports" and "FTSE index" are no holders.
        return Holder(
            reference=_proper_name(sent, i), wants="NAME", standalone=tok.dep != "compound"
        )
    return None


def camel_case(word: str) -> bool:
    """Whether ``word`` is written as a name in camel case, which the model may tag a
    common noun ("easyJet", "eBay")."""
    return word.isalpha() and word[:1].islower() and any(c.isupper() for c in word[1:])


def _with_conjuncts(sent: Sentence, mention: Mention, lexicon: FrameLexicon) -> Mention:
    """A name and the names of its kind coordinated with it, as one holder ("Charlie
    Hodgson and Olly Barkley missed six penalty attempts between them"); the name alone
    when it has none, or when a distributive word gives each its own ("Delta, Continental
    and American Airlines all falling by more than 7%")."""
    if not mention.name or not lexicon.distributive_words.isdisjoint(sent.lowers()):
        return mention
    found, top = mention, sent.span_root(mention.start, mention.end)
    while sent[top].dep == "conj" and sent.head(top) != top:
        # "Sony, IBM and Toshiba, who ...": the list starts with the name the others hang
        # on, when nothing but names stands between ("Charlize Theron for Monster, ... and
        # UK star Kate Winslet, who ..." is Kate Winslet's)
        first = sent.mention_at(sent.head(top))
        if first is None or first.label != mention.label or not first.name or any(
            sent.mention_at(k) is None and sent[k].pos != "PUNCT"
            and sent[k].lower not in lexicon.joint_conjunctions
            for k in range(first.end, mention.start)
        ):
            break
        mention, top = first, sent.head(top)
    names = [mention]
    heads = [top]
    joined_by: list[str] = []  # the coordinators of the list
    while heads:  # "A, B and C": each conjunct hangs on the one before
        head = heads.pop()
        joined_by.extend(sent[k].lower for k in sent.children(head, "cc"))
        for child in sent.children(head, "conj"):
            other = sent.mention_at(child)
            if other is None or child in mention:
                continue  # "Marks & Spencer": a conjunct inside the name itself
            if other.label == mention.label and other.name and other.name not in {
                m.name for m in names
            }:
                names.append(other)
                heads.append(child)
    if len(names) == 1 or not lexicon.joint_conjunctions.intersection(joined_by):
        return found  # "his Graceland, Tennessee, home": no list without an "and"
    names.sort(key=lambda m: m.start)
    joined = ", ".join(str(m.name) for m in names[:-1]) + f" and {names[-1].name}"
    return Mention(names[0].start, names[-1].end, mention.label, joined)


def _apposed(sent: Sentence, i: int) -> Mention | None:
    """The name written in apposition to the noun at ``i``, however the parser hung it."""
    for child in [*sent.children(i, "appos"), *_appositive_after(sent, i)]:
        found = sent.mention_at(child)
        if found is not None and found.label in HOLDER_LABELS:
            return found
    return None


def _appositive_after(sent: Sentence, i: int) -> list[int]:
    """The appositive written right after the noun at ``i`` and its comma, however the
    parser hung it ("Profit at Europe's largest bank, HSBC, was up 10%", HSBC made an
    appositive of "Profit")."""
    after = i + 2
    if after < sent.end and sent[i + 1].pos == "PUNCT" and sent[after].dep == "appos":
        return [after]
    return []


def _superlative(sent: Sentence, i: int, lexicon: FrameLexicon) -> bool:
    """Whether a superlative qualifies the noun at ``i`` ("Europe's biggest economy")."""
    return any(sent[k].lower in lexicon.superlatives for k in sent.children(i, "amod"))


def _proper_name(sent: Sentence, i: int) -> str:
    """The proper noun at ``i`` with the proper nouns compounded before it ("Skis
    Rossignol")."""
    start = i
    while start - 1 >= sent.start and sent[start - 1].pos == "PROPN" and (
        sent.head(start - 1) == i and sent[start - 1].dep == "compound"
    ):
        start -= 1
    return " ".join(sent[k].text for k in range(start, i + 1))


def _kind(sent: Sentence, mention: Mention, lexicon: FrameLexicon) -> str:
    """A name's kind: its label, unless a holder noun of another kind describes it before
    it ("supermarket group Morrisons", which the model may tag as a person, is an
    organisation: ``holder_nouns``)."""
    root = sent.span_root(mention.start, mention.end)
    for k in sent.children(root, "compound", "amod", "nmod"):
        if k < mention.start:
            kind = lexicon.holder_nouns.get(sent[k].lemma.lower())
            if kind is not None:
                return kind
    return mention.label


def _described_subject(sent: Sentence, i: int, lexicon: FrameLexicon) -> Holder | None:
    """The definite description ("the lender", "the firm") that is the subject of the
    clause holding the possessive pronoun at ``i`` (or of the verb an open complement
    completes) and comes before it, as a reference to resolve: "its" of a clause takes up
    its subject."""
    verb = next((a for a in sent.ancestors(i) if sent[a].pos in VERB_POS), None)
    # "The company managed to lift its Q3 revenues": an open complement's subject is the
    # subject of the verb it complements
    while verb is not None and sent[verb].dep == "xcomp" and not sent.children(verb, *SUBJECTS):
        verb = sent.head(verb) if sent.head(verb) != verb else None
    if verb is None:
        return None
    for subject in sent.children(verb, *SUBJECTS):
        if subject < i and sent.mention_at(subject) is None and not is_pronoun(
            sent[subject], lexicon
        ):
            found = _named(sent, subject, lexicon, references_only=True)
            if found is not None and found.reference is not None:
                return found
    return None


def _antecedent(
    sent: Sentence, i: int, person: bool, neuter: bool, lexicon: FrameLexicon
) -> Mention | None:
    """The name a pronoun at ``i`` refers to within its sentence: the nearest earlier
    named subject of a fitting kind ("Microsoft said it had received ...", "Electrolux saw
    its shares rise"), or the name a relative clause holding the pronoun qualifies ("Rod
    Stewart, whose shows helped net him £35m"). A person for "he", "his", "him", "she",
    "her"; an organisation or place for "it" and "its"; either for "they" and "their"."""
    above = set(sent.ancestors(i))
    fitting = [  # named before the pronoun, of its kind, nearest first
        mention for mention in reversed(sent.mentions)
        if mention.start < i and mention.label in HOLDER_LABELS
        and not ((person or neuter) and person != (_kind(sent, mention, lexicon) == "PERSON"))
    ]
    for mention in fitting:
        root = sent.span_root(mention.start, mention.end)
        if (
            sent[root].dep in SUBJECTS
            or (
                sent[root].dep == "poss" and sent[sent.head(root)].dep in SUBJECTS
                # "Europe's biggest economy ... it": not Europe, one of its places
                and not _superlative(sent, sent.head(root), lexicon)
            )
            or any(k in above for k in sent.children(root, "relcl", "acl", "appos"))
        ):
            return mention  # "Metallica's tour helped push their earnings" too
    if sent[i].dep == "poss":
        # A possessive pronoun after a possessor of a fitting kind, however the parser hung
        # that possessor ("Metallica's Madly in Anger with the World tour helped push their
        # 2004 earnings" read with "Madly" as an adverb): the possessor's.
        for mention in fitting:
            if sent[sent.span_root(mention.start, mention.end)].dep == "poss":
                return mention
    return None


def _named_compounds(sent: Sentence, noun: int) -> list[int]:
    """The words before ``noun`` in its phrase that are the roots of names of a holder's
    kind ("Nielsen" of "the Nielsen ratings system")."""
    return [k for k in sent.subtree(noun) if k < noun and sent[k].dep == "compound"
            and (m := sent.mention_at(k)) is not None and m.label in HOLDER_LABELS]


def find_source(
    sent: Sentence, root: int, lexicon: FrameLexicon
) -> tuple[str | None, Mention | None, Holder | None]:
    """Who states the figure: the subject of a verb of saying above it ("the ONS said"), or
    the object of "according to"; a pronoun or "the firm" as a reference to resolve. A
    subject holding a figure ("2% of them believed") states nothing."""
    below = root
    for node in [root, *sent.ancestors(root)]:
        candidates: list[int] = []
        for prep in sent.children(node, "prep"):
            if sent[prep].lower in lexicon.according:
                for to in sent.children(prep, "prep"):
                    # "according to data from the ONS": the data's owner; evidence that
                    # names none is the source as written ("according to industry reports")
                    for c in sent.children(to, "pobj"):
                        if sent[c].lemma.lower() in lexicon.method_nouns:
                            # "according to the general trade system": how the figure
                            # was compiled, not who states it; but whose system a name
                            # says ("according to the Nielsen ratings system") does
                            candidates.extend(_named_compounds(sent, c))
                        else:
                            candidates.extend(_owner(sent, c, lexicon) or [c])
        if node != below and sent[node].pos == "NOUN" and (
            sent[node].lower in lexicon.saying_nouns or lexicon.evidence(sent[node])
        ) and _content_clause(sent, below, lexicon):
            # "the claims made on Monday by Michael Howard that he could save £35 billion",
            # "Howard's claim that ...", "The IMF forecast that ...", "in its monthly budget
            # report that the deficit ... totaled $624.5 billion": who makes the claim or the
            # report states the figure
            candidates.extend(sent.children(node, "poss"))
            candidates.extend(k for k in sent.children(node, "compound")
                              if (m := sent.mention_at(k)) is not None
                              and m.label in HOLDER_LABELS)
            for prep in sent.children(node, "prep", "agent"):
                if sent[prep].lower in lexicon.evidence_owners:
                    candidates.extend(sent.children(prep, "pobj"))
            for clause in sent.children(node, "acl"):
                for agent in sent.children(clause, "agent"):
                    candidates.extend(sent.children(agent, "pobj"))
        if sent[node].lemma.lower() in lexicon.copulas:
            # "The IMF's forecast is for growth of 1.2%": whose forecast it is states the
            # figure; a description is kept as written ("The central bank's latest forecast,
            # from June, is for a 0.5% drop": no organisation named before is that bank)
            for subject in sent.children(node, "nsubj"):
                if sent[subject].lemma.lower() not in lexicon.forecast_nouns or (
                    below != subject and sent[below].dep not in FORECAST_PREDICATES
                ):
                    continue  # "..., and warned growth would be just 1%": not the forecast's
                for k in sent.children(subject, "poss"):
                    if sent.mention_at(k) is None and not is_pronoun(sent[k], lexicon):
                        return _phrase(sent, k), None, None
                    candidates.append(k)
        if sent[node].pos in VERB_POS and says(sent, node, below, lexicon):
            subjects = sent.children(node, "nsubj")
            if not subjects and sent[node].dep == "conj" and not sent.children(node, "auxpass"):
                # "Technorati tracks six million blogs and says that ...": the subject
                # of the verb it is coordinated with ("... and is expected to": nobody's)
                subjects = sent.children(sent.head(node), "nsubj")
            elif not subjects and sent[node].dep == "acl" and (
                lexicon.evidence(sent[sent.head(node)])
            ):
                # "research showing that ...": whoever the research is owned by
                candidates.extend(_owner(sent, sent.head(node), lexicon))
            elif not subjects and sent[node].dep == "advcl":
                # "Goldman Sachs produced research showing that ...": a named subject of
                # the clause the participle hangs on ("Sales rose, showing ...": nobody's)
                subjects = [k for k in sent.children(sent.head(node), "nsubj")
                            if (m := sent.mention_at(k)) is not None and m.label in HOLDER_LABELS]
            candidates.extend(k for c in subjects for k in _owner(sent, c, lexicon))
        if not candidates and sent[node].pos in VERB_POS:
            # "The average person has a library of 600 digital images estimates the Consumer
            # Electronics Association": a verb of saying the parser coordinated with the
            # figure's clause, with no subject and a name for its object, says who states it
            candidates.extend(
                obj for verb in sent.children(node, "conj")
                if verb > below and sent[verb].lemma.lower() in lexicon.attribution_verbs
                and not sent.children(verb, *SUBJECTS)
                for obj in sent.children(verb, "dobj")
                if (m := sent.mention_at(obj)) is not None and m.label in HOLDER_LABELS
            )
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
            if own is None and mention is not None and mention.label in PLACE_WORD_LABELS:
                # "according to a US research think-tank", "The Swedish firm said": a place
                # or nationality that describes the speaker is not the speaker
                mention = None
            reference = None
            if mention is None:
                named = _named(sent, found, lexicon, references_only=True)
                if named is not None:
                    mention, reference = named.mention, named if named.reference else None
            return _phrase(sent, found), mention, reference
    return None, None, None


def _content_clause(sent: Sentence, clause: int, lexicon: FrameLexicon) -> bool:
    """Whether the clause at ``clause``, hung on a noun, states what the noun says ("claims
    that he could save £35 billion"), as the parser hangs such a clause: a clausal
    complement or modifier, or a "relative" clause opened by a conjunction ("The IMF
    forecast that growth will reach 3%", the noun read as the root), not one whose
    pronoun is its subject or object ("the forecast that was published")."""
    dep = sent[clause].dep
    if dep in ("acl", "ccomp"):
        return True
    return dep == "relcl" and any(
        sent[k].pos == "SCONJ" for k in sent.children(clause, "mark")
    )


def _owner(sent: Sentence, i: int, lexicon: FrameLexicon) -> list[int]:
    """Who speaks through the subject ``i`` of a verb of saying: ``i`` itself, or, for
    figures, research or a survey, their owner ("a survey by ICM", "the ONS's figures",
    "data released by CAPMAS", "Goldman Sachs produced research"), none when no owner is
    written ("latest figures show")."""
    if not lexicon.evidence(sent[i]) or sent.mention_at(i) is not None:
        return [i]
    for child in sent.children(i, "poss", "compound"):
        # "the ONS's figures"; not "Friday's data", a day's
        if (m := sent.mention_at(child)) is not None and m.label in HOLDER_LABELS:
            return [child]
    for prep in sent.children(i, "prep"):
        if sent[prep].lower in lexicon.evidence_owners:
            return sent.children(prep, "pobj")
    for clause in sent.children(i, "acl"):
        # "the latest data released by CAPMAS", "figures published by the ONS"
        for agent in sent.children(clause, "agent"):
            return sent.children(agent, "pobj")
    verb = sent.head(i)
    if sent[i].dep == "dobj" and verb != i:
        # "Goldman Sachs produced research showing ...": a named subject of the verb whose
        # object the evidence is
        return [k for k in sent.children(verb, "nsubj")
                if (m := sent.mention_at(k)) is not None and m.label in HOLDER_LABELS]
    return []


def _mention_in(sent: Sentence, i: int) -> Mention | None:
    """A named holder at ``i`` or among its modifiers; an organisation or person before a
    place ("US media giant TimeWarner" is TimeWarner's; "Europe's largest bank, HSBC" is
    HSBC's), and a person named in apposition before the organisation beside them ("HVB
    Group economist Andreas Rees")."""
    found = []
    nodes = [i, *sent.children(i, "appos", "compound", "poss", "nmod", "amod")]
    for node in [*nodes, *_appositive_after(sent, i)]:
        mention = sent.mention_at(node)
        if mention is not None and mention.label in HOLDER_LABELS:
            found.append((node, mention))
    people = [m for node, m in found if m.label == "PERSON" and sent[node].dep == "appos"]
    named = [m for _, m in found if m.label in ("ORG", "PERSON")]
    best = people or named or [m for _, m in found]
    return best[0] if best else None


def _phrase(sent: Sentence, i: int) -> str:
    """The noun phrase at ``i``: its compounds, adjectives and possessors, without
    determiners ("the country's central bank" is "country's central bank")."""
    keep = [i, *(
        k for k in sent.subtree(i) if k < i and sent[k].pos not in ("DET", "PUNCT")
    )]
    words: list[str] = []
    for k in sorted(set(keep)):
        if sent[k].dep == "case" and words:
            words[-1] += sent[k].text  # a possessive ending, written against its noun
        else:
            words.append(sent[k].text)
    return " ".join(words)


def owner(sent: Sentence, verb: int, lexicon: FrameLexicon) -> Holder | None:
    """Who holds what the verb at ``verb`` owns or buys: its subject, named or referred to
    ("Time Warner now owns 8% of Google", "They own 29% of United"), or the name a relative
    clause qualifies ("Highfields Capital Management, which already owns 6.7% of ...")."""
    subject = subject_of(sent, verb, lexicon)
    if subject is None:
        return None
    # "The UK's biggest brewer, Scottish and Newcastle (S&N), is to buy 37.5% of ..."; a
    # nationality there is the model's slip, no owner
    found = _apposed(sent, subject)
    if found is not None and found.label in OWNER_LABELS:
        return Holder(mention=found)
    return _named(sent, subject, lexicon)


def valued(sent: Sentence, verb: int, lexicon: FrameLexicon) -> Holder | None:
    """What a verb of valuing at ``verb`` values, when the sentence names it: its object
    ("would value Manchester United at about £800m"), or its subject when it is passive
    ("Manchester United is valued at £800m"); a description or a pronoun ("values the club
    at £800m") is left to the holder found otherwise, since the nearest name of its kind
    is as often the bidder's."""
    passive = bool(sent.children(verb, "auxpass"))
    thing = next(iter(sent.children(verb, "nsubjpass" if passive else "dobj")), None)
    # the name itself ("the Premiership club" is no value of the Premiership)
    found = sent.mention_at(thing) if thing is not None else None
    return Holder(mention=found) if found is not None and found.label in HOLDER_LABELS else None
