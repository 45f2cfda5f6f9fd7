"""One self-contained HTML report of an outputs folder: texts, claims, conflicts, charts.

Everything is inline (CSS in the page, charts as SVG, no script, no font or image fetched),
so the file opens anywhere without a network. The page holds:

- a summary: claims by kind per document, and for each conflicting metric the values each
  document gives, on one axis;
- the conflicts, most severe first: explanation, gap, and each claim's sentence side by
  side with its stated value and the interval it was compared as, linked to its place in
  the document;
- each document's text with every claim highlighted by kind (displaCy's entity renderer
  with claimx's template) and its normalized value on hover.

Texts are read again from the sources that documents.jsonl names, decoded by the rules of
:mod:`claimx.corpus`; a relative source is looked up from the current folder, then from
the given source roots, the outputs folder's parent and the outputs folder. A source that
is missing, unreadable or changed since extraction (another sha256) is said so, and its
claims are listed without the text.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from html import escape
from importlib.resources import files
from pathlib import Path
from string import Template
from typing import Any, get_args

from spacy import displacy

from claimx import __version__
from claimx.corpus import Document, read_jsonl_corpus, read_text_file
from claimx.io import atomic_writer, read_jsonl
from claimx.record import Kind

REPORT_FILE = "report.html"
KINDS: tuple[Kind, ...] = get_args(Kind)
KIND_COLORS = {
    "money": "#8fd48f",
    "percent": "#f6c46e",
    "quantity": "#9cc2f2",
    "date": "#d4b3ef",
    "entity": "#dcdcdc",
}
MODALITY_COLORS = {
    "actual": "#1f5fbf",
    "historical": "#7d8590",
    "projection": "#d9822b",
    "target": "#b5470f",
    "hypothetical": "#8957e5",
}
# A claim highlight: displaCy fills {text} (escaped) and the span's params (escaped here).
CLAIM_TEMPLATE = (
    '<mark class="entity claim kind-{kind}{classes}" id="{anchor}" data-claim-id="{claim_id}" '
    'title="{title}" style="background: {bg}">{text}<span class="label">{label}</span>'
    "{flag}</mark>"
)
CHART_WIDTH = 960
CHART_LABEL_WIDTH = 230
CHART_ROWS = 40
BAR_HEIGHT = 16
ROW_HEIGHT = 24
ISO_CURRENCY = re.compile(r"^[A-Z]{3}$")
JSONL_SOURCE = re.compile(r"^(?P<path>.+):(?P<line>\d+)$")


@dataclass
class ReportSummary:
    """What a report shows (printed by the CLI)."""

    path: Path
    documents: int = 0
    documents_left_out: int = 0
    claims_highlighted: int = 0
    findings: int = 0
    missing_sources: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Outputs:
    """The files of one outputs folder, read."""

    folder: Path
    claims: list[dict[str, Any]]
    documents: list[dict[str, Any]]
    conflicts: list[dict[str, Any]]
    run: dict[str, Any]

    @classmethod
    def read(cls, folder: str | os.PathLike[str]) -> Outputs:
        """Read claims.jsonl and documents.jsonl (required), conflicts.jsonl and run.json."""
        path = Path(folder)
        if not path.is_dir():
            raise FileNotFoundError(f"not an outputs folder: {path}")
        for name in ("claims.jsonl", "documents.jsonl"):
            if not (path / name).is_file():
                raise FileNotFoundError(f"no {name} in {path}")
        conflicts = path / "conflicts.jsonl"
        run = path / "run.json"
        return cls(
            path,
            list(read_jsonl(path / "claims.jsonl")),
            list(read_jsonl(path / "documents.jsonl")),
            list(read_jsonl(conflicts)) if conflicts.is_file() else [],
            json.loads(run.read_text(encoding="utf-8")) if run.is_file() else {},
        )


class Sources:
    """Document texts read again from their sources, checked against the recorded sha256."""

    def __init__(self, roots: Sequence[Path]) -> None:
        self.roots = list(roots)
        self._corpora: dict[Path, dict[str, Document]] = {}

    def find(self, source: str) -> Path | None:
        """The existing file a recorded source path names, looked up from each root."""
        path = Path(source)
        candidates = [path] if path.is_absolute() else [path, *(r / path for r in self.roots)]
        return next((c for c in candidates if c.is_file()), None)

    def text(self, record: Mapping[str, Any]) -> tuple[str | None, str | None]:
        """(text, None), or (None, why the text cannot be shown)."""
        if record.get("error") is not None:
            return None, f"not read at extraction: {record['error']}"
        source = str(record.get("source") or "")
        doc = self._document(source, str(record.get("id")))
        if doc is None:
            return None, f"source not found: {source}"
        if doc.error is not None:
            return None, f"source cannot be read now: {doc.error}"
        if record.get("sha256") and doc.sha256 != record["sha256"]:
            return None, f"source changed since extraction (sha256 differs): {source}"
        return doc.text, None

    def _document(self, source: str, doc_id: str) -> Document | None:
        path = self.find(source)
        if path is not None:
            return read_text_file(path, doc_id, None)
        match = JSONL_SOURCE.match(source)
        if match is None:
            return None
        corpus = self.find(match["path"])
        if corpus is None:
            return None
        if corpus not in self._corpora:
            self._corpora[corpus] = {
                d.source.rsplit(":", 1)[-1]: d for d in read_jsonl_corpus(corpus, None)
            }
        return self._corpora[corpus].get(match["line"])


def write_report(
    outputs_dir: str | os.PathLike[str],
    out_path: str | os.PathLike[str] | None = None,
    *,
    source_roots: Iterable[str | os.PathLike[str]] = (),
    max_documents: int | None = None,
) -> ReportSummary:
    """Write the HTML report of an outputs folder (default ``OUTPUTS_DIR/report.html``).

    ``max_documents`` limits the documents shown (those with findings always are).
    """
    outputs = Outputs.read(outputs_dir)
    target = Path(out_path) if out_path is not None else outputs.folder / REPORT_FILE
    roots = [Path(r) for r in source_roots]
    roots += [outputs.folder.resolve().parent, outputs.folder]
    summary = ReportSummary(target)
    page = render_report(outputs, Sources(roots), summary, max_documents=max_documents)
    with atomic_writer(target) as handle:
        handle.write(page)
    return summary


def render_report(
    outputs: Outputs,
    sources: Sources,
    summary: ReportSummary,
    *,
    max_documents: int | None = None,
) -> str:
    """The report page; fills ``summary`` with what it shows."""
    anchors = {claim["id"]: f"claim-{n}" for n, claim in enumerate(outputs.claims)}
    by_id = {claim["id"]: claim for claim in outputs.claims}
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for claim in outputs.claims:
        by_doc[claim["doc_id"]].append(claim)
    findings = sorted(outputs.conflicts, key=finding_order)
    flagged: dict[str, str] = {}
    for finding in findings:
        for claim_id in finding["claims"]:
            flagged.setdefault(claim_id, finding["id"])
    shown = _documents_shown(outputs.documents, findings, max_documents)
    doc_anchors = {d["id"]: f"doc-{n}" for n, d in enumerate(outputs.documents)}
    summary.documents = len(shown)
    summary.documents_left_out = len(outputs.documents) - len(shown)
    summary.findings = len(findings)

    documents_html = [
        _document_section(d, doc_anchors[d["id"]], by_doc[d["id"]], anchors, flagged, sources,
                          summary)
        for d in shown
    ]
    body = "\n".join([
        '<section id="summary"><h2>Summary</h2>',
        _kinds_chart(shown, by_doc, doc_anchors),
        *_metric_charts(findings, by_id),
        "</section>",
        '<section id="conflicts"><h2>Conflicts</h2>',
        _conflicts_table(findings, by_id, anchors),
        "</section>",
        '<section id="documents"><h2>Documents</h2>',
        _legend(),
        _left_out_note(summary.documents_left_out),
        *documents_html,
        "</section>",
    ])
    template = Template((files("claimx") / "templates" / "report.html").read_text("utf-8"))
    return template.substitute(
        version=escape(__version__),
        title=escape(f"claimx report: {outputs.folder.name or outputs.folder}"),
        run=_run_line(outputs),
        n_conflicts=len(findings),
        n_documents=len(shown),
        body=body,
    )


def _documents_shown(
    documents: list[dict[str, Any]], findings: list[dict[str, Any]], limit: int | None
) -> list[dict[str, Any]]:
    if limit is None or len(documents) <= limit:
        return documents
    in_findings = {doc for f in findings for doc in f["docs"]}
    kept = 0
    shown = []
    for doc in documents:
        if doc["id"] in in_findings or kept < limit:
            shown.append(doc)
            kept += doc["id"] not in in_findings
    return shown


def _left_out_note(count: int) -> str:
    if not count:
        return ""
    return f'<p class="note">{count} documents without findings are not shown here.</p>'


def _run_line(outputs: Outputs) -> str:
    run = outputs.run
    counts = run.get("counts") or {}
    parts = [f"outputs <code>{escape(str(outputs.folder))}</code>"]
    if run:
        parts += [
            f"claimx {escape(str(run.get('claimx')))}",
            f"model {escape(str(run.get('model')))}",
            f"rules {escape(str(run.get('rules_hash', ''))[:12])}",
        ]
    parts += [
        f"{counts.get('documents', len(outputs.documents))} documents",
        f"{len(outputs.claims)} claims",
        f"{len(outputs.conflicts)} findings",
    ]
    return " · ".join(parts)


def _legend() -> str:
    swatches = "".join(
        f'<span class="swatch" style="background: {KIND_COLORS[k]}">{k}</span>' for k in KINDS
    )
    return (
        f'<p class="legend">{swatches} <span class="note">Hover a highlight for its normalized '
        "value; a red ring and ⚑ mark claims in a conflict (⚑ links to it).</span></p>"
    )


# ---------------------------------------------------------------------------- documents


def _document_section(
    record: Mapping[str, Any],
    anchor: str,
    claims: list[dict[str, Any]],
    anchors: Mapping[str, str],
    flagged: Mapping[str, str],
    sources: Sources,
    summary: ReportSummary,
) -> str:
    meta = [f"source <code>{escape(str(record.get('source')))}</code>"]
    if record.get("chars") is not None:
        meta.append(f"{record['chars']:,} characters")
    meta.append(f"{len(claims)} claims")
    for key in ("encoding", "date"):
        if record.get(key):
            meta.append(escape(str(record[key])))
    text, problem = sources.text(record)
    if text is not None and any(text[c["start"] : c["end"]] != c["text"] for c in claims):
        text, problem = None, "claim offsets do not match the source text"
    if text is None:
        summary.missing_sources.append(str(record.get("source")))
        content = (
            f'<p class="missing">{escape(str(problem))}; the claims are listed without the '
            "text.</p>" + _claim_list(claims, anchors, flagged)
        )
    else:
        content, shown = _highlighted(text, claims, anchors, flagged)
        summary.claims_highlighted += shown
    return (
        f'<article class="document card" id="{anchor}" data-doc-id="{escape(record["id"])}">'
        f'<h3>{escape(record["id"])}</h3><p class="meta">{" · ".join(meta)}</p>'
        f'<div class="text">{content}</div></article>'
    )


def _highlighted(
    text: str,
    claims: list[dict[str, Any]],
    anchors: Mapping[str, str],
    flagged: Mapping[str, str],
) -> tuple[str, int]:
    ents = []
    end = 0
    for claim in sorted(claims, key=lambda c: (c["start"], -c["end"])):
        if claim["start"] < end:
            continue  # overlapping spans cannot nest in the entity renderer; keep the first
        end = claim["end"]
        ents.append({
            "start": claim["start"],
            "end": claim["end"],
            "label": claim["label"],
            "params": _span_params(claim, anchors, flagged),
        })
    html = displacy.render(
        {"text": text, "ents": ents, "title": None},
        style="ent",
        manual=True,
        jupyter=False,
        options={"template": CLAIM_TEMPLATE},
    )
    skipped = len(claims) - len(ents)
    note = f'<p class="note">{skipped} overlapping claims not highlighted.</p>' if skipped else ""
    return note + str(html), len(ents)


def _span_params(
    claim: Mapping[str, Any], anchors: Mapping[str, str], flagged: Mapping[str, str]
) -> dict[str, str]:
    finding = flagged.get(claim["id"])
    flag = ""
    if finding is not None:
        flag = f'<a class="flag" href="#finding-{escape(finding)}" title="see the conflict">⚑</a>'
    return {
        "kind": escape(claim["kind"]),
        "classes": " in-conflict" if finding else "",
        "anchor": anchors[claim["id"]],
        "claim_id": escape(claim["id"]),
        "title": escape(hover_text(claim)),
        "bg": KIND_COLORS.get(claim["kind"], "#eeeeee"),
        "label": escape(claim["label"]),
        "flag": flag,
    }


def _claim_list(
    claims: list[dict[str, Any]], anchors: Mapping[str, str], flagged: Mapping[str, str]
) -> str:
    rows = []
    for claim in claims:
        finding = flagged.get(claim["id"])
        link = f' <a href="#finding-{escape(finding)}">⚑</a>' if finding else ""
        rows.append(
            f'<tr id="{anchors[claim["id"]]}" data-claim-id="{escape(claim["id"])}">'
            f'<td>{claim["start"]}–{claim["end"]}</td>'
            f'<td><span class="swatch" style="background: {KIND_COLORS.get(claim["kind"])}">'
            f'{escape(claim["label"])}</span></td>'
            f"<td><b>{escape(claim['text'])}</b>{link}</td>"
            f"<td>{escape(value_text(claim))}</td><td>{escape(claim['sentence'])}</td></tr>"
        )
    return (
        '<table class="claim-list"><tr><th>chars</th><th>label</th><th>claim</th>'
        f"<th>value</th><th>sentence</th></tr>{''.join(rows)}</table>"
    )


# ---------------------------------------------------------------------------- values


def number(value: Any) -> str:
    """A figure written out in full, with thousands separators ("4,600,000,000", "26.4")."""
    if value is None:
        return "?"
    exact = Decimal(str(value))
    if exact == exact.to_integral_value():
        return f"{exact.to_integral_value():,f}"
    return f"{exact.normalize():,f}"


def short_number(value: float) -> str:
    """A figure for a chart ("4.6bn", "600k", "26.4")."""
    for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix}"
    return f"{value:.3g}"


def with_unit(figure: str, unit: str | None) -> str:
    """A figure with its unit: "USD 4.6bn", "26.4%", "3.3 pp", "600k tech professionals"."""
    if unit == "percent":
        return f"{figure}%"
    if unit and ISO_CURRENCY.match(unit):
        return f"{unit} {figure}"
    return f"{figure} {unit}" if unit else figure


def interval_text(
    low: Any, high: Any, bound: str | None, unit: str | None, per: str | None,
    *, short: bool = False,
) -> str:
    """An interval as words: "USD 50 to 70 per hour", "≥ 600,000 tech professionals"."""
    def fmt(value: Any) -> str:
        return short_number(float(value)) if short and value is not None else number(value)

    if low is None and high is None:
        text = "?"
    elif high is None or bound == "lower":
        text = f"≥ {with_unit(fmt(low), unit)}"
    elif low is None or bound == "upper":
        text = f"≤ {with_unit(fmt(high), unit)}"
    elif low == high:
        text = ("≈ " if bound == "approx" else "") + with_unit(fmt(low), unit)
    else:
        text = with_unit(f"{fmt(low)} to {fmt(high)}", unit)
    return f"{text} per {per}" if per else text


def value_text(claim: Mapping[str, Any]) -> str:
    """A claim's normalized value in words."""
    value = claim.get("value") or {}
    if claim.get("kind") == "entity":
        return f"{value.get('canonical')} ({value.get('label')})"
    if claim.get("kind") == "date":
        return date_text(value)
    return interval_text(value.get("low"), value.get("high"), value.get("bound"),
                         value.get("unit"), value.get("per"))


def date_text(value: Mapping[str, Any]) -> str:
    """A date value in words: "2030-01-01 to 2030-12-31 (year)", or its unresolved offset."""
    start, end, grain = value.get("start"), value.get("end"), value.get("grain")
    if start is None and end is None:
        return f"relative {value.get('offset') or ''} ({grain}), unresolved".replace("  ", " ")
    span = start if start == end else f"{start or '…'} to {end or '…'}"
    return f"{span} ({grain})"


def hover_text(claim: Mapping[str, Any]) -> str:
    """The tooltip of a highlighted claim: value, subject, time, modality, rule and id."""
    lines = [f"{claim['label']}: {value_text(claim)}"]
    subject = claim.get("subject") or {}
    about = " · ".join(str(subject[k]) for k in ("entity", "metric") if subject.get(k))
    if about:
        lines.append(f"about: {about}")
    time = claim.get("time")
    if time:
        lines.append(f"when: {time.get('text')} = {date_text(time)}")
    if claim.get("kind") != "entity":
        cues = ", ".join(claim.get("cues") or [])
        lines.append(f"modality: {claim.get('modality')}" + (f" (cues: {cues})" if cues else ""))
    lines.append(f"rule: {claim.get('rule_id')} ({claim.get('source')})")
    lines.append(f"id: {claim['id']}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------- conflicts


def severity_color(severity: float) -> str:
    """Red for 1, amber toward 0."""
    hue = round(40 * (1 - max(0.0, min(1.0, severity))))
    return f"hsl({hue}, 75%, 42%)"


def _conflicts_table(
    findings: list[dict[str, Any]], by_id: Mapping[str, dict[str, Any]],
    anchors: Mapping[str, str],
) -> str:
    if not findings:
        return '<p class="note">No conflicts were found.</p>'
    rows = [_conflict_row(f, by_id, anchors) for f in findings]
    return (
        '<table class="conflicts"><thead><tr><th>severity</th><th>finding</th>'
        f"<th>claims, side by side</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def finding_order(finding: Mapping[str, Any]) -> tuple[float, float, str, str]:
    """Most confident key first (findings without a confidence last), then most severe."""
    return (-_score(finding), -float(finding["severity"]), str(finding["type"]),
            str(finding["id"]))


def _conflict_row(
    finding: Mapping[str, Any], by_id: Mapping[str, dict[str, Any]], anchors: Mapping[str, str]
) -> str:
    subject = finding.get("subject") or {}
    about = " · ".join(str(subject[k]) for k in ("entity", "metric") if subject.get(k))
    gap = finding.get("gap") or {}
    gap_parts = []
    if gap.get("absolute") is not None:
        gap_parts.append(with_unit(number(gap["absolute"]), gap.get("unit")))
    if gap.get("relative") is not None:
        gap_parts.append(f"{float(gap['relative']):.0%} relative")
    sides = "".join(_side(value, by_id, anchors) for value in finding.get("values") or [])
    severity = float(finding["severity"])
    return (
        f'<tr class="conflict" id="finding-{escape(finding["id"])}" '
        f'data-type="{escape(finding["type"])}" data-severity="{severity:.3f}" '
        f'data-confidence="{_score(finding):.4f}">'
        f'<td class="severity"><span class="sev" style="background: {severity_color(severity)}">'
        f"{severity:.2f}</span></td>"
        f'<td class="finding"><div class="ftype">{escape(finding["type"].replace("_", " "))}</div>'
        f'<div class="subject">{escape(about)}</div>'
        f'<p class="explanation">{escape(finding["explanation"])}</p>'
        f'<div class="note">gap: {escape(", ".join(gap_parts) or "n/a")}'
        f"{escape(_confidence_note(finding))}</div></td>"
        f'<td><div class="sides">{sides}</div></td></tr>'
    )


def _score(finding: Mapping[str, Any]) -> float:
    """The finding's confidence score; 0 for findings written before there was one."""
    trust = finding.get("confidence")
    score = trust.get("score") if isinstance(trust, Mapping) else None
    return float(score) if score is not None else 0.0


def _confidence_note(finding: Mapping[str, Any]) -> str:
    trust = finding.get("confidence")
    if not isinstance(trust, Mapping) or trust.get("score") is None:
        return ""
    ways = ", ".join(f"{k} {trust[k]}" for k in ("holder", "metric", "period") if k in trust)
    return f"; confidence {float(trust['score']):.2f} ({ways})"


def _side(
    value: Mapping[str, Any], by_id: Mapping[str, dict[str, Any]], anchors: Mapping[str, str]
) -> str:
    claim = by_id.get(value["claim_id"])
    compared = interval_text(value.get("low"), value.get("high"), value.get("bound"),
                             value.get("unit"), value.get("per"))
    if claim is None:
        return (
            f'<div class="side"><div>{escape(value["doc_id"])}: {escape(value["text"])}</div>'
            f"<dl><dt>compared as</dt><dd>{escape(compared)}</dd></dl></div>"
        )
    where = f'{escape(claim["doc_id"])}, paragraph {claim["paragraph"]}'
    return (
        f'<div class="side" data-claim-id="{escape(claim["id"])}">'
        f'<div><a href="#{anchors[claim["id"]]}">{where}</a></div>'
        f"<blockquote>{_quote(claim['sentence'], claim['text'])}</blockquote>"
        f"<dl><dt>stated</dt><dd>{escape(value_text(claim))}</dd>"
        f"<dt>compared as</dt><dd>{escape(compared)}</dd>"
        f"<dt>modality</dt><dd>{escape(str(claim.get('modality')))}</dd></dl></div>"
    )


def _quote(sentence: str, text: str) -> str:
    """The sentence with the claim's words marked (the sentence has its white space folded)."""
    words = " ".join(text.split())
    at = sentence.find(words)
    if at < 0:
        return escape(sentence)
    return (
        f"{escape(sentence[:at])}<mark class=\"quote\">{escape(words)}</mark>"
        f"{escape(sentence[at + len(words):])}"
    )


# ---------------------------------------------------------------------------- charts


def _kinds_chart(
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
    parts = [_svg_open(height, "claims by kind per document"), _svg_legend(
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
        parts.append(_row_label(doc_id, y + BAR_HEIGHT - 3, doc_anchors.get(doc_id)))
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


def _metric_charts(
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
        _svg_open(height, f"{entity} {metric} by document"),
        _svg_legend([(m, MODALITY_COLORS[m]) for m in modalities], CHART_LABEL_WIDTH, 14),
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
        parts.append(_row_label(doc_id, y + 4, None))
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


def _svg_open(height: float, label: str) -> str:
    return (
        f'<svg viewBox="0 0 {CHART_WIDTH} {height:.0f}" '
        f'width="{CHART_WIDTH}" height="{height:.0f}" role="img" aria-label="{escape(label)}">'
    )


def _svg_legend(entries: list[tuple[str, str]], x: float, y: float) -> str:
    parts = []
    for name, color in entries:
        parts.append(
            f'<rect x="{x:.0f}" y="{y - 10}" width="12" height="12" fill="{color}"/>'
            f'<text x="{x + 16:.0f}" y="{y}">{escape(name)}</text>'
        )
        x += 28 + 7 * len(name)
    return "".join(parts)


def _row_label(doc_id: str, y: float, anchor: str | None) -> str:
    shown = doc_id if len(doc_id) <= 30 else f"{doc_id[:29]}…"
    label = (
        f'<text x="{CHART_LABEL_WIDTH - 8}" y="{y}" text-anchor="end">'
        f"<title>{escape(doc_id)}</title>{escape(shown)}</text>"
    )
    return f'<a href="#{anchor}">{label}</a>' if anchor else label
