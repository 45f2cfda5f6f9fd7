"""The HTML report: highlights, conflicts, charts, missing sources, and a real browser."""

from __future__ import annotations

import json
import re
import shutil
import struct
import subprocess
import zlib
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest

from claimx.io import read_jsonl
from claimx.report import (
    KIND_COLORS,
    finding_order,
    hover_text,
    interval_text,
    number,
    write_report,
)
from claimx.run import run_extract
from tests.conftest import ROOT, SEEDS
from tests.seed_outputs import OUTPUTS, copy_outputs

BROWSERS = ("chromium", "chromium-browser", "google-chrome")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report of the committed seed outputs, sources found from the repository root."""
    outputs = copy_outputs(tmp_path_factory.mktemp("report") / "outputs")
    return write_report(outputs, source_roots=[ROOT]).path


@pytest.fixture(scope="module")
def page(report: Path) -> str:
    return report.read_text(encoding="utf-8")


class Elements(HTMLParser):
    """Start tags with their attributes, in document order."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def having(self, tag: str, css_class: str) -> list[dict[str, str]]:
        return [a for t, a in self.tags if t == tag and css_class in a.get("class", "").split()]


def elements(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    return parser


def test_every_claim_is_highlighted_with_its_value_on_hover(page: str) -> None:
    claims = list(read_jsonl(OUTPUTS / "claims.jsonl"))
    marks = {m["data-claim-id"]: m for m in elements(page).having("mark", "claim")}
    assert set(marks) == {c["id"] for c in claims}
    money = marks["000_aebd47d402352d9d:88-100"]
    assert "kind-money" in money["class"]
    assert money["title"].startswith("MONEY: USD 4,600,000,000")
    assert "about: Pakistan · IT exports" in money["title"]


def test_conflict_rows_are_sorted_by_confidence_then_severity(page: str) -> None:
    findings = list(read_jsonl(OUTPUTS / "conflicts.jsonl"))
    rows = elements(page).having("tr", "conflict")
    assert {r["id"] for r in rows} == {f"finding-{f['id']}" for f in findings}
    order = [(float(r["data-confidence"]), float(r["data-severity"])) for r in rows]
    assert order == sorted(order, reverse=True)


def test_conflict_rows_put_the_most_confident_first() -> None:
    def finding(name: str, score: float | None, severity: float) -> dict[str, object]:
        trust = None if score is None else {"score": score}
        return {"id": name, "type": "cross_document", "severity": severity, "confidence": trust}

    found = [finding("none", None, 1.0), finding("low", 0.125, 0.9), finding("high", 1.0, 0.6)]
    assert [f["id"] for f in sorted(found, key=finding_order)] == ["high", "low", "none"]


def test_conflict_links_lead_to_highlights_and_back(page: str) -> None:
    found = elements(page)
    ids = {a["id"] for _, a in found.tags if "id" in a}
    links = [a["href"][1:] for t, a in found.tags if t == "a" and a.get("href", "").startswith("#")]
    assert links
    assert set(links) <= ids
    assert any(link.startswith("claim-") for link in links)
    assert any(link.startswith("finding-") for link in links)


def test_each_side_shows_its_sentence_with_the_figure_marked(page: str) -> None:
    assert '<mark class="quote">$25 billion</mark>' in page
    assert "Pakistan’s ambition to achieve" in page


def test_summary_charts_are_inline_svg(page: str) -> None:
    assert page.count("<svg") == 1 + len({
        (f["subject"]["entity"], f["subject"]["metric"], v["unit"])
        for f in read_jsonl(OUTPUTS / "conflicts.jsonl") for v in f["values"]
    })
    assert 'aria-label="claims by kind per document"' in page
    assert 'aria-label="Pakistan IT exports by document"' in page


def test_nothing_is_fetched(page: str) -> None:
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page)
    assert "<link" not in page
    assert "<script" not in page
    assert "url(" not in page
    assert "@import" not in page


def test_same_outputs_same_report(report: Path, tmp_path: Path) -> None:
    again = write_report(report.parent, tmp_path / "again.html", source_roots=[ROOT]).path
    assert again.read_bytes() == report.read_bytes()


def test_a_missing_source_is_said_and_its_claims_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    outputs = copy_outputs(tmp_path / "outputs")
    summary = write_report(outputs)  # "seeds/..." resolves from none of the places tried
    page = summary.path.read_text(encoding="utf-8")
    assert summary.missing_sources == [
        "seeds/000_aebd47d402352d9d.txt", "seeds/001_d94bdd705235d052.txt"]
    assert "source not found: seeds/000_aebd47d402352d9d.txt" in page
    rows = [a for t, a in elements(page).tags if t == "tr" and "data-claim-id" in a]
    assert len(rows) == len(
        list(read_jsonl(OUTPUTS / "claims.jsonl")))


def test_a_changed_source_is_not_highlighted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, seeds / seed.name)
    changed = seeds / "001_d94bdd705235d052.txt"
    changed.write_text("Edited. " + changed.read_text(encoding="utf-8"), encoding="utf-8")
    outputs = copy_outputs(tmp_path / "outputs")
    page = write_report(outputs).path.read_text(encoding="utf-8")
    assert "source changed since extraction (sha256 differs)" in page
    assert 'data-claim-id="000_aebd47d402352d9d:88-100"' in page


def test_jsonl_corpus_sources_are_read_and_text_is_escaped(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    lines = [{"id": "a", "text": "Sales hit $5 billion <script>alert(1)</script> & more."},
             {"id": "b", "text": "Sales hit $7 billion, said Acme."}]
    corpus.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    run_extract([corpus], tmp_path / "out", model="blank")
    summary = write_report(tmp_path / "out")
    page = summary.path.read_text(encoding="utf-8")
    assert summary.missing_sources == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more." in page
    assert "<script>" not in page
    assert len(elements(page).having("mark", "claim")) == summary.claims_highlighted > 0


def test_max_documents_keeps_the_documents_in_conflicts(tmp_path: Path) -> None:
    outputs = copy_outputs(tmp_path / "outputs")
    summary = write_report(outputs, max_documents=1, source_roots=[ROOT])
    assert (summary.documents, summary.documents_left_out) == (2, 0)


@pytest.mark.parametrize(
    ("low", "high", "bound", "unit", "per", "text"),
    [
        (4.6e9, 4.6e9, "exact", "USD", None, "USD 4,600,000,000"),
        (1e9, 1e9, "approx", "USD", None, "≈ USD 1,000,000,000"),
        (600000, None, "lower", "tech professionals", None, "≥ 600,000 tech professionals"),
        (None, 20, "upper", "percent", None, "≤ 20%"),
        (50, 70, "range", "USD", "hour", "USD 50 to 70 per hour"),
        (26.4, 26.4, "exact", "percent", None, "26.4%"),
        (3.3333, 3.3333, "exact", "pp", None, "3.3333 pp"),
    ],
    ids=["exact-money", "approx", "lower-count", "upper-percent", "range-rate", "decimal",
         "points"],
)
def test_values_in_words(
    low: float | None, high: float | None, bound: str, unit: str, per: str | None, text: str
) -> None:
    assert interval_text(low, high, bound, unit, per) == text


def test_numbers_keep_their_digits() -> None:
    assert (number(4600000000), number(0.1), number(1e-05)) == ("4,600,000,000", "0.1", "0.00001")


def test_hover_names_an_unresolved_relative_date() -> None:
    claim = next(c for c in read_jsonl(OUTPUTS / "claims.jsonl") if c["text"] == "a decade ago")
    assert hover_text(claim).startswith("DATE: relative -P10Y (year), unresolved")


# ---------------------------------------------------------------------------- in a browser


def browser() -> str:
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    pytest.skip(f"no headless browser installed (looked for {', '.join(BROWSERS)}); "
                "apt-get install chromium")


def run_browser(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    command = [
        browser(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--no-first-run",
        "--hide-scrollbars", f"--user-data-dir={tmp_path / 'profile'}", *args,
    ]
    return subprocess.run(command, capture_output=True, timeout=180, check=True,
                          cwd=tmp_path)


def png_pixels(data: bytes) -> tuple[int, int, np.ndarray]:
    """Width, height and the RGB pixels (height x width x 3) of an 8-bit RGB or RGBA PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    at, idat = 8, b""
    width = height = channels = 0
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at : at + 8])
        body = data[at + 8 : at + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert (depth, interlace) == (8, 0) and color in (2, 6)
            channels = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        at += 12 + length
    stride = width * channels
    raw = np.frombuffer(zlib.decompress(idat), dtype=np.uint8).reshape(height, stride + 1)
    image = np.zeros((height, stride), dtype=np.uint8)
    previous = np.zeros(stride, dtype=np.uint8)
    for y in range(height):
        kind, line = raw[y, 0], raw[y, 1:]
        if kind == 0:
            row = line.copy()
        elif kind == 1:  # Sub: a running sum per channel
            row = (line.reshape(-1, channels).cumsum(axis=0, dtype=np.uint64) % 256)
            row = row.astype(np.uint8).reshape(-1)
        elif kind == 2:  # Up
            row = line + previous
        else:  # Average or Paeth: each byte depends on the one decoded before it
            row = unfilter_sequential(int(kind), line.tolist(), previous.tolist(), channels)
        image[y] = row
        previous = image[y]
    pixels = image.reshape(height, width, channels)[:, :, :3]
    return width, height, pixels


def unfilter_sequential(kind: int, line: list[int], up: list[int], channels: int) -> np.ndarray:
    out = [0] * len(line)
    for i, value in enumerate(line):
        left = out[i - channels] if i >= channels else 0
        if kind == 3:
            out[i] = (value + (left + up[i]) // 2) & 0xFF
            continue
        corner = up[i - channels] if i >= channels else 0
        p = left + up[i] - corner
        pa, pb, pc = abs(p - left), abs(p - up[i]), abs(p - corner)
        guess = left if pa <= pb and pa <= pc else up[i] if pb <= pc else corner
        out[i] = (value + guess) & 0xFF
    return np.array(out, dtype=np.uint8)


def test_browser_shows_highlights_and_conflict_rows(report: Path, tmp_path: Path) -> None:
    done = run_browser(tmp_path, "--dump-dom", report.as_uri())
    dom = elements(done.stdout.decode("utf-8"))
    marks = dom.having("mark", "claim")
    assert len(marks) == len(list(read_jsonl(OUTPUTS / "claims.jsonl")))
    assert any(m["data-claim-id"] == "000_aebd47d402352d9d:88-100" for m in marks)
    assert len(dom.having("tr", "conflict")) == len(list(read_jsonl(OUTPUTS / "conflicts.jsonl")))


def test_browser_screenshot_is_not_blank(report: Path, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    run_browser(tmp_path, f"--screenshot={shot}", "--window-size=1200,2000", report.as_uri())
    width, height, image = png_pixels(shot.read_bytes())
    assert (width, height) == (1200, 2000)
    pixels = colour_counts(image)
    _, most = pixels.most_common(1)[0]
    assert len(pixels) > 100, "too few colours: the page did not render"
    assert most < 0.8 * width * height, "mostly one colour: the page is blank"
    shown = {bytes.fromhex(KIND_COLORS[k][1:]) for k in ("money", "percent", "entity")}
    assert shown <= set(pixels), "the chart's kind colours are not on screen"


def colour_counts(pixels: np.ndarray) -> Counter[bytes]:
    """How many pixels have each RGB colour."""
    rgb = pixels.reshape(-1, 3).astype(np.uint32)
    packed = (rgb[:, 0] << 16) | (rgb[:, 1] << 8) | rgb[:, 2]
    colours, counts = np.unique(packed, return_counts=True)
    pairs = zip(colours, counts, strict=True)
    return Counter({int(c).to_bytes(3, "big"): int(n) for c, n in pairs})
