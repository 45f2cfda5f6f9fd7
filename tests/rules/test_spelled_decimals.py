"""Decimals spelled out ("31-point-eight percent", "one point three per cent"): the figure
is the whole number with its decimals, never the last digit word alone.

The sentences are written for these tests in the shape of a broadcaster's results report
and a BBC politics quote.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from tests.conftest import claims_of

FIGURES = [
    # (sentence, claim texts, their values: (low, high, unit))
    (
        "Operating profit rose 31-point-eight percent to 12-point-one trillion won, or "
        "approximately eight-point-five billion U.S. dollars.",
        ["31-point-eight percent", "12-point-one trillion won",
         "approximately eight-point-five billion U.S. dollars"],
        [(31.8, 31.8, "percent"), (12.1e12, 12.1e12, "KRW"), (8.5e9, 8.5e9, "USD")],
    ),
    (
        "In Ireland there was only a one point three per cent fall in volume sales.",
        ["one point three per cent"],
        [(1.3, 1.3, "percent")],
    ),
    (
        "Sales fell a thirty-one point two per cent, against point five per cent a year ago.",
        ["thirty-one point two per cent", "point five per cent"],
        [(31.2, 31.2, "percent"), (0.5, 0.5, "percent")],
    ),
    (
        # a broadcaster's script: the decimals in digits after the spelled point
        "Operating profit fell to six-point-54 trillion won on sales of 258-point-16 "
        "trillion won.",
        ["six-point-54 trillion won", "258-point-16 trillion won"],
        [(6.54e12, 6.54e12, "KRW"), (258.16e12, 258.16e12, "KRW")],
    ),
    (
        "One point three million people voted.",
        ["One point three million"],
        [(1.3e6, 1.3e6, "people")],
    ),
]


def figures(nlp: Language, text: str) -> list[dict[str, Any]]:
    return claims_of(nlp, text, ("money", "percent", "quantity"))


@pytest.mark.parametrize("model", ["nlp", "blank_nlp"])
@pytest.mark.parametrize(("text", "spans", "values"), FIGURES, ids=[f[1][0] for f in FIGURES])
def test_spelled_decimals_are_one_figure(
    request: pytest.FixtureRequest, model: str, text: str, spans: list[str],
    values: list[tuple[float, float, str]],
) -> None:
    found = figures(request.getfixturevalue(model), text)
    assert [claim["text"] for claim in found] == spans
    assert [
        (claim["value"]["low"], claim["value"]["high"], claim["value"]["unit"])
        for claim in found
    ] == values


def test_one_point_in_time_is_no_decimal(blank_nlp: Language) -> None:
    """'At one point three people ...': a count of people has no decimals."""
    found = figures(blank_nlp, "At one point three people were hurt in the crush.")
    assert [claim["text"] for claim in found if claim["value"]["low"] == 1.3] == []
