"""rules/money.jsonl, percent.jsonl, quantity.jsonl, not_figures.jsonl: which figure spans win.

Two levels. The patterns alone on ``spacy.blank("en")`` (longest of overlapping matches, as the
pipeline keeps them) show what each rule matches; the rules-only pipeline (``build_nlp("blank")``)
adds the hedges before a figure and the blockers, and gives the claims. Sentences are written
after business news and after the failure groups of benchmarks/accuracy.py: tokenized newswire
("c $ 42.5 million"), decimals that look like clock times, finance shorthand, counts in words,
ranges and bounds, and numbers that are not figures (telephone numbers, vote splits).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.util import filter_spans

from claimx.batch.corpus import Document
from claimx.batch.run import process
from claimx.rules_folder import RulesFolder

FIGURES = ("MONEY", "PERCENT", "QUANTITY")
PATTERN_FILES = ("money.jsonl", "percent.jsonl", "quantity.jsonl")


@pytest.fixture(scope="module")
def patterns_nlp() -> Language:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("span_ruler", config={"validate": True})
    assert isinstance(ruler, SpanRuler)
    for name in PATTERN_FILES:
        ruler.add_patterns(RulesFolder.open(None).patterns(file=name.removesuffix(".jsonl")))
    return nlp


def pattern_spans(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(span.text, span.label_) for span in filter_spans(doc.spans["ruler"])]


PATTERN_SPANS = [
    # newswire tokenization: the letters of C$ and HK$ apart from the $
    ("revenue was c $ 42.5 million in the year", [("c $ 42.5 million", "MONEY")]),
    ("the fund holds hk $ 3.2 billion .", [("hk $ 3.2 billion", "MONEY")]),
    # signs after the number, codes glued to it or standing between number and scale
    ("Tickets cost 25 € at the door.", [("25 €", "MONEY")]),
    ("A fee of EUR250 applies.", [("EUR250", "MONEY")]),
    ("They lost 12 USD million last year.", [("12 USD million", "MONEY")]),
    ("The order is worth 30 MUSD in total.", [("30 MUSD", "MONEY")]),
    # an amount and its hundredths is one span; number words with fractions
    ("It cost 7 dollars 25 cents.", [("7 dollars 25 cents", "MONEY")]),
    ("Trade could reach half a billion dollars.", [("half a billion dollars", "MONEY")]),
    ("two 50 dollar notes", [("two", "QUANTITY"), ("50 dollar", "MONEY")]),
    ("a 8-cent dividend", [("8-cent", "MONEY")]),
    # a bound written after the figure
    ("Investment may reach $20bn or more.", [("$20bn or more", "MONEY")]),
    ("Rates rose 5% or more.", [("5% or more", "PERCENT")]),
    ("The site has 300 or more staff.", [("300 or more", "QUANTITY")]),
    # a year never starts a percentage range
    ("from 2% in 2004 to 4.25% now", [("2%", "PERCENT"), ("4.25%", "PERCENT")]),
    # counts: ranges with a dash or "between", two bounds, bounded number words
    ("It hired 20-30 engineers.", [("20-30", "QUANTITY")]),
    ("It hired between 20 and 30 engineers.", [("between 20 and 30", "QUANTITY")]),
    ("more than 10 and less than 40 firms", [("more than 10 and less than 40", "QUANTITY")]),
    ("It employs more than thirty engineers.", [("more than thirty", "QUANTITY")]),
    ("At least seven million people voted.", [("At least seven million", "QUANTITY")]),
    ("Twenty-one thousand people lost their jobs.", [("Twenty-one thousand", "QUANTITY")]),
    # a change is two figures, not a range; a number word may count
    ("Staff was cut from 155,000 to 110,000.", [("155,000", "QUANTITY"), ("110,000", "QUANTITY")]),
    ("The two firms merged.", [("two", "QUANTITY")]),
    # "or" bounds only: after "and" the word begins the next figure
    ("aged 30 and over 30,000 graduates", [("30", "QUANTITY"), ("30,000", "QUANTITY")]),
]


@pytest.mark.parametrize(("text", "expected"), PATTERN_SPANS, ids=[t for t, _ in PATTERN_SPANS])
def test_pattern_spans(patterns_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert pattern_spans(patterns_nlp, text) == expected


def figures(nlp: Language, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.label_ in FIGURES]


PIPELINE_FIGURES = [
    # a dotted decimal is an amount; a dotted time needs its am/pm
    ("Shares closed at $ 2.75 on Friday.", ["$ 2.75"]),
    ("The price rose to 14.27 cents.", ["14.27 cents"]),
    ("Trading opens at 9.30 am.", []),
    # a title-cased currency symbol before a number is no name ("Windows 10")
    ("The bank set aside Rs 500 crore for the scheme.", ["Rs 500 crore"]),
    ("It sold for Mex$ 10 million in March.", ["Mex$ 10 million"]),
    # comparisons as bounds before the figure
    ("Sales exceed $5m a year.", ["exceed $5m a year"]),
    ("Fares are priced higher than $499.", ["higher than $499"]),
    # numbers that are not figures
    ("He told BBC 6 Music the record was done.", []),
    ("Andre 3000 thanked fans.", []),
    ("It said GM 5,000 jobs were at risk.", ["5,000"]),  # a count of a plural noun
    ("It cost USD 500 last year.", ["USD 500"]),  # a currency code is no name
    ("Call +44-20-7946-0958 today.", []),
    ("Ring 0300-1234567 for details.", []),
    ("The appeal failed in a 2-1 decision.", []),
    ("Filter rows where x <>30.", []),
    # two bounds that make no one range are two figures; one that closes a range is one
    ("Bids came in over 900 and under 300 this week.", ["over 900", "under 300"]),
    ("Prices were up more than 8, above 120 a share.", ["more than 8", "above 120"]),
    ("Readings stayed above eighty, below ninety.", ["above eighty, below ninety"]),
    # "or more than" opens the next bound rather than closing the figure before it
    ("Scores equal to 70 or more than 85 pass.", ["70", "more than 85"]),
    ("Scores of 70 or more pass.", ["70 or more"]),
    # fractions after a bound; extra spaces between a bound and its figure
    ("Over 1/3 of members left.", ["Over 1/3"]),
    ("More than half voters agreed.", ["More than half"]),
    ("Keep the load at <=  5 units.", ["<=  5"]),
    # a length of time or a multiple is no count ("over 15 years" is no lower bound of one)
    ("The deal is worth £2bn over 15 years.", ["£2bn"]),
    ("He has worked there for over 15 years.", []),
    ("Sales rose 5% over 12 months.", ["5%"]),
    ("It scored after 53 minutes.", []),
    ("Sales grew four times as fast.", []),
    ("It hired 40 engineers over two years.", ["40"]),
    ("It will be done in two years' time.", []),
    ("The first two years of the deal were hard.", []),
    # a length of time that measures an amount of something is a count in its time unit
    ("The three years of stagnation came to an end.", ["three"]),
    ("Pupils get two hours' PE within school.", ["two"]),
    ("I train about six hours a day.", ["about six"]),
    ("The average stay was 12 days.", ["12"]),
    ("It grew for 18 months of year-on-year growth.", ["18"]),
    ("Activity hit a seven-month high.", []),
    ("He was handed a two-year ban.", []),
    ("The kick ended 12 years of waiting.", []),
    ("It is announced every six months.", []),
    ("Inflation would rise to its 2% target within two years.", ["2%"]),
    ("He was axed after just one Six Nations outing.", []),
    ("They would face up to two years in jail.", ["up to two"]),
    ("A 512MB card will store about 30 minutes of video.", ["512", "about 30"]),
    # "one" counts only in a list of counts; a name made of number words cuts a count
    ("One analyst said so.", []),
    ("It is one of the best.", []),
    ("There is only one choice.", ["one"]),
    ("In a year it released just one record.", ["one"]),
    ("Only one of them came.", []),
    ("It is just one of the costs.", []),
    ("He won two silvers and one Olympic bronze.", ["two", "one"]),
    ("He and one of his aides left.", []),
    ("England have lost three Six Nations games in a row.", ["three"]),
    # "N times" is a count of occurrences unless it multiplies what follows
    ("Interest rates rose five times between 2003 and 2004.", ["five"]),
    ("You could see that phrase 7.1 million times.", ["7.1 million"]),
    ("It is three times the size of Wales.", []),
    ("Opera can magnify text by up to 10 times.", []),
    ("The offering was oversubscribed 16.2 times, bankers said.", []),
    ("Nine times out of ten they will die.", []),
    ("He could be back within a year or two.", []),
    ("You can watch TV on your mobile 24 hours a day.", []),
    # a count never cuts through a percentage ("10 or 15" of "10 or 15%")
    ("It's important we only use 10 or 15% of the processor.", ["10", "15%"]),
    ("The lessons are aimed at 11 to 14-year-olds.", []),
    ("Asians were 1.9 times more likely to be stopped.", []),
    # points glued to the number, as rate decisions are written
    ("The MPC raised the MPR by 400bps to 22.75 per cent.", ["400bps", "22.75 per cent"]),
    ("It cut by 25bp and then by 0.5pp.", ["25bp", "0.5pp"]),
    # points of a percentage written with "percent" ("an increase of 0.48 per cent point")
    ("It was an increase of 0.48 per cent point.", ["0.48 per cent point"]),
    ("Inflation rose 0.47 percent points.", ["0.47 percent points"]),
]


@pytest.mark.parametrize(("text", "expected"), PIPELINE_FIGURES,
                         ids=[t for t, _ in PIPELINE_FIGURES])
def test_pipeline_figures(blank_nlp: Language, text: str, expected: list[str]) -> None:
    assert figures(blank_nlp, text) == expected


def claims(nlp: Language, text: str) -> list[dict[str, Any]]:
    return [
        claim
        for _, _, found in process(nlp, [Document("doc", "test", text)])
        for claim in found
        if claim["kind"] != "date"
    ]


CLAIMS = [
    # (sentence, claim text, low, high, bound, unit)
    ("Revenue was c $ 42.5 million last year.", "c $ 42.5 million",
     42_500_000, 42_500_000, "exact", "CAD"),
    ("The bank set aside Rs 500 crore for the scheme.", "Rs 500 crore",
     5_000_000_000, 5_000_000_000, "exact", "INR"),
    ("It cost 7 dollars 25 cents.", "7 dollars 25 cents", 7.25, 7.25, "exact", "USD"),
    ("It employs more than thirty engineers.", "more than thirty", 30, None, "lower",
     "engineers"),
    ("It hired 20-30 engineers.", "20-30", 20, 30, "range", "engineers"),
    # number words without a bound, sentence-initial too
    ("Four senior directors have left.", "Four", 4, 4, "exact", "senior directors"),
    ("It has two appeal courts.", "two", 2, 2, "exact", "appeal courts"),
    ("Rates rose 5% or more.", "5% or more", 5, None, "lower", "percent"),
    # a code glued to the number keeps the scale the tokenizer splits off
    ("Profit was USD40m last year.", "USD40m", 40_000_000, 40_000_000, "exact", "USD"),
    ("It raised EUR75m.", "EUR75m", 75_000_000, 75_000_000, "exact", "EUR"),
    ("The plan costs INR3 trillion.", "INR3 trillion", 3e12, 3e12, "exact", "INR"),
    ("The budget is Rs612 billion.", "Rs612 billion", 612e9, 612e9, "exact", "INR"),
    ("The budget for 2019 stands at RM314.6 billion.", "RM314.6 billion", 314.6e9, 314.6e9,
     "exact", "MYR"),
    # Malaysian papers' short scales, glued or apart
    ("RM303.8bil goes towards operating expenses.", "RM303.8bil", 303.8e9, 303.8e9, "exact",
     "MYR"),
    ("It cost RM1.2mil.", "RM1.2mil", 1.2e6, 1.2e6, "exact", "MYR"),
    ("The firm has 2.3mil users.", "2.3mil", 2.3e6, 2.3e6, "exact", "users"),
    ("It was sold for $US12,400,000.", "$US12,400,000", 12_400_000, 12_400_000, "exact",
     "USD"),
    ("Its bid was $A35m.", "$A35m", 35_000_000, 35_000_000, "exact", "AUD"),
    ("Its debt is $US 3bn.", "$US 3bn", 3e9, 3e9, "exact", "USD"),
    ("The deal was worth NZ$3m.", "NZ$3m", 3_000_000, 3_000_000, "exact", "NZD"),
    # a scale word glued to the number, as some UK papers write it
    ("Profits fell to £242million.", "£242million", 242e6, 242e6, "exact", "GBP"),
    ("It was sold for $1.5billion.", "$1.5billion", 1.5e9, 1.5e9, "exact", "USD"),
    ("About 5million people voted.", "About 5million", 5e6, 5e6, "approx", "people"),
    # a scale written once serves both ends of a range
    ("It expects $20 to $25 billion.", "$20 to $25 billion", 2e10, 2.5e10, "range", "USD"),
    ("It cut the US$61 to $64 billion it had forecast.", "US$61 to $64 billion", 6.1e10,
     6.4e10, "range", "USD"),
    ("Sales are forecast at $2.1bn to $2.4bn.", "$2.1bn to $2.4bn", 2.1e9, 2.4e9, "range",
     "USD"),
    # rates with hyphens or as one word; orders of magnitude
    ("Shares rose to A$2.85-a-share.", "A$2.85-a-share", 2.85, 2.85, "exact", "AUD"),
    ("Dates sold for 120 riyals apiece.", "120 riyals apiece", 120, 120, "exact", "SAR"),
    ("It will cost tens of millions of dollars.", "tens of millions of dollars", 10_000_000,
     100_000_000, "range", "USD"),
    ("Tens of thousands of people marched.", "Tens of thousands of", 10_000, 100_000,
     "range", "people"),
    ("It costs about 6 or $7 a share.", "about 6 or $7 a share", 6, 7, "range", "USD"),
    # fractions of a scale; a range whose left end is already in units
    ("A quarter of a million people came.", "A quarter of a million", 250_000, 250_000,
     "exact", "people came"),
    ("It cost a quarter of a million dollars.", "a quarter of a million dollars", 250_000,
     250_000, "exact", "USD"),
    ("It sold between 600,000 and one million boxes.", "between 600,000 and one million",
     600_000, 1_000_000, "range", "boxes"),
    # two numbers joined by "or" are a range; a whole number and a half
    # (a unit of measure before a noun is the unit: the rods are three or four inches long)
    ("The doctors put in three or four inch rods.", "three or four", 3, 4, "range",
     "inch"),
    ("Two or three people were hurt.", "Two or three", 2, 3, "range", "people"),
    ("A two and a half inch needle was used.", "two and a half", 2.5, 2.5, "exact",
     "inch"),
    # a number with no noun after it counts what its measure counts
    ("Unemployment rose to 4.64 million.", "4.64 million", 4_640_000, 4_640_000, "exact",
     "Unemployment"),
    # percentages as the UK press and market round-ups write them
    ("Inflation was 2.15pc in May.", "2.15pc", 2.15, 2.15, "exact", "percent"),
    ("It posted a 3.4-percent fall.", "3.4-percent", 3.4, 3.4, "exact", "percent"),
    ("Fares saw a 15-per-cent rise.", "15-per-cent", 15, 15, "exact", "percent"),
    ("The index closed +0.5% on the day.", "+0.5%", 0.5, 0.5, "exact", "percent"),
    ("Yields ranged from -0.31% to -1.92% over the year.", "-0.31% to -1.92%", -1.92, -0.31,
     "range", "percent"),
]


@pytest.mark.parametrize(("text", "span", "low", "high", "bound", "unit"), CLAIMS,
                         ids=[c[0] for c in CLAIMS])
def test_claim_values(blank_nlp: Language, text: str, span: str, low: Any, high: Any,
                      bound: str, unit: str) -> None:
    (claim,) = claims(blank_nlp, text)
    value = claim["value"]
    assert (claim["text"], value["low"], value["high"], value["bound"], value["unit"]) == (
        span, low, high, bound, unit
    )


def test_a_year_is_no_end_of_a_money_range(blank_nlp: Language) -> None:
    found = claims(blank_nlp, "Sales were down 3% in 2004 to 640m euros.")
    assert [(c["text"], c["value"]["low"], c["value"]["high"]) for c in found] == [
        ("3%", 3, 3), ("640m euros", 640_000_000, 640_000_000)
    ]


FUTURE_DATES = [
    # (sentence, date, start): a date without a year in a sentence about the future falls
    # after the document's date (1 March 2005), in other sentences before it
    ("The election is expected on 5 May.", "5 May", "2005-05-05"),
    ("Talks will go on until Monday.", "Monday", "2005-03-07"),
    ("It will be done by the end of February.", "the end of February", "2006-02-21"),
    ("Sales rose on 5 May.", "5 May", "2004-05-05"),
    ("It closed on Monday.", "Monday", "2005-02-28"),
]


@pytest.mark.parametrize(("text", "span", "start"), FUTURE_DATES,
                         ids=[t for t, _, _ in FUTURE_DATES])
def test_dates_about_the_future_resolve_forward(blank_nlp: Language, text: str, span: str,
                                                start: str) -> None:
    found = [
        (c["text"], c["value"]["start"])
        for _, _, claims_ in process(blank_nlp, [Document("doc", "t", text, date(2005, 3, 1))])
        for c in claims_
        if c["kind"] == "date"
    ]
    assert found == [(span, start)]


CHANGES = [
    # (sentence, the two ends, their values): after a change word a from/to pair is a
    # baseline and a new level, never one range; the first end takes the second's scale
    ("Revenue rose from $20 to $25 billion.", ["$20", "$25 billion"], [2e10, 2.5e10]),
    ("Sales rose from $2.1bn to $2.4bn in 2004.", ["$2.1bn", "$2.4bn"], [2.1e9, 2.4e9]),
    ("The bank raised its rate from 1.40% to 1.65%.", ["1.40%", "1.65%"], [1.4, 1.65]),
    ("It cut its stake from 40% to 25%.", ["40%", "25%"], [40, 25]),
    ("The yield fell from -0.31% to -1.92%.", ["-0.31%", "-1.92%"], [-0.31, -1.92]),
    ("Analysts revised their forecast for the year from 5 to 10 percent.", ["5", "10 percent"],
     [5, 10]),
    # "from" before a possessive owner of the first end
    ("Sales rose from the previous quarter's $3bn to $4bn.", ["$3bn", "$4bn"], [3e9, 4e9]),
    # without "from": a change and the level it reaches, when the level is far larger
    ("Crude rose $2.80 to $51.15 in New York.", ["$2.80", "$51.15"], [2.8, 51.15]),
    ("Exports were revised downward by $13.80 billion to $33.68 billion.",
     ["$13.80 billion", "$33.68 billion"], [1.38e10, 3.368e10]),
    ("Rates rose 0.25% to 5.5%.", ["0.25%", "5.5%"], [0.25, 5.5]),
    ("Brent crude rose, adding $1.89 to $48.62.", ["$1.89", "$48.62"], [1.89, 48.62]),
    ("Shares shed 12p to 340p.", ["12p", "340p"], [0.12, 3.4]),
    # a change written with its sign (Action Forex on Canada's jobs)
    ("Unemployment rate fell -0.1% to 5.7%.", ["-0.1%", "5.7%"], [-0.1, 5.7]),
    # the change word before its object
    ("The bank lifted interest rates 0.25% to 5.5%.", ["0.25%", "5.5%"], [0.25, 5.5]),
    ("It reflected an increase in the goods deficit of $4.6 billion to $65.6 billion.",
     ["$4.6 billion", "$65.6 billion"], [4.6e9, 65.6e9]),
]

RANGES_OF_CHANGE = [
    # ends close together after a change word: a range of the change
    ("Growth is expected to rise 3% to 4% next year.", "3% to 4%"),
    ("Profits fell $2bn to $3bn.", "$2bn to $3bn"),
    ("The firm expects to raise prices 4% to 6%.", "4% to 6%"),
    ("Profits fell $2 to $3 billion.", "$2 to $3 billion"),  # both in billions
    # a range after a change word that punctuation or a number keeps apart
    ("Prices rose, analysts said, 0.5% to 5%.", "0.5% to 5%"),
    # a signed first end as far from the second as the second is large
    ("Temperatures rose -5% to 3%.", "-5% to 3%"),
]


@pytest.mark.parametrize(("text", "span"), RANGES_OF_CHANGE, ids=[t for t, _ in RANGES_OF_CHANGE])
def test_a_change_between_two_close_ends_is_a_range(blank_nlp: Language, text: str,
                                                    span: str) -> None:
    assert [c["text"] for c in claims(blank_nlp, text)] == [span]


@pytest.mark.parametrize(("text", "ends", "values"), CHANGES, ids=[t for t, _, _ in CHANGES])
def test_a_change_is_two_figures(blank_nlp: Language, text: str, ends: list[str],
                                 values: list[float]) -> None:
    found = claims(blank_nlp, text)
    assert [c["text"] for c in found] == ends
    assert [c["value"]["low"] for c in found] == values


CONVERSIONS = [
    # (sentence, [(claim text, low, high, bound, per)]): a bracketed conversion says what
    # the figure it converts says
    ("It cost less than $30m (£16m).",
     [("less than $30m", None, 30e6, "upper", None), ("£16m", None, 16e6, "upper", None)]),
    ("It was $4.2m (£2.3m) per aircraft.",
     [("$4.2m", 4.2e6, 4.2e6, "exact", "aircraft"),
      ("£2.3m", 2.3e6, 2.3e6, "exact", "aircraft")]),
    ("Monthly fees of up to 300 yuan ($36; £19) were charged.",
     [("up to 300 yuan", None, 300, "upper", "month"), ("$36", None, 36, "upper", "month"),
      ("£19", None, 19, "upper", "month")]),
]


@pytest.mark.parametrize(("text", "expected"), CONVERSIONS, ids=[t for t, _ in CONVERSIONS])
def test_bracketed_conversions(blank_nlp: Language, text: str,
                               expected: list[tuple[Any, ...]]) -> None:
    found = [
        (c["text"], c["value"]["low"], c["value"]["high"], c["value"]["bound"],
         c["value"]["per"])
        for c in claims(blank_nlp, text)
    ]
    assert found == expected


PLACES = [
    # (sentence, currency): the places, central banks and tax bodies a document names
    # choose among the countries that write "Rs"; when none does, the first listed (INR)
    ("Traders in Karachi said the budget of Rs612 billion was passed.", "PKR"),
    ("The FBR collected Rs612 billion.", "PKR"),
    ("The Central Bank of Sri Lanka held Rs 5bn.", "LKR"),
    ("The budget of Rs612 billion was passed.", "INR"),
    # "N" (naira, with a scale) and "Sh" (shillings) only where the places say which
    ("Lawmakers in Abuja passed a N21.8 trillion spending plan.", "NGN"),
    ("The Central Bank of Nigeria injected N1.3trn into banks.", "NGN"),
    ("Nairobi will borrow Sh420 billion next year.", "KES"),
    ("Uganda set aside Sh. 5 trillion for roads.", "UGX"),
    # "N" with a scale is the naira wherever no place says otherwise
    ("Lawmakers passed a N21.8 trillion spending plan.", "NGN"),
    # "P" with a scale: the Philippine peso or the Botswana pula, as the places say
    ("In Manila, the budget deficit climbed to P133 billion in August.", "PHP"),
    ("Botswana set a P70 billion budget.", "BWP"),
]

NO_PLACE = [
    # (sentence): "Sh" with no place that implies it, "N" without a scale: no amounts
    "The city will borrow Sh420 billion next year.",
    "Staff in Abuja wore N95 masks.",
    # "P" names two countries' money: without a place, or without a scale, none
    "The budget deficit climbed to P133 billion in August.",
    "Staff in Manila wore P2 masks.",
]


def test_a_bare_dollar_beside_dollar_us_is_the_local_dollar(blank_nlp: Language) -> None:
    found = claims(blank_nlp, "Debt was $US2 trillion ($3 trillion) last year.")
    assert [c["value"]["unit"] for c in found] == ["USD", "AUD"]


@pytest.mark.parametrize(
    ("text", "units"),
    [
        pytest.param("It cut its dividend from a record 4.86 euros in 2014 to just 0.17 cents.",
                     ["EUR", "EUR"], id="euro cents after euros"),
        pytest.param("Qantas made A$0.5bn, or 20 cents a share.", ["AUD", "AUD"],
                     id="a rate in cents after Australian dollars"),
        pytest.param("Qantas made A$0.5bn, or 20 US cents a share.", ["AUD", "USD"],
                     id="cents that name their currency"),
        pytest.param("Shares rose 20 cents. Profit was 5 euros.", ["USD", "EUR"],
                     id="no amount before them in their sentence"),
        pytest.param("It paid £5 and 20 cents.", ["GBP", "USD"],
                     id="a currency whose hundredth has a name of its own"),
    ],
)
def test_bare_cents_are_of_the_currency_written_before_them(
    blank_nlp: Language, text: str, units: list[str]
) -> None:
    assert [c["value"]["unit"] for c in claims(blank_nlp, text) if c["kind"] == "money"] == units


@pytest.mark.parametrize(("text", "code"), PLACES, ids=[t for t, _ in PLACES])
def test_the_documents_places_choose_the_currency(blank_nlp: Language, text: str,
                                                  code: str) -> None:
    assert [c["value"]["unit"] for c in claims(blank_nlp, text) if c["kind"] == "money"] == [
        code
    ]


def test_both_ends_of_a_naira_pair_are_read_without_a_place(nlp: Language) -> None:
    # New Telegraph, 1 January 2024: the report names no Nigerian place
    text = ("The budget was passed after its size was increased from N27.5 trillion, as "
            "proposed by President Bola Tinubu, to N28.7 trillion.")
    found = [(c["text"], c["value"]["low"], c["value"]["unit"], c["value"]["facet"])
             for c in claims(nlp, text) if c["kind"] == "money"]
    assert found == [("N27.5 trillion", 27_500_000_000_000, "NGN", "baseline"),
                     ("N28.7 trillion", 28_700_000_000_000, "NGN", "new_level")]


@pytest.mark.parametrize("text", NO_PLACE, ids=NO_PLACE)
def test_a_place_only_symbol_without_its_place_is_no_money(blank_nlp: Language,
                                                          text: str) -> None:
    assert [c["text"] for c in claims(blank_nlp, text) if c["kind"] == "money"] == []


NOT_FIGURES = [
    # (sentence, figures and dates that stay): numbers in names, names that read as dates
    ("The 3G and 2G networks were sold.", []),
    ("Devices use USB 2.0 ports.", []),
    ("He lives at 10 Downing Street.", []),
    ("The FTSE 100 index rose 2%.", ["2%"]),
    ("The EU 2005 budget is €100bn.", ["2005", "€100bn"]),  # a year after an acronym
    ("He told BBC 6 Music so.", []),
    ("The 2005-6 budget was set.", ["2005-6"]),
    ("He told the Today programme that sales rose.", []),
    ("Jack Straw told Today that sales rose 5%.", ["5%"]),
    ("The Sunday Telegraph said so.", []),
    ("The Mail on Sunday reported it.", []),
    ("Theresa May spoke on 5 May.", ["5 May"]),
    ("England's Six Nations opener was won.", []),
    ("He told Radio Five Live so.", []),
    ("The main Three Gorges Dam was built.", []),
    ("He is a top-five player.", []),
    ("It is a 007 game.", []),
    ("He broke the 5,000m record and won 100m relay gold.", []),
    ("Italy 17-28 Ireland", []),
    ("Four senior directors have left.", ["Four"]),
    ("The Firefox 1.0 web browser was released.", []),
    ("They climbed the 382m track.", []),
    ("It is the 2003-04 season.", ["2003-04"]),
    ("Growth followed four consecutive quarters of losses.", []),
    # the months and days that are dates stay dates
    ("In May sales rose.", ["May"]),
    ("Early May was wet.", ["Early May"]),
    ("Today sales rose.", ["Today"]),
    ("Shares fell on Sunday.", ["Sunday"]),
    # a currency code that is an English word, in lower case, is the word
    ("He scored one try and made another.", []),
    ("Wasps ran in a six-try win.", []),
    # a title's number before "won" the verb, not the currency
    ("Halo 2 won the best Xbox game category.", []),
    ("The ticket cost 500 TRY.", ["500 TRY"]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_FIGURES, ids=[t for t, _ in NOT_FIGURES])
def test_names_and_versions_are_not_figures(blank_nlp: Language, text: str,
                                            expected: list[str]) -> None:
    labels = (*FIGURES, "DATE")
    assert [e.text for e in blank_nlp(text).ents if e.label_ in labels] == expected


@pytest.mark.parametrize("text", [
    "Of people aged between 18 and 34, few voted.",
    "Mauresmo routed Zvonareva 6-1 6-0.",
    "The score at 90 mins was 1-1.",
    "Henry 2, 29.",
    "Workers may work on till 70 if they wish.",
    "It is a two-horse race.",
    "9 David Nalbandian (Argentina)",
    "It costs less than a traditional 35mm print.",
    "Bolton is part two of an East Lancashire hotpot.",
    "It has a 24-hour culture and a six-figure salary.",
    "She won the 800m in Athens.",
    "Some 18 to 21-year-olds voted.",
    "Windows XP sold well.",
    "It fell in 190 A.D. to the Goths.",
    "The rap act in the list was 50 Cent, at number 19.",
    "Most of them are under the age of 30.",
])
def test_modifiers_races_and_age_bands_make_no_claims(blank_nlp: Language, text: str) -> None:
    # no figure: a name in the sentence ("Argentina") is a claim of its own
    assert [c for c in claims(blank_nlp, text) if c["kind"] != "entity"] == []


def bare_numbers(nlp: Language, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.label_ == "NUMBER"]


BARE_NUMBERS = [
    # (sentence, NUMBER spans, figures that stay): numbers with no unit are found as NUMBER
    ("The reading fell to minus 12 overnight.", ["minus 12"], []),
    ("Temperatures dropped below -15 at night.", ["below -15"], []),
    ("The tank was three quarters full.", ["three quarters"], []),
    ("The odds were one over four.", ["one over four"], []),
    ("Output was 4.2e6 units.", ["4.2e6"], []),
    ("It took a fifth longer, within 2 1/2 days.", ["a fifth", "2 1/2"], []),
    ("Scores ranged between minus four and six.", ["between minus four and six"], []),
    ("About ⅔ of the seats went to the party.", ["About ⅔"], []),
    # "one" as a pronoun is no number
    ("Which one do you prefer?", [], []),
    ("That one is the best offer.", [], []),
    ("The one million customers stayed.", [], ["one million"]),
    ("No one.", [], []),
    ("The one-million lira note was withdrawn.", [], ["one-million lira"]),
    # counts, money and percentages keep their spans
    ("Seven out of 10 regions saw prices fall.", [], ["Seven out of 10"]),
    ("The loss was -5% on the day.", [], ["-5%"]),
    ("It employs more than thirty engineers.", [], ["more than thirty"]),
    ("Trade could reach half a billion dollars.", [], ["half a billion dollars"]),
]


@pytest.mark.parametrize(("text", "numbers", "others"), BARE_NUMBERS,
                         ids=[t for t, _, _ in BARE_NUMBERS])
def test_bare_numbers(blank_nlp: Language, text: str, numbers: list[str],
                      others: list[str]) -> None:
    assert (bare_numbers(blank_nlp, text), figures(blank_nlp, text)) == (numbers, others)


@pytest.mark.parametrize("text", [t for t, _, others in BARE_NUMBERS if not others])
def test_a_bare_number_is_no_claim(blank_nlp: Language, text: str) -> None:
    assert claims(blank_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "span", "bound"),
    [
        pytest.param("Prices rose above the $50 mark.", "above the $50 mark", "lower",
                     id="a hedge and an article before a mark: a bound"),
        pytest.param("Credit rose by £1.5bn, more than the £1.4bn expected.", "£1.4bn", "exact",
                     id="a comparison with a figure named elsewhere: no bound"),
    ],
)
def test_a_hedge_reaches_over_an_article_only_to_a_mark(
    blank_nlp: Language, text: str, span: str, bound: str
) -> None:
    found = {c["text"]: c["value"]["bound"] for c in claims(blank_nlp, text)}
    assert found[span] == bound


RATIOS = [
    # a ratio is a share in percent, to two significant digits
    ("One in four Turks will be old.", "One in four", 25),
    ("Only one in six knew who he was.", "one in six", 16.7),
    ("Seven out of 10 regions saw prices fall.", "Seven out of 10", 70),
    ("One in every ten homes is empty.", "One in every ten", 10),
    ("Only 1 in twenty-one voted.", "1 in twenty-one", 4.76),
    ("One in five - the highest rate yet - voted.", "One in five", 20),
    # a fraction of what follows it
    ("Roughly three quarters of the board agreed.", "Roughly three quarters", 75),
    ("A fifth of staff left.", "A fifth", 20),
    ("About half the plants will close.", "About half", 50),
    ("Nearly half those pupils polled said no.", "Nearly half", 50),
    ("The firm cut half its workforce.", "half", 50),
    ("A third of children do sport.", "A third", 33.3),
]


@pytest.mark.parametrize(("text", "span", "share"), RATIOS, ids=[t for t, _, _ in RATIOS])
def test_a_ratio_is_a_percentage(blank_nlp: Language, text: str, span: str,
                                 share: float) -> None:
    (claim,) = claims(blank_nlp, text)
    assert (claim["text"], claim["kind"], claim["value"]["unit"]) == (span, "percent", "percent")
    assert float(claim["value"]["low"]) == pytest.approx(share)


@pytest.mark.parametrize("text", [
    "He scored one in three weeks.",  # a length of time: no share
    "She was the only one in the team to score.",  # a pronoun
    "It was the only one in 2004.",  # a year
    "It took a quarter of an hour.",  # a length of time
    "The tank was three quarters full.",  # no part of anything
    "The second half of 2004 was good.",  # a date
    "It fell by half.",  # a part of nothing named
])
def test_no_ratio_where_the_words_say_otherwise(blank_nlp: Language, text: str) -> None:
    assert [c for c in claims(blank_nlp, text) if c["kind"] == "percent"] == []
