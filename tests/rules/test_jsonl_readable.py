"""The packaged pattern files are plain JSONL: any reader reads them, line for line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import srsly

from claimx.resources import pattern_files, read_patterns, resolve_rules_dir

FILES = pattern_files(resolve_rules_dir(None))


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_a_pattern_file_reads_as_plain_jsonl(path: Path) -> None:
    assert list(srsly.read_jsonl(path)) == list(read_patterns(path))


def test_every_commented_rule_id_exists() -> None:
    readme = (resolve_rules_dir(None) / "README.md").read_text(encoding="utf-8")
    notes = readme.split("## Notes on the patterns, by file", 1)[1]
    ids = {record["id"] for path in FILES for record in read_patterns(path)}
    lists = re.findall(r"\((`[^`]+`(?:, `[^`]+`)*)\)$", notes, flags=re.MULTILINE)
    named = {name for found in lists for name in re.findall(r"`([^`]+)`", found)}
    assert named and named <= ids
