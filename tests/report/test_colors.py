"""The report's colours cover every claim kind and modality the claim record declares."""

from __future__ import annotations

from typing import get_args

from claimx.record import Kind, Modality
from claimx.report import KIND_COLORS, MODALITY_COLORS


def test_every_kind_has_a_colour() -> None:
    assert set(KIND_COLORS) == set(get_args(Kind))


def test_every_modality_has_a_colour() -> None:
    assert set(MODALITY_COLORS) == set(get_args(Modality))
