"""The report in a real headless browser: highlights, conflict rows, a non-blank screenshot."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zlib
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from claimx.io import read_jsonl
from claimx.report import KIND_COLORS
from tests.report.html import elements
from tests.seed_outputs import OUTPUTS

BROWSERS = ("chromium", "chromium-browser", "google-chrome")


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
