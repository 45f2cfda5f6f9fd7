"""Full claims of every seed and test article, pinned.

A change in any claim shows up as a diff against the baseline in tests/test_regression/.
Accept an intended change with ``--force-regen`` after reading the diff.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from claimx.batch.corpus import iter_documents
from claimx.batch.run import process
from tests.conftest import ROOT, SEEDS

ARTICLES = sorted(SEEDS.glob("*.txt")) + sorted((ROOT / "tests" / "articles").glob("*.txt"))


@pytest.mark.parametrize("article", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_article_claims(
    article: Path, nlp: Language, data_regression: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)  # sources are recorded as given: keep them repository-relative
    [(_, record, claims)] = list(process(nlp, iter_documents([article.relative_to(ROOT)])))
    assert record["error"] is None
    data_regression.check({"document": record, "claims": claims}, basename=article.stem)
