"""Every custom attribute claimx sets on spaCy objects, declared and registered in one place.

Values are plain JSON-able data (lists, dicts, strings, numbers) so that docs survive
``to_bytes`` and multiprocessing.
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_EXTENSIONS: dict[str, str] = {
    "claimx_figures": "one plain dict per figure or entity span: kind, offsets, rule id, frame",
    "claimx_paragraphs": "character offsets at which each paragraph starts",
}


def register_extensions() -> None:
    """Register the claimx Doc extensions (idempotent)."""
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
