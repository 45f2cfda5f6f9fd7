"""Acceptance on the seed articles (issue: Reconciliation), on the claims extraction gives.

Each case is asserted by content: findings are looked up by the texts and values of the
claims involved, never by ids.
"""

from __future__ import annotations

from typing import Any

import pytest

from claimx.reconcile import reconcile

Claim = dict[str, Any]
Finding = dict[str, Any]
D0, D1 = "000_aebd47d402352d9d", "001_d94bdd705235d052"


def variant(claims: list[Claim], name: str) -> list[Claim]:
    if name == "dated":
        # Both articles published the same month: relative dates resolve, nothing changes.
        for c in claims:
            c["doc_date"] = "2025-06-01"
    elif name == "quadrupled-cue":
        # Extraction may attach "quadrupled" (next sentence) to the decade-ago figure.
        decade_ago = [c for c in claims if c["text"] == "around the $1 billion mark"]
        assert decade_ago, "extraction no longer finds the decade-ago figure"
        for c in decade_ago:
            c["cues"] = [*c["cues"], "quadrupled"]
    return claims


VARIANTS = ["as-extracted", "dated", "quadrupled-cue"]


@pytest.fixture(params=VARIANTS)
def findings(request: pytest.FixtureRequest, seed_claims: list[Claim]) -> list[Finding]:
    return reconcile(variant(seed_claims, request.param))


def involving(findings: list[Finding], *texts: str, doc: str | None = None) -> list[Finding]:
    """Findings whose claims include a claim with each of ``texts``."""
    out = []
    for f in findings:
        said = {(v["text"], v["doc_id"]) for v in f["values"]}
        if all(any(t == text and (doc is None or d == doc) for t, d in said) for text in texts):
            out.append(f)
    return out


def test_exports_level_across_documents_is_flagged(findings: list[Finding]) -> None:
    found = involving(findings, "$4.6 billion", "crossing the $2.5 billion mark")
    assert len(found) == 1
    finding = found[0]
    assert finding["type"] == "pragmatic"
    assert finding["docs"] == [D0, D1]
    assert finding["subject"] == {"entity": "Pakistan", "metric": "IT exports"}
    assert finding["gap"]["relative"] == 0.84
    assert "$4.6B" in finding["explanation"] and "more than $2.5B" in finding["explanation"]


def test_diverging_forward_figures_are_flagged(findings: list[Finding]) -> None:
    found = involving(findings, "$10 billion", "$25 billion")
    assert [f["type"] for f in found] == ["divergent_projection"]
    values = {v["text"]: (v["low"], v["high"]) for v in found[0]["values"]}
    # Rounded to the place of the last non-zero digit: "10" to the ten billion, "25" to one.
    assert values == {"$10 billion": (5_000_000_000, 15_000_000_000),
                      "$25 billion": (24_500_000_000, 25_500_000_000)}


def test_rates_arithmetic_is_flagged(findings: list[Finding]) -> None:
    found = involving(findings, "30-50%", "$50-70 per hour", "$150+")
    assert [f["type"] for f in found] == ["arithmetic"]
    assert found[0]["details"]["implied_from_stated"][0] == pytest.approx(53.33, abs=0.01)
    assert "53.3%" in found[0]["explanation"]


def test_exactly_the_three_seed_findings(findings: list[Finding]) -> None:
    assert sorted(f["type"] for f in findings) == [
        "arithmetic", "divergent_projection", "pragmatic"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("$4.6 billion", "around the $1 billion mark"),
        ("$4.6 billion", "$10 billion"),
        ("$4.6 billion", "$25 billion"),
        ("26.4%", "30-50%"),
        ("crossing the $2.5 billion mark", "over $100 million"),
        ("$4.6 billion", "over $100 million"),
        ("over 600,000", "over 30,000"),
        ("26.4%", "18 consecutive months"),
    ],
    ids=["level-vs-decade-ago", "level-vs-projection", "level-vs-target", "growth-vs-cost-gap",
         "exports-vs-market-cap", "level-vs-market-cap", "professionals-vs-graduates",
         "growth-vs-months"],
)
def test_not_flagged(findings: list[Finding], first: str, second: str) -> None:
    assert involving(findings, first, second) == []
