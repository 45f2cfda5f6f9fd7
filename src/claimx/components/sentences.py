"""Sentence boundaries at line breaks, on top of the punctuation sentencizer.

Articles scraped from the web put headings, bullets and bylines on lines of their own with no
final full stop; without this a heading would run into the first sentence below it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span


@Language.component("claimx_line_sentences")
def line_sentences(doc: Doc) -> Doc:
    """Start a sentence at the first token after any token that holds a line break."""
    if not len(doc):
        return doc
    # Written as one array: setting ``token.is_sent_start`` checks the whole document's
    # annotation each time.
    starts = doc.to_array(["SENT_START"]).reshape(len(doc), 1)
    changed = False
    previous_break = False
    for i, token in enumerate(doc):
        holds_break = "\n" in token.text or "\r" in token.text or "\n" in token.whitespace_
        if previous_break and not token.is_space and starts[i, 0] != 1:
            starts[i, 0] = 1
            changed = True
        if holds_break:
            previous_break = True
        elif not token.is_space:
            previous_break = False
    if changed:
        doc.from_array(["SENT_START"], starts)  # type: ignore[arg-type]  # uint64, as read
    return doc


class SentenceIndex:
    """Sentence bounds of a document, looked up in log time.

    ``Span.sent`` walks the document (and checks its whole annotation) on every call, so a
    component asking it for each of a long document's figures takes time that grows with
    the square of the document. ``bounds`` gives the same answer from one pass.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        flags = doc.to_array("SENT_START").tolist() if len(doc) else []
        self.starts = [0, *(i for i, flag in enumerate(flags) if flag == 1 and i > 0)]
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
