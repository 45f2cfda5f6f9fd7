"""Fixtures for reconciliation tests: the packaged tables, the seed claims, a claim builder."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest
from spacy.language import Language

from claimx.batch.corpus import iter_documents
from claimx.batch.run import process
from claimx.io import dumps
from claimx.reconcile import ReconcileTables, load_tables
from tests.conftest import SEEDS

Claim = dict[str, Any]


@pytest.fixture(scope="session")
def tables() -> ReconcileTables:
    return load_tables()


@pytest.fixture(scope="session")
def extracted_seed_claims(nlp: Language) -> list[Claim]:
    """The claim lines extraction writes for the two seed articles, as read back from JSON."""
    return [json.loads(dumps(claim))
            for _, _, claims in process(nlp, iter_documents([SEEDS])) for claim in claims]


@pytest.fixture
def seed_claims(extracted_seed_claims: list[Claim]) -> list[Claim]:
    """The seed articles' claims, a copy each test may change."""
    return copy.deepcopy(extracted_seed_claims)


def make_claim(
    doc: str,
    text: str,
    low: float | int | None,
    high: float | int | None = None,
    *,
    bound: str = "exact",
    kind: str = "money",
    unit: str | None = "USD",
    per: str | None = None,
    precision: float | int | None = None,
    entity: str | None = "Pakistan",
    metric: str | None = "IT exports",
    time: dict[str, Any] | None = None,
    modality: str = "actual",
    doc_date: str | None = None,
    sentence: str | None = None,
    sentence_start: int = 0,
    paragraph: int = 0,
    cues: tuple[str, ...] = (),
) -> Claim:
    """A claim line as claims.jsonl holds it; start is found inside ``sentence``."""
    sentence = sentence if sentence is not None else text
    start = sentence_start + sentence.index(text)
    if high is None and bound in ("exact", "approx"):
        high = low
    return {
        "id": f"{doc}:{start}-{start + len(text)}",
        "doc_id": doc,
        "doc_date": doc_date,
        "kind": kind,
        "label": kind.upper(),
        "text": text,
        "start": start,
        "end": start + len(text),
        "sentence": sentence,
        "sentence_start": sentence_start,
        "paragraph": paragraph,
        "value": {
            "low": low,
            "high": high,
            "bound": bound,
            "unit": unit,
            "per": per,
            "precision": precision,
        },
        "subject": {"entity": entity, "metric": metric},
        "time": time,
        "modality": modality,
        "cues": list(cues),
        "rule_id": "test",
        "source": "rules",
    }


def year(text: str, value: int) -> dict[str, Any]:
    """The time of a claim scoped to a calendar year."""
    return {"claim_id": None, "text": text, "start": f"{value}-01-01", "end": f"{value}-12-31",
            "grain": "year", "relative": False, "offset": None}


def relative(text: str, offset: str) -> dict[str, Any]:
    """The time of a claim scoped by an unresolved relative date ("a decade ago")."""
    return {"claim_id": None, "text": text, "start": None, "end": None, "grain": "year",
            "relative": True, "offset": offset}


@pytest.fixture
def claim() -> Callable[..., Claim]:
    return make_claim


@pytest.fixture
def time_year() -> Callable[[str, int], dict[str, Any]]:
    return year


@pytest.fixture
def time_relative() -> Callable[[str, str], dict[str, Any]]:
    return relative
