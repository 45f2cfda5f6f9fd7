"""The hand-read benchmark data is well formed: every excerpt cites its source, the corpus claimx
reads holds the excerpts as written, and every judged figure is found where its offsets say.

The data: benchmarks/data/cross_source (excerpts, sources.jsonl, corpus.jsonl, verdicts.jsonl),
benchmarks/data/bbc_stories.jsonl and bbc_findings_read.jsonl (figures in the BBC folder, which
is read from ../shared and skipped when absent). benchmarks/findings.py scores claimx with them.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from claimx.batch.corpus import decode_bytes, page_date, read_jsonl_corpus

from .conftest import BBC, ROOT

DATA = ROOT / "benchmarks" / "data"
CROSS = DATA / "cross_source"
VERDICTS = {"disagreement", "revision", "mislabelled_period", "agree", "rounding",
            "different_scope", "forecast_vs_actual"}


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


SOURCES = _lines(CROSS / "sources.jsonl")
CROSS_PAIRS = _lines(CROSS / "verdicts.jsonl")
BBC_PAIRS = [pair for name in ("bbc_stories.jsonl", "bbc_findings_read.jsonl")
             for pair in _lines(DATA / name)]
CORPUS = {doc.id: doc for doc in read_jsonl_corpus(CROSS / "corpus.jsonl", None)}


def _pair_id(pair: dict[str, Any]) -> str:
    first, second = pair["figures"]
    return f"{pair['story']}:{first['text']}/{second['text']}"


@pytest.mark.parametrize("source", SOURCES, ids=[s["id"] for s in SOURCES])
def test_excerpt_cites_its_page(source: dict[str, Any]) -> None:
    assert source["url"].startswith(("http://", "https://"))
    assert source["id"] == f"{source['story']}/{source['outlet']}"
    assert source["date"] is None or date.fromisoformat(source["date"])
    # the headline as the page gives it, or made from its address or the excerpt's lead
    assert source["title_source"] in {"page", "address", "excerpt"}


@pytest.mark.parametrize("source", SOURCES, ids=[s["id"] for s in SOURCES])
def test_excerpt_file_starts_with_its_title(source: dict[str, Any]) -> None:
    text = (CROSS / f"{source['id']}.txt").read_text(encoding="utf-8")
    assert text.split("\n", 1)[0] == source["title"]


def test_every_excerpt_file_is_listed_in_sources() -> None:
    files = {str(p.relative_to(CROSS).with_suffix("")) for p in CROSS.glob("*/*.txt")}
    assert files == {s["id"] for s in SOURCES}


@pytest.mark.parametrize("source", SOURCES, ids=[s["id"] for s in SOURCES])
def test_corpus_holds_the_excerpt_its_address_and_its_date(source: dict[str, Any]) -> None:
    doc = CORPUS[source["id"]]
    assert doc.error is None
    assert doc.text == (CROSS / f"{source['id']}.txt").read_text(encoding="utf-8")
    # The page's date where it gave one, else the date its address holds, as claimx reads it.
    assert doc.date == (date.fromisoformat(source["date"]) if source["date"]
                        else page_date(None, source["url"]))


@pytest.mark.parametrize("pair", CROSS_PAIRS, ids=[_pair_id(p) for p in CROSS_PAIRS])
def test_cross_source_figures_are_at_their_offsets(pair: dict[str, Any]) -> None:
    assert pair["verdict"] in VERDICTS
    assert len(pair["figures"]) == 2
    for figure in pair["figures"]:
        assert figure["doc_id"].startswith(pair["story"] + "/")
        text = CORPUS[figure["doc_id"]].text
        assert text[figure["start"]:figure["end"]] == figure["text"]


@pytest.mark.skipif(not BBC.is_dir(), reason="the BBC folder is not there")
@pytest.mark.parametrize("pair", BBC_PAIRS, ids=[_pair_id(p) for p in BBC_PAIRS])
def test_bbc_figures_are_at_their_offsets(pair: dict[str, Any]) -> None:
    assert pair["verdict"] in VERDICTS
    assert len(pair["figures"]) == 2
    for figure in pair["figures"]:
        text, _ = decode_bytes((BBC / f"{figure['doc_id']}.txt").read_bytes())
        assert text[figure["start"]:figure["end"]] == figure["text"]


@pytest.mark.skipif(not BBC.is_dir(), reason="the BBC folder is not there")
@pytest.mark.parametrize("pair", BBC_PAIRS, ids=[_pair_id(p) for p in BBC_PAIRS])
def test_bbc_pairs_never_join_two_copies_of_one_article(pair: dict[str, Any]) -> None:
    # the folder holds the same text under several ids; those are duplicates, not two reports
    first, second = (f["doc_id"] for f in pair["figures"])
    texts = {doc: (BBC / f"{doc}.txt").read_bytes() for doc in (first, second)}
    assert first == second or texts[first] != texts[second]


def test_data_meets_the_sizes_it_was_built_for() -> None:
    real = [p for p in CROSS_PAIRS if p["verdict"] in {"disagreement", "revision"}]
    stories = {p["story"] for p in _lines(DATA / "bbc_stories.jsonl")}
    assert len(SOURCES) >= 40
    assert len(real) >= 10
    assert len(stories) >= 15
