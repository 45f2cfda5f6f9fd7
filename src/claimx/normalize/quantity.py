"""Counts that carry a claim: "over 600,000 (tech professionals)", "15+ (IT startups)".

Only the number is read here; the pipeline supplies the counted noun phrase as the unit.
Vague counts ("thousands", "many") state no figure and give None; one plural scale before
"of" ("thousands of" jobs) is at least that scale. Besides a bound before or
after the number ("more than 30", "500 or more"), a count may be a range ("20-30",
"between five and ten", "from 200 to 300") or two bounds that close one
("more than 10 and less than 40" is the range 10 to 40; bounds that cannot both hold give None,
and :func:`split_bounds` tells the pipeline where to cut them into two figures).

A count of things is never negative; ``signed=True`` reads a bare number, which may be
("below -30", "minus five"): the pipeline finds those without making them claims.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from claimx.normalize.amount import Amount, Bound
from claimx.normalize.hedges import strip_hedges
from claimx.normalize.numbers import ParsedNumber, parse_number, share_scale, vague_range
from claimx.normalize.tables import Tables, alternation, load_tables


class _Patterns(NamedTuple):
    """The range and bound words of rules/hedges.json."""

    range: re.Pattern[str]
    """A dash splits a range only after a digit or a glued scale ("20-30", "5k-20k"); in
    words it joins tens and units ("twenty-five"). A word of ``range_words`` splits one too
    ("three or four")."""
    joins: re.Pattern[str]
    """Two bounds of one count: "more than 10 and less than 40", "more than 20, above 170"."""


@lru_cache(maxsize=4)
def _patterns(tables: Tables) -> _Patterns:
    words = alternation(tables.range_words["count"])
    glued = alternation(tables.dash_range_scales)
    return _Patterns(
        range=re.compile(
            rf"^(.*?\d(?:{glued})?)\s*(?:-|–|—|~)\s*(.+)$|^(.+?)\s+(?:{words})\s+(.+)$"
        ),
        joins=re.compile(rf"\s*,\s*|\s+(?:{alternation(tables.bound_joins)})\s+"),
    )


def parse_count(
    text: str, tables: Tables | None = None, *, signed: bool = False
) -> Amount | None:
    """The count a span states (unit None), or None for no figure or a vague one.

    ``signed``: a negative number is a figure too (a bare number, not a count of things).
    """
    tables = tables or load_tables()
    cleaned = _clean(text)
    pair = _two_bounds(cleaned, tables, signed=signed)
    if pair is not None:
        return pair if isinstance(pair, Amount) else None
    bound, core = strip_hedges(cleaned, tables)
    if core.endswith("+"):
        core, bound = core[:-1].strip(), bound or "lower"
    vague = vague_range(_without_last_link(core, tables), tables)
    if vague is not None:
        low, high = vague
        if bound in ("lower", "upper"):
            return _bounded(bound, low if bound == "lower" else high)
        return Amount(low.value, high.value, "range", None, None, low.precision)
    group = _collective(tables).fullmatch(core.lower())
    if group is not None and group.group(1) in tables.collectives:
        size = tables.collectives[group.group(1)]  # "a trio of": three
        return _bounded(bound, ParsedNumber(size, size))
    floor = vague_floor(core, tables)
    if floor is not None:
        return _bounded("lower", floor)
    if core in tables.vague:
        return None
    sides = _split(core, tables)
    numbers = [parse_number(side, tables) for side in sides]
    if not numbers or any(n is None or (n.value < 0 and not signed) for n in numbers):
        return None
    values = [n for n in numbers if n is not None]
    if len(values) == 2:
        scaled = [bool(re.search(r"[a-z]", side)) for side in sides]
        values[0] = share_scale(values[0], scaled[0], values[1], scaled[1])
        if values[0].value >= values[1].value and _is_dash_range(core, tables):
            return None  # "6-0", "1-1": a score; a range is written low to high ("20-30")
        low, high = sorted(values, key=lambda n: n.value)
        precision = min(low.precision, high.precision)
        if bound in ("lower", "upper"):
            edge = low if bound == "lower" else high
            return _bounded(bound, ParsedNumber(edge.value, precision))
        return Amount(low.value, high.value, "range", None, None, precision)
    return _bounded(bound, values[0])


def parse_clock_duration(text: str, unit: str, tables: Tables | None = None) -> Amount | None:
    """A length written in several clock units, read in its last one: "two hours 18 minutes
    15" with ``unit`` "seconds" -> 8,295 (rules/numbers.json ``clock_units``); a hedge before
    it bounds the whole ("about one minute 53" secs). None unless it has two parts or more,
    each a number and a clock unit, ``unit`` one of them ("15" seconds is a plain count)."""
    tables = tables or load_tables()
    size = tables.clock_units.get(unit.lower())
    if size is None:
        return None
    bound, core = strip_hedges(_clean(text), tables)
    words = [word.rstrip(",") for word in f"{core} {unit}".lower().split()]
    total, parts = Decimal(0), 0
    number: list[str] = []
    for word in filter(None, words):
        if word in tables.clock_units and number:
            value = parse_number(" ".join(number), tables)
            if value is None:
                return None
            total, number, parts = total + value.value * tables.clock_units[word], [], parts + 1
        elif word not in tables.clock_unit_joiners or number:
            number.append(word)
    if number or parts < 2:
        return None
    amount = _bounded(bound, ParsedNumber(total / size, Decimal(1)))
    return amount.with_unit(unit)


def vague_floor(core: str, tables: Tables) -> ParsedNumber | None:
    """ "thousands of" -> 1,000: one plural scale before "of" is at least that scale, with no
    ceiling (rules/numbers.json ``vague_ranges``); None for anything else ("thousands"
    alone states no figure)."""
    word = _without_last_link(core.lower(), tables)
    if word == core.lower() or word not in tables.vague_ranges:
        return None
    value = tables.vague_ranges[word]
    return ParsedNumber(value, value)


def count_of_measure(
    text: str,
    measure: str | None,
    tables: Tables | None = None,
    *,
    before: str = "",
    after: str = "",
) -> Amount | None:
    """A number with no counted noun after it, read as a count of its measure when the
    measure is one that counts (rules/numbers.json ``count_measures``): "unemployment rose
    206,900 to 4.64 million", "new loans rose to 83,000", "a median age of around 22".
    The measure is the unit. None for any other measure ("shares rose 20 to 345": pence),
    and for a number with a fraction of one, which counts nothing ("unemployment rose 0.2").
    A number in words without its noun is as often part of a range or a pronoun ("within two
    to four weeks", "the two met"), so only a number written with digits counts this way; and
    a number right after its measure's noun (``before``: the text before the figure) is an age
    or a label of it ("people over 60", "voters under 65"), not its count. A number that
    ``after`` (the text after it) joins to another ("kept 1,000 to 2,000 music files") is the
    end of a range the noun follows, no count of the measure by itself."""
    tables = tables or load_tables()
    if not re.search(r"\d", text) or _joined(tables).match(after):
        return None
    named = counted_by_head(before, tables)
    words = re.findall(r"[a-z]+", (named or measure or "").lower())
    previous = re.findall(r"[a-z]+", before.lower())[-2:]
    if previous and previous[-1] in tables.count_measure_links:
        previous = previous[:-1]  # "where people are over 80"
    if words and previous[-1:] == words[-1:]:
        return None
    if named is not None:
        return _whole(parse_count(text, tables), named)
    if not words or not (
        words[-1] in tables.count_measures
        or (words[-1] in tables.statistic_heads and tables.statistic_words.intersection(words))
        or counted_change(words, tables)
    ):
        return None
    return _whole(parse_count(text, tables), measure)


def counted_change(words: list[str], tables: Tables) -> bool:
    """Is a measure of ``words`` (lower case) a change in a count, which a number with no
    noun counts: a word of ``count_change_heads`` after a word of ``count_measures`` or its
    singular ("jobs gains", "job losses", "staff cuts"; rules/numbers.json)?"""
    if len(words) < 2 or words[-1] not in tables.count_change_heads:
        return False
    counted = words[-2]
    return counted in tables.count_measures or f"{counted}s" in tables.count_measures


def _whole(amount: Amount | None, unit: str | None) -> Amount | None:
    """``amount`` counting ``unit``; None when it has a fraction of one, which counts
    nothing ("unemployment rose 0.2")."""
    if amount is None or any(
        end is not None and end != end.to_integral_value() for end in (amount.low, amount.high)
    ):
        return None
    return amount.with_unit(unit)


def counted_by_head(before: str, tables: Tables) -> str | None:
    """What a number counts when the clause before it names the count ("... the number of
    specialist sport colleges from 350 to"): the "of" phrase after the last word of
    ``count_heads`` (rules/numbers.json), up to a function word or a change word, at most
    four words; None when there is none, or a clause break stands between."""
    # A point or comma between digits ("32,000", "1.5") breaks no clause.
    clause = re.split(r"(?<!\d)[.,]|[.,](?!\d)|[;:!?()]", before.lower())[-1]
    heads = list(_count_head(tables).finditer(clause))
    if not heads:
        return None
    found = heads[-1]
    words: list[str] = []
    for word in found.group(1).split():
        if not words and word in tables.count_head_determiners:
            continue  # "the number of its hotspots": what it counts is hotspots
        if word in tables.range_end_not_nouns or word in tables.change_words or len(words) == 4:
            break
        words.append(word)
    return " ".join(words) or None


@lru_cache(maxsize=4)
def _joined(tables: Tables) -> re.Pattern[str]:
    """Another number joined to a count, then a word that is no scale and no function word
    (rules/numbers.json ``range_end_not_nouns``): "1,000 to 2,000 music files" is a range
    the pipeline did not read whole; "rose 17,000 to 4.483 million, the bank said" and "from
    7,500 to 45,000 during the festival" are changes."""
    scales = "|".join(sorted(map(re.escape, tables.scales), key=len, reverse=True))
    others = "|".join(sorted(map(re.escape, tables.range_end_not_nouns), key=len, reverse=True))
    return re.compile(
        rf"^\s*(?:{alternation(tables.range_end_joins)}|-|–|—)\s*\d[\d,.]*(?:\s*(?:{scales})\b)?"
        rf"\s+(?!(?:{scales})\b)(?!(?:{others or '(?!)'})\b)[a-z]"
    )


def _without_last_link(core: str, tables: Tables) -> str:
    """ "tens of thousands of" without its last "of" (rules/numbers.json ``scale_links``):
    the count span keeps it, so that the counted noun follows."""
    for link in tables.scale_links:
        if core.endswith(f" {link}"):
            return core[: -len(link) - 1]
    return core


@lru_cache(maxsize=4)
def _collective(tables: Tables) -> re.Pattern[str]:
    """An article, a noun and "of" ("a trio of"): the noun may be one of ``collectives``."""
    articles = alternation([*tables.number_articles, *tables.hedge_articles])
    links = alternation(list(tables.scale_links))
    return re.compile(rf"(?:(?:{articles})\s+)?(\w+)\s+(?:{links})")


@lru_cache(maxsize=4)
def _count_head(tables: Tables) -> re.Pattern[str]:
    """A definite word of ``count_heads``, "of" and the words after it ("the number of sport
    colleges", "the total number of Europeans": one word may stand between; "a number of
    firms" is vague: ``count_head_determiners``)."""
    heads = "|".join(sorted(map(re.escape, tables.count_heads), key=len, reverse=True))
    determiners = "|".join(map(re.escape, sorted(tables.count_head_determiners)))
    links = alternation(list(tables.scale_links))
    return re.compile(
        rf"\b(?:{determiners or '(?!)'}) (?:[a-z-]+ )?(?:{heads or '(?!)'}) (?:{links})"
        rf" ((?:[a-z][\w'-]*\s*)+)"
    )


def _bounded(bound: Bound | None, number: ParsedNumber) -> Amount:
    if bound == "lower":
        return Amount(number.value, None, "lower", None, None, number.precision)
    if bound == "upper":
        return Amount(None, number.value, "upper", None, None, number.precision)
    return Amount(number.value, number.value, bound or "exact", None, None, number.precision)


def _split(core: str, tables: Tables) -> list[str]:
    between = tables.between["count"].match(core)
    if between:
        return [between.group(1), between.group(2)]
    dash = _patterns(tables).range.match(core)
    if dash:
        return [part for part in dash.groups() if part is not None]
    return [core]


def _is_dash_range(core: str, tables: Tables) -> bool:
    dash = _patterns(tables).range.match(core)
    between = tables.between["count"].match(core)
    return between is None and dash is not None and dash.group(1) is not None


def split_bounds(text: str, tables: Tables | None = None) -> list[tuple[int, int]]:
    """Where the two figures of a span that is no one figure stand, as character spans.

    Two bounds joined by "and", "but" or a comma make one range only when they close one
    (a bare number on either side is not cut off: "ten and fifteen" stays no figure):
    "more than 40 and less than 10" (they cannot both hold) or "more than 20, above 170" (two
    floors) are two figures -> [(0, 12), (17, 29)]. Words before the left bound that belong
    to neither are left out ("up more than 20, above 170"). An empty list when the text
    reads as one figure, or when it cannot be cut into two that do.
    """
    tables = tables or load_tables()
    if parse_count(text, tables, signed=True) is not None:
        return []
    for join in _patterns(tables).joins.finditer(text.lower()):
        left, right = text[: join.start()], text[join.end() :]
        if not _is_bound(right, tables):
            continue
        for word in re.finditer(r"\S+", left):
            if _is_bound(left[word.start() :], tables):
                return [(word.start(), join.start()), (join.end(), len(text.rstrip()))]
    return []


def _is_bound(text: str, tables: Tables) -> bool:
    amount = parse_count(text, tables, signed=True)
    return amount is not None and amount.bound in ("lower", "upper")


def _clean(text: str) -> str:
    return " ".join(text.lower().replace("\u00a0", " ").split())


def _two_bounds(text: str, tables: Tables, *, signed: bool) -> Amount | bool | None:
    """A lower and an upper bound joined by "and", "but" or a comma, as one range.

    None when the text is not two bounds; False when it is, but they cannot both hold
    ("more than 40 and less than 10").
    """
    for join in _patterns(tables).joins.finditer(text):
        left, right = text[: join.start()], text[join.end() :]
        left_bound, left_core = strip_hedges(left, tables)
        right_bound, right_core = strip_hedges(right, tables)
        if {left_bound, right_bound} != {"lower", "upper"}:
            continue
        left_number = parse_number(left_core, tables)
        right_number = parse_number(right_core, tables)
        if left_number is None or right_number is None:
            continue
        if not signed and min(left_number.value, right_number.value) < 0:
            continue
        low, high = (left_number, right_number)
        if left_bound == "upper":
            low, high = high, low
        if low.value > high.value:
            return False
        precision = min(low.precision, high.precision)
        return Amount(low.value, high.value, "range", None, None, precision)
    return None
