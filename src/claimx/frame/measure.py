"""What a figure measures: the walk from the figure to the noun or predicate it
quantifies (:func:`find_anchor`), the measure's words, its metric and its dimension."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from claimx.frame.clause import is_pronoun, other_figure, quantified, subject_of, verb_above
from claimx.frame.lexicon import (
    ENDS_OF_CHANGE,
    FIGURE_LABELS,
    HOLDER_LABELS,
    MODIFIERS,
    SUBJECTS,
    FrameLexicon,
)
from claimx.frame.syntax import NOUN_POS, VERB_POS, Mention, Sentence, hyphen_joined

OPENING_BRACKETS = frozenset({"(", "["})
REVISED = "revised"  # the status_words group of a verb of revising
CLOSING_BRACKETS = frozenset({")", "]"})


# Marks that join the words of a measure ("pre-tax", "R & D", "import/export").
WORD_JOINERS = frozenset({"-", "\u2013", "&", "/"})
# The most tokens a bracketed conversion after a figure spans, brackets included.
CONVERSION_REACH = 8
# Arcs of a word that modifies the noun it hangs on.
NOUN_MODIFIERS = frozenset({"nummod", "amod", "compound", "nmod", "quantmod"})
# a change noun's "in" phrase naming a date or a place says when or where, not what changed
WHEN_OR_WHERE = frozenset({"DATE", "GPE", "LOC"})
# The arcs of a rate's words that say its pace ("an annualized rate", "at an annual pace").
PACE_MODIFIERS = ("amod", "compound", "advmod")
# How the tagger may read the unit a percentage's measure is counted per when it takes it
# for no common noun: "capita" as a name or a foreign word (X), by its context.
PER_UNIT_POS = frozenset({"PROPN", "X"})


@dataclass(slots=True)
class Anchor:
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
    replaced_by: Mention | None = None  # "198,000 in August instead of 128,000": 198,000
    suffix: str | None = None  # the noun of a verb correcting the measure ("overstatement")
    compared: Mention | None = None  # the figure this one is compared with ("compared to")


def find_anchor(
    sent: Sentence, figure: Mention, root: int, lexicon: FrameLexicon, depth: int
) -> Anchor:
    """Climb from the figure's root to the noun or predicate it measures."""
    anchor = _climb(sent, figure, root, lexicon, depth)
    if anchor.replaced_by is None and depth < 3:
        anchor = _replaced(sent, figure, root, anchor, lexicon, depth) or anchor
    anchor = _change_subject(sent, anchor, figure, lexicon, depth) or anchor
    if figure.rule in lexicon.share_rules and anchor.facet == "level":
        # "one in four Turks", "one in six knew who he was": a share of what it counts
        anchor.facet = "share"
        anchor.qualifier = anchor.qualifier or _what_the_part_does(sent, root, lexicon)
    if anchor.facet == "change" and anchor.qualifier is None and anchor.verb is not None:
        # "shrank an annualized real 7.1 percent": a participle on the figure itself says so
        anchor.qualifier = _manner(sent, anchor.verb, figure, lexicon) or (
            _pace_words(sent, root, lexicon, participles=True)
            if sent.head(root) == anchor.verb else None
        )
    return anchor


def _replaced(
    sent: Sentence, figure: Mention, root: int, anchor: Anchor, lexicon: FrameLexicon,
    depth: int,
) -> Anchor | None:
    """A figure in a phrase a word of ``replacement_markers`` qualifies, after another
    figure, however the parser hung the phrase ("grew 0.4 percent in the first quarter
    instead of 0.1 percent fall estimated on May 15", "of" made a conjunction): the figure
    replaced, in the other's frame."""
    for node in [root, *sent.ancestors(root)]:
        if node < figure.start and any(
            sent[k].lower in lexicon.replacement_markers for k in sent.children(node, "advmod")
        ):
            other = _figure_before(sent, figure)
            if other is None or other.end > node:
                return None
            base = find_anchor(sent, other, sent.span_root(other.start, other.end), lexicon,
                               depth + 1)
            return Anchor(noun=base.noun, verb=base.verb, nominal=base.nominal,
                          facet="baseline", via=base.via or other,
                          qualifier=base.qualifier, replaced_by=other)
    return None


def _manner(sent: Sentence, verb: int, figure: Mention, lexicon: FrameLexicon) -> str | None:
    """"grew 4.5% on an annualized basis", "grew 1.6% at an annual rate": how the verb's
    change is stated, in a phrase of its own that holds no figure; None without one."""
    for prep in sent.children(verb, "prep"):
        if sent[prep].lower not in lexicon.pace_prepositions:
            continue
        for obj in sent.children(prep, "pobj"):
            if (
                sent[obj].lemma.lower() in lexicon.pace_nouns
                and obj not in figure
                and not any(other_figure(sent, k, figure) for k in sent.subtree(obj))
            ):
                return _pace_words(sent, obj, lexicon)
    return None


def _pace_words(
    sent: Sentence, noun: int, lexicon: FrameLexicon, participles: bool = False
) -> str | None:
    """The normalised pace qualifiers among ``noun``'s modifiers ("annualized"), only its
    participles with ``participles``, or None."""
    words = [
        lexicon.pace_qualifiers[sent[k].lower]
        for k in sent.children(noun, *(("amod",) if participles else PACE_MODIFIERS))
        if sent[k].lower in lexicon.pace_qualifiers
        and (not participles or sent[k].tag in lexicon.past_participle_tags)
        # "on an annual basis": a base of the change (change_bases), not its pace
        and not lexicon.change_base([sent[k].lower, sent[noun].lower])
    ]
    return " ".join(words) or None


def _change_subject(
    sent: Sentence, anchor: Anchor, figure: Mention, lexicon: FrameLexicon, depth: int
) -> Anchor | None:
    """"Growth was 0.7%", "GDP growth between April and June was confirmed at 0.8%",
    "the rise in sales was 3%": a level whose clause's subject is a change noun is that
    change, of what the noun's of-phrase or compounds name, and so is the new level of a
    rate of change ("growth slowed to 1.6%"), also one the verb's object names ("revised
    its data for annualized economic growth to 1.9 percent"); the baseline keeps its facet
    ("growth was 0.7%, down from 0.8%": a growth rate before); None for any other anchor."""
    if anchor.noun is not None or anchor.verb is None or anchor.nominal is not None:
        return None
    if anchor.facet not in ("level", "baseline", "new_level"):
        return None
    candidates = [subject_of(sent, anchor.verb, lexicon)]
    objects = sent.children(anchor.verb, "dobj")
    if (
        anchor.facet != "level" and figure.label == "PERCENT"
        and len(objects) == 1 and lexicon.way_of(sent[anchor.verb]) is None
    ):
        # a rate that the only object of a verb that changes nothing itself reaches, through
        # what a container or report noun holds ("revised its data for annualized economic
        # growth to 1.9 percent"); not an amount, the level of what changed ("Imports saw a
        # yearly rise of 36 per cent to $159.1 billion": imports), nor a verb of change's
        # object ("raised rates ... to 5.8% - its first hike": rates), nor a change noun
        # itself, whose figure's ends are levels of what changed ("saw a sharp increase of
        # customers abandoning calls, from 5% to 13.3%")
        candidates.extend(k for k in objects if _contents(sent, k, lexicon) != k or (
            # "revised the economic drop for Q2 from 10.5% to a softer 10.2%": the ends of a
            # revision of a change noun are that change's values
            lexicon.status_words.get(sent[anchor.verb].lemma.lower()) == REVISED
        ))
    for candidate in candidates:
        found = _a_change_noun(sent, candidate, figure, lexicon)
        if found is None:
            continue
        change, direction = found
        changed = _from_noun(sent, change, figure, lexicon, depth)
        noun = changed.noun if changed.noun is not None else change  # "the rise in sales"
        if noun == change and not sent.children(change, *MODIFIERS):
            noun = _main_measure(sent, anchor.verb, lexicon) or noun
        if anchor.facet == "baseline":
            return Anchor(noun=noun, verb=anchor.verb, facet=anchor.facet,
                          qualifier=anchor.qualifier)
        # "growth was 0.7%", "growth slowed to 1.6%": the change itself, at its new rate; a
        # pace its participle states stays with another noun measured ("annualized GDP
        # growth in the 2nd quarter was 1.6%": annualized GDP), not an adjective's, which
        # may name the change's period ("annual GDP growth")
        stated = None if noun == change else _pace_words(sent, change, lexicon, participles=True)
        return Anchor(noun=noun, facet="change", direction=direction,
                      qualifier=anchor.qualifier or stated)
    return None


def _a_change_noun(
    sent: Sentence, i: int | None, figure: Mention, lexicon: FrameLexicon
) -> tuple[int, str] | None:
    """The change noun at ``i`` (or that a container or report noun there holds: "The ONS
    estimate of GDP growth") with its direction, or None."""
    if i is None or i in figure:
        return None
    i = _contents(sent, i, lexicon)
    if (
        i in figure
        or sent[i].pos not in ("NOUN", "PROPN")  # "Growth" opening a sentence
        or sent.mention_at(i) is not None
        or other_figure(sent, i, figure) is not None
    ):
        return None
    direction = lexicon.way_of(sent[i])
    if direction is None and sent[i].lemma.lower() in lexicon.pace_nouns:
        # "the GDP growth rate slowed to 1.6%": the rate of the change noun before it
        direction = next(
            (way for k in sent.children(i, "compound")
             if (way := lexicon.way_of(sent[k])) is not None),
            None,
        )
    return None if direction is None else (i, direction)


def _main_measure(sent: Sentence, verb: int, lexicon: FrameLexicon) -> int | None:
    """For a change noun alone in a subordinate clause ("Industrial production was weaker,
    with growth revised down to 0.3%"): the measure noun that is the subject of a clause
    above, or None."""
    for above in sent.ancestors(verb):
        if sent[above].pos not in VERB_POS:
            continue
        subject = subject_of(sent, above, lexicon)
        if (
            subject is not None
            and sent[subject].pos == "NOUN"
            and sent.mention_at(subject) is None
            and sent[subject].lemma.lower() not in lexicon.holder_nouns
            and sent[subject].lemma.lower() not in lexicon.container_nouns
            and lexicon.way_of(sent[subject]) is None
        ):
            return subject
    return None


def _climb(
    sent: Sentence, figure: Mention, root: int, lexicon: FrameLexicon, depth: int
) -> Anchor:
    i = root
    # "$4.6 billion" parsed as quantmod/compound inside the figure, or a figure inside a
    # larger noun phrase ("up to 300 yuan"): climb out through number modifiers.
    while sent[i].dep in ("quantmod",) and sent.head(i) != i and sent.head(i) in figure:
        i = sent.head(i)
    tok = sent[i]
    trailing = _trailing_noun(sent, figure, i, lexicon)
    if trailing is None:
        trailing = _object_after(sent, figure, i)
    if trailing is not None:
        return Anchor(noun=trailing)  # "pay the $3.5m fine": the fine, not the payment
    head = sent.head(i)
    if tok.dep == "conj" and figure.label == "MONEY" and head != i:
        written = _written_after(sent, figure, lexicon)
        if written is not None:
            # "reported KRW 258.94 trillion ($194 billion) in annual revenue and KRW 6.57
            # trillion ($4.9 billion) in operating profit", the parser having coordinated
            # the second amount with the first's noun: the noun written after it, in the
            # frame of the first amount (its period, its clause)
            first = next((m for m in reversed(sent.mentions)
                          if m.label == figure.label and m.end <= figure.start
                          and (head in m or _written_after(sent, m, lexicon) == head)), None)
            return Anchor(noun=written, via=first)
    if head == i:
        return Anchor()
    allotted = _allotted_to(sent, i, figure, lexicon)
    if allotted is not None:
        return Anchor(noun=allotted)  # "RM303.8 billion has been allocated for operating ..."
    parent = sent[head]
    other = other_figure(sent, head, figure)
    if other is None and tok.dep == "conj" and depth < 3 and (
        (date := sent.mention_at(head)) is not None and date.label == "DATE"
    ):
        # "rise to 85% by 2008 and 100% by 2010": the parser joined the second figure to the
        # first's date; it is the first figure's that it is coordinated with.
        other = _figure_before(sent, date)
    glued = other is not None and tok.dep in ("nummod", "compound") and (
        {figure.label, other.label} == {"MONEY", "PERCENT"}
    )  # "decreased $257.8 billion or 17.5 %", the amount parsed as the percentage's number
    if other is not None and (tok.dep in ("conj", "appos") or glued) and depth < 3:
        # "$1.13bn (£600m)", "$2bn in 2004 and $1.5bn in 2003": the same frame.
        base = find_anchor(sent, other, sent.span_root(other.start, other.end), lexicon, depth + 1)
        if tok.dep == "conj" and other.end <= figure.start and any(
            sent[k].lower in lexicon.replacement_markers for k in range(other.end, figure.start)
        ):
            # "expanding by 2.6 per cent instead of the previously reported 2.4 per cent",
            # the parser joining the two: the figure replaced, in the other's frame
            return Anchor(noun=base.noun, verb=base.verb, nominal=base.nominal,
                          facet="baseline", via=base.via or other, qualifier=base.qualifier,
                          replaced_by=other)
        base.via = base.via or other
        own = _own_phrase_noun(sent, i, lexicon) if tok.dep == "conj" else None
        if own is not None and base.noun is not None and base.noun == _own_phrase_noun(
            sent, sent.span_root(other.start, other.end), lexicon
        ):
            # "recorded 17.11 trillion won in sales and 1.11 trillion won in operating
            # income": each amount of a list measures the noun of its own phrase
            base.noun = own
        way = lexicon.way_of(sent[base.verb]) if base.verb is not None else None
        if (
            figure.label == "PERCENT" and other.label == "MONEY"
            and base.facet in ENDS_OF_CHANGE and way is not None
        ):
            # "grew by 1 percent to $58 billion, or 3 percent in constant currencies": a
            # percentage beside the level a change reached is that change, stated otherwise
            return Anchor(noun=base.noun, verb=base.verb, nominal=base.nominal,
                          facet="change", direction=way, via=other)
        return base
    sibling = (
        _figure_of_noun(sent, head, figure, lexicon) if tok.dep == "conj" and depth < 3 else None
    )
    if sibling is not None:
        # "record contractions of 12.3 percent in the industrial sector and 9.7 percent in
        # the services sector": the parser joined the second figure to the change noun the
        # first quantifies; it is that change too, of what its own phrase names
        base = find_anchor(
            sent, sibling, sent.span_root(sibling.start, sibling.end), lexicon, depth + 1)
        own_noun = _own_phrase_noun(sent, i, lexicon)
        return Anchor(noun=own_noun if own_noun is not None else base.noun, verb=base.verb,
                      facet=base.facet, direction=base.direction, qualifier=base.qualifier)
    verb = sent.head(head)
    if (
        tok.dep == "appos"
        and parent.dep in ("dative", "dobj")
        and figure.start == head + 1
        and sent[verb].pos in VERB_POS
    ):
        # "fined CBS $550,000": the verb's second object, which the parser hung on the first
        return _from_verb(sent, verb, "dobj", lexicon, money=figure.label == "MONEY")
    share = _share_of(sent, figure, root, lexicon)
    if share is not None:
        does = _what_the_part_does(sent, root, lexicon)
        if does is None and tok.dep == "pobj" and depth < 3:
            # "16% of women earn more, compared with 30% of men": the same deed.
            other = _compared_figure(sent, sent.head(head), figure) if head != i else None
            if other is not None:
                does = _what_the_part_does(sent, sent.span_root(other.start, other.end), lexicon)
        return Anchor(noun=share, facet="share", qualifier=does)
    measured = _measured_in(sent, figure, root, lexicon)
    if measured is not None and lexicon.way_of(sent[measured]) is not None:
        # "£4bn of tax cuts", "$2m in pay rises": an amount of a change is that change, of
        # what the change noun names
        changed = _from_noun(sent, measured, figure, lexicon, depth)
        if changed.facet == "change" and changed.noun is not None:
            return changed
    if measured is not None:
        # "potentially reaching $10 billion in exports by 2030": the level exports reach
        reached = tok.dep == "dobj" and parent.lemma.lower() in lexicon.arrival_verbs
        return Anchor(noun=measured, facet="new_level" if reached else "level")
    pair = _pair_read_as_range(sent, i, figure, lexicon)
    if pair is not None:
        prep, second = pair
        anchor = _from_preposition(sent, prep, figure, lexicon, depth)
        if second:
            anchor.facet, anchor.direction = "new_level", None
        return anchor
    ends = _pair_on_verb(sent, i, figure, lexicon)
    if ends is not None:
        verb, second = ends
        anchor = _from_verb(sent, verb, "dobj", lexicon)
        if second:
            anchor.facet, anchor.direction = "new_level", None
        return anchor
    if tok.dep == "pobj":
        return _from_preposition(sent, head, figure, lexicon, depth)
    if tok.dep == "prep" and tok.pos == "ADP":
        end = _dangling_end(sent, i, figure, lexicon)
        if end != i:
            return _from_preposition(sent, end, figure, lexicon, depth)
        # "pushed prices above $50", "grossed around $91m": the hedge is the figure's own
        # preposition, and the figure the verb's object or complement.
        if parent.pos in VERB_POS and not sent.children(head, "dobj"):
            return _from_verb(sent, head, "dobj", lexicon)
        return _from_preposition(sent, i, figure, lexicon, depth)
    if (
        tok.dep in NOUN_MODIFIERS and parent.pos in NOUN_POS
        and in_change_base(sent, head, lexicon)
    ):
        above = sent.head(head)
        if sent[above].pos in VERB_POS:
            # "exports rise 9.7pc year/year", the figure hung on the base of the change: the
            # verb's change, not a measure of years
            return _from_verb(sent, above, sent[head].dep, lexicon,
                              money=figure.label == "MONEY", rate=figure.label == "PERCENT")
        if (
            sent[head].dep == "pobj" and sent[above].pos == "ADP"
            and sent[sent.head(above)].pos in VERB_POS
        ):
            # "grew by 6.3% YoY": the figure's phrase is the preposition's, its base no
            # measure
            return _from_preposition(sent, above, figure, lexicon, depth)
    if tok.dep in NOUN_MODIFIERS and parent.pos in NOUN_POS and (
        _dated_noun(sent, i, head) is None  # "5.9% Q2 2024 growth": the growth, below
    ):
        after = figure.end
        than = _than_clause(sent, head, lexicon) if figure.label == "QUANTITY" else None
        if (
            # "two more penalties": more of them, no change; but "818,000 fewer jobs than
            # initially reported" is a difference from what was reported
            (figure.label != "QUANTITY" or than is not None)
            and after < head
            and sent.head(after) == head
            and sent[after].dep == "amod"
            and sent[after].lower in lexicon.comparatives
            and sent[after].lower not in lexicon.comparative_prepositions
        ):
            # "on 5.4% higher net revenue", "at a 5% lower price": a change of the noun,
            # the comparative hung beside the figure; a count's, compared with what was
            # reported, revises that report ("818,000 fewer jobs than originally reported")
            return Anchor(noun=head, facet="change",
                          direction=lexicon.comparatives[sent[after].lower],
                          suffix=_revising(sent, than, lexicon))
        return _from_noun(sent, head, figure, lexicon, depth)
    noun = _dated_noun(sent, i, head)
    if noun is not None:
        # "signs N28.7 trillion 2024 budget into law": the amount and the year both modify
        # the budget, the parser hanging the amount on the year
        return _from_noun(sent, noun, figure, lexicon, depth)
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
        # "the deficit was $21.8 billion higher than expected", "about 30 percent lower than
        # the average estimate": a difference from what was expected, no change over time
        missed = _missed(sent, head, figure, lexicon)
        subject = _comparative_subject(sent, head, figure, lexicon)
        if subject is not None:
            # "with revenue up 21 per cent": the subject of the comparative's own clause
            return Anchor(noun=subject, facet="change", direction=direction, suffix=missed)
        above = sent.head(head)
        if parent.dep == "amod" and above != head and sent[above].pos == "NOUN":
            # "rates 30% lower"; "cut about 2,000 more jobs than previously announced": a
            # revision of what was announced
            than = _than_clause(sent, above, lexicon) if figure.label == "QUANTITY" else None
            return Anchor(noun=above, facet="change", direction=direction,
                          suffix=_revising(sent, than, lexicon) or missed)
        governing = verb_above(sent, head)
        nominal = _verb_measured(sent, governing, head, lexicon) if governing == above else None
        if nominal is not None:
            # "Women in full-time work earn 19% less than men": what the verb measures
            # changes (earnings), not its subject
            return Anchor(verb=governing, nominal=nominal, facet="change", direction=direction,
                          suffix=missed)
        return Anchor(verb=governing, facet="change", direction=direction, suffix=missed)
    after = figure.end
    if (
        parent.pos in VERB_POS
        and after < sent.end
        and sent.head(after) == head
        and sent[after].dep == "advmod"
        and sent[after].lower in lexicon.comparatives
        and sent[after].lower not in lexicon.comparative_prepositions
    ):
        # "Sterling was 0.3% down against the US dollar", the adverb hung beside the
        # figure: a change in its direction
        return Anchor(verb=head, facet="change", direction=lexicon.comparatives[sent[after].lower])
    if (
        parent.pos == "ADJ"
        and parent.dep == "acomp"
        and sent.head(head) != head
        and sent[sent.head(head)].lemma.lower() in lexicon.copulas
    ):
        # "The contract with the Powys health board was worth £7m a year": what the
        # copula's subject is worth, as in "the contract was £7m a year"
        return _from_verb(sent, sent.head(head), "attr", lexicon, money=figure.label == "MONEY")
    if parent.pos in VERB_POS or parent.pos == "ADJ" or _verb_read_as_noun(sent, head, lexicon):
        return _from_verb(sent, head, tok.dep, lexicon, money=figure.label == "MONEY",
                          rate=figure.label == "PERCENT" and figure.rule not in lexicon.share_rules)
    if parent.pos in NOUN_POS and other_figure(sent, head, figure) is None:
        return _from_noun(sent, head, figure, lexicon, depth)
    return Anchor(verb=verb_above(sent, head))


def _comparative_subject(
    sent: Sentence, comparative: int, figure: Mention, lexicon: FrameLexicon
) -> int | None:
    """The noun a comparative heads a clause of, as its subject ("with revenue up 21 per
    cent"), or qualifies as an adverb in a headline or the object of one of
    ``absolute_prepositions`` ("with underlying earnings per share up 21%", as the parser
    hung it), when it is no figure nor name nor quantified by another figure; else None."""
    head = sent.head(comparative)
    nouns = [*sent.children(comparative, *SUBJECTS)]
    if sent[comparative].dep == "advmod" and head != comparative and (
        # a headline: "Ethiopia's crop production up 24%", also after a clause and a comma
        # ("Canada's employment rises 37k in Jan, unemployment down to 4.7%")
        sent[head].dep in ("ROOT", "appos")
        or (sent[head].dep == "pobj" and sent.head(head) != head
            and sent[sent.head(head)].lower in lexicon.absolute_prepositions)
    ) and not any(other_figure(sent, k, figure) for k in sent.children(head)):
        nouns.append(head)
    return next(
        (k for k in nouns
         if sent[k].pos == "NOUN" and k not in figure and sent.mention_at(k) is None
         and other_figure(sent, k, figure) is None),
        None,
    )


def _than_clause(sent: Sentence, noun: int, lexicon: FrameLexicon) -> int | None:
    """The head of a phrase or clause that a comparison mark ("than") after ``noun`` opens
    and that hangs, however low, on the noun or on the verb it is the object of, through no
    clause with a subject of its own ("added 818,000 fewer jobs between March 2023 and March
    2024 than originally reported", the parser hanging "reported" on the date; not "scored
    two more penalties, and the team was better than last year"); None without one."""
    hosts = {noun, sent.head(noun)}
    for k in range(noun + 1, sent.end):
        if sent[k].lower not in lexicon.comparison_marks:
            continue
        at = sent.head(k)
        while at not in hosts and sent.head(at) != at and not sent.children(at, "nsubj"):
            at = sent.head(at)
        if at in hosts:
            # "than originally reported" (a mark of the clause), "than originally planned"
            # (a preposition whose complement the clause is)
            return next(iter(sent.children(k, "pcomp", "pobj")), sent.head(k))
    return None


def _missed(sent: Sentence, comparative: int, figure: Mention, lexicon: FrameLexicon) -> str | None:
    """``reported_difference`` when the figure is how far a comparative right after it puts
    its measure from what was expected, estimated or reported ("$21.8 billion higher than
    expected", "about 30 percent lower than the average estimate"), the "than" coming before
    any other figure ("down 35 percent from a year earlier and about 30 percent lower than
    the average estimate": the 35 percent is a change); else None."""
    mark = next((k for k in range(figure.end, sent.end)
                 if sent[k].lower in lexicon.comparison_marks), None)
    if mark is None or any(
        (m := sent.mention_at(k)) is not None and m.label in FIGURE_LABELS and m.label != "DATE"
        for k in range(figure.end, mark)
    ):
        return None
    return _revising(sent, _than_clause(sent, comparative, lexicon), lexicon)


def _revising(sent: Sentence, clause: int | None, lexicon: FrameLexicon) -> str | None:
    """``reported_difference`` when the "than" clause at ``clause`` compares with what was
    reported, thought or planned ("than originally reported", "than previously thought",
    "than planned"): the figure revises that report; else None."""
    if clause is None:
        return None
    lemma = sent[clause].lemma.lower()
    if (
        lemma in lexicon.attribution_verbs or lemma in lexicon.modality_words
        # "lower than the average estimate", "more than estimates made last year"
        or (sent[clause].pos in NOUN_POS and lemma in lexicon.forecast_nouns)
    ):
        return lexicon.reported_difference
    return None


def chain_start(sent: Sentence, i: int) -> int:
    """The first member of the coordination the token at ``i`` is a later member of."""
    while sent[i].dep == "conj" and sent.head(i) != i:
        i = sent.head(i)
    return i


def conjuncts(sent: Sentence, i: int) -> list[int]:
    """The token at ``i`` and the members coordinated with it after it, in order."""
    members = [i]
    for k in sent.children(i, "conj"):
        members += conjuncts(sent, k)
    return members


def chain_element(sent: Sentence, root: int) -> int:
    """The token that stands for a figure in a coordination: its root, or the noun it
    numbers ("2.591 million units and 2.593 million units")."""
    if sent[root].dep in ("nummod", "compound") and sent.head(root) != root:
        return sent.head(root)
    return root


def respective(
    sent: Sentence, noun: int, element: int,
    figure: Mention | None = None, respective_words: frozenset[str] = frozenset(),
) -> int:
    """The member of the coordinated nouns at ``noun`` that the figure standing at
    ``element`` measures, when the figures are coordinated as many as the nouns
    ("production and sales ... increasing by 13.3 percent and 14.7 percent": the second
    figure, sales), or, however the parser hung them, when the figures of ``figure``'s kind
    after the nouns are as many and one of ``respective_words`` follows them ("Profit and
    revenue fell 5% and 3% respectively": the parser coordinates 3% with the verb); else
    ``noun``."""
    nouns = conjuncts(sent, chain_start(sent, noun))
    if len(nouns) < 2 or any(sent[k].pos != "NOUN" for k in nouns):
        return noun
    members = conjuncts(sent, chain_start(sent, element))
    if (
        element in members and len(members) == len(nouns) and not set(members) & set(nouns)
        and all(_figure_stands_at(sent, k) for k in members)
    ):
        return nouns[members.index(element)]
    if figure is None:
        return noun
    listed = [m for m in sent.mentions if m.label == figure.label and m.start > nouns[-1]]
    if len(listed) != len(nouns) or not any(
        sent[k].lower in respective_words for k in range(listed[-1].end, sent.end)
    ):
        return noun
    return next((k for m, k in zip(listed, nouns, strict=True)
                 if (m.start, m.end) == (figure.start, figure.end)), noun)


def _figure_stands_at(sent: Sentence, k: int) -> bool:
    """Whether the token at ``k`` is a figure's or the noun a figure numbers."""
    return any(
        (m := sent.mention_at(t)) is not None and m.label in FIGURE_LABELS
        for t in (k, *sent.children(k, "nummod", "compound", "quantmod"))
    )


def _dated_noun(sent: Sentence, i: int, head: int) -> int | None:
    """The noun a figure at ``i`` modifies through a date that modifies it too ("N28.7
    trillion 2024 budget": the budget), else None."""
    date = sent.mention_at(head)
    if date is None or date.label != "DATE" or sent[i].dep not in NOUN_MODIFIERS:
        return None
    noun = sent.head(head)
    if noun == head or sent[head].dep not in NOUN_MODIFIERS or sent[noun].pos not in NOUN_POS:
        return None
    return noun


def _verb_measured(
    sent: Sentence, verb: int | None, comparative: int, lexicon: FrameLexicon
) -> str | None:
    """The measure a verb of ``verb_measures`` names for a comparative it governs at once
    ("earn 19% less", "invest 7.7% more": earnings, investment), when the verb is no verb
    of change itself ("lost 2.5%, with JFE down 3.4%") and has no object of its own but
    the comparative; else None."""
    if verb is None:
        return None
    lemma = sent[verb].lemma.lower()
    if lexicon.direction(lemma) is not None or any(
        k != comparative for k in sent.children(verb, "dobj")
    ):
        return None
    return lexicon.verb_measures.get(lemma)


def _own_phrase_noun(sent: Sentence, i: int, lexicon: FrameLexicon) -> int | None:
    """The noun of a ``change_of`` phrase hung on the figure's root ``i`` ("9.7 percent in
    the services sector", "$1.11bn in operating income"): no date nor name; else None."""
    return next((obj for prep in sent.children(i, "prep")
                 if sent[prep].lower in lexicon.change_of
                 for obj in sent.children(prep, "pobj")
                 if sent[obj].pos in NOUN_POS and sent.mention_at(obj) is None), None)


def _trailing_noun(sent: Sentence, figure: Mention, i: int, lexicon: FrameLexicon) -> int | None:
    """The noun a figure with its own determiner qualifies, which the parser hung on the
    figure as a modifier ("pay the $3.5m fine", "fine" read as an adjective of "m"): the
    word right after the figure, ending the noun phrase. None for any other figure, and for
    a word of change or comparison ("the 5% higher")."""
    after = figure.end
    if after >= sent.end or not sent.children(i, "det"):
        return None
    word = sent[after]
    if (
        sent.head(after) != i
        or word.dep not in ("amod", "compound")
        or word.pos not in ("ADJ", "NOUN")
        or word.lower in lexicon.comparatives
        or word.lower in lexicon.dropped_words  # "the $5m extra"
        or lexicon.way_of(word)
        or (after + 1 < sent.end and sent[after + 1].pos in ("NOUN", "PROPN", "ADJ"))
    ):
        return None
    return after


def _past_conversion(sent: Sentence, at: int) -> int | None:
    """The token after a bracketed conversion that opens at ``at`` ("$30m (£16m) in ..."),
    ``at`` itself when none opens there, None when its bracket does not close soon."""
    if at >= sent.end or sent[at].text not in OPENING_BRACKETS:
        return at
    close = next((j for j in range(at + 1, min(at + CONVERSION_REACH, sent.end))
                  if sent[j].text in CLOSING_BRACKETS), None)
    return close + 1 if close is not None else None


def _object_after(sent: Sentence, figure: Mention, i: int) -> int | None:
    """The noun right after an amount of money (and its bracketed conversion) that the
    parser made a second object of the amount's verb ("has lost her £7.5m ($14.6m) sex
    discrimination case": the case, of which the amount is the size); None otherwise."""
    verb = sent.head(i)
    if figure.label != "MONEY" or sent[i].dep != "dobj" or verb == i:
        return None  # a count's or a length's noun after it is its unit ("four years")
    k = _past_conversion(sent, figure.end)
    if k is None:
        return None
    while k < sent.end and sent[k].dep in ("compound", "amod") and sent.head(k) > k:
        k += 1
    if k >= sent.end:
        return None
    noun = sent[k]
    if noun.dep == "dobj" and sent.head(k) == verb and noun.pos == "NOUN" and (
        sent.mention_at(k) is None
    ):
        return k
    return None


def _pair_read_as_range(
    sent: Sentence, i: int, figure: Mention, lexicon: FrameLexicon
) -> tuple[int, bool] | None:
    """A from/to pair of counts that the parser read as one range ("rose from 102 to 105",
    "fell by 600,000 to 5.9 million": the first number and "to" hang on the second as
    ``quantmod``, the second on "from" or "by"): the preposition that opens the pair and
    whether the figure is its second end. The first end takes that preposition's facet
    (rules/frame.json ``change_prepositions``: a baseline, a change), the second is the new
    level. None for any other figure."""
    # A percentage's number hangs on its sign ("from 3.1% to 3.2%": "3.1", "%" and "to" on
    # "3.2", which hangs on "%"), so the second end is read as the whole other figure.
    if sent[i].dep == "quantmod":
        other = other_figure(sent, sent.head(i), figure)
        if other is None:
            return None
        first, second, is_second = i, sent.span_root(other.start, other.end), False
        inside = range(other.start, other.end)
    elif sent[i].dep == "pobj":
        inside = range(figure.start, figure.end)
        ends = [k for j in inside for k in sent.children(j, "quantmod")
                if other_figure(sent, k, figure)]
        # or both ends as objects of the one preposition ("from 3.1% to 3.2%", "to" on "3.2")
        ends = ends or [k for k in sent.children(sent.head(i), "pobj")
                        if k < i and other_figure(sent, k, figure)]
        if not ends:
            return None
        first, second, is_second = ends[0], i, True
    else:
        return None
    prep = sent.head(second)
    opener = lexicon.change_prepositions.get(sent[prep].lower)
    joins = any(
        first < k < second and lexicon.change_prepositions.get(sent[k].lower) == "new_level"
        for j in inside for k in sent.children(j, "quantmod")
    )
    if sent[second].dep != "pobj" or opener in (None, "new_level") or not joins:
        return None
    return prep, is_second


def _pair_on_verb(
    sent: Sentence, i: int, figure: Mention, lexicon: FrameLexicon
) -> tuple[int, bool] | None:
    """A change and the level it reaches that the parser read as one range on the verb of
    change ("Brent crude gained $1.89 to $48.62": "$1.89" and "to" hang on "$48.62" as
    ``quantmod``, "$48.62" is the verb's object): the verb, and whether the figure is the
    second end, the new level; the first is the verb's change. None for any other figure."""
    if sent[i].dep == "quantmod":
        second = sent.head(i)
        if other_figure(sent, second, figure) is None:
            return None
        first, is_second = i, False
    else:
        ends = [k for k in sent.children(i, "quantmod") if other_figure(sent, k, figure)]
        if not ends:
            return None
        first, second, is_second = ends[0], i, True
    verb = sent.head(second)
    if verb == second or sent[verb].pos not in VERB_POS or sent[second].dep != "dobj":
        return None
    if not (lexicon.way_of(sent[verb]) or lexicon.direction(sent[verb].lower)):
        return None
    joins = any(
        first < k < second and lexicon.change_prepositions.get(sent[k].lower) == "new_level"
        for k in sent.children(second, "quantmod")
    )
    return (verb, is_second) if joins else None


def ratio_base(sent: Sentence, figure: Mention, root: int, lexicon: FrameLexicon) -> str | None:
    """The whole a percentage is a ratio to ("2.5 pct of GDP", "60% of gross domestic
    product": ``ratio_bases``, by the of-object with its modifiers), or None."""
    found = ratio_whole(sent, figure, root, lexicon)
    return found[0] if found is not None else None


def ratio_whole(
    sent: Sentence, figure: Mention, root: int, lexicon: FrameLexicon
) -> tuple[str, int] | None:
    """:func:`ratio_base` and the token of the whole ("the country's GDP": GDP)."""
    if figure.label != "PERCENT":
        return None
    for prep in sent.children(root, "prep"):
        if sent[prep].lower not in lexicon.part_of:
            continue
        for obj in sent.children(prep, "pobj"):
            modifiers = [k for k in sent.children(obj, "amod", "compound") if k < obj]
            words = [sent[k].lower for k in sorted(modifiers)] + [sent[obj].lower]
            for start in range(len(words)):
                found = lexicon.ratio_bases.get(" ".join(words[start:]))
                if found is not None:
                    return found, obj
    return None


def _share_of(sent: Sentence, figure: Mention, root: int, lexicon: FrameLexicon) -> int | None:
    """"26.4% of exports", "31 of the world's largest firms", "accounted for 4.9 billion
    euros of the loss": the whole the figure is a part of (a percentage or count with an
    ``of`` phrase of its own; an amount with one of a whole the text has named, a definite
    or possessive one: "$5bn of loans" is loans); a whole it is a ratio to ("2.5 pct of
    GDP") is none: the figure measures what its clause says it is of."""
    if figure.label not in ("MONEY", "PERCENT", "QUANTITY"):
        return None
    if figure.label != "MONEY" and ratio_base(sent, figure, root, lexicon) is not None:
        return None
    for prep in sent.children(root, "prep"):
        if sent[prep].lower in lexicon.part_of:
            for obj in sent.children(prep, "pobj"):
                antecedent = _relative_antecedent(sent, figure, root) if (
                    figure.label == "PERCENT" and sent[obj].lower in lexicon.relative_pronouns
                ) else None
                if antecedent is not None:
                    return antecedent
                if (sent[obj].pos in NOUN_POS and obj not in figure
                        and other_figure(sent, obj, figure) is None
                        and _whole_of(sent, obj, figure, lexicon)):
                    return obj
    return None


def _relative_antecedent(sent: Sentence, figure: Mention, root: int) -> int | None:
    """The noun a percentage's relative pronoun stands for: the noun the parser hung the
    share's relative clause on, else the one that ends the phrase right before the comma
    that opens the share, however the parser hung the clause ("his songs, half of which were
    written with ...": songs; "50 loans, 20% of which went bad": loans); None when no plain
    noun stands there. A count's stays as written ("10 world records, three of which")."""
    verb = sent.head(root)
    comma, noun = figure.start - 1, figure.start - 2
    if sent[verb].dep == "relcl" and verb != root and sent.head(verb) != verb:
        noun = sent.head(verb)
    elif noun < sent.start or sent[comma].text != ",":
        return None
    plain = noun not in figure and sent[noun].pos == "NOUN" and sent.mention_at(noun) is None
    return noun if plain else None


def _whole_of(sent: Sentence, obj: int, figure: Mention, lexicon: FrameLexicon) -> bool:
    """Whether a figure's of-object is the whole it is a part of: any for a percentage, a
    whole the text has named for an amount, a whole of its own for a count."""
    if figure.label == "PERCENT":
        return True
    if figure.label == "MONEY":
        return _named_whole(sent, obj, lexicon)
    return _a_whole(sent, obj)


def _named_whole(sent: Sentence, noun: int, lexicon: FrameLexicon) -> bool:
    """Whether an amount's of-object is a whole the text has named: a noun with a definite
    determiner, or a name's, a pronoun's or a definite noun's possessive ("of the loss",
    "of its debt", "of May's debt", "of the company's debt"); not one with "a" or none, nor
    what a class of people own ("$4m of local taxpayers' money": money)."""
    def definite(i: int) -> bool:
        return any(
            sent[k].lower in lexicon.definite_determiners for k in sent.children(i, "det")
        )

    return definite(noun) or any(
        sent[k].pos in ("PROPN", "PRON") or definite(k) for k in sent.children(noun, "poss")
    )


def _a_whole(sent: Sentence, noun: int) -> bool:
    """Whether a count's of-object names a whole it is part of ("31 of the world's largest
    firms", "10 of its 27 plants", "two of them") rather than what it counts ("thousands of
    jobs", "millions of people"): a pronoun, or a noun with a determiner, possessive or
    number of its own."""
    return sent[noun].pos == "PRON" or bool(sent.children(noun, "det", "poss", "nummod"))


def _what_the_part_does(sent: Sentence, root: int, lexicon: FrameLexicon) -> str | None:
    """For "16% of women earn more than £50,000": what the part does, the verb the share is
    the subject of with the head of its object ("earn", "hold degree"), so that two shares
    of one whole that do different things are never one measure; of a verb of saying, what
    they say they do ("65% of the people interviewed said they had used chip and pin": "use
    chip"), else nothing ("said they were technophobes")."""
    verb = sent.head(root)
    if sent[root].dep not in SUBJECTS or verb == root or sent[verb].pos != "VERB":
        return None
    if sent[verb].lemma.lower() in lexicon.attribution_verbs:
        verb = next((k for k in sent.children(verb, "ccomp") if sent[k].pos == "VERB"), root)
        if verb == root:
            return None
    words = [sent[verb].lemma.lower()]
    words += [sent[k].lemma.lower() for k in sent.children(verb, "dobj")
              if sent[k].pos == "NOUN" and sent.mention_at(k) is None][:1]
    return " ".join(words)


def _figure_of_noun(
    sent: Sentence, noun: int, figure: Mention, lexicon: FrameLexicon
) -> Mention | None:
    """The figure of ``figure``'s kind in the "of" phrase of the change noun at ``noun``
    ("contractions of 12.3 percent"), or None."""
    if sent[noun].pos not in NOUN_POS or lexicon.way_of(sent[noun]) is None:
        return None
    for prep in sent.children(noun, "prep"):
        if sent[prep].lower not in lexicon.part_of:
            continue
        for obj in sent.children(prep, "pobj"):
            found = other_figure(sent, obj, figure)
            if found is not None and found.label == figure.label:
                return found
    return None


def _measured_in(
    sent: Sentence, figure: Mention, root: int, lexicon: FrameLexicon
) -> int | None:
    """"$10 billion in exports", "$5bn of loans", "£2m worth of jewellery": an amount with a
    noun of its own; the parser may hang the phrase on the verb whose object the amount is,
    after a bracketed conversion ("took $90.3m (£48.5m) in ticket sales")."""
    if figure.label not in ("MONEY", "QUANTITY"):
        return None
    own = list(sent.children(root, "prep"))
    # "stole £2m worth of jewellery", "bought $5bn worth of US bonds": "worth" read as an
    # adjective on the amount or as the noun the amount qualifies is transparent
    for word in [*sent.children(root, "amod", "npadvmod"), sent.head(root)]:
        if word != root and word not in figure and sent[word].pos != "ADP" and (
            sent[word].lower in lexicon.amount_of
        ):
            own += sent.children(word, "prep")
    verb = sent.head(root)
    preps = [(k, True) for k in own]
    if sent[root].dep == "dobj" and verb != root and sent[verb].pos in VERB_POS:
        # on the verb, a bare noun only: "in a more limited release" is a setting
        preps += [(k, False) for k in sent.children(verb, "prep") if k > root]
    for prep, on_figure in preps:
        if sent[prep].lower in lexicon.amount_of:
            for obj in sent.children(prep, "pobj"):
                if (
                    (on_figure or not sent.children(obj, "det"))
                    and sent[obj].pos == "NOUN"
                    and sent.mention_at(obj) is None
                    and sent[obj].lemma.lower() not in lexicon.holder_nouns
                    and sent[obj].lemma.lower() not in lexicon.setting_nouns
                    and not sent.children(obj, "nummod")  # "in two days": a duration
                ):
                    return obj
    return None


def _compared_figure(sent: Sentence, governor: int, figure: Mention) -> Mention | None:
    """The figure that "compared to $150+" is compared with: one in the clause above, the
    first of the same kind if there is one ("fell 3% to $5bn, down from the figure of $6bn":
    $5bn)."""
    verb = sent.head(governor)
    if verb == governor:
        return None
    found: list[Mention] = []
    for node in sent.subtree(verb):
        other = other_figure(sent, node, figure)
        if other is not None and governor not in [node, *sent.ancestors(node)]:
            found.append(other)
    return next((m for m in found if m.label == figure.label), found[0] if found else None)


def compared_by_mark(
    sent: Sentence, root: int, figure: Mention, lexicon: FrameLexicon
) -> Mention | None:
    """The figure the one at ``root`` is set against by a comparison mark above it ("the
    €1.6 billion loss in the fourth quarter was larger than analysts' mean forecast of €1
    billion": the €1.6 billion), or marking a phrase above it ("faster than the revised 0.5
    percent rise"), or None."""
    for k in sent.ancestors(root):
        if sent[k].lower in lexicon.comparison_marks and sent[k].dep == "prep":
            governor = sent.head(k)
            return _compared_figure(sent, governor, figure) if governor != k else None
        if any(sent[c].lower in lexicon.comparison_marks and c not in figure
               for c in sent.children(k, "mark")):
            # "grew 2.6 percent ..., faster than the revised 0.5 percent rise in the March
            # quarter": the parser marks the compared phrase with "than"
            governor = sent.head(k)
            return _compared_figure(sent, governor, figure) if governor != k else None
    return None


def _comparison_through_container(
    sent: Sentence, noun: int, lexicon: FrameLexicon
) -> int | None:
    """The comparison word ("compared") whose preposition's object is the container noun
    ``noun`` ("compared with an earlier estimate of 0.8%"), or None."""
    if sent[noun].lemma.lower() not in lexicon.container_nouns or sent[noun].dep != "pobj":
        return None
    prep = sent.head(noun)
    word = sent.head(prep)
    if word == prep:
        return None
    # "compared with an estimate of", "worse than the estimate of": the word whose clause
    # holds the figure compared with
    if any(
        sent[node].lemma.lower() in lexicon.comparison_words
        or sent[node].lower in lexicon.comparison_words
        for node in (word, prep)
    ):
        return word
    if (
        sent[noun].lemma.lower() in lexicon.report_nouns
        and lexicon.change_prepositions.get(sent[prep].lower) == "baseline"
        and sent[word].lower in lexicon.comparatives
    ):
        # "grew just 1.5%, down from an initial estimate of 2%": an earlier estimate of
        # the figure in the clause above, compared with it
        return word
    if (
        sent[noun].lemma.lower() in lexicon.report_nouns
        and sent[prep].lower in lexicon.base_prepositions
        and any(sent[k].lower in lexicon.comparatives for k in sent.children(prep, "advmod"))
    ):
        # "grew by 3.2%, slightly up on the initial estimate of 3.1%", the comparative
        # hung on the preposition: the figure compared is in the clause the phrase is on
        return prep
    return None


def _compared_through_change(
    sent: Sentence, noun: int, figure: Mention, lexicon: FrameLexicon, depth: int
) -> Anchor | None:
    """A change noun inside a container that is compared with another figure ("worse
    than the initial estimate of a 2.1% drop", "compared with the initial 0.5% drop
    reading"): the change of what that figure measures, with its qualifiers."""
    container = sent.head(noun)
    if sent[noun].dep == "pobj" and sent[container].dep == "prep":
        container = sent.head(container)  # "estimate of a 2.1% drop"
    if container == noun or depth >= 3:
        return None
    word = _comparison_through_container(sent, container, lexicon)
    other = _compared_figure(sent, word, figure) if word is not None else None
    if other is None:
        return None
    base = find_anchor(sent, other, sent.span_root(other.start, other.end), lexicon, depth + 1)
    return Anchor(noun=base.noun, verb=base.verb, nominal=base.nominal, facet="change",
                  qualifier=base.qualifier)


def _dangling_end(sent: Sentence, prep: int, figure: Mention, lexicon: FrameLexicon) -> int:
    """The preposition a figure stands in: ``prep``, its own hedge ("around" of "around
    215p"), unless a preposition of a change's end right before the figure hangs on the
    same word with no object of its own ("fell to around 215p", the parser making "to" and
    "around" two phrases of "fell"): then that one."""
    before = figure.start - 1
    if (
        prep in figure and before >= sent.start
        and sent[before].lower in lexicon.change_prepositions
        and sent[before].dep == "prep"
        and sent.head(before) == sent.head(prep)
        and not sent.children(before, "pobj")
    ):
        return before
    return prep


def _verb_read_as_noun(sent: Sentence, i: int, lexicon: FrameLexicon) -> bool:
    """Whether a word the tagger took for a noun is the verb the parser made it. "Brazil Q3
    GDP shrinks 0.5%", "Honda saw its operating profit fall 3.7 percent to 839.40 billion
    yen": a verb of change with a subject, even one whose noun has another sense ("South
    Africa's GDP contracts 0.6%"); "expected revenues to land between $36 billion and $38
    billion": an infinitive, the parser giving it its "to"."""
    return sent[i].pos in NOUN_POS and (
        (bool(sent.children(i, "nsubj")) and lexicon.direction(sent[i].lemma.lower()) is not None)
        or bool(sent.children(i, "aux"))
    )


def _from_preposition(
    sent: Sentence, prep: int, figure: Mention, lexicon: FrameLexicon, depth: int
) -> Anchor:
    word = sent[prep].lower
    governor = sent.head(prep)
    if governor == prep:
        return Anchor()
    if (
        word in lexicon.comparatives and word not in lexicon.comparative_prepositions
        and prep not in figure  # "up to 26 weeks": the figure's own bound
    ):
        # "£9.2 billion, up 1.4 per cent ..., but down 6.3 per cent on a reported basis": an
        # adverb of change the parser made the figure's preposition
        moved = lexicon.comparatives[word]
        subject = _comparative_subject(sent, prep, figure, lexicon)
        if subject is not None:
            return Anchor(noun=subject, facet="change", direction=moved)
        return Anchor(verb=verb_above(sent, prep), facet="change", direction=moved)
    gov = sent[governor]
    replaced = any(sent[k].lower in lexicon.replacement_markers
                   for k in sent.children(prep, "advmod"))
    other = other_figure(sent, governor, figure)
    if other is not None and replaced and depth < 3:
        # "to 198,000 in August instead of 128,000": the figure replaced, in the other's
        # frame and period.
        base = find_anchor(sent, other, sent.span_root(other.start, other.end), lexicon,
                           depth + 1)
        return Anchor(noun=base.noun, verb=base.verb, nominal=base.nominal, facet="baseline",
                      via=base.via or other, qualifier=base.qualifier, replaced_by=other)
    # "compared to a previous estimate of 0.8%": the container is compared, so its figure
    # is too.
    compared = _comparison_through_container(sent, governor, lexicon)
    if compared is not None or (
        gov.lemma.lower() in lexicon.comparison_words or gov.lower in lexicon.comparison_words
        # "rose by £1.5bn, more than the £1.4bn expected": a comparative's "than"
        or (word in lexicon.comparison_words and gov.pos in ("ADJ", "ADV"))
    ):
        other = _compared_figure(sent, governor if compared is None else compared, figure)
        if other is not None and depth < 3:
            base = find_anchor(
                sent, other, sent.span_root(other.start, other.end), lexicon, depth + 1
            )
            # The same kind of figure as the one it is compared with: "GDP expanded by 0.9%,
            # compared with an earlier estimate of 0.8%" is a change too. A level a
            # comparative measures from is that comparison's baseline ("rose to 83,000,
            # higher than November's low of 77,000"); one set beside it is a level.
            against = governor if compared is None else compared
            level = "baseline" if sent[against].lower in lexicon.comparatives else "level"
            change = base.facet == "change"
            if change and (figure.label == "PERCENT") != (other.label == "PERCENT"):
                # "a decline of 15 percent compared to $560.2 million": an amount compared
                # with a percentage change is the level it changed from
                change, level = False, "baseline"
            return Anchor(noun=base.noun, verb=base.verb, nominal=base.nominal,
                          facet=base.facet if change else level,
                          direction=base.direction if change else None,
                          qualifier=base.qualifier, compared=other)
        return Anchor()
    # "saw its operating profit fall 3.7 percent to 839.40 billion yen": the end of a change
    # on a verb the tagger read as a noun ("increases of 10%" stays the noun's amount)
    verb_end = word in lexicon.change_prepositions and _verb_read_as_noun(sent, governor, lexicon)
    if gov.pos in NOUN_POS and other_figure(sent, governor, figure) is None and not verb_end:
        anchor = _from_noun(sent, governor, figure, lexicon, depth)
        way = _changed_by(sent, governor, lexicon) if (
            word in lexicon.change_prepositions or word in lexicon.part_of
        ) else None
        if way is not None and anchor.facet == "level":
            # "the surge in IT exports to $4.6bn", however the parser hung the "to": the
            # level the change of exports reached; "a rise in sales of 5%": its amount
            anchor = Anchor(noun=governor, facet="change", direction=way)
        if word in lexicon.change_prepositions and anchor.facet == "change":
            anchor.facet = lexicon.change_prepositions[word]
        revised = _revised_reading(sent, governor, figure, lexicon, depth)
        return revised if revised is not None and anchor.facet == "level" else anchor
    if gov.lower in lexicon.comparatives and gov.lower not in lexicon.comparative_prepositions:
        # "up from $400m": an adverb of change heading the preposition
        verb = verb_above(sent, governor)
        facet = lexicon.change_prepositions.get(word, "level")
        if word in lexicon.level_prepositions:
            facet = "new_level"  # "up 1.76% at 115.5 pence": the level the change reached
        way = lexicon.comparatives[gov.lower]
        subject = _comparative_subject(sent, governor, figure, lexicon)
        if subject is not None:
            # "with revenue up 21 per cent to $43.64 billion": the level revenue reached
            return Anchor(noun=subject, facet=facet, direction=way if facet == "change" else None)
        return Anchor(verb=verb, facet=facet, direction=way if facet == "change" else None)
    verb = governor if gov.pos in VERB_POS or gov.pos == "ADJ" or verb_end else (
        verb_above(sent, governor))
    if verb is None:
        return Anchor()
    lemma = sent[verb].lemma.lower()
    price = lexicon.price_prepositions.get(f"{lemma} {word}")
    if price is not None:
        return Anchor(verb=verb, nominal=price)  # "sell for $499", "bought for £2m"
    correction = lexicon.correction_verbs.get(lemma)
    if correction is not None and lexicon.change_prepositions.get(word) == "change":
        # "overstated its profits by £250m": the overstatement, of what the object names
        return Anchor(verb=verb, object_first=True, suffix=correction)
    direction = lexicon.direction(lemma) or lexicon.direction(sent[verb].lower) or (
        _particle_way(sent, verb, lexicon)
    )
    # "revised up the number to 139,000 instead of 96,000": the figure replaced, by the
    # figure just before it
    facet = "baseline" if replaced else lexicon.change_prepositions.get(word, "level")
    if facet == "new_level" and direction is None and lemma in lexicon.copulas:
        facet = "level"  # "prices are now well above 2004's average": a level, not one reached
    replaced_by = _figure_before(sent, figure) if replaced else None
    if facet in ENDS_OF_CHANGE and not replaced:
        before = prep - 1
        if (
            before >= sent.start and sent[before].pos in NOUN_POS
            and _changed_by(sent, before, lexicon) is not None
        ):
            # "driven by a £1.2 billion surge in imports to £34.273 billion", the "to"
            # hung on the verb: the level imports reached
            return Anchor(noun=before, facet=facet)
        changed = _object_changed(sent, verb, figure, lexicon)
        if changed is not None:
            # "reported a rise in sales of 5% to £2bn": the level sales reached
            return Anchor(noun=changed, facet=facet)
    paced = _pace_words(sent, sent.span_root(figure.start, figure.end), lexicon) if (
        figure.label == "PERCENT" and word in lexicon.pace_prepositions and direction is not None
    ) else None
    if paced is not None and not replaced:
        # "grew at an annualized 1.8 percent": the pace of the verb's change, as "at an
        # annualized rate of 1.8 percent" is, not a level the change reached
        return Anchor(verb=verb, facet="change", direction=direction, qualifier=paced)
    level_words = lexicon.amount_of | lexicon.level_prepositions
    if facet == "level" and direction is not None:
        if word in lexicon.level_prepositions:
            facet = "new_level"  # "closed up at $5": the level the change reached
        elif word not in level_words:
            facet = "change"
    # "pushed oil prices above $50", "raised its bid to £1.5bn": the object is measured.
    return Anchor(
        verb=verb, facet=facet, direction=direction if facet == "change" else None,
        object_first=True, replaced_by=replaced_by,
    )


def _object_changed(
    sent: Sentence, verb: int, figure: Mention, lexicon: FrameLexicon
) -> int | None:
    """What the change noun a verb that is no verb of change has as its only object
    changes ("reported a rise in sales": sales), or None."""
    objects = sent.children(verb, "dobj")
    if len(objects) != 1 or lexicon.way_of(sent[verb]) is not None:
        return None  # "raised rates by 0.27 points to 5.8% - its first hike in nine years"
    return _what_changed(sent, objects[0], figure, lexicon)


def _changed_by(sent: Sentence, noun: int, lexicon: FrameLexicon) -> str | None:
    """The direction of the change noun whose ``change_of`` phrase ``noun`` is ("the surge
    in exports", "a fall in profits"), or None."""
    prep = sent.head(noun)
    if sent[noun].dep != "pobj" or prep == noun or sent[prep].lower not in lexicon.change_of:
        return None
    if _a_length_of_time(sent, noun, lexicon):
        return None  # "a rise in the year": when, not what changed
    changing = sent.head(prep)
    if changing == prep or sent[changing].pos not in NOUN_POS:
        return None
    return lexicon.way_of(sent[changing])


def _named_teller(sent: Sentence, verb: int, lexicon: FrameLexicon) -> bool:
    """Whether ``verb`` is a verb of saying (not of revising) whose subject is a name: the
    subject tells the figure and is not what it measures."""
    lemma = sent[verb].lemma.lower()
    if lemma not in lexicon.attribution_verbs or lexicon.status_words.get(lemma) == REVISED:
        return False
    subject = subject_of(sent, verb, lexicon)
    return subject is not None and (
        sent.mention_at(subject) is not None or sent[subject].pos == "PROPN"
    )


def _a_length_of_time(sent: Sentence, noun: int, lexicon: FrameLexicon) -> bool:
    """Is the noun at ``noun`` a unit of a dimension that says nothing alone ("year",
    "months": ``open_dimensions``), or one of ``period_nouns`` ("growth in the previous
    period")?"""
    lemma = sent[noun].lemma.lower()
    return lexicon.unit_dimensions.get(lemma) in lexicon.open_dimensions or (
        lemma in lexicon.period_nouns
    )


def _figure_before(sent: Sentence, figure: Mention) -> Mention | None:
    """The figure nearest before ``figure`` in its sentence, or None."""
    return next(
        (m for m in reversed(sent.mentions)
         if m.end <= figure.start and m.label in FIGURE_LABELS and m.label != "DATE"),
        None,
    )


def _from_noun(
    sent: Sentence, noun: int, figure: Mention, lexicon: FrameLexicon, depth: int
) -> Anchor:
    pace = _pace(sent, noun, lexicon)
    if pace is not None:
        return pace
    direction = lexicon.way_of(sent[noun])
    if direction is None:
        moving = _moving(sent, noun, figure, lexicon)
        if moving is not None:
            return Anchor(noun=noun, facet="change", direction=moving)
        return Anchor(noun=noun)
    # A change noun: "a 26.4% growth", "a rise of 5% in sales": the measure is what changed.
    amount = None  # "cuts of £35bn": the figure itself as the change noun's object
    for prep in sent.children(noun, "prep"):
        if sent[prep].lower in lexicon.change_of:
            for obj in sent.children(prep, "pobj"):
                when = sent.mention_at(obj)
                if (
                    other_figure(sent, obj, figure) is None
                    and sent[obj].pos in NOUN_POS
                    # "a rise in November"; "growth in the euro area": where, the holder
                    # (not a place's own: "a rise in America's over 65s")
                    and (when is None or when.label not in WHEN_OR_WHERE
                         or (when.label != "DATE" and bool(sent.children(obj, "case"))))
                    # "sales dip 0.9% in the year", "dip" read as a noun: a length of time
                    # is when, never what changed
                    and not _a_length_of_time(sent, obj, lexicon)
                    # "a 9.5 per cent increase in a Reuters poll": where it was stated
                    and not _evidence_noun(sent, obj, lexicon)
                ):
                    if obj not in figure:
                        return Anchor(noun=obj, facet="change", direction=direction)
                    amount = obj
    for k in sent.children(noun, "compound"):
        # "a 5% price rise", "a volume sales fall": the compound before it changed
        if (
            sent[k].pos == "NOUN"
            and k not in figure
            and sent.mention_at(k) is None
            and lexicon.way_of(sent[k]) is None
            and sent[k].lower not in lexicon.change_bases  # "a 26.4% YoY increase"
        ):
            return Anchor(noun=k, facet="change", direction=direction)
    written = _written_after(sent, figure, lexicon)
    if written is not None and sent.head(sent.span_root(figure.start, figure.end)) in (
        sent.children(noun, "prep")
    ):
        # "deep cuts of £35bn in our services", the parser having hung "in our services"
        # elsewhere: what the amount of the change is written to be in
        return Anchor(noun=written, facet="change", direction=direction)
    if amount is not None:
        changed = _subject_changed(sent, noun, figure, lexicon)
        if changed is not None:
            # "Sales posted a rise of 5%", "the production of intermediate goods logged a
            # monthly growth of 3.3 percent": what the change is of is the verb's subject
            return Anchor(noun=changed, facet="change", direction=direction)
        # "growth of 0.4%" and nothing more: a change whose measure the sentence leaves
        # to the document ("the figure ... a contraction of 0.4%")
        return Anchor(noun=amount, facet="change", direction=direction)
    head = sent.head(noun)
    other = other_figure(sent, head, figure)
    if other is not None and sent[noun].dep in ("appos", "conj") and depth < 3:
        base = find_anchor(sent, other, sent.span_root(other.start, other.end), lexicon, depth + 1)
        return Anchor(
            noun=base.noun, verb=base.verb, facet="change", direction=direction,
            via=base.via or other,
        )
    compared = _compared_through_change(sent, noun, figure, lexicon, depth)
    if compared is not None:
        compared.direction = direction
        return compared
    # "reflecting a 26.4% growth": what grew is the subject of the clause around; not when
    # the change noun is inside another noun's phrase ("a shift from the 4.8% growth").
    verb = None if _inside_noun_phrase(sent, noun) or _argued_for(sent, noun, lexicon) else (
        verb_above(sent, noun)
    )
    estimated = _estimate_revised(sent, verb, figure, lexicon, depth)
    if estimated is not None:
        estimated.direction = direction
        return estimated
    if verb is not None and _named_teller(sent, verb, lexicon):
        verb = None  # "BNM reports 5.9% Q2 2024 growth": who reports it is no measure
    return Anchor(verb=verb, facet="change", direction=direction, last_resort=sent[noun].lower)


def _subject_changed(
    sent: Sentence, noun: int, figure: Mention, lexicon: FrameLexicon
) -> int | None:
    """The subject of the verb whose object is the change noun at ``noun``, when it is a
    measure: a plain noun, no name, holder, pronoun, container or change of its own, and
    not who speaks or forecasts ("Analysts forecast a rise of 5%"); else None."""
    verb = sent.head(noun)
    if sent[noun].dep != "dobj" or verb == noun or sent[verb].pos not in VERB_POS:
        return None
    lemma = sent[verb].lemma.lower()
    if lemma in lexicon.attribution_verbs or lemma in lexicon.modality_words:
        return None
    for subject in sent.children(verb, "nsubj"):
        word = sent[subject]
        if (
            (word.pos == "NOUN" or _gerund_subject(sent, subject, lexicon))
            and subject not in figure
            and sent.mention_at(subject) is None
            and other_figure(sent, subject, figure) is None
            and word.lemma.lower() not in lexicon.holder_nouns
            and word.lemma.lower() not in lexicon.container_nouns
            and word.lemma.lower() not in lexicon.generic_people
            and lexicon.way_of(word) is None
        ):
            return subject
    return None


def _moving(sent: Sentence, noun: int, figure: Mention, lexicon: FrameLexicon) -> str | None:
    """The direction of a measure that a participle of change qualifies, when the figure
    is in the measure's "of" phrase ("falling cigarette sales of 13%", however the parser
    read "falling": as an adjective, or as a verb with no subject of its own); else None."""
    prep = sent.head(sent.span_root(figure.start, figure.end))
    if sent[prep].lower not in lexicon.part_of or sent.head(prep) != noun:
        return None
    head = sent.head(noun)
    participles = list(sent.children(noun, "amod"))
    if sent[noun].dep == "dobj" and head != noun and not sent.children(head, "nsubj"):
        participles.append(head)
    for k in participles:
        if sent[k].lower.endswith(tuple(lexicon.participle_endings)):
            direction = lexicon.way_of(sent[k])
            if direction is not None:
                return direction
    return None


def _written_after(sent: Sentence, figure: Mention, lexicon: FrameLexicon) -> int | None:
    """The noun of an "in" or "of" phrase written right after the figure ("£35bn in our
    services": services), with at most two determiners, possessives or adjectives between,
    or None."""
    # "KRW 6.57 trillion ($4.9 billion) in operating profit": after its conversion
    at = _past_conversion(sent, figure.end)
    if at is None or at >= sent.end or sent[at].lower not in lexicon.change_of:
        return None
    for k in range(at + 1, min(at + 4, sent.end)):
        if sent[k].pos == "NOUN":
            if sent.mention_at(k) is not None:
                return None  # a date or a name: when or where, not what
            while k + 1 < sent.end and sent[k + 1].pos == "NOUN" and sent.head(k) == k + 1:
                k += 1  # "in public services spending": the head of the compound
            return k
        if sent[k].pos not in ("DET", "PRON", "ADJ"):
            return None
    return None


def _estimate_revised(
    sent: Sentence, verb: int | None, figure: Mention, lexicon: FrameLexicon, depth: int
) -> Anchor | None:
    """"A previous estimate of 0.1% growth was downgraded to a 0.3% decline": a change noun
    that a verb makes of its subject, a container holding another figure, is a change of
    what that figure measures."""
    if verb is None or depth >= 3:
        return None
    subject = subject_of(sent, verb, lexicon)
    if subject is None or sent[subject].lemma.lower() not in lexicon.container_nouns:
        return None
    other = next(
        (found for i in sent.subtree(subject)
         if (found := other_figure(sent, i, figure)) is not None and found.label != "DATE"),
        None,
    )
    if other is None:
        return None
    base = find_anchor(sent, other, sent.span_root(other.start, other.end), lexicon, depth + 1)
    return Anchor(noun=base.noun, verb=base.verb, nominal=base.nominal, facet="change",
                  last_resort=base.last_resort, qualifier=base.qualifier, via=other)


def _revised_reading(
    sent: Sentence, report: int, figure: Mention, lexicon: FrameLexicon, depth: int
) -> Anchor | None:
    """"The annual real GDP growth was revised up by Gastat from an initial estimate of
    6.8%": a report noun that names nothing it reports, the end of a verb of revising,
    is a reading of what the verb revises, its subject (its change, when that is a change
    noun); else None."""
    if not lexicon.report(sent[report]) or _contents(sent, report, lexicon) != report:
        return None
    prep = sent.head(report)
    verb = sent.head(prep)
    if (
        sent[report].dep != "pobj" or sent[prep].lower not in lexicon.change_prepositions
        or verb == prep
        or lexicon.status_words.get(sent[verb].lemma.lower()) != REVISED
    ):
        return None
    # what is revised: the passive verb's subject, or the active one's object (not who
    # revises: "Bangladesh Bank revised the export data ... from the EPB-provided figure")
    revised = [*sent.children(verb, "nsubjpass"), *sent.children(verb, "dobj")]
    subject = revised[0] if revised else None
    if (
        subject is None or subject in figure or sent[subject].pos != "NOUN"
        or sent.mention_at(subject) is not None or lexicon.report(sent[subject])
        or other_figure(sent, subject, figure) is not None
    ):
        return None
    found = _a_change_noun(sent, subject, figure, lexicon)
    if found is not None:
        changed = _from_noun(sent, found[0], figure, lexicon, depth)
        noun = changed.noun if changed.noun is not None else found[0]
        return Anchor(noun=noun, facet="change", direction=found[1])
    return Anchor(noun=subject)  # a reading of its level, as the revised figure is


def _argued_for(sent: Sentence, noun: int, lexicon: FrameLexicon) -> bool:
    """Is ``noun`` the object of one of ``advocacy_prepositions`` on a verb ("voted for a
    quarter-point rise"): what the verb's subject wants, not what changes of it?"""
    prep = sent.head(noun)
    return (
        sent[noun].dep == "pobj"
        and prep != noun
        and sent[prep].lower in lexicon.advocacy_prepositions
        and sent[sent.head(prep)].pos in VERB_POS
    )


def _inside_noun_phrase(sent: Sentence, noun: int) -> bool:
    """Is ``noun`` the object of a preposition that qualifies another noun?"""
    prep = sent.head(noun)
    if sent[noun].dep != "pobj" or prep == noun:
        return False
    governor = sent.head(prep)
    return governor != prep and sent[governor].pos in NOUN_POS


def _pace(sent: Sentence, noun: int, lexicon: FrameLexicon) -> Anchor | None:
    """"grew at a 1.6% annualized rate", "contracted at an annualised clip of 2.9%",
    "inflation ..., hitting an annual rate of 1.6%": the rate is the manner of the verb's
    change or the level it reaches, whose qualifiers ("annualized") stay with the
    measure; None when ``noun`` is no such rate."""
    if sent[noun].lemma.lower() not in lexicon.pace_nouns:
        return None
    above = sent.head(noun)
    level: str | None = None  # "slowed to an annual rate of 1.6%": the level reached
    if sent[noun].dep == "pobj" and sent[above].lower in lexicon.pace_prepositions:
        verb = sent.head(above)  # "grew at a 1.6% annualized rate"
    elif sent[noun].dep in ("dobj", "npadvmod") and lexicon.way_of(sent[above]):
        verb = above  # "shrank an annualized rate of 0.4 percent"
    elif sent[noun].dep == "pobj" and sent[above].lower in lexicon.change_prepositions:
        verb, level = sent.head(above), lexicon.change_prepositions[sent[above].lower]
    elif (
        sent[noun].dep == "dobj"
        and sent[above].lemma.lower() in lexicon.arrival_verbs
        and _pace_words(sent, noun, lexicon) is not None
    ):
        # "hitting an annual rate of 1.6%": the level reached (not "topped the 3.5% growth
        # rate economists had forecast", a rate of its own)
        verb, level = above, "new_level"
    else:
        return None
    if verb == above == noun or sent[verb].pos not in VERB_POS:
        return None
    if level is not None and level != "change":
        anchor = Anchor(verb=verb, facet=level)
    else:
        anchor = _from_verb(sent, verb, "npadvmod", lexicon)
    anchor.qualifier = _pace_words(sent, noun, lexicon)
    return anchor


def _from_verb(
    sent: Sentence, verb: int, dep: str, lexicon: FrameLexicon, money: bool = False,
    rate: bool = False,
) -> Anchor:
    lemma = sent[verb].lemma.lower()
    word = sent[verb].lower
    nominal = lexicon.verb_measures.get(lemma) or lexicon.verb_measures.get(word)
    if money and nominal and dep == "dobj":
        # "raised $150m", "had been losing $1m a week": an amount the verb brings in or
        # loses is that measure, not a change of something else.
        return Anchor(verb=verb, nominal=nominal)
    direction = lexicon.direction(lemma) or lexicon.direction(word) or (
        # "closed up 64 pence"; not an object of a phrasal verb ("signed up 5,000 users"),
        # unless it is a percentage (``rate``): "ticked down a tenth of a point"; a ratio
        # is none ("make up one in 13 pupils")
        _particle_way(sent, verb, lexicon) if dep != "dobj" or rate else None
    )
    # "conj": a second object the parser joined to the verb ("grew 3.7% ... and 4.5%")
    if direction is not None and dep in (
        "npadvmod", "dobj", "advmod", "attr", "pobj", "nmod", "conj"
    ):
        return Anchor(verb=verb, facet="change", direction=direction)
    if lemma in lexicon.arrival_verbs:
        return Anchor(verb=verb, facet="new_level")  # "exports reached $4.6bn"
    if lemma in lexicon.copulas or word in lexicon.copulas:
        return Anchor(verb=verb)
    return Anchor(verb=verb, nominal=nominal)


def _particle_way(sent: Sentence, verb: int, lexicon: FrameLexicon) -> str | None:
    """The direction a comparative right after a verb gives it ("closed up 64 pence at
    1130p", "finished lower at $5"): rules/frame.json ``comparatives``."""
    after = verb + 1
    if after >= sent.end or sent.head(after) != verb or sent[after].dep not in ("advmod", "prt"):
        return None
    return lexicon.comparatives.get(sent[after].lower)


def find_measure_noun(
    sent: Sentence, anchor: Anchor, figure: Mention, lexicon: FrameLexicon
) -> int | None:
    noun = anchor.noun
    forecast = None
    if noun is not None and sent[noun].lemma.lower() in lexicon.forecast_nouns:
        # "its 2005 growth forecast", "forecasts for Japanese growth": what is forecast
        inner = forecast_of(sent, noun, figure, lexicon)
        if inner is not None:
            return inner
        forecast = noun  # "ahead of the 0.6% forecast": a container of the verb's measure
    if noun is not None and forecast is None and _named_limit(sent, noun, figure, lexicon):
        return noun  # "a tax threshold of £5,000"
    if noun is not None and forecast is None and noun not in figure and (
        sent[noun].lemma.lower() in lexicon.container_nouns
        and figure.label != "QUANTITY"  # "five 2D side-scrolling levels of ...": levels
    ):
        contents = _contents(sent, noun, lexicon)
        if contents != noun and sent[contents].lower in lexicon.amount_of:
            # "a figure of £22 billions worth of efficiency savings": what it is worth of
            contents = next((obj for prep in sent.children(contents, "prep")
                             if sent[prep].lower in lexicon.part_of
                             for obj in sent.children(prep, "pobj")
                             if sent[obj].pos in NOUN_POS), noun)
        if contents != noun:
            return contents  # "a 26% increase in the number of phones sold": phones sold
    if noun is not None and (
        forecast is not None or sent[noun].lemma.lower() in lexicon.container_nouns
    ):
        # "crossing the $2.5 billion mark", "the $4.6 billion milestone": the measure is
        # what reaches the mark, the subject of the verb around it.
        verb = verb_above(sent, noun)
        if verb is None:
            return forecast
        anchor = Anchor(verb=verb)
        noun = None
    if noun is not None:
        return noun
    if anchor.verb is None or anchor.nominal is not None:
        return None  # "fined $300,000": the verb is the measure
    subject = subject_of(sent, anchor.verb, lexicon)
    verb_lemma = sent[anchor.verb].lemma.lower()
    if subject is not None and verb_lemma in lexicon.attribution_verbs and (
        verb_lemma in lexicon.modality_words
    ) and sent[subject].dep == "nsubj" and not sent.children(anchor.verb, "auxpass"):
        # "Economists had been expecting a reading of 2.8%": who expects or forecasts a
        # figure is its source, never what it measures ("Brent crude rose, adding $1.89"
        # is Brent's; "GDP is expected at 3.2%" is GDP's)
        subject = None
    # An object whose preposition governs the figure holds it ("shrank an annualized rate
    # of 0.4%").
    root = sent.span_root(figure.start, figure.end)
    holding = sent.head(sent.head(root)) if sent[root].dep == "pobj" else None
    objects = [
        obj for obj in sent.children(anchor.verb, "dobj")
        if obj not in figure and obj != holding and other_figure(sent, obj, figure) is None
        # "imports saw a yearly rise of 36% to $159.1bn": the rise, quantified by a figure of
        # its own, is the change, of imports ("revised down the jobs gains from 157,000"
        # names what changed); a percentage a change noun reaches after a change in
        # percentage terms is the rate the noun names ("bumping up growth one-tenth of a
        # point to 1.9 per cent")
        and not (anchor.facet in ("new_level", "baseline")
                 and lexicon.way_of(sent[obj])
                 and any(_changed_apart(figure, other_figure(sent, k, figure))
                         for k in sent.subtree(obj)))
    ]
    # A verb of change with an object changes the object ("cut its stake from 80%").
    object_first = anchor.object_first or anchor.direction or anchor.facet != "level"
    order = [*objects, subject] if object_first else [subject, *objects]
    # "increase the number of specialist colleges from 350 to 400": what the container holds
    order = [_contents(sent, c, lexicon) if c is not None else None for c in order]
    # "rent prices increased at a slower pace as they rose 8.2%": what the pronoun stands for
    order = [antecedent_measure(sent, c, lexicon) if c is not None else None for c in order]
    # "Forecasts for Japanese growth were scaled back to 4.0%": what is forecast
    forecast_for = {
        c: inner for c in order
        if c is not None and sent[c].lemma.lower() in lexicon.forecast_nouns
        and (inner := forecast_of(sent, c, figure, lexicon)) is not None
    }
    if forecast_for:
        order = [forecast_for.get(c, c) if c is not None else None for c in order]
    for candidate in order:
        if candidate is not None and candidate in forecast_for.values():
            return candidate
        if (
            candidate is not None
            and (sent[candidate].pos in ("NOUN", "PROPN")
                 or _gerund_subject(sent, candidate, lexicon)
                 or _verb_as_object(sent, candidate))
            and candidate not in figure
            and sent.mention_at(candidate) is None
            and (sent[candidate].lemma.lower() not in lexicon.container_nouns
                 or _named_limit(sent, candidate, figure, lexicon))
            and sent[candidate].lemma.lower() not in lexicon.holder_nouns
            and (
                lexicon.way_of(sent[candidate]) is None  # "a 5% growth"
                # "revised down the jobs gains from 157,000 to 133,000": the ends of a
                # from/to pair on the verb are levels of the change its object names
                or (candidate in objects and anchor.facet in ENDS_OF_CHANGE)
                # "had estimated the country's growth at 0.2%": a figure the verb puts on
                # its object at a level of its own is the object's value, a rate included
                or (candidate in objects and candidate < figure.start
                    and holding == anchor.verb
                    and sent[sent.head(root)].lower in lexicon.level_prepositions)
            )
        ):
            # "forecast a smaller widening in the deficit to £8.0bn": the deficit's level
            return _what_changed(sent, candidate, figure, lexicon) or candidate
    return forecast


def _allotted_to(sent: Sentence, i: int, figure: Mention, lexicon: FrameLexicon) -> int | None:
    """What an amount is allotted to: the noun of the phrase on a verb that takes the amount
    as its subject or object, when the verb (its lemma, or its lemma and particle) and the
    phrase's preposition are one of ``allocation_phrases`` ("RM303.8 billion will be set
    aside for operating expenditure", "TZS 30.31 trillion are for recurrent expenditure",
    "RM303.8bil goes towards development", "RM393.8bil allocated for running expenses");
    not a period, nor a noun another figure quantifies ("may go up to $20bn for a period of
    five years"); None otherwise."""
    if figure.label != "MONEY":
        return None
    # the verb that takes the amount, or a participle on it ("RM393.8bil allocated for
    # running expenses")
    heads = [sent.head(i)] if sent[i].dep in (*SUBJECTS, "dobj") and sent.head(i) != i else []
    for verb in [*heads, *sent.children(i, "acl")]:
        found = _allotted_by(sent, verb, figure, lexicon)
        if found is not None:
            return found
    return None


def _allotted_by(sent: Sentence, verb: int, figure: Mention, lexicon: FrameLexicon) -> int | None:
    """The noun ``verb`` allots ``figure`` to, by ``allocation_phrases`` (see _allotted_to)."""
    lemma = sent[verb].lemma.lower()
    # "set aside", however the parser hung the particle
    verbs = [lemma, *(f"{lemma} {sent[k].lower}" for k in sent.children(verb, "prt", "advmod"))]
    for prep in sent.children(verb, "prep"):
        if not any(f"{v} {sent[prep].lower}" in lexicon.allocation_phrases for v in verbs):
            continue
        # (not "for operating expenditure" read as a gerund and its object: the noun alone
        # would lose the word that tells it from development expenditure)
        for obj in sent.children(prep, "pobj"):
            if (
                sent[obj].pos == "NOUN" and obj not in figure
                and sent.mention_at(obj) is None and other_figure(sent, obj, figure) is None
                and sent[obj].lemma.lower() not in lexicon.period_nouns
                and not any(other_figure(sent, k, figure) is not None
                            for k in sent.children(obj))
            ):
                return obj
    return None


def _named_limit(sent: Sentence, noun: int, figure: Mention, lexicon: FrameLexicon) -> bool:
    """Whether the noun at ``noun`` is a bound set on something that a noun compounded
    before it names (``limit_nouns``: "raised the income-tax threshold to 100,000 rupees"):
    a measure of its own, not a container of what reaches it ("crossing the 10,000
    threshold", where the compound is the figure)."""
    if sent[noun].lemma.lower() not in lexicon.limit_nouns:
        return False
    return any(
        k < noun and k not in figure and sent[k].pos == "NOUN"
        and sent.mention_at(k) is None
        and sent[k].lemma.lower() not in lexicon.container_nouns
        and sent[k].lower not in lexicon.status_words
        for k in sent.children(noun, "compound")
    )


def _changed_apart(figure: Mention, other: Mention | None) -> bool:
    """Whether ``other``, quantifying a change noun, makes the noun a change apart from what
    ``figure`` measures: any figure but a percentage beside a percentage, which is a change
    of the rate the noun names."""
    return other is not None and not figure.label == other.label == "PERCENT"


def _what_changed(sent: Sentence, noun: int, figure: Mention, lexicon: FrameLexicon) -> int | None:
    """The noun of the ``change_of`` phrase of the change noun at ``noun`` ("a widening in
    the deficit": deficit), or None for a noun of no change or without one."""
    if lexicon.way_of(sent[noun]) is None:
        return None
    for prep in sent.children(noun, "prep"):
        if sent[prep].lower in lexicon.change_of:
            for obj in sent.children(prep, "pobj"):
                if (
                    sent[obj].pos == "NOUN" and obj not in figure
                    and other_figure(sent, obj, figure) is None
                    and sent.mention_at(obj) is None
                    and not _evidence_noun(sent, obj, lexicon)
                ):
                    return obj
    return None


def _evidence_noun(sent: Sentence, i: int, lexicon: FrameLexicon) -> bool:
    """Is the noun at ``i`` evidence (a poll, a survey, figures: ``FrameLexicon.evidence``)
    or one of ``basis_nouns`` ("in real terms"): where or how a change is stated, never
    what changed?"""
    tok = sent[i]
    return lexicon.evidence(tok) or tok.lower in lexicon.basis_nouns or (
        tok.lemma.lower() in lexicon.basis_nouns
    )


def _verb_as_object(sent: Sentence, i: int) -> bool:
    """Is the token at ``i`` a verb the parser made an object, with no arguments of its
    own: a noun it tagged a verb ("a new contract that cuts pay by nearly 10%")?"""
    return (
        sent[i].pos == "VERB" and sent[i].dep == "dobj"
        and not sent.children(i, *SUBJECTS, "dobj", "prep", "aux")
    )


def _gerund_subject(sent: Sentence, i: int, lexicon: FrameLexicon) -> bool:
    """Is the token at ``i`` a gerund that is its verb's subject ("Borrowing in 2013-14 has
    risen by £8.3bn", "Lending fell"), a noun in all but its tag? Not one with an object
    of its own, an action ("Owning all 10 gadgets will set the gadget lover back £7,455")."""
    return (
        sent[i].tag in lexicon.gerund_tags and sent[i].dep in SUBJECTS
        and not sent.children(i, "dobj")
    )


def forecast_of(sent: Sentence, noun: int, figure: Mention, lexicon: FrameLexicon) -> int | None:
    """What the forecast noun at ``noun`` (one of ``forecast_nouns``) forecasts: the noun
    of its ``forecast_prepositions`` phrase ("forecasts for Japanese growth"), else the
    noun that qualifies it ("its 2005 growth forecast", "the deficit forecast"), never a
    holder, a figure or who makes the forecast ("market expectations", "analyst
    forecasts": ``forecaster_nouns``); None when it names nothing forecast."""
    for prep in sent.children(noun, "prep"):
        if sent[prep].lower not in lexicon.forecast_prepositions:
            continue
        for obj in sent.children(prep, "pobj"):
            if _forecast_measure(sent, obj, figure, lexicon):
                return obj
    for child in sorted(sent.children(noun, "compound", "amod"), reverse=True):
        if child < noun and _forecast_measure(sent, child, figure, lexicon) and (
            sent[child].lemma.lower() not in lexicon.forecaster_nouns
        ):
            return child
    return None


def _forecast_measure(sent: Sentence, i: int, figure: Mention, lexicon: FrameLexicon) -> bool:
    word = sent[i]
    return (
        # a statistic the tagger takes for a name: "its yearly GDP forecast of +9%"
        (word.pos == "NOUN" or word.lower in lexicon.place_metrics)
        and i not in figure
        and other_figure(sent, i, figure) is None
        and sent.mention_at(i) is None
        and word.lower not in lexicon.dropped_words
        and word.lemma.lower() not in lexicon.holder_nouns
        and word.lemma.lower() not in lexicon.forecast_nouns
    )


def forecast_wrapper(sent: Sentence, noun: int | None, lexicon: FrameLexicon) -> int | None:
    """The forecast noun the measure ``noun`` is the forecast of ("growth" in "its growth
    forecast for the German economy", "forecasts for Japanese growth"), or None."""
    if noun is None:
        return None
    head = sent.head(noun)
    if sent[noun].dep == "pobj" and sent[head].lower in lexicon.forecast_prepositions:
        head = sent.head(head)
    elif sent[noun].dep not in ("compound", "amod"):
        return None
    if head == noun or sent[head].lemma.lower() not in lexicon.forecast_nouns:
        return None
    return head


def antecedent_measure(sent: Sentence, noun: int, lexicon: FrameLexicon) -> int:
    """What a pronoun at ``noun`` stands for when it is the subject or object of a clause
    hung on another verb whose own subject or object is a measure, not a holder ("rent
    prices increased at a slower pace as they rose 8.2%", "has cut its key interest rate
    three times to bring it to 4.25%"), or the holder noun that is that clause's subject
    ("The economy avoided a recession when it expanded 0.6 percent"); else ``noun``
    itself."""
    tok = sent[noun]
    if (
        not is_pronoun(tok, lexicon)
        or tok.lower in lexicon.person_pronouns
        or tok.dep not in (*SUBJECTS, "dobj")
    ):
        return noun
    verb = sent.head(noun)
    above = sent.head(verb)
    if sent[verb].dep not in ("advcl", "conj", "xcomp") or above == verb:
        return noun
    if sent[above].pos not in VERB_POS:
        return noun
    subject = subject_of(sent, above, lexicon)
    # "it" stands for a noun in the singular, "they" for one in the plural (its lemma is
    # another word): "teenagers ... could expect a better chance, while ... it was 10%"
    plural = tok.lower not in lexicon.neuter_pronouns
    for k in [*([subject] if subject is not None else []), *sent.children(above, "dobj")]:
        word = sent[k]
        if (
            word.pos == "NOUN"
            and (word.lemma.lower() != word.lower) == plural
            and sent.mention_at(k) is None
            and word.lemma.lower() not in lexicon.container_nouns
        ):
            if word.lemma.lower() in lexicon.holder_nouns:
                if tok.dep in SUBJECTS and k == subject:
                    # "The economy avoided a recession when it expanded 0.6 percent": the
                    # holder, whose change the verb names (not the object "recession")
                    return k
                continue  # "the government had to revise its forecast, raising it to 5.1%"
            return k
    return noun


def _contents(sent: Sentence, noun: int, lexicon: FrameLexicon) -> int:
    """The noun of a container noun's of-phrase ("the number of colleges": colleges), or of
    a report noun's phrase of what it is for ("its second quarter data for annualized
    economic growth", as a forecast's), or the noun compounded right before a report noun
    ("The year-on-year growth figure": growth), else ``noun`` itself."""
    lemma = sent[noun].lemma.lower()
    report = lexicon.report(sent[noun])
    if lemma not in lexicon.container_nouns and not report:
        return noun
    for prep in sent.children(noun, "prep"):
        word = sent[prep].lower
        if word in lexicon.part_of or (report and word in lexicon.forecast_prepositions):
            for obj in sent.children(prep, "pobj"):
                if sent[obj].pos in NOUN_POS and sent.mention_at(obj) is None:
                    return obj
    if not report or quantified(sent, noun):
        # "a record high", "its full-year total": no report of a measure; "seven million
        # telephone numbers": what the figure counts
        return noun
    compounds = [k for k in sent.children(noun, "compound")
                 if k < noun and sent[k].pos in NOUN_POS and sent.mention_at(k) is None
                 and not in_change_base(sent, k, lexicon)
                 # "the flash estimate", "the consensus estimate": which reading, or whose,
                 # not what it is of
                 and sent[k].lower not in lexicon.status_words
                 and sent[k].lower not in lexicon.report_status_words
                 and sent[k].lower not in lexicon.forecaster_nouns
                 and sent[k].lower not in lexicon.estimate_makers]
    return compounds[-1] if compounds else noun


# The most tokens a base of a change takes as the tokenizer splits it ("year-on-year": five).
BASE_TOKENS = 5
BASE_JOINERS = frozenset({"-", "/"})  # "year-on-year", "y/y": one base, split by the tokenizer


def in_change_base(sent: Sentence, i: int, lexicon: FrameLexicon) -> bool:
    """Whether the word at ``i`` is part of one of ``change_bases`` as the tokenizer split it
    ("year / year", "year - on - year"): the basis of a change, never a measure."""
    for first in range(max(sent.start, i - BASE_TOKENS + 1), i + 1):
        for end in range(i + 1, min(sent.end, first + BASE_TOKENS) + 1):
            words = [sent[k].lower for k in range(first, end)]
            if words[0] in BASE_JOINERS or words[-1] in BASE_JOINERS:
                continue
            if lexicon.change_base([w for w in words if w not in BASE_JOINERS]):
                return True
    return False


def in_idiom(sent: Sentence, i: int, lexicon: FrameLexicon) -> bool:
    """Whether the word at ``i`` ends one of ``idioms`` ("as a whole", "as a result"): a
    noun that is no measure, however the parser hung it."""
    for idiom in lexicon.idioms:
        words = idiom.split()
        first = i - len(words) + 1
        if first >= sent.start and [sent[k].lower for k in range(first, i + 1)] == words:
            return True
    return False


def _bracketed(sent: Sentence, i: int) -> bool:
    """Is the token at ``i`` alone in brackets, a restatement of the words before it?"""
    return (
        sent.start < i < sent.end - 1
        and sent[i - 1].text in OPENING_BRACKETS
        and sent[i + 1].text in CLOSING_BRACKETS
    )


def _is_holder_token(sent: Sentence, i: int, lexicon: FrameLexicon) -> bool:
    mention = sent.mention_at(i)
    if mention is not None and mention.label in HOLDER_LABELS:
        return True
    return is_pronoun(sent[i], lexicon) or sent[i].lower in lexicon.person_pronouns


def find_measure_tokens(
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
    if is_pronoun(sent[noun], lexicon) or (
        not counted
        and (_is_holder_token(sent, noun, lexicon)
             or sent[noun].lemma.lower() in lexicon.holder_nouns)
    ):
        return ()  # "the economy grew 1.2%": the holder, with the verb as measure
    if sent.mention_at(noun) is not None or in_idiom(sent, noun, lexicon):
        return ()  # a name, or "as a whole"
    if sent[noun].lower in lexicon.change_bases:
        return ()  # "YoY Oil operations jumped by 9.3%", parsed with "YoY" its noun: a basis
    keep = [noun]
    stack = list(sent.children(noun, *MODIFIERS))
    while stack:
        i = stack.pop()
        tok = sent[i]
        if (
            i in figure
            or sent.mention_at(i) is not None
            or (tok.dep == "poss" and tok.lemma.lower() not in lexicon.sector_heads)
            or tok.pos in ("DET", "NUM", "PRON", "PUNCT")
            # a bullet ("• Group sales", however it is tagged): no word of a measure
            or _a_mark(tok.text)
            or tok.lower in lexicon.dropped_words
            or is_pronoun(tok, lexicon)
            or tok.lower in lexicon.person_pronouns
            or _bracketed(sent, i)  # "gross domestic product (GDP) growth"
            # "a projected deficit", "planned spending": the figure's mood, not its measure
            or (tok.dep == "amod" and (mood := mood_word(sent, i, lexicon)) is not None
                and not (counted and mood == "hypothetical"))
            # "5.4% higher net revenue": the figure's direction, not the measure's
            or (tok.dep == "amod" and i == figure.end and tok.lower in lexicon.comparatives)
        ):
            continue
        if i > noun:
            continue  # only modifiers before the noun qualify it ("IT exports")
        keep.append(i)
        keep.extend(_written_length(sent, i, figure))
        stack.extend(sent.children(i, "compound", "amod", "npadvmod", "hmod", "punct"))
    # "restatement of earnings": an of-phrase that is no holder belongs to the measure, and
    # so does the unit it is counted per ("GDP per capita fell 1.2%"), and what a scope
    # preposition narrows it to ("inflation for food")
    scopes = {lexicon.narrowing_prepositions[w] for w in (sent[k].lemma.lower() for k in keep)
              if w in lexicon.narrowing_prepositions}
    for prep in sent.children(noun, "prep"):
        # a percentage's measure only: an amount's or a count's "per share", "per second"
        # is its own rate, read apart (value.per)
        per = figure.label == "PERCENT" and sent[prep].lower in lexicon.per_prepositions
        if sent[prep].lower not in lexicon.part_of and not per and sent[prep].lower not in scopes:
            continue
        for obj in sent.children(prep, "pobj"):
            if (
                sent.mention_at(obj) is None
                # "per capita", which the tagger may take for a name or a foreign word; "the
                # growth rate of GDP", a statistic's acronym taken for a name
                and (sent[obj].pos == "NOUN" or (per and sent[obj].pos in PER_UNIT_POS)
                     or sent[obj].lower in lexicon.place_metrics)
                and not _is_holder_token(sent, obj, lexicon)
            ):
                keep.extend([prep, obj])
                keep.extend(
                    k for k in sent.children(obj, "compound", "amod")
                    if sent.mention_at(k) is None and sent[k].lower not in lexicon.dropped_words
                )
                # "exports of goods and services": the whole the phrase names, not its first
                # part (no figure's, no name's)
                joined = [k for k in sent.children(obj, "conj")
                          if sent[k].pos == "NOUN" and sent.mention_at(k) is None
                          and other_figure(sent, k, figure) is None
                          and not _is_holder_token(sent, k, lexicon)]
                if joined:
                    keep.extend([*sent.children(obj, "cc"), *joined])
    return tuple(sorted(set(keep)))


def _written_length(sent: Sentence, unit: int, figure: Mention) -> list[int]:
    """The number and hyphen a unit word qualifying a measure is written with ("12-month
    average inflation", "two-day takings": a measure of that length, which the words name
    whole), or [] (the figure's own number is none of its measure)."""
    for number in sent.children(unit, "nummod"):
        hyphen = number + 1
        if (
            number not in figure and hyphen + 1 == unit and _joining_hyphen(sent, hyphen)
            and not sent.children(number)  # not an end of a range: "18 to 30-year-olds"
        ):
            return [number, hyphen]
    return []


def mood_word(sent: Sentence, i: int, lexicon: FrameLexicon) -> str | None:
    """The modality an adjective or participle at ``i`` gives the noun it modifies
    ("projected", "planned", "expected", "potential": rules/frame.json ``modality_words``),
    or None; a word that also makes a fact ("set", ``infinitive_cues``: "a set fee") none."""
    lemma = sent[i].lemma.lower()
    if sent[i].pos not in ("ADJ", "VERB") or lemma in lexicon.infinitive_cues:
        return None
    return lexicon.mood(lemma, sent[i].lower)


def _a_mark(text: str) -> bool:
    """Is ``text`` a mark with no letter or digit, other than one that joins words ("-",
    "&", "/")?"""
    return not any(ch.isalnum() for ch in text) and text not in WORD_JOINERS


def dimension_of(
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
        i for i in find_measure_tokens(sent, base, figure, lexicon)
        if i not in unit_words and sent[i].pos != "PUNCT"
    )
    text = measure_text(sent, tokens, Anchor()) or sent[base].text
    form = read_metric_form(sent, tokens, Anchor(), lexicon) or sent[base].lemma.lower()
    if dimension.split()[-1] in text.lower().split():
        return text, form  # "25lb weight gain" is already a weight
    return f"{text} {dimension}", f"{form} {dimension}"


def occurrence_of(
    sent: Sentence, unit: int, figure: Mention, lexicon: FrameLexicon
) -> tuple[str, str] | None:
    """What a count of occurrences ("seven times") counts: the object of its verb ("broke
    the world record seven times": world record), else its subject's change ("interest
    rates rose five times": interest rate rise); None when its verb has neither."""
    verb = sent.head(unit)
    if verb == unit or sent[verb].pos not in VERB_POS:
        return None
    for obj in sent.children(verb, "dobj"):
        if obj not in figure and other_figure(sent, obj, figure) is None:
            tokens = find_measure_tokens(sent, obj, figure, lexicon)
            text = measure_text(sent, tokens, Anchor())
            if text:
                return text, read_metric_form(sent, tokens, Anchor(), lexicon) or text.lower()
    nominal = lexicon.change_nominals.get(sent[verb].lemma.lower())
    subject = subject_of(sent, verb, lexicon)
    if nominal is None or subject is None or subject in figure:
        return None
    tokens = find_measure_tokens(sent, subject, figure, lexicon)
    text = measure_text(sent, tokens, Anchor())
    if not text:
        return None
    form = read_metric_form(sent, tokens, Anchor(), lexicon) or text.lower()
    return f"{text} {nominal}", f"{form} {nominal}"


def measure_text(sent: Sentence, tokens: tuple[int, ...], anchor: Anchor) -> str | None:
    if tokens:
        return hyphenated(sent, tokens, [sent[i].text for i in tokens])
    return anchor.nominal or anchor.last_resort


def read_metric_form(
    sent: Sentence, tokens: tuple[int, ...], anchor: Anchor, lexicon: FrameLexicon
) -> str | None:
    """A normal form of the measure: lemmas, lower case, head noun last ("restatement of
    earnings" -> "earnings restatement"; a noun of ``plural_nouns`` as written: "goods
    deficit"); the nominalised verb when the holder is the subject ("the economy grew" ->
    "growth" with the holder kept apart). An acronym keeps its capitals ("IT graduates", not
    "it graduate")."""
    if not tokens:
        return anchor.nominal or anchor.last_resort
    of = next((n for n, i in enumerate(tokens) if sent[i].lower in lexicon.part_of), None)
    # a line written all in capitals ("IT EXPORTS SURGE") has no acronyms to tell apart
    capitals = not _shouted([sent[i].text for i in range(sent.start, sent.end)])

    def lemmas(part: Sequence[int]) -> str:
        kept = [
            i for i in part
            if sent[i].pos not in ("PUNCT",) and sent[i].lower not in lexicon.dropped_words
        ]
        return hyphenated(sent, kept, [
            sent[i].text if capitals and _acronym(sent[i].text)
            else lexicon.normal_word(sent[i].lower, sent[i].lemma, sent[i].pos)
            for i in kept
        ])
    form = lemmas(tokens) if of is None else " ".join(
        part for part in (lemmas(tokens[of + 1 :]), lemmas(tokens[:of])) if part
    )
    return form.strip() or None


def hyphenated(sent: Sentence, tokens: Sequence[int], words: Sequence[str]) -> str:
    """``words`` joined as the text writes them (:func:`~claimx.frame.syntax.hyphen_joined`)."""
    return hyphen_joined(tokens, words, lambda k: _joining_hyphen(sent, k))


def _joining_hyphen(sent: Sentence, k: int) -> bool:
    """Whether the token at ``k`` is a hyphen written against the words on both sides."""
    return sent[k].text == "-" and not sent[k - 1].spaced and not sent[k].spaced


def _acronym(word: str) -> bool:
    """Whether a word is written as an acronym: two or more letters, all capitals ("IT",
    "GDP"), which lower case would turn into another word ("it")."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _shouted(words: Sequence[str]) -> bool:
    """Whether most of the words of two or more letters are written in capitals."""
    lettered = [word for word in words if len(word) >= 2 and word.isalpha()]
    return sum(word.isupper() for word in lettered) * 2 > len(lettered)


def normal_case(phrase: str) -> str:
    """A phrase in lower case but for its acronyms ("30,000 IT graduates" -> "IT
    graduates"), unless it is written all in capitals."""
    words = phrase.split()
    capitals = not _shouted(words)
    return " ".join(word if capitals and _acronym(word) else word.lower() for word in words)
