"""Documents longer than the pipeline's max_length go through in paragraph-aligned chunks,
with every offset still indexing the whole text."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language

from claimx.batch.corpus import Document
from claimx.batch.run import run_extract
from claimx.batch.work import analyse, chunk_bounds, outcomes
from claimx.extensions import TEXT_KEY, doc_text, make_doc
from claimx.io import dumps, read_jsonl

PARAGRAPH = (
    "Exports rose 12% to $4.6 billion in 2024, the ministry said.\n"
    "Pakistan now has over 600,000 tech professionals.\n\n"
)


def test_chunks_end_after_blank_lines() -> None:
    text = "aaaa\n\nbbbb\n\ncccc\n\n"
    assert chunk_bounds(text, 12) == [(0, 12), (12, 18)]


def test_a_long_paragraph_is_cut_after_a_line_then_a_sentence_then_a_space() -> None:
    assert chunk_bounds("one two\nthree four", 12) == [(0, 8), (8, 18)]
    assert chunk_bounds("One two. Three four", 12) == [(0, 9), (9, 19)]
    assert chunk_bounds("one two three", 10) == [(0, 8), (8, 13)]


def test_text_without_white_space_is_cut_at_the_limit() -> None:
    assert chunk_bounds("x" * 25, 10) == [(0, 10), (10, 20), (20, 25)]


@given(st.text(alphabet="ab .\n\r", max_size=300), st.integers(min_value=1, max_value=40))
def test_chunks_cover_the_text_within_the_limit(text: str, limit: int) -> None:
    bounds = chunk_bounds(text, limit)
    assert "".join(text[s:e] for s, e in bounds) == text
    assert all(0 < e - s <= limit for s, e in bounds) or text == ""
    assert all(a[1] == b[0] for a, b in pairwise(bounds))


def test_long_document_claims_keep_exact_offsets(blank_nlp: Language) -> None:
    text = PARAGRAPH * 40  # about 4,400 characters
    doc = Document("long", "<long>", text=text)
    short = Document("one", "<one>", text=PARAGRAPH)
    limit, blank_nlp.max_length = blank_nlp.max_length, 1_000
    try:
        (long_result,) = analyse(blank_nlp, [doc])
    finally:
        blank_nlp.max_length = limit
    (one_result,) = analyse(blank_nlp, [short])
    assert not isinstance(long_result, str) and not isinstance(one_result, str)
    _, claims = long_result
    _, per_paragraph = one_result
    assert len(claims) == 40 * len(per_paragraph)
    for claim in claims:
        assert text[claim["start"] : claim["end"]] == claim["text"]
        assert text[claim["sentence_start"] :].startswith(claim["sentence"][:10])
    assert [c["paragraph"] for c in claims[:: len(per_paragraph)]] == list(range(40))
    assert len({c["id"] for c in claims}) == len(claims)


SENTENCE = "Exports rose 12% to $4.6 billion in 2024, the ministry said. "


def test_a_one_line_document_is_cut_at_sentence_ends_and_loses_nothing(
    blank_nlp: Language,
) -> None:
    text = SENTENCE * 100  # one line, about 6,100 characters: no paragraph or line to cut at
    limit, blank_nlp.max_length = blank_nlp.max_length, 1_000
    try:
        assert all(text[end - 2 : end] == ". " for _, end in chunk_bounds(text, 1_000)[:-1])
        (long_result,) = analyse(blank_nlp, [Document("long", "<long>", text=text)])
    finally:
        blank_nlp.max_length = limit
    (one_result,) = analyse(blank_nlp, [Document("one", "<one>", text=SENTENCE)])
    assert not isinstance(long_result, str) and not isinstance(one_result, str)
    (_, claims), (_, per_sentence) = long_result, one_result
    assert len(claims) == 100 * len(per_sentence)
    for n, claim in enumerate(claims):
        alone = per_sentence[n % len(per_sentence)]
        shift = (n // len(per_sentence)) * len(SENTENCE)
        assert (claim["text"], claim["value"], claim["subject"]) == (
            alone["text"], alone["value"], alone["subject"])
        assert claim["start"] == alone["start"] + shift


def test_a_long_documents_lines_are_its_claims_made_chunk_by_chunk(blank_nlp: Language) -> None:
    text = "Sales peaked on 25/12/2024. " + SENTENCE * 120 + "Then on 03/04/2024 they fell. "
    doc = Document("long", "<long>", text=text)
    limit, blank_nlp.max_length = blank_nlp.max_length, 1_000
    try:
        (outcome,) = outcomes(blank_nlp, [doc])
        (result,) = analyse(blank_nlp, [doc])
    finally:
        blank_nlp.max_length = limit
    assert not isinstance(result, str) and outcome.error is None
    assert outcome.claims == tuple(dumps(claim) for claim in result[1])
    # The day-first order that one chunk shows holds in the others: the whole document's.
    (ambiguous,) = [c for c in result[1] if c["text"] == "03/04/2024"]
    assert ambiguous["value"]["start"] == "2024-04-03"
    first, *_, last = chunk_bounds(text, 1_000)
    assert text.index("25/12") < first[1] and text.index("03/04") >= last[0]


# Prose with no figure, date or name: a long document reads as news does, mostly words.
PROSE = ("The report was read widely in the sector, and those who read it said that the "
         "outlook was good, though some of them were less sure than others about what it "
         "would mean.\n\n") * 3


@pytest.mark.slow
def test_a_document_of_two_and_a_half_million_characters(tmp_path: Path) -> None:
    block = PARAGRAPH + PROSE
    text = block * (2_500_000 // len(block) + 1)
    corpus = tmp_path / "book.txt"
    corpus.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    summary = run_extract([corpus], out, model="blank", reconcile=False)
    assert summary.failed == 0
    claims = list(read_jsonl(out / "claims.jsonl"))
    # Per paragraph: 12%, $4.6 billion, 2024, Pakistan, over 600,000; none in the prose.
    assert len(claims) == 5 * (len(text) // len(block))
    assert all(text[c["start"] : c["end"]] == c["text"] for c in claims)
    (record,) = read_jsonl(out / "documents.jsonl")
    assert record["chars"] == len(text) > 2_000_000


@given(st.text(alphabet=st.sampled_from("ab 1.,$%\n\t-é"), max_size=60))
def test_the_kept_text_is_the_documents_text(blank_nlp: Language, text: str) -> None:
    doc = make_doc(blank_nlp, text)
    assert doc_text(doc) == doc.text == text


def test_a_doc_made_otherwise_gives_its_own_text(blank_nlp: Language) -> None:
    doc = blank_nlp.make_doc("Sales rose 5%.")
    assert doc_text(doc) == "Sales rose 5%."
    doc.user_data[TEXT_KEY] = "Some other, longer text."  # not this doc's: not used
    assert doc_text(doc) == "Sales rose 5%."


def test_the_components_read_the_kept_text() -> None:
    """``Doc.text`` joins every token's text anew: a component that reads it once per
    document cost the rules-only pipeline a tenth of its time."""
    source = Path(__file__).resolve().parents[2] / "src" / "claimx"
    rebuilt = [
        f"{path.relative_to(source)}:{number}"
        for folder in ("components", "frame")
        for path in sorted((source / folder).glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\bdoc\.text\b(?!_)", line.split("#")[0])
    ]
    assert not rebuilt
