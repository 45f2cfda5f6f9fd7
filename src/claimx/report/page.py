"""The report page: :func:`write_report` reads an outputs folder and writes one
self-contained HTML file; :func:`render_report` puts the summary charts, the conflicts
table and the documents into ``templates/report.html``."""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape
from importlib.resources import files
from pathlib import Path
from string import Template
from typing import Any

from claimx import __version__
from claimx.io import atomic_writer
from claimx.report.charts import kinds_chart, metric_charts
from claimx.report.conflicts import conflicts_table, finding_order
from claimx.report.documents import document_section, documents_shown, left_out_note, legend
from claimx.report.loading import Outputs, Sources

REPORT_FILE = "report.html"


@dataclass
class ReportSummary:
    """What a report shows (printed by the CLI)."""

    path: Path
    documents: int = 0
    documents_left_out: int = 0
    claims_highlighted: int = 0
    findings: int = 0
    missing_sources: list[str] = field(default_factory=list)


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
    shown = documents_shown(outputs.documents, findings, max_documents)
    doc_anchors = {d["id"]: f"doc-{n}" for n, d in enumerate(outputs.documents)}
    summary.documents = len(shown)
    summary.documents_left_out = len(outputs.documents) - len(shown)
    summary.findings = len(findings)

    documents_html = []
    for d in shown:
        section = document_section(d, doc_anchors[d["id"]], by_doc[d["id"]], anchors, flagged,
                                   sources)
        documents_html.append(section.html)
        summary.claims_highlighted += section.highlighted
        if section.missing_source is not None:
            summary.missing_sources.append(section.missing_source)
    body = "\n".join([
        '<section id="summary"><h2>Summary</h2>',
        kinds_chart(shown, by_doc, doc_anchors),
        *metric_charts(findings, by_id),
        "</section>",
        '<section id="conflicts"><h2>Conflicts</h2>',
        conflicts_table(findings, by_id, anchors),
        "</section>",
        '<section id="documents"><h2>Documents</h2>',
        legend(),
        left_out_note(summary.documents_left_out),
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
