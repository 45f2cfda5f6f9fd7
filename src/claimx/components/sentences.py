"""Sentence boundaries: after final punctuation, as spaCy's sentencizer puts them, and at
line breaks.

Articles scraped from the web put headings, bullets and bylines on lines of their own with no
final full stop; without the line rule a heading would run into the first sentence below it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from functools import partial
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray
from spacy.attrs import IS_PUNCT, IS_SPACE, NORM, ORTH, SPACY
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex, compile_suffix_regex
from spacy.vocab import Vocab

from claimx.components.rules_tables import RulesTables


@Language.factory(
    "claimx_sentences",
    default_config={"punct_chars": None, "rules_dir": None},
    assigns=["token.is_sent_start", "doc.spans"],
)
def make_sentences(
    nlp: Language, name: str, *, punct_chars: Sequence[str] | None, rules_dir: str | None
) -> ClaimxSentences:
    """Factory: sentence starts from final punctuation (``punct_chars``, by default
    spaCy's sentencizer's) and from line breaks; the abbreviations whose stop ends no
    sentence come from the rules folder's sentences.json, the scale words whose stop does
    from its numbers.json (None: the packaged rules; ``initialize(rules_dir=...)`` reads
    another)."""
    return ClaimxSentences(nlp, name, punct_chars=punct_chars, rules_dir=rules_dir)


# A dateline opens with a place in capitals ("TOKYO", "NEW YORK"); "US" and "UK" open
# sentences as often.
DATELINE_FIRST_LETTERS = 3
# The datelines found ("LONDON (dpa-AFX) -"): where a report was written, never what it is
# about; the frame component reads them here.
DATELINES_KEY = "claimx_datelines"
# The most tokens of an agency's name in brackets that opens a line ("(dpa-AFX) -").
AGENCY_TOKENS = 4
CLOSING_BRACKETS = ")]"


def ends_sentence(chars: frozenset[str], text: str) -> bool:
    """Whether the word ``text`` is one of the sentence-ending ``chars``."""
    return text in chars


def is_abbreviation(words: frozenset[str], text: str) -> bool:
    """Whether the word ``text`` is one of the abbreviations ``words``, capitalised ("No",
    "Rs"; "said no. 10 people" ends a sentence)."""
    return text[:1].isupper() and text.lower() in words


def starts_with_digit(text: str) -> bool:
    """Whether the word ``text`` starts with a digit ("272", "1,200bn")."""
    return text[:1].isdigit()


def dateline_end(
    doc: Doc, first: int, marks: frozenset[str], reach: int,
    months: frozenset[str] = frozenset(),
) -> int | None:
    """The token after the dateline that opens a line at ``first`` ("TOKYO, Dec 8 (Reuters)
    – Japan's economy", "LONDON: Britain's economy", "Washington, DC, November 15, 2007--
    The index"), or None: a word in capitals of three letters or more (or a capitalised
    one, when a number or a bracketed agency comes before the mark: the dateline's date,
    "Seoul (VNA) - The Republic of Korea"), then within ``reach``
    tokens one of ``marks`` with no lower-case word and no line break before it, and a
    capitalised word after it; or, with no mark, words in capitals, one of ``months`` and a
    day, and a capitalised word after it ("SAO PAULO Dec 3 Brazil's economy"); or a place in
    capitals in brackets before a capitalised word ("[TOKYO] Toyota Motor Corp. said"); or
    an agency's name in brackets and a mark ("(RTTNews) - South Korea's economy")."""
    word = doc[first]
    if word.is_bracket and word.is_left_punct:
        return _bracketed_place_end(doc, first) or _bracketed_agency_end(doc, first, marks)
    if not (word.is_alpha and word.text[:1].isupper() and len(word) >= DATELINE_FIRST_LETTERS):
        return None
    dated = word.is_upper
    inside = False  # within brackets: "LONDON (dpa-AFX) - BP PLC", an agency's own spelling
    counted = 0  # the tokens outside brackets: an agency's name and date inside run long
    for i in range(first + 1, min(first + 2 * reach, len(doc) - 1)):
        token = doc[i]
        counted += not (inside or token.is_bracket)
        if counted >= reach:
            return None
        if inside and token.text[:1] in CLOSING_BRACKETS and token.text[1:] in marks:
            # "JERUSALEM, (UrduPoint / Pakistan Point News - 21st Aug, 2019 ):Israel's": a
            # closing bracket and a mark the tokenizer keeps as one word
            return i + 1 if dated and doc[i + 1].text[:1].isupper() else None
        if token.is_bracket:
            inside = token.is_left_punct
            # "Seoul (VNA) - The Republic of Korea": a news agency in brackets dates it too
            dated = dated or (
                inside and i + 2 < len(doc)
                and doc[i + 1].text[:1].isupper() and doc[i + 2].is_bracket
            )
        if inside or token.is_bracket:
            if holds_line_break(token.text):
                return None
            if (
                token.is_right_punct and dated and i + 1 < len(doc)
                and doc[i + 1].is_alpha and doc[i + 1].text[:1].isupper()
                and any(doc[k].text in months for k in range(first + 1, i))
            ):
                return i + 1  # "Moscow, Feb 3 (AFP) Russia's economic growth": no mark
            continue
        if token.text in marks:
            i = _last_mark(doc, i, marks)  # "2007--": a mark typed twice
            if not dated:
                # "Cairo – 10 October 2023: Egypt's annual inflation": a date between two
                # marks after the place
                return _date_between_marks(doc, i + 1, marks, months, reach)
            return i + 1 if doc[i + 1].text[:1].isupper() else None
        if (
            token.like_num and doc[i - 1].text in months and i - 1 > first
            and all(doc[k].is_upper or doc[k].is_punct for k in range(first, i - 1))
            and doc[i + 1].is_alpha and doc[i + 1].text[:1].isupper()
        ):
            return i + 1  # "SAO PAULO Dec 3 Brazil's economy": no mark after the date
        dated = dated or token.like_num
        if holds_line_break(token.text) or (token.is_alpha and token.text[:1].islower()):
            return None
    return None


def _last_mark(doc: Doc, i: int, marks: frozenset[str]) -> int:
    """The last of the run of ``marks`` that starts at ``i`` (a mark typed twice: "2007--"),
    short of the document's last token."""
    while i + 1 < len(doc) - 1 and doc[i + 1].text in marks:
        i += 1
    return i


def _date_between_marks(
    doc: Doc, start: int, marks: frozenset[str], months: frozenset[str], reach: int
) -> int | None:
    """The token after a date written from ``start`` to one of ``marks``, when a
    capitalised word follows ("10 October 2023: Egypt's", "Dec. 8, 2023 - The"): only
    numbers, ``months``, commas and full stops before the mark, a month and a number among
    them; else None."""
    month = number = False
    for k in range(start, min(start + reach, len(doc) - 1)):
        token = doc[k]
        if token.text in marks:
            k = _last_mark(doc, k, marks)
            ok = month and number and doc[k + 1].text[:1].isupper()
            return k + 1 if ok else None
        if token.text.rstrip(".") in months:
            month = True
        elif token.like_num:
            number = True
        elif token.text not in (",", "."):
            return None
    return None


def _bracketed_place_end(doc: Doc, first: int) -> int | None:
    """The token after a place in capitals in brackets that opens a line, when a capitalised
    word follows ("[TOKYO] Toyota Motor Corp. said"), or None."""
    k = first + 1
    while k < len(doc) and doc[k].is_alpha and doc[k].is_upper:
        k += 1
    if (
        k == first + 1 or len(doc[first + 1]) < DATELINE_FIRST_LETTERS or k + 1 >= len(doc)
        or not (doc[k].is_bracket and doc[k].is_right_punct)
        or not doc[k + 1].text[:1].isupper()
    ):
        return None
    return k + 1


def _bracketed_agency_end(doc: Doc, first: int, marks: frozenset[str]) -> int | None:
    """The token after a news agency's name in brackets and a mark that open a line, when a
    capitalised word follows ("(RTTNews) - South Korea's gross domestic product"), or
    None."""
    close = next((k for k in range(first + 1, min(first + AGENCY_TOKENS + 2, len(doc)))
                  if doc[k].is_bracket and doc[k].is_right_punct), None)
    if close is None or close == first + 1 or not doc[first + 1].text[:1].isupper():
        return None
    if any(holds_line_break(doc[k].text) for k in range(first, close)):
        return None
    k = close + 1
    if k >= len(doc) or doc[k].text not in marks:
        return None
    while k + 1 < len(doc) and doc[k + 1].text in marks:
        k += 1
    return k + 1 if k + 1 < len(doc) and doc[k + 1].text[:1].isupper() else None


def holds_line_break(text: str) -> bool:
    """Whether the word ``text`` holds a line break."""
    return "\n" in text or "\r" in text


class SentenceBounds:
    """Marks sentence starts on a document, in one pass over arrays.

    1. Punctuation, exactly as spaCy's ``Sentencizer``: after a token of ``punct_chars``,
       the next token that is neither punctuation nor one of those starts a sentence.
    2. Line breaks: the first token that is not white space after a token holding a line
       break starts a sentence (space tokens between do not count: "line\\n\\n  Next"
       starts at "Next").

    Every other token is marked as not starting one. Whether a word ends a sentence or
    holds a line break is a property of the word: two lexeme flags of the vocabulary
    (``Vocab.add_flag``), set once when spaCy first sees the word, so a document's flags
    are read in one ``Doc.to_array`` call. Setting ``token.is_sent_start`` one token at a
    time checks the whole document on each call; this sets them all at once.
    """

    def __init__(
        self,
        vocab: Vocab,
        punct_chars: Sequence[str] | None = None,
        abbreviations: Sequence[str] = (),
    ) -> None:
        chars = Sentencizer.default_punct_chars if punct_chars is None else punct_chars
        self.punct_chars = frozenset(chars)
        self.vocab = vocab
        self.abbreviations = frozenset(word.lower() for word in abbreviations)
        self.dateline_marks: frozenset[str] = frozenset()
        self.dateline_reach = 0
        self.dateline_months: frozenset[str] = frozenset()
        self.attrs = [
            IS_PUNCT,
            vocab.add_flag(partial(ends_sentence, self.punct_chars)),
            vocab.add_flag(holds_line_break),
            IS_SPACE,
            vocab.add_flag(partial(is_abbreviation, self.abbreviations)),
            SPACY,
            vocab.add_flag(starts_with_digit),
        ]

    def set_abbreviations(self, abbreviations: Iterable[str]) -> None:
        """Take ``abbreviations`` as the words whose stop before a number ends no
        sentence (the flag is set anew on every word the vocabulary knows)."""
        words = frozenset(word.lower() for word in abbreviations)
        if words != self.abbreviations:
            self.abbreviations = words
            self.vocab.add_flag(partial(is_abbreviation, words), flag_id=self.attrs[4])

    def __call__(self, doc: Doc) -> Doc:
        length = len(doc)
        if not length:
            return doc
        starts, datelines = self.bounds(doc)
        values = np.where(starts, 1, -1).astype(np.uint64).reshape(length, 1)
        doc.from_array(["SENT_START"], values)  # type: ignore[arg-type]  # uint64, as read
        if datelines:
            doc.spans[DATELINES_KEY] = [Span(doc, first, after) for first, after in datelines]
        return doc

    def starts(self, doc: Doc) -> NDArray[np.bool_]:
        """Which tokens of ``doc`` (not empty) start a sentence."""
        return self.bounds(doc)[0]

    def bounds(self, doc: Doc) -> tuple[NDArray[np.bool_], list[tuple[int, int]]]:
        """Which tokens of ``doc`` (not empty) start a sentence, and the datelines, as token
        bounds: sentences of their own that name where a report was written, not what it
        is about ("LONDON (dpa-AFX) -")."""
        punct, ender, holds_break, is_space, abbreviation, spaced, digit = (
            doc.to_array(self.attrs).astype(bool).T
        )
        positions = np.arange(len(doc))
        starts = np.zeros(len(doc), dtype=bool)
        starts[0] = True
        # 1. A word (not punctuation) preceded, after the last word, by a sentence ender.
        word = ~(punct | ender)
        # 3. "Rs. 272", "No. 10": an abbreviation's stop before a number ends nothing.
        stop_after = np.zeros(len(doc), dtype=bool)
        stop_after[1:] = abbreviation[:-1] & ~spaced[:-1]
        before_number = np.zeros(len(doc), dtype=bool)
        before_number[:-1] = digit[1:]
        ender = ender & ~(stop_after & before_number)
        last_word = np.maximum.accumulate(np.where(word, positions, -1))
        before = np.concatenate(([-1], last_word[:-1]))  # last word before each token
        enders = np.concatenate(([0], np.cumsum(ender)))  # enders before each position
        starts |= word & (enders[positions] > enders[before + 1])
        # 2. Not white space, with a line break after the last token that is not.
        events = np.flatnonzero(holds_break | ~is_space)
        lines = events[1:][holds_break[events[:-1]] & ~is_space[events[1:]]]
        starts[lines] = True
        # 4. A dateline at the start of a line is no part of the sentence after it: "TOKYO"
        # is neither the holder nor the measure of "Japan's economy contracted 2.9%".
        datelines = []
        if self.dateline_marks:
            for first in (0, *lines.tolist()):
                after = dateline_end(
                    doc, first, self.dateline_marks, self.dateline_reach, self.dateline_months
                )
                if after is not None:
                    starts[after] = True
                    datelines.append((first, after))
        return starts, datelines


class ClaimxSentences(RulesTables, SentenceBounds):
    """``claimx_sentences``: :class:`SentenceBounds` over the tables of a rules folder.

    A one-letter scale word of numbers.json ("m", "b", "k") before a full stop ends a
    figure and a sentence ("$500m."): the English tokenizer keeps lower-case "m." whole (as
    in initials), so those special cases are taken out of the pipeline's tokenizer (and put
    back when another rules folder no longer lists the word). The tokenizer is saved with
    the pipeline, so a loaded pipeline splits them too.
    """

    TABLES = ("numbers", "sentences")

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        punct_chars: Sequence[str] | None = None,
        rules_dir: str | Path | None = None,
    ) -> None:
        SentenceBounds.__init__(self, nlp.vocab, punct_chars)
        self.name = name
        self.nlp = nlp
        self.split_cases: dict[str, Any] = {}  # special cases taken out, to put back
        self.split_dashes: list[str] = []  # dashes added to the tokenizer's infixes
        self.split_brackets: list[str] = []  # brackets added to them, before a figure
        self.split_points: list[str] = []  # decimal point words a hyphen is split after
        self.apostrophes: list[str] = []  # marks whose possessive is split off a name
        self.initialize(rules_dir=rules_dir)

    def use_tables(self, tables: Mapping[str, Any]) -> None:
        """Take the abbreviations of sentences.json and split the scale words of
        numbers.json off their full stops."""
        self.set_abbreviations(tables["sentences"]["number_abbreviations"])
        self.dateline_marks = frozenset(tables["sentences"].get("dateline_marks", []))
        self.dateline_reach = int(tables["sentences"].get("dateline_reach", 0))
        self.dateline_months = frozenset(tables["sentences"].get("dateline_months", []))
        tokenizer: Any = self.nlp.tokenizer  # a spacy.tokenizer.Tokenizer: rules settable
        special = {**(tokenizer.rules or {}), **self.split_cases}
        cases = {f"{word}." for word in tables["numbers"]["scales"]}
        self.split_cases = {case: special.pop(case) for case in sorted(cases & set(special))}
        if special != tokenizer.rules:
            tokenizer.rules = special
        dashes = sorted(tables["sentences"].get("split_dashes", []))
        brackets = sorted(tables["sentences"].get("split_brackets", []))
        points = sorted(tables["numbers"].get("decimal_points", []))
        if (dashes, brackets, points) != (
            self.split_dashes, self.split_brackets, self.split_points
        ):
            # "FY2024—$13.8 billion—is": a dash against a figure is a token of its own;
            # "A$2.5 billion($2.3 billion)": so is a bracket before a conversion's figure
            infixes = [
                # before the defaults, which would split "2010--Gross" at its first hyphen
                *(re.escape(dash) for dash in dashes),
                *(self.nlp.Defaults.infixes or ()),
                *(re.escape(bracket) + BEFORE_FIGURE for bracket in brackets),
                # "six-point-54 trillion won": the hyphen after a decimal point word, before
                # the digits, which the defaults split only between letters
                *(rf"(?<={re.escape(form)})-(?=\d)"
                  for point in points for form in (point, point.capitalize())),
            ]
            tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
            self.split_dashes, self.split_brackets = dashes, brackets
            self.split_points = points
        apostrophes = sorted(tables["sentences"].get("apostrophes", []))
        if apostrophes != self.apostrophes:
            # "Romaniaʼs gross domestic product": the possessive off the name, read as "'s"
            possessives = [f"{mark}{s}" for mark in apostrophes for s in POSSESSIVE_ENDS]
            tokenizer.suffix_search = compile_suffix_regex(
                [*(re.escape(p) for p in possessives), *(self.nlp.Defaults.suffixes or ())]
            ).search
            stale = {f"{mark}{end}" for mark in self.apostrophes for end in POSSESSIVE_ENDS}
            if stale & set(tokenizer.rules or {}):
                tokenizer.rules = {k: v for k, v in tokenizer.rules.items() if k not in stale}
            for possessive in possessives:
                tokenizer.add_special_case(
                    possessive, [{ORTH: possessive, NORM: POSSESSIVE_NORM}])
            self.apostrophes = apostrophes


# A possessive's endings after an apostrophe, and how a model reads it.
POSSESSIVE_ENDS = ("s", "S")
POSSESSIVE_NORM = "'s"
# What a bracket of ``split_brackets`` must stand before to be split off a word: a digit or
# a symbol (a currency's: "$", "£", "€").
BEFORE_FIGURE = r"(?=\d|[^\w\s()\[\]{}])"
# The most tokens one sentence may hold for framing (claimx_sentence_cap). Text without
# sentence punctuation (a flattened table, a scraped list, a transcript) would otherwise be
# one sentence, and attaching each figure to the nearest metric and entity in it costs time
# that grows with the square of its length. Well above any sentence of news prose: the
# longest of the 47,766 sentences of the BBC corpus holds 242 tokens.
MAX_SENTENCE_TOKENS = 300
# The span groups no cut may fall inside (claimx_figures writes them): the chosen figures and
# entities, and the metric mentions.
WHOLE_SPANS = ("claimx_chosen", "claimx_metrics")


@Language.factory(
    "claimx_sentence_cap",
    default_config={"max_tokens": MAX_SENTENCE_TOKENS, "spans_keys": list(WHOLE_SPANS)},
    requires=["token.is_sent_start", "doc.spans"],
    assigns=["token.is_sent_start"],
)
def make_sentence_cap(
    nlp: Language, name: str, *, max_tokens: int, spans_keys: list[str]
) -> SentenceCap:
    """Factory: sentences over ``max_tokens`` are cut, never inside a span of ``spans_keys``."""
    if max_tokens < 2:
        raise ValueError(f"claimx_sentence_cap: max_tokens must be at least 2, got {max_tokens}")
    return SentenceCap(max_tokens, tuple(spans_keys))


class SentenceCap:
    """Cuts every sentence longer than ``max_tokens`` into pieces of at most that many.

    A cut falls in the second half of the allowed length: after punctuation (a comma, a
    semicolon, a dash: the edge of a clause) when there is some, else between any two
    tokens; never inside a span of the ``spans_keys`` groups, so no figure, entity or metric
    is split. Only a stretch of ``max_tokens // 2`` tokens all inside spans is cut at the
    limit itself. One pass over the document: time and memory are linear in its length.
    """

    def __init__(self, max_tokens: int, spans_keys: tuple[str, ...]) -> None:
        self.max_tokens = max_tokens
        self.spans_keys = spans_keys

    def __call__(self, doc: Doc) -> Doc:
        length = len(doc)
        if length <= self.max_tokens:
            return doc
        flags = doc.to_array("SENT_START").astype(np.int64)
        bounds = [0, *(i for i in np.flatnonzero(flags == 1).tolist() if i > 0), length]
        inside = np.zeros(length + 1, dtype=bool)  # a cut before token i splits a span
        for key in self.spans_keys:
            for span in doc.spans.get(key, ()):
                inside[span.start + 1 : span.end] = True
        punct = doc.to_array([IS_PUNCT]).astype(bool).reshape(length)
        cuts = []
        for start, end in pairwise(bounds):
            piece = start
            while end - piece > self.max_tokens:
                piece = self.cut(piece, end, inside, punct)
                cuts.append(piece)
        if cuts:
            flags[cuts] = 1
            doc.from_array(["SENT_START"], flags.astype(np.uint64).reshape(length, 1))  # type: ignore[arg-type]
        return doc

    def cut(self, start: int, end: int, inside: NDArray[np.bool_],
            punct: NDArray[np.bool_]) -> int:
        """Where to cut the sentence part ``start:end`` (longer than the cap)."""
        last = min(start + self.max_tokens, end - 1)
        candidates = np.arange(last, start + self.max_tokens // 2, -1)
        free = candidates[~inside[candidates]]
        after_punct = free[punct[free - 1]]
        if after_punct.size:
            return int(after_punct[0])
        return int(free[0]) if free.size else last


class SentenceIndex:
    """Sentence bounds of a document, looked up in log time.

    ``Span.sent`` walks the document (and checks its whole annotation) on every call, so a
    component asking it for each of a long document's figures takes time that grows with
    the square of the document. ``bounds`` gives the same answer from one pass.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        flags = doc.to_array("SENT_START") if len(doc) else np.zeros(0, dtype=np.uint64)
        self.starts = [0, *(i for i in np.flatnonzero(flags == 1).tolist() if i > 0)]
        self.length = len(doc)
        self._written: list[int] | None = None

    def bounds(self, token: int) -> tuple[int, int]:
        """Token bounds of the sentence holding token ``token``."""
        after = bisect_right(self.starts, token)
        end = self.starts[after] if after < len(self.starts) else self.length
        return self.starts[after - 1], end

    def number(self, token: int) -> int:
        """The place of the sentence holding token ``token`` in the document (0 first)."""
        return bisect_right(self.starts, token) - 1

    def written_number(self, token: int) -> int:
        """The place of the sentence holding token ``token`` among the sentences that hold
        more than white space (a blank line made a sentence of its own is not counted):
        "the previous sentence" as a reader sees it."""
        if self._written is None:
            space = self.doc.to_array(IS_SPACE) if self.length else np.zeros(0, dtype=np.uint64)
            self._written, seen = [], 0
            for start, end in zip(self.starts, [*self.starts[1:], self.length], strict=True):
                self._written.append(seen)
                seen += not space[start:end].all()
        return self._written[self.number(token)]

    def sent(self, span: Span) -> Span:
        """``span.sent``: the sentence holding the span's first token."""
        return self.doc[slice(*self.bounds(span.start))]


class SpansBySentence:
    """Spans of a document grouped by where they start, to find those inside a sentence."""

    def __init__(self, spans: Iterable[Span]) -> None:
        self.spans = sorted(spans, key=lambda span: (span.start, span.end))
        self.starts = [span.start for span in self.spans]

    def inside(self, sent: Span) -> list[Span]:
        """The spans lying inside ``sent``, in order."""
        low = bisect_left(self.starts, sent.start)
        high = bisect_left(self.starts, sent.end)
        return [span for span in self.spans[low:high] if span.end <= sent.end]
