"""Property tests: random text and random number phrasings never break the normalizers or
the pipeline, bounds stay ordered, offsets stay exact, and runs are repeatable."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from claimx.claims import build_claims
from claimx.normalize.dates import parse_date
from claimx.normalize.money import parse_money
from claimx.normalize.numbers import parse_number
from claimx.normalize.percent import parse_percent
from claimx.normalize.quantity import parse_count

HEDGES = st.sampled_from(["", "over ", "around the ", "up to ", "nearly ", "between ", "some "])
SYMBOLS = st.sampled_from(["$", "£", "€", "¥", "Rs ", "US$ ", "PKR ", ""])
SCALES = st.sampled_from(["", " million", "bn", "m", " billion", " lakh", "k", " crore"])
NAMES = st.sampled_from(["", " dollars", " euros", " pounds", " rupees", " cents"])
NUMBERS = st.one_of(
    st.integers(min_value=0, max_value=10**12).map(lambda n: f"{n:,}"),
    st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False).map(str),
    st.sampled_from(["five", "twenty-five", "a hundred", "half a million", "one thousand"]),
)
PHRASES = st.builds(
    lambda hedge, symbol, number, scale, rng, name, plus: (
        f"{hedge}{symbol}{number}{scale}{rng}{name}{plus}"
    ),
    HEDGES, SYMBOLS, NUMBERS, SCALES,
    st.sampled_from(["", "-70", " to 90", " and $9m"]), NAMES, st.sampled_from(["", "+", "%"]),
)
NORMALIZERS = [parse_money, parse_percent, parse_count]


def ordered(amount: object) -> bool:
    low, high = getattr(amount, "low", None), getattr(amount, "high", None)
    return low is None or high is None or low <= high


@given(st.one_of(PHRASES, st.text(max_size=60)))
@settings(max_examples=400, deadline=None)
def test_normalizers_never_raise_and_keep_low_below_high(text: str) -> None:
    for normalize in NORMALIZERS:
        assert ordered(normalize(text))
    parse_number(text)


@given(st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_dates_never_raise(text: str) -> None:
    value = parse_date(text)
    assert value is None or value.start is None or value.end is None or value.start <= value.end


SENTENCES = st.lists(
    st.one_of(
        PHRASES.map(lambda p: f"Exports rose to {p} in 2024."),
        st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=80),
        st.sampled_from(["\n\n", "\r\n", "Pakistan’s IT exports hit $4.6B.", "• Views: 0\n"]),
    ),
    max_size=8,
).map(" ".join)


@given(SENTENCES)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                               HealthCheck.function_scoped_fixture])
def test_pipeline_offsets_are_exact_and_runs_repeat(blank_nlp: Language, text: str) -> None:
    runs = []
    for _ in range(2):
        doc = blank_nlp(text)
        claims = build_claims("d", text, doc._.claimx_figures, paragraphs=doc._.claimx_paragraphs)
        for claim in claims:
            assert text[claim["start"] : claim["end"]] == claim["text"]
            value = claim["value"]
            if "low" in value:
                assert value["low"] is None or value["high"] is None or (
                    value["low"] <= value["high"]
                )
        runs.append(json.dumps(claims, sort_keys=True))
    assert runs[0] == runs[1]
