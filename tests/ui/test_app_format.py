"""Number formats of the UI (QLocale, Dutch by default) and the locale-aware chart axis."""

from __future__ import annotations

from datetime import date

import pytest

from hrplanner.ui import format as fmt
from hrplanner.ui.charts import palette
from hrplanner.ui.charts.axis import LocaleAxisItem, decimals_for

pytestmark = pytest.mark.usefixtures("dutch")


@pytest.fixture
def english():
    fmt.set_language("en")
    yield
    fmt.set_language("nl")


def test_dutch_numbers_and_percentages():
    assert fmt.fmt_number(1234.5, 1) == "1.234,5"
    assert fmt.fmt_number(2632) == "2.632"
    assert fmt.fmt_number(1234567.891, 2) == "1.234.567,89"
    assert fmt.fmt_percent(0.042) == "4,2%"
    assert fmt.fmt_percent(0.3) == "30,0%"
    assert fmt.fmt_percent(1 / 3, 0) == "33%"


def test_english_numbers_and_percentages(english):
    assert fmt.fmt_number(1234.5, 1) == "1,234.5"
    assert fmt.fmt_percent(0.042) == "4.2%"
    assert fmt.fmt_date(date(2025, 12, 31)) == "31/12/2025"


def test_missing_values_are_a_dash_never_zero():
    assert fmt.fmt_number(None) == "\u2013"
    assert fmt.fmt_percent(None) == "\u2013"
    assert fmt.fmt_number(float("nan"), 1) == "\u2013"
    assert fmt.fmt_points(None) == "\u2013"


def test_halves_round_up_and_there_is_no_minus_zero():
    assert fmt.fmt_number(524.25, 1) == "524,3"  # 524.25 is exact in binary: round-half-even gives 524,2
    assert fmt.fmt_number(524.2499999999999, 1) == "524,3"  # a float sum that should be 524.25
    assert fmt.fmt_number(0.125, 2) == "0,13"
    assert fmt.fmt_number(-0.04, 1) == "0,0"
    assert fmt.fmt_number(-2.5) == "-3"


def test_changes_have_signs_arrows_and_percentage_points():
    assert fmt.fmt_signed(12) == "+12"
    assert fmt.fmt_signed(-3.25, 1) == "-3,3"
    assert fmt.fmt_signed(0.04, 1) == "0,0"
    assert fmt.fmt_points(0.0123) == "+1,2 %-punt"
    assert fmt.fmt_points(-0.064) == "-6,4 %-punt"
    assert (fmt.arrow(5), fmt.arrow(-0.2), fmt.arrow(0.2), fmt.arrow(None)) == ("\u25b2", "=", "=", "=")
    assert fmt.arrow(-0.6) == "\u25bc"


def test_dates_and_parsing():
    assert fmt.fmt_date(date(2025, 12, 31)) == "31-12-2025"
    assert fmt.fmt_date_long(date(2024, 12, 31)) == "31 december 2024"
    assert fmt.parse_number("1.234,5") == 1234.5
    assert fmt.parse_number("twaalf") is None


def test_axis_ticks_use_the_locale(qapp):
    axis = LocaleAxisItem("left")
    assert axis.tickStrings([0, 1000, 2000], 1, 1000) == ["0", "1.000", "2.000"]
    assert axis.tickStrings([0.5, 1.0], 1, 0.5) == ["0,5", "1,0"]
    percent = LocaleAxisItem("left", percent=True)
    assert percent.tickStrings([0.1, 0.2], 1, 0.1) == ["10%", "20%"]
    assert percent.tickStrings([0.125, 0.15], 1, 0.025) == ["12,5%", "15,0%"]


def test_decimals_for_tick_spacing():
    assert [decimals_for(s) for s in (1000, 1, 2.5, 0.5, 0.1, 0.05, 0.025)] == [0, 0, 1, 1, 1, 2, 3]


def test_palette_is_okabe_ito():
    assert len(set(palette.OKABE_ITO)) == 8
    assert palette.OKABE_ITO[0] == "#E69F00" and palette.series_colour(9) == palette.OKABE_ITO[1]
