"""Each document's text with its claims highlighted, or its claims listed."""

from __future__ import annotations

from claimx.io import read_jsonl
from claimx.report.documents import claim_list, highlighted
from tests.report.html import elements
from tests.seed_outputs import OUTPUTS


def test_every_claim_is_highlighted_with_its_value_on_hover(page: str) -> None:
    claims = list(read_jsonl(OUTPUTS / "claims.jsonl"))
    marks = {m["data-claim-id"]: m for m in elements(page).having("mark", "claim")}
    assert set(marks) == {c["id"] for c in claims}
    money = marks["000_aebd47d402352d9d:88-100"]
    assert "kind-money" in money["class"]
    assert money["title"].startswith("MONEY: USD 4,600,000,000")
    assert "about: Pakistan · IT exports" in money["title"]


def _claim(claim_id: str, start: int, end: int, text: str) -> dict[str, object]:
    return {"id": claim_id, "doc_id": "d", "start": start, "end": end, "text": text,
            "kind": "money", "label": "MONEY", "sentence": "s <b>", "rule_id": "r",
            "source": "rules", "value": {"low": 5, "high": 5, "unit": "USD"}}


def test_overlapping_claims_keep_the_first_and_say_so() -> None:
    text = "It cost $5 billion."
    claims = [_claim("a", 8, 18, "$5 billion"), _claim("b", 9, 10, "5")]
    html, shown = highlighted(text, claims, {"a": "claim-0", "b": "claim-1"}, {})
    assert shown == 1
    assert "1 overlapping claims not highlighted" in html
    assert 'data-claim-id="a"' in html and 'data-claim-id="b"' not in html


def test_the_claim_list_escapes_the_sentence_and_links_a_conflict() -> None:
    table = claim_list([_claim("a", 8, 18, "$5 billion")], {"a": "claim-0"}, {"a": "f1"})
    assert "s &lt;b&gt;" in table
    assert 'href="#finding-f1"' in table
