"""Reconciliation on the claims really extracted from the seeds (not hand-made ones).

Each expectation is found by content: the texts of the claims a finding involves.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from claimx.batch.corpus import iter_documents
from claimx.batch.run import process
from claimx.reconcile import reconcile
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def seeds(nlp: Language) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    claims = [c for _, _, found in process(nlp, iter_documents([SEEDS])) for c in found]
    return claims, reconcile(claims)


def involved(finding: dict[str, Any], claims: list[dict[str, Any]]) -> set[str]:
    by_id = {c["id"]: c["text"] for c in claims}
    return {by_id[i] for i in finding["claims"]}


def findings_with(seeds: tuple[list[dict[str, Any]], list[dict[str, Any]]],
                  *texts: str) -> list[dict[str, Any]]:
    claims, findings = seeds
    return [f for f in findings if set(texts) <= involved(f, claims)]


@pytest.mark.parametrize(
    ("texts", "kind"),
    [
        (("$4.6 billion", "crossing the $2.5 billion mark"), "pragmatic"),
        (("$10 billion", "$25 billion"), "divergent_projection"),
        (("30-50%", "$50-70 per hour", "$150+"), "arithmetic"),
    ],
)
def test_flagged(seeds: Any, texts: tuple[str, ...], kind: str) -> None:
    assert [f["type"] for f in findings_with(seeds, *texts)] == [kind]


@pytest.mark.parametrize(
    "texts",
    [
        ("$4.6 billion", "around the $1 billion mark"),
        ("$4.6 billion", "$10 billion"),
        ("$4.6 billion", "$25 billion"),
        ("26.4%", "30-50%"),
        ("crossing the $2.5 billion mark", "over $100 million"),
        ("$4.6 billion", "over $100 million"),
        ("over 600,000", "over 30,000"),
    ],
)
def test_not_flagged(seeds: Any, texts: tuple[str, ...]) -> None:
    assert findings_with(seeds, *texts) == []


def test_explanations_name_the_numbers(seeds: Any) -> None:
    [finding] = findings_with(seeds, "$4.6 billion", "crossing the $2.5 billion mark")
    assert "$4.6B" in finding["explanation"] and "$2.5B" in finding["explanation"]
    assert finding["subject"] == {"entity": "Pakistan", "metric": "IT exports"}
