"""SVG building blocks for the charts: the chart geometry, a linear or logarithmic scale with
round ticks, the opening tag, a legend and a row label."""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape

CHART_WIDTH = 960
CHART_LABEL_WIDTH = 230
CHART_ROWS = 40
BAR_HEIGHT = 16
ROW_HEIGHT = 24


@dataclass(frozen=True)
class Scale:
    """A linear or logarithmic map from values to x positions."""

    low: float
    high: float
    left: float
    right: float
    log: bool

    @classmethod
    def fit(cls, values: list[float], left: float, right: float) -> Scale:
        """A scale holding ``values`` (log when all are positive and span 20 times or more)."""
        low, high = (min(values), max(values)) if values else (0.0, 1.0)
        log = low > 0 and high / low >= 20
        if log:
            return cls(low / 1.3, high * 1.3, left, right, True)
        pad = (high - low) * 0.08 or abs(high) * 0.1 or 1.0
        return cls(low - pad, high + pad, left, right, False)

    def __call__(self, value: float) -> float:
        """The x position of ``value``."""
        if self.log:
            share = (math.log10(value) - math.log10(self.low)) / (
                math.log10(self.high) - math.log10(self.low))
        else:
            share = (value - self.low) / (self.high - self.low)
        return self.left + share * (self.right - self.left)

    def ticks(self) -> list[float]:
        """Round values to label the axis with."""
        if self.log:
            first, last = math.ceil(math.log10(self.low)), math.floor(math.log10(self.high))
            return [10.0**e for e in range(first, last + 1)] or [self.low, self.high]
        return nice_ticks(self.low, self.high, 6)


def nice_ticks(low: float, high: float, count: int) -> list[float]:
    """About ``count`` round values (steps of 1, 2 or 5 times a power of ten) in [low, high]."""
    span = high - low
    if span <= 0:
        return [low]
    raw = span / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.ceil(low / step)
    return [n * step for n in range(first, math.floor(high / step) + 1)]


def svg_open(height: float, label: str) -> str:
    return (
        f'<svg viewBox="0 0 {CHART_WIDTH} {height:.0f}" '
        f'width="{CHART_WIDTH}" height="{height:.0f}" role="img" aria-label="{escape(label)}">'
    )


def svg_legend(entries: list[tuple[str, str]], x: float, y: float) -> str:
    parts = []
    for name, color in entries:
        parts.append(
            f'<rect x="{x:.0f}" y="{y - 10}" width="12" height="12" fill="{color}"/>'
            f'<text x="{x + 16:.0f}" y="{y}">{escape(name)}</text>'
        )
        x += 28 + 7 * len(name)
    return "".join(parts)


def row_label(doc_id: str, y: float, anchor: str | None) -> str:
    shown = doc_id if len(doc_id) <= 30 else f"{doc_id[:29]}…"
    label = (
        f'<text x="{CHART_LABEL_WIDTH - 8}" y="{y}" text-anchor="end">'
        f"<title>{escape(doc_id)}</title>{escape(shown)}</text>"
    )
    return f'<a href="#{anchor}">{label}</a>' if anchor else label
