"""Money amounts: "$4.6 billion", "£600m", "$50-70 per hour", "over $100 million".

``parse_money(text) -> Amount`` with ISO 4217 ``unit``. The text is one span as the pipeline
found it, hedges and all. Steps, in order: the letters of a symbol written apart from its $
are joined ("c $ 10" -> "c$ 10"); a leading hedge sets the bound; a trailing "+" makes a
lower bound; "per hour" / "a year" becomes ``per``; an amount in a unit and its hundredths
adds up ("3 dollars 50 cents", "one kuai and five mao"), and so does a bare number after it,
which counts hundredths ("15 dollars 50", "c$ 100 and fifty"); "between X and Y" and "X-Y"
become ranges, sharing a currency and a scale stated on one side only ("$5-10 million");
each side is a currency symbol, code or name before the number ("$5", "dollar 22.5
million"), or a currency name, code or sign after it ("5 dollars", "10 €", "75 usd
million"); a symbol and the name of its own currency may both be written ("$ 10 dollars").
A scale letter glued to a code scales the amount ("30 musd").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from decimal import Decimal
from functools import cache, lru_cache
from typing import NamedTuple

from claimx.normalize.amount import Amount, Bound
from claimx.normalize.hedges import strip_hedges
from claimx.normalize.numbers import (
    ParsedNumber,
    parse_number,
    share_scale,
    spell_out_decimals,
    vague_range,
)
from claimx.normalize.tables import Tables, alternation, load_tables

_PER_WORD = re.compile(r"\s+([a-z]+)$")
_PLUS = re.compile(r"\s*\+$")
_HUNDREDTH = Decimal("0.01")


class _Patterns(NamedTuple):
    """The rate and range words of rules/currencies.json and rules/hedges.json."""

    per: re.Pattern[str]
    """ "per share", "a barrel", "/hour", and with hyphens "2.85-a-share"."""
    range: re.Pattern[str]
    """A range dash or "to" between two amounts; the right side must start like an amount.
    "or" joins the two ends of a range when its left is a bare number ("6 or $7")."""


@lru_cache(maxsize=4)
def _patterns(tables: Tables) -> _Patterns:
    per = alternation(tables.per_markers, bounded=True)
    words = alternation(tables.range_words["money"], bounded=True)
    return _Patterns(
        per=re.compile(rf"[\s-]*(?:/|{per})[\s-]*([a-z]+)\.?$"),
        range=re.compile(rf"^(.*?[\da-z.])\s*(?:-|–|—|{words})\s*([^\s\d]{{0,4}}\s?\d.*)$"),
    )


def parse_money(
    text: str, *, prefer: Sequence[str] = (), tables: Tables | None = None
) -> Amount | None:
    """The amount a money span states, or None when it holds no amount with a currency.

    ``prefer`` lists ISO codes implied by the document (places it mentions), used to read
    ambiguous symbols: "Rs" is INR by default and PKR in an article about Pakistan.
    """
    tables = tables or load_tables()
    cleaned = " ".join(text.lower().replace("\u00a0", " ").split())
    cleaned = spell_out_decimals(cleaned, tables)  # "12-point-one trillion won"
    cleaned = tables.spaced_symbol_regex.sub(r"\1$", cleaned)
    # A suffix word ("the $1 billion mark") may also end a currency name ("40 deutsche mark").
    return _parse(cleaned, True, tables, prefer) or _parse(cleaned, False, tables, prefer)


def _parse(cleaned: str, suffix: bool, tables: Tables, prefer: Sequence[str]) -> Amount | None:
    bound, core = strip_hedges(cleaned, tables, suffix=suffix)
    if _PLUS.search(core):
        core = _PLUS.sub("", core)
        bound = bound or "lower"
    per, core = _rate(core, tables)
    vague = _vague(core, tables, prefer)
    if vague is not None:
        (low, high), code = vague
        if bound in ("lower", "upper"):
            end = low if bound == "lower" else high
            return _bounded(bound, end.value, low.precision, code, per)
        return Amount(low.value, high.value, "range", code, per, low.precision)
    single = _compound(core, tables, prefer) or _hundredths(core, tables, prefer)
    if single is not None:
        number, code = single
        return _bounded(bound, number.value, number.precision, code, per)
    sides = _split_range(core, tables)
    parsed = [_side(side, tables, prefer) for side in sides]
    if any(p is None for p in parsed):
        return None
    amounts = [p for p in parsed if p is not None]
    codes = {code for _, code, _ in amounts if code is not None}
    if len(codes) != 1:
        return None
    (code,) = codes
    numbers = _share_scale([(number, scaled) for number, _, scaled in amounts])
    if len(numbers) == 2:
        low, high = sorted((numbers[0], numbers[1]), key=lambda n: n.value)
        precision = min(low.precision, high.precision)
        if bound in ("lower", "upper"):
            # "over $5-10m" is odd; keep the range's outer edge as the bound.
            edge = low.value if bound == "lower" else high.value
            return _bounded(bound, edge, precision, code, per)
        return Amount(low.value, high.value, "range", code, per, precision)
    (number,) = numbers
    return _bounded(bound, number.value, number.precision, code, per)


def _vague(
    core: str, tables: Tables, prefer: Sequence[str]
) -> tuple[tuple[ParsedNumber, ParsedNumber], str] | None:
    """ "tens of millions of dollars": a range of orders of magnitude and its currency."""
    links = list(tables.scale_link_regex.finditer(core))
    if not links:
        return None
    head, name = core[: links[-1].start()], core[links[-1].end() :]
    if name not in tables.names:
        return None
    ends = vague_range(head, tables)
    return (ends, _code(name, tables, prefer)) if ends is not None else None


def rate_of(text: str, tables: Tables | None = None) -> str | None:
    """The unit an amount written as ``text`` is a rate per ("$50-70 per hour": hour, "£5 a
    share": share, "$2bn annually": year), or None for a sum."""
    return _rate(" ".join(text.lower().split()), tables or load_tables())[0]


def _rate(core: str, tables: Tables) -> tuple[str | None, str]:
    """The rate's denominator ("per share", "a week", "annually") and the text without it."""
    per_match = _patterns(tables).per.search(core)
    if per_match and per_match.group(1) in tables.per_units:
        return tables.per_units[per_match.group(1)], core[: per_match.start()].strip()
    word = _PER_WORD.search(core)
    if word and word.group(1) in tables.per_words:
        return tables.per_words[word.group(1)], core[: word.start()].strip()
    return None, core


def _bounded(
    bound: Bound | None, value: Decimal, precision: Decimal, code: str, per: str | None
) -> Amount:
    if bound == "lower":
        return Amount(value, None, "lower", code, per, precision)
    if bound == "upper":
        return Amount(None, value, "upper", code, per, precision)
    return Amount(value, value, bound or "exact", code, per, precision)


def _compound(
    core: str, tables: Tables, prefer: Sequence[str]
) -> tuple[ParsedNumber, str] | None:
    """An amount in a unit and its hundredths: "3 dollars (and) 50 cents", "10 $ 30 cent"."""
    subunit = _suffix(core, tables)
    if subunit not in tables.subunits:
        return None
    words = core.split()
    for cut in range(1, len(words) - 1):
        left = " ".join(words[:cut])
        joined = words[cut] in tables.number_connectors
        right = " ".join(words[cut + 1 :] if joined else words[cut:])
        major = _suffix(left, tables)
        if major is None or major in tables.subunits:
            continue
        whole, cents = _side(left, tables, prefer), _side(right, tables, prefer)
        if whole is None or cents is None or cents[0].value >= 1:
            continue
        if whole[1] != cents[1] and subunit not in tables.generic_subunits:
            continue
        value = whole[0].value + cents[0].value
        return ParsedNumber(value, min(whole[0].precision, cents[0].precision)), str(whole[1])
    return None


def _hundredths(
    core: str, tables: Tables, prefer: Sequence[str]
) -> tuple[ParsedNumber, str] | None:
    """An amount with a bare number of hundredths after its unit: "15 dollars (and) 50".

    The number must be whole and below the smallest unit already written (under 100 after
    "dollars", under 10 after "five mao"); an amount with a scale ("5 million dollars 50")
    takes none.
    """
    words = core.split()
    for cut in range(len(words) - 1, 0, -1):
        right = words[cut:]
        joins = tables.number_connectors
        left = words[: cut - 1] if words[cut - 1] in joins else words[:cut]
        if right[0] in joins or not left or any(w in tables.scales for w in right):
            continue
        cents = parse_number(" ".join(right), tables)
        if cents is None or cents.value % 1 or not 0 < cents.value < 100:
            continue
        left_text = " ".join(left)
        compound = _compound(left_text, tables, prefer)
        if compound is not None:
            whole, code = compound
            smallest = tables.subunit_factors[str(_suffix(left_text, tables))]
        else:
            side = _side(left_text, tables, prefer)
            if side is None or side[1] is None or side[0].value % 1 or _large(left, tables):
                continue
            if _suffix(left_text, tables) in tables.subunits:
                continue  # "50 cents 20" is no amount and its hundredths
            whole, code, smallest = side[0], side[1], Decimal(1)
        if cents.value * _HUNDREDTH >= smallest:
            continue
        value = whole.value + cents.value * _HUNDREDTH
        precision = min(whole.precision, cents.precision * _HUNDREDTH)
        return ParsedNumber(value, precision), code
    return None


def _large(words: list[str], tables: Tables) -> bool:
    """Whether a scale of a thousand or more is written, apart or glued ("million", "5m")."""
    scales = (re.sub(r"^[\d.,]+", "", word) for word in words)
    return any(tables.scales.get(scale, 0) >= 1000 for scale in scales)


def _split_range(core: str, tables: Tables) -> list[str]:
    between = tables.between["money"].match(core)
    if between:
        return [between.group(1), between.group(2)]
    dash = _patterns(tables).range.match(core)
    if dash and re.search(r"\d", dash.group(1)):
        return [dash.group(1), dash.group(2)]
    return [core]


def _share_scale(numbers: list[tuple[ParsedNumber, bool]]) -> list[ParsedNumber]:
    """In "$5-10 million" the scale written on the right applies to the left too."""
    if len(numbers) == 2:
        (left, left_scaled), (right, right_scaled) = numbers
        return [share_scale(left, left_scaled, right, right_scaled), right]
    return [number for number, _ in numbers]


def _side(
    text: str, tables: Tables, prefer: Sequence[str]
) -> tuple[ParsedNumber, str | None, bool] | None:
    """(number, ISO code or None, whether a scale word was written) of one amount."""
    text = text.strip()
    code: str | None = None
    factor = Decimal(1)
    symbol = _prefix(text, tables)
    name = _suffix(text, tables) if symbol is None else None
    form = symbol or name
    if form is None:
        text, form = _middle(text, tables)
    # "P133 billion" before its number; "50p" after it is pence
    placed = symbol is not None and symbol in tables.place_only
    if placed:
        code = _placed(str(symbol), tables, prefer)
        if code is None:
            return None
    elif form in tables.scaled_codes:
        code, factor = tables.scaled_codes[form]
    elif form in tables.subunits:
        code = _resolve(form, tables.subunits[form], tables, prefer)
        factor = tables.subunit_factors[form]
    elif form is not None:
        code = _code(form, tables, prefer)
    if symbol is not None:
        text = text[len(symbol) :]
        text = _drop_own_name(text, str(code), tables, prefer)
    elif name is not None:
        text = text[: len(text) - len(name)]
        if name in tables.generic_subunits:
            text, code = _qualified(text, str(code), tables)
    # "12-cent", "one-yen": the hyphen of a modifier is not a minus or a range.
    text = text.strip().rstrip("-").strip()
    if not text:
        return None
    number = parse_number(text, tables)
    if number is None:
        return None
    scaled = bool(re.search(r"[a-z]", text)) or form in tables.scaled_codes
    if placed and tables.place_only[str(symbol)].scale and not scaled:
        return None  # "N95" is a name; "N27.5 trillion" in a Nigerian article is money
    if factor != 1:
        number = ParsedNumber(number.value * factor, number.precision * factor)
    return number, code, scaled


def written_form(text: str, tables: Tables | None = None) -> str | None:
    """The currency form an amount is written with, lower-cased ("$", "us$", "$us",
    "dollars"), or None."""
    tables = tables or load_tables()
    cleaned = " ".join(text.lower().replace("\u00a0", " ").split())
    _, core = strip_hedges(cleaned, tables)
    return _prefix(core, tables) or _suffix(core, tables)


def local_dollar(forms: Sequence[str | None], prefer: Sequence[str] = (),
                 tables: Tables | None = None, domain: str | None = None) -> str | None:
    """The code a bare "$" stands for in a document whose amounts are written in ``forms``:
    None (USD) unless it writes US dollars with the country after the $ ("$US2bn"), then
    the first of the local dollars its places imply (``prefer``), else the default; or
    unless its address's country-code ``domain`` ("au") is a dollar country's, whose own
    dollar the document then writes as a bare $, when it writes no other mark of it ("A$",
    "AUD": an agency's style, whose bare $ is the US dollar)."""
    tables = tables or load_tables()
    home = tables.local_dollar_domains.get(domain.lower()) if domain else None
    if home is not None and not any(
        form is not None and form != "$"
        and (tables.symbols.get(form) or tables.names.get(form)) == home
        for form in forms
    ):
        return home
    if not tables.local_dollar_markers.intersection(f for f in forms if f is not None):
        return None
    for code in prefer:
        if code in tables.local_dollar_codes:
            return code
    return tables.local_dollar_default


def read_side(
    text: str, tables: Tables, prefer: Sequence[str] = ()
) -> tuple[ParsedNumber, str | None, bool] | None:
    """One amount's (number, ISO code or None, whether a scale was written), without its
    hedge or rate: the end of a from/to pair (``claimx.normalize.pairs``)."""
    cleaned = " ".join(text.lower().replace("\u00a0", " ").split())
    cleaned = spell_out_decimals(cleaned, tables)  # "12-point-one trillion won"
    cleaned = tables.spaced_symbol_regex.sub(r"\1$", cleaned)
    _, core = strip_hedges(cleaned, tables)
    return _side(_rate(core, tables)[1], tables, prefer)


def _qualified(text: str, code: str, tables: Tables) -> tuple[str, str]:
    """The text before "cents" without a qualifier that names the currency ("65 canadian").

    A qualifier counts when the names that start with it ("canadian dollar", "canadian
    dollars") all mean one currency; otherwise the cents keep their own code.
    """
    words = text.split()
    for size in (3, 2, 1):
        if len(words) <= size:
            continue
        qualifier = " ".join(words[-size:])
        codes = {c for n, c in tables.names.items() if n.startswith(f"{qualifier} ")}
        if len(codes) == 1:
            return " ".join(words[:-size]), codes.pop()
    return text, code


def _middle(text: str, tables: Tables) -> tuple[str, str | None]:
    """A code between the number and its scale ("75 usd million"): the text without it."""
    words = text.split()
    for index in range(1, len(words) - 1):
        rest = words[index + 1 :]
        if words[index] in tables.symbols and all(w in tables.scales for w in rest):
            return " ".join(words[:index] + rest), words[index]
    return text, None


def _code(form: str, tables: Tables, prefer: Sequence[str]) -> str:
    """The ISO code of a symbol, code or name (not a subunit)."""
    default = tables.names.get(form) or tables.symbols[form]
    return _resolve(form, default, tables, prefer)


def _drop_own_name(text: str, code: str, tables: Tables, prefer: Sequence[str]) -> str:
    """The text after a symbol without a trailing name of the same currency ("10 dollars").

    A name counts as the symbol's own when it resolves to the same code, or when it is the
    last word of a name that does ("c$ 10 dollars": "canadian dollars" is CAD).
    """
    name = _suffix(text, tables)
    if name is None or name not in tables.names:
        return text
    last = name.split()[-1]
    own = _code(name, tables, prefer) == code or any(
        other.split()[-1] == last and other_code == code
        for other, other_code in tables.names.items()
    )
    return text[: len(text) - len(name)] if own else text


def _longest(form: str) -> tuple[int, str]:
    return -len(form), form


@cache
def _edge_forms(tables: Tables) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Currency forms by first character (before a number) and by last (after it).

    Each list is longest first, so "us$" is tried before "$" and "euro cents" before "cents".
    """
    before: defaultdict[str, list[str]] = defaultdict(list)
    after: defaultdict[str, list[str]] = defaultdict(list)
    before_forms = {*tables.symbols, *tables.scaled_codes, *tables.names, *tables.place_only}
    for form in sorted(before_forms, key=_longest):
        before[form[0]].append(form)
    after_forms = {*tables.names, *tables.subunits, *tables.symbols, *tables.scaled_codes}
    for form in sorted(after_forms, key=_longest):
        after[form[-1]].append(form)
    return dict(before), dict(after)


def _prefix(text: str, tables: Tables) -> str | None:
    """The symbol, code or name the text starts with ("$", "usd", "dollar"), longest first."""
    for symbol in _edge_forms(tables)[0].get(text[:1], []):
        if text.startswith(symbol):
            rest = text[len(symbol) :]
            # A letter code must stand apart from the number's words ("usd 5", "rs.5").
            if symbol[-1].isalpha() and rest[:1].isalpha():
                continue
            return symbol
    return None


def _suffix(text: str, tables: Tables) -> str | None:
    """The name, subunit, code or sign the text ends with ("dollars", "cents", "€")."""
    for name in _edge_forms(tables)[1].get(text[-1:], []):
        if text.endswith(name):
            before = text[: len(text) - len(name)]
            if before and (before[-1].isalpha() or not before.strip()):
                continue
            return name
    return None


def _placed(form: str, tables: Tables, prefer: Sequence[str]) -> str | None:
    """The code of a place-only symbol ("N", "Sh"): the first the document's places imply,
    else its default (the naira for "N"), else None (no amount)."""
    symbol = tables.place_only[form]
    return next((code for code in prefer if code in symbol.codes), symbol.default)


def _resolve(form: str, default: str, tables: Tables, prefer: Sequence[str]) -> str:
    """The ISO code of a currency form, letting the document's places pick among readings."""
    for code in prefer:
        if code in tables.ambiguous.get(form, ()):
            return code
    return default
