"""The gated span ruler finds exactly the spans of spaCy's plain span ruler.

Patterns are the project's own rules (over the seeds, a slice of the BBC corpus and random
text made of the rules' own words) and small patterns written here for each kind of token
spec the gate treats specially.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from claimx.components.ruler import GatedMatcher, GatedSpanRuler, HashRows, SpecTest, op_reach
from claimx.rules_folder import RulesFolder
from tests.conftest import article_texts


def spans(ruler: GatedSpanRuler, doc: Doc, *, gated: bool) -> list[tuple[int, int, str, str]]:
    ruler.gated = gated
    try:
        return [(s.start, s.end, s.label_, s.id_) for s in ruler.match(doc)]
    finally:
        ruler.gated = True


def texts() -> list[str]:
    return article_texts("business", 25)


@pytest.fixture(scope="module")
def ruler(blank_nlp: Language) -> GatedSpanRuler:
    component = blank_nlp.get_pipe("claimx_rules")
    assert isinstance(component, GatedSpanRuler)
    return component


@pytest.mark.parametrize("index", range(len(texts())), ids=lambda i: f"text-{i}")
def test_rules_match_as_the_plain_ruler_on_articles(
    blank_nlp: Language, ruler: GatedSpanRuler, index: int
) -> None:
    doc = blank_nlp.make_doc(texts()[index])
    assert spans(ruler, doc, gated=True) == spans(ruler, doc, gated=False)


def rule_words() -> list[str]:
    """Words the rules name, plus numbers and punctuation of the shapes they look for."""
    words: set[str] = set()

    def collect(value: Any) -> None:
        if isinstance(value, str) and len(value) < 20:
            words.add(value)
        elif isinstance(value, list):
            for item in value:
                collect(item)
        elif isinstance(value, dict):
            for key, item in value.items():
                if key not in ("REGEX", "OP"):
                    collect(item)

    for record in RulesFolder.open(None).patterns():
        collect(record["pattern"] if isinstance(record["pattern"], list)
                else record["pattern"].split())
    words |= {"4.6", "12", "2024", "1,200", "30", "1990s", "Q3", "$", "%", "-", ",", ".", "\n",
              "The", "said", "Pakistan", "March", "5bn", "150+", "50-70"}
    return sorted(words)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(rule_words()), min_size=1, max_size=40))
def test_rules_match_as_the_plain_ruler_on_random_text(
    blank_nlp: Language, ruler: GatedSpanRuler, words: list[str]
) -> None:
    doc = blank_nlp.make_doc(" ".join(words))
    assert spans(ruler, doc, gated=True) == spans(ruler, doc, gated=False)


# Patterns of every kind the gate handles on its own terms, each with texts to try.
SPECIAL_PATTERNS: list[tuple[str, list[dict[str, Any]], list[str]]] = [
    ("negation", [{"LOWER": "top"}, {"LOWER": "ten", "OP": "!"}],
     ["top ten", "top five", "top", "the top of it"]),
    ("context-attribute", [{"IS_SENT_START": True, "LOWER": "percent"}, {"LOWER": "of"}],
     ["percent of it. Percent of that", "a percent of"]),
    ("no-word-test", [{"IS_SENT_START": True}, {"LIKE_NUM": True}],
     ["5 were here. 6 more", "and 7"]),
    ("repeated-anchor", [{"LIKE_NUM": True, "OP": "+"}, {"LOWER": "units"}],
     ["one two three units", "4 5 units and 6 units"]),
    ("bounded-repeat", [{"LOWER": "a"}, {"LOWER": "b", "OP": "{1,3}"}],
     ["a b b b b", "a a b"]),
    ("star-both-sides", [{"LOWER": "x", "OP": "*"}, {"ORTH": "Y"}, {"LOWER": "z", "OP": "*"}],
     ["x x Y z z", "Y", "y Y"]),
    ("length", [{"LENGTH": {">=": 5}}, {"LOWER": "inc"}], ["Acme inc", "Bigcorp inc"]),
    ("optional-only", [{"LOWER": "maybe", "OP": "?"}, {"LOWER": "so", "OP": "?"}],
     ["maybe so", "so so maybe"]),
    ("empty-spec", [{}, {"LOWER": "end"}], ["the end", "end"]),
    ("one-word", [{"LOWER": {"IN": ["us", "u.s."]}}], ["US and us", "u.s. U.S. u s", "usa"]),
    ("one-word-in-context", [{"LOWER": "us", "IS_SENT_START": True}], ["Us. us. US", "us"]),
    ("confirming-levels", [{"LIKE_NUM": True}, {"LOWER": "years"}, {"LOWER": "from"},
                           {"LOWER": "now"}],
     ["two years from now", "two years now from", "two years from then", "years from now"]),
    ("lookahead-regex", [{"ORTH": {"REGEX": r"^(?!(19|20)\d\d$)"}, "LIKE_NUM": True},
                         {"LOWER": "units"}],
     ["5 units", "2004 units", "five units", "units"]),
]


@pytest.mark.parametrize(
    ("pattern", "samples"), [(p, s) for _, p, s in SPECIAL_PATTERNS],
    ids=[name for name, _, _ in SPECIAL_PATTERNS],
)
def test_special_specs_match_as_the_plain_matcher(
    pattern: list[dict[str, Any]], samples: list[str]
) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    plain = Matcher(nlp.vocab)
    plain.add("p", [pattern])
    gated = GatedMatcher(nlp.vocab, [("p", pattern)])
    for text in samples:
        doc = nlp(text)
        assert sorted(set(gated(doc))) == sorted(plain(doc)), text


def test_a_regex_matching_the_empty_word_gates_nothing() -> None:
    # "^(?!...)" lets every other word through: joined into the gate, the gate would pass
    # every word, and every new word would be tried on every gated spec.
    nlp = spacy.blank("en")
    gated = GatedMatcher(nlp.vocab, [("p", [
        {"ORTH": {"REGEX": r"^(?!(19|20)\d\d$)"}, "IS_TITLE": True},
        {"ORTH": {"REGEX": r"^\d+$"}},
    ])])
    gate = gated.lexicon.regex_gates["ORTH"]
    assert gate.search("42") is not None
    assert gate.search("Hello") is None
    plain = Matcher(nlp.vocab)
    plain.add("p", [[{"ORTH": {"REGEX": r"^(?!(19|20)\d\d$)"}, "IS_TITLE": True},
                     {"ORTH": {"REGEX": r"^\d+$"}}]])
    doc = nlp("Hello 42 and Now 7 but 2004 5")
    assert sorted(set(gated(doc))) == sorted(plain(doc)) != []


AGO_PATTERNS = [
    ("ago", [{"LIKE_NUM": True}, {"LOWER": "years"}, {"LOWER": "ago"}]),
    ("from-now", [{"LIKE_NUM": True, "OP": "?"}, {"LOWER": "years"}, {"LOWER": "from"},
                  {"LOWER": "now"}]),
]


@pytest.mark.parametrize(
    ("text", "windows"),
    [
        ("it took three years to build", 0),  # no pattern's other words: nothing to match
        ("it took years from the start", 0),  # "from", but neither "now" nor a number
        ("three years ago", 1),
        ("years from now", 1),
        ("three years ago and ten years from now", 1),  # one window: near enough to join
    ],
)
def test_windows_need_a_confirming_word_of_some_pattern(text: str, windows: int) -> None:
    nlp = spacy.blank("en")
    gated = GatedMatcher(nlp.vocab, AGO_PATTERNS)
    assert len(gated.groups) == 1 and len(gated.groups[0].confirms) == 2
    doc = nlp(text)
    assert len(gated.windows(doc)) == windows
    plain = Matcher(nlp.vocab)
    for key, pattern in AGO_PATTERNS:
        plain.add(key, [pattern])
    assert sorted(set(gated(doc))) == sorted(plain(doc))


@pytest.mark.parametrize(
    ("op", "reach"),
    [(None, 1), ("?", 1), ("!", 1), ("{3}", 3), ("{1,4}", 4), ("{,2}", 2)],
)
def test_op_reach(op: str | None, reach: int) -> None:
    assert op_reach(op) == reach


@pytest.mark.parametrize("op", ["*", "+", "{2,}"])
def test_open_ops_reach_without_bound(op: str) -> None:
    assert op_reach(op) > 10**9


@pytest.mark.slow  # every token test of every rules spec through spaCy's Matcher
def test_word_tests_agree_with_spacy_on_every_rules_spec(blank_nlp: Language) -> None:
    """The gate's own reading of each spec says what spaCy's matcher says, word by word."""
    words = sorted({t.text for text in texts() for t in blank_nlp.make_doc(text)})
    doc = Doc(blank_nlp.vocab, words=words)
    specs = {
        json.dumps({k: v for k, v in token.items() if k != "OP"}, sort_keys=True)
        for record in RulesFolder.open(None).patterns()
        if isinstance(record["pattern"], list)
        for token in record["pattern"]
    }
    checked = 0
    for key in sorted(specs):
        spec = json.loads(key)
        test = SpecTest.compile(spec)
        if test.any_token or test.slow or test.lexical != spec:
            continue  # only specs the gate reads in full
        matcher = Matcher(blank_nlp.vocab)
        matcher.add("s", [[spec]])
        expected = {start for _, start, _ in matcher(doc)}
        values = {"ORTH": "", "LOWER": "", "SHAPE": "", "PREFIX": "", "SUFFIX": ""}
        got = set()
        for i, token in enumerate(doc):
            lex = token.lex
            values.update(ORTH=token.text, LOWER=lex.lower_, SHAPE=lex.shape_,
                          PREFIX=lex.prefix_, SUFFIX=lex.suffix_)
            if all(_holds(check, lex.flags, values) for check in test.checks):
                got.add(i)
        assert got == expected, key
        checked += 1
    assert checked > 100


def _holds(check: tuple[str, str, Any], flags: int, values: dict[str, str]) -> bool:
    from claimx.components.ruler import check_holds

    return check_holds(check, flags, values)


def test_gated_ruler_survives_a_disk_round_trip(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("claimx_span_ruler", config={"spans_key": "sc"})
    ruler.add_patterns([{"label": "MONEY", "pattern": [{"ORTH": "$"}, {"LIKE_NUM": True}],
                         "id": "dollars"}])
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    doc = loaded("It cost $5 in all.")
    assert [(s.text, s.label_, s.id_) for s in doc.spans["sc"]] == [("$5", "MONEY", "dollars")]


def test_removing_patterns_rebuilds_the_gate() -> None:
    nlp = spacy.blank("en")
    ruler: Any = nlp.add_pipe("claimx_span_ruler", config={"spans_key": "sc"})
    ruler.add_patterns([
        {"label": "A", "pattern": [{"LOWER": "alpha"}], "id": "a"},
        {"label": "B", "pattern": [{"LOWER": "beta"}], "id": "b"},
    ])
    doc = nlp("alpha beta")
    assert [s.label_ for s in doc.spans["sc"]] == ["A", "B"]
    ruler.remove("A")
    doc = nlp("alpha beta")
    assert [s.label_ for s in doc.spans["sc"]] == ["B"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(0, 2**64 - 1), unique=True, max_size=60), st.data())
def test_hash_rows_find_every_hash_added(hashes: list[int], data: st.DataObject) -> None:
    table = HashRows(bits=4)  # 16 slots: most hashes collide and go to the overflow
    half = len(hashes) // 2
    table.add(np.array(hashes[:half], dtype=np.uint64))
    table.add(np.array(hashes[half:], dtype=np.uint64))
    assert len(table) == len(hashes)
    order = data.draw(st.permutations(range(len(hashes))))
    asked = np.array([hashes[i] for i in order], dtype=np.uint64)
    found = table.find(asked)
    assert found is not None and found.tolist() == list(order)


def test_hash_rows_tell_unknown_hashes() -> None:
    table = HashRows(bits=4)
    table.add(np.array([5, 21, 0], dtype=np.uint64))  # 5 and 21 share a slot; 0 is a hash
    asked = np.array([21, 37, 0, 6], dtype=np.uint64)
    assert table.find(asked) is None
    found = table.find(asked, missing=-1)
    assert found is not None and found.tolist() == [1, -1, 2, -1]
