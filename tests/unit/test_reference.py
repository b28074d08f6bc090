"""Reference data helpers: an occupation's name by language with one set of fallbacks, and the 12
months over which joiners and leavers are counted."""

from __future__ import annotations

from datetime import date

import pytest

from hrplanner.domain.reference import flow_period_start, occupation_name

NAMES = ("GZ-psycholoog", "Healthcare psychologist")


@pytest.mark.parametrize(("language", "names", "expected"), [
    ("nl", NAMES, "GZ-psycholoog"),
    ("en", NAMES, "Healthcare psychologist"),
    ("en", ("GZ-psycholoog", ""), "GZ-psycholoog"),   # no English name: the Dutch one
    ("nl", ("", "Healthcare psychologist"), "Healthcare psychologist"),
    ("nl", None, "GZ"),                                 # unknown occupation: its code
    ("en", None, "GZ"),
    ("en", ("", ""), "GZ"),
])
def test_occupation_name_by_language(language, names, expected):
    assert occupation_name(language, "GZ", names) == expected


@pytest.mark.parametrize(("reference_date", "start", "days"), [
    (date(2025, 12, 31), date(2025, 1, 1), 365),
    (date(2024, 12, 31), date(2024, 1, 1), 366),    # a leap year: 29 February lies inside
    (date(2024, 2, 29), date(2023, 3, 1), 366),     # 28-02-2023 is a year before; the period starts the day after
    (date(2025, 2, 28), date(2024, 2, 29), 366),    # holds 29-02-2024
    (date(2024, 2, 28), date(2023, 3, 1), 365),
    (date(2025, 6, 30), date(2024, 7, 1), 365),
])
def test_flow_period_is_the_12_months_up_to_the_reference_date(reference_date, start, days):
    assert flow_period_start(reference_date) == start
    assert (reference_date - start).days + 1 == days
