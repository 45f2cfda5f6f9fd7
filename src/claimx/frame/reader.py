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

from dataclasses import dataclass

from claimx.frame.clause import subject_of, verb_above
from claimx.frame.holder import (
    Holder,
    find_agent,
    find_holder,
    find_scope,
    find_source,
    owner,
    valued,
    whole_holder,
)
from claimx.frame.lexicon import (
    FIGURE_LABELS,
    GEOGRAPHIC_LABELS,
    HOLDER_LABELS,
    OWNER_LABELS,
    FrameLexicon,
)
from claimx.frame.measure import (
    BASE_JOINERS,
    Anchor,
    antecedent_measure,
    chain_element,
    chain_start,
    compared_by_mark,
    dimension_of,
    find_anchor,
    find_measure_noun,
    find_measure_tokens,
    forecast_wrapper,
    measure_text,
    occurrence_of,
    ratio_base,
    ratio_whole,
    read_metric_form,
    respective,
)
from claimx.frame.modality import (
    condition_above,
    estimate_of_past,
    owned_by_past,
    read_cue,
    read_status,
)
from claimx.frame.period import (
    find_base,
    find_time,
    made_on,
    own_time_frame,
    period_noun,
    present_frame,
    report_day,
    whole_period_noun,
)
from claimx.frame.syntax import NOUN_POS, VERB_POS, Mention, Sentence

__all__ = ["FIGURE_LABELS", "HOLDER_LABELS", "Frame", "FrameLexicon", "Holder", "read_frame"]


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
    # the tokens of the description a source is written as ("The maker of Nescafe, Jenny
    # Craig and Haagen Dazs said ..."): the names in it describe the source
    source_phrase: frozenset[int]
    time: Mention | None
    facet: str
    direction: str | None
    cue: str | None
    status: str | None
    own_time: bool = False  # the clause sets its own time: "is now", "since 2013"
    present: bool = False  # the clause speaks of now or later: "is", "will" (not "has reported")
    period_noun: str | None = None  # the kind of period named alone: "for the year"
    whole_period: str | None = None  # the kind of period named whole: "full-year profit"
    time_reported: bool = False  # ``time`` is only the day a report came out
    qualifier: str | None = None  # how a rate of change is stated: "annualized"
    scope: str | None = None  # a place that narrows the measure: "outside United States"
    correction: str | None = None  # the measure is corrected by the figure: "overstatement"
    base: Mention | None = None  # the date a change is measured against: "since 2013"
    refers_back: bool = False  # measured by "the figure", "the total": the one named before
    # ... through a demonstrative alone ("That is above the projected eurozone average of
    # just above 2%"), which may compare the figure named before with another's
    pointed: bool = False
    paced: bool = False  # "followed a 1.2 per cent pace": the rate of the change named before
    agent: Mention | None = None  # who approves or signs it without holding it
    compared: Mention | None = None  # the figure it is compared with: "compared to $150+"
    based: bool = False  # its words state what it is measured against: "year-on-year growth"
    base_word: str | None = None  # the one of change_bases among them ("year-on-year")
    came_before: bool = False  # what came before: "following a fall of 0.6%", "last year's 3%"
    # the cue is of a clause on the figure itself: "the $9.57 billion that analysts expected"
    cue_own: bool = False
    ratio_to: str | None = None  # the whole a percentage is a ratio to: "2.5 pct of GDP"


def _stock_change(sent: Sentence, noun: int, lexicon: FrameLexicon) -> str | None:
    """The direction of a verb of change whose object is a count of a stock (``noun``, one
    of stock_nouns: jobs, staff, subscribers): "added 171,000 jobs" changes the number of
    jobs by that much, "shed 20,000 workers" lowers it; None for any other count ("lost
    five games" counts events, not a stock)."""
    verb = sent.head(noun)
    if sent[noun].dep != "dobj" or verb == noun or sent[verb].pos not in VERB_POS:
        return None
    if sent[noun].lemma.lower() not in lexicon.stock_nouns:
        return None
    return lexicon.way_of(sent[verb])


def _ratio_to(
    sent: Sentence, figure: Mention, own: str | None, anchor: Anchor, lexicon: FrameLexicon
) -> str | None:
    """The whole a percentage is a ratio to: its ``own`` (``ratio_base``) or, for an end
    of a change, the other end's ("narrowed to 1.5% of GDP from 2%": both of GDP)."""
    if own is not None or figure.label != "PERCENT" or anchor.verb is None:
        return own
    if anchor.facet not in ("baseline", "new_level"):
        return None
    for other in sent.mentions:
        if other == figure or other.label != "PERCENT":
            continue
        other_root = sent.span_root(other.start, other.end)
        if verb_above(sent, other_root) == anchor.verb:
            found = ratio_base(sent, other, other_root, lexicon)
            if found is not None:
                return found
    return None


def _part_of_holder(sent: Sentence, noun: int, lexicon: FrameLexicon) -> str:
    """The part of a holder noun its modifiers name ("the non-oil economy": "non-oil ", of
    ``part_prefixes``; "the oil economy": "oil "), to keep in the measure; "" when they name
    the whole ("the local economy", "the Australian economy": a place the holder is read
    from)."""
    mods = [k for k in sent.children(noun, "amod", "compound") if k < noun]
    if not mods or any(sent.mention_at(k) is not None for k in mods):
        return ""
    words = [sent[k].lower for k in range(mods[0], noun)]
    if words[0] in lexicon.part_prefixes and len(words) > 2 and words[1] == "-":
        return f"{''.join(words)} "
    if all(sent[k].pos == "NOUN" and sent[k].dep == "compound" for k in mods):
        return f"{' '.join(words)} "
    return ""


def read_frame(sent: Sentence, figure: Mention, lexicon: FrameLexicon) -> Frame:
    """The frame of ``figure`` (a mention of ``sent``) from the sentence's parse."""
    root = sent.span_root(figure.start, figure.end)
    stands_at, statistic = _stands_for(sent, root, lexicon)
    anchor = find_anchor(sent, figure, stands_at, lexicon, depth=0)
    if statistic is not None:
        anchor.qualifier = anchor.qualifier or statistic  # "by an average of 24%"
    noun = find_measure_noun(sent, anchor, figure, lexicon)
    if noun is not None and noun not in figure:
        # "production and sales ... increasing by 13.3 percent and 14.7 percent": each
        # figure of a coordinated list measures the noun in its place
        noun = respective(sent, noun, chain_element(sent, root), figure,
                          lexicon.respective_words)
        if figure.label != "QUANTITY":  # "millions of net search results" counts results
            noun = _reported(sent, noun, lexicon)
    measure_tokens = find_measure_tokens(
        sent, noun, figure, lexicon,
        counted=figure.label == "QUANTITY" and noun is not None and noun == anchor.noun,
    )
    if not any(ch.isalnum() for k in measure_tokens for ch in sent[k].text) or (
        figure.label in ("MONEY", "PERCENT") and all(
            sent[k].lemma.lower() in lexicon.period_nouns | lexicon.whole_words
            # (a period's length is written with it: "the 11-month period")
            for k in measure_tokens if any(ch.isalpha() for ch in sent[k].text)
        )
    ):
        # "fell 9.6 percent m-o-m": a stray hyphen measures nothing, nor does a period
        # alone an amount or a rate ("cut its full-year guidance to £11.5bn": what is
        # guided goes unsaid; a count of years measures time)
        measure_tokens = ()
    if measure_tokens == (noun,) and noun is not None and _bare_definite(
        sent, noun, lexicon.report_nouns, lexicon, figure
    ):
        # "The result came in above ... and contrasted the 2.5% contraction seen in the first
        # quarter": what the result is of, named before
        measure_tokens = ()
    whole = ratio_whole(sent, figure, root, lexicon)  # "2.5 pct of GDP": (GDP, its token)
    if noun is not None and whole is not None and noun == whole[1]:
        measure_tokens = ()  # "About 5% of Singapore's GDP comes from tourism": no GDP level
    if measure_tokens == (noun,) and noun is not None and (
        sent[noun].lower in lexicon.demonstrative_wholes
    ):
        measure_tokens = ()  # "Nearly half those surveyed said ...": a pronoun measures nothing
    paced = _bare_pace(sent, noun, anchor, figure, lexicon)
    if paced:
        measure_tokens = ()  # "followed a 1.2 per cent pace": the rate of the change before
    head = noun if measure_tokens else None
    counted = (
        figure.label == "QUANTITY"
        and head is not None
        and head == anchor.noun
        and (
            (sent.head(root) == head and sent[root].dep in ("nummod", "amod", "compound"))
            or anchor.facet == "share"
            # "a trio of second-half tries", "thousands of jobs": what it is a number of
            or (sent[head].dep == "pobj" and sent.head(sent.head(head)) == root)
        )
    )
    if (
        figure.label == "PERCENT"
        and anchor.facet == "level"
        and head is not None
        and sent[head].lemma.lower() in lexicon.share_nouns
    ):
        anchor.facet = "share"  # "a 70% stake", "the proportion was 62%"
    if counted and head is not None and anchor.facet == "level":
        way = _stock_change(sent, head, lexicon)
        if way is not None:  # "the economy added 171,000 jobs", "cut 500 jobs"
            anchor.facet, anchor.direction = "change", way
    if not measure_tokens and anchor.verb is not None and anchor.nominal is None:
        # "the economy grew 1.2%": the holder's change, named from the verb.
        lemma = sent[anchor.verb].lemma.lower()
        nominal = lexicon.change_nominals.get(lemma)
        if nominal is None and lemma in lexicon.copulas and anchor.facet == "change":
            # "the economy is now 2.7 per cent larger than it was in 2008"
            nominal = lexicon.comparative_nominals.get(anchor.direction or "")
        subject = subject_of(sent, anchor.verb, lexicon)
        if subject is not None:
            subject = antecedent_measure(sent, subject, lexicon)  # "when it expanded 0.6%"
        if nominal and subject is not None:
            lemma = sent[subject].lemma.lower()
            # a place's whole ("the economy grew") or a kind ("sectors dominated by
            # multinational firms contracted"), not one firm or person ("Malaysia's budget
            # airline, AirAsia fell 2.9%": what fell of it, the sentence leaves unsaid)
            kind = lexicon.holder_nouns.get(lemma)
            if kind is not None and (
                kind in GEOGRAPHIC_LABELS or sent[subject].lower != lemma  # a plural
            ):
                part = _part_of_holder(sent, subject, lexicon)
                anchor.nominal = f"{part}{lemma} {nominal}"
    measure = measure_text(sent, measure_tokens, anchor)
    metric_form = read_metric_form(sent, measure_tokens, anchor, lexicon)
    if anchor.qualifier and metric_form and anchor.facet == "share":
        metric_form = f"{metric_form} {anchor.qualifier}"  # "man earn", "woman hold degree"
    elif anchor.qualifier and metric_form:
        metric_form = f"{anchor.qualifier} {metric_form}"
    dimension = None
    unit_at = head
    if figure.label == "QUANTITY" and head is not None:
        unit = sent[head]
        modifiers = [k for k in sent.children(head, "amod", "compound", "nmod") if k < head]
        before = " ".join(sent[k].lower for k in modifiers)
        dimension = next(
            (lexicon.unit_dimensions[key]
             for key in (f"{before} {unit.lower}", unit.lower, unit.lemma.lower())
             if key in lexicon.unit_dimensions),
            None,
        )
        if dimension is None and modifiers and sent[modifiers[0]].lower in lexicon.unit_dimensions:
            # "a 160GB hard drive": the unit is the noun's first modifier
            unit_at = modifiers[0]
            dimension = lexicon.unit_dimensions[sent[unit_at].lower]
    if dimension is not None and unit_at is not None:
        # "a two-year ban", "25lb weight gain", "256MB of music", "from 18 yards": a
        # unit is no measure; the dimension of what it qualifies is.
        measure, metric_form = dimension_of(sent, unit_at, figure, dimension, lexicon)
        stands_for = lexicon.open_dimensions.get(dimension)
        if measure == dimension and (
            stands_for is not None or _what_a_copula_says(sent, unit_at, lexicon)
        ):
            # "jail terms of up to five years", "Iron ore output in the quarter totalled
            # 39.57 million tonnes": with nothing the unit qualifies, what the unit's phrase
            # hangs on is measured (for a dimension that says something, only the subject of
            # a copula or a verb of reaching: not "restored United's lead from 18 yards"),
            # else the dimension, or what a dimension that says nothing alone stands for
            beyond = _beyond_unit(sent, unit_at, figure, lexicon)
            measure, metric_form = beyond[:2] if beyond is not None else (
                (stands_for, stands_for) if stands_for is not None else (measure, metric_form))
            if beyond is not None and anchor.facet == "level" and _what_a_copula_says(
                sent, unit_at, lexicon
            ):
                # "Crude stocks rose by 3.3 million barrels": the change the unit's verb says
                anchor.facet, anchor.direction = beyond[2], beyond[3]
    if (
        figure.label == "QUANTITY" and head is not None
        and sent[head].lower in lexicon.occurrence_units
    ):
        # "broke the world record seven times", "rates rose five times": what happened
        measure, metric_form = occurrence_of(sent, head, figure, lexicon) or (measure, metric_form)
    if counted and head is not None:
        measure, metric_form = _in_role(sent, head, lexicon) or (measure, metric_form)
        units = _units_of(sent, head, lexicon)
        if units is not None:
            measure, metric_form = units
    stake = _stake(sent, root, figure, lexicon)
    if stake is not None:
        # "Time Warner now owns 8% of search-engine Google": Time Warner's stake in Google
        measure = metric_form = stake
        anchor.facet = "share"
        measure_tokens, head = (), None  # no word of the sentence names it
    forecast = forecast_wrapper(sent, noun, lexicon)
    holder = find_holder(sent, anchor, noun, figure, lexicon, forecast)
    if holder is None and whole is not None:
        # "Remittances now represent more than 2% of the country's GDP": whose GDP it is
        holder = whole_holder(sent, whole[1], lexicon)
    if stake is not None:
        holder = owner(sent, sent.head(root), lexicon) or holder  # not what is owned
    valuing = _valuing(sent, root, figure, lexicon)
    if valuing is not None:
        # "which would value Manchester United at about £800m": the club's valuation, not
        # the offer's
        thing = valued(sent, valuing, lexicon)
        what = next(iter(sent.children(valuing, "dobj")), None)
        if thing is not None or (what is not None and sent[valuing].dep == "advcl"):
            # "valuing it at $66 billion": a valuation all the same, of something the
            # sentence does not name, held as found otherwise ("values the club"), never by
            # the bidder, the subject of the verb the valuing hangs on
            if thing is not None:
                holder = thing
            elif what is not None and holder is not None and holder.mention is not None:
                bidder = subject_of(sent, sent.head(valuing), lexicon)
                if bidder is not None and holder.mention == sent.mention_at(bidder):
                    holder = Holder(unnamed=sent[what].lower)
            measure = metric_form = lexicon.verb_measures.get(
                sent[valuing].lemma.lower(), sent[valuing].lemma.lower())
            anchor.facet = "level"
            measure_tokens, head = (), None
    worth = _worth(sent, root, figure, lexicon)
    if worth is not None and not measure_tokens and holder is not None and (
        holder.goods is None
    ):
        # "Google is worth $20bn": what a holder is worth is its valuation
        measure = metric_form = worth
    if holder is not None and holder.goods is not None:
        measure, metric_form = _priced(sent, head, holder.goods, lexicon) or (
            measure, metric_form)
    elif measure is None and _market_move(sent, anchor, figure, holder, lexicon):
        # "Corus fell 2.2% to 55.57 pence", "Arcelor shed 2.1% to 17.58 euros": a quoted
        # company's move to a price is its share price's
        measure = metric_form = lexicon.quoted_move_measure
    scope = find_scope(sent, [root, noun, anchor.verb], holder, lexicon)
    source, source_mention, source_reference = find_source(sent, root, lexicon)
    cue, cue_own = read_cue(sent, root, lexicon, figure)
    if cue != "hypothetical" and (
        forecast is not None or _forecast_noun(sent, anchor, lexicon)
        or _polled(sent, root, anchor, head, lexicon)
    ):
        cue = "projection"  # "cut its growth forecast to 0.8%": the figure is forecast
    if cue in PENALTY_MOODS and _penalty(sent, head, lexicon):
        # "will face fines of up to £2,500", "would face up to two years in jail": a
        # sanction the rule sets (not "If found guilty he could lose his job or face a fine of
        # about £22,000", a condition on the verb or one above it)
        verb = verb_above(sent, head) if head is not None else None
        if cue == "projection" or verb is None or not condition_above(sent, verb, lexicon):
            cue = "target"
    time, time_root = find_time(sent, figure, root, lexicon), root
    if time is not None and made_on(sent, time, lexicon):
        time = None  # "a July estimation of a 16.6% decline": when it was estimated
    if anchor.replaced_by is not None:
        # the figure replaced is of the period of the one that replaced it
        by_root = sent.span_root(anchor.replaced_by.start, anchor.replaced_by.end)
        time = find_time(sent, anchor.replaced_by, by_root, lexicon) or time
    if time is None and anchor.via is not None:
        time_root = sent.span_root(anchor.via.start, anchor.via.end)
        time = find_time(sent, anchor.via, time_root, lexicon)
    if time is None:
        first = _first_coordinated(sent, root)
        if first is not None:
            # "In July, ... amounted to 2.591 million units and 2.593 million units": the
            # period of the first figure of a coordinated list is the others' too
            time_root = sent.span_root(first.start, first.end)
            time = find_time(sent, first, time_root, lexicon)
    # the figure a comparison mark sets this one against ("faster than the revised 0.5
    # percent rise"): named for a contrast
    marked = compared_by_mark(sent, root, figure, lexicon)
    if time is None and cue == "projection" and marked is not None:
        # "the loss in the fourth quarter was larger than analysts' mean forecast of €1
        # billion": a forecast set against a figure is of that figure's period
        time_root = sent.span_root(marked.start, marked.end)
        time = find_time(sent, marked, time_root, lexicon)
    base = find_base(sent, figure, root, lexicon) if anchor.facet == "change" else None
    ratio = _ratio_to(sent, figure, whole[0] if whole is not None else None, anchor, lexicon)
    if ratio is not None and anchor.facet == "change":
        # "the deficit rose 5% to $20bn, or 3% of GDP": a ratio is a level, never a change
        anchor.facet, anchor.direction = "level", None
    # the phrase a figure's preposition hangs on ("a contraction of 0.5% quarter on quarter,
    # versus 0.3% previously": the contraction's base is the 0.3%'s)
    above = sent.head(root)
    host = sent.head(above) if sent[above].pos == "ADP" and above != root else None
    bases = _basis_words(sent, (root, above, host, head, anchor.verb), lexicon)
    # "Samsung Electronics says its first-quarter operating profit likely jumped 56
    # percent": an estimate of what is past that a named source reports, a provisional
    # fact (the status of a first figure); not one with no source, nor one of forecasters
    # outside the holder ("Economists said growth likely slowed to 2%")
    past_estimate = (
        cue == "projection" and (source is not None or source_mention is not None)
        and estimate_of_past(sent, root, lexicon)
        and not lexicon.outside_forecast(tok.lemma for tok in sent.tokens)
    )
    if past_estimate:
        cue = None
    refers = not measure_tokens and _refers_back(sent, anchor, figure, lexicon)
    return Frame(
        measure=measure,
        measure_tokens=measure_tokens,
        measure_head=head,
        counted=measure_text(sent, measure_tokens, anchor) if counted else None,
        metric_form=metric_form,
        predicate=anchor.verb,
        holder=holder,
        source=source,
        source_mention=source_mention,
        source_reference=source_reference,
        source_phrase=frozenset(sent.subtree(source_reference.at))
        if source_reference is not None and source_reference.at is not None else frozenset(),
        time=time,
        time_reported=time is not None and report_day(sent, time, time_root, lexicon),
        facet=anchor.facet,
        direction=anchor.direction,
        cue=cue,
        status=read_status(sent, root, anchor, lexicon, head) or (
            lexicon.earlier_status if past_estimate else None),
        own_time=own_time_frame(sent, root, lexicon),
        present=present_frame(sent, root, lexicon),
        period_noun=period_noun(sent, root, lexicon),
        whole_period=whole_period_noun(sent, root, lexicon),
        qualifier=anchor.qualifier if anchor.facet != "share" else None,
        scope=scope,
        correction=anchor.suffix,
        ratio_to=ratio,
        base=base,
        refers_back=paced or refers,
        pointed=refers and _demonstrative_subject(sent, anchor, figure, lexicon),
        paced=paced,
        agent=find_agent(sent, anchor, noun, figure, lexicon),
        compared=anchor.compared or marked,  # "compared to $150+", or marked by "than"
        based=base is not None or bool(bases),
        # one base only, or this figure's share of a list of them
        base_word=bases[0] if len(bases) == 1 else _listed_base(sent, figure, bases, lexicon),
        # "following a fall of 0.6%", "a major setback from the previous quarter's 0.9
        # percent expansion": what came before
        came_before=any(
            sent[k].lower in lexicon.sequence_prepositions and sent[k].dep == "prep"
            for k in sent.ancestors(root)
        ) or owned_by_past(sent, figure, lexicon) or _in_reference(sent, root, figure, lexicon)
        or _followed(sent, root, lexicon),
        cue_own=cue_own and cue is not None,
    )


def _in_reference(sent: Sentence, root: int, figure: Mention, lexicon: FrameLexicon) -> bool:
    """Whether the figure stands in a point of reference or what another is compared with,
    a phrase one of ``reference_prepositions`` or ``comparison_words`` opens above it ("the
    worst contraction since a 3.3 percent drop in the fourth quarter of 2008", "compared
    with 2.5 percent growth in the poll and 3.1 percent in the final quarter of 2018"): it
    came before, or beside, the figures reported. Not a hedge right before the figure
    ("more than 2%")."""
    marks = lexicon.reference_prepositions | lexicon.comparison_words
    return any(
        (sent[k].dep == "prep" and sent[k].lower in marks and k < figure.start - 1)
        # "grew 15.9 percent, in contrast to a 13 percent decline in the second quarter"
        or (sent[k].lemma.lower() in lexicon.comparison_nouns and k < figure.start)
        for k in sent.ancestors(root)
    )


def _followed(sent: Sentence, root: int, lexicon: FrameLexicon) -> bool:
    """Whether the figure stands in the object of a verb of ``sequence_verbs``, what the
    subject followed ("It followed a revised 0.5% expansion in July-September"): it came
    before."""
    return any(
        sent[k].dep == "dobj" and sent[sent.head(k)].lemma.lower() in lexicon.sequence_verbs
        for k in (root, *sent.ancestors(root))
    )


def _valuing(sent: Sentence, root: int, figure: Mention, lexicon: FrameLexicon) -> int | None:
    """The verb of ``valuation_verbs`` whose "at" phrase holds the amount, or None."""
    prep = sent.head(root)
    if figure.label != "MONEY" or sent[root].dep != "pobj" or prep == root:
        return None
    verb = sent.head(prep)
    if sent[prep].lower not in lexicon.level_prepositions or verb == prep or (
        sent[verb].lemma.lower() not in lexicon.valuation_verbs
    ):
        return None
    return verb


def _worth(sent: Sentence, root: int, figure: Mention, lexicon: FrameLexicon) -> str | None:
    """The measure of ``worth_measures`` for an amount an adjective of worth takes on a
    copula ("Google is worth $20bn": valuation), or None."""
    adjective = sent.head(root)
    if figure.label != "MONEY" or adjective == root or sent[adjective].dep != "acomp":
        return None
    copula = sent.head(adjective)
    if copula == adjective or sent[copula].lemma.lower() not in lexicon.copulas:
        return None
    return lexicon.worth_measures.get(sent[adjective].lower)


def _stake(sent: Sentence, root: int, figure: Mention, lexicon: FrameLexicon) -> str | None:
    """The stake a percentage is when a verb of ``stake_verbs`` takes it as its object, of a
    named organisation, or of what one possesses ("owns 8% of search-engine Google",
    "owns 6.7% of Circuit City's shares"): ``stake_measure`` and the name; else None."""
    verb = sent.head(root)
    if (
        figure.label != "PERCENT" or sent[root].dep != "dobj" or verb == root
        or sent[verb].lemma.lower() not in lexicon.stake_verbs
    ):
        return None
    for prep in sent.children(root, "prep"):
        if sent[prep].lower not in lexicon.part_of:
            continue
        for obj in sent.children(prep, "pobj"):
            # the name itself, or the possessor of its shares ("6.7% of Circuit City's
            # shares"; not "half of India's beer market", a part of a market)
            owners = sent.children(obj, "poss") if (
                sent[obj].lemma.lower() in lexicon.share_nouns) else []
            for node in (obj, *owners):
                named = sent.mention_at(node)
                # whatever the model tagged it: what one owns a part of is an organisation
                # ("own 29% of Manchester United", which the model took for a person), named
                # up to the word the phrase ends on ("United through": the model's slip)
                if named is not None and named.label in OWNER_LABELS:
                    own = set(sent.subtree(node))
                    words = [sent[k] for k in range(named.start, named.end)
                             if (k <= node or k in own) and sent[k].dep != "case"]
                    name = "".join(
                        w.text + (" " if w.spaced and w is not words[-1] else "")
                        for w in words)
                    return f"{lexicon.stake_measure} {name}"
    return None


# The moods a penalty foreseen is read in, which make it a sanction the rule sets.
PENALTY_MOODS = ("projection", "hypothetical")
BASIS_WORDS = 3  # the longest base of a change written out: "year on year"
BASIS_PHRASE = 8  # the longest phrase read for one: "on a quarter-on-quarter basis"


def _basis_words(
    sent: Sentence, heads: tuple[int | None, ...], lexicon: FrameLexicon
) -> tuple[str, ...]:
    """The words of ``change_bases`` in the short phrases that modify the nearest of the
    figure, its measure and its verb that has any ("the 4.8% year-on-year growth", "rose 5%
    y/y", "On a quarter-on-quarter basis, GDP shrank 0.7%"; two in "by 2.1% and 0.3%
    year-on-year and quarter-on-quarter, respectively"), each once."""
    for at in heads:
        found: dict[str, None] = {}
        for k in sent.children(at) if at is not None else ():
            below = sent.subtree(k)
            if len(below) > BASIS_PHRASE:
                continue
            # "year-on-year" is one word of five tokens, "year on year" three
            words = [sent[j].lower for j in below if sent[j].lower not in BASE_JOINERS]
            found.update(
                (base, None) for n in range(1, BASIS_WORDS + 1)
                for i in range(len(words) - n + 1)
                if (base := lexicon.base_named(words[i : i + n])) is not None
            )
        if found:
            return tuple(found)
    return ()


def _listed_base(
    sent: Sentence, figure: Mention, bases: tuple[str, ...], lexicon: FrameLexicon
) -> str | None:
    """This figure's base of a list of bases shared out, in order, by one of
    ``respective_words`` over the sentence's figures of its kind, as many ("contracted by
    2.1% and 0.3% year-on-year and quarter-on-quarter, respectively": 2.1% on a year
    earlier, however the parser coordinated them); else None."""
    listed = [m for m in sent.mentions if m.label == figure.label]
    if len(listed) != len(bases) or not any(
        sent[k].lower in lexicon.respective_words for k in range(listed[-1].end, sent.end)
    ):
        return None
    return next((base for m, base in zip(listed, bases, strict=True)
                 if (m.start, m.end) == (figure.start, figure.end)), None)


def _in_role(sent: Sentence, head: int, lexicon: FrameLexicon) -> tuple[str, str] | None:
    """What a count of people, a noun that says nothing of them, counts in its verb's role
    (``count_roles``, named as a metric is, in the singular): "employs 109,000 people" ->
    employee, "3,000 people were killed" -> death toll; None for any other count."""
    if sent[head].lemma.lower() not in lexicon.generic_people:
        return None
    verb = sent.head(head)
    if verb == head or sent[head].dep not in ("dobj", "nsubjpass"):
        return None
    role = lexicon.count_roles.get(sent[verb].lemma.lower())
    return (role, role) if role else None


def _first_coordinated(sent: Sentence, root: int) -> Mention | None:
    """The first figure of the coordinated list the figure at ``root`` is a later member
    of ("2.591 million units and 2.593 million units"), or None."""
    element = chain_element(sent, root)
    first = chain_start(sent, element)
    if first == element:
        return None
    return next(
        (m for m in sent.mentions if m.label in FIGURE_LABELS
         and chain_element(sent, sent.span_root(m.start, m.end)) == first),
        None,
    )


def _units_of(sent: Sentence, head: int, lexicon: FrameLexicon) -> tuple[str, str] | None:
    """What a count of ``generic_units``, a noun that says nothing of what is counted,
    measures: the role its verb gives it (``unit_roles``: "shipped 337.2 million units" ->
    shipments), or what a copula or a verb of reaching says it is ("production and sales
    ... amounted to 2.591 million units and 2.593 million units": production, then sales);
    None for any other count, or when the sentence says nothing of it."""
    if sent[head].lemma.lower() not in lexicon.generic_units:
        return None
    verb = sent.head(chain_start(sent, head))
    if sent[verb].pos == "ADP" and sent.head(verb) != verb:
        verb = sent.head(verb)  # "amounted to 2.591 million units"
    if verb == head or sent[verb].pos not in VERB_POS:
        return None
    lemma = sent[verb].lemma.lower()
    role = lexicon.unit_roles.get(lemma)
    if role is not None:
        return role, role
    if lemma not in lexicon.copulas and lemma not in lexicon.arrival_verbs:
        return None
    subject = subject_of(sent, verb, lexicon)
    if subject is None or sent[subject].pos != "NOUN" or sent.mention_at(subject) is not None:
        return None
    subject = respective(sent, subject, head)
    tokens = find_measure_tokens(sent, subject, Mention(head, head + 1, "QUANTITY"), lexicon)
    measure = measure_text(sent, tokens, Anchor())
    form = read_metric_form(sent, tokens, Anchor(), lexicon)
    return (measure, form) if measure and form else None


def _polled(
    sent: Sentence, root: int, anchor: Anchor, head: int | None, lexicon: FrameLexicon
) -> bool:
    """Is the figure a change set against another ("compared with", "than") that a poll
    holds ("compared with 2.5 percent growth in the poll": ``forecast_polls``)? The
    forecasters' view of what the sentence reports; a share in an opinion poll ("compared
    with 33% in a poll last week") measures no change and stays a fact."""
    if anchor.facet != "change" and (head is None or lexicon.way_of(sent[head]) is None):
        return False
    # the figure, its own noun, and the noun it modifies ("2.5 percent growth")
    own = [k for k in (root, anchor.noun, chain_element(sent, root)) if k is not None]
    if not any(
        sent[obj].lemma.lower() in lexicon.forecast_polls
        for k in own for prep in sent.children(k, "prep") for obj in sent.children(prep, "pobj")
    ):
        return False
    return any(sent[k].lower in lexicon.comparison_words for k in sent.ancestors(root))


def _forecast_noun(sent: Sentence, anchor: Anchor, lexicon: FrameLexicon) -> bool:
    """Is the figure's own noun a forecast ("ahead of the 0.6% forecast", "analysts'
    forecasts of £532m")?"""
    return anchor.noun is not None and sent[anchor.noun].lemma.lower() in (
        lexicon.forecast_nouns
    )


def _bare_pace(
    sent: Sentence, noun: int | None, anchor: Anchor, figure: Mention, lexicon: FrameLexicon
) -> bool:
    """Whether the percentage quantifies one of ``pace_nouns`` that names nothing of its own:
    no phrase of what it is the pace of, no compound, possessor or name ("The upward revision
    from the 2.6 per cent pace reported last month", "followed a 1.2 per cent pace in the
    January-March period"): the rate of the change the text named before, as "the figure"
    is that figure's measure (not "the pace of growth", nor "the jobless rate")."""
    if figure.label != "PERCENT" or noun is None or noun != anchor.noun or noun in figure:
        return False
    if anchor.facet != "level":
        return False  # "at rates 30-50% lower": a change of the rates themselves
    if sent[noun].lemma.lower() not in lexicon.pace_nouns:
        return False
    for child in sent.children(noun):
        if child in figure:
            continue
        arc = sent[child].dep
        if arc in ("compound", "poss", "nmod") or sent.mention_at(child) is not None:
            return False
        if arc == "prep" and sent[child].lower in lexicon.change_of:
            return False
    return True


def _refers_back(sent: Sentence, anchor: Anchor, figure: Mention, lexicon: FrameLexicon) -> bool:
    """Whether the figure's clause has a definite container noun as its subject ("the figure
    increased by 2.34 per cent to $17.71 billion", "the total was $5bn"), or a
    demonstrative alone ("that is still £2bn more than Mr Brown predicted"): a figure of the
    measure named before, which the sentence leaves unsaid. So is a report noun that a
    verb of expectation with a subject of its own takes ("Economists had been expecting a
    reading of 2.8%", "Analysts expected a figure closer to A$431m"), and a figure it takes
    alone ("economists had been predicting as much as 2% this time around")."""
    # the noun the figure quantifies, however the parser hung it ("a figure closer to
    # A$431m": the figure in a phrase of "closer")
    noun = anchor.noun if anchor.noun is not None else next(
        (k for k in sent.ancestors(sent.span_root(figure.start, figure.end))
         if sent[k].pos == "NOUN"), None,
    )
    root = sent.span_root(figure.start, figure.end)
    expected = noun if noun is not None and (
        sent[noun].lemma.lower() in lexicon.report_nouns
        or _names_nothing_changed(sent, noun, lexicon)
    ) else (
        root if noun is None else None  # "economists had been predicting as much as 2%"
    )
    if expected is not None and sent[expected].dep == "dobj":
        verb = sent[sent.head(expected)].lemma.lower()
        if verb in lexicon.attribution_verbs and verb in lexicon.modality_words and any(
            sent[k].dep == "nsubj" for k in sent.children(sent.head(expected), "nsubj")
        ):
            return True
    if anchor.noun is not None and anchor.noun not in figure and _bare_definite(
        sent, anchor.noun, lexicon.report_nouns, lexicon, figure
    ):
        return True  # "The 3% figure was revised from ...": the figure named before
    if anchor.verb is None:
        return False
    subject = subject_of(sent, anchor.verb, lexicon)
    if subject is None or subject in figure:
        return False
    if _demonstrative_subject(sent, anchor, figure, lexicon):
        return True  # "Borrowing is tipped to fall ... - but that is still £2bn more"
    return _bare_definite(sent, subject, lexicon.container_nouns | lexicon.report_nouns, lexicon)


def _reported(sent: Sentence, noun: int, lexicon: FrameLexicon) -> int:
    """The noun a report noun at ``noun`` has compounded before it ("second-quarter GDP
    data": GDP, what the data are of), else ``noun``."""
    if not lexicon.report(sent[noun]):
        return noun
    compounds = [k for k in sent.children(noun, "compound")
                 if k < noun and sent[k].pos in NOUN_POS and (
                     (m := sent.mention_at(k)) is None
                     or (m.label not in FIGURE_LABELS and m.label not in HOLDER_LABELS
                         and m.label != "DATE"))]
    return compounds[-1] if compounds else noun


def _demonstrative_subject(
    sent: Sentence, anchor: Anchor, figure: Mention, lexicon: FrameLexicon
) -> bool:
    """Whether the subject of the figure's verb is a demonstrative alone ("that is still £2bn
    more")."""
    if anchor.verb is None:
        return False
    subject = subject_of(sent, anchor.verb, lexicon)
    return subject is not None and subject not in figure and (
        sent[subject].lower in lexicon.demonstratives and not sent.children(subject)
    )


def _bare_definite(
    sent: Sentence, noun: int, nouns: frozenset[str], lexicon: FrameLexicon,
    figure: Mention | None = None,
) -> bool:
    """Whether the noun at ``noun`` is one of ``nouns`` with a definite determiner and
    nothing else that says what it is of ("the figure", "the result", "the 3% figure" of
    ``figure``; not "Q1's result", "the total deficit")."""
    return (
        sent[noun].lemma.lower() in nouns
        and any(sent[d].lower in lexicon.definite_determiners
                for d in sent.children(noun, "det"))
        and not [k for k in sent.children(noun, "prep", "compound", "amod", "nummod", "poss")
                 if figure is None or k not in figure]
    )


def _names_nothing_changed(sent: Sentence, noun: int, lexicon: FrameLexicon) -> bool:
    """Whether ``noun`` is a word of change that names nothing changed ("analysts had
    expected an increase to 535 billion yen"; not "a 9.1% decline in exports")."""
    return lexicon.way_of(sent[noun]) is not None and not any(
        sent[prep].lower in lexicon.change_of for prep in sent.children(noun, "prep")
    )


def _priced(
    sent: Sentence, head: int | None, good: str, lexicon: FrameLexicon
) -> tuple[str, str] | None:
    """The measure and normal form of a traded good's price: the good's exchange rate or
    price ("the dollar was buying 104.76 yen": "dollar exchange rate"; "$51.15 a barrel of
    US crude oil": "US crude oil price"); None when the figure's own measure names it
    already ("oil prices")."""
    word = good.split()[-1].lower()
    what = lexicon.currency_measure if word in lexicon.currency_goods else (
        lexicon.commodity_measure
    )
    if head is not None and sent[head].lemma.lower() == what.split()[-1]:
        return None
    form = " ".join(w if w.isupper() else w.lower() for w in good.split())  # "US crude"
    return f"{good} {what}", f"{form} {what}"


def _stands_for(sent: Sentence, root: int, lexicon: FrameLexicon) -> tuple[int, str | None]:
    """Where a figure in the "of" phrase of a quantifier or statistic noun, or written right
    after one ("to a record $180.7bn"), stands when a preposition governs that noun, or a
    verb one of ``object_quantifiers``: at the noun ("rose by a total of $5m", "cut prices
    by an average of 24%", "fell to a low of $40", "sent a total of $23.92bn in
    remittances"), with the statistic noun's lemma that qualifies the measure ("average");
    else at its own root, with none."""
    above = sent.head(root)
    if above == root:
        return root, None
    if sent[root].dep == "pobj" and sent[above].lower in lexicon.part_of:
        noun = sent.head(above)
        if noun == above:
            return root, None
    elif sent[root].dep in ("npadvmod", "appos", "nummod") and above < root:
        noun = above  # "a record $180.7bn": the figure after its noun
    else:
        return root, None
    lemma = sent[noun].lemma.lower()
    governed = sent[noun].dep == "pobj" or (
        sent[noun].dep == "dobj" and lemma in lexicon.object_quantifiers
    )
    if not governed or not (
        lemma in lexicon.quantifier_nouns or lemma in lexicon.statistic_nouns
    ):
        return root, None
    return noun, lemma if lemma in lexicon.statistic_nouns else None


def _market_move(
    sent: Sentence, anchor: Anchor, figure: Mention, holder: Holder | None,
    lexicon: FrameLexicon,
) -> bool:
    """Whether a figure with no measure is a named organisation's change, or the level it
    reaches, whose verb takes it "to" an amount of money ("Corus fell 2.2% to 55.57
    pence"): a move of its share price, told with a verb of change that has no object of
    its own, whose change it would be ("raising its size ... to N28.7 trillion"), or with a
    copula and a comparative ("BP was down 23.5p at 581p")."""
    if (
        anchor.verb is None or anchor.facet not in ("change", "new_level")
        or holder is None or holder.mention is None or holder.mention.label != "ORG"
        or figure.label not in ("PERCENT", "MONEY")
    ):
        return False
    movers = [anchor.verb]
    if lexicon.way_of(sent[anchor.verb]) is None:
        # "BP was down 23.5p at 581p": a copula with a comparative between it and the figure
        root = sent.span_root(figure.start, figure.end)
        below = [k for k in sent.ancestors(root) if k != anchor.verb
                 and anchor.verb in sent.ancestors(k)]
        movers = [k for k in [*below, *sent.children(anchor.verb, "advmod", "acomp", "prep")]
                  if sent[k].lower in lexicon.comparatives][:1]
        if not movers or sent[anchor.verb].lemma.lower() not in lexicon.copulas:
            return False
        movers.append(anchor.verb)
    if any(sent.mention_at(k) is None for k in sent.children(anchor.verb, "dobj")):
        # a move is told with a verb of change, of no object but the figure: not "raising
        # its size from N27.5 trillion to N28.7 trillion"
        return False
    for prep in (k for mover in movers for k in sent.children(mover, "prep")):
        for obj in sent.children(prep, "pobj"):
            reached = sent.mention_at(obj)
            if reached is not None and reached.label == "MONEY" and (
                anchor.facet == "change" or reached.start == figure.start
            ) and (lexicon.change_prepositions.get(sent[prep].lower) == "new_level" or (
                sent[prep].lower in lexicon.level_prepositions  # "up 1.76% at 115.5 pence"
            )):
                return True
    return False


def _what_a_copula_says(sent: Sentence, unit: int, lexicon: FrameLexicon) -> bool:
    """Is the unit at ``unit`` what a copula or a verb of reaching says its subject is
    ("output totalled 39.57 million tonnes", "shipments were 75.7 million tonnes"), or how
    much, or to what, a verb of change moves its subject ("Crude stocks rose by 3.3 million
    barrels", "U.S. output increased to 11.5 million barrels per day")?"""
    verb = sent.head(unit)
    if verb != unit and sent[unit].dep == "pobj" and sent[verb].dep == "prep":
        if sent[verb].lower not in lexicon.change_prepositions:
            return False  # "dropped out after 23 miles"
        verb = sent.head(verb)  # "rose by 3.3 million barrels"
        return sent[verb].pos in VERB_POS and lexicon.way_of(sent[verb]) is not None
    return (
        verb != unit
        and sent[unit].dep in ("attr", "dobj", "oprd", "npadvmod")
        and (sent[verb].lemma.lower() in lexicon.copulas
             or sent[verb].lemma.lower() in lexicon.arrival_verbs
             or (sent[unit].dep != "attr" and sent[verb].pos in VERB_POS
                 and lexicon.way_of(sent[verb]) is not None))
    )


def _beyond_unit(
    sent: Sentence, unit: int, figure: Mention, lexicon: FrameLexicon
) -> tuple[str, str, str, str | None] | None:
    """The measure, its normal form, and the facet and direction read from the unit of a
    count as if it were the figure ("terms" of "jail terms of up to five years"; "rose by
    3.3 million barrels": a rise), or None when that finds only the unit itself."""
    anchor = find_anchor(sent, figure, unit, lexicon, depth=1)
    noun = find_measure_noun(sent, anchor, figure, lexicon)
    if noun is None or noun == unit or sent[noun].pos != "NOUN":
        return None  # "scored from 18 yards": the scorer is no measure
    # without the unit's own phrase ("of up to five years")
    unit_words = {*sent.subtree(unit), sent.head(unit)} - {noun}
    tokens = tuple(
        i for i in find_measure_tokens(sent, noun, figure, lexicon) if i not in unit_words
    )
    text = measure_text(sent, tokens, anchor)
    form = read_metric_form(sent, tokens, anchor, lexicon)
    return (text, form, anchor.facet, anchor.direction) if text and form else None


def _penalty(sent: Sentence, head: int | None, lexicon: FrameLexicon) -> bool:
    """Whether the figure's noun at ``head`` is a penalty of ``penalty_nouns``, or a length
    served in one ("fines of up to £2,500", "up to two years in jail")."""
    if head is None:
        return False
    return sent[head].lemma.lower() in lexicon.penalty_nouns or any(
        sent[obj].lemma.lower() in lexicon.penalty_nouns
        for prep in sent.children(head, "prep") for obj in sent.children(prep, "pobj")
    )
