"""A figure without a date takes the date of the last figure about the same thing nearby."""

from __future__ import annotations

from typing import Any

import pytest

from claimx.components.framer import inherit_time


def dated(index: int | None, **extra: Any) -> dict[str, Any]:
    return {"metric": "GDP", "entity": "United Kingdom", "time_index": index, **extra}


@pytest.mark.parametrize(
    ("later", "sentences_apart", "inherited"),
    [
        pytest.param(dated(None), 1, 7, id="the next sentence inherits"),
        pytest.param(dated(None), 4, None, id="out of reach"),
        pytest.param(dated(None, own_time=True), 1, None, id="a figure in the present keeps none"),
        pytest.param(dated(None, metric="inflation"), 1, None, id="another metric"),
    ],
)
def test_inherit_time(later: dict[str, Any], sentences_apart: int, inherited: int | None) -> None:
    history: dict[tuple[str | None, str], tuple[int, int]] = {}
    inherit_time(dated(7), 0, history, 3)
    inherit_time(later, sentences_apart, history, 3)
    assert later["time_index"] == inherited
