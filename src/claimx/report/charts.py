"""The summary charts, as inline SVG: claims by kind per document, and for each conflicting
(entity, metric, unit) the values each document gives, on one axis."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape
from typing import Any

from claimx.report.colors import KIND_COLORS, KINDS, MODALITY_COLORS
from claimx.report.svg import (
    BAR_HEIGHT,
    CHART_LABEL_WIDTH,
    CHART_ROWS,
    CHART_WIDTH,
    ROW_HEIGHT,
    Scale,
    nice_ticks,
    row_label,
    svg_legend,
    svg_open,
)
from claimx.report.values import interval_text, short_number, with_unit


def kinds_chart(
    documents: list[dict[str, Any]],
    by_doc: Mapping[str, list[dict[str, Any]]],
    doc_anchors: Mapping[str, str],
) -> str:
    counts = {d["id"]: Counter(c["kind"] for c in by_doc.get(d["id"], [])) for d in documents}
    rows = [d["id"] for d in documents]
    note = ""
    if len(rows) > CHART_ROWS:
        busiest = set(sorted(rows, key=lambda r: -sum(counts[r].values()))[:CHART_ROWS])
        note = (f'<p class="note">The {CHART_ROWS} documents with most claims of '
                f"{len(rows)}.</p>")
        rows = [r for r in rows if r in busiest]
    most = max((sum(counts[r].values()) for r in rows), default=0) or 1
    plot = CHART_WIDTH - CHART_LABEL_WIDTH - 50
    top = 30
    height = top + ROW_HEIGHT * len(rows) + 30
    parts = [svg_open(height, "claims by kind per document"), svg_legend(
        [(k, KIND_COLORS[k]) for k in KINDS], CHART_LABEL_WIDTH, 14)]
    for tick in nice_ticks(0, most, 5):
        x = CHART_LABEL_WIDTH + tick / most * plot
        parts.append(
            f'<g class="axis"><line x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" '
            f'y2="{height - 24}"/><text x="{x:.1f}" y="{height - 8}" text-anchor="middle">'
            f"{short_number(tick)}</text></g>"
        )
    for n, doc_id in enumerate(rows):
        y = top + n * ROW_HEIGHT
        parts.append(row_label(doc_id, y + BAR_HEIGHT - 3, doc_anchors.get(doc_id)))
        x = float(CHART_LABEL_WIDTH)
        for kind in KINDS:
            count = counts[doc_id][kind]
            if not count:
                continue
            width = count / most * plot
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{width:.1f}" height="{BAR_HEIGHT}" '
                f'fill="{KIND_COLORS[kind]}" class="bar kind-{kind}"><title>'
                f"{escape(doc_id)}: {count} {kind}</title></rect>"
            )
            x += width
        total = sum(counts[doc_id].values())
        parts.append(f'<text x="{x + 6:.1f}" y="{y + BAR_HEIGHT - 3}">{total}</text>')
    parts.append("</svg>")
    return f'<div class="card"><h3>Claims by kind per document</h3>{note}{"".join(parts)}</div>'


@dataclass
class _Point:
    doc_id: str
    text: str
    modality: str
    stated: tuple[float | None, float | None]
    compared: tuple[float | None, float | None]
    label: str


def metric_charts(
    findings: list[dict[str, Any]], by_id: Mapping[str, dict[str, Any]]
) -> list[str]:
    """One chart per conflicting (entity, metric, unit): each document's values on one axis."""
    groups: dict[tuple[str, str, str], dict[str, _Point]] = {}
    linked: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for finding in findings:
        subject = finding.get("subject") or {}
        for value in finding.get("values") or []:
            key = (str(subject.get("entity")), str(subject.get("metric")), str(value.get("unit")))
            points = groups.setdefault(key, {})
            if finding["id"] not in linked[key]:
                linked[key].append(finding["id"])
            if value["claim_id"] in points:
                continue
            claim = by_id.get(value["claim_id"], {})
            stated = claim.get("value") or {}
            points[value["claim_id"]] = _Point(
                doc_id=value["doc_id"],
                text=value["text"],
                modality=str(claim.get("modality", "actual")),
                stated=(_float(stated.get("low")), _float(stated.get("high"))),
                compared=(_float(value.get("low")), _float(value.get("high"))),
                label=interval_text(stated.get("low"), stated.get("high"), stated.get("bound"),
                                    None, None, short=True) if stated else value["text"],
            )
    return [_metric_chart(key, list(points.values()), linked[key])
            for key, points in groups.items()]


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


def _metric_chart(key: tuple[str, str, str], points: list[_Point], finding_ids: list[str]) -> str:
    entity, metric, unit = key
    docs = list(dict.fromkeys(p.doc_id for p in points))
    numbers = [v for p in points for v in (*p.stated, *p.compared) if v is not None]
    scale = Scale.fit(numbers, CHART_LABEL_WIDTH + 10, CHART_WIDTH - 30)
    top = 34
    height = top + ROW_HEIGHT * 2 * len(docs) + 34
    modalities = sorted({p.modality for p in points}, key=list(MODALITY_COLORS).index)
    parts = [
        svg_open(height, f"{entity} {metric} by document"),
        svg_legend([(m, MODALITY_COLORS[m]) for m in modalities], CHART_LABEL_WIDTH, 14),
    ]
    for tick in scale.ticks():
        x = scale(tick)
        parts.append(
            f'<g class="axis"><line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{height - 26}"/>'
            f'<text x="{x:.1f}" y="{height - 10}" text-anchor="middle">'
            f"{escape(with_unit(short_number(tick), unit))}</text></g>"
        )
    for n, doc_id in enumerate(docs):
        y = top + ROW_HEIGHT * (2 * n + 1)
        parts.append(row_label(doc_id, y + 4, None))
        labelled: set[str] = set()
        for m, point in enumerate(p for p in points if p.doc_id == doc_id):
            parts.append(_point_marks(point, scale, y, m, point.label not in labelled))
            labelled.add(point.label)
    parts.append("</svg>")
    links = ", ".join(f'<a href="#finding-{escape(i)}">{escape(i)}</a>' for i in finding_ids)
    title = escape(f"{entity} · {metric} ({unit})")
    scale_note = " (log scale)" if scale.log else ""
    return (
        f'<div class="card metric-chart"><h3>{title}{scale_note}</h3>'
        f'<p class="note">Dots: the stated figures; pale bars: the intervals they were compared '
        f"as; arrows: open bounds. Findings: {links}</p>{''.join(parts)}</div>"
    )


def _point_marks(point: _Point, scale: Scale, y: float, index: int, label: bool) -> str:
    color = MODALITY_COLORS.get(point.modality, "#555")
    low, high = point.compared
    x1 = scale(low) if low is not None else scale.left
    x2 = scale(high) if high is not None else scale.right
    marks = [
        f'<line x1="{x1:.1f}" y1="{y}" x2="{x2:.1f}" y2="{y}" stroke="{color}" '
        f'stroke-opacity="0.25" stroke-width="10" stroke-linecap="round"/>'
    ]
    for x, open_end in ((x1, low is None), (x2, high is None)):
        if open_end:
            direction = -1 if x == scale.left else 1
            marks.append(
                f'<path d="M{x:.1f},{y - 6} l{6 * direction},6 l{-6 * direction},6 z" '
                f'fill="{color}"/>'
            )
    s_low, s_high = point.stated
    if s_low is not None and s_high is not None and s_low != s_high:
        marks.append(
            f'<line x1="{scale(s_low):.1f}" y1="{y}" x2="{scale(s_high):.1f}" y2="{y}" '
            f'stroke="{color}" stroke-width="3"/>'
        )
    anchor = s_low if s_low is not None else s_high
    if anchor is not None:
        x = scale(anchor)
        marks.append(f'<circle cx="{x:.1f}" cy="{y}" r="5" fill="{color}"/>')
        if label:
            dy = -10 if index % 2 == 0 else 20
            marks.append(
                f'<text x="{x:.1f}" y="{y + dy}" text-anchor="middle">{escape(point.label)}</text>'
            )
    tooltip = escape(f"{point.doc_id}: “{point.text}” ({point.modality})")
    return f'<g class="point"><title>{tooltip}</title>{"".join(marks)}</g>'
