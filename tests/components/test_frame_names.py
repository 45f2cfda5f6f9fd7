"""Names merged within one document: a part or an extension of an earlier name is that name."""

from __future__ import annotations

import pytest

from claimx.components.framer import merge_names

TITLES = frozenset({"mr", "ms"})


@pytest.mark.parametrize(
    ("mentions", "name", "merged"),
    [
        pytest.param([(0, "ORG", "Skis Rossignol"), (9, "ORG", "Rossignol")], "Rossignol",
                     "Skis Rossignol", id="shorter form"),
        pytest.param([(0, "ORG", "Yukos"), (5, "ORG", "Yukos oil firm")], "Yukos oil firm",
                     "Yukos", id="longer form"),
        pytest.param([(0, "PERSON", "Tony Blair"), (7, "PERSON", "Mr Blair")], "Mr Blair",
                     "Tony Blair", id="title left out"),
        pytest.param([(0, "ORG", "Bank of England"), (3, "GPE", "England")], "England",
                     "England", id="another label stays apart"),
        pytest.param([(0, "GPE", "New York"), (4, "GPE", "York")], "York", "York",
                     id="places are never merged"),
        pytest.param([(0, "ORG", "Microsoft"), (2, "ORG", "Sony")], "Sony", "Sony",
                     id="different names stay apart"),
    ],
)
def test_merge_names(
    mentions: list[tuple[int, str, str]], name: str, merged: str
) -> None:
    assert merge_names(mentions, TITLES).get(name, name) == merged
