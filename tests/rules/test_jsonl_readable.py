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
