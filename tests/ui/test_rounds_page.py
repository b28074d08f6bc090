"""The Rounds page and File > Feedback reports… on a copy of the demo register."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from hrplanner.services import rounds
from hrplanner.services.editing import Cell, Editor
from hrplanner.ui.context import Topic

NEW = date(2026, 12, 31)


@pytest.fixture
def page(qtbot, demo_path):
    from hrplanner.services.register import Register
    from hrplanner.ui.context import AppContext
    from hrplanner.ui.pages.rounds import RoundsPage

    register = Register.open(demo_path)
    rounds.open_round(register, NEW, user="coordinator")
    context = AppContext()
    context.language = "en"
    context.user_name = "tester"
    widget = RoundsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    context.set_register(register)
    yield widget
    context.register.close()


def _row_of(page, organisation: str) -> int:
    return next(r for r in range(page.proxy.rowCount())
                if page.proxy.index(r, 0).data() == organisation)


def _select(page, organisation: str) -> None:
    index = page.proxy.index(_row_of(page, organisation), 0)
    page.view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)


def test_the_page_shows_the_new_round_with_nothing_delivered(page):
    assert page.heading.text() == "Round 31-12-2026 (open)"
    assert page.model.rowCount() == 22  # every active organisation of the demo
    assert "0 of 22 organisations delivered figures" in page.summary.text()
    assert page.missing.text().startswith("Missing: ")
    first = page.proxy.index(0, page.model.STATE).data()
    assert first == "not started"
    # last round's persons, in brackets, for the region's coverage
    assert page.proxy.index(0, page.model.PERSONS).data().startswith("(")
    assert not page.accept_button.isEnabled() and page.close_button.isEnabled()


def test_an_edit_shows_as_received_and_can_be_accepted(page):
    register = page.context.register
    name = register.organisations(active_only=True)[0].name
    Editor(register, user="hr-lead").set_figure(Cell("sickness", name, "", NEW, (), "percentage"), 4.5)
    page.context.notify(Topic.SICKNESS)
    row = _row_of(page, name)
    assert page.proxy.index(row, page.model.STATE).data() == "figures received"
    assert "by hr-lead, in the app" in page.proxy.index(row, page.model.WHEN).data()
    # the last column, elided on a narrow screen, reads whole in its tooltip
    when = page.proxy.index(row, page.model.WHEN)
    assert when.data(Qt.ItemDataRole.ToolTipRole) == when.data()
    assert page.proxy.index(row, page.model.FIRST_TOPIC + 4).data() == "\u2713"  # absence
    assert "1 of 22 organisations delivered figures" in page.summary.text()
    _select(page, name)
    assert page.accept_button.isEnabled()
    page.accept_button.click()
    row = _row_of(page, name)
    assert page.proxy.index(row, page.model.STATE).data() == "accepted"
    assert "by tester" in page.proxy.index(row, page.model.WHEN).data()
    # undo takes the acceptance back, redo puts it back
    page.context.undo_stack.undo()
    assert page.proxy.index(_row_of(page, name), page.model.STATE).data() == "figures received"
    assert rounds.acceptance(register, NEW, name) == (None, "")
    page.context.undo_stack.redo()
    assert page.proxy.index(_row_of(page, name), page.model.STATE).data() == "accepted"
    assert rounds.acceptance(register, NEW, name)[1] == "tester"


def test_closing_the_round_asks_and_can_be_undone(page, dialogs):
    dialogs.answers.append(True)
    page.close_button.click()
    assert "Close round 31-12-2026?" in dialogs.messages[-1]["text"]
    assert page.context.register.round(NEW).closed
    assert page.heading.text() == "Round 31-12-2026 (closed: read-only)"
    assert not page.close_button.isEnabled()
    page.context.undo_stack.undo()
    assert not page.context.register.round(NEW).closed


def test_feedback_reports_from_the_file_menu(main_window, tmp_path, dialogs):
    actions = main_window.feedback_actions
    assert actions.action.text() == "&Terugkoppelrapporten…"
    rounds_with_figures, organisations = actions.choices()
    assert [iso for iso, _ in rounds_with_figures] == ["2025-12-31", "2024-12-31"]
    assert len(organisations) == 22
    actions.feedback_dialog()  # the dialog is recorded (and cancelled) by the test set-up
    assert type(dialogs.dialogs[-1]).__name__ == "FeedbackDialog"
    target = tmp_path / "report.xlsx"
    actions.write(date(2025, 12, 31), [organisations[0]], target)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["Uw cijfers", "Grafieken", "Toelichting"]
    assert organisations[0] in book["Uw cijfers"]["A1"].value
    assert "Terugkoppelrapporten geschreven: 1" in dialogs.messages[-1]["text"]


def test_the_rounds_page_is_in_the_navigation(main_window):
    titles = [page.title() for page in main_window.pages()]
    assert "Rondes" in titles
    main_window.show_page(titles.index("Rondes"))
    page = main_window.pages()[titles.index("Rondes")]
    assert page.isVisible() and page.model.rowCount() == 22
    assert page.view.horizontalHeader().sectionSize(0) > 0
    # the table speaks Dutch
    assert page.model.headerData(page.model.FIRST_TOPIC, Qt.Orientation.Horizontal) == "Bezetting"
    assert page.model.headerData(page.model.PERSONS, Qt.Orientation.Horizontal) == "Personen"
