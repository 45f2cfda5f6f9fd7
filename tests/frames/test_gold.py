"""The frame gold set (tests/frames/gold) is well formed by its guide (tests/frames/README.md).

Offsets are checked against the documents themselves: the seeds here, the BBC articles in
../shared/corpora/bbc (those checks skip when the corpus is not beside the repository).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import BBC, ROOT, SEEDS

FRAMES = ROOT / "tests" / "frames"
GOLD_FILES = sorted((FRAMES / "gold").glob("*.jsonl"))
ARTICLES: dict[str, str] = json.loads((FRAMES / "articles.json").read_text(encoding="utf-8"))
CATEGORIES = ("business", "entertainment", "politics", "sport", "tech")

REQUIRED = frozenset({
    "attribution", "direction", "doc", "end", "entity", "entity_alts", "facet", "kind",
    "measure", "metric", "modality", "split", "start", "status", "text", "time",
    "time_inherited", "time_start", "value",
})
OPTIONAL = frozenset({"not_claim", "note"})
ALLOWED: dict[str, set[Any]] = {
    "kind": {"money", "percent", "quantity"},
    "split": {"dev", "heldout"},
    "facet": {"level", "change", "baseline", "new_level", "share", "rate", "average"},
    "modality": {"actual", "projection", "target", "hypothetical"},
    "status": {"provisional", "revised", None},
    "time_inherited": {True, False},
}
PERCENT_UNITS = {"percent", "pp"}
OPTIONAL_TEXT = ("measure", "metric", "entity", "attribution", "time", "note")


def read_rows() -> list[tuple[str, dict[str, Any]]]:
    """Every gold line as ``(where, row)``, ``where`` naming the file and line."""
    return [
        (f"{path.name}:{number}", json.loads(line))
        for path in GOLD_FILES
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
    ]


ROWS = read_rows()
CLAIMS = [row for _, row in ROWS if row.get("not_claim") is not True]


def document_path(doc: str) -> Path:
    return BBC / f"{doc}.txt" if "/" in doc else SEEDS / f"{doc}.txt"


def read_document(doc: str) -> str:
    path = document_path(doc)
    if not path.is_file():
        pytest.skip(f"{path} is absent: the BBC corpus is not beside the repository")
    with path.open(encoding="utf-8", newline="") as handle:
        return handle.read()


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def value_problems(row: dict[str, Any]) -> list[str]:
    """What is wrong with a claim's ``value``, by the guide."""
    value = row["value"]
    if not isinstance(value, dict) or set(value) != {"low", "high", "unit"}:
        return [f"value must hold exactly low, high, unit: {value!r}"]
    low, high, unit = value["low"], value["high"], value["unit"]
    problems = [f"{end} is not a number: {value[end]!r}" for end in ("low", "high")
                if value[end] is not None and not is_number(value[end])]
    if low is None and high is None:
        problems.append("both ends are null")
    elif is_number(low) and is_number(high) and low > high:
        problems.append(f"low {low} above high {high}")
    if row["kind"] == "money" and not (isinstance(unit, str) and len(unit) == 3
                                       and unit.isalpha() and unit.isupper()):
        problems.append(f"money unit is not an ISO 4217 code: {unit!r}")
    if row["kind"] == "percent" and unit not in PERCENT_UNITS:
        problems.append(f"percent unit must be percent or pp: {unit!r}")
    if row["kind"] == "quantity" and not (isinstance(unit, str) and unit.strip()):
        problems.append(f"a count names what it counts: {unit!r}")
    return problems


def row_problems(row: dict[str, Any]) -> list[str]:
    """What breaks the guide's rules for a single row (a claim's value too)."""
    problems = [f"{key}: {row[key]!r} not allowed" for key, allowed in ALLOWED.items()
                if row[key] not in allowed]
    problems += [f"{key} is not a non-empty trimmed string: {row[key]!r}"
                 for key in OPTIONAL_TEXT
                 if row.get(key) is not None
                 and not (isinstance(row[key], str) and row[key] and row[key] == row[key].strip())]
    if row["facet"] == "change" and row["direction"] not in {"up", "down", None}:
        problems.append(f"direction of a change: {row['direction']!r}")
    if row["facet"] != "change" and row["direction"] is not None:
        problems.append("direction on a figure that is not a change")
    if (row["time"] is None) != (row["time_start"] is None):
        problems.append("time and time_start are set together")
    if row["time"] is None and row["time_inherited"]:
        problems.append("time_inherited without a time")
    if not (isinstance(row["entity_alts"], list)
            and all(isinstance(alt, str) and alt for alt in row["entity_alts"])):
        problems.append(f"entity_alts is not a list of names: {row['entity_alts']!r}")
    if "not_claim" in row and row["not_claim"] is not True:
        problems.append("not_claim is true or absent")
    if not (is_number(row["start"]) and is_number(row["end"]) and row["start"] < row["end"]):
        problems.append("start and end do not make a span")
    if row.get("not_claim") is not True:
        problems += value_problems(row)
        if (row["measure"] is None) != (row["metric"] is None):
            problems.append("a measure has a metric and a metric a measure")
    return problems


@pytest.mark.parametrize(("where", "row"), ROWS, ids=[where for where, _ in ROWS])
def test_a_row_has_the_guides_keys(where: str, row: dict[str, Any]) -> None:
    missing, unknown = REQUIRED - set(row), set(row) - REQUIRED - OPTIONAL
    assert sorted(missing) + sorted(unknown) == []


@pytest.mark.parametrize(("where", "row"), ROWS, ids=[where for where, _ in ROWS])
def test_a_row_has_allowed_values(where: str, row: dict[str, Any]) -> None:
    assert row_problems(row) == []


@pytest.mark.parametrize("path", GOLD_FILES, ids=[path.name for path in GOLD_FILES])
def test_a_file_is_written_canonically(path: Path) -> None:
    """Sorted keys, UTF-8 as is, one row a line, rows in (doc, start) order."""
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert [json.dumps(row, sort_keys=True, ensure_ascii=False) for row in rows] == lines
    assert [(row["doc"], row["start"]) for row in rows] == sorted(
        (row["doc"], row["start"]) for row in rows)


def test_no_figure_is_annotated_twice() -> None:
    spans = Counter((row["doc"], row["start"], row["end"]) for _, row in ROWS)
    assert [span for span, count in spans.items() if count > 1] == []


@pytest.mark.parametrize("doc", sorted(ARTICLES), ids=sorted(ARTICLES))
def test_texts_and_time_phrases_are_the_documents_own(doc: str) -> None:
    text = read_document(doc)
    rows = [row for _, row in ROWS if row["doc"] == doc]
    assert [row["text"] for row in rows] == [text[row["start"]:row["end"]] for row in rows]
    dated = [row for row in rows if row["time"] is not None]
    assert [row["time"] for row in dated] == [
        text[row["time_start"]:row["time_start"] + len(row["time"])] for row in dated]


@pytest.mark.parametrize("doc", sorted(ARTICLES), ids=sorted(ARTICLES))
def test_an_inherited_period_stands_before_its_figure(doc: str) -> None:
    inherited = [row for _, row in ROWS if row["doc"] == doc and row["time_inherited"]]
    assert [row["text"] for row in inherited if row["time_start"] >= row["start"]] == []


def test_splits_agree_with_articles_json() -> None:
    assert {(row["doc"], row["split"]) for _, row in ROWS} == set(ARTICLES.items())


def test_every_article_has_figures() -> None:
    assert {row["doc"] for row in CLAIMS} == set(ARTICLES)


def test_the_set_is_large_enough() -> None:
    """At least 400 figures that are claims, from at least 60 articles of all five categories."""
    docs = {row["doc"] for row in CLAIMS}
    categories = {doc.split("/")[0] for doc in docs if "/" in doc}
    assert len(CLAIMS) >= 400
    assert len(docs) >= 60
    assert categories == set(CATEGORIES)


def test_a_third_of_the_bbc_articles_is_held_out() -> None:
    bbc = [doc for doc in ARTICLES if "/" in doc]
    held_out = sum(ARTICLES[doc] == "heldout" for doc in bbc)
    assert math.floor(len(bbc) / 3) <= held_out <= math.ceil(len(bbc) / 3)


def test_every_category_has_held_out_articles() -> None:
    held_out = {doc.split("/")[0] for doc, split in ARTICLES.items() if split == "heldout"}
    assert held_out == set(CATEGORIES)


def test_the_bbc_articles_exist() -> None:
    if not BBC.is_dir():
        pytest.skip(f"{BBC} is absent: the BBC corpus is not beside the repository")
    assert [doc for doc in ARTICLES if not document_path(doc).is_file()] == []
