"""The colours of the report: one per claim kind (highlights, bars, legend) and one per
modality (chart points)."""

from __future__ import annotations

from typing import get_args

from claimx.record import Kind

KINDS: tuple[Kind, ...] = get_args(Kind)
KIND_COLORS = {
    "money": "#8fd48f",
    "percent": "#f6c46e",
    "quantity": "#9cc2f2",
    "duration": "#a8dcd1",
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
