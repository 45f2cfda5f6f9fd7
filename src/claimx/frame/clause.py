"""Walks within a clause that every part of the frame reader shares: the figure a token
belongs to, the verb above a token, a clause's subject, verbs of saying."""

from __future__ import annotations

from claimx.frame.lexicon import (
    FIGURE_LABELS,
    OBJECTS,
    SUBJECTS,
    FrameLexicon,
)
from claimx.frame.syntax import VERB_POS, Mention, Sentence, Tok


def other_figure(sent: Sentence, i: int, figure: Mention) -> Mention | None:
    found = sent.mention_at(i)
    if found is not None and found.label in FIGURE_LABELS and found != figure:
        return found
    return None


def verb_above(sent: Sentence, i: int) -> int | None:
    for node in [i, *sent.ancestors(i)]:
        if sent[node].pos in VERB_POS:
            return node
    return None


# Arcs by which a noun's predicate hangs on it in an absolute clause ("with sales up 5%"),
# besides one of ``absolute_predicates`` ("with unemployment at 5%").
PREDICATE_ARCS = ("advmod", "npadvmod")


def absolute_clause(sent: Sentence, root: int, lexicon: FrameLexicon) -> tuple[int, int] | None:
    """(preposition, subject) when the figure whose tree root is ``root`` is the predicate
    of an absolute clause one of ``absolute_prepositions`` opens ("With the PBGC some £23bn
    in deficit, the FER wants Congress to act", "with unemployment at 5%", "with sales up
    5%"): that clause states a fact of its own subject, whatever the verb it hangs on says,
    wants or expects. None for a figure inside the object's own phrase ("with investment of
    $5bn", "with 5,000 staff", "with Gerrard's transfer for any fee over £35m") or below a
    verb."""
    path = [root]
    for node in sent.ancestors(root):
        tok = sent[node]
        if tok.pos in VERB_POS:
            return None
        if tok.dep == "prep" and tok.lower in lexicon.absolute_prepositions:
            objects = sent.children(node, "pobj")
            if not objects:
                return None
            subject, below = objects[0], path[-1]
            if below != subject:
                return node, subject  # the predicate beside its subject, as parsed
            entry = sent[path[-2]] if len(path) >= 2 else None
            if entry is not None and (entry.dep in PREDICATE_ARCS or (
                entry.dep == "prep" and entry.lower in lexicon.absolute_predicates
            )):
                return node, subject
            return None
        path.append(node)
    return None


def inside_phrase(sent: Sentence, i: int, phrase: int) -> bool:
    """Whether ``i`` belongs to the noun phrase headed by ``phrase`` ("the $4.6 billion
    milestone"), not to a clause hanging on it ("the movie, which cost $70m")."""
    for node in sent.ancestors(i):
        if node == phrase:
            return True
        if sent[node].pos in VERB_POS:
            return False
    return False


def _shown(sent: Sentence, subject: int, lexicon: FrameLexicon) -> int:
    """For a subject that is evidence with a verb of showing on it ("data showing the
    Australian economy grew just 0.1%", where the parser makes "data" the subject of
    "grew"): what the evidence shows, the object of that verb; else the subject."""
    if not {sent[subject].lemma.lower(), sent[subject].lower} & lexicon.evidence_nouns:
        return subject
    for clause in sent.children(subject, "acl"):
        for obj in sent.children(clause, "dobj"):
            if sent[obj].pos in ("NOUN", "PROPN"):
                return obj
    return subject


def _phrase_head(sent: Sentence, noun: int, lexicon: FrameLexicon) -> int:
    """The head of the noun phrase ``noun`` ends: "shipments" for "technologies" in
    "shipments of consumer technologies expected to grow", where the parser hangs the
    participle on the nearest noun."""
    prep = sent.head(noun)
    if (
        sent[noun].dep == "pobj"
        and sent[prep].lower in lexicon.part_of
        and sent.head(prep) != prep
        and sent[sent.head(prep)].pos == "NOUN"
    ):
        return sent.head(prep)
    return noun


def quantified(sent: Sentence, noun: int) -> bool:
    """Whether a figure modifies ``noun`` ("a $19.4 billion deficit")."""
    return any(
        (m := sent.mention_at(k)) is not None and m.label in FIGURE_LABELS  # no dates
        for k in sent.children(noun)
    )


def subject_of(sent: Sentence, verb: int, lexicon: FrameLexicon) -> int | None:
    """The subject of ``verb``, or of the verb it is a complement or conjunct of (the object
    of a verb of forecasting or wanting, when it has one: "expects earnings to rise"); never
    the subject of a verb of saying or of a modality verb ("analysts predict")."""
    node = verb
    for _ in range(4):
        # "YoY Oil operations jumped by 9.3%": a base word the parser made a subject is none
        subjects = [k for k in sent.children(node, *SUBJECTS)
                    if sent[k].lower not in lexicon.change_bases]
        if subjects:
            if (
                sent[subjects[0]].lower in lexicon.relative_pronouns
                and sent[node].dep in ("relcl", "acl")
                and sent.head(node) != node
            ):
                return sent.head(node)  # "Boogeyman, which cost $7m": the noun it qualifies
            return _shown(sent, subjects[0], lexicon)
        dep = sent[node].dep
        head = sent.head(node)
        if head == node:
            return None
        if dep == "ccomp" and sent[head].lemma.lower() in lexicon.attribution_verbs:
            # "the BBA added underlying mortgage lending rose by £4m": the parser made the
            # complement's subject the object of the verb of saying, right before it
            right = [k for k in sent.children(head, "dobj") if k < node and all(
                j in sent.subtree(k) for j in range(k + 1, node))]
            if right:
                return right[0]
        if dep == "ccomp" and sent[head].lemma.lower() not in lexicon.attribution_verbs and (
            objects := [k for k in sent.children(head, "dobj") if k < node]
        ):
            # "LG saw its operating income during the second quarter jump 65%": a complement
            # with no subject of its own tells of the object before it (not the addressee of
            # a verb of saying: "told BBC News there were at least three areas")
            return objects[-1]
        if dep in ("relcl", "acl"):
            return _phrase_head(sent, head, lexicon)  # "profits, which rose 5%": the noun
        if dep == "pcomp" and sent[head].dep == "prep" and sent.head(head) != head:
            # "shares touched 17.70 euros, before falling back to trade 7.8% higher": the
            # clause of a preposition has the subject of the verb the preposition hangs on.
            head = sent.head(head)
            if sent[head].pos not in VERB_POS:
                return None
        elif dep not in ("xcomp", "conj", "advcl") and not (
            # "is ready to raise £1.4bn", "is likely to post": an adjective whose
            # complement holds the figure has the subject of the verb it completes
            dep == "acomp" and sent.children(node, "xcomp")
        ):
            return None
        if (
            dep == "advcl" and sent[node].tag in lexicon.gerund_tags
            and lexicon.way_of(sent[node]) is not None
            and not sent.children(node, "dobj")
            and (objects := [k for k in sent.children(head, "dobj") if sent[k].pos == "NOUN"])
            and (
                sent[head].lemma.lower() in lexicon.attribution_verbs
                # "would run a $19.4 billion deficit this year, falling to $15.1 billion next
                # year": any verb's object an amount quantifies
                or quantified(sent, objects[0])
            )
        ):
            # "projecting an $18.1 billion deficit in 2018-19, dropping to $17.5 billion",
            # "forecast total growth of 3.6% in 2004, slipping to 2.9% next year": a
            # participle of change with no subject or object of its own continues the
            # figure a verb of reporting or forecasting names ("the economy experienced a
            # downturn, contracting 2.1%" is the economy's)
            return objects[0]
        if (
            dep == "xcomp"
            and sent[head].lemma.lower() in lexicon.modality_words
            and (objects := sent.children(head, "dobj"))
        ):
            # "it expects earnings per share to be in the range of $2.58 to $2.62": the
            # object of a verb of forecasting or wanting is its complement's subject ("added
            # the conversion to become ..." is no such verb)
            return objects[0]
        if dep == "xcomp" and sent.children(head, "nsubjpass") and (
            sent[head].lemma.lower() in lexicon.attribution_verbs
            or sent[head].lemma.lower() in lexicon.modality_words
        ):
            # "The Paris-based exchange is reported to be ready to raise £1.4bn", "the firm
            # is expected to post a profit of $5m": the passive verb of saying or projecting
            # names no speaker; its subject is its complement's
            node = head
            continue
        if says(sent, head, node, lexicon) and not (
            sent[head].dep == "acl" and not sent.children(head, *SUBJECTS)
        ):
            # A participle of projecting that qualifies a noun ("shipments expected to
            # grow by 11%") has that noun for the subject of its complement.
            return None
        node = head
    return None


def is_pronoun(tok: Tok, lexicon: FrameLexicon) -> bool:
    """"it", "its", "their" (not "IT", which the tagger calls a proper noun)."""
    return tok.lower in lexicon.pronouns and tok.pos == "PRON"


# Clauses beside a verb rather than under it: what a verb of saying with a figure of its own
# as object does not state.
BESIDE = frozenset({"advcl", "conj", "parataxis"})


def says(sent: Sentence, verb: int, below: int, lexicon: FrameLexicon) -> bool:
    """Whether ``verb`` states what is under its child ``below``: a verb of saying over a
    clause ("the ONS said exports rose"), or a verb of projecting over anything ("analysts
    predict growth of 5%"). A verb of saying whose object is the figure is its predicate:
    "van Gisbergen added 18 points", "the firm reported a profit of $5m". A passive one
    ("is expected to grow") names no speaker, and a figure in a phrase on the verb itself
    is when or how it was said, not what ("In 23 cases, customers reported smoke damage"),
    unless it is an end of a change or the figure replaced ("revised the number to 139,000
    instead of 96,000"). Nor does one whose own object holds a figure state the clauses
    beside it ("added 32,000 jobs, while employment grew 23,000"), and one that reports a
    result, its object's phrase holding a figure, says nothing of the change written beside
    that object ("reported a record profit of AED 17.2 billion, up 63% from the previous
    year")."""
    lemma = sent[verb].lemma.lower()
    if lemma not in lexicon.attribution_verbs or sent.children(verb, "nsubjpass"):
        return False  # "the population is expected to grow": no one speaks, it is the measure
    if lexicon.modality_words.get(lemma) == "projection" or below == verb:
        return True
    changes = lexicon.direction(lemma) is not None  # "added 32,000 jobs": a verb of change
    if ((changes and sent[below].dep not in OBJECTS) or sent[below].dep in BESIDE) and any(
        (m := sent.mention_at(k)) is not None and m.label in FIGURE_LABELS
        # the object, or the figure the verb of change takes as its measure ("tin added
        # 1.9% to $26,185")
        for obj in sent.children(verb, "dobj", "npadvmod")
        for k in (obj, *sent.children(obj, "nummod", "quantmod", "compound"))
    ):
        # "Professional and business services added 32,000 net new jobs, while employment
        # in transportation grew 23,000": a verb whose object is a figure of its own is that
        # figure's predicate, saying nothing of the clauses beside it, nor, for a verb of
        # change, of the ends of its change ("added an extra 6.4% to $27.24"; "revised the
        # data downward by $13.80bn to $33.68bn" still states them)
        return False
    if not changes and sent[below].dep == "advmod" and any(
        (m := sent.mention_at(k)) is not None and m.label in FIGURE_LABELS
        for obj in sent.children(verb, "dobj")
        for prep in sent.children(obj, "prep") if sent[prep].lower in lexicon.amount_of
        for k in sent.children(prep, "pobj")
    ):
        # "Emirates airline reported a record profit of AED 17.2 billion, up 63% from the
        # previous year": a verb whose object's phrase holds a figure reports a result, and
        # the change written beside the object tells of that result, not of what was said
        return False
    return sent[below].dep not in OBJECTS and not (
        sent[below].dep == "prep"
        and sent[below].lower not in lexicon.change_prepositions
        and not any(sent[k].lower in lexicon.replacement_markers
                    for k in sent.children(below, "advmod"))
    )  # "revised up the number to 139,000 instead of 96,000" states both figures
