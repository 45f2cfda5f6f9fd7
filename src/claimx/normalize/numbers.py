"""Numbers as written in articles: digits, thousands separators, scale words, number words.

``parse_number("4.6 billion") -> ParsedNumber(4600000000, precision 100000000)``. The
precision is the place value of the last stated digit, which is what a reader may assume
the writer rounded to: "4.6 billion" stands for anything that rounds to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from itertools import pairwise

from claimx.normalize.tables import Tables, alternation, load_tables

# Digits with optional thousands separators and decimals; a glued scale is split off later.
# Separators group by three ("1,234,567") or, in South Asian usage, by two above the
# thousands ("12,34,567" = 1,234,567; "1,50,000" = 150,000).
_GROUPED = r"(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d\d)+,\d{3}|\d+)"
_DIGITS = re.compile(rf"{_GROUPED}(?:\.\d+)?|\.\d+")
# Any vulgar fraction sign is a token; rules/numbers.json fraction_signs says which are read.
# "15,64 trillion": a comma with one or two digits after it, then a word (the scale)
_DECIMAL_COMMA = re.compile(r"(\d{1,3}),(\d{1,2})\s*([a-z]+\.?)")
_TOKEN = re.compile(rf"{_GROUPED}(?:\.\d+)?|\.\d+|[a-z]+\.?|-|[\u00bc-\u00be\u2150-\u215e]")
_SCIENTIFIC = re.compile(r"\d+(?:\.\d+)?e[+-]?\d+")
_SLASHED = re.compile(r"(?:(\d+)\s+)?(\d+)/(\d+)")
_MINUS = ("-", "−", "–")  # a leading hyphen, minus sign or en dash makes a figure negative


@dataclass(frozen=True)
class ParsedNumber:
    """A number's value and the place value of its last stated digit."""

    value: Decimal
    precision: Decimal


def digit_precision(digits: str) -> Decimal:
    """Place value of the last significant digit of a digit string ("600,000" -> 1e5)."""
    plain = digits.replace(",", "")
    if "." in plain:
        return Decimal(1).scaleb(-len(plain.split(".", 1)[1]))
    stripped = plain.rstrip("0")
    if not stripped:
        return Decimal(1)
    return Decimal(1).scaleb(len(plain) - len(stripped))


def value_precision(value: Decimal) -> Decimal:
    """Place value of the last non-zero digit of a value ("25000" -> 1000)."""
    if value == 0:
        return Decimal(1)
    exponent = value.normalize().as_tuple().exponent
    assert isinstance(exponent, int)  # finite values only: NaN and infinity never get here
    return Decimal(1).scaleb(exponent)


@lru_cache(maxsize=4)
def _spelled_decimals(tables: Tables) -> re.Pattern[str]:
    """A whole number, a decimal point word and the digits after it, one word each or
    written as digits, joined by spaces or hyphens ("31-point-eight", "twelve point one
    five", "six-point-54")."""
    words = (set(tables.units) | set(tables.tens)) - tables.number_articles  # not "a"
    digits = [word for word in words if tables.units.get(word, Decimal(10)) < 10]
    word = alternation(words, bounded=True)
    digit = rf"(?:\d+|{alternation(digits, bounded=True)})"
    point = alternation(tables.decimal_points, bounded=True)
    return re.compile(
        rf"(?<![\w.,])(?:(\d+|(?:{word})(?:[\s-]+(?:{word}))*)[\s-]+)?(?:{point})[\s-]+"
        rf"({digit}(?:[\s-]+{digit})*)(?![\w.])"
    )


def spell_out_decimals(text: str, tables: Tables | None = None) -> str:
    """``text`` (lower case) with numbers whose decimals are spelled out written in digits:
    "rose 31-point-eight percent" -> "rose 31.8 percent", "one point three per cent" ->
    "1.3 per cent", "point five per cent" -> "0.5 per cent" (rules/numbers.json
    ``decimal_points``: the words that start decimals)."""
    tables = tables or load_tables()
    if not any(point in text for point in tables.decimal_points):
        return text

    def digits(match: re.Match[str]) -> str:
        left = match.group(1)
        zero = ParsedNumber(Decimal(0), Decimal(1))  # "point five"
        whole = _plain(left.replace("-", " "), tables) if left else zero
        places = [
            word if word.isdigit() else str(int(tables.units[word]))
            for word in re.split(r"[\s-]+", match.group(2))
        ]
        if whole is None or whole.value % 1:
            return match.group(0)
        return f"{int(whole.value)}.{''.join(places)}"

    return _spelled_decimals(tables).sub(digits, text)


def parse_number(text: str, tables: Tables | None = None) -> ParsedNumber | None:
    """The number in ``text`` (digits and/or words, with scales), or None if it is not one."""
    tables = tables or load_tables()
    cleaned = spell_out_decimals(text.strip().lower().replace("\u00a0", " "), tables)
    if cleaned.startswith("+") and cleaned[1:2].isdigit():
        cleaned = cleaned[1:]  # "+27%" in a market round-up: the sign of a rise
    negative = cleaned.startswith(_MINUS)
    if negative:
        cleaned = cleaned[1:].lstrip()
    elif cleaned.split(" ", 1)[0] in tables.negative:
        negative, cleaned = True, cleaned.split(" ", 1)[1] if " " in cleaned else ""
    cleaned = _decimal_comma(cleaned, tables)
    parsed = _special(cleaned, tables) or _plain(cleaned, tables)
    if parsed is None:
        return None
    if negative:
        return ParsedNumber(-parsed.value, parsed.precision)
    return parsed


def _decimal_comma(cleaned: str, tables: Tables) -> str:
    """``cleaned`` with a decimal comma written as a point when one or two digits follow it
    and a scale comes after ("15,64 trillion", as European writers put it): no thousands
    separator takes fewer than three digits."""
    match = _DECIMAL_COMMA.match(cleaned)
    if match is None or match.group(3).rstrip(".") not in tables.scales:
        return cleaned
    return f"{match.group(1)}.{match.group(2)}{cleaned[match.end(2):]}"


def _plain(cleaned: str, tables: Tables) -> ParsedNumber | None:
    """Digits with scales, or number words; a fraction after "and" adds to the whole."""
    tokens = _TOKEN.findall(cleaned)
    if not tokens or "".join(tokens) != re.sub(r"\s+", "", cleaned):
        return None
    parsed = _digits_and_scales(tokens, tables) if _DIGITS.fullmatch(tokens[0]) else None
    return parsed or _fraction_after_and(tokens, tables) or _words(tokens, tables)


def _special(cleaned: str, tables: Tables) -> ParsedNumber | None:
    """Scientific notation, slashed fractions, ratios ("one in five") and "point" decimals."""
    if _SCIENTIFIC.fullmatch(cleaned):
        value = Decimal(cleaned)
        return ParsedNumber(value, value_precision(value))
    slashed = _SLASHED.fullmatch(cleaned)
    if slashed:
        whole, top, bottom = slashed.groups()
        # A proper fraction ("3/4", "2 1/4"); "2014/15" and "24/7" are no fractions.
        if not 0 < int(bottom) <= 100 or int(top) >= int(bottom):
            return None
        value = Decimal(whole or 0) + Decimal(top) / Decimal(bottom)
        return ParsedNumber(value, value_precision(value))
    for word in tables.ratio_words:
        left, sep, right = cleaned.partition(f" {word} ")
        if sep:
            top, bottom = _plain(left, tables), _plain(right, tables)
            if top is None or bottom is None or bottom.value == 0:
                return None
            value = top.value / bottom.value
            return ParsedNumber(value, value_precision(value))
    for point in tables.decimal_points:
        left, sep, right = cleaned.partition(f" {point} ")
        if sep:
            return _decimals(left, right, tables)
    return None


def _decimals(left: str, right: str, tables: Tables) -> ParsedNumber | None:
    """ "three point five": the digits after the decimal point, one word each."""
    whole = _plain(left, tables)
    digits = [_plain(word, tables) for word in right.split()]
    if whole is None or not digits or any(d is None or d.value % 1 for d in digits):
        return None
    decimals = "".join(str(int(d.value)) for d in digits if d is not None)
    value = whole.value + Decimal(f"0.{decimals}")
    return ParsedNumber(value, Decimal(1).scaleb(-len(decimals)))


def _fraction_after_and(tokens: list[str], tables: Tables) -> ParsedNumber | None:
    """ "twenty and three fifths", "one and a half"; "a million and a half" is 1,500,000
    (the "and": rules/numbers.json ``number_connectors``)."""
    joins = [i for i, token in enumerate(tokens) if token in tables.number_connectors]
    if not tokens or tokens[-1].rstrip(".") not in tables.fractions or not joins:
        return None
    cut = joins[-1]
    whole = _plain(" ".join(tokens[:cut]), tables)
    part = _words(tokens[cut + 1 :], tables)
    if whole is None or part is None or part.value >= 1:
        return None
    last = tokens[cut - 1].rstrip(".") if cut else ""
    scale = tables.scales.get(last, Decimal(1))
    value = whole.value + part.value * (scale if scale >= 1000 else 1)
    return ParsedNumber(value, value_precision(value))


def _digits_and_scales(tokens: list[str], tables: Tables) -> ParsedNumber | None:
    try:
        value = Decimal(tokens[0].replace(",", ""))
    except InvalidOperation:
        return None
    precision = digit_precision(tokens[0])
    last = Decimal(1)
    for word in tokens[1:]:
        scale = tables.scales.get(word.rstrip("."))
        if scale is None:
            return None
        if _stacked(last, scale, tables):
            value, precision = value / last, precision / last  # the last scale stands
        value, precision, last = value * scale, precision * scale, scale
    return ParsedNumber(value, precision)


def _stacked(before: Decimal, scale: Decimal, tables: Tables) -> bool:
    """Are ``before`` and ``scale``, written side by side, a slip ("$4.5bn trillion"), both
    at least rules/numbers.json ``stacked_scale_floor``, rather than a scale of a scale
    ("five lakh crore", "a hundred million")?"""
    floor = tables.stacked_scale_floor
    return floor is not None and before >= floor and scale >= floor


def stacked_scales(text: str, tables: Tables | None = None) -> bool:
    """Does ``text`` write two large scales side by side ("$4.5bn trillion", "a million
    billion")? Its number is read in the last (:func:`parse_number`); the claim records the
    doubt."""
    tables = tables or load_tables()
    scales = [tables.scales.get(token.rstrip(".")) for token in _TOKEN.findall(text.lower())]
    return any(
        before is not None and scale is not None and _stacked(before, scale, tables)
        for before, scale in pairwise(scales)
    )


def _words(tokens: list[str], tables: Tables) -> ParsedNumber | None:
    """Number words ("twenty-five thousand", "a hundred", "half a million", "5 lakh")."""
    total, current, seen, added = Decimal(0), Decimal(0), False, False
    for index, word in enumerate(tokens):
        word = word.rstrip(".")
        following = tokens[index + 1].rstrip(".") if index + 1 < len(tokens) else ""
        previous = tokens[index - 1].rstrip(".") if index else ""
        if word == "-":
            # "twenty-five" joins tens and units, "one-million" a number and its scale,
            # "one-eighth" a fraction; "one-two" or "five-ten" is no single number.
            joins_units = previous in tables.tens and following in tables.units
            if not joins_units and following not in tables.scales | tables.fractions:
                return None
            continue
        if (
            word in tables.scale_links
            and previous in tables.fractions
            and following in tables.number_articles
        ):
            continue  # "a quarter of a million": the fraction of the scale after it
        if word in tables.number_connectors:
            # "one hundred and five", "three and a half"; not "two and three".
            if previous not in tables.scales and following not in tables.number_articles:
                return None
            continue
        if _DIGITS.fullmatch(word):
            if (
                current != 0
                and previous not in tables.number_connectors
                and previous not in tables.scales
            ):
                return None  # "10 737": two numbers side by side
            current += Decimal(word.replace(",", ""))
        elif word in tables.number_articles:
            if index == 0 and (
                following in tables.units or following in tables.tens
                or _DIGITS.fullmatch(following)
            ):
                continue  # "a one trillion won bail-out": the article is the noun's
            if following not in tables.scales and following not in tables.fractions:
                return None
            # "three and a half": a fraction after a whole number adds to it.
            added = current != 0 and following in tables.fractions
            if current == 0:
                current = Decimal(1)
        elif word in tables.units:
            current += tables.units[word]
        elif word in tables.tens:
            current += tables.tens[word]
        elif word in tables.fraction_signs:
            current += tables.fraction_signs[word]  # "2½"
        elif word in tables.fractions:
            if added:
                current, added = current + tables.fractions[word], False
            else:
                current = (current or Decimal(1)) * tables.fractions[word]
        elif word in tables.scales:
            scale = tables.scales[word]
            if not seen and current == 0:
                return None
            if scale == 100:
                current = (current or Decimal(1)) * scale
            elif current == 0 and previous in tables.scales and total:
                before = tables.scales[previous]
                if _stacked(before, scale, tables):
                    total /= before  # "a million billion": a slip, the last scale stands
                total *= scale  # "three lakh crore": a scale of a scale
            else:
                total += (current or Decimal(1)) * scale
                current = Decimal(0)
        else:
            return None
        seen = True
    if not seen:
        return None
    value = total + current
    return ParsedNumber(value, value_precision(value))


def vague_range(
    text: str, tables: Tables | None = None
) -> tuple[ParsedNumber, ParsedNumber] | None:
    """ "tens of millions" -> (10,000,000, 100,000,000): two or more plural scales joined by
    "of" (rules/numbers.json ``vague_ranges``); the ceiling is ten times the floor. None for
    one word alone ("thousands" states no figure) or anything else."""
    tables = tables or load_tables()
    words = tables.scale_link_regex.split(text.strip().lower())
    if len(words) < 2 or any(word not in tables.vague_ranges for word in words):
        return None
    floor = Decimal(1)
    for word in words:
        floor *= tables.vague_ranges[word]
    return ParsedNumber(floor, floor), ParsedNumber(floor * 10, floor)


def share_scale(
    left: ParsedNumber, left_scaled: bool, right: ParsedNumber, right_scaled: bool
) -> ParsedNumber:
    """The left end of a range, scaled like the right one when only the right states a scale.

    In "$5-10 million" and "20-30 million people" the "million" applies to both ends.
    """
    if not right_scaled or left_scaled:
        return left
    factor = Decimal(1)
    for candidate in (Decimal(10) ** 3, Decimal(10) ** 6, Decimal(10) ** 9, Decimal(10) ** 12):
        if right.value >= candidate and right.precision * 10 >= candidate / 100:
            factor = candidate
    if left.value * factor > right.value * 10:
        # "between 600,000 and one million": the left end is already in units
        return left
    return ParsedNumber(left.value * factor, left.precision * factor)
