"""The packaged pattern files are plain JSONL: any reader reads them, line for line."""

from __future__ import annotations

import re

import pytest
import srsly

from claimx.rules_folder import RulesFolder, default_rules_dir

RULES = RulesFolder.open(None)


@pytest.mark.parametrize("name", RULES.pattern_files)
def test_a_pattern_file_reads_as_plain_jsonl(name: str) -> None:
    path = default_rules_dir() / f"{name}.jsonl"
    assert list(srsly.read_jsonl(path)) == RULES.patterns(file=name)


def test_every_commented_rule_id_exists() -> None:
    readme = (default_rules_dir() / "README.md").read_text(encoding="utf-8")
    notes = readme.split("## Notes on the patterns, by file", 1)[1]
    ids = {record["id"] for record in RULES.patterns()}
    lists = re.findall(r"\((`[^`]+`(?:, `[^`]+`)*)\)$", notes, flags=re.MULTILINE)
    named = {name for found in lists for name in re.findall(r"`([^`]+)`", found)}
    assert named and named <= ids


def test_every_date_rule_frame_json_names_exists() -> None:
    # frame.json picks dates by the rule that made them: a renamed or mistyped id would
    # silently match nothing
    frame = RULES.table("frame")
    phrases, syntax = frame["date_time_phrases"], frame["syntax"]
    named = {
        *frame["date_future_only"]["rules"], *phrases["range_end_rules"],
        *phrases["of_date_rules"], *phrases["not_before"], *syntax["report_day_rules"],
        *syntax["period_rules"], *frame["periods"]["day_rules"],
    }
    ids = {record["id"] for record in RULES.patterns(file="dates")}
    assert named and named - ids == set()


def test_every_share_rule_frame_json_names_exists() -> None:
    named = set(RULES.table("frame")["syntax"]["share_rules"])
    ids = {record["id"] for record in RULES.patterns(file="percent")}
    assert named and named - ids == set()
