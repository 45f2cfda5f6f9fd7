"""The words that join, label and place figures are rules data: editing a copied rules folder
changes what claimx reads, with no change to code.

Each row takes one key of one table (rules/README.md documents it), gives it a new value in
a copy of the packaged rules folder and reads the same text with both folders: the packaged
reading must hold a value, and the edited folder's reading must differ from it.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from claimx.claims import build_claims
from claimx.normalize.rules import Normalizers
from claimx.pipeline import build_nlp, pipeline_normalizers
from claimx.rules_folder import default_rules_dir

REF = date(2024, 6, 14)


def edited_rules(folder: Path, table: str, keys: tuple[str, ...], value: Any) -> Path:
    """A copy of the packaged rules in ``folder`` with ``table``.json's ``keys`` set to
    ``value``."""
    rules = folder / "rules"
    shutil.copytree(default_rules_dir(), rules)
    path = rules / f"{table}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    inner = data
    for key in keys[:-1]:
        inner = inner[key]
    inner[keys[-1]] = value
    path.write_text(json.dumps(data), encoding="utf-8")
    return rules


def count(n: Normalizers, text: str) -> Any:
    return n.count(text)


def money(n: Normalizers, text: str) -> Any:
    return n.money(text)


def percent(n: Normalizers, text: str) -> Any:
    return n.percent(text)


def when(n: Normalizers, text: str) -> Any:
    return n.date(text, REF)


@dataclass(frozen=True)
class Edit:
    table: str
    keys: tuple[str, ...]
    value: Any
    read: Callable[[Normalizers, str], Any]
    text: str


EDITS = {
    "no 'and' joins number words": Edit(
        "numbers", ("number_connectors",), [], count, "one hundred and five"
    ),
    "'a' no longer stands for one": Edit(
        "numbers", ("number_articles",), ["an"], count, "half a million"
    ),
    "no decimal point word": Edit("numbers", ("decimal_points",), [], count, "three point five"),
    "'pc' is no percent word": Edit(
        "numbers", ("percent_words",), ["%", "percent", "per cent"], percent, "3pc"
    ),
    "'until' ends no count range": Edit(
        "hedges", ("range_connectors", "count"), ["and", "to"], count, "from 200 until 300"
    ),
    "'or' joins no money range": Edit(
        "hedges", ("range_words", "money"), ["to"], money, "6 or $7"
    ),
    "'per' marks no rate": Edit(
        "currencies", ("per_markers",), ["a", "an", "each"], money, "$5 per share"
    ),
    "'fy' labels no fiscal year": Edit(
        "dates", ("fiscal_labels",), ["fiscal year", "fiscal", "financial year"], when, "FY24"
    ),
    "no to-date abbreviations": Edit("dates", ("to_date_abbreviations",), {}, when, "YTD"),
    "no 'st' ordinal suffix": Edit(
        "dates",
        ("ordinal_suffixes", "by_last_digit"),
        {"2": "nd", "3": "rd"},
        when,
        "21st June 2005",
    ),
    "no 'and' in number words of a date": Edit(
        "dates", ("number_connectors",), [], when, "two thousand and five"
    ),
    "'before' shifts from no date": Edit(
        "dates",
        ("grammar_words", "anchor_shifts"),
        {"from": 1, "after": 1},
        when,
        "two weeks before Christmas",
    ),
}


@pytest.mark.parametrize("edit", EDITS.values(), ids=EDITS.keys())
def test_an_edited_table_changes_what_the_normalizers_read(edit: Edit, tmp_path: Path) -> None:
    rules = edited_rules(tmp_path, edit.table, edit.keys, edit.value)
    packaged = edit.read(Normalizers.from_rules(None), edit.text)
    edited = edit.read(Normalizers.from_rules(rules), edit.text)
    assert packaged is not None
    assert edited != packaged


@dataclass(frozen=True)
class PipelineEdit:
    table: str
    keys: tuple[str, ...]
    value: Any
    text: str
    figure: str
    field: str


PIPELINE_EDITS = {
    # "one" counts only after a list connector: "two silvers and one bronze".
    "no list connector": PipelineEdit(
        "numbers", ("list_connectors",), [], "Britain won two silvers and one bronze medal.",
        "one", "kind",
    ),
    # Without a parse, the metric nearest the figure wins; one after it counts further.
    "no penalty to the right": PipelineEdit(
        "frame", ("limits", "right_penalty"), 0,
        "Exports of cars, at $4bn, beat imports last year.", "$4bn", "metric",
    ),
}


@pytest.mark.parametrize("edit", PIPELINE_EDITS.values(), ids=PIPELINE_EDITS.keys())
def test_an_edited_table_changes_what_the_pipeline_finds(
    edit: PipelineEdit, tmp_path: Path
) -> None:
    rules = edited_rules(tmp_path, edit.table, edit.keys, edit.value)

    def read(folder: Path | None) -> Any:
        doc = build_nlp("blank", folder)(edit.text)
        [figure] = [
            f for f in doc._.claimx_figures if edit.text[f["start"] : f["end"]] == edit.figure
        ]
        return figure[edit.field]

    assert read(rules) != read(None)


def test_frame_historical_years_decides_what_is_historical(tmp_path: Path) -> None:
    """A figure dated three years before its document is historical under the packaged
    ``historical_years`` (2), not when five years are needed."""
    rules = edited_rules(tmp_path, "frame", ("historical_years",), 5)
    text = "In 2021 exports were $5bn."

    def modality(folder: Path | None) -> str:
        nlp = build_nlp("blank", folder)
        figures = nlp(text)._.claimx_figures
        claims = build_claims(
            "d", text, figures, doc_date=date(2024, 6, 1), normalizers=pipeline_normalizers(nlp)
        )
        [money] = [claim for claim in claims if claim["kind"] == "money"]
        return str(money["modality"])

    assert (modality(None), modality(rules)) == ("historical", "actual")
