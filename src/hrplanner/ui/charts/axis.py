"""A pyqtgraph axis that writes its tick labels in the UI's locale (1.234,5 and 4,2% in Dutch).

pyqtgraph formats ticks with "%g", which gives English decimals and no thousands separators; every
chart in hrplanner uses :class:`LocaleAxisItem` instead, and :func:`category_ticks` for axes that
name categories (occupations, rounds) at whole-number positions.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pyqtgraph as pg

from hrplanner.ui.format import fmt_number, fmt_percent


def decimals_for(spacing: float) -> int:
    """Decimals that write ticks ``spacing`` apart exactly: 0 for 1 or 1000, 1 for 0.5 or 2.5, 2 for
    0.05, 3 for 0.025 (at most 6)."""
    if spacing <= 0 or not math.isfinite(spacing):
        return 0
    for decimals in range(7):
        scaled = spacing * 10**decimals
        if abs(scaled - round(scaled)) < 1e-6 * max(1.0, scaled):
            return decimals
    return 6


class LocaleAxisItem(pg.AxisItem):
    """An axis whose tick labels use :mod:`hrplanner.ui.format`; ``percent=True`` for fractions."""

    def __init__(self, orientation: str, *, percent: bool = False, **kwargs):
        super().__init__(orientation, **kwargs)
        self.percent = percent
        self.enableAutoSIPrefix(False)

    def tickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        if self.percent:
            places = decimals_for(spacing * scale * 100)
            return [fmt_percent(v * scale, places) for v in values]
        places = decimals_for(spacing * scale)
        return [fmt_number(v * scale, places) for v in values]


def category_ticks(axis: pg.AxisItem, labels: Sequence[str]) -> None:
    """Name whole-number positions 0, 1, 2 ... on ``axis`` with ``labels`` (no minor ticks)."""
    axis.setTicks([[(i, text) for i, text in enumerate(labels)], []])
