"""Pipeline-level behaviour on short phrasings of our own (rules only, no model)."""

from __future__ import annotations

import pytest
from spacy.language import Language


def figures(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents if e.label_ != "GPE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The reserve was previously set at $500m.", [("$500m", "MONEY")],
                     id="scale-before-full-stop"),
        pytest.param("Profit was £600m.", [("£600m", "MONEY")], id="pound-scale-full-stop"),
        pytest.param("Trading closed at 1200 GMT.", [], id="24h-time-is-not-a-count"),
        pytest.param("Firms certified to ISO 9001 and Fortune 500 clients.", [],
                     id="names-with-numbers"),
        pytest.param("It could become a top-10 exporter.", [], id="ranking"),
        pytest.param("Sales hit $1.13bn (£600m) in the year.",
                     [("$1.13bn", "MONEY"), ("£600m", "MONEY")], id="two-currencies"),
        pytest.param("Rates fell by over 2 percentage points.",
                     [("over 2 percentage points", "PERCENT")], id="hedged-points"),
    ],
)
def test_figures_found(blank_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(blank_nlp, text) == expected


def test_initials_still_end_in_a_full_stop(blank_nlp: Language) -> None:
    assert [t.text for t in blank_nlp("J. Smith and M. Jones")][:2] == ["J.", "Smith"]


@pytest.mark.parametrize(
    ("text", "span", "bound"),
    [
        pytest.param("Fees are no more than $5m a year.", "no more than $5m a year", "upper",
                     id="no-more-than"),
        pytest.param("Growth was no less than 12%.", "no less than 12%", "lower",
                     id="no-less-than"),
    ],
)
def test_the_longest_hedge_wins(blank_nlp: Language, text: str, span: str, bound: str) -> None:
    from claimx.claims import build_claims

    doc = blank_nlp(text)
    [claim] = [c for c in build_claims("d", text, doc._.claimx_figures) if c["kind"] != "date"]
    assert (claim["text"], claim["value"]["bound"]) == (span, bound)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # The document writes day first (31/01), so 05/02 is 5 February.
        ("Bids closed on 31/01/2025 and the sale ended on 05/02/2025.", "2025-02-05"),
        # Month first (01/31): 05/02 is 2 May.
        ("Bids closed on 01/31/2025 and the sale ended on 05/02/2025.", "2025-05-02"),
        # Nothing decides: the table's order, month first.
        ("The sale ended on 05/02/2025.", "2025-05-02"),
    ],
)
def test_ambiguous_numeric_dates_follow_the_document(
    blank_nlp: Language, text: str, start: str
) -> None:
    from claimx.claims import build_claims

    doc = blank_nlp(text)
    claims = build_claims("d", text, doc._.claimx_figures)
    [claim] = [c for c in claims if c["text"] == "05/02/2025"]
    assert claim["value"]["start"] == start
