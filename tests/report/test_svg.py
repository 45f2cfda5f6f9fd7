"""The chart scale, its ticks and the SVG pieces."""

from __future__ import annotations

import pytest

from claimx.report import Scale, nice_ticks


@pytest.mark.parametrize(
    ("low", "high", "count", "ticks"),
    [(0, 10, 5, [0, 2, 4, 6, 8, 10]), (0, 7, 5, [0, 2, 4, 6]), (3, 3, 5, [3]),
     (0.0, 0.5, 5, [0.0, 0.1, 0.2, 0.3, 0.4, 0.5])],
    ids=["steps of 2", "ends inside", "no span", "tenths"],
)
def test_nice_ticks(low: float, high: float, count: int, ticks: list[float]) -> None:
    assert nice_ticks(low, high, count) == pytest.approx(ticks)


def test_a_wide_positive_range_gets_a_log_scale() -> None:
    scale = Scale.fit([1.0, 1000.0], 0, 300)
    assert scale.log
    assert scale.ticks() == [1.0, 10.0, 100.0, 1000.0]
    assert scale(10.0) < scale(100.0) and scale(100.0) - scale(10.0) == pytest.approx(
        scale(1000.0) - scale(100.0))


@pytest.mark.parametrize("values", [[-5.0, 10.0], [1.0, 5.0], []], ids=["negative", "narrow",
                                                                      "empty"])
def test_other_ranges_get_a_linear_scale_holding_them(values: list[float]) -> None:
    scale = Scale.fit(values, 0, 300)
    assert not scale.log
    assert all(0 < scale(v) < 300 for v in values)
