"""The summary charts, as inline SVG."""

from __future__ import annotations

from claimx.io import read_jsonl
from claimx.report.charts import kinds_chart
from claimx.report.svg import CHART_ROWS
from tests.seed_outputs import OUTPUTS


def test_summary_charts_are_inline_svg(page: str) -> None:
    assert page.count("<svg") == 1 + len({
        (f["subject"]["entity"], f["subject"]["metric"], v["unit"])
        for f in read_jsonl(OUTPUTS / "conflicts.jsonl") for v in f["values"]
    })
    assert 'aria-label="claims by kind per document"' in page
    assert 'aria-label="Pakistan IT exports by document"' in page


def test_the_kinds_chart_shows_the_busiest_documents_only() -> None:
    documents = [{"id": f"doc{n}"} for n in range(CHART_ROWS + 5)]
    by_doc = {d["id"]: [{"kind": "money"}] * (n + 1) for n, d in enumerate(documents)}
    svg = kinds_chart(documents, by_doc, {})
    assert f"The {CHART_ROWS} documents with most claims of {CHART_ROWS + 5}." in svg
    assert "<title>doc0</title>" not in svg
    assert f"<title>doc{CHART_ROWS + 4}</title>" in svg
