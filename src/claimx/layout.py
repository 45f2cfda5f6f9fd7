"""The visible layout of a plain-text article: lines, paragraphs, headings, boilerplate.

Pure text functions (no spaCy): the components use them to keep claims out of bylines and
comment forms, to number paragraphs, and to treat headings with suspicion.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from claimx.rules_check import RulesError

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_BLANK = re.compile(r"\s*")
# "• Access to World-Class Talent: Hire remote teams": a bullet's run-in label is a heading.
_RUN_IN_LABEL = re.compile(r"\s*(?:[•·▪◦*\-–]\s*)?[^:.!?]{1,80}?:(?=\s)")
# A heading is short and does not end like a sentence.
_SENTENCE_END = (".", "!", "?", ":", ";", '"', "”", "’", ")", ",")
HEADING_MAX_WORDS = 14


@dataclass(frozen=True)
class Line:
    """One line of the text: its character span (without the line break) and text."""

    start: int
    end: int
    text: str

    @cached_property
    def is_heading(self) -> bool:
        """A short line that does not end like a sentence: a title or section heading.

        Worked out once per line, and only the first words are split off: asked for every
        name on a line, a whole split of a one-line megabyte document each time was
        quadratic in its length.
        """
        stripped = self.text.strip()
        if not stripped or stripped.endswith(_SENTENCE_END):
            return False
        return len(stripped.split(maxsplit=HEADING_MAX_WORDS)) <= HEADING_MAX_WORDS


def split_lines(text: str) -> list[Line]:
    """The lines of ``text`` with exact offsets; CRLF, CR and LF all end a line."""
    lines: list[Line] = []
    for match in _LINE.finditer(text):
        raw = match.group()
        if not raw and match.start() == len(text) and lines:
            break
        body = raw.rstrip("\r\n")
        lines.append(Line(match.start(), match.start() + len(body), body))
        if match.end() == len(text):
            break
    return lines


class Layout:
    """Lines and paragraphs of a text, with fast offset look-ups."""

    def __init__(self, text: str, boilerplate: Sequence[BoilerplateRule] = ()) -> None:
        self.lines = split_lines(text)
        self._line_starts = [line.start for line in self.lines]
        self._paragraph_of_line: list[int] = []
        paragraph, previous_blank = 0, True
        for line in self.lines:
            blank = _BLANK.fullmatch(line.text) is not None
            if not blank and previous_blank and self._paragraph_of_line:
                paragraph += 1
            self._paragraph_of_line.append(paragraph)
            previous_blank = blank
        ranges: list[tuple[int, int]] = []
        for line in self.lines:
            for rule in boilerplate:
                for match in rule.regex.finditer(line.text):
                    if rule.scope == "line":
                        ranges.append((line.start, line.end))
                        break
                    ranges.append((line.start + match.start(), line.start + match.end()))
        self._boilerplate = sorted(set(ranges))

    def line_index(self, offset: int) -> int:
        """Index of the line holding character ``offset``."""
        return max(bisect_right(self._line_starts, offset) - 1, 0)

    def line_at(self, offset: int) -> Line:
        """The line holding character ``offset``."""
        return self.lines[self.line_index(offset)]

    def paragraph(self, offset: int) -> int:
        """0-based index of the paragraph (blank-line separated block) holding ``offset``."""
        return self._paragraph_of_line[self.line_index(offset)] if self.lines else 0

    def is_boilerplate(self, start: int, end: int) -> bool:
        """True when the text ``start:end`` overlaps what a boilerplate rule covers."""
        return any(b_start < end and start < b_end for b_start, b_end in self._boilerplate)

    def is_heading(self, offset: int) -> bool:
        """True when ``offset`` lies on a heading line or in a bullet's run-in label."""
        if not self.lines:
            return False
        line = self.line_at(offset)
        if line.is_heading:
            return True
        label = _RUN_IN_LABEL.match(line.text)
        return (
            label is not None
            and len(label.group().split()) <= HEADING_MAX_WORDS // 2
            and offset < line.start + label.end()
        )


@dataclass(frozen=True)
class BoilerplateRule:
    """A regex searched in each line; ``scope`` "line" drops the line, "match" the match."""

    id: str
    regex: re.Pattern[str]
    scope: str = "line"


def compile_boilerplate(rules: Iterable[dict[str, str]]) -> list[BoilerplateRule]:
    """Compile the checked ``lines`` of boilerplate.json (``{"id", "regex", "scope"?}``);
    a regex that does not compile is a :class:`RulesError` naming the line and rule id."""
    compiled = []
    for n, rule in enumerate(rules):
        try:
            regex = re.compile(rule["regex"])
        except re.error as exc:
            raise RulesError.at(
                "boilerplate.json", f"lines[{n}].regex", f"rule {rule['id']}: bad regex ({exc})"
            ) from exc
        compiled.append(BoilerplateRule(rule["id"], regex, rule.get("scope", "line")))
    return compiled
