"""Each document's text with its claims highlighted (displaCy's entity renderer with
claimx's template, the normalized value on hover), or its claims listed when the text
cannot be shown."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any, NamedTuple

from spacy import displacy

from claimx.report.colors import KIND_COLORS, KINDS
from claimx.report.loading import Sources
from claimx.report.values import hover_text, value_text

# A claim highlight: displaCy fills {text} (escaped) and the span's params (escaped here).
CLAIM_TEMPLATE = (
    '<mark class="entity claim kind-{kind}{classes}" id="{anchor}" data-claim-id="{claim_id}" '
    'title="{title}" style="background: {bg}">{text}<span class="label">{label}</span>'
    "{flag}</mark>"
)


def documents_shown(
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


def left_out_note(count: int) -> str:
    if not count:
        return ""
    return f'<p class="note">{count} documents without findings are not shown here.</p>'


def legend() -> str:
    swatches = "".join(
        f'<span class="swatch" style="background: {KIND_COLORS[k]}">{k}</span>' for k in KINDS
    )
    return (
        f'<p class="legend">{swatches} <span class="note">Hover a highlight for its normalized '
        "value; a red ring and ⚑ mark claims in a conflict (⚑ links to it).</span></p>"
    )


class Section(NamedTuple):
    """A document's part of the page, with what it showed."""

    html: str
    highlighted: int  # claims highlighted in the text
    missing_source: str | None  # the source whose text could not be shown


def document_section(
    record: Mapping[str, Any],
    anchor: str,
    claims: list[dict[str, Any]],
    anchors: Mapping[str, str],
    flagged: Mapping[str, str],
    sources: Sources,
) -> Section:
    """The document's card: its text with the claims highlighted, or the claims listed with
    why the text cannot be shown."""
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
    missing: str | None = None
    shown = 0
    if text is None:
        missing = str(record.get("source"))
        content = (
            f'<p class="missing">{escape(str(problem))}; the claims are listed without the '
            "text.</p>" + claim_list(claims, anchors, flagged)
        )
    else:
        content, shown = highlighted(text, claims, anchors, flagged)
    html = (
        f'<article class="document card" id="{anchor}" data-doc-id="{escape(record["id"])}">'
        f'<h3>{escape(record["id"])}</h3><p class="meta">{" · ".join(meta)}</p>'
        f'<div class="text">{content}</div></article>'
    )
    return Section(html, shown, missing)


def highlighted(
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


def claim_list(
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
