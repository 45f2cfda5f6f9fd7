"""Sentence boundaries at line breaks, on top of the punctuation sentencizer.

Articles scraped from the web put headings, bullets and bylines on lines of their own with no
final full stop; without this a heading would run into the first sentence below it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.component("claimx_line_sentences")
def line_sentences(doc: Doc) -> Doc:
    """Start a sentence at the first token after any token that holds a line break."""
    previous_break = False
    for token in doc:
        holds_break = "\n" in token.text or "\r" in token.text or "\n" in token.whitespace_
        if previous_break and not token.is_space:
            token.is_sent_start = True
        if holds_break:
            previous_break = True
        elif not token.is_space:
            previous_break = False
    return doc
