"""From/to pairs: "rose from $20 to $25 billion", "cut from 1.40% to 1.65%".

A change written as a from/to pair is two figures, the first the baseline and the second the
new level; the pipeline keeps them apart (rules/hedges.json ``change_words``). The first end
often leaves out what the second states: the scale ("from $20 to $25 billion" is $20
billion), the currency ("from 20 to $25") or the percent sign ("from 20 to 25 percent").
:func:`pair_start` reads the first end with those, :func:`is_pair` tells whether two figures
of a text make such a pair.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimx.normalize.amount import Amount
from claimx.normalize.money import parse_money, read_side
from claimx.normalize.numbers import parse_number, share_scale
from claimx.normalize.percent import parse_percent
from claimx.normalize.tables import Tables, load_tables


def is_pair(text: str, first: tuple[int, int], second: tuple[int, int],
            tables: Tables | None = None) -> bool:
    """Whether the figures at character spans ``first`` and ``second`` of ``text`` are the
    two ends of a from/to pair: "from" before the first, "to" alone between them."""
    tables = tables or load_tables()
    between = text[first[1] : second[0]].strip().lower()
    return (
        between in tables.pair_connectors
        and last_word(text, first[0]).lower() in tables.pair_openers
    )


def last_word(text: str, end: int) -> str:
    """The last word of ``text`` before ``end`` (white space between them skipped), read
    back from ``end``: "" when there is none."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def pair_start(
    kind: str,
    first: str,
    second: str,
    *,
    prefer: Sequence[str] = (),
    tables: Tables | None = None,
) -> Amount | None:
    """The first end of a from/to pair (``kind`` money or percent), with the scale, currency
    or percent sign that only the second end states; None when it reads as neither."""
    tables = tables or load_tables()
    if kind == "percent":
        own = parse_percent(first, tables)
        if own is not None:
            return own
        end = parse_percent(second, tables)
        number = parse_number(first, tables)
        if end is None or number is None:
            return None
        return Amount(number.value, number.value, "exact", end.unit, None, number.precision)
    if kind != "money":
        return None
    own = parse_money(first, prefer=prefer, tables=tables)
    end = parse_money(second, prefer=prefer, tables=tables)
    left = read_side(first, tables, prefer)
    right = read_side(second, tables, prefer)
    if end is None or left is None or right is None:
        return own
    if own is not None and (left[2] or not right[2]) and own.per == end.per:
        return own  # the first end states all it needs ("from $2.1bn to $2.4bn")
    number = share_scale(left[0], left[2], right[0], right[2])
    code = left[1] or end.unit
    return Amount(number.value, number.value, "exact", code, end.per, number.precision)
