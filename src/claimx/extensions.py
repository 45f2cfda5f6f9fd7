"""Every custom attribute claimx sets on spaCy objects, declared and registered in one place.

Values are plain JSON-able data (lists, dicts, strings, numbers) so that docs survive
``to_bytes`` and multiprocessing.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

DOC_EXTENSIONS: dict[str, str] = {
    "claimx_figures": "one plain dict per figure or entity span: kind, offsets, rule id, frame",
    "claimx_paragraphs": "character offsets at which each paragraph starts",
    "claimx_parse": "dependency arcs of the figure sentences: [start, end, heads, deps] rows",
}


def register_extensions() -> None:
    """Register the claimx Doc extensions (idempotent)."""
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


# The text a Doc was made from, kept in ``Doc.user_data`` by :func:`make_doc`.
TEXT_KEY = "claimx_text"


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``, keeping ``text`` for the components to read
    (:func:`doc_text`): ``Doc.text`` rebuilds it from every token."""
    doc = nlp.make_doc(text)
    doc.user_data[TEXT_KEY] = text
    return doc


def doc_text(doc: Doc) -> str:
    """The text of ``doc``: the one :func:`make_doc` kept, else ``doc.text``."""
    text = doc.user_data.get(TEXT_KEY)
    if isinstance(text, str):
        last = doc[-1] if len(doc) else None
        if (last.idx + len(last.text_with_ws) if last is not None else 0) == len(text):
            return text
    return doc.text
