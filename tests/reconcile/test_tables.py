"""rules/reconcile.json: loading, validation, cue matching."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from importlib.resources import files
from pathlib import Path

import pytest

from claimx.reconcile import ReconcileTables, RulesError, load_tables
from claimx.rules_folder import default_rules_dir


def packaged() -> dict[str, object]:
    text = (files("claimx") / "rules" / "reconcile.json").read_text(encoding="utf-8")
    data: dict[str, object] = json.loads(text)
    return data


def test_packaged_tables_load(tables: ReconcileTables) -> None:
    assert tables.approx_tolerance.below == Decimal("0.1")
    assert tables.multiples["quadrupled"] == Decimal(4)
    assert set(tables.severity_weights) >= {"cross_document", "pragmatic", "arithmetic"}


def test_every_section_has_a_comment() -> None:
    data = packaged()
    sections = [v for v in data.values() if isinstance(v, dict)]
    assert "_comment" in data
    assert all("_comment" in section for section in sections)


def test_tables_of_a_rules_folder(tmp_path: Path) -> None:
    rules = shutil.copytree(default_rules_dir(), tmp_path / "rules")
    data = packaged()
    data["pragmatic"] = {"bound_ratio": 2}
    (rules / "reconcile.json").write_text(json.dumps(data), encoding="utf-8")
    assert load_tables(rules).pragmatic_bound_ratio == Decimal(2)


def test_unknown_key_is_rejected() -> None:
    data = packaged()
    data["pragmatic"] = {"bound_ratio": 0.5, "bound_ration": 0.5}
    with pytest.raises(RulesError, match="bound_ration"):
        ReconcileTables.from_dict(data)


def test_missing_key_is_rejected() -> None:
    data = packaged()
    del data["growth"]
    with pytest.raises(RulesError, match="growth"):
        ReconcileTables.from_dict(data)


def test_negative_tolerance_is_rejected() -> None:
    data = packaged()
    data["projections"] = {"divergence": -1, "horizon_window_years": 2}
    with pytest.raises(RulesError, match="divergence"):
        ReconcileTables.from_dict(data)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("$50-70 per hour, compared to $150+", ["compared to"]),
        ("$50 vs. $150", ["vs."]),
        ("$50 vs $150", ["vs"]),
        ("cheaper than   before", ["than"]),
        ("Compared  To last year", ["compared to"]),
        ("thanks to the versusless", []),
    ],
    ids=["phrase", "abbrev-dot", "abbrev", "than", "case-and-space", "no-partial-words"],
)
def test_comparison_cues_match_whole_words(
    text: str, found: list[str], tables: ReconcileTables
) -> None:
    assert tables.comparison_cues.find(text) == found


@pytest.mark.parametrize(
    ("text", "cue"),
    [("exports rose by ", "by"), ("sales were up $", "up"), ("supported by the ", None)],
    ids=["by", "up-before-symbol", "not-at-end"],
)
def test_cue_at_end_of_text(text: str, cue: str | None, tables: ReconcileTables) -> None:
    assert tables.change_prefixes.ends(text) == cue
