"""Sentence boundaries at line breaks, on top of the punctuation sentencizer.

Articles scraped from the web put headings, bullets and bylines on lines of their own with no
final full stop; without this a heading would run into the first sentence below it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

import numpy as np
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Span


@Language.component("claimx_line_sentences")
def line_sentences(doc: Doc) -> Doc:
    """Start a sentence at the first token after any token that holds a line break.

    Space tokens between them do not count ("line\\n\\n  Next" starts at "Next"). Done on
    arrays: setting ``token.is_sent_start`` checks the whole document on each call.
    """
    if not len(doc):
        return doc
    unique, inverse = np.unique(doc.to_array("ORTH"), return_inverse=True)
    strings = doc.vocab.strings
    holds_break = np.array(
        [_holds_break(orth, strings) for orth in unique.tolist()], dtype=bool
    )[inverse.reshape(-1)]
    is_space = doc.to_array("IS_SPACE").astype(bool)
    # The tokens that set or clear "a line break came last": breaks, and any word.
    events = np.flatnonzero(holds_break | ~is_space)
    after_break = events[1:][holds_break[events[:-1]] & ~is_space[events[1:]]]
    starts = doc.to_array(["SENT_START"]).reshape(len(doc), 1)
    new = after_break[starts[after_break, 0] != 1]
    if len(new):
        starts[new, 0] = 1
        doc.from_array(["SENT_START"], starts)  # type: ignore[arg-type]  # uint64, as read
    return doc


_BREAKS: dict[int, bool] = {}
MAX_KEPT = 1_000_000


def _holds_break(orth: int, strings: StringStore) -> bool:
    """Whether the word with this hash holds a line break (kept: hashes are stable)."""
    found = _BREAKS.get(orth)
    if found is None:
        if len(_BREAKS) >= MAX_KEPT:
            _BREAKS.clear()
        text = strings[orth]
        found = _BREAKS[orth] = "\n" in text or "\r" in text
    return found


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

    def bounds(self, token: int) -> tuple[int, int]:
        """Token bounds of the sentence holding token ``token``."""
        after = bisect_right(self.starts, token)
        end = self.starts[after] if after < len(self.starts) else self.length
        return self.starts[after - 1], end

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
