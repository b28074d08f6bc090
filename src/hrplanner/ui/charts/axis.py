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


#: The share of a category axis its labels may fill: beyond it, labels would touch or overlap.
CATEGORY_FILL = 0.8
#: Pixels a label of an ordered category axis may reach past the axis's end (the charts keep 8 px of
#: margin there): the latest round's label stays under its bar on a narrow chart.
LABEL_OVERHANG = 8


def category_levels(count: int) -> list[list[int]]:
    """The positions 0 .. ``count`` - 1 in levels of evenly spaced labels, always with the last (the
    latest round, say): first every ``step``-th counted back from the last, ``step`` the largest power
    of two below ``count``, then each time the positions halfway between those given so far."""
    if count <= 0:
        return []
    step = 1
    while step * 2 < count:
        step *= 2
    levels: list[list[int]] = []
    given: set[int] = set()
    while step >= 1:
        level = [i for i in range(count - 1, -1, -step) if i not in given][::-1]
        given.update(level)
        levels.append(level)
        step //= 2
    return levels


def category_ticks(axis: pg.AxisItem, labels: Sequence[str], *, ordered: bool = False) -> None:
    """Name whole-number positions 0, 1, 2 ... on ``axis`` with ``labels`` (no minor ticks).

    ``ordered``: the categories run in order (rounds, years), so a reader can tell the ones between two
    labels; then only as many labels as fit are written: the levels of :func:`category_levels`, of
    which pyqtgraph writes the next only while the labels so far fill at most :data:`CATEGORY_FILL` of
    the axis (ten rounds on a narrow chart: every second or fourth, always the latest). Otherwise
    (occupations) every category keeps its label."""
    if not ordered:
        axis.setTicks([[(i, text) for i, text in enumerate(labels)], []])
        return
    levels = category_levels(len(labels))
    axis.setTicks([[(i, labels[i]) for i in level] for level in levels] or [[], []])
    deepest = max(len(levels) - 1, 2)
    axis.setStyle(maxTickLevel=deepest, maxTextLevel=deepest, textFillLimits=[(0, CATEGORY_FILL)],
                  hideOverlappingLabels=LABEL_OVERHANG)
