"""Word tables the normalizers read from a rules folder (the packaged one by default).

Tables are loaded once per folder and shared; normalizers take an optional ``tables``
argument so that ``--rules DIR`` reaches them too.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any


def _read(rules_dir: Path | None, name: str) -> Any:
    path = (rules_dir or Path(str(files("claimx") / "rules"))) / f"{name}.json"
    if rules_dir is not None and not path.is_file():
        path = Path(str(files("claimx") / "rules")) / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _alternation(words: list[str]) -> str:
    """A regex alternation that tries longer words first (so "bn" beats "b")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


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
    count_measures: frozenset[str]
    """Measures whose number is a count with no noun after it ("unemployment rose 206,900")."""
    statistic_heads: frozenset[str]
    """Measures that count only as a statistic ("a median age of 22", not "the age of 65")."""
    statistic_words: frozenset[str]
    count_measure_links: frozenset[str]
    range_end_not_nouns: frozenset[str]
    """Words after "1,000 to 2,000" that are no noun the range counts ("during", "in")."""
    """Words between a noun and a number that describe the noun ("people are over 80")."""
    hedges: dict[str, tuple[str, ...]]
    trailing: dict[str, tuple[str, ...]]
    """Bounds written after the figure ("or more": lower, "or fewer": upper)."""
    suffixes: tuple[str, ...]
    symbols: dict[str, str]
    names: dict[str, str]
    subunits: dict[str, str]
    subunit_factors: dict[str, Decimal]
    """The share of its unit each subunit is: 0.01 unless rules/currencies.json says otherwise."""
    ambiguous: dict[str, tuple[str, ...]]
    place_only: dict[str, tuple[tuple[str, ...], bool]]
    """Symbols read only where the document's places imply one of their codes ("N" for the
    naira), and whether they need a scale ("N27.5 trillion")."""
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
    rate_articles: frozenset[str]
    """Words after "a year" that make it a time phrase, not a rate ("a year earlier")."""
    local_dollar_markers: frozenset[str]
    local_dollar_codes: tuple[str, ...]
    local_dollar_default: str | None
    """A document that writes "$US" uses a bare "$" for its own dollar (AUD by default)."""
    pair_openers: frozenset[str]
    pair_connectors: frozenset[str]
    """The words of a from/to pair ("from $2.1bn to $2.4bn")."""
    change_words: frozenset[str]
    change_window: int
    """Words that make a from/to pair a change, and how far before "from" they may stand."""

    hedge_regex: re.Pattern[str]
    """Matches a leading hedge phrase (and an optional "the") in lower-cased text."""
    trailing_regex: re.Pattern[str]
    """Matches a trailing bound ("or more") in lower-cased text."""
    suffix_regex: re.Pattern[str]
    """Matches a trailing suffix word ("mark") in lower-cased text."""
    spaced_symbol_regex: re.Pattern[str]
    """Matches the letters of an X$ symbol written apart from the $ ("c $", "hk $")."""


def _decimals(table: dict[str, Any]) -> dict[str, Decimal]:
    return {word.lower(): Decimal(str(value)) for word, value in table.items()}


@cache
def load_tables(rules_dir: Path | None = None) -> Tables:
    """The tables of ``rules_dir`` (None: the packaged rules)."""
    return make_tables(
        _read(rules_dir, "numbers"), _read(rules_dir, "hedges"), _read(rules_dir, "currencies")
    )


def make_tables(numbers: Any, hedges: Any, currencies: Any) -> Tables:
    """The tables from the contents of numbers.json, hedges.json and currencies.json."""
    hedge_groups = {
        bound: tuple(p.lower() for p in hedges[bound]) for bound in ("lower", "upper", "approx")
    }
    suffixes = tuple(w.lower() for w in hedges["suffixes"])
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
        count_measures=frozenset(w.lower() for w in numbers.get("count_measures", [])),
        statistic_heads=frozenset(w.lower() for w in numbers.get("statistic_heads", [])),
        statistic_words=frozenset(w.lower() for w in numbers.get("statistic_words", [])),
        count_measure_links=frozenset(
            w.lower() for w in numbers.get("count_measure_links", [])
        ),
        range_end_not_nouns=frozenset(
            w.lower() for w in numbers.get("range_end_not_nouns", [])
        ),
        hedges=hedge_groups,
        trailing=trailing,
        suffixes=suffixes,
        symbols=symbols,
        names={k.lower(): v for k, v in currencies["names"].items()},
        subunits={k.lower(): v for k, v in currencies["subunits"].items()},
        subunit_factors={
            k.lower(): Decimal(str(factors.get(k, "0.01"))) for k in currencies["subunits"]
        },
        ambiguous={k.lower(): tuple(v) for k, v in currencies["ambiguous"].items()},
        place_only={
            k.lower(): (tuple(v["codes"]), bool(v.get("scale", False)))
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
        rate_articles=frozenset(w.lower() for w in currencies.get("rate_articles", [])),
        local_dollar_markers=frozenset(
            w.lower() for w in currencies.get("local_dollar", {}).get("markers", [])
        ),
        local_dollar_codes=tuple(currencies.get("local_dollar", {}).get("codes", [])),
        local_dollar_default=currencies.get("local_dollar", {}).get("default"),
        pair_openers=frozenset(w.lower() for w in hedges.get("pair_openers", [])),
        pair_connectors=frozenset(w.lower() for w in hedges.get("pair_connectors", [])),
        change_words=frozenset(w.lower() for w in hedges.get("change_words", [])),
        change_window=int(hedges.get("change_window", 0)),
        # A sign may touch its number (">30"); a word needs the space after it.
        hedge_regex=re.compile(
            rf"^(?P<hedge>{_alternation(phrases)})(?:\s+the)?(?:\s+|(?<=[<>=≤≥])(?=\S))"
        ),
        trailing_regex=re.compile(rf"\s+(?P<hedge>{_alternation(after) or '(?!)'})$"),
        suffix_regex=re.compile(rf"\s+(?:{_alternation(list(suffixes))})$"),
        spaced_symbol_regex=re.compile(rf"(?<![\w.$])({_alternation(spaced) or '(?!)'}) \$"),
    )
