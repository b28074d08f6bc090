"""The application context: topics of data_changed are a closed set (a StrEnum, so a typo fails at
once), and the current round is a date."""

from __future__ import annotations

from datetime import date

import pytest

from hrplanner.services.register import Register
from hrplanner.ui.context import AppContext, Topic


def test_topics_are_the_figure_tables_and_the_register_structure():
    from hrplanner.services.editing import FIGURE_TABLES

    # a figure edit announces its table's name: every table is a topic
    assert {Topic(table) for table in FIGURE_TABLES} == {
        Topic.STAFFING, Topic.ESTABLISHMENT, Topic.FLOW, Topic.TRAINING, Topic.SICKNESS}
    assert Topic.ANY == "*" and "scenario" == Topic.SCENARIO  # still plain text for the signal


def test_notify_refuses_an_unknown_topic(qapp):
    context = AppContext()
    seen = []
    context.data_changed.connect(seen.append)
    context.notify(Topic.ROUND)
    context.notify("scenario")
    context.notify()
    assert seen == ["round", "scenario", "*"]
    with pytest.raises(ValueError):
        context.notify("staffng")
    assert len(seen) == 3


def test_the_current_round_is_a_date(qapp, demo_path):
    context = AppContext()
    days = []
    context.round_changed.connect(days.append)
    context.set_register(Register.open(demo_path))
    try:
        latest = context.register.latest_round().reference_date
        assert context.current_round == latest and isinstance(latest, date)
        earlier = context.register.rounds()[0].reference_date
        context.set_round(earlier)
        context.set_round(earlier)  # unchanged: no second signal
        assert context.current_round == earlier and days == [earlier]
        with pytest.raises(TypeError):
            context.set_round(earlier.isoformat())
        assert context.current_round == earlier
    finally:
        context.register.close()
