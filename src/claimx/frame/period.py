"""When a figure holds: the date that scopes it, and whether its clause sets a time of
its own (the present, a point of reference)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import pairwise

from claimx.frame.clause import inside_phrase, other_figure
from claimx.frame.lexicon import (
    FIGURE_LABELS,
    SUBJECTS,
    FrameLexicon,
)
from claimx.frame.syntax import NOUN_POS, VERB_POS, Mention, Sentence

DURATION = "DURATION"
PREPOSITION_POS = "ADP"
# How a figure written inside a noun phrase hangs on its noun ("the 1.8 percent expansion").
FIGURE_MODIFIERS = ("nummod", "compound", "amod", "quantmod")
# A date on one of these arcs dates the noun it modifies ("the 2015 diesel scandal").
NOUN_MODIFIER_ARCS = frozenset({"nummod", "compound", "amod", "nmod", "poss"})
LABEL_MARK = ":"  # "(2022: +2.7%)": a date that labels the figure after it
LABELLED_FIGURES = frozenset({"MONEY", "PERCENT", "QUANTITY"})  # not "in Q1: BOK"
# Arcs of the word that opens a relative clause: "when" (an adverb), "which" (its subject).
RELATIVE_ARCS = ("advmod", "nsubj", "nsubjpass")
# Arcs of a clause that qualifies a noun ("the 2.6 per cent pace reported last month").
CLAUSE_MODIFIER_ARCS = frozenset({"acl", "relcl"})
PARTICIPLE_ARC = "acl"  # a participle's clause on a noun ("the 3.1 percent posted in May")
# Whose story a relative clause may tell: its dates are no figure's period ("Ray Charles,
# who died in June 2004, ..."); a place's may be an event's ("CES in Las Vegas, which ran
# from 6 to 9 January", however the parser hung the clause).
STORY_LABELS = frozenset({"PERSON", "ORG"})


def present_frame(sent: Sentence, root: int, lexicon: FrameLexicon) -> bool:
    """Whether the figure's clause speaks of now or of what will be ("This is against 33.9%
    recorded in August 2022", "Sprint will spend $1bn"), not the present perfect of a result
    reported ("Lloyds Banking Group has today reported a 57% jump in profit", whatever tense
    the tagger gives the participle)."""
    own = _clause(sent, root)
    return _present_clause(sent, own, lexicon) and not any(
        sent[k].lemma.lower() in lexicon.perfect_auxiliaries
        and sent[k].lower in lexicon.present_auxiliaries
        for k in sent.children(own, "aux")
    )


def _present_clause(sent: Sentence, clause: int, lexicon: FrameLexicon) -> bool:
    """Whether ``clause`` has a present or modal auxiliary or a verb in the present ("an
    industry that is growing by 6% a year", "Sprint will spend $1bn", "it remains above the
    government's 2% target", "has taken $138m so far")."""
    return any(
        sent[k].lower in lexicon.present_auxiliaries or sent[k].lower in lexicon.modal_aux
        for k in [clause, *sent.children(clause, "aux", "auxpass")]
    ) or sent[clause].tag in lexicon.present_tags


def own_time_frame(sent: Sentence, root: int, lexicon: FrameLexicon) -> bool:
    """Whether the figure's clause sets a time of its own that no earlier sentence's date
    may replace: the present or the future ("GDP is now 2.7% above its peak", "an industry
    that is growing by 6% a year", "Sprint will spend around $1bn": a present or modal
    auxiliary), a time another sentence named ("At that time, inflation was at 2.6%";
    ``anaphoric_times``) or a point of reference ("since the second quarter of 2013")."""
    own = _clause(sent, root)
    if _present_clause(sent, own, lexicon):
        return True
    verb = own
    while sent[verb].dep == "xcomp" and sent.head(verb) != verb:
        # "This growth has helped create thousands of jobs": the verb the clause completes
        # in the present perfect (not a passive one's: "is expected to fall to 4.25%")
        verb = sent.head(verb)
        if any(sent[k].lower in lexicon.present_auxiliaries for k in sent.children(verb, "aux")):
            return True
    above = {own, *sent.ancestors(own)}
    for node in above:
        if any(sent[k].lower in lexicon.present_words for k in sent.children(node, "advmod")):
            return True
    path = [root, *(k for k in sent.ancestors(root) if k not in above), *above]
    if any(
        " ".join(sent[k].lower for k in sent.subtree(prep)) in lexicon.anaphoric_times
        for node in path for prep in sent.children(node, "prep", "advmod")
    ):
        # "At that time, inflation in South Korea was at 2.6%", "was at 2.6% at the time":
        # the time of another sentence, which no earlier date may stand for
        return True
    if _unread_period(sent, [root, own], lexicon):
        return True
    return any(
        m.label == "DATE" and _reference_point(sent, m, lexicon, root, bases=False)
        and _clause(sent, sent.span_root(m.start, m.end)) in above
        and not _another_figures(sent, m, root, lexicon)
        for m in sent.mentions
    )


def _dates_inside(sent: Sentence, clause: int) -> bool:
    """Whether a date stands in the clause at ``clause``."""
    inside = set(sent.subtree(clause))
    return any(
        m.label == "DATE" and sent.span_root(m.start, m.end) in inside for m in sent.mentions
    )


def _another_figures(sent: Sentence, date: Mention, root: int, lexicon: FrameLexicon) -> bool:
    """Whether ``date`` stands in a phrase of comparison or reference ("than", "since",
    "compared with") that holds a figure other than the one at ``root``: that figure's
    period, no point in time the figure at ``root`` is measured from ("Exports fell 2.6
    percent quarter-on-quarter, a sharper drop than the 1.5 percent decline in the previous
    three months": the quarter of the 2.6 percent is still to be found)."""
    marks = lexicon.reference_prepositions | lexicon.comparison_marks | lexicon.comparison_words
    for node in sent.ancestors(sent.span_root(date.start, date.end)):
        if sent[node].dep == "prep" and sent[node].lower in marks:
            return any(
                (m := sent.mention_at(k)) is not None and m.label in FIGURE_LABELS
                and not m.start <= root < m.end
                for k in sent.subtree(node)
            )
    return False


def period_noun(sent: Sentence, root: int, lexicon: FrameLexicon) -> str | None:
    """The period noun a phrase of ``duration_prepositions`` on the figure's clauses (or
    their subjects and objects) names alone, with no date rule reading it and no noun
    compounded before it ("operating profit for the year plummeted by 84.86%", "sales in the
    quarter rose 5%"): the kind of period the figure is of, which a period it takes up from
    an earlier sentence must be ("for the year" after "the fourth quarter" is no quarter);
    else None."""
    nodes = _clause_nodes(sent, root)
    return next((
        sent[obj].lemma.lower() for obj in _period_objects(sent, nodes, lexicon)
        if not sent.children(obj, "compound", "amod", "nummod", "poss")
    ), None)


def whole_period_noun(sent: Sentence, root: int, lexicon: FrameLexicon) -> str | None:
    """The period noun a word of ``whole_words`` qualifies on the figure's measure or its
    clauses' subjects and objects ("Full-year profit rose to ¥5bn", "took its full-year
    total to ¥5.35 trillion"): the figure is of a whole such period, whatever date its
    clause or an earlier sentence gives; else None."""
    return next((
        sent[k].lemma.lower()
        for node in _clause_nodes(sent, root) for k in sent.children(node, "compound", "amod")
        if sent[k].lemma.lower() in lexicon.period_nouns and sent.mention_at(k) is None
        and any(sent[w].lower in lexicon.whole_words for w in sent.children(k, "amod"))
    ), None)


def _clause_nodes(sent: Sentence, root: int) -> list[int]:
    """The figure's tree root, the nodes above it, and the subjects and objects of the verbs
    among them: where what a figure is of may be written."""
    path = [root, *sent.ancestors(root)]
    verbs = [node for node in path if sent[node].pos in VERB_POS]
    return [*path, *(k for verb in verbs for k in sent.children(verb, *SUBJECTS, "dobj"))]


def _unread_period(sent: Sentence, nodes: list[int], lexicon: FrameLexicon) -> bool:
    """Whether a phrase of ``duration_prepositions`` on one of ``nodes`` names a period
    that no date rule read: one of ``period_nouns`` with a noun compounded before it ("for
    the key holiday-shopping quarter", "in the Christmas quarter"); "in the quarter" alone
    takes up the period named before, as does a length ("the five-month period")."""
    return any(
        sent[k].pos in NOUN_POS
        # "the five-month period" is a length, the period named before
        and sent[k].lemma.lower() not in lexicon.period_nouns
        for obj in _period_objects(sent, nodes, lexicon) for k in sent.children(obj, "compound")
    )


def _period_objects(sent: Sentence, nodes: list[int], lexicon: FrameLexicon) -> Iterator[int]:
    """The nouns of ``period_nouns`` that a phrase of ``duration_prepositions`` on one of
    ``nodes`` governs and no date rule read, in order."""
    for node in nodes:
        for prep in sent.children(node, "prep"):
            if sent[prep].lower not in lexicon.duration_prepositions:
                continue
            for obj in sent.children(prep, "pobj"):
                if sent[obj].lemma.lower() in lexicon.period_nouns and sent.mention_at(obj) is None:
                    yield obj


def same_period_noun(words: Sequence[str], at: int, lexicon: FrameLexicon) -> int | None:
    """The index among ``words`` (lower case) of the noun of a phrase of ``same_marks`` and
    ``same_period_nouns`` that ends right before the date at ``at``, bar a ``change_of``
    word ("the same period in 2023", "the corresponding quarter of 2022", "the same time
    period last year"); else None."""
    k = at - 1
    if k >= 0 and words[k] in lexicon.change_of:
        k -= 1
    if k < 1 or words[k] not in lexicon.same_period_nouns:
        return None
    return k if any(w in lexicon.same_marks for w in words[max(k - 2, 0) : k]) else None


def _own_same_period(sent: Sentence, date: Mention, figure: int, lexicon: FrameLexicon) -> bool:
    """Whether ``date`` closes a phrase of :func:`same_period_noun` that is the figure's own
    (whose tree root is ``figure``), opened by one of ``same_period_prepositions`` (not the
    base of "a 52.2-percent increase compared to the same period last year", "up 3% from the
    same period"): in the figure's phrase, or written right after it ("compared to 4.1
    percent in the same period in 2023", "$2bn in the same quarter of 2022", however the
    parser hung it)."""
    same = same_period_noun([t.lower for t in sent.tokens], date.start - sent.start, lexicon)
    if same is None:
        return False
    noun = sent.start + same
    k = noun - 1
    while k > sent.start and sent[k].pos not in ("ADP", "NUM") and sent.mention_at(k) is None:
        k -= 1
    if sent[k].lower not in lexicon.same_period_prepositions:
        return False
    if _of_own_phrase(sent, noun, figure, lexicon):
        return True
    written = sent.mention_at(k - 1) if k - 1 >= sent.start else None
    return written is not None and figure in written


def _reference_point(
    sent: Sentence, date: Mention, lexicon: FrameLexicon, figure: int, *, bases: bool = True
) -> bool:
    """A date that places the base of a comparison, not the figure: after "since" or
    "than", in a clause "than" opens ("higher than it was in 2004") or in the object of a
    comparative preposition ("24.4% above the previous record - 2003's imbalance"), or
    (with ``bases``) right after "same quarter" or "compared with" ("on same quarter a year
    ago") or a period after a change's "on" ("up 30% on the start of 2004"; a day after it,
    "rose 5% on Tuesday", is when): a base says nothing of the figure's own period (whose
    tree root is ``figure``), which an earlier sentence may still give. So is a date in a
    clause "since" opens on a record or a change ("the largest since records began in
    1999")."""
    root = sent.span_root(date.start, date.end)
    head = sent.head(root)
    inside = figure not in date and _inside_phrase_of(sent, root, figure)
    if not inside and head not in date and sent[head].lower in lexicon.reference_prepositions:
        # "since 2013", and in the figure's own phrase too: "rose to 4.4 percent, the
        # highest since October 2021"
        return True
    if bases and not inside and head not in date and (
        sent[head].lower in lexicon.base_prepositions
        and date.rule in lexicon.period_rules and _changing(sent, sent.head(head), figure, lexicon)
        and not _object_of(sent, head, figure)
    ):
        # "revenue for the first quarter was $1.91 billion, up 25 percent from a year
        # earlier": the base of the change beside the level, in its phrase or not
        return True
    if figure not in date and (
        inside or _of_own_phrase(sent, root, figure, lexicon)
        or _own_same_period(sent, date, figure, lexicon)
    ):
        # "compared to 2004's Super Bowl weekend when the box office was $73.4m": a figure
        # in the base's own phrase is of that date, and so is a figure whose own phrase
        # holds the date ("as compared to a trade surplus of 5.86 billion USD in the same
        # period last year": that surplus is last year's)
        return False
    words = [sent[i].lower for i in range(max(sent.start, date.start - 3), date.start)]
    if bases and any(" ".join(words[-n:]) in lexicon.reference_bases for n in (1, 2, 3)):
        # "compared with the second quarter", "the same period of fiscal 2024", "In H1 2020
        # versus H1 2019"
        return True
    if bases and date.start - 2 >= sent.start and (
        sent[date.start - 1].lower in lexicon.base_prepositions
        and date.rule in lexicon.period_rules
        and (written := sent.mention_at(date.start - 2)) is not None
        and written.label in FIGURE_LABELS and written.end == date.start - 1
    ):
        return True  # "up 22,000 on four years ago", however the parser hung the "on"
    if head in date:
        return False
    if date.rule in lexicon.period_rules and _after_compared(sent, head, figure, lexicon):
        return True  # "is now 0.2% above its peak in the first quarter of 2008"
    if bases and sent[head].lower in lexicon.base_prepositions and (
        date.rule in lexicon.period_rules and _changing(sent, sent.head(head), figure, lexicon)
        and not _object_of(sent, head, figure)
    ):
        return True  # "up about 30% on the start of 2004", "down 3% on last year"
    for node in [head, *sent.ancestors(head)]:
        if sent[node].pos in VERB_POS and sent[node].dep not in CLAUSE_MODIFIER_ARCS:
            # (a participle or relative clause on a noun is in that noun's phrase: "7%
            # higher than the sales recorded in 2020")
            break
        if sent[node].dep == "prep" and (
            sent[node].lower in lexicon.comparison_marks
            or sent[node].lower in lexicon.comparative_prepositions
            # "the lowest since the slump we saw back in 2000-1": the point of reference
            # the object of "since" names, however deep in it the date stands
            or (sent[node].lower in lexicon.reference_prepositions and node != head
                and _on_a_record(sent, node, lexicon))
            # "0.2% ahead of its pre-crisis peak (first quarter, 2008)"
            or (sent[node].lower in lexicon.part_of
                and sent[sent.head(node)].lower in lexicon.comparatives)
            # "growth for 2004 was 1.6%, after a year of contraction in 2003": what came before
            or (sent[node].lower in lexicon.sequence_prepositions and node != head)
            # "the same pace as in the previous period"
            or (sent[node].lower in lexicon.equality_marks and any(
                sent[k].lower in lexicon.same_marks
                for k in sent.children(sent.head(node), "amod")))
        ):
            # "higher than in 2004", "above the previous record - 2003's imbalance": a base,
            # unless the figure is in that phrase too ("2003's imbalance of $496.5bn")
            return not any(
                figure in sent.subtree(obj) for obj in sent.children(node, "pobj")
            )
    if _after_comparison(sent, date, figure, lexicon):
        return True  # "9% higher than at this time last year", however "year" was hung
    if date.rule in lexicon.period_rules and _after_sequence_object(sent, root, lexicon):
        # "grew 0.1 percent after stagnation in the first three months" (a period; a day
        # may be the figure's own: "plan to open just after midnight on Tuesday 9 November")
        return True
    # "50% higher than it was at the start of 2004": a clause of comparison
    clause = _clause(sent, root)
    if clause == root or sent[clause].dep not in ("advcl", "ccomp", "pcomp"):
        return False
    if date.rule in lexicon.period_rules and _what_said(sent, clause, lexicon):
        # "expanded slightly more than previously reported in the second quarter": what was
        # reported or expected of a period is compared with that period's figure
        return False
    # "the largest since records began in 1999", "has dropped by 10% since its founder was
    # arrested a year ago": a clause since a point in time, on a record or a change, with
    # no figure of its own, is the base they are measured from ("since only a third of
    # children do sport currently" is a reason; "has sold 45 million copies since it was
    # published in 1952" counts from that date)
    since = figure not in sent.subtree(clause) and _sets_a_record(sent, sent.head(clause), lexicon)
    # a comparison's "than" on the figure's own clause compares the phrase it heads, not
    # the clause's own date ("48,000 fewer mortgages were approved in January than for the
    # same month in 2004": January is the figure's)
    opened = figure not in sent.subtree(clause)
    return any((opened and sent[k].lower in lexicon.comparison_marks)
               or (since and sent[k].dep == "mark"
                   and sent[k].lower in lexicon.reference_prepositions)
               for k in sent.children(clause, "mark", "prep"))


def _on_a_record(sent: Sentence, prep: int, lexicon: FrameLexicon) -> bool:
    """Whether ``prep`` ("since") hangs on a record or a change, directly or through a
    relative clause ("the lowest we have seen since ...", "has dropped by 10% since ..."):
    its object is the point they are measured from, not a span a count covers ("the 17
    people found guilty since the 11 September attacks")."""
    word = sent.head(prep)
    if sent[word].dep == "relcl":
        word = sent.head(word)
    return _record_or_change(sent, word, lexicon)


def _sets_a_record(sent: Sentence, word: int, lexicon: FrameLexicon) -> bool:
    """Whether ``word`` is a record or a change (:func:`_record_or_change`), or a verb whose
    object or attribute is a record ("Exports were the highest since records began in 1989",
    "The figure marked the highest level for the month since the data series began")."""
    if _record_or_change(sent, word, lexicon):
        return True
    return sent[word].pos in VERB_POS and any(
        _record_or_change(sent, k, lexicon)
        or any(sent[a].lower in lexicon.superlatives for a in sent.children(k, "amod"))
        for k in sent.children(word, "attr", "dobj", "acomp", "oprd")
    )


def _record_or_change(sent: Sentence, word: int, lexicon: FrameLexicon) -> bool:
    """Whether ``word`` is a superlative or a word of change ("the largest", "has
    dropped"): what a "since" on it measures from a point of reference."""
    return sent[word].lower in lexicon.superlatives or lexicon.way_of(sent[word]) is not None


def _what_said(sent: Sentence, clause: int, lexicon: FrameLexicon) -> bool:
    """Whether ``clause`` is a verb of saying or expecting with no subject of its own
    ("than previously reported", "than expected"): what was said of the figure's own
    period."""
    word = sent[clause]
    return (
        (word.lemma.lower() in lexicon.attribution_verbs
         or word.lemma.lower() in lexicon.modality_words)
        and not sent.children(clause, "nsubj", "nsubjpass", "expl")
    )


def _object_of(sent: Sentence, prep: int, figure: int) -> bool:
    """Whether the figure (tree root ``figure``) is the object of ``prep``: a date on that
    preposition is then the figure's own ("up from $4bn last year": the base's year)."""
    return any(figure in sent.subtree(obj) for obj in sent.children(prep, "pobj"))


def _after_comparison(
    sent: Sentence, date: Mention, figure: int, lexicon: FrameLexicon
) -> bool:
    """Whether ``date`` follows at once the phrase a comparison mark opens, which holds no
    figure ("up to 9% higher than at this time last year", with "last year" hung on the
    verb): it finishes what the figure is compared with."""
    before = date.start - 1
    if before < sent.start:
        return False
    for node in [before, *sent.ancestors(before)]:
        if sent[node].pos in VERB_POS:
            return False
        if sent[node].dep == "prep" and sent[node].lower in lexicon.comparison_marks:
            phrase = sent.subtree(node)
            return max(phrase) == before and figure not in phrase
    return False


def _after_compared(sent: Sentence, prep: int, figure: int, lexicon: FrameLexicon) -> bool:
    """Whether the preposition ``prep`` that a date hangs on follows at once what a
    comparative preposition on the same word compares with ("GDP is now 0.2% above its
    pre-recession peak in the first quarter of 2008": the peak's date, however the parser
    hung it), when that is not the figure (tree root ``figure``) itself ("surged above the
    $47 mark in March")."""
    if sent[prep].dep != "prep" or prep == sent.head(prep):
        return False
    for other in sent.children(sent.head(prep), "prep", "advmod"):
        compared = other
        if sent[other].lower in lexicon.comparatives and sent[other].dep == "advmod":
            # "ahead of its peak": the adverb's "of"
            compared = next(iter(sent.children(other, "prep")), other)
        if compared == other and sent[other].lower not in lexicon.comparative_prepositions:
            continue
        objects = sent.children(compared, "pobj")
        # a particular point ("its peak", "the level"), not a bare "above forecast in 2004"
        if objects and max(sent.subtree(objects[0])) + 1 == prep and sent.children(
            objects[0], "det", "poss"
        ) and figure != other and figure not in sent.subtree(objects[0]):
            return True
    return False


def _of_own_phrase(sent: Sentence, date_root: int, figure: int, lexicon: FrameLexicon) -> bool:
    """Whether the date hangs, below any verb but a participle of the figure's own, on the
    figure (whose tree root is ``figure``) or on the noun the figure's "of" phrase qualifies
    ("a surplus of $5.86bn in the same period last year", "the 3.1 percent posted in the same
    month last year"), or on the noun the figure modifies ("the previous quarter's 6.7%
    increase"; not a relative clause's record: "10.06%, which was the country's
    highest in the past six years")."""
    own = {figure}
    above = sent.head(figure)
    if sent[figure].dep == "pobj" and sent[above].lower in lexicon.part_of:
        own.add(sent.head(above))
    elif sent[figure].dep in FIGURE_MODIFIERS:
        own.add(above)  # "the previous quarter's 6.7% increase": the noun the figure modifies
    for node in sent.ancestors(date_root):
        if sent[node].pos in VERB_POS:
            return sent[node].dep == PARTICIPLE_ARC and sent.head(node) in own
        if node in own:
            return True
    return False


def _inside_phrase_of(sent: Sentence, date_root: int, figure: int) -> bool:
    """Whether the figure whose tree root is ``figure`` is inside the noun phrase the date
    belongs to (its own relative clause: "2004's weekend when the box office was $73.4m",
    "in 2003, when sales were $5m")."""
    top = date_root
    while sent[top].dep in ("poss", "compound", "nmod", "amod", "nummod") and (
        sent.head(top) != top
    ):
        top = sent.head(top)
    return any(
        figure in sent.subtree(clause) for clause in sent.children(top, "relcl", "acl")
    )


def _changing(sent: Sentence, node: int, figure: int, lexicon: FrameLexicon) -> bool:
    """Whether ``node`` is a word of change, or the figure (tree root ``figure``) that a word
    of change takes ("shrank an annualized 7.1 percent from the previous quarter", the
    parser hanging "from" on the figure)."""
    return _of_a_change(sent, node, lexicon) or (
        node == figure and sent.head(figure) != figure
        and _of_a_change(sent, sent.head(figure), lexicon)
    )


def _of_a_change(sent: Sentence, node: int, lexicon: FrameLexicon) -> bool:
    """Whether ``node`` is a word of change or a clause with one ("rose", "is up", "5%
    higher"): a period after its "on" is what the change is measured against."""
    for k in [node, *sent.children(node, "advmod", "acomp", "npadvmod")]:
        word = sent[k]
        if word.lower in lexicon.comparatives or lexicon.way_of(word):
            return True
    return False


def _clause(sent: Sentence, i: int) -> int:
    """The verb heading the clause of ``i`` (the root when none is above)."""
    for node in [i, *sent.ancestors(i)]:
        if sent[node].pos in VERB_POS:
            return node
    last = i
    for node in sent.ancestors(i):
        last = node
    return last


def made_on(sent: Sentence, date: Mention, lexicon: FrameLexicon) -> bool:
    """Whether ``date`` says when an estimate or forecast was made, not what it is of: a
    month or day (``made_on_rules``, ``day_rules``) that qualifies one of ``made_on_nouns``
    ("revised up from a July estimation of a 16.6% decline"; not "its 2005 growth forecast",
    a year the forecast is for)."""
    if date.rule not in lexicon.made_on_rules and date.rule not in lexicon.day_rules:
        return False
    root = sent.span_root(date.start, date.end)
    head = sent.head(root)
    return head != root and head not in date and sent[root].dep in NOUN_MODIFIER_ARCS and (
        sent[head].lemma.lower() in lexicon.made_on_nouns
    )


def report_day(sent: Sentence, date: Mention, root: int, lexicon: FrameLexicon) -> bool:
    """Whether ``date`` is the day a report came out for the figure whose tree root is
    ``root``: it hangs on a verb of saying above the figure's own clause ("..., the
    government said on Friday", "data showed on Friday")."""
    date_root = sent.span_root(date.start, date.end)
    clause = _clause(sent, date_root)
    own = _clause(sent, root)
    if clause != own and sent[clause].lemma.lower() in lexicon.attribution_verbs:
        # "said, in a preliminary earnings release for the second quarter, ...": a period a
        # noun of the report is for is what the report covers, not when it came out; so is
        # one the figure's own participle is for ("from a revised growth of 0.35 per cent
        # reported for March, 2019")
        return not _covered_by_report(sent, date, date_root, lexicon, root)
    if date.rule in lexicon.day_rules and _released_on(sent, date_root, lexicon):
        return True
    # "The agency said Tuesday its consumer price index for September was up 1.6%": a day
    # right after a verb of saying, or after it and one preposition ("said on Thursday it
    # had signed"), is its day, however the parser hung it; not after a participle that
    # qualifies a noun ("the expected second-quarter gain of 2.6 percent")
    before = date.start - 1
    if before > sent.start and sent[before].pos == PREPOSITION_POS:
        before -= 1
    return (
        before >= sent.start
        and before != own
        and sent[before].pos in VERB_POS
        and sent[before].dep not in NOUN_MODIFIER_ARCS
        and sent[before].lemma.lower() in lexicon.attribution_verbs
    )


def _released_on(sent: Sentence, date_root: int, lexicon: FrameLexicon) -> bool:
    """Whether a day hangs, directly or by one preposition, on a participle of releasing or
    saying that qualifies a noun of a report ("data released Tuesday by the ministry",
    "figures published on Friday"): the day the report came out."""
    verb = sent.head(date_root)
    if verb != date_root and sent[verb].pos == PREPOSITION_POS:
        verb = sent.head(verb)
    if verb == date_root or sent[verb].dep != PARTICIPLE_ARC:
        return False
    lemma = sent[verb].lemma.lower()
    noun = sent.head(verb)
    return (
        noun != verb
        and (lemma in lexicon.release_verbs or lemma in lexicon.attribution_verbs)
        and lexicon.report(sent[noun])
    )


def _covered_by_report(
    sent: Sentence, date: Mention, date_root: int, lexicon: FrameLexicon, figure: int
) -> bool:
    """Whether a period (``period_rules``: no day) is the object of one of
    ``forecast_prepositions`` on a noun ("a release for the second quarter", "data for
    September"; not "the flash estimate on May 15") or on a participle that qualifies the
    figure whose tree root is ``figure`` ("0.35 per cent reported for March")."""
    if date.rule not in lexicon.period_rules:
        return False
    prep = sent.head(date_root)
    if prep == date_root or sent[prep].lower not in lexicon.forecast_prepositions:
        return False
    noun = sent.head(prep)
    return noun != prep and (sent[noun].pos == "NOUN" or (
        sent[noun].dep == PARTICIPLE_ARC and sent.head(noun) == figure
    ))


def _labelled(sent: Sentence, date: Mention) -> int | None:
    """Where the figure starts that ``date`` labels, right after it and a colon ("1.9%
    (2022: +2.7%)", "Revenue 2023: $5bn"), or None."""
    colon = date.end
    if colon + 1 < sent.end and sent[colon].text == LABEL_MARK and any(
        m.start == colon + 1 and m.label in LABELLED_FIGURES for m in sent.mentions
    ):
        return colon + 1
    return None


def _label_date(sent: Sentence, figure: Mention) -> Mention | None:
    """The date written as the figure's label: its period, however the parser hung it."""
    return next((m for m in sent.mentions
                 if m.label == "DATE" and _labelled(sent, m) == figure.start), None)


def find_time(
    sent: Sentence, figure: Mention, root: int, lexicon: FrameLexicon
) -> Mention | None:
    """The date attached to the figure's own predicate or measure: among the sentence's
    dates, those whose clause is the figure's or one above it and whose tree path to the
    figure crosses no other figure; the nearest in the tree (then in the text). A date
    after "since" outside its span is a point of reference, not the period ("has grown
    3.1% since the second quarter of 2013"); a date of a reporting verb above the figure's
    clause ("..., the government reported Wednesday") comes after every other, and the
    report's own day ("in morning trade", ``report_day_rules``) after every other date of
    the figure's clauses."""
    labelled = _label_date(sent, figure)
    if labelled is not None:
        return labelled
    same = next((m for m in sent.mentions if m.label == "DATE" and m.start >= figure.end
                 and _own_same_period(sent, m, root, lexicon)), None)
    if same is not None:
        return same  # "against $2bn in the same quarter of 2022": that quarter of 2022
    own = _clause(sent, root)
    opened = _opened_on(sent, figure, own, lexicon)
    if opened is not None and not _dates_inside(sent, own):
        # "the highest since October 2015, which saw a 6.25 percent increase": the date the
        # figure's relative clause is about, when the clause dates nothing itself, comes
        # before any date of the clauses above it (not "in 2004, which was below the 6%
        # rise of 2003")
        return opened
    dates = [
        m for m in sent.mentions
        if m.label == "DATE" and not _reference_point(sent, m, lexicon, root)
        and _labelled(sent, m) is None  # "1.9% (2022: +2.7%)": the 2.7%'s alone
    ]
    if not dates:
        return opened or _lasting(sent, figure, root, lexicon)
    above = {own, *sent.ancestors(own)}
    # the figure's own other end: the level it reaches, the amount it changes
    its_own = _level_reached(sent, figure, root, lexicon)
    for changed in (_changed_figure(sent, root, figure, lexicon),
                    _change_reaching(sent, root, figure, lexicon)):
        if changed is not None:
            its_own |= set(range(changed.start, changed.end))
    # a day beside a period of the figure's clause or one above it ("reported a 34 percent
    # rise in profit Tuesday for the quarter ended Dec. 31", "Also on Friday, France's
    # industrial output for December was released, showing 0.7% growth"): the day it was
    # told, after the period (not beside one of a clause below: "On Tuesday the courts
    # awarded Varig 2bn reais, after ruling in favour of its claim for freezing tariffs from
    # 1985 to 1992"; nor beside a point in time: "currently", "Thanksgiving")
    periods = any(
        (d.rule in lexicon.period_rules or d.rule in lexicon.window_rules)
        and _clause(sent, sent.span_root(d.start, d.end)) in above
        for d in dates
    )
    best: tuple[int, int, int, int, int, int, int, int, Mention] | None = None
    for date in dates:
        date_root = sent.span_root(date.start, date.end)
        clause = _clause(sent, date_root)
        path = sent.path(root, date_root)
        own_day = int(date.rule in lexicon.report_day_rules)
        crossed = [
            i for i in path
            if i not in figure and i not in its_own and (
                other_figure(sent, i, figure) is not None
                or _holds_figure(sent, i, figure)
                or _baseline_of_other(sent, i, figure, lexicon)
            )
        ]
        if crossed and not (own_day and all(_clause(sent, i) == own for i in crossed)):
            # the date of another figure ("the 1.8% expansion seen in 2022"); but the
            # report's time scopes its whole clause ("up 1.76% at 115.5 pence in morning
            # trade")
            continue
        if _right_after_baseline(sent, date, figure, lexicon):
            continue  # "from $8m in 2003 to $6m in 2004": 2003 is $8m's
        if clause not in above and any(
            other_figure(sent, i, figure) is not None for i in sent.subtree(clause)
        ) and not _revises(sent, own, clause, lexicon):
            continue  # a date of another clause that has figures of its own
        if clause not in above and sent[date_root].dep in NOUN_MODIFIER_ARCS and not (
            _below_through(sent, clause, own)
        ):
            continue  # "a day after the company said it would accept a fine" is no fine of
            # "the 2015 diesel scandal" another clause names: that date is the scandal's
        if clause not in above and _told_of_holder(sent, clause, root, lexicon):
            continue  # "Ray Charles, who died in June 2004, has seven nominations"
        if clause not in figure and clause not in its_own and _other_conjunct(
            sent, own, clause, date, lexicon.present_tags
        ):
            # "goes on sale in April and is expected to cost $399": April's sale; but a
            # "verb" inside the figure is a word of it the parser misread ("rose 19.76
            # percent to 61 trillion won in the second quarter")
            continue
        # The day a report came out ("the government reported Wednesday", "data showed on
        # Friday") dates the report, not the period its figures cover: any other date first.
        reported = int(report_day(sent, date, root, lexicon))
        if reported and date.rule in lexicon.day_rules:
            # "Sony Corp. said Friday it set a record for group operating profit ...,
            # posting a ¥734.86 billion figure", "announced on Friday that its full-year
            # underlying operating income grew by 10%": the weekday a report came out is
            # never what its figures are for, even with no other date in the sentence (the
            # figure continues an earlier sentence's period, or has none)
            continue
        if (
            reported and clause != own and sent[clause].dep in CLAUSE_MODIFIER_ARCS
            and sent[date_root].dep != "pobj"
        ):
            # "from the 2.6 per cent pace reported last month": when it was reported (not
            # "the £1.4bn reported in the previous month", that month's figure)
            continue
        if clause != own and _when_released(sent, clause, own, lexicon):
            continue  # "an earlier estimate of a 0.3 percent contraction made in April"
        if reported and _anterior(sent, own, lexicon):
            # "Tesco in September initially estimated that it had overstated profits by
            # £250m": what had happened before the report is of no period the report's date
            # names
            continue
        # The report's own day ("in late trading", "at 0950 GMT") yields to a date that
        # names the day ("$1.354 in late trading in New York on Friday").
        # A date that follows the figure with only a preposition between is its own, however
        # the parser hung it ("rise to 85% by 2008 and 100% by 2010": 2010 is 100%'s).
        # A date that qualifies the noun the figure is of names that noun's period before a
        # date of the verb ("posted on Monday a 39 percent rise in first-half net profit").
        # A date in a participle's clause on the figure itself ("the 3.1 percent posted in
        # the same month last year") is its period before one that qualifies the
        # noun the parse made the figure predicate of ("Last month's inflation was higher
        # than ... and the 3.1 percent posted ...").
        day = int(periods and date.rule in lexicon.day_rules)
        rank = (reported, own_day, day,
                int(not (sent[clause].dep == PARTICIPLE_ARC and sent.head(clause) == root)),
                int(not _qualifies_figure_noun(sent, date_root, root, lexicon)),
                int(not _right_after(sent, figure, date)), len(path),
                abs(date.start - figure.start))
        if best is None or rank < best[:8]:
            best = (*rank, date)
    if best is not None:
        return best[8]
    return opened or _lasting(sent, figure, root, lexicon)


def _when_released(sent: Sentence, clause: int, own: int, lexicon: FrameLexicon) -> bool:
    """Whether ``clause`` (not the figure's own, ``own``) is one of making or releasing a
    report, hung on a report noun or on a noun below one ("the preliminary estimate of 0.3
    percent contraction released in April"), or of making a claim, hung on a saying noun
    ("the claims made on Monday by Michael Howard that he could save £35 billion"): its
    date is the report's or the claim's. Not a report noun
    the figure is a point of reference for ("the best reading since 3.8 percent posted in
    October 2008": October 2008's rate, and the reading another figure's)."""
    if (
        sent[clause].dep not in CLAUSE_MODIFIER_ARCS
        or sent[clause].lemma.lower() not in lexicon.release_verbs
    ):
        return False
    for node in [sent.head(clause), *sent.ancestors(sent.head(clause))]:
        if node == own or sent[node].pos in VERB_POS or (
            sent[node].lower in lexicon.reference_prepositions
        ):
            return False
        if sent[node].lemma.lower() in lexicon.report_nouns or (
            sent[node].lower in lexicon.saying_nouns
        ):
            return True
    return False


def _opened_on(
    sent: Sentence, figure: Mention, clause: int, lexicon: FrameLexicon
) -> Mention | None:
    """The date right before the word of ``time_relatives`` that opens the figure's clause,
    with only punctuation between ("the lowest since 1990, when the economy contracted 4.3
    percent": 1990, a point of reference for the lowest, is the period of the 4.3%; "the
    highest since October 2015, which saw a 6.25 percent increase": October 2015's), or
    None; for a figure no date of its own scopes (not "on Wednesday when it emerged his
    target of a 20% cut by 2010 would be missed")."""
    for word in sent.children(clause, *RELATIVE_ARCS):
        if sent[word].lower not in lexicon.time_relatives or word > figure.start:
            continue
        for date in sent.mentions:
            if date.label == "DATE" and date.end <= word and all(
                sent[k].pos == "PUNCT" for k in range(date.end, word)
            ):
                return date
    return None


def _qualifies_figure_noun(
    sent: Sentence, date_root: int, figure: int, lexicon: FrameLexicon
) -> bool:
    """Whether the date modifies a noun inside the noun phrase of the figure whose tree
    root is ``figure`` ("a 39 percent rise in first-half net profit", "its 2004 sales of
    $5bn", the noun whose ``amount_of`` phrase the figure is: "higher than the expected
    second-quarter gain of 2.6 percent", not the first quarter of another clause), below no
    verb and through no preposition but one of what a change is of (``change_of``: not "a
    20% cut to the 1990 level by 2010", whose 1990 is a base)."""
    if sent[date_root].dep not in NOUN_MODIFIER_ARCS:
        return False
    head = sent.head(figure)
    own = {figure} if sent[head].pos in VERB_POS else {figure, head}
    if sent[head].lower in lexicon.amount_of and sent[sent.head(head)].pos in NOUN_POS:
        own.add(sent.head(head))  # "the expected second-quarter gain of 2.6 percent"
    for node in sent.ancestors(date_root):
        if node in own:
            return True
        word = sent[node]
        if word.pos in VERB_POS or (word.dep == "prep" and word.lower not in lexicon.change_of):
            return False
    return False


def _below_through(sent: Sentence, clause: int, own: int) -> bool:
    """Whether ``clause`` is inside the clause ``own`` heads, reached without a conjunct
    ("described themselves as coming from a minority in the 2001 Census"; but not "...,
    but warned that it may lead to a drop in 2005 net profit")."""
    node = clause
    while node != own:
        if sent[node].dep == "conj" or sent.head(node) == node:
            return False
        node = sent.head(node)
    return True


def _anterior(sent: Sentence, clause: int, lexicon: FrameLexicon) -> bool:
    """Whether ``clause`` is in the past perfect (one of ``anterior_auxiliaries`` on its
    verb: "had overstated")."""
    return any(sent[k].lower in lexicon.anterior_auxiliaries
               for k in sent.children(clause, "aux", "auxpass"))


def find_base(
    sent: Sentence, figure: Mention, root: int, lexicon: FrameLexicon
) -> Mention | None:
    """The date a change is measured against, in the figure's own clause or below its verb
    ("grew by 3.2% in the April-June period compared with the second quarter of 2013",
    "has grown 3.1% since the second quarter of 2013", "up 30% on the start of 2004"): a
    point of reference with no other figure on its tree path to the figure or between them
    in the text; the one hung lowest above the figure, then the nearest in the tree. None when
    the sentence states no such date."""
    own = _clause(sent, root)
    reached = _level_reached(sent, figure, root, lexicon)
    best: tuple[int, int, int, Mention] | None = None
    for date in sent.mentions:
        if date.label != "DATE" or not _reference_point(sent, date, lexicon, root):
            continue
        date_root = sent.span_root(date.start, date.end)
        if _of_a_record_or_sequence(sent, date_root, root, lexicon):
            continue  # "its best performance since 2000", "after December's 4% rise"
        if _clause(sent, date_root) != own and own not in sent.ancestors(date_root):
            continue  # the base of another clause's figure ("..., the strongest quarter on
            # same quarter a year ago growth": not "growing by 0.9% compared with the
            # previous quarter")
        path = sent.path(root, date_root)
        between = range(min(figure.end, date.end), max(figure.start, date.start))
        if any(
            i not in figure and i not in reached and other_figure(sent, i, figure) is not None
            for i in [*path, *between]
        ):
            # "from $8m in 2003", "by 0.9% ..., and by 3.2% ... a year ago": another's; the
            # level the change reaches is its own ("rose 24% to $2.8bn in July-March
            # compared with the same period of fiscal 2024")
            continue
        # the base hung lowest above the figure first ("down 12.3 percent compared to the
        # first quarter of 2020 and 10.5 percent lower from the second quarter of 2019",
        # the parser hanging "10.5 percent lower" on the first base: the second is its own)
        above = [root, *sent.ancestors(root)]
        climb = next((n for n, node in enumerate(above)
                      if node == date_root or node in sent.ancestors(date_root)), len(above))
        rank = (climb, len(path), abs(date.start - figure.start))
        if best is None or rank < best[:3]:
            best = (*rank, date)
    return best[3] if best is not None else None


def _of_a_record_or_sequence(
    sent: Sentence, date_root: int, figure: int, lexicon: FrameLexicon
) -> bool:
    """Whether a date below the figure's tree root ``figure`` dates a record ("fell 0.4%,
    their biggest monthly fall since February 2001": a word its way up, or that word's
    object, that a superlative qualifies) or what came before (in the object of "after"):
    neither is what the change is measured against."""
    figure_line = {figure, *sent.ancestors(figure)}
    for node in sent.ancestors(date_root):
        if node in figure_line:
            # the figure itself, or the word both hang on: a superlative above it qualifies
            # something else ("10.5 percent lower from the second quarter of 2019", hung on
            # "the first quarter of 2020")
            return False
        # "marking the biggest fall since mid 2014", "shrinking at the fastest pace since the
        # second quarter of 2014": the parser hangs "since" on the verb whose object, or
        # the object of whose other preposition, the superlative qualifies
        path = set(sent.ancestors(date_root))
        qualified = [node, *sent.children(node, "dobj"), *(
            obj for prep in sent.children(node, "prep") if prep not in path
            for obj in sent.children(prep, "pobj")
        )]
        if sent[node].lower in lexicon.sequence_prepositions or any(
            sent[k].lower in lexicon.superlatives
            for q in qualified for k in [q, *sent.children(q, "amod")]
        ):
            return True
    return False


def _after_sequence_object(sent: Sentence, date_root: int, lexicon: FrameLexicon) -> bool:
    """Whether the date's phrase comes right after the object of a sequence preposition hung
    on the same word ("grew 0.1 percent after stagnation in the first three months of the
    year", the parser hanging "in" on "grew"): it tells when what came before happened."""
    prep = sent.head(date_root)
    if prep == date_root or sent[prep].dep != "prep":
        return False
    host = sent.head(prep)
    for before in sent.children(host, "prep"):
        if before < prep and sent[before].lower in lexicon.sequence_prepositions:
            objects = list(sent.children(before, "pobj"))
            if objects and max(sent.subtree(objects[0])) == prep - 1:
                return True
    return False


def _changed_figure(
    sent: Sentence, root: int, figure: Mention, lexicon: FrameLexicon
) -> Mention | None:
    """The figure a change written after it modifies ("hit 157.63 billion USD in the first
    six months, up 28.4 percent year-on-year": the change of that amount, over its period),
    or None."""
    above = sent.head(root)
    if above == root or sent[above].lower not in lexicon.comparatives:
        return None
    return other_figure(sent, sent.head(above), figure)


def _change_reaching(
    sent: Sentence, root: int, figure: Mention, lexicon: FrameLexicon
) -> Mention | None:
    """The change whose phrase holds the new level's preposition of the figure ("bumping up
    growth one-tenth of a point to 1.9 per cent", the parser hanging "to" on "point"): the
    level reached has that change's period; None for any other figure."""
    prep = sent.head(root)
    if sent[root].dep != "pobj" or prep == root or (
        lexicon.change_prepositions.get(sent[prep].lower) != "new_level"
    ):
        return None
    return other_figure(sent, sent.head(prep), figure)


def _level_reached(sent: Sentence, figure: Mention, root: int, lexicon: FrameLexicon) -> set[int]:
    """The tokens of the level that the change at ``root`` reaches ("rose 24% to $2.8bn in
    July-March", "rose by 24% to $2.8bn": the new level's date is the change's too): the
    objects of a new level's preposition on the change's own verb that are figures, with
    everything below them. Empty for any other figure; a baseline ("from $2bn") has a
    period of its own, the one before."""
    verb = sent.head(root)
    if sent[verb].dep == "prep" and lexicon.change_prepositions.get(sent[verb].lower) == "change":
        verb = sent.head(verb)  # "rose by 24%"
    elif sent[root].dep == "pobj":
        return set()
    if verb == root or sent[verb].pos not in VERB_POS:
        return set()
    return {
        i
        for prep in sent.children(verb, "prep")
        if lexicon.change_prepositions.get(sent[prep].lower) == "new_level"
        for obj in sent.children(prep, "pobj")
        if other_figure(sent, obj, figure) is not None
        for i in sent.subtree(obj)
    }


def _other_conjunct(
    sent: Sentence, own: int, clause: int, date: Mention, present: frozenset[str] = frozenset()
) -> bool:
    """Whether ``date`` belongs to a verb phrase coordinated with the figure's clause
    ``own`` rather than to a clause above both: it hangs on a conjunct of the figure's
    clause ("stretches over 1.5 million square feet and runs from 6 to 9 January"), or
    inside the verb phrase of the first conjunct, after its verb and before the figure's
    ("comes out in May and will store about 256MB"). A date before the first verb
    ("In 2004, sales rose 5% and profits fell 3%") scopes both."""
    chain = [own, *sent.ancestors(own)]
    if (
        sent[clause].dep == "conj" and clause not in chain and sent.head(clause) in chain
        and not sent.children(clause, *SUBJECTS)
    ):
        return True
    for below, node in pairwise(chain):
        if sent[below].dep == "conj" and node == clause and sent[below].pos in VERB_POS:
            if sent[below].tag in present and sent[clause].tag not in present:
                return True  # "inflation fell to 2.5% last month, but it remains above the
                # 2% target": the present is no time of the past clause
            # two clauses with subjects of their own report alike ("Output grew 15.7% in the
            # year to October, and inflation slowed to 4.3%"): the period is both's
            return clause < date.start < below and not sent.children(below, *SUBJECTS)
    return False


def _revises(sent: Sentence, own: int, clause: int, lexicon: FrameLexicon) -> bool:
    """Whether the figure's clause ``own`` is a verb of revising that hangs on ``clause`` or
    a clause above it ("grown by 0.5% in Quarter 2 2024, revised down from a first estimate
    of 0.6%"): the figure it revises from is of that clause's period."""
    return (
        lexicon.status_words.get(sent[own].lemma.lower()) == "revised"
        and sent[own].pos in VERB_POS
        and sent.head(own) != own
        and sent.head(own) in {clause, *sent.ancestors(clause)}
    )


def _told_of_holder(sent: Sentence, clause: int, root: int, lexicon: FrameLexicon) -> bool:
    """Whether ``clause`` is a relative clause that tells of a person or an organisation:
    a name, one of holder_nouns, or a noun that "who" or "whose" qualifies ("Ray
    Charles, who died in June 2004, has seven nominations", "The firm, which floated in
    2003, ..."): its dates are that holder's story, not any figure's period. Not when it
    qualifies the figure's own phrase (whose tree root is ``root``): "one or two others who
    will be feeling it on Monday", "50% of the UK, who are not currently online"."""
    noun = sent.head(clause)
    if (
        sent[clause].dep != "relcl" or noun == clause
        or noun in sent.subtree(root) or inside_phrase(sent, root, noun)
    ):
        return False  # the figure's own phrase, or one in it
    named = sent.mention_at(noun)
    if (named.label if named is not None else lexicon.holder_nouns.get(
        sent[noun].lemma.lower()
    )) in STORY_LABELS:
        return True
    return any(
        sent[k].lower in lexicon.person_relatives
        for child in sent.children(clause, *SUBJECTS, "dobj")
        for k in [child, *sent.children(child, "poss")]
    )


def _right_after(sent: Sentence, figure: Mention, date: Mention) -> bool:
    """Whether ``date`` follows ``figure`` with one preposition between ("100% by 2010",
    "$2bn in 2004")."""
    if date.start == figure.end:  # a date written with its preposition ("in 2004")
        return sent[date.start].pos == "ADP"
    return date.start == figure.end + 1 and sent[figure.end].pos == "ADP"


OPENER_REACH = 3  # qualifying words between a baseline's preposition and its figure


def _right_after_baseline(
    sent: Sentence, date: Mention, figure: Mention, lexicon: FrameLexicon
) -> bool:
    """Whether ``date`` stands right after another figure that a change starts from, with at
    most its preposition between ("fell from $8m in 2003 to $6m in 2004", "increased to
    $44.4 billion from a revised $39.8 billion in February"): it dates that figure, not the
    level the change reached."""
    before = date.start - 1
    if before >= sent.start and sent[before].pos == "ADP":
        before -= 1
    if before < sent.start or before in figure:
        return False
    other = other_figure(sent, before, figure)
    if other is None or other.label == DURATION or other.end != before + 1:
        return False
    opener = other.start - 1
    # "from a revised $39.8 billion in February": the words that only qualify the figure
    while opener > sent.start and opener >= other.start - OPENER_REACH and (
        sent[opener].pos in ("DET", "ADJ") or sent[opener].lower in lexicon.dropped_words
    ):
        opener -= 1
    return opener >= sent.start and (
        lexicon.change_prepositions.get(sent[opener].lower) == "baseline"
    )


def _baseline_of_other(sent: Sentence, i: int, figure: Mention, lexicon: FrameLexicon) -> bool:
    """Whether ``i`` is the preposition of another figure's baseline ("were £2bn, down from
    £2.6bn in January 2004", "widened to $213 million from a year-ago loss of $183
    million"): a date on it is that figure's, the level it started from."""
    return lexicon.change_prepositions.get(sent[i].lower) == "baseline" and any(
        other_figure(sent, obj, figure) is not None or any(
            other_figure(sent, amount, figure) is not None
            for prep in sent.children(obj, "prep") if sent[prep].lower in lexicon.part_of
            for amount in sent.children(prep, "pobj")
        )
        for obj in sent.children(i, "pobj")
    )


def _holds_figure(sent: Sentence, i: int, figure: Mention) -> bool:
    """Whether noun ``i`` is what another figure written inside its phrase measures ("the
    1.8 percent expansion", "a $2bn loss"): a date on that noun is that figure's."""
    if sent[i].pos not in ("NOUN", "PROPN"):
        return False
    return any(
        other_figure(sent, child, figure) is not None
        for child in sent.children(i, *FIGURE_MODIFIERS)
    )


def _lasting(sent: Sentence, figure: Mention, root: int, lexicon: FrameLexicon) -> Mention | None:
    """A length of time that scopes the figure where no date does: after one of
    ``duration_prepositions`` on the figure itself, its clause or one above it, with no
    other figure between ("took $19.5m (£14.9m) in three days", "1.5bn yen in two days",
    "over a six-year period")."""
    own = _clause(sent, root)
    above = {own, *sent.ancestors(own)}
    for length in sent.mentions:
        if length.label != DURATION or length.start in figure:
            continue
        at = sent.span_root(length.start, length.end)
        prep = sent.head(at)
        # "over a six-year period": the length qualifies the preposition's object
        if sent[at].dep != "pobj" and prep != at and sent[prep].dep == "pobj":
            at, prep = prep, sent.head(prep)
        if (
            prep == at
            or sent[prep].lower not in lexicon.duration_prepositions
            or not (sent.head(prep) in above or sent.head(prep) in figure)
        ):
            continue
        if any(other_figure(sent, i, figure) is not None for i in sent.path(root, prep)
               if i not in figure):
            continue
        return length
    return None
