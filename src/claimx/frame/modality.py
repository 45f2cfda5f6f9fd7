"""How a figure is stated: the modality of its clause (a forecast, a target, a
hypothesis) and its status (provisional, revised)."""

from __future__ import annotations

from claimx.frame.clause import absolute_clause
from claimx.frame.lexicon import (
    HOLDER_LABELS,
    SUBJECTS,
    FrameLexicon,
)
from claimx.frame.measure import Anchor, mood_word
from claimx.frame.syntax import VERB_POS, Mention, Sentence

# What revises a figure: a verb ("revised to $5bn from $6bn") or its noun ("the upward
# revision from the 2.6 per cent pace").
REVISING_POS = VERB_POS | {"NOUN"}
# the arcs inside one noun phrase, from a figure up to the noun it qualifies
_PHRASE_ARCS = frozenset({"nummod", "quantmod", "compound", "amod", "pobj", "prep", "nmod"})


def read_cue(sent: Sentence, root: int, lexicon: FrameLexicon,
             figure: Mention | None = None) -> tuple[str | None, bool]:
    """The modality of the figure's own clause (:func:`_cue_of`), or of a clause on the
    figure itself (:func:`own_cue`: "more than the £1.4bn expected", "higher than the $9.57
    billion that analysts had expected": what was expected), and whether it is the latter.
    A figure a period past owns (:func:`owned_by_past`) has no modality of the clause.
    A forecast or plan under a negated verb ("Britain will never return to 15% interest
    rates", "analysts do not expect growth of 5%") is hypothetical: the text does not
    foresee the figure. A negated statement of fact keeps its modality ("he never made
    accounting decisions")."""
    if figure is not None and owned_by_past(sent, figure, lexicon):
        return None, False  # "unchanged from last year's $12.5 billion": what was
    if figure is not None:
        own = own_cue(sent, figure, lexicon)
        if own is not None:
            return own, True
    counted = figure is not None and figure.label == "QUANTITY"
    found = _cue_of(sent, root, lexicon, counted=counted)
    if found in ("projection", "target") and _negated(sent, root, lexicon):
        return "hypothetical", False
    return found, False


def owned_by_past(sent: Sentence, figure: Mention, lexicon: FrameLexicon) -> bool:
    """Whether a period past owns the figure: a date with one of ``past_words`` and its
    possessive ending ("'s", "’s": a word tagged one of ``possessive_tags``) right before
    it ("expects revenue to be unchanged from last year's $12.5 billion", "the previous
    quarter's 3%"), read off the order of the words, however the parser hung the figure; or
    a phrase of what came before that such a date is in (:func:`_after_a_past_period`)."""
    mark = figure.start - 1
    if mark <= sent.start or sent[mark].tag not in lexicon.possessive_tags:
        return _after_a_past_period(sent, figure, lexicon)
    date = sent.mention_at(mark - 1)
    return date is not None and date.label == "DATE" and any(
        sent[k].lower in lexicon.past_words for k in range(date.start, date.end)
    )


def _after_a_past_period(sent: Sentence, figure: Mention, lexicon: FrameLexicon) -> bool:
    """Whether the figure is in a phrase of ``sequence_prepositions`` that dates it in a
    period past ("missed forecasts for a decline of 2.3 percent following the 1.3 percent
    contraction in the previous three months"): what came before, whatever was forecast."""
    for node in sent.ancestors(sent.span_root(figure.start, figure.end)):
        if sent[node].dep == "prep" and sent[node].lower in lexicon.sequence_prepositions:
            phrase = set(sent.subtree(node))
            return any(
                m.label == "DATE" and m.start in phrase
                and any(sent[k].lower in lexicon.past_words for k in range(m.start, m.end))
                for m in sent.mentions
            )
        if sent[node].pos in VERB_POS:
            return False
    return False


def own_cue(sent: Sentence, figure: Mention, lexicon: FrameLexicon) -> str | None:
    """The modality of a clause on the figure itself, which says what the figure is
    whatever the clauses around it say: a participle ("more than the £1.4bn expected") or
    a relative clause whose verb takes the figure as its object ("the $9.57 billion that
    analysts had expected"), also one the tagger took for a noun that has an agent ("the
    0.3% dip forecast by analysts"), on the figure or the noun an amount numbers (the
    things a count numbers are what the clause tells of: "30 construction projects targeted
    by the agency"); or a participle before the amount ("an expected 180,000 tonnes"). A
    word of ``infinitive_cues`` needs its infinitive ("the $1.3006 record level set on 10
    November" sets nothing)."""
    nodes = list(range(figure.start, figure.end))
    root = sent.span_root(figure.start, figure.end)
    numbered = sent[root].dep in ("compound", "nummod", "amod") and (
        sent[sent.head(root)].pos == "NOUN"
    )
    qualified = numbered or (sent[root].dep == "nmod" and sent[sent.head(root)].pos == "NOUN")
    for i in [root, sent.head(root)] if qualified else [root]:
        for child in sent.children(i, "amod"):
            # "an expected 180,000 tonnes", "the projected $5bn deficit": a participle
            # before the amount says what it is
            group = lexicon.modality_words.get(sent[child].lemma.lower())
            if group is not None and child < figure.start and (
                sent[child].tag in lexicon.past_participle_tags
            ):
                return group
    if figure.label != "QUANTITY" and qualified:
        # also an amount the parser hung on the noun as a modifier ("a 985.62 billion yen
        # average profit expected by 21 analysts")
        nodes.append(sent.head(root))
    for i in nodes:
        for child in sent.children(i, "acl"):
            lemma = sent[child].lemma.lower()
            group = lexicon.mood(lemma, sent[child].lower)  # "pencilled": lemma "pencil"
            if lemma in lexicon.infinitive_cues and not _infinitive_after(sent, child):
                group = None
            if group is not None and child not in figure and (
                sent[child].pos in VERB_POS or sent.children(child, "agent")
            ):
                return group
        for child in sent.children(i, "relcl"):
            group = lexicon.modality_words.get(sent[child].lemma.lower())
            if group is not None and sent[child].pos in VERB_POS and all(
                sent[k].lower in lexicon.relative_pronouns for k in sent.children(child, "dobj")
            ) and not sent.children(child, "xcomp", "ccomp"):
                # the verb's own object ("which it plans to sell" plans no stake)
                return group
    return None


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


def _cue_of(sent: Sentence, root: int, lexicon: FrameLexicon, counted: bool = False) -> str | None:
    """The modality of the figure's own clause, from the figure up: a cue word (predict,
    aim, pledge), a modal auxiliary, a conditional ``if``. A hypothetical modal under a verb
    of projection or intent takes that verb's modality ("predicting that profits would
    rise"). An attribute of the clause's subject ("the £500m move will increase ...") takes
    only the cues met before the subject; what a verb starts from ("could bail out of a $3bn
    deal", ``existing_prepositions``) takes no mood of the verbs above it, only a condition.
    The noun a count (``counted``) numbers is what it counts, never a cue ("scored the
    first two goals")."""
    found: str | None = None
    modal_word: str | None = None
    below: int | None = None
    own_clause = False  # climbed out of a coordinated clause with a subject of its own
    exists = False  # climbed out of what a verb starts from
    undertaken = False  # found is a commitment ("it will replace"), which a forecast overrides
    conditioned = False  # the clause of the modal found has a condition ("if ... goes ahead")
    # climbed through a preposition (the second end of a from/to pair starts nothing)
    crossed = _second_end(sent, root, lexicon)
    # "With the PBGC some £23bn in deficit, the FER wants Congress to act": an absolute
    # clause states its own fact; the verb it hangs on wants nothing of it.
    absolute = absolute_clause(sent, root, lexicon)
    for node in [root, *sent.ancestors(root)]:
        tok = sent[node]
        if absolute is not None and node == absolute[0]:
            return found
        came_from = below  # the node climbed from (None at the figure)
        if (
            below is not None
            and tok.dep in SUBJECTS
            and sent[below].dep in ("compound", "amod", "nmod")
        ):
            # "A 512MB card will store ...", "the £500m move will increase ...": an
            # attribute of the clause's subject is a fact about it, whatever the verb's mood.
            return found
        if found is None and (tok.pos == "NOUN" or node == root) and any(
            sent[k].tag in lexicon.past_participle_tags and k != below
            and sent[k].lemma.lower() not in lexicon.modality_words
            # on the figure itself, a participle of releasing only ("the £1.4bn reported"; not
            # "expected to put £269bn on cards, compared with £268bn paid with cash")
            and (node != root or sent[k].lemma.lower() in lexicon.release_verbs)
            and not sent.children(k, "aux", "auxpass")  # "fees being introduced": not yet
            for k in sent.children(node, "acl")
        ) and not _complement_of_a_modal(sent, node, lexicon):
            # "less than the ¥1.99 trillion profit posted in the year just ended": a noun
            # with a clause of its own in the past participle is what was done, whatever
            # the clauses above it expect, and so is a figure reported so ("above the £1.4bn
            # reported in the previous month", beside "the £1.4bn expected")
            return None
        if tok.dep == "prep" and below is not None and not crossed:
            # "could bail out of a $3bn deal", "will come from a new £500m fund", "may raise
            # its bid from its initial £1.3bn offer": what the verb starts from exists; its
            # mood is not the figure's (a condition still is: "If sales fell from $10m"). Only
            # the first preposition above the figure: "grow from 19% to 37%", "out of action
            # for six weeks" are not.
            exists = _from_what_exists(sent, node, lexicon)
            crossed = True
        below = node
        group = lexicon.mood(tok.lemma.lower(), tok.lower)
        if counted and came_from == root and sent[root].dep == "nummod":
            group = None  # "scored the first two goals": a count of goals, not an aim
        if (
            group is not None and tok.pos == "NOUN" and came_from is not None
            and sent[came_from].dep == "prep"
            and sent[came_from].lower not in lexicon.forecast_prepositions
            # "The Saudi government forecast in September economic growth of 2.6%": a
            # sentence whose head is the cue noun is the verb the parser took for a noun,
            # and a plain preposition on it says when or of what (not "compared with
            # 8.2% in 2003", a verb it takes for one)
            and not (tok.dep == "ROOT" and sent[came_from].pos == "ADP")
        ):
            # "GDP tops expectations with 1.2% growth", however the parser hung "with": a
            # figure beside a forecast noun is no forecast unless it is what the forecast
            # is of or for ("expectations of 1.2% growth")
            group = None
        if tok.lemma.lower() in lexicon.infinitive_cues and not _infinitive_after(sent, node):
            group = None  # "set a record" is no "set to reach"
        if group is not None and any(
            sent[mark].lower in lexicon.expectation_marks for mark in sent.children(node, "mark")
        ):
            group = None  # "a higher than expected 17,000": a fact beside an expectation
        if (
            found == "hypothetical"
            and modal_word in lexicon.reported_modals
            and not conditioned
            and tok.pos in VERB_POS
            and tok.lemma.lower() in lexicon.attribution_verbs
        ):
            # "he said profits would rise": a reported "will"; not "2,000 jobs may be cut if
            # investment goes ahead, the Financial Times has reported"
            return "projection"
        if group is None and found is None:
            group = _named_by(sent, node, lexicon, counted=counted)
        if (
            group is not None
            and not exists
            and tok.pos in (*VERB_POS, "NOUN", "ADJ")
            and (found is None or found == "hypothetical" or (undertaken and group == "projection"))
        ):
            return group
        if tok.pos in VERB_POS and tok.lemma.lower() not in lexicon.capacity_verbs:
            # "A 512MB card will store about 30 minutes of video": a capacity, no forecast
            for aux in () if own_clause or exists else sent.children(node, "aux"):
                modal = lexicon.modal_aux.get(sent[aux].lower)
                if (
                    modal == "hypothetical"
                    and sent[aux].lower in lexicon.estimate_modals
                    and tok.lemma.lower() in lexicon.copulas
                    and came_from is not None
                    and sent[came_from].dep in ("attr", "acomp", "oprd")
                    # the figure itself, or what it is worth ("could be worth as much as $6bn")
                    and (came_from == root or sent[came_from].lower in lexicon.amount_of)
                    and not under_condition(sent, node, lexicon)
                ):
                    # "export earnings for 2023-24 might be $44.5 billion": a possible
                    # value of the measure is an estimate of it, unless a condition says
                    # when ("If prices fall, the loss could be £2m")
                    modal = "projection"
                if modal is not None and found is None:
                    if modal == "projection" and _undertaken(sent, node, lexicon):
                        # "it will replace 14 million cables": a commitment, unless a
                        # forecast above it ("It is predicted that the song will sell")
                        modal, undertaken = "target", True
                    found, modal_word = modal, sent[aux].lower
                    conditioned = under_condition(sent, node, lexicon)
            if found is None and not (own_clause or exists):
                # "GDP growth likely improved to at least 0.6 per cent": an adverb of
                # modality on the verb says what the clause is, as an auxiliary would
                found = next((
                    group for adverb in sent.children(node, "advmod")
                    if sent[adverb].pos == "ADV"
                    and (group := lexicon.modality_words.get(sent[adverb].lower)) is not None
                ), None)
                modal_word = None
            arranged = None if own_clause or exists or found else _infinitive_modal(
                sent, node, lexicon
            )
            if arranged is not None:
                # "the firm is to cut 2,850 jobs": what is arranged, as "will" would say it
                # ("if sales were to fall 5%": a condition)
                head = sent.head(node)
                if any(sent[m].lower in lexicon.conditional_marks
                       for m in sent.children(head, "mark")):
                    return "hypothetical"
                if arranged == "projection" and _undertaken(sent, node, lexicon, head):
                    arranged, undertaken = "target", True
                found, modal_word = arranged, sent[head].lower
            # "All could identify Blair, but only one in six knew who Howard was": the
            # first clause's auxiliary is not the second's, which has a subject of its own.
            own_clause = own_clause or (tok.dep == "conj" and bool(sent.children(node, *SUBJECTS)))
            for mark in sent.children(node, "mark"):
                if sent[mark].lower in lexicon.conditional_marks:
                    return "hypothetical"
        if found == "projection":
            return found
        if (
            found is None
            and tok.dep == "advcl"
            and tok.pos in VERB_POS
            and sent.children(node, *SUBJECTS)
            # "would be locked seven days after a programme aired": how long after is the
            # main clause's, not a fact of the clause it measures
            and (came_from is None or sent[came_from].dep != "npadvmod")
            and any(sent[m].lower in lexicon.fact_marks for m in sent.children(node, "mark"))
        ):
            # "since only a third of children do two hours of sport a week, the government
            # is promising ...": a reason or a concession with a subject of its own states
            # its own fact ("while also offering £4bn of tax cuts" shares its clause's mood).
            return found
        if tok.dep == "relcl" and tok.pos in VERB_POS:
            # "stockpiles, which are up to 9% higher", "the show, which stretches over 1.5
            # million square feet": a relative clause states its own fact; the mood of the
            # clause it hangs in ("will focus attention on", "are expected to attend") is not
            # its own. A plan or forecast it describes is still one ("government proposals -
            # which include two hours' PE for 75% of pupils").
            antecedent = sent[sent.head(node)]
            return found or (
                None if exists else lexicon.modality_words.get(antecedent.lemma.lower())
            )
    return found


def estimate_of_past(sent: Sentence, root: int, lexicon: FrameLexicon) -> bool:
    """Whether the figure's clause projects what is already past, an estimate of a fact: its
    verb in a past tense (``past_tags``) under an adverb of projection ("its first-quarter
    operating profit likely jumped 56 percent"), or a perfect infinitive (one of
    ``perfect_auxiliaries`` after the infinitive's particle) that a verb of projection
    governs ("GDP is projected to have backtracked 0.3 percent")."""
    verb = next((k for k in [root, *sent.ancestors(root)] if sent[k].pos in VERB_POS), None)
    if verb is None:
        return False
    if sent[verb].tag in lexicon.past_tags:
        return any(
            lexicon.modality_words.get(sent[k].lower) == "projection"
            for k in sent.children(verb, "advmod")
        )
    auxiliaries = sent.children(verb, "aux")
    head = sent.head(verb)
    return (
        sent[verb].dep == "xcomp" and any(sent[k].pos == "PART" for k in auxiliaries)
        and any(sent[k].lower in lexicon.perfect_auxiliaries for k in auxiliaries)
        and lexicon.modality_words.get(sent[head].lemma.lower()) == "projection"
    )


def condition_above(sent: Sentence, verb: int, lexicon: FrameLexicon) -> bool:
    """Whether a condition hangs on ``verb`` or a verb above it, or the parser made the
    condition's own clause one of them ("If found guilty Aragones could lose his job or face
    a fine": "found", marked "If", the root)."""
    return any(
        under_condition(sent, node, lexicon)
        or any(sent[m].lower in lexicon.conditional_marks for m in sent.children(node, "mark"))
        for node in [verb, *sent.ancestors(verb)]
    )


def under_condition(sent: Sentence, verb: int, lexicon: FrameLexicon) -> bool:
    """Whether a clause one of ``conditional_marks`` opens hangs on ``verb`` ("the loss
    could be £2m if prices fall", "jobs may be cut if investment goes ahead")."""
    return any(
        sent[mark].lower in lexicon.conditional_marks
        for clause in sent.children(verb, "advcl")
        for mark in sent.children(clause, "mark")
    )


def _complement_of_a_modal(sent: Sentence, noun: int, lexicon: FrameLexicon) -> bool:
    """Whether the noun at ``noun`` hangs on a verb with a modal auxiliary: its participle
    then tells what the verb brings about ("could see more than 30bn text messages sent",
    "could get five years knocked off", "will see 150 cinemas fitted with digital
    projectors"), no fact of its own."""
    verb = next((a for a in sent.ancestors(noun) if sent[a].pos in VERB_POS), None)
    return verb is not None and any(
        sent[k].lower in lexicon.modal_aux for k in sent.children(verb, "aux")
    )


def _infinitive_after(sent: Sentence, node: int) -> bool:
    """Whether an infinitive hangs on ``node``: a verb's complement ("set to reach") or a
    noun's ("announced plans to buy 19.9%")."""
    return bool(sent.children(node, "xcomp")) or any(
        sent[aux].pos == "PART"
        for clause in sent.children(node, "acl")
        for aux in sent.children(clause, "aux")
    )


def _infinitive_modal(sent: Sentence, node: int, lexicon: FrameLexicon) -> str | None:
    """The modality an infinitive at ``node`` takes from the verb it completes
    (``infinitive_modals``: "the firm is to cut", "jobs are to be cut"), or None: only with
    a subject of its own that is a name, a pronoun or a noun other than one of
    ``purpose_nouns`` or the modality words (whose infinitive says what they are), and no
    complement of its own before the infinitive."""
    if sent[node].dep != "xcomp" or not any(
        sent[aux].pos == "PART" for aux in sent.children(node, "aux")
    ):
        return None
    head = sent.head(node)
    modal = lexicon.infinitive_modals.get(sent[head].lemma.lower())
    if modal is None or sent.children(head, "acomp", "attr", "expl") or any(
        prep < node for prep in sent.children(head, "prep")
    ):
        return None  # "Even worse was to come", "what it was like to pay rates of 15%"
    for subject in sent.children(head, *SUBJECTS):
        word = sent[subject]
        if word.pos not in ("NOUN", "PROPN", "PRON"):
            return None
        lemma = word.lemma.lower()
        if lemma in lexicon.purpose_nouns or lemma in lexicon.modality_words:
            return None  # "the effect has been to depress", "the aim is to get": what it is
        return modal
    return None


def _undertaken(sent: Sentence, verb: int, lexicon: FrameLexicon,
                subject_verb: int | None = None) -> bool:
    """Whether ``verb`` is one of ``commitment_verbs`` with an object, its subject (or
    that of ``subject_verb``, the verb its infinitive completes) a named holder or a word
    that refers to one ("Microsoft will replace 14 million cables", "it will cut 500 jobs",
    "the firm is to cut 500 jobs"): what the subject undertakes, not a forecast."""
    if sent[verb].lemma.lower() not in lexicon.commitment_verbs:
        return False
    if sent.children(verb, "auxpass") and sent.children(verb, "nsubjpass"):
        # "Turkcell's stake should be cut from 70% to 49%", "500 jobs will be cut": what is
        # to be done to the subject (not what should have been done: "should have been
        # given legal aid")
        return not any(sent[k].lemma.lower() in lexicon.perfect_auxiliaries
                       for k in sent.children(verb, "aux"))
    if not sent.children(verb, "dobj"):
        return False
    subjects = sent.children(verb if subject_verb is None else subject_verb, "nsubj")
    for subject in subjects:
        mention = sent.mention_at(subject)
        if mention is not None:
            return mention.label in HOLDER_LABELS
        word = sent[subject]
        return (
            word.lower in lexicon.pronouns
            or word.lower in lexicon.person_pronouns
            or word.lemma.lower() in lexicon.holder_nouns
            # "the plan will cut 500 jobs": what a plan does is planned (not "two tries
            # will have boosted his chances", counted)
            or (lexicon.modality_words.get(word.lemma.lower()) == "target"
                and not sent.children(subject, "nummod"))
        )
    return False


def _second_end(sent: Sentence, root: int, lexicon: FrameLexicon) -> bool:
    """Whether the figure at ``root`` is the second end of a pair the parser hung on "from"
    whole ("from 19% to 37%": "to" is the figure's own modifier)."""
    return any(
        k < root and sent[k].dep == "quantmod"
        and lexicon.change_prepositions.get(sent[k].lower) == "new_level"
        for k in sent.subtree(root)
    )


def _from_what_exists(sent: Sentence, prep: int, lexicon: FrameLexicon) -> bool:
    """Whether the preposition at ``prep`` hangs on a verb and is one of
    ``existing_prepositions``, alone or after the verb's particle ("bail out of", which the
    parser may also read as a preposition on a preposition), or is a part's preposition
    (``part_of``) on a number: the whole a part is taken from exists already."""
    verb = sent.head(prep)
    word = sent[prep].lower
    if word in lexicon.part_of and sent[verb].pos == "NUM" and verb != prep:
        return True  # "is to relocate about 10 of its 27 plants": the whole a part is of
    if verb != prep and sent[verb].dep == "prep":
        word, verb = f"{sent[verb].lower} {word}", sent.head(verb)
    if verb == prep or sent[verb].pos not in VERB_POS:
        return False
    return word in lexicon.existing_prepositions or any(
        f"{sent[particle].lower} {word}" in lexicon.existing_prepositions
        for particle in sent.children(verb, "prt")
    )


def _named_by(sent: Sentence, node: int, lexicon: FrameLexicon, *,
              counted: bool = False) -> str | None:
    """The modality a cue noun gives the figure's noun or its copula: "the Bank's 2-3%
    target range" (a compound of the noun), "the target is 12 months" (the copula's
    subject)."""
    tok = sent[node]
    if tok.pos == "NOUN":
        # a noun's subject only where the parser made the verb a noun ("Toyota forecast
        # today a 20 per cent fall": "forecast" the subject of "fall")
        deps: tuple[str, ...] = ("compound", "nsubj")
    elif tok.lemma.lower() in lexicon.copulas:
        deps = SUBJECTS
    else:
        return None
    if tok.pos == "NOUN" and market_estimate(sent, node, lexicon):
        return "projection"  # "consensus estimates of $1.08 a share"
    for child in sent.children(node, *deps):
        if sent[child].pos == "NOUN":
            group = lexicon.modality_words.get(sent[child].lemma.lower())
            if group is not None:
                return group
            if market_estimate(sent, child, lexicon):
                return "projection"  # "the median estimate of economists was for a 0.3% rise"
    if tok.pos == "NOUN":
        # "a projected deficit of $18.1 billion", "the planned spending": the participle
        # or adjective on the figure's noun
        for child in sent.children(node, "amod"):
            if any(sent[mark].lower in lexicon.expectation_marks
                   for mark in sent.children(child, "mark")):
                continue  # "a bigger than expected loss": a fact beside an expectation
            group = mood_word(sent, child, lexicon)
            if group is not None and not (counted and group == "hypothetical"):
                return group  # "250 potential jurors" are 250 people, however potential
    return None


def market_estimate(sent: Sentence, noun: int, lexicon: FrameLexicon) -> bool:
    """Whether the noun at ``noun`` is an estimate (``estimate_nouns``) that forecasters make
    (``estimate_makers``): its compound, adjective or possessor ("consensus estimates",
    "analysts' estimates"), or the object of one of ``evidence_owners`` on it ("the median
    estimate of economists polled by Reuters"). A forecast, as "forecast" is; an office's
    estimate of a period past is not one."""
    if sent[noun].lower not in lexicon.estimate_nouns:
        return False
    makers = list(sent.children(noun, "compound", "amod", "poss", "nmod"))
    for prep in sent.children(noun, "prep"):
        if sent[prep].lower in lexicon.evidence_owners:
            makers.extend(sent.children(prep, "pobj"))
    return any(sent[k].lower in lexicon.estimate_makers for k in makers)


def read_status(
    sent: Sentence, root: int, anchor: Anchor, lexicon: FrameLexicon,
    measure: int | None = None,
) -> str | None:
    """Provisional or revised, from a status word on the figure, a verb above it, its
    anchor noun or the head of its measure ("Preliminary gross domestic product fell
    2.1%"; status words leave the metric, so the figure keeps the key of the statistic).
    The baseline of a verb or noun of revising ("revised to $5bn from $6bn", "from the figure
    of $6bn", "The upward revision from the 2.6 per cent pace") is the figure it replaced:
    the earlier one (``earlier_status``), not a revised one."""
    near = [root, *sent.ancestors(root)]
    for noun in (anchor.noun, measure):
        if noun is not None and noun not in near:
            near.append(noun)
    for node in near:
        if anchor.suffix is not None and node == anchor.verb:
            continue  # "restated earnings by $2bn": the restatement itself, no revised figure
        # "the initial estimate of 0.1%", "an initial 0.1%", "initially estimated that it
        # had overstated profits by £250m": a status; "an initial fee of £6.5m" is a kind of
        # fee, and "sales initially rose 5%" rose at first.
        reports = (
            node == root
            or sent[node].lemma.lower() in lexicon.attribution_verbs
            or sent[node].lemma.lower() in lexicon.report_nouns
        )
        # "the previously reported 2.4 per cent", "the 7.8 per cent previously estimated":
        # a word of report_status_words or prior_report_words on a participle of attribution
        # that the figure, or a report noun holding it, has
        said = [
            k for p in sent.children(node, "amod", "acl")
            if sent[p].lemma.lower() in lexicon.attribution_verbs
            and (node == root or sent[node].lemma.lower() in lexicon.report_nouns)
            for k in sent.children(p, "advmod")
        ]
        for i in [node, *sent.children(node, "amod", "advmod", "compound"), *said]:
            if (date := sent.mention_at(i)) is not None and date.label == "DATE":
                continue  # "from $6bn a year earlier": when, not an earlier estimate
            if sent[i].lower in lexicon.prior_report_words and (
                i in said or (i != node and (node == root or (
                    sent[node].lemma.lower() in lexicon.attribution_verbs
                    and _reports_clause(sent, root, node))))
            ):
                # "the previously reported 2.4 per cent", "versus 0.3% previously", "INEGI
                # previously said the economy contracted by a tenth of a percentage point"
                return lexicon.earlier_status
            reported = reports or i in said
            for words in (lexicon.status_words,
                          lexicon.report_status_words if reported else {}):
                status = words.get(sent[i].lemma.lower()) or words.get(sent[i].lower)
                if status == "revised" and sent[node].pos in REVISING_POS and (
                    anchor.facet == "baseline" or _revised_from(sent, root, node, lexicon)
                    or _revised_object(sent, root, node, lexicon)
                ) and not (node == root and i != node):
                    # (a word of revising on the figure itself says what it is: "up from a
                    # revised 4.9%" is the revised figure)
                    # "revised exports to $33.68bn from the figure of $47.47bn", "the upward
                    # revision from the 2.6 per cent pace": the earlier figure, revised away
                    return lexicon.earlier_status
                if status is not None:
                    return status
    return _source_status(sent, near, lexicon)


def _source_status(sent: Sentence, near: list[int], lexicon: FrameLexicon) -> str | None:
    """The status a report the figure is told from gives it: a word of ``status_words`` or
    ``report_status_words`` on the report or evidence noun that is the subject of a verb of
    attribution above the figure, or the object of its "according to" ("preliminary data
    showed", "according to Statistics Sweden's preliminary data", "A revised estimate
    revealed that GDP jumped 8.2%", "according to the first calculation")."""
    for node in near:
        sources = []
        if sent[node].lemma.lower() in lexicon.attribution_verbs:
            sources.extend(sent.children(node, "nsubj"))
        for prep in sent.children(node, "prep"):
            if sent[prep].lower in lexicon.according:
                sources.extend(obj for to in sent.children(prep, "prep")
                               for obj in sent.children(to, "pobj"))
        for source in sources:
            if not (lexicon.evidence(sent[source]) or lexicon.report(sent[source])):
                continue
            for k in sent.children(source, "amod", "compound"):
                for words in (lexicon.status_words, lexicon.report_status_words):
                    status = words.get(sent[k].lemma.lower()) or words.get(sent[k].lower)
                    if status is not None:
                        return status
    return None


def _reports_clause(sent: Sentence, root: int, verb: int) -> bool:
    """Whether the figure at ``root`` is in the clause complement of ``verb`` (what is said,
    revealed or estimated: "Previously, Stats SA had revealed that the GDP ... had dropped by
    3.1%"), not its object ("Previously, passengers could claim between 150 euros and 300
    euros")."""
    chain = _chain_below(sent, root, verb)
    return chain is not None and sent[chain[-1]].dep == "ccomp"


def _chain_below(sent: Sentence, root: int, verb: int) -> list[int] | None:
    """The tokens from ``root`` up to the one right below ``verb``, or None when ``verb`` is
    not above ``root``."""
    up = [root, *sent.ancestors(root)]
    return up[: up.index(verb)] if verb in up[1:] else None


def _revised_object(sent: Sentence, root: int, verb: int, lexicon: FrameLexicon) -> bool:
    """Whether the figure at ``root`` is in the direct object of the active verb of revising
    at ``verb``, with no end of a change of its own: the figure revised away ("official data
    showed Friday, revising a contraction of 0.1 percent", "revised its estimate of 2.1%
    growth to 2.5%"; not "revises Q1 up to 0.4 percent growth", nor the object itself: "must
    correct ¥152 billion of pretax earnings")."""
    if sent[verb].pos not in VERB_POS or _second_end(sent, root, lexicon) or any(
        sent[k].dep == "quantmod" and sent[k].lower in lexicon.change_prepositions
        for k in sent.children(root)
    ):
        return False
    chain = _chain_below(sent, root, verb)
    # the object names what was revised, the figure in its phrase ("must correct at least
    # ¥152 billion in pretax earnings" is the correction itself), through no clause of its own
    # ("restate its earnings, a move that is likely to put a billion-dollar dent in ...")
    return chain is not None and len(chain) > 1 and sent[chain[-1]].dep == "dobj" and all(
        sent[k].dep in _PHRASE_ARCS for k in chain[:-1])


def _revised_from(sent: Sentence, root: int, verb: int, lexicon: FrameLexicon) -> bool:
    """Whether the figure at ``root`` hangs on ``verb`` through a preposition of a change's
    baseline ("from the EPB-provided figure of $47.47 billion"), not as the second end of a
    pair the parser hung on "from" whole ("revised up from 3.1% to 3.2%": "to" is the
    figure's own modifier)."""
    if _second_end(sent, root, lexicon):
        return False
    for node in sent.ancestors(root):
        if node == verb:
            return False
        if sent[node].dep == "prep" and sent.head(node) == verb:
            return lexicon.change_prepositions.get(sent[node].lower) == "baseline"
    return False
