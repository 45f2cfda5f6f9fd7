"""The conflicts table: its order, its links, each side's sentence."""

from __future__ import annotations

import pytest

from claimx.io import read_jsonl
from claimx.report import finding_order, severity_color
from tests.report.html import elements
from tests.seed_outputs import OUTPUTS


def test_conflict_rows_are_sorted_by_confidence_then_severity(page: str) -> None:
    findings = list(read_jsonl(OUTPUTS / "conflicts.jsonl"))
    rows = elements(page).having("tr", "conflict")
    assert {r["id"] for r in rows} == {f"finding-{f['id']}" for f in findings}
    order = [(float(r["data-confidence"]), float(r["data-severity"])) for r in rows]
    assert order == sorted(order, reverse=True)


def test_conflict_rows_put_the_most_confident_first() -> None:
    def finding(name: str, score: float | None, severity: float) -> dict[str, object]:
        trust = None if score is None else {"score": score}
        return {"id": name, "type": "cross_document", "severity": severity, "confidence": trust}

    found = [finding("none", None, 1.0), finding("low", 0.125, 0.9), finding("high", 1.0, 0.6)]
    assert [f["id"] for f in sorted(found, key=finding_order)] == ["high", "low", "none"]


def test_conflict_links_lead_to_highlights_and_back(page: str) -> None:
    found = elements(page)
    ids = {a["id"] for _, a in found.tags if "id" in a}
    links = [a["href"][1:] for t, a in found.tags if t == "a" and a.get("href", "").startswith("#")]
    assert links
    assert set(links) <= ids
    assert any(link.startswith("claim-") for link in links)
    assert any(link.startswith("finding-") for link in links)


def test_each_side_shows_its_sentence_with_the_figure_marked(page: str) -> None:
    assert '<mark class="quote">$25 billion</mark>' in page
    assert "Pakistan’s ambition to achieve" in page


@pytest.mark.parametrize(
    ("severity", "colour"),
    [(1.0, "hsl(0, 75%, 42%)"), (0.0, "hsl(40, 75%, 42%)"), (2.0, "hsl(0, 75%, 42%)"),
     (0.5, "hsl(20, 75%, 42%)")],
    ids=["most severe is red", "least severe is amber", "clamped", "between"],
)
def test_severity_color(severity: float, colour: str) -> None:
    assert severity_color(severity) == colour
