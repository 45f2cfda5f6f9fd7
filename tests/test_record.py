"""The claim record is declared once (claimx.record): the JSON Schema, the DataFrame columns
and the claims the pipeline writes all agree with the declaration."""

from __future__ import annotations

import json
import types
import typing
from typing import Any, Literal, get_args, get_origin

import pytest
from spacy.language import Language

from claimx.batch.corpus import Document, iter_documents
from claimx.batch.run import process
from claimx.dataframes import CLAIMS
from claimx.io import dumps
from claimx.record import (
    VALUE_OF_KIND,
    AmountValue,
    Basis,
    Claim,
    DateValue,
    EntityValue,
    Subject,
    TimeRef,
)
from claimx.schema import validator
from tests.conftest import SEEDS

SCHEMA: dict[str, Any] = validator("claims").schema
DEFS = SCHEMA["$defs"]
SUBJECT = SCHEMA["properties"]["subject"]
TIME = SCHEMA["properties"]["time"]["oneOf"][1]
# Columns frames.py adds that are not claim fields.
JOINED_COLUMNS = {"doc_source"}


def hints(record: type) -> dict[str, Any]:
    return typing.get_type_hints(record)


def object_schema(name: str) -> dict[str, Any]:
    """The schema of one declared object, with the date fields a time inherits."""
    if name == "time":
        date = DEFS["date"]
        return {"properties": {**date["properties"], **TIME["properties"]},
                "required": TIME["required"]}
    found: dict[str, Any] = {
        "claim": SCHEMA, "subject": SUBJECT, "basis": SUBJECT["properties"]["basis"],
        "amount": DEFS["amount"], "date": DEFS["date"], "entity": DEFS["entity"],
    }[name]
    return found


DECLARED = {
    "claim": Claim, "subject": Subject, "basis": Basis, "amount": AmountValue,
    "date": DateValue, "entity": EntityValue, "time": TimeRef,
}


@pytest.mark.parametrize("name", DECLARED)
def test_the_schema_has_the_declared_fields(name: str) -> None:
    assert set(object_schema(name)["properties"]) == set(hints(DECLARED[name]))


@pytest.mark.parametrize("name", DECLARED)
def test_the_schema_requires_the_declared_required_fields(name: str) -> None:
    assert set(object_schema(name)["required"]) == DECLARED[name].__required_keys__


def literal_values(annotation: Any) -> set[Any] | None:
    """The values a Literal (or Literal | None) allows; None for any other type."""
    if get_origin(annotation) is Literal:
        return set(get_args(annotation))
    if isinstance(annotation, types.UnionType) or get_origin(annotation) is typing.Union:
        parts = [literal_values(arg) for arg in get_args(annotation) if arg is not type(None)]
        if len(parts) == 1 and parts[0] is not None:
            return parts[0] | ({None} if type(None) in get_args(annotation) else set())
    return None


ENUMS = [
    (name, field, values)
    for name, record in DECLARED.items()
    for field, annotation in hints(record).items()
    if (values := literal_values(annotation)) is not None
]


def test_the_enumerations_are_found() -> None:
    assert {("claim", "kind"), ("amount", "facet"), ("basis", "entity")} <= {
        (name, field) for name, field, _ in ENUMS}


@pytest.mark.parametrize(("name", "field", "values"), ENUMS,
                         ids=[f"{name}.{field}" for name, field, _ in ENUMS])
def test_the_schema_enumerates_the_declared_values(
    name: str, field: str, values: set[Any]
) -> None:
    assert set(object_schema(name)["properties"][field]["enum"]) == values


def flat_fields(record: type, prefix: str = "") -> set[str]:
    """The declaration's fields as frames.py flattens them (nested objects joined by "_")."""
    found: set[str] = set()
    for field, annotation in hints(record).items():
        nested = [arg for arg in (*get_args(annotation), annotation)
                  if typing.is_typeddict(arg)]
        if nested:
            for arg in nested:
                found |= flat_fields(arg, f"{prefix}{field}_")
        else:
            found.add(f"{prefix}{field}")
    return found


def test_the_dataframe_columns_are_the_declared_fields() -> None:
    assert set(CLAIMS.columns) - JOINED_COLUMNS == flat_fields(Claim)


@pytest.fixture(scope="module")
def written(blank_nlp: Language) -> list[dict[str, Any]]:
    """The claims of the seed articles as claims.jsonl holds them, and of a sentence with a
    length of time (the seeds state none)."""
    durations = Document("durations", "test", "The striker was handed a two-year ban.")
    documents = [*iter_documents([SEEDS]), durations]
    return [json.loads(dumps(claim))
            for _, _, claims in process(blank_nlp, documents) for claim in claims]


def test_every_kind_is_written(written: list[dict[str, Any]]) -> None:
    assert {claim["kind"] for claim in written} == set(VALUE_OF_KIND)


def test_a_written_claim_has_the_declared_fields(written: list[dict[str, Any]]) -> None:
    assert {frozenset(claim) for claim in written} == {frozenset(hints(Claim))}


def test_a_written_subject_has_the_declared_fields(written: list[dict[str, Any]]) -> None:
    assert {frozenset(claim["subject"]) for claim in written} == {frozenset(hints(Subject))}


def test_a_written_value_has_the_fields_its_kind_declares(
    written: list[dict[str, Any]],
) -> None:
    wrong = [(claim["id"], sorted(claim["value"])) for claim in written
             if set(claim["value"]) != set(hints(VALUE_OF_KIND[claim["kind"]]))]
    assert wrong == []


def test_a_written_time_has_the_declared_fields(written: list[dict[str, Any]]) -> None:
    times = [claim["time"] for claim in written if claim["time"] is not None]
    assert times
    assert all(set(time) <= set(hints(TimeRef)) for time in times)
    assert all(TimeRef.__required_keys__ <= set(time) for time in times)
