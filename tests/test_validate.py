"""``claimx validate`` on a small hand-written outputs folder, whole and broken one way at a time.

The folder holds two documents that each state Pakistan's 2024 IT exports, one claim each for
the figure and its year, and the cross-document conflict between the two figures: every kind
of record and every cross-reference the validator follows.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import claimx
from claimx.cli import main
from claimx.validate import validate_outputs

ROOT = Path(__file__).resolve().parent.parent
Outputs = dict[str, list[dict[str, Any]]]

TEXTS = {
    "a": "Pakistan's IT exports hit $4.6 billion in 2024.",
    "b": "Pakistan's IT exports hit $5 billion in 2024.",
}


def money(doc_id: str, figure: str, value: float) -> dict[str, Any]:
    text = TEXTS[doc_id]
    start = text.index(figure)
    year = date(doc_id)
    return {
        "id": f"{doc_id}:{start}-{start + len(figure)}", "doc_id": doc_id,
        "doc_date": "2025-01-31", "kind": "money", "label": "MONEY", "text": figure,
        "start": start, "end": start + len(figure), "sentence": text, "sentence_start": 0,
        "paragraph": 0,
        "value": {"low": value, "high": value, "bound": "exact", "unit": "USD", "per": None,
                  "precision": 1e8},
        "subject": {"entity": "Pakistan", "metric": "IT exports"},
        "time": {key: year[key] for key in ("start", "end", "text")}
        | {"claim_id": year["id"]} | year["value"],
        "modality": "actual", "cues": [], "rule_id": "money-scaled", "source": "rules",
    }


def date(doc_id: str) -> dict[str, Any]:
    text = TEXTS[doc_id]
    start = text.index("2024")
    return {
        "id": f"{doc_id}:{start}-{start + 4}", "doc_id": doc_id, "doc_date": "2025-01-31",
        "kind": "date", "label": "DATE", "text": "2024", "start": start, "end": start + 4,
        "sentence": text, "sentence_start": 0, "paragraph": 0,
        "value": {"start": "2024-01-01", "end": "2024-12-31", "grain": "year",
                  "relative": False, "offset": None},
        "subject": {"entity": None, "metric": None}, "time": None, "modality": "actual",
        "cues": [], "rule_id": "date-year", "source": "rules",
    }


def document(doc_id: str, claims: int) -> dict[str, Any]:
    return {
        "id": doc_id, "source": f"corpus/{doc_id}.txt", "sha256": "0" * 64,
        "chars": len(TEXTS[doc_id]), "tokens": 10, "claims": claims, "encoding": "utf-8",
        "date": "2025-01-31", "error": None,
    }


def unreadable(doc_id: str) -> dict[str, Any]:
    return {
        "id": doc_id, "source": f"corpus/{doc_id}.txt", "sha256": None, "chars": None,
        "tokens": None, "claims": 0, "encoding": None, "date": None, "error": "empty file",
    }


def conflict(first: dict[str, Any], second: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": "0123456789abcdef", "type": "cross_document",
        "subject": {"entity": "Pakistan", "metric": "IT exports"},
        "scope": {"unit": "USD", "per": None, "periods": ["2024"], "modalities": ["actual"]},
        "claims": [first["id"], second["id"]], "docs": ["a", "b"],
        "values": [
            {key: claim[key] for key in ("doc_id", "text")} | {"claim_id": claim["id"]}
            | {key: claim["value"][key] for key in ("bound", "low", "high", "unit", "per")}
            | {"found": {"holder": "stated", "metric": "stated", "period": "stated"}}
            for claim in (first, second)
        ],
        "gap": {"absolute": 4e8, "relative": 0.087, "unit": "USD"}, "severity": 0.5,
        "confidence": {"holder": "stated", "metric": "stated", "period": "stated", "score": 1},
        "explanation": "$4.6 billion and $5 billion for Pakistan's IT exports in 2024.",
        "details": {},
    }


def valid() -> Outputs:
    claims = [money("a", "$4.6 billion", 4.6e9), date("a"), money("b", "$5 billion", 5e9),
              date("b")]
    return {
        "documents": [document("a", 2), document("b", 2),
                      unreadable("c")],
        "claims": claims,
        "conflicts": [conflict(claims[0], claims[2])],
    }


def write(folder: Path, outputs: Outputs) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "run.json").write_text('{"claimx": "0.1.0"}\n', encoding="utf-8")
    for name, records in outputs.items():
        lines = "".join(json.dumps(r, sort_keys=True, ensure_ascii=False) + "\n" for r in records)
        (folder / f"{name}.jsonl").write_text(lines, encoding="utf-8")
    return folder


@pytest.fixture
def outputs(tmp_path: Path) -> Path:
    return write(tmp_path / "outputs", valid())


def test_a_valid_folder_passes(outputs: Path) -> None:
    assert validate_outputs(outputs) == []


def test_the_committed_seed_outputs_pass() -> None:
    assert validate_outputs(ROOT / "outputs") == []


def test_conflicts_are_optional(tmp_path: Path) -> None:
    outputs = valid()
    del outputs["conflicts"]
    assert validate_outputs(write(tmp_path / "out", outputs)) == []


@dataclass(frozen=True)
class Broken:
    """One way to break the valid folder, and the problems that must be reported."""

    id: str
    change: Callable[[Outputs], object]
    problems: list[str]


def set_in(record: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for key in parents:
        record = record[key]
    record[last] = value


# Schema breaks: one per file, reported with the file, line and field.
# Cross-references: one example for each check listed in claimx.validate's docstring.
BROKEN = [
    Broken("claim-kind-not-in-schema",
           lambda o: set_in(o["claims"][1], "kind", "rumour"),
           ["claims.jsonl line 2: kind: 'rumour' is not one of "
            "['money', 'percent', 'quantity', 'duration', 'date', 'entity']"]),
    Broken("document-field-missing",
           lambda o: o["documents"][0].pop("sha256"),
           ["documents.jsonl line 1: (record): 'sha256' is a required property"]),
    Broken("conflict-with-one-claim",
           lambda o: o["conflicts"][0]["claims"].pop(),
           ["conflicts.jsonl line 1: claims: ['a:26-38'] is too short"]),
    Broken("duplicate-claim-id",
           lambda o: set_in(o["claims"][3], "id", "b:26-36"),
           ["claims.jsonl line 4: duplicate claim id 'b:26-36'",
            "claims.jsonl line 4: claim id 'b:26-36' is not doc_id:start-end ('b:40-44')",
            "claims.jsonl line 3: time.claim_id 'b:40-44' is not in claims.jsonl"]),
    Broken("claim-of-unknown-document",
           lambda o: o["documents"].pop(1),
           ["claims.jsonl line 3: doc_id 'b' is not a readable document in documents.jsonl",
            "claims.jsonl line 4: doc_id 'b' is not a readable document in documents.jsonl",
            "conflicts.jsonl line 1: document 'b' is not in documents.jsonl"]),
    Broken("claim-of-unreadable-document",
           lambda o: o["documents"][0].update(error="binary file, not text"),
           ["claims.jsonl line 1: doc_id 'a' is not a readable document in documents.jsonl",
            "claims.jsonl line 2: doc_id 'a' is not a readable document in documents.jsonl",
            "conflicts.jsonl line 1: document 'a' is not in documents.jsonl"]),
    Broken("document-readable-twice",
           lambda o: o["documents"].append(document("a", 2)),
           ["documents.jsonl line 4: document id 'a' is readable twice "
            "(also documents.jsonl line 1)"]),
    Broken("start-not-before-end",
           lambda o: set_in(o["claims"][1], "start", 46),
           ["claims.jsonl line 2: claim id 'a:42-46' is not doc_id:start-end ('a:46-46')",
            "claims.jsonl line 2: start 46 is not before end 46"]),
    Broken("text-length-off",
           lambda o: set_in(o["claims"][1], "text", "2024."),
           ["claims.jsonl line 2: text has 5 characters but end - start is 4"]),
    Broken("end-past-document",
           lambda o: set_in(o["documents"][0], "chars", 40),
           ["claims.jsonl line 2: end 46 is past the document's 40 characters"]),
    Broken("low-above-high",
           lambda o: set_in(o["claims"][2], "value.low", 6e9),
           ["claims.jsonl line 3: value low 6000000000.0 is above high 5000000000.0"]),
    Broken("date-start-after-end",
           lambda o: set_in(o["claims"][1], "value.start", "2025-01-01"),
           ["claims.jsonl line 2: date start 2025-01-01 is after end 2024-12-31"]),
    Broken("time-names-missing-claim",
           lambda o: set_in(o["claims"][0], "time.claim_id", "a:0-8"),
           ["claims.jsonl line 1: time.claim_id 'a:0-8' is not in claims.jsonl"]),
    Broken("conversion-names-missing-claim",
           lambda o: set_in(o["claims"][0], "converts", "a:0-9"),
           ["claims.jsonl line 1: converts 'a:0-9' is not in claims.jsonl"]),
    Broken("claim-count-off",
           lambda o: set_in(o["documents"][1], "claims", 3),
           ["documents.jsonl line 2: document 'b' counts 3 claims, claims.jsonl has 2"]),
    Broken("conflict-names-missing-claim",
           lambda o: o["conflicts"][0]["claims"].append("x:1-2"),
           ["conflicts.jsonl line 1: claim 'x:1-2' is not in claims.jsonl"]),
    Broken("conflict-value-names-missing-claim",
           lambda o: set_in(o["conflicts"][0]["values"][1], "claim_id", "b:0-10"),
           ["conflicts.jsonl line 1: claim 'b:0-10' is not in claims.jsonl"]),
    Broken("claim-id-not-doc-start-end",
           lambda o: set_in(o["claims"][1], "id", "a:42"),
           ["claims.jsonl line 2: claim id 'a:42' is not doc_id:start-end ('a:42-46')",
            "claims.jsonl line 1: time.claim_id 'a:42-46' is not in claims.jsonl"]),
    Broken("date-that-is-no-day",
           lambda o: set_in(o["claims"][1], "doc_date", "2024-02-30"),
           ["claims.jsonl line 2: doc_date: '2024-02-30' is not a 'date'"]),
    Broken("date-in-words",
           lambda o: set_in(o["documents"][0], "date", "yesterday"),
           ["documents.jsonl line 1: date: 'yesterday' is not a 'date'"]),
    Broken("conflict-names-missing-document",
           lambda o: o["conflicts"][0]["docs"].append("z"),
           ["conflicts.jsonl line 1: document 'z' is not in documents.jsonl"]),
]


@pytest.mark.parametrize("broken", [pytest.param(b, id=b.id) for b in BROKEN])
def test_each_break_is_reported(tmp_path: Path, broken: Broken) -> None:
    outputs = copy.deepcopy(valid())
    broken.change(outputs)
    assert validate_outputs(write(tmp_path / "out", outputs)) == broken.problems


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        pytest.param(b"{broken\n", "not valid JSON (Expecting property name enclosed in "
                     "double quotes)", id="not-json"),
        pytest.param(b"[1, 2]\n", "not a JSON object", id="not-an-object"),
        pytest.param(b'{"id": "\xa3"}\n', "not UTF-8", id="not-utf-8"),
        pytest.param(b'{"low": NaN}\n', "not valid JSON (NaN is not a JSON number)", id="nan"),
        pytest.param(b'{"low": -Infinity}\n', "not valid JSON (-Infinity is not a JSON number)",
                     id="infinity"),
        pytest.param(b'{"id": "a", "id": "b"}\n', "not valid JSON (duplicate key 'id')",
                     id="duplicate-key"),
    ],
)
def test_a_line_that_is_no_record_is_reported_and_the_rest_checked(
    outputs: Path, line: bytes, problem: str
) -> None:
    path = outputs / "claims.jsonl"
    path.write_bytes(path.read_bytes() + line)
    assert validate_outputs(outputs) == [f"claims.jsonl line 5: {problem}"]


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        pytest.param(None, "run.json: missing", id="missing"),
        pytest.param(b'{"claimx": ', "run.json: not valid JSON (Expecting value)", id="cut-short"),
        pytest.param(b"[]", "run.json: not a JSON object", id="not-an-object"),
    ],
)
def test_run_json_must_be_there_and_an_object(
    outputs: Path, content: bytes | None, problem: str
) -> None:
    if content is None:
        (outputs / "run.json").unlink()
    else:
        (outputs / "run.json").write_bytes(content)
    assert validate_outputs(outputs) == [problem]


def test_what_validate_passes_the_other_commands_read(outputs: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    for args in (["report", str(outputs), "-o", str(tmp_path / "r.html"), "-q"],
                 ["info", str(outputs)], ["export", str(outputs), "-q"]):
        result = runner.invoke(main, args)
        assert result.exit_code == 0, (args, result.output)
    assert len(claimx.load_claims(outputs)) == len(valid()["claims"])


def test_a_missing_file_is_reported(outputs: Path) -> None:
    (outputs / "documents.jsonl").unlink()
    # Without documents.jsonl, claims are not checked against it (one problem, not one a claim).
    assert validate_outputs(outputs) == ["documents.jsonl: missing"]


def test_at_most_limit_problems_are_listed(outputs: Path) -> None:
    (outputs / "claims.jsonl").write_text("[]\n" * 50, encoding="utf-8")
    assert len(validate_outputs(outputs)) == 20
    assert len(validate_outputs(outputs, limit=3)) == 3


def test_command_exit_code_is_0_when_valid(outputs: Path) -> None:
    result = CliRunner().invoke(main, ["validate", str(outputs)])
    assert result.exit_code == 0
    assert result.stderr == f"claimx: {outputs} is valid\n"


def test_command_lists_problems_one_a_line_and_exits_1(outputs: Path) -> None:
    (outputs / "claims.jsonl").write_text("[]\n" * 50, encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(outputs)])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 20
    assert lines[0] == "claimx: claims.jsonl line 1: not a JSON object"


@pytest.mark.parametrize("target", ["absent", "claims.jsonl"], ids=["missing", "a-file"])
def test_command_usage_error_when_the_folder_is_not_one(outputs: Path, target: str) -> None:
    result = CliRunner().invoke(main, ["validate", str(outputs / target)])
    assert result.exit_code == 2
    assert len(result.stderr.splitlines()) == 1
