"""Bracketed conversions: "less than $30m (£16m)", "$4.2m (£2.3m) per aircraft".

A conversion in brackets restates the figure before it in other currencies, so it says what
that figure says: the same bound ("less than $30m (£16m)": two upper bounds), the same
approximation, and the same rate ("up to 300 yuan a month ($36; £19)"). A rate written after
the closing bracket belongs to every amount of the group ("$4.2m (£2.3m) per aircraft").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from claimx.normalize.amount import Amount
from claimx.normalize.tables import Tables, alternation, load_tables

_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"\s*\)")


class _Patterns(NamedTuple):
    """The words of rules/currencies.json ``conversion_separators``, ``per_markers`` and
    ``rate_links``, as written (lower case)."""

    separator: re.Pattern[str]
    rate_after: re.Pattern[str]
    rate_before: re.Pattern[str]
    """ "monthly fees of up to", "a weekly wage of": a rate word, its noun, then a link."""
    count_rate: re.Pattern[str]
    """After a count's noun: " a month", " of extra activity a week", " daily"."""


@lru_cache(maxsize=4)
def _patterns(tables: Tables) -> _Patterns:
    separators = alternation(tables.conversion_separators)
    links = alternation(tables.rate_links)
    return _Patterns(
        separator=re.compile(rf"\s*[;,/]\s*|\s+(?:{separators})\s+"),
        rate_after=re.compile(
            rf"\s*\)[\s-]*(?:{alternation(tables.per_markers)})[\s-]+([A-Za-z]+)\b"
            rf"(?![\s-]+(?:{alternation(tables.rate_not_before)})\b)"
        ),
        rate_before=re.compile(rf"\b([A-Za-z]+)\s+[A-Za-z]+\s+(?:{links})\s+$"),
        count_rate=re.compile(
            rf"(?:\s+(?:{alternation(tables.count_rate_links)})(?:\s+[A-Za-z'’-]+){{1,3}}?)?"
            rf"[\s-]+(?:(?:{alternation(tables.per_markers)})[\s-]+([A-Za-z]+)"
            rf"|({alternation(set(tables.per_words) - tables.count_rate_not_words)}))\b"
            rf"(?![\s-]+(?:{alternation(tables.rate_not_before)})\b)",
            re.IGNORECASE,
        ),
    )


def conversion_groups(
    text: str, spans: Sequence[tuple[int, int]], tables: Tables | None = None
) -> list[list[int]]:
    """Indexes into ``spans`` (sorted money spans of ``text``) of each figure followed by
    its bracketed conversions, the figure first: "$4.2m (£2.3m; €3m)" -> [[0, 1, 2]]."""
    separator = _patterns(tables or load_tables()).separator
    groups: list[list[int]] = []
    index = 0
    while index < len(spans):
        group = [index]
        joiner = _OPEN
        while group[-1] + 1 < len(spans):
            gap = text[spans[group[-1]][1] : spans[group[-1] + 1][0]]
            if not joiner.fullmatch(gap):
                break
            group.append(group[-1] + 1)
            joiner = separator
        if len(group) > 1 and _CLOSE.match(text, spans[group[-1]][1]):
            groups.append(group)
            index = group[-1] + 1
        else:
            index += 1
    return groups


def rate_after(text: str, end: int, tables: Tables | None = None) -> str | None:
    """The rate written right after the closing bracket at ``end`` ("…) per aircraft"); a
    time phrase is no rate ("£2.8bn (€3.2bn) a year earlier", ``rate_not_before``)."""
    tables = tables or load_tables()
    match = _patterns(tables).rate_after.match(text, end)
    if match is None:
        return None
    return tables.per_units.get(match.group(1).lower())


def rate_before(text: str, start: int, tables: Tables | None = None) -> str | None:
    """The rate a word before the amount's noun gives it ("monthly fees of up to 300 yuan":
    month), from rules/currencies.json ``rate_adjectives``; the amount starts at ``start``."""
    tables = tables or load_tables()
    match = _patterns(tables).rate_before.search(text, max(0, start - 60), start)
    if match is None:
        return None
    return tables.rate_adjectives.get(match.group(1).lower())


def count_rate(text: str, end: int, noun: str | None, tables: Tables | None = None) -> str | None:
    """The rate a count is stated at, written after its noun ``noun`` (the count ends at
    ``end``): "sells 5,000 cars a month" (month), "about six hours a day", "two hours of sport
    a week", "12,000 visitors daily"; a time phrase is no rate ("600 jobs a year earlier").
    rules/currencies.json ``per_markers``, ``per_units`` and ``per_words`` (less
    ``count_rate_not_words``: "20 goals apiece" is no rate), through an of-phrase of up to
    three words after one of ``count_rate_links``."""
    tables = tables or load_tables()
    if not noun:
        return None
    start = len(text) - len(text[end:].lstrip())
    if text[start : start + len(noun)].lower() != noun.lower():
        return None
    match = _patterns(tables).count_rate.match(text, start + len(noun))
    if match is None:
        return None
    if match.group(1) is not None:
        return tables.per_units.get(match.group(1).lower())
    return tables.per_words.get(match.group(2).lower())


def inherit(main: Amount, converted: Amount, per: str | None = None) -> Amount:
    """``converted`` with the bound and rate of the figure it converts (and ``per``, a rate
    written after the bracket, when neither states one)."""
    rate = converted.per or main.per or per
    if converted.bound != "exact" or main.bound in ("exact", "range"):
        return replace(converted, per=rate)
    value = converted.low
    if main.bound == "lower":
        return replace(converted, high=None, bound="lower", per=rate)
    if main.bound == "upper":
        return replace(converted, low=None, high=value, bound="upper", per=rate)
    return replace(converted, bound=main.bound, per=rate)
