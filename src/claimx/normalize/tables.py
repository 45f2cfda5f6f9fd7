"""Word tables the normalizers read from a rules folder (the packaged one by default).

The packaged tables are built once and shared; normalizers take an optional ``tables``
argument so that ``--rules DIR`` reaches them too (:func:`load_tables` of its
:class:`~claimx.rules_folder.RulesFolder`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from claimx.rules_folder import RulesFolder

# The rules-folder tables :class:`Tables` is made from.
TABLE_NAMES = ("numbers", "hedges", "currencies")


def _alternation(words: list[str]) -> str:
    """A regex alternation that tries longer words first (so "bn" beats "b")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def alternation(words: Iterable[str], *, bounded: bool = False) -> str:
    """A regex alternation of ``words`` (longer first), never empty: "(?!)" matches nothing.
    A space in a phrase matches any white space; ``bounded``: each word stands whole
    ("\\bto\\b")."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    body = [re.escape(w).replace(r"\ ", r"\s+") for w in ordered]
    if bounded:
        body = [rf"\b{w}\b" for w in body]
    return "|".join(body) or "(?!)"


class PlaceOnly(NamedTuple):
    """A symbol read as money only where the document's places imply one of its ``codes``
    (rules/currencies.json ``place_only``), only with a scale written when ``scale``; where
    they imply none, its ``default`` code if it has one ("N27.5 trillion": NGN), else no
    amount ("Sh4 trillion" without a Kenyan, Ugandan or Tanzanian place)."""

    codes: tuple[str, ...]
    scale: bool
    default: str | None = None


def _lower(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(w.lower() for w in words)


@dataclass(frozen=True, eq=False)
class Tables:
    """Number words, scales, hedges and currencies, with regexes compiled from them."""

    scales: dict[str, Decimal]
    units: dict[str, Decimal]
    tens: dict[str, Decimal]
    fractions: dict[str, Decimal]
    fraction_signs: dict[str, Decimal]
    ratio_words: tuple[str, ...]
    vague: frozenset[str]
    vague_ranges: dict[str, Decimal]
    """Plural scales that make a range when joined by "of" ("tens of millions")."""
    negative: frozenset[str]
    number_connectors: frozenset[str]
    """Words that join a whole number to the rest of it ("one hundred and five")."""
    number_articles: frozenset[str]
    """Words that stand for one before a scale or a fraction ("half a million")."""
    scale_links: tuple[str, ...]
    """Words joining a fraction or a plural scale to a scale ("a quarter of a million")."""
    decimal_points: tuple[str, ...]
    """Words after which digits are decimals ("three point five")."""
    average_words: frozenset[str]
    stacked_scale_floor: Decimal | None
    """Two scales at least this size side by side are a slip ("$4.5bn trillion")."""
    """Words of a measure that make its figure an average ("the average salary")."""
    count_measures: frozenset[str]
    """Measures whose number is a count with no noun after it ("unemployment rose 206,900")."""
    count_change_heads: frozenset[str]
    """Changes that a count measure before them makes counts too ("jobs gains", "job cuts")."""
    statistic_heads: frozenset[str]
    """Measures that count only as a statistic ("a median age of 22", not "the age of 65")."""
    statistic_words: frozenset[str]
    count_measure_links: frozenset[str]
    count_measure_window_chars: int
    """How much text either side of a count without a noun is read ("people over 60")."""
    count_heads: frozenset[str]
    collectives: dict[str, Decimal]
    clock_units: dict[str, Decimal]
    """Time words of a length written in several units, by their size in seconds."""
    clock_unit_joiners: frozenset[str]
    """Nouns naming a group by its size ("a trio of" tries: 3)."""
    count_head_determiners: frozenset[str]
    """Nouns whose "of" phrase a later number counts ("the number of colleges ... 400")."""
    range_end_not_nouns: frozenset[str]
    """Words after "1,000 to 2,000" that are no noun the range counts ("during", "in")."""
    """Words between a noun and a number that describe the noun ("people are over 80")."""
    hedges: dict[str, tuple[str, ...]]
    trailing: dict[str, tuple[str, ...]]
    """Bounds written after the figure ("or more": lower, "or fewer": upper)."""
    suffixes: tuple[str, ...]
    hedge_articles: tuple[str, ...]
    """Words between a hedge and its figure, or opening a figure ("crossing the $2bn mark")."""
    bound_alternatives: frozenset[str]
    between: dict[str, re.Pattern[str]]
    """By kind ("money", "percent", "count"): the two ends of "between X and Y", "from X to
    Y" (rules/hedges.json ``range_openers``, ``range_connectors``)."""
    range_words: dict[str, tuple[str, ...]]
    """By kind: the words of a range with no opener ("$5 to $7", "three or four")."""
    bound_joins: tuple[str, ...]
    """Words joining two bounds of one count ("more than 10 and less than 40")."""
    range_end_joins: tuple[str, ...]
    dash_range_scales: tuple[str, ...]
    """Scale letters glued to the left end of a count range cut at a dash ("5k-20k")."""
    """Words joining a count to a number its span left out ("1,000 to 2,000 files")."""
    per_markers: tuple[str, ...]
    """Words between an amount and the unit it is a rate of ("per share", "a barrel")."""
    rate_links: tuple[str, ...]
    """Words joining a rate word's noun to its amount ("monthly fees of")."""
    conversion_separators: tuple[str, ...]
    """Words joining the amounts of a bracketed conversion ("(£16m or €20m)")."""
    percent_words: tuple[str, ...]
    percentage_points: tuple[str, ...]
    basis_points: tuple[str, ...]
    percent_named_first: tuple[str, ...]
    """How a percentage is written ("5%", "2 percentage points", "50bps", "Percent of 10")."""
    """Words before a bound that opens the next comparison ("5000 or less than 6000")."""
    symbols: dict[str, str]
    names: dict[str, str]
    subunits: dict[str, str]
    subunit_factors: dict[str, Decimal]
    """The share of its unit each subunit is: 0.01 unless rules/currencies.json says otherwise."""
    ambiguous: dict[str, tuple[str, ...]]
    place_only: dict[str, PlaceOnly]
    """Symbols too short to mean money by themselves ("N" for the naira, "Sh")."""
    per_units: dict[str, str]
    per_words: dict[str, str]
    rate_adjectives: dict[str, str]
    """Words before the noun an amount belongs to that make it a rate ("monthly fees of")."""
    """One word after an amount that makes it a rate ("apiece", "annually")."""
    scaled_codes: dict[str, tuple[str, Decimal]]
    """Codes with a scale letter glued on ("musd" -> USD, 1e6)."""
    generic_subunits: frozenset[str]
    """Subunits that are the hundredth of whichever unit precedes them ("cents")."""
    rate_not_before: frozenset[str]
    count_rate_links: tuple[str, ...]
    count_rate_not_words: frozenset[str]
    rate_articles: frozenset[str]
    """Words after "a year" that make it a time phrase, not a rate ("a year earlier")."""
    local_dollar_markers: frozenset[str]
    local_dollar_codes: tuple[str, ...]
    local_dollar_default: str | None
    """A document that writes "$US" uses a bare "$" for its own dollar (AUD by default)."""
    local_dollar_domains: dict[str, str]  # a country-code domain -> its own dollar
    pair_openers: frozenset[str]
    pair_connectors: frozenset[str]
    """The words of a from/to pair ("from $2.1bn to $2.4bn")."""
    change_words: frozenset[str]
    change_window: int
    """Words that make a from/to pair a change, and how far before "from" they may stand."""
    change_particles: frozenset[str]
    particle_verbs: frozenset[str]
    """"ticked up to 7.9%": a particle ("up") after one of these verbs opens no hedge."""
    change_by: frozenset[str]
    level_ratio: float
    """"rose (by) $2.80 to $51.15": a change and its new level when the second end is more
    than ``level_ratio`` times the first; closer, a range."""
    change_object_reach: int
    """"lifted interest rates 0.25% to 5.5%": how many words of the change word's object
    may stand between it and such a pair."""

    hedge_regex: re.Pattern[str]
    """Matches a leading hedge phrase (and an optional "the") in lower-cased text."""
    trailing_regex: re.Pattern[str]
    """Matches a trailing bound ("or more") in lower-cased text."""
    suffix_regex: re.Pattern[str]
    """Matches a trailing suffix word ("mark") in lower-cased text."""
    spaced_symbol_regex: re.Pattern[str]
    """Matches the letters of an X$ symbol written apart from the $ ("c $", "hk $")."""
    scale_link_regex: re.Pattern[str]
    """Matches a scale link between spaces (" of "), to split "tens of millions" at."""


def _decimals(table: dict[str, Any]) -> dict[str, Decimal]:
    return {word.lower(): Decimal(str(value)) for word, value in table.items()}


def load_tables(rules: RulesFolder | str | Path | None = None) -> Tables:
    """The tables of a rules folder (None: the packaged rules, built once)."""
    if rules is None:
        return _packaged()
    return make_tables(*RulesFolder.open(rules).tables(TABLE_NAMES).values())


@cache
def _packaged() -> Tables:
    return make_tables(*RulesFolder.open(None).tables(TABLE_NAMES).values())


def make_tables(numbers: Any, hedges: Any, currencies: Any) -> Tables:
    """The tables from the contents of numbers.json, hedges.json and currencies.json."""
    hedge_groups = {
        bound: tuple(p.lower() for p in hedges[bound]) for bound in ("lower", "upper", "approx")
    }
    suffixes = tuple(w.lower() for w in hedges["suffixes"])
    articles = tuple(w.lower() for w in hedges["articles"])
    phrases = [p for group in hedge_groups.values() for p in group]
    trailing = {
        bound: tuple(p.lower() for p in hedges.get(f"{bound}_after", []))
        for bound in ("lower", "upper")
    }
    after = [p for group in trailing.values() for p in group]
    symbols = {k.lower(): v for k, v in currencies["symbols"].items()}
    scaled_codes = {
        f"{prefix.lower()}{code.lower()}": (symbols[code.lower()], Decimal(str(factor)))
        for prefix, factor in currencies.get("code_scales", {}).items()
        for code in currencies.get("scalable_codes", [])
    }
    spaced = [w.lower() for w in currencies.get("spaced_symbols", [])]
    factors = currencies.get("subunit_factors", {})
    return Tables(
        scales=_decimals(numbers["scales"]),
        units=_decimals(numbers["units"]),
        tens=_decimals(numbers["tens"]),
        fractions=_decimals(numbers["fractions"]),
        fraction_signs=_decimals(numbers.get("fraction_signs", {})),
        ratio_words=tuple(w.lower() for w in numbers.get("ratio_words", [])),
        vague=frozenset(w.lower() for w in numbers["vague"]),
        vague_ranges=_decimals(numbers.get("vague_ranges", {})),
        negative=frozenset(w.lower() for w in numbers.get("negative", [])),
        number_connectors=frozenset(w.lower() for w in numbers["number_connectors"]),
        number_articles=frozenset(w.lower() for w in numbers["number_articles"]),
        scale_links=tuple(w.lower() for w in numbers["scale_links"]),
        decimal_points=tuple(w.lower() for w in numbers["decimal_points"]),
        average_words=frozenset(w.lower() for w in numbers["average_words"]),
        stacked_scale_floor=(
            Decimal(str(numbers["stacked_scale_floor"]))
            if numbers.get("stacked_scale_floor") is not None else None
        ),
        count_measures=frozenset(w.lower() for w in numbers.get("count_measures", [])),
        count_change_heads=frozenset(
            w.lower() for w in numbers.get("count_change_heads", [])
        ),
        statistic_heads=frozenset(w.lower() for w in numbers.get("statistic_heads", [])),
        statistic_words=frozenset(w.lower() for w in numbers.get("statistic_words", [])),
        count_measure_links=frozenset(
            w.lower() for w in numbers.get("count_measure_links", [])
        ),
        count_measure_window_chars=int(numbers["count_measure_window_chars"]),
        range_end_not_nouns=frozenset(
            w.lower() for w in numbers.get("range_end_not_nouns", [])
        ),
        count_heads=frozenset(w.lower() for w in numbers.get("count_heads", [])),
        collectives=_decimals(numbers.get("collectives", {})),
        clock_units=_decimals(numbers.get("clock_units", {})),
        clock_unit_joiners=frozenset(w.lower() for w in numbers.get("clock_unit_joiners", [])),
        count_head_determiners=frozenset(
            w.lower() for w in numbers.get("count_head_determiners", [])
        ),
        hedges=hedge_groups,
        trailing=trailing,
        suffixes=suffixes,
        hedge_articles=articles,
        bound_alternatives=frozenset(w.lower() for w in hedges["bound_alternatives"]),
        between={
            kind: re.compile(
                rf"^(?:{alternation(_lower(hedges['range_openers']))})\s+(.+?)"
                rf"\s+(?:{alternation(_lower(connectors))})\s+(.+)$"
            )
            for kind, connectors in hedges["range_connectors"].items()
        },
        range_words={k: _lower(v) for k, v in hedges["range_words"].items()},
        bound_joins=_lower(hedges["bound_joins"]),
        range_end_joins=_lower(hedges["range_end_joins"]),
        dash_range_scales=_lower(numbers["dash_range_scales"]),
        per_markers=_lower(currencies["per_markers"]),
        rate_links=_lower(currencies["rate_links"]),
        conversion_separators=_lower(currencies["conversion_separators"]),
        percent_words=_lower(numbers["percent_words"]),
        percentage_points=_lower(numbers["percentage_points"]),
        basis_points=_lower(numbers["basis_points"]),
        percent_named_first=_lower(numbers["percent_named_first"]),
        symbols=symbols,
        names={k.lower(): v for k, v in currencies["names"].items()},
        subunits={k.lower(): v for k, v in currencies["subunits"].items()},
        subunit_factors={
            k.lower(): Decimal(str(factors.get(k, "0.01"))) for k in currencies["subunits"]
        },
        ambiguous={k.lower(): tuple(v) for k, v in currencies["ambiguous"].items()},
        place_only={
            k.lower(): PlaceOnly(tuple(v["codes"]), bool(v.get("scale", False)), v.get("default"))
            for k, v in currencies.get("place_only", {}).items()
        },
        per_units={k.lower(): v for k, v in currencies["per_units"].items()},
        per_words={k.lower(): v for k, v in currencies.get("per_words", {}).items()},
        rate_adjectives={
            k.lower(): v for k, v in currencies.get("rate_adjectives", {}).items()
        },
        scaled_codes=scaled_codes,
        generic_subunits=frozenset(w.lower() for w in currencies.get("generic_subunits", [])),
        rate_not_before=frozenset(w.lower() for w in currencies.get("rate_not_before", [])),
        count_rate_links=_lower(currencies.get("count_rate_links", [])),
        count_rate_not_words=frozenset(
            w.lower() for w in currencies.get("count_rate_not_words", [])
        ),
        rate_articles=frozenset(w.lower() for w in currencies.get("rate_articles", [])),
        local_dollar_markers=frozenset(
            w.lower() for w in currencies.get("local_dollar", {}).get("markers", [])
        ),
        local_dollar_codes=tuple(currencies.get("local_dollar", {}).get("codes", [])),
        local_dollar_default=currencies.get("local_dollar", {}).get("default"),
        local_dollar_domains={
            domain.lower(): code
            for domain, code in currencies.get("local_dollar", {}).get("domains", {}).items()
        },
        pair_openers=frozenset(w.lower() for w in hedges.get("pair_openers", [])),
        pair_connectors=frozenset(w.lower() for w in hedges.get("pair_connectors", [])),
        change_words=frozenset(w.lower() for w in hedges.get("change_words", [])),
        change_particles=frozenset(w.lower() for w in hedges.get("change_particles", [])),
        particle_verbs=frozenset(w.lower() for w in hedges.get("particle_verbs", [])),
        change_window=int(hedges.get("change_window", 0)),
        change_by=frozenset(w.lower() for w in hedges.get("change_by", [])),
        level_ratio=float(hedges.get("level_ratio", 0)),
        change_object_reach=int(hedges.get("change_object_reach", 0)),
        # A sign may touch its number (">30"); a word needs the space after it.
        hedge_regex=re.compile(
            rf"^(?P<hedge>{_alternation(phrases)})(?:\s+(?:{_alternation(list(articles))}))?"
            r"(?:\s+|(?<=[<>=≤≥])(?=\S))"
        ),
        trailing_regex=re.compile(rf"\s+(?P<hedge>{_alternation(after) or '(?!)'})$"),
        suffix_regex=re.compile(rf"\s+(?:{_alternation(list(suffixes))})$"),
        spaced_symbol_regex=re.compile(rf"(?<![\w.$])({_alternation(spaced) or '(?!)'}) \$"),
        scale_link_regex=re.compile(
            rf" (?:{_alternation([w.lower() for w in numbers['scale_links']]) or '(?!)'}) "
        ),
    )
