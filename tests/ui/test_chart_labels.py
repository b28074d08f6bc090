"""Category labels under bar charts: rounds (in order) are named as far as they fit, never on top of
each other and always with the latest; occupations (no order) each keep their label."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QImage, QPainter

from hrplanner.ui.charts.axis import category_levels
from hrplanner.ui.charts.bars import BarChart, Series
from hrplanner.ui.pages.overview_charts import round_labels


def test_levels_name_every_position_once_evenly_spaced_with_the_last_first():
    assert category_levels(0) == []
    assert category_levels(1) == [[0]]
    # ten rounds: every 8th counted back from the last (9, 1), then halfway (5), then (3, 7), then the rest
    assert category_levels(10) == [[1, 9], [5], [3, 7], [0, 2, 4, 6, 8]]
    for count in range(1, 40):
        levels = category_levels(count)
        given = [i for level in levels for i in level]
        assert sorted(given) == list(range(count))  # every position once
        assert count - 1 in levels[0]  # the latest is in the level always written
        for depth in range(len(levels)):  # the labels written down to any level are evenly spaced
            written = sorted(i for level in levels[:depth + 1] for i in level)
            assert len({b - a for a, b in zip(written, written[1:])}) <= 1


def test_rounds_are_named_by_year_when_each_has_a_year_of_its_own():
    assert round_labels([date(2016 + k, 12, 31) for k in range(3)]) == ["2016", "2017", "2018"]
    two_in_a_year = [date(2024, 6, 30), date(2024, 12, 31)]
    assert round_labels(two_in_a_year) == ["30-06-2024", "31-12-2024"]


def drawn_labels(chart: BarChart) -> list[tuple[float, float, str]]:
    """(left, right, text) of each label the category axis draws, left to right."""
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _axis, _ticks, texts = chart.category_axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return sorted((rect.left(), rect.right(), text) for rect, _flags, text in texts)


@pytest.mark.parametrize("width", [230, 320, 480, 900])
def test_ten_rounds_are_named_as_far_as_they_fit(qtbot, width):
    years = [str(2016 + k) for k in range(10)]
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(width, 220)
    chart.set_data(years, [Series("open", list(range(10, 20)), "#0072b2")], ordered=True)
    chart.show()
    qtbot.waitExposed(chart)
    labels = drawn_labels(chart)
    texts = [text for _l, _r, text in labels]
    assert "2025" in texts and len(texts) >= 2  # the latest round always, and another to read it by
    assert texts == sorted(texts)  # in order along the axis
    for (_l, right, _t), (left, _r, _u) in zip(labels, labels[1:]):
        assert right <= left  # none on top of another
    if width >= 900:
        assert texts == years  # room for all of them


def test_occupations_keep_every_label(qtbot):
    codes = ["PM", "JZW", "JGP", "SW", "GW", "OG", "GZ", "KJP", "VT", "OP"]
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.resize(700, 220)
    chart.set_data(codes, [Series("55+", [0.2] * 10, "#e69f00")])
    chart.show()
    qtbot.waitExposed(chart)
    assert [text for _l, _r, text in drawn_labels(chart)] == codes
