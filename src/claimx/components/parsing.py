"""``claimx_figure_parser``: tags, lemmas and a dependency parse only where a figure is.

The claim frame reads the syntax of the sentences that hold a money, percent or count figure
and nothing else. Running the model's shared ``tok2vec``, ``tagger``, ``parser``,
``attribute_ruler`` and ``lemmatizer`` over every token would cost more than the rest of
claimx together; this component runs them on those sentences only.

The annotations are those a whole-document run gives (with the same sentence starts): the
encoder sees ``reach`` tokens either side of a token (``depth x window_size`` of its
convolutions), the attribute ruler's patterns a few more and the parser's state features a
few tokens past the sentence end, so each sentence is annotated inside a window widened by
that margin, with claimx's sentence starts set on the window (the parser keeps preset
sentence starts), and only the sentence's tokens are copied back. Tags, part of speech,
morphology and lemmas go onto the tokens; the arcs go into ``doc._.claimx_parse`` as plain
data (one ``[start, end, heads, deps]`` row per annotated stretch, heads as document token
indices), because writing heads onto a partly parsed Doc would re-derive its sentence
starts from them. Tokens outside those sentences have no annotation, and
``doc.has_annotation("POS")`` is false in a document without a figure.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from spacy.attrs import DEP, HEAD, LEMMA, MORPH, NORM, ORTH, POS, SENT_START, SPACY, TAG
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

from claimx.components.attributes import fast_rules
from claimx.components.figures import chosen_spans
from claimx.components.sentences import SentenceIndex
from claimx.extensions import register_extensions

# Documents annotated together, and windows per pass of a model's pipe: a window is short,
# and larger batches of them go faster (on 600 BBC articles 5.0-5.2 s in batches of 16,
# 4.4-4.7 s in batches of 64, the same annotations).
BATCH_SIZE = 64
PARSING_PIPES = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"]
FIGURE_SENTENCE_LABELS = ["MONEY", "PERCENT", "QUANTITY", "DURATION"]
# Tokens past a sentence's end that the parser's state features read (the buffer's first
# tokens): the window must hold them with their full encoder context.
PARSER_LOOKAHEAD = 4
# A sentence longer than this (a flattened table, a transcript without full stops) is not
# parsed: the frame falls back to its rules there, and the parser's cost stays bounded.
MAX_PARSE_TOKENS = 150
ANNOTATIONS = [TAG, POS, MORPH, LEMMA]
# What a lemma is a function of (in the cached modes), and the lemma.
LEMMA_KEYS = [ORTH, POS, MORPH, LEMMA]
# Lemmatizer modes whose lemma is a function of the word, its part of speech and morphology.
CACHED_LEMMA_MODES = ("rule", "lookup")
MAX_CACHED_LEMMAS = 200_000
INDEX_TABLE = "lemma_index"  # the rule lemmatizer's known words, by part of speech


@Language.factory(
    "claimx_figure_parser",
    default_config={
        "pipes": PARSING_PIPES,
        "labels": FIGURE_SENTENCE_LABELS,
        "margin": None,
        "max_tokens": MAX_PARSE_TOKENS,
    },
    requires=["doc.spans", "token.is_sent_start"],
    assigns=["token.tag", "token.pos", "token.morph", "token.lemma", "doc._.claimx_parse"],
)
def make_figure_parser(
    nlp: Language,
    name: str,
    *,
    pipes: list[str],
    labels: list[str],
    margin: int | None,
    max_tokens: int,
) -> FigureParser:
    """Factory: ``pipes`` are the model's pipes that annotate the sentences holding a
    span of ``labels``; they are disabled in ``nlp`` (this component runs them) and must
    come before it. ``margin`` is read off the model's config when not given."""
    register_extensions()
    missing = [pipe for pipe in pipes if pipe not in nlp.component_names]
    if missing:
        raise ValueError(
            f"claimx_figure_parser: the pipeline has no {', '.join(missing)}: it runs the "
            f"model's own pipes {pipes} (give pipes= to name others)"
        )
    listeners = set(getattr(nlp.get_pipe(pipes[0]), "listening_components", [])) - set(pipes)
    if listeners:
        raise ValueError(
            f"claimx_figure_parser: {', '.join(sorted(listeners))} also listen to "
            f"{pipes[0]!r}, which would then run on figure sentences only"
        )
    if margin is None:
        margin = tagging_margin(nlp, pipes[0], pipes[1:])
    if margin is None:
        raise ValueError(
            f"claimx_figure_parser: cannot tell how much context {pipes[0]!r} reads; "
            "give margin= or annotate whole documents"
        )
    for pipe in pipes:
        nlp.disable_pipe(pipe)
    return FigureParser(
        name, [(pipe, nlp.get_pipe(pipe)) for pipe in pipes], margin, labels, max_tokens
    )


class FigureParser:
    """Annotate the sentences that hold a figure, through the model's own pipes."""

    def __init__(
        self,
        name: str,
        pipes: list[tuple[str, Any]],
        margin: int,
        labels: list[str] | None = None,
        max_tokens: int = MAX_PARSE_TOKENS,
    ) -> None:
        self.name = name
        self.pipes = pipes
        # The attribute ruler's patterns read off a cache of token keys (same annotations),
        # made on first use: a pipeline loaded from disk fills the ruler after this.
        self.fast: list[tuple[str, Any]] | None = None
        # (orth, part of speech, morphology) -> lemma, for a rule or lookup lemmatizer,
        # whose lemma depends on nothing else
        self.lemmas: dict[tuple[int, int, int], int] = {}  # (word, POS, morphology) -> lemma
        self.margin = margin
        self.labels = frozenset(labels if labels is not None else FIGURE_SENTENCE_LABELS)
        self.max_tokens = max_tokens
        self.parses = any(name == "parser" for name, _ in pipes)
        # The parser looks ahead past a sentence's end, never behind its start.
        self.left_margin = max(margin - PARSER_LOOKAHEAD, 0) if self.parses else margin

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
        """Tag each batch of documents' count sentences in one pass of the model: at least
        ``BATCH_SIZE`` documents at a time, whose windows (a few short ones each) go through
        the model's pipes ``BATCH_SIZE`` at a time, however small the pipeline's batches."""
        docs = iter(stream)
        while batch := list(islice(docs, max(batch_size, BATCH_SIZE))):
            windows = [(doc, *window) for doc in batch for window in self.windows(doc)]
            values = {id(doc): window_values(doc) for doc in batch}
            parts = [window_doc(doc, start, end, values[id(doc)])
                     for doc, start, end, _, _ in windows]
            if self.fast is None:
                self.fast = [(pipe, fast_pipe(component)) for pipe, component in self.pipes]
            for name, component in self.fast:
                if name == "lemmatizer" and hasattr(component, "lemmatize"):
                    # A lemma depends on its own token only: lemmatize the kept tokens.
                    for (_, start, _, keep_start, keep_end), part in zip(
                        windows, parts, strict=True
                    ):
                        self.lemmatize(component, part, keep_start - start, keep_end - start)
                    continue
                parts = list(component.pipe(parts, batch_size=BATCH_SIZE))
            copied: dict[int, list[tuple[int, int, int, Doc]]] = {}
            for (doc, start, _, keep_start, keep_end), part in zip(windows, parts, strict=True):
                copied.setdefault(id(doc), []).append((start, keep_start, keep_end, part))
            for doc in batch:
                doc._.claimx_parse = self.copy_back(doc, copied.get(id(doc), []))
            yield from batch

    def lemmatize(self, component: Any, part: Doc, start: int, end: int) -> None:
        """Set the lemmas of tokens ``start``..``end`` of ``part`` as ``component`` (the
        model's lemmatizer) would, read and written as arrays."""
        if getattr(component, "mode", None) not in CACHED_LEMMA_MODES:
            for token in part[start:end]:
                if component.overwrite or token.lemma == 0:
                    token.lemma_ = component.lemmatize(token)[0]
            return
        if len(self.lemmas) >= MAX_CACHED_LEMMAS:
            self.lemmas.clear()
        values: Any = part.to_array(LEMMA_KEYS)
        lemmas = values[:, LEMMA_KEYS.index(LEMMA)].copy()
        strings = part.vocab.strings
        for k, (orth, pos, morph, lemma) in enumerate(values[start:end].tolist(), start):
            if not (component.overwrite or lemma == 0):
                continue
            key = (orth, pos, morph)
            known = self.lemmas.get(key)
            if known is None:
                known = self.lemmas[key] = strings.add(component.lemmatize(part[k])[0])
            lemmas[k] = known
        part.from_array([LEMMA], lemmas.reshape(-1, 1))

    def copy_back(self, doc: Doc, windows: list[tuple[int, int, int, Doc]]) -> list[list[Any]]:
        """Copy the kept tokens' tags, morphology and lemmas from the annotated window docs
        onto ``doc`` in one array write, and return their arcs as plain rows."""
        if not windows:
            return []
        values: Any = doc.to_array(ANNOTATIONS)
        rows = []
        for start, keep_start, keep_end, part in windows:
            lo, hi = keep_start - start, keep_end - start
            values[keep_start:keep_end] = part.to_array(ANNOTATIONS)[lo:hi]
            if self.parses:
                arcs = part.to_array([HEAD, DEP])[lo:hi]
                strings = doc.vocab.strings
                heads = [int(keep_start + k + int(head)) for k, head in enumerate(
                    arcs[:, 0].astype("int64"))]
                rows.append([keep_start, keep_end, heads, [strings[int(d)] for d in arcs[:, 1]]])
        doc.from_array(ANNOTATIONS, values)
        return rows

    def windows(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """(window start, end, kept start, kept end) token ranges: each figure sentence
        (kept) inside a window widened by the margin; overlapping windows merged. A
        sentence over ``max_tokens`` tokens is left out."""
        index = SentenceIndex(doc)
        sentences = sorted(
            bounds
            for bounds in {
                index.bounds(ent.start) for ent in chosen_spans(doc) if ent.label_ in self.labels
            }
            if bounds[1] - bounds[0] <= self.max_tokens
        )
        merged: list[list[int]] = []
        for start, end in sentences:
            if merged and start <= merged[-1][1] + self.margin + self.left_margin:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return [
            (max(start - self.left_margin, 0), min(end + self.margin, len(doc)), start, end)
            for start, end in merged
        ]


def fast_pipe(component: Any) -> Any:
    """``component``, or a faster equivalent of it: the attribute ruler's rules in fast form
    (:func:`claimx.components.attributes.fast_rules`); a rule lemmatizer whose word index
    is held as sets (spaCy keeps each part of speech's words in a list, and the rule mode
    asks whether each form it makes is in it: a scan of up to 57,000 words each time)."""
    if isinstance(component, AttributeRuler):
        return fast_rules(component) or component
    if isinstance(component, Lemmatizer) and component.mode == "rule":
        if not component.lookups.has_table(INDEX_TABLE):
            return component
        faster = copy.copy(component)
        faster.lookups = Lookups()
        for name in component.lookups.tables:
            faster.lookups.add_table(name, dict(component.lookups.get_table(name).items()))
        index = faster.lookups.get_table(INDEX_TABLE)
        for key, words in list(index.items()):
            index[key] = frozenset(words)
        # the component's lemmatize is a method bound at its creation: bind the copy's
        faster.lemmatize = faster.rule_lemmatize
        return faster
    return component


# What a window keeps of its document's tokens besides words and spacing: the token-level
# attributes a model's pipes read (the encoder's NORM; lexeme attributes come from the
# vocab) and the sentence starts. Entities are left out: the parsing pipes do not read them.
WINDOW_ATTRS = [NORM, SENT_START]
# Typographic apostrophes and quotation marks, read as the ASCII ones the model learned from
# ("the previous quarter’s 6.7% increase" parsed as "quarter's" is: a possessive, not a
# noun of its own); the document keeps its characters, only the parser sees these.
ASCII_MARKS = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def window_doc(doc: Doc, start: int, end: int, values: Any = None) -> Doc:
    """Tokens ``start``..``end`` of ``doc`` as a Doc of their own, with the document's
    sentence starts (the window's first token starts one), so that a parse of the window
    splits where a parse of the whole document would. ``values``: the document's
    ``window_values``, when the caller has read them once for all its windows.
    (``Span.as_doc`` would also average the tokens' vectors and copy every annotation.)"""
    if values is None:
        values = window_values(doc)
    orths, spaces, attrs = values
    strings = doc.vocab.strings
    part = Doc(
        doc.vocab,
        words=[strings[orth].translate(ASCII_MARKS) for orth in orths[start:end].tolist()],
        spaces=spaces[start:end].astype(bool).tolist(),
    )
    kept: Any = attrs[start:end].copy()
    if len(kept):
        kept[0, WINDOW_ATTRS.index(SENT_START)] = 1
        part.from_array(WINDOW_ATTRS, kept)
    return part


def window_values(doc: Doc) -> tuple[Any, Any, Any]:
    """The arrays :func:`window_doc` reads: the document's words, spacing and
    ``WINDOW_ATTRS``."""
    words = doc.to_array([ORTH, SPACY])
    return words[:, 0], words[:, 1], doc.to_array(WINDOW_ATTRS)


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
    lookahead = PARSER_LOOKAHEAD if "parser" in pipes else 0
    return reach + longest - 1 + lookahead
