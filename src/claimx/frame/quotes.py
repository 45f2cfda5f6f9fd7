"""Who is speaking: direct quotations in a document's text and their speakers.

News puts many figures inside quotations ('"It takes about 30 seconds," said Mr Hopkins.',
'She said: "... the 70% of smokers who want to give up."'). A figure inside a quotation is
stated by its speaker, whom the sentence around the figure seldom names. This module finds
the quotations from their quote marks and the speaker from the words just after or before
them, and gives a quotation without words of its own the speaker of the quotation it
continues (BBC style opens each paragraph of a long quotation again).

Pure: text in, character offsets out; the words come from rules/frame.json ``quotes``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_OPEN_AFTER = "([:"  # a straight mark after one of these opens a quotation
_CLOSE_BEFORE = ".,;:!?)"  # one before these closes it


@dataclass(frozen=True, slots=True)
class QuoteWords:
    """rules/frame.json ``quotes``: the marks, the words that introduce a speaker, and how
    far the speaker may be from the quotation."""

    straight: frozenset[str]
    opening: frozenset[str]
    closing: frozenset[str]
    speech_forms: frozenset[str]
    person_pronouns: frozenset[str]
    after_chars: int
    before_chars: int
    continuation_chars: int
    min_continued_chars: int
    marks: re.Pattern[str]  # any quote mark

    @classmethod
    def from_table(cls, table: Mapping[str, Any], person_pronouns: Iterable[str]) -> QuoteWords:
        return cls(
            straight=frozenset(table["straight_marks"]),
            opening=frozenset(table["opening_marks"]),
            closing=frozenset(table["closing_marks"]),
            speech_forms=frozenset(table["speech_forms"]),
            person_pronouns=frozenset(person_pronouns),
            after_chars=table["after_chars"],
            before_chars=table["before_chars"],
            continuation_chars=table["continuation_chars"],
            min_continued_chars=table["min_continued_chars"],
            marks=re.compile("|".join(
                re.escape(mark) for mark in sorted(
                    {*table["straight_marks"], *table["opening_marks"], *table["closing_marks"]}
                )
            )),
        )


@dataclass(frozen=True, slots=True)
class Named:
    """A named mention: its character span, label and name in the document."""

    start: int
    end: int
    label: str
    name: str


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation's character span (its marks included) and its speaker, or None."""

    start: int
    end: int
    speaker: str | None


def quotations(text: str, words: QuoteWords) -> list[tuple[int, int, bool]]:
    """The quotations of ``text`` as (start, end, closed): from an opening mark to its
    closing mark, or, left open, to the next opening mark or the end of the paragraph
    (a long quotation opens each of its paragraphs again)."""
    found: list[tuple[int, int, bool]] = []
    opened: int | None = None
    for mark in words.marks.finditer(text):
        i, char = mark.start(), mark.group()
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        straight = char in words.straight
        opens = char in words.opening or (
            straight and not after.isspace() and (before.isspace() or before in _OPEN_AFTER)
        )
        closes = char in words.closing or (
            straight and not before.isspace() and (after.isspace() or after in _CLOSE_BEFORE)
        )
        if opens and not closes:
            if opened is not None:
                found.append((opened, _open_end(text, opened, i), False))
            opened = i
        elif closes and opened is not None:
            found.append((opened, i + 1, True))
            opened = None
    if opened is not None:
        found.append((opened, _open_end(text, opened, len(text)), False))
    return found


def _open_end(text: str, start: int, limit: int) -> int:
    """Where a quotation left open ends: at ``limit`` or its paragraph's end."""
    newline = text.find("\n", start, limit)
    return limit if newline < 0 else newline


def speakers(
    text: str, names: Sequence[Named], words: QuoteWords
) -> list[Quote]:
    """Every quotation of ``text`` with its speaker: a name (``names``, in text order) or a
    person pronoun (the person named last before it) beside a verb of speech just after the
    quotation ('," said Mr Hopkins.') or just before it ('She said: "'); a quotation with
    neither takes the speaker of the quotation it continues or that continues it."""
    starts = [name.start for name in names]
    found = [
        Quote(start, end, _after(text, (start, end), names, starts, words) if closed else None)
        for start, end, closed in quotations(text, words)
    ]
    found = [
        quote if quote.speaker is not None
        else Quote(quote.start, quote.end, _before(text, quote.start, names, starts, words))
        for quote in found
    ]
    return _continued(_continued(found, words), words, backwards=True)


def _after(text: str, quote: tuple[int, int], names: Sequence[Named], starts: list[int],
           words: QuoteWords) -> str | None:
    end = quote[1]
    stretch_end = end + words.after_chars
    stop = _SENTENCE_END.search(text, end, min(len(text), stretch_end))
    return _speaker(text, end, stop.start() if stop else stretch_end, quote[0], names, starts,
                    words)


def _before(text: str, start: int, names: Sequence[Named], starts: list[int],
            words: QuoteWords) -> str | None:
    lead = text[max(0, start - words.before_chars) : start].rstrip()
    if not lead or lead[-1] not in ":,":
        return None  # 'She said: "' or 'He added, "'; not a quotation inside a sentence
    boundary = max(
        (m.end() for m in _SENTENCE_END.finditer(text, max(0, start - words.before_chars), start)),
        default=max(0, start - words.before_chars),
    )
    return _speaker(text, boundary, start, start, names, starts, words)


def _speaker(text: str, start: int, end: int, quoted: int, names: Sequence[Named],
             starts: list[int], words: QuoteWords) -> str | None:
    """The speaker named between ``start`` and ``end`` beside a verb of speech; a pronoun
    is the person named last before the quotation (which starts at ``quoted``)."""
    tokens = [(m.start(), m.group().lower()) for m in _WORD.finditer(text, start, end)]
    if not any(word in words.speech_forms for _, word in tokens):
        return None
    first = bisect_right(starts, start - 1)
    for name in names[first:]:
        if name.start >= end:
            break
        if name.end <= end and not _modifies(text, name.end, words):
            return name.name
    if any(word in words.person_pronouns for _, word in tokens):
        return _last_person(names, starts, quoted)
    return None


def _modifies(text: str, end: int, words: QuoteWords) -> bool:
    """Does the name ending at ``end`` qualify a noun after it ("Apacs spokeswoman Jemma
    Smith", "the Waterford man"), rather than name the speaker?"""
    after = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return (
        after is not None
        and after.group()[0].islower()
        and after.group().lower() not in words.speech_forms
    )


def _last_person(names: Sequence[Named], starts: list[int], before: int) -> str | None:
    for name in reversed(names[: bisect_right(starts, before)]):
        if name.label == "PERSON":
            return name.name
    return None


def _continued(quotes: list[Quote], words: QuoteWords, backwards: bool = False) -> list[Quote]:
    """Quotations without a speaker take the speaker of the one just before them (or, going
    ``backwards``, just after them) when no more than ``continuation_chars`` apart; short
    ones (titles, scare quotes) take none."""
    order = list(reversed(quotes)) if backwards else list(quotes)
    result: list[Quote] = []
    for quote in order:
        last = result[-1] if result else None
        gap = (last.start - quote.end) if backwards and last else (
            quote.start - last.end if last else 0)
        if (
            quote.speaker is None
            and last is not None
            and last.speaker is not None
            and 0 <= gap <= words.continuation_chars
            and quote.end - quote.start >= words.min_continued_chars
        ):
            quote = Quote(quote.start, quote.end, last.speaker)
        result.append(quote)
    return list(reversed(result)) if backwards else result


def speaker_at(quotes: Sequence[Quote], starts: Sequence[int], offset: int) -> str | None:
    """The speaker of the quotation holding character ``offset`` (``starts``: the
    quotations' starts), or None."""
    at = bisect_right(starts, offset) - 1
    if at >= 0 and quotes[at].start <= offset < quotes[at].end:
        return quotes[at].speaker
    return None
