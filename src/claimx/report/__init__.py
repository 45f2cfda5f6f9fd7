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
:mod:`claimx.batch.corpus`; a relative source is looked up from the current folder, then from
the given source roots, the outputs folder's parent and the outputs folder. A source that
is missing, unreadable or changed since extraction (another sha256) is said so, and its
claims are listed without the text.

The package, by concern: ``page`` (the entry points and the page), ``loading`` (the
outputs folder and the source texts), ``documents`` (highlighted texts), ``conflicts``
(the conflicts table), ``charts`` and ``svg`` (the summary charts), ``values`` (figures
and values in words), ``colors``.
"""

from claimx.report.colors import KIND_COLORS, KINDS, MODALITY_COLORS
from claimx.report.conflicts import finding_order, severity_color
from claimx.report.loading import Outputs, Sources
from claimx.report.page import REPORT_FILE, ReportSummary, render_report, write_report
from claimx.report.svg import Scale, nice_ticks
from claimx.report.values import (
    date_text,
    hover_text,
    interval_text,
    number,
    short_number,
    value_text,
    with_unit,
)

__all__ = [
    "KINDS",
    "KIND_COLORS",
    "MODALITY_COLORS",
    "REPORT_FILE",
    "Outputs",
    "ReportSummary",
    "Scale",
    "Sources",
    "date_text",
    "finding_order",
    "hover_text",
    "interval_text",
    "nice_ticks",
    "number",
    "render_report",
    "severity_color",
    "short_number",
    "value_text",
    "with_unit",
    "write_report",
]
