"""The pure packages import without spaCy, pandas or pyarrow (so they start in milliseconds)."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys

import pytest

import claimx.frame
import claimx.normalize
import claimx.reconcile

HEAVY = ("spacy", "pandas", "pyarrow")
PURE_PACKAGES = (claimx.frame, claimx.normalize, claimx.reconcile)
# Pure too: the rules folder's reader (the normalizers read their tables through it), the
# JSONL stack (reconciliation reads claims and writes findings through it) and the corpus
# reader (reading documents does not load the pipeline).
SHARED_MODULES = ("claimx.rules_check", "claimx.rules_folder", "claimx.rules_spec", "claimx.io",
                  "claimx.batch.corpus")
PURE_MODULES = ["claimx", *SHARED_MODULES, *(package.__name__ for package in PURE_PACKAGES), *(
    module.name
    for package in PURE_PACKAGES
    for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}.")
)]


def heavy_modules_after(code: str) -> list[str]:
    """Which of spaCy, pandas and pyarrow a fresh interpreter holds after running ``code``."""
    report = f"import json, sys; print(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    done = subprocess.run([sys.executable, "-c", f"{code}\n{report}"], capture_output=True,
                          text=True, check=True)
    loaded: list[str] = json.loads(done.stdout)
    return loaded


def test_the_pure_modules_are_found() -> None:
    assert {"claimx.normalize.money", "claimx.reconcile.engine", "claimx.frame.reader"} <= set(
        PURE_MODULES)


@pytest.mark.parametrize("module", PURE_MODULES)
def test_a_pure_module_imports_without_spacy_pandas_or_pyarrow(module: str) -> None:
    assert heavy_modules_after(f"import {module}") == []


@pytest.mark.parametrize(
    ("name", "loads"),
    [("load_claims", "pandas"), ("extract", "spacy")],
)
def test_an_export_loads_what_it_needs_when_first_used(name: str, loads: str) -> None:
    assert loads in heavy_modules_after(f"import claimx\nclaimx.{name}")
