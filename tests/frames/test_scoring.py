"""benchmarks/frames.py: how a gold figure is matched to a claim and each field judged.

The rows and claims are made by hand, in the shapes of the gold set (tests/frames/README.md)
and of claims.jsonl: today's claims (subject.entity/metric, time, modality) and the frame's
new fields (subject.measure, subject.source, value.facet, value.direction).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.conftest import ROOT


def load_benchmark() -> ModuleType:
    path = ROOT / "benchmarks" / "frames.py"
    spec = importlib.util.spec_from_file_location("claimx_benchmark_frames", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while it runs
    spec.loader.exec_module(module)
    return module


frames = load_benchmark()


def gold(**fields: Any) -> dict[str, Any]:
    """A gold row: "$2bn" of Acme's 2004 profit, stated by the article itself."""
    row: dict[str, Any] = {
        "attribution": None, "direction": None, "doc": "business/001", "end": 24,
        "entity": "Acme", "entity_alts": ["Acme Corp"], "facet": "level", "kind": "money",
        "measure": "pre-tax profits", "metric": "pre-tax profit", "modality": "actual",
        "split": "dev", "start": 20, "status": None, "text": "$2bn", "time": "in 2004",
        "time_inherited": False, "time_start": 25,
        "value": {"high": 2_000_000_000, "low": 2_000_000_000, "unit": "USD"},
    }
    row.update(fields)
    return row


def claim(subject: dict[str, Any] | None = None, value: dict[str, Any] | None = None,
          **fields: Any) -> dict[str, Any]:
    """A claim as today's claimx writes it, matching ``gold()`` in every field it has."""
    made: dict[str, Any] = {
        "doc_id": "business/001", "kind": "money", "start": 20, "end": 24, "text": "$2bn",
        "modality": "actual", "sentence": "Acme made $2bn in 2004.",
        "subject": {"entity": "Acme", "metric": "pre-tax profit"},
        "time": {"claim_id": "business/001:28-32", "text": "2004"},
        "value": {"low": 2_000_000_000, "high": 2_000_000_000, "unit": "USD"},
    }
    made["subject"].update(subject or {})
    made["value"].update(value or {})
    made.update(fields)
    return made


# -- matching ----------------------------------------------------------------------------


def test_the_largest_overlap_is_the_match() -> None:
    short = claim(start=20, end=22)
    long = claim(start=18, end=24)
    assert frames.match(gold(), [short, long]) is long


def test_a_tie_goes_to_the_earliest_claim() -> None:
    left = claim(start=18, end=22)
    right = claim(start=22, end=26)
    assert frames.match(gold(), [right, left]) is left


@pytest.mark.parametrize(
    "other",
    [
        pytest.param(claim(doc_id="business/002"), id="another document"),
        pytest.param(claim(kind="date"), id="a date claim"),
        pytest.param(claim(kind="entity"), id="an entity claim"),
        pytest.param(claim(start=24, end=30), id="touching but not overlapping"),
    ],
)
def test_what_is_never_a_match(other: dict[str, Any]) -> None:
    assert frames.match(gold(), [other]) is None


# -- words -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "head"),
    [
        pytest.param("IT exports", "export", id="plural"),
        pytest.param("pre-tax profit", "profit", id="hyphenated qualifier"),
        pytest.param("gross", "gross", id="ss kept"),
        pytest.param("Share Price.", "price", id="case and punctuation"),
        pytest.param("years with the company", "year", id="prepositional post-modifier"),
        pytest.param("time after the opening goal", "time", id="after opens a post-modifier"),
        pytest.param("time without pain killers", "time", id="without opens a post-modifier"),
        pytest.param("people killed", "people", id="participle post-modifier"),
        pytest.param("smokers who want to quit", "smoker", id="relative clause"),
        pytest.param("funds raised", "fund", id="participle after the head"),
        pytest.param("ageing population", "population", id="participle before the head"),
        pytest.param("", None, id="empty"),
        pytest.param(None, None, id="null"),
    ],
)
def test_head_noun(phrase: str | None, head: str | None) -> None:
    assert frames.head_noun(phrase) == head


def test_content_words_drop_stop_words_and_plurals() -> None:
    assert frames.content_words("the number of jobs") == {"number", "job"}


@pytest.mark.parametrize(
    ("name", "key"),
    [
        pytest.param("The Bank of England", "bank of england", id="leading the"),
        pytest.param("Yukos's", "yukos", id="trailing 's"),
        pytest.param("Yukos’s", "yukos", id="curly apostrophe"),
        pytest.param("United  States", "united states", id="spaces"),
        pytest.param(None, None, id="null"),
    ],
)
def test_entity_key(name: str | None, key: str | None) -> None:
    assert frames.entity_key(name) == key


@pytest.mark.parametrize(
    ("claim_id", "span"),
    [
        pytest.param("business/001:28-32", (28, 32), id="bbc id"),
        pytest.param("odd:doc:5-9", (5, 9), id="colon in the doc id"),
        pytest.param("business/001", None, id="no offsets"),
        pytest.param("business/001:x-9", None, id="not a number"),
        pytest.param(None, None, id="null"),
    ],
)
def test_span_of(claim_id: str | None, span: tuple[int, int] | None) -> None:
    assert frames.span_of(claim_id) == span


# -- fields ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("row", "made", "right"),
    [
        pytest.param(gold(), claim(), True, id="same figure"),
        pytest.param(gold(), claim(value={"low": 2_000_000_000 * (1 + 1e-12)}), True,
                     id="within the tolerance"),
        pytest.param(gold(), claim(value={"low": 2_000_010_000}), False,
                     id="off by 10,000"),
        pytest.param(gold(), claim(value={"unit": "GBP"}), False, id="money unit differs"),
        pytest.param(gold(kind="quantity", value={"low": 5, "high": 5, "unit": "jobs"}),
                     claim(kind="quantity", value={"low": 5, "high": 5, "unit": "job"}), True,
                     id="count noun not compared"),
        pytest.param(gold(value={"low": 2, "high": None, "unit": "USD"}),
                     claim(value={"low": 2, "high": 2}), False, id="open end read as closed"),
        pytest.param(gold(facet="change", direction="down",
                          value={"low": 0.7, "high": 0.7, "unit": "percent"}),
                     claim(value={"low": -0.7, "high": -0.7, "unit": "percent"}), True,
                     id="signed change"),
        pytest.param(gold(value={"low": 0.7, "high": 0.7, "unit": "percent"}),
                     claim(value={"low": -0.7, "high": -0.7, "unit": "percent"}), False,
                     id="signed level"),
    ],
)
def test_value_right(row: dict[str, Any], made: dict[str, Any], right: bool) -> None:
    assert frames.value_right(row, made) is right


@pytest.mark.parametrize(
    ("row", "made", "right"),
    [
        pytest.param(gold(), claim(), True, id="metric stands in when no measure field"),
        pytest.param(gold(), claim({"measure": "profits", "metric": None}), True,
                     id="measure head"),
        pytest.param(gold(), claim({"measure": None}), False, id="measure field null"),
        pytest.param(gold(), claim({"measure": "sales"}), False, id="other head"),
        pytest.param(gold(measure="profit growth", metric="profit"),
                     claim({"measure": "profit"}), True, id="head of the gold metric"),
        pytest.param(gold(measure=None, metric=None), claim({"metric": None}), True,
                     id="both null"),
        pytest.param(gold(measure=None, metric=None), claim(), False,
                     id="gold null, predicted set"),
    ],
)
def test_measure_right(row: dict[str, Any], made: dict[str, Any], right: bool) -> None:
    assert frames.measure_right(row, made) is right


@pytest.mark.parametrize(
    ("metric", "exact", "head"),
    [
        pytest.param("Pre-tax profits", True, True, id="case and plural"),
        pytest.param("the pre-tax profit", True, True, id="stop word"),
        pytest.param("operating profit", False, True, id="other qualifier"),
        pytest.param("profit", False, True, id="qualifier dropped"),
        pytest.param("sales", False, False, id="other metric"),
        pytest.param(None, False, False, id="null"),
    ],
)
def test_metric_exact_and_head(metric: str | None, exact: bool, head: bool) -> None:
    made = claim({"metric": metric})
    assert (frames.metric_exact(gold(), made), frames.metric_head(gold(), made)) == (exact, head)


@pytest.mark.parametrize(
    ("row", "entity", "right"),
    [
        pytest.param(gold(), "Acme", True, id="same"),
        pytest.param(gold(), "acme corp's", True, id="an alternative, possessive"),
        pytest.param(gold(entity="Bank of England"), "the Bank of England", True,
                     id="leading the"),
        pytest.param(gold(), "Acme Group", False, id="other name"),
        pytest.param(gold(), None, False, id="missing"),
        pytest.param(gold(entity=None, entity_alts=[]), None, True, id="both null"),
        pytest.param(gold(entity=None, entity_alts=[]), "Acme", False, id="gold null"),
    ],
)
def test_entity_right(row: dict[str, Any], entity: str | None, right: bool) -> None:
    assert frames.entity_right(row, claim({"entity": entity})) is right


@pytest.mark.parametrize(
    ("row", "time", "right"),
    [
        pytest.param(gold(), {"claim_id": "business/001:28-32"}, True,
                     id="date inside the phrase"),
        pytest.param(gold(time_start=10), {"claim_id": "business/001:13-20"}, True,
                     id="partial overlap"),
        pytest.param(gold(), {"claim_id": "business/001:40-44"}, False, id="another date"),
        pytest.param(gold(), {"claim_id": "business/001:20-25"}, False,
                     id="touching the phrase"),
        pytest.param(gold(), {"text": "2004"}, False, id="no claim id"),
        pytest.param(gold(), None, False, id="missing"),
        pytest.param(gold(time=None, time_start=None), None, True, id="both null"),
        pytest.param(gold(time=None, time_start=None), {"claim_id": "business/001:28-32"},
                     False, id="gold null"),
    ],
)
def test_time_right(row: dict[str, Any], time: dict[str, Any] | None, right: bool) -> None:
    assert frames.time_right(row, claim(time=time)) is right


@pytest.mark.parametrize(
    ("gold_modality", "predicted", "right"),
    [
        pytest.param("actual", "historical", True, id="historical is actual"),
        pytest.param("target", "target", True, id="same"),
        pytest.param("target", "projection", False, id="differs"),
        pytest.param("actual", None, False, id="missing"),
    ],
)
def test_modality_right(gold_modality: str, predicted: str | None, right: bool) -> None:
    assert frames.modality_right(gold(modality=gold_modality), claim(modality=predicted)) is right


@pytest.mark.parametrize(
    ("attribution", "made", "right", "false"),
    [
        pytest.param("Office for National Statistics", claim({"source": "the ONS statistics"}),
                     True, None, id="a shared content word"),
        pytest.param("central bank", claim({"source": "the bank's governor"}), True, None,
                     id="possessive"),
        pytest.param("analysts", claim({"source": "the government"}), False, None,
                     id="no shared word"),
        pytest.param("the firm", claim({"source": "the company"}), False, None,
                     id="only a stop word shared"),
        pytest.param("analysts", claim(), False, None, id="no source field"),
        pytest.param("analysts", claim(attribution="analysts"), True, None,
                     id="top-level attribution"),
        pytest.param(None, claim(), None, False, id="none stated, none given"),
        pytest.param(None, claim({"source": "ONS"}), None, True, id="none stated, one given"),
    ],
)
def test_attribution(attribution: str | None, made: dict[str, Any], right: bool | None,
                     false: bool | None) -> None:
    row = gold(attribution=attribution)
    assert (frames.attribution_right(row, made), frames.attribution_false(row, made)) == (
        right, false)


@pytest.mark.parametrize(
    ("row", "made", "right"),
    [
        pytest.param(gold(), claim(), True, id="absent is level"),
        pytest.param(gold(facet="change"), claim(), False, id="absent is not a change"),
        pytest.param(gold(facet="share"), claim(value={"facet": "share"}), True, id="same"),
    ],
)
def test_facet_right(row: dict[str, Any], made: dict[str, Any], right: bool) -> None:
    assert frames.facet_right(row, made) is right


@pytest.mark.parametrize(
    ("row", "made", "right"),
    [
        pytest.param(gold(facet="change", direction="down"),
                     claim(value={"facet": "change", "direction": "down"}), True, id="same"),
        pytest.param(gold(facet="change", direction="up"), claim(), False, id="absent"),
        pytest.param(gold(), claim(value={"direction": "up"}), None, id="not a change"),
    ],
)
def test_direction_right(row: dict[str, Any], made: dict[str, Any], right: bool | None) -> None:
    assert frames.direction_right(row, made) is right


# -- totals ------------------------------------------------------------------------------


def test_tally_counts_per_split_and_skips_what_is_no_claim() -> None:
    golds = [
        gold(),
        gold(split="heldout", doc="business/002"),
        gold(start=40, end=44, not_claim=True),
    ]
    claims = {"business/001": [claim()]}
    counts = frames.tally(golds, claims)
    assert counts["found"] == {"dev": [1, 1], "heldout": [0, 1], "all": [1, 2]}


def test_fields_are_scored_over_matched_figures_only() -> None:
    counts = frames.tally([gold(), gold(start=40, end=44)], {"business/001": [claim()]})
    assert counts["entity"]["all"] == [1, 1]


def test_quantity_recall_counts_every_gold_count() -> None:
    count = {"kind": "quantity", "value": {"low": 5, "high": 5, "unit": "jobs"}}
    golds = [gold(**count), gold(**count, start=40, end=44)]
    found = claim(kind="quantity", value={"low": 5, "high": 5})
    counts = frames.tally(golds, {"business/001": [found]})
    assert counts["quantity found, right value"]["all"] == [1, 2]


def test_a_duration_claim_finds_a_gold_count_of_time_but_not_without_durations() -> None:
    weeks = gold(kind="quantity", value={"low": 6, "high": 6, "unit": "weeks"})
    found = claim(kind="duration", value={"low": 6, "high": 6, "unit": "weeks"})
    counts = frames.tally([weeks], {"business/001": [found]})
    assert (counts["quantity found, right value"]["all"],
            counts["quantity, durations left out"]["all"]) == ([1, 1], [0, 1])


def test_a_right_figure_has_no_error_block(tmp_path: Path) -> None:
    assert frames.errors("now", [gold()], {"business/001": [claim()]}, tmp_path) == []


def test_an_error_block_names_the_wrong_fields_only(tmp_path: Path) -> None:
    made = claim({"entity": "Zeta", "source": "analysts"})
    [block] = frames.errors("now", [gold()], {"business/001": [made]}, tmp_path)
    fields = [line.split()[0] for line in block.splitlines()[2:]]
    assert fields == ["entity", "source"]
