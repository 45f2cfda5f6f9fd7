"""rules/money.jsonl, percent.jsonl, quantity.jsonl and not_figures.jsonl on a tokenizer alone.

The ruler is set up as the figure patterns are meant to run: ``spacy.blank("en")``, one
span_ruler writing entities, the first longest span winning. Groups: the seed articles'
figures; BBC business sentences (written after the corpus, not copied); what must stay out
(changes "from X to Y", years, names with numbers, page counters); and the tables the
patterns must stay in step with (every currency form in rules/currencies.json is found by a
pattern and read back by ``parse_money`` with its code).
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import SpanRuler

import claimx
from claimx.normalize.money import parse_money
from claimx.rules_folder import RulesFolder

FILES = ("money.jsonl", "percent.jsonl", "quantity.jsonl", "not_figures.jsonl")
CURRENCIES = RulesFolder.open(None).table("currencies")


def patterns(name: str) -> list[dict[str, Any]]:
    return RulesFolder.open(None).patterns(file=name.removesuffix(".jsonl"))


@pytest.fixture(scope="module")
def ruler_nlp() -> Language:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe(
        "span_ruler",
        config={
            "spans_key": None,
            "annotate_ents": True,
            "ents_filter": {"@misc": "spacy.first_longest_spans_filter.v1"},
            "validate": True,
        },
    )
    assert isinstance(ruler, SpanRuler)
    for name in FILES:
        ruler.add_patterns(patterns(name))
    return nlp


def ents(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(ent.text, ent.label_) for ent in nlp(text).ents]


SENTENCES = [
    # seed articles
    ("IT exports reached $4.6 billion.", [("$4.6 billion", "MONEY")]),
    ("$4.6B Milestone", [("$4.6B", "MONEY")]),
    # a scale hyphenated to its number, as the Canadian and Philippine press write it
    ("It signed a $4.6-billion deal.", [("$4.6-billion", "MONEY")]),
    ("The House approved the PHP5.786-trillion budget.", [("PHP5.786-trillion", "MONEY")]),
    ("Prices rose $5-6 a share.", [("$5-6 a share", "MONEY")]),
    # a decimal comma before a scale
    ("It made a profit of 15,64 trillion won.", [("15,64 trillion won", "MONEY")]),
    ("The deal was worth €2,5 billion.", [("€2,5 billion", "MONEY")]),
    ("Developers charge $50-70 per hour.", [("$50-70 per hour", "MONEY")]),
    ("Plans start at $150+ a month.", [("$150+", "MONEY")]),
    ("Costs fell 30-50% while margins hit 26.4%.", [("30-50%", "PERCENT"), ("26.4%", "PERCENT")]),
    ("A $10 billion target, then $25 billion.",
     [("$10 billion", "MONEY"), ("$25 billion", "MONEY")]),
    ("Over 60% of firms export.", [("60%", "PERCENT")]),
    ("Past $2.5 billion and $100 million.", [("$2.5 billion", "MONEY"), ("$100 million", "MONEY")]),
    ("over 600,000 tech professionals", [("600,000", "QUANTITY")]),
    ("15+ IT startups and 18 incubators", [("15+", "QUANTITY"), ("18", "QUANTITY")]),
    ("30,000 graduates and 1.2 million users",
     [("30,000", "QUANTITY"), ("1.2 million", "QUANTITY")]),
    # BBC business phrasings
    (
        "Profit jumped 76% to $1.13bn (£600m) in the quarter, from $639m year-earlier.",
        [("76%", "PERCENT"), ("$1.13bn", "MONEY"), ("£600m", "MONEY"), ("$639m", "MONEY")],
    ),
    ("Shares lost 65 Canadian cents.", [("65 Canadian cents", "MONEY")]),
    ("The deal is worth US$ 75 million.", [("US$ 75 million", "MONEY")]),
    ("Oil rose to $55 a barrel.", [("$55 a barrel", "MONEY")]),
    ("Rates went up 5 to 10 percent.", [("5 to 10 percent", "PERCENT")]),
    ("The index gained 1.5 per cent.", [("1.5 per cent", "PERCENT")]),
    ("It bid between $5m and $10m for it.", [("between $5m and $10m", "MONEY")]),
    # abbreviated symbols whose dot the tokenizer splits off, or glued to the number
    ("Petrol costs Rs. 272 a litre.", [("Rs. 272 a litre", "MONEY")]),
    ("Petrol costs Rs.272 now.", [("Rs.272", "MONEY")]),
    ("It holds 10 swiss francs and 5 hong kong dollars.",
     [("10 swiss francs", "MONEY"), ("5 hong kong dollars", "MONEY")]),
    ("Tickets cost kr 250, or 250 kr at the door.", [("kr 250", "MONEY"), ("250 kr", "MONEY")]),
    # "X to Y" is one span to the patterns; the pipeline cuts a change in two after "rose"
    # (tests/rules/test_figure_patterns.py)
    ("Sales rose from $10.9bn to $11.1bn.", [("$10.9bn to $11.1bn", "MONEY")]),
    # amounts side by side stay apart, so a bare number of hundredths is left out of the span
    ("It cost 5 dollars and 3 euros.", [("5 dollars", "MONEY"), ("3 euros", "MONEY")]),
    ("It cost 5 dollars or 3 euros.", [("5 dollars", "MONEY"), ("3 euros", "MONEY")]),
    # a bare number before "or" and an amount is the range's other end
    ("It costs about 6 or $7 a share.", [("6 or $7 a share", "MONEY")]),
    ("Prices: 12 dollars 40 yuan.", [("12 dollars", "MONEY"), ("40 yuan", "MONEY")]),
    ("The fare is 12 dollars 40 now.", [("12 dollars", "MONEY"), ("40", "QUANTITY")]),
    # a year before a figure is not part of it; a percentage named first only opens a sentence
    ("In 2020 40 percent of 10 million people voted.",
     [("40 percent", "PERCENT"), ("10 million", "QUANTITY")]),
    ("Percent of 35 is the answer.", [("Percent of 35", "PERCENT")]),
    # numbers that are not figures, and a place name before a real count
    ("It won ISO 9001 and a Fortune 500 listing.",
     [("ISO 9001", "NOT_FIGURE"), ("Fortune 500", "NOT_FIGURE")]),
    ("Opens at 9:00 am daily.", [("9:00 am", "NOT_FIGURE")]),
    ("By 1949 Mao had won.", []),
    ("They hired in Pakistan 600,000 freelancers.", [("600,000", "QUANTITY")]),
    ("News Views: 0", [("Views: 0", "NOT_FIGURE")]),
    ("Visited 3 times, 1 visit(s) today",
     [("Visited 3 times", "NOT_FIGURE"), ("1 visit(s)", "NOT_FIGURE")]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES, ids=[t for t, _ in SENTENCES])
def test_sentence_spans(ruler_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert ents(ruler_nlp, text) == expected


@pytest.mark.parametrize("name", FILES)
def test_every_line_has_a_unique_id(name: str) -> None:
    ids = [record["id"] for record in patterns(name)]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def test_ids_are_unique_across_the_figure_files() -> None:
    ids = [record["id"] for name in FILES for record in patterns(name)]
    assert len(ids) == len(set(ids))


# Forms the MONEY patterns leave out on purpose (rules/currencies.json says why): one-letter
# or word-like codes after a number, and subunits read only after an amount in their unit.
AFTER_UNIT_ONLY = set(CURRENCIES["subunits_after_unit_only"])
WORD_LIKE_CODES = {"rs", "rs.", "rm", "rp", "zł", "元", "kr."}


def symbol_cases() -> list[tuple[str, str]]:
    return [(f"It cost {symbol} 40 today.", code) for symbol, code in CURRENCIES["symbols"].items()
            if symbol != "us dollars"]


def name_cases() -> list[tuple[str, str]]:
    forms = {**CURRENCIES["names"]}
    forms.update({s: c for s, c in CURRENCIES["subunits"].items() if s not in AFTER_UNIT_ONLY})
    # A dotted name is written as news writes it ("U.S. dollars"): the tokenizer knows "U.S.".
    return [
        (f"It cost 40 {name.title() if '.' in name else name} today.", code)
        for name, code in forms.items()
    ]


@pytest.mark.parametrize(("text", "code"), symbol_cases(), ids=[t for t, _ in symbol_cases()])
def test_every_symbol_is_found_and_read(ruler_nlp: Language, text: str, code: str) -> None:
    (money,) = [ent for ent in ruler_nlp(text).ents if ent.label_ == "MONEY"]
    amount = parse_money(money.text)
    assert amount is not None and amount.unit == code


@pytest.mark.parametrize(("text", "code"), name_cases(), ids=[t for t, _ in name_cases()])
def test_every_name_is_found_and_read(ruler_nlp: Language, text: str, code: str) -> None:
    (money,) = [ent for ent in ruler_nlp(text).ents if ent.label_ == "MONEY"]
    assert money.text == text.removeprefix("It cost ").removesuffix(" today.")
    amount = parse_money(money.text)
    assert amount is not None and amount.unit == code


@pytest.mark.parametrize("subunit", sorted(AFTER_UNIT_ONLY))
def test_after_unit_only_subunits_follow_their_unit(ruler_nlp: Language, subunit: str) -> None:
    assert ents(ruler_nlp, f"It cost 3 {subunit} today.") == [("3", "QUANTITY")]
    text = f"one kuai and five {subunit}"
    assert ents(ruler_nlp, f"It cost {text} today.") == [(text, "MONEY")]


def test_letter_codes_after_a_number_are_in_step_with_the_table() -> None:
    (line,) = [r for r in patterns("money.jsonl") if r["id"] == "money-number-code"]
    codes = set(line["pattern"][2]["LOWER"]["IN"])
    letters = {s for s in CURRENCIES["symbols"] if s.replace(".", "").isalpha()}
    assert codes == letters - WORD_LIKE_CODES - {"us dollars"}


def test_currency_symbols_are_no_names_before_a_number() -> None:
    """A title-cased symbol ("Rs 500", "Kr 250") must not read as a name with a number."""
    (line,) = [r for r in patterns("not_figures.jsonl") if r["id"] == "name-with-number"]
    allowed = set(line["pattern"][0]["LOWER"]["NOT_IN"])
    assert set(CURRENCIES["symbols"]) - {"us dollars"} <= allowed


def test_a_year_earlier_is_a_date_not_a_rate(blank_nlp: Language) -> None:
    doc = blank_nlp("Sales fell to $2.89bn from $3.1bn a year earlier.")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("$2.89bn", "MONEY"), ("$3.1bn", "MONEY"), ("a year earlier", "DATE"),
    ]


@pytest.mark.parametrize(
    ("text", "money", "per"),
    [
        ("Rent was £1,200 a month ago and is more now.", "£1,200", None),
        ("The trust held $12m a decade back.", "$12m", None),
        ("Staff earn $50,000 a year before tax.", "$50,000 a year", "year"),
        ("Brent fetched $35 a barrel on Tuesday.", "$35 a barrel", "barrel"),
    ],
)
def test_a_rate_is_trimmed_only_before_a_time_word(text: str, money: str, per: str | None) -> None:
    (claim,) = [c for c in claimx.extract([text], model="blank").claims if c["kind"] == "money"]
    assert (claim["text"], claim["value"]["per"]) == (money, per)
