"""The one JSONL stack: deterministic lines, atomic writes, reads that name a bad line."""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from claimx.io import dumps, numbered_records, read_jsonl, write_json, write_jsonl

RECORDS = [{"id": "b", "text": "£4.6bn", "value": 4.6e9}, {"value": None, "id": "a"}]


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@pytest.mark.parametrize(
    ("record", "line"),
    [
        pytest.param({"b": 1, "a": 2}, '{"a": 2, "b": 1}', id="keys-sorted"),
        pytest.param({"text": "£4.6bn – café"}, '{"text": "£4.6bn – café"}', id="utf-8-kept"),
        pytest.param({"v": Decimal("4")}, '{"v": 4}', id="integral-decimal-is-an-integer"),
        pytest.param({"v": Decimal("4.65")}, '{"v": 4.65}', id="decimal-is-its-number"),
    ],
)
def test_dumps_writes_one_deterministic_line(record: dict[str, Any], line: str) -> None:
    assert dumps(record) == line


def test_dumps_rejects_what_json_cannot_hold() -> None:
    with pytest.raises(TypeError, match="not JSON serializable: object"):
        dumps({"bad": object()})


def test_written_records_read_back_in_order(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    assert write_jsonl(path, RECORDS) == len(RECORDS)
    assert list(read_jsonl(path)) == RECORDS


def test_blank_lines_are_skipped_and_line_numbers_kept(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text('{"id": "a"}\n\n  \n{"id": "b"}\n', encoding="utf-8")
    assert list(numbered_records(path)) == [(1, {"id": "a"}), (4, {"id": "b"})]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        pytest.param("{not json", "not valid JSON", id="not-json"),
        pytest.param("[1, 2]", "expected a JSON object", id="not-an-object"),
    ],
)
def test_a_bad_line_is_named_by_file_and_number(tmp_path: Path, line: str, message: str) -> None:
    path = tmp_path / "claims.jsonl"
    path.write_text('{"id": "a"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=rf"claims\.jsonl:2: {message}"):
        list(read_jsonl(path))


def test_a_write_leaves_only_its_file_with_the_mode_a_new_file_gets(tmp_path: Path) -> None:
    target = tmp_path / "out" / "conflicts.jsonl"
    write_jsonl(target, RECORDS)
    assert [p.name for p in target.parent.iterdir()] == ["conflicts.jsonl"]
    assert target.stat().st_mode & 0o777 == 0o666 & ~current_umask()


@pytest.mark.parametrize(
    "write",
    [
        pytest.param(lambda path: write_jsonl(path, [{"id": "a"}, {"bad": object()}]),
                     id="jsonl"),
        pytest.param(lambda path: write_json(path, {"bad": object()}), id="json"),
    ],
)
def test_a_failed_write_keeps_the_old_file(tmp_path: Path, write: Any) -> None:
    target = tmp_path / "conflicts.jsonl"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(TypeError):
        write(target)
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["conflicts.jsonl"]


def test_write_json_is_indented_with_sorted_keys(tmp_path: Path) -> None:
    target = tmp_path / "run.json"
    write_json(target, {"b": 1, "a": {"d": 2, "c": 3}})
    text = target.read_text(encoding="utf-8")
    assert text == json.dumps({"a": {"c": 3, "d": 2}, "b": 1}, indent=2) + "\n"
