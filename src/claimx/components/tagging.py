"""``claimx_count_tagger``: part-of-speech tags only where a claim needs them.

claimx reads part-of-speech tags in one place: the noun phrase after a count ("over 600,000
skilled tech professionals"). Tagging every token with the model's shared ``tok2vec``,
``tagger`` and ``attribute_ruler`` cost about a third of the statistical model's time, for
the few sentences that hold a QUANTITY figure. This component tags those sentences only.

The tags are those a whole-document run gives: the tagger's encoder sees ``reach`` tokens
either side of a token (``depth x window_size`` of its convolutions) and the attribute
ruler's patterns a few more, so each sentence is tagged inside a window widened by that
margin, and only the sentence's tokens are copied back. Tokens outside those sentences have
no tag, and ``doc.has_annotation("POS")`` is false in a document without a count.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from claimx.components.figures import chosen_spans
from claimx.components.sentences import SentenceIndex

COUNT_LABEL = "QUANTITY"
BATCH_SIZE = 64
TAGGING_PIPES = ["tok2vec", "tagger", "attribute_ruler"]


@Language.factory(
    "claimx_count_tagger", default_config={"pipes": TAGGING_PIPES, "margin": None}
)
def make_count_tagger(
    nlp: Language, name: str, *, pipes: list[str], margin: int | None
) -> CountTagger:
    """Factory: ``pipes`` are the model's tagging pipes (disabled in ``nlp``, run here);
    ``margin`` is read off the model's config when not given."""
    if margin is None:
        margin = tagging_margin(nlp, pipes[0], pipes[1:])
    if margin is None:
        raise ValueError(
            f"claimx_count_tagger: cannot tell how much context {pipes[0]!r} reads; "
            "give margin= or tag whole documents"
        )
    return CountTagger(name, [(pipe, nlp.get_pipe(pipe)) for pipe in pipes], margin)


class CountTagger:
    """Tag the sentences that hold a count, through the model's own tagging pipes."""

    def __init__(self, name: str, pipes: list[tuple[str, Any]], margin: int) -> None:
        self.name = name
        self.pipes = pipes
        self.margin = margin

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
        """Tag each batch of documents' count sentences in one pass of the model."""
        docs = iter(stream)
        while batch := list(islice(docs, batch_size)):
            windows = [(doc, *window) for doc in batch for window in self.windows(doc)]
            parts = [doc[start:end].as_doc() for doc, start, end, _, _ in windows]
            for _, component in self.pipes:
                parts = list(component.pipe(parts, batch_size=batch_size))
            for (doc, start, _, keep_start, keep_end), part in zip(windows, parts, strict=True):
                for i in range(keep_start, keep_end):
                    token, tagged = doc[i], part[i - start]
                    token.tag = tagged.tag
                    token.pos = tagged.pos
                    token.morph = tagged.morph
            yield from batch

    def windows(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """(window start, end, kept start, kept end) token ranges: each count sentence
        (kept) inside a window widened by the margin; overlapping windows merged."""
        index = SentenceIndex(doc)
        sentences = sorted(
            {index.bounds(ent.start) for ent in chosen_spans(doc) if ent.label_ == COUNT_LABEL}
        )
        merged: list[list[int]] = []
        for start, end in sentences:
            if merged and start <= merged[-1][1] + 2 * self.margin:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return [
            (max(start - self.margin, 0), min(end + self.margin, len(doc)), start, end)
            for start, end in merged
        ]


def tagging_margin(nlp: Language, tok2vec: str, pipes: list[str]) -> int | None:
    """Tokens of context either side that make a window's tags equal to whole-document tags.

    None when that cannot be read off the model's config (an encoder other than spaCy's
    window encoder): the caller then tags whole documents.
    """
    config = nlp.config["components"][tok2vec]["model"]
    encode = config.get("encode", {})
    if not str(encode.get("@architectures", "")).startswith("spacy.MaxoutWindowEncoder"):
        return None
    reach = int(encode["depth"]) * int(encode["window_size"])
    longest = 1
    for name in pipes:
        component = nlp.get_pipe(name)
        for pattern in getattr(component, "patterns", ()):
            longest = max(longest, *(len(p) for p in pattern.get("patterns", [[]])))
    return reach + longest - 1
