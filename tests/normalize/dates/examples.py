"""The example row every date test table uses, and the check of one row against parse_date.

The reference date is Saturday 15 March 2025 unless a row says otherwise; ``ref=None`` reads
the phrase without one.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from claimx.normalize.dates import parse_date

REF = date(2025, 3, 15)


class Example(NamedTuple):
    text: str
    start: str | None
    end: str | None
    grain: str
    relative: bool = False
    offset: str | None = None
    ref: date | None = REF


def example_id(example: Example) -> str:
    """The row's text, with its reference date when that is not the usual one."""
    return example.text if example.ref in (REF, None) else f"{example.text}@{example.ref}"


def check(example: Example) -> None:
    """``parse_date`` reads the row's text as the row's interval, grain and offset."""
    value = parse_date(example.text, example.ref)
    assert value is not None
    got = (
        value.start.isoformat() if value.start else None,
        value.end.isoformat() if value.end else None,
        value.grain,
        value.relative,
        value.offset,
    )
    assert got == (example.start, example.end, example.grain, example.relative, example.offset)
