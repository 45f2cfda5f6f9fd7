"""The README says what the code does: its examples run, its tables match the code."""

from __future__ import annotations

import re

import pytest

from claimx.frames import CLAIMS, CONFLICT_CLAIMS, CONFLICTS, DOCUMENTS, DTYPES, Table
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, re.S)


@pytest.mark.parametrize("code", BLOCKS, ids=[f"block-{n}" for n in range(len(BLOCKS))])
def test_readme_example_runs(code: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    exec(compile(code, "README.md", "exec"), {"__name__": "readme"})


def test_the_pandas_example_finds_the_seed_figures(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    example = next(code for code in BLOCKS if "load_claims" in code)
    names: dict[str, object] = {"__name__": "readme"}
    exec(compile(example, "README.md", "exec"), names)
    exports = names["exports"]
    assert list(exports["text"])[-2:] == ["$10 billion", "$25 billion"]  # type: ignore[index]
    assert set(names["evidence"]["type"]) == {  # type: ignore[index]
        "arithmetic", "divergent_projection", "pragmatic"}


def test_the_dtype_table_is_the_declaration() -> None:
    tables: dict[str, Table] = {
        "load_claims": CLAIMS,
        "load_conflicts": CONFLICTS,
        "load_conflicts(by_claim=True)": CONFLICT_CLAIMS,
        "load_documents": DOCUMENTS,
    }
    documented: dict[str, dict[str, str]] = {name: {} for name in tables}
    for frame, dtype, columns in re.findall(
        r"^\| `(load_[^`]+)` \| `([^`]+)`[^|]* \| (.+) \|$", README, re.M
    ):
        for column in re.findall(r"`([^`]+)`", columns):
            documented[frame][column] = dtype
    declared = {
        name: {column: DTYPES[kind] for column, kind in table.columns.items()}
        for name, table in tables.items()
    }
    assert documented == declared


def test_the_exit_codes_are_tabled() -> None:
    assert re.findall(r"^\| (\d+) \| ", README, re.M) == ["0", "1", "2", "3", "130"]
