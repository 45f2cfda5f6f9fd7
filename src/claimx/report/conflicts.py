"""The conflicts table: most confident first, then most severe; each finding's explanation
and gap, and each claim's sentence side by side with its stated value and the interval it
was compared as."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from claimx.report.values import interval_text, number, value_text, with_unit


def severity_color(severity: float) -> str:
    """Red for 1, amber toward 0."""
    hue = round(40 * (1 - max(0.0, min(1.0, severity))))
    return f"hsl({hue}, 75%, 42%)"


def conflicts_table(
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
