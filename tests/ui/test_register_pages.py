"""The register pages as a user drives them: keys (Ctrl+V, Ctrl+C, Delete), pasting a spreadsheet
block, the closed-round note and its reopen button, the add dialogs, and the confirmation of unusual
figures (message boxes patched)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hrplanner.domain import reference as ref
from hrplanner.services.register import Register
from hrplanner.ui import format as fmt
from hrplanner.ui.clipboard import parse_tsv, to_tsv
from hrplanner.ui.context import AppContext
from hrplanner.ui.dialogs import messages
from hrplanner.ui.models import establishment as est
from hrplanner.ui.models import flows as fl
from hrplanner.ui.models import staffing as st
from hrplanner.ui.pages.register_figures import FiguresPage
from hrplanner.ui.pages.register_occupations import OccupationsPage
from hrplanner.ui.pages.register_organisations import OrganisationsPage

CURRENT = date(2025, 12, 31)


@pytest.fixture
def context(demo_path, qapp):
    fmt.set_language("nl")
    context = AppContext()
    context.user_name = "tester"
    context.set_register(Register.open(demo_path))
    yield context
    context.register.close()


@pytest.fixture
def questions(monkeypatch):
    """Patch the yes/no box: answers come from the list (True = yes), questions are recorded."""
    asked: list[str] = []
    answers: list[bool] = []

    def ask(parent, text, **kwargs):  # noqa: ANN001, ANN003
        asked.append(text + "\n" + kwargs.get("informative", ""))
        return answers.pop(0) if answers else False

    monkeypatch.setattr(messages, "ask", ask)
    return asked, answers


@pytest.fixture
def page(context, qtbot):
    page = FiguresPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def test_the_round_is_read_in_the_background(qtbot, context, in_background):
    """The round's figures and the tables' rows are made off the GUI thread; the tables fill when they
    arrive, the same as read at once."""
    with in_background():
        page = FiguresPage(context)
        qtbot.addWidget(page)
        page.refresh()
        assert page.round_label.text() == "Reading the figures…"
        assert page.staffing.model.rowCount() == 0
        qtbot.waitUntil(lambda: page.staffing.model.rowCount() > 0, timeout=20000)
    data = context.register.round_data(context.register.round())
    shown = {(r.organisation, r.occupation) for r in page.staffing.model.rows() if r.present}
    assert shown == {(r.organisation, r.occupation) for r in data.staffing}
    assert page.round_label.text() == "Round: 31-12-2025"


def test_an_edited_cell_shows_its_new_value_at_once(qtbot, context, in_background):
    """After an edit the round is read again at once, not in the background: the cell never shows its
    old value meanwhile."""
    with in_background():
        page = FiguresPage(context)
        qtbot.addWidget(page)
        page.refresh()
        qtbot.waitUntil(lambda: page.staffing.model.rowCount() > 0, timeout=20000)
    model = page.staffing.model
    row = next(r for r, found in enumerate(model.rows()) if found.present)
    index = model.index(row, st.FIRST_BAND)
    before = int(model.data(index, Qt.ItemDataRole.EditRole) or 0)
    with in_background():
        assert model.setData(index, str(before + 3))
        assert int(model.data(index, Qt.ItemDataRole.EditRole)) == before + 3  # before anything is waited for


def current(context):
    return context.register.round_data(context.register.round(CURRENT))


def show_organisation(page, name):
    page.organisation_combo.setCurrentIndex(page.organisation_combo.findData(name))


def test_pasting_an_excel_block_changes_the_figures_as_one_undo_step(page, context, qtbot):
    table = page.establishment.table
    record = current(context).establishment[0]
    show_organisation(page, record.organisation)
    page.occupation_combo.setCurrentIndex(page.occupation_combo.findData(record.occupation))
    assert table.proxy.rowCount() == 1
    table.select(0, est.OPEN_POSITIONS)
    QApplication.clipboard().setText("3\t2,5\t1\r\n")  # Dutch decimals, Excel's line end
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    saved = next(e for e in current(context).establishment
                 if (e.organisation, e.occupation) == (record.organisation, record.occupation))
    assert (saved.open_positions, saved.open_fte, saved.open_long) == (3, 2.5, 1)
    assert context.undo_stack.count() == 1 and context.undo_stack.undoText() == "paste 3 cells"
    context.undo_stack.undo()
    saved = next(e for e in current(context).establishment
                 if (e.organisation, e.occupation) == (record.organisation, record.occupation))
    assert (saved.open_positions, saved.open_fte, saved.open_long) == (
        record.open_positions, record.open_fte, record.open_long)


def test_a_paste_with_one_bad_cell_changes_nothing_and_names_the_cell(page, context):
    page.tabs.setCurrentWidget(page.flows)
    table = page.flows.table
    record = current(context).flows[0]
    show_organisation(page, record.organisation)
    page.occupation_combo.setCurrentIndex(page.occupation_combo.findData(record.occupation))
    table.select(0, fl.FIRST_JOINER)
    before = current(context).flows
    assert not table.paste("1\t2\tveel\t0\n")  # the third joiner cell is not a number
    assert current(context).flows == before
    message = table.message_label.text()
    occupation = next(o for o in context.register.occupations() if o.code == record.occupation)
    column = table.model.header_text(fl.FIRST_JOINER + 2)
    assert f"{record.organisation} \u00b7 {occupation.name_nl}, column \u201c{column}\u201d" in message
    assert "'veel'" in message and "must be a number" in message
    assert table.message_label.isVisibleTo(page)
    assert context.undo_stack.count() == 0


def test_a_block_that_does_not_fit_is_refused(page, context):
    table = page.sickness.table
    table.select(table.proxy.rowCount() - 1, 3)
    before = current(context).sickness
    assert not table.paste("5\n6\n")
    assert "does not fit" in table.message_label.text()
    assert current(context).sickness == before


def test_one_value_fills_the_selection_and_delete_clears_it(page, context, qtbot):
    page.tabs.setCurrentWidget(page.training)
    table = page.training.table
    page.empty_check.setChecked(False)
    table.select(0, 3, rows=2, columns=2)  # in training now, planned intake of two rows
    rows = [table.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(2)]
    assert table.paste("4")

    def figures():
        data = {(t.organisation, t.occupation, t.route): t for t in current(context).training}
        return [(data[r.key[:2] + r.detail].in_training, data[r.key[:2] + r.detail].planned_intake) for r in rows]

    assert figures() == [(4, 4), (4, 4)]
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_Delete)
    assert figures() == [(0, 0), (0, 0)]
    assert context.undo_stack.undoText() == "clear 4 cells"
    context.undo_stack.undo()
    assert figures() == [(4, 4), (4, 4)]


def test_copy_gives_tsv_with_headers_for_whole_columns(page, context, qtbot):
    table = page.staffing.table
    record = next(r for r in current(context).staffing if r.fte % 1)
    show_organisation(page, record.organisation)
    page.staffing.detail_combo.setCurrentIndex(page.staffing.detail_combo.findData(record.sex))
    rows = [table.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 1) for r in range(table.proxy.rowCount())]
    number = next(r for r, row in enumerate(rows) if row.occupation == record.occupation)
    column = st.FIRST_BAND + 2 * ref.AGE_BANDS.index(record.age_band)
    table.select(number, column, columns=2)
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    fte = f"{record.fte:.4f}".rstrip("0").rstrip(".").replace(".", ",")
    assert parse_tsv(QApplication.clipboard().text()) == [[str(record.persons), fte]]
    # a whole column: the header first, then every row as shown (empty where no figure)
    table.select(0, column, rows=len(rows))
    table.copy()
    header = table.model.header_text(column)
    persons = {(r.organisation, r.occupation): r.persons for r in current(context).staffing
               if (r.age_band, r.sex) == (record.age_band, record.sex)}
    expected = [[str(persons[(row.organisation, row.occupation)])] if row.key[:2] in persons else [""]
                for row in rows]
    assert parse_tsv(QApplication.clipboard().text()) == [[header], *expected]


def test_tsv_round_trip_keeps_tabs_quotes_and_line_breaks():
    rows = [["a\tb", 'say "hi"', "two\nlines"], ["", "1,5", ""]]
    assert parse_tsv(to_tsv(rows)) == rows
    assert parse_tsv("1\t2\r\n3\t4\r\n") == [["1", "2"], ["3", "4"]]


def test_tsv_reads_what_spreadsheets_write():
    # Excel and LibreOffice quote a cell with a tab, a line break or a quote, doubling the quotes
    assert parse_tsv('a\t"two\nlines"\t"say ""hi"""\r\n') == [["a", "two\nlines", 'say "hi"']]
    # an empty cell between and at the end of a row, an empty line in a one-column block
    assert parse_tsv("1\t\t3\t\n") == [["1", "", "3", ""]]
    assert parse_tsv("4\n\n6\n") == [["4"], [""], ["6"]]
    # a line break of an old Mac (\r) ends a row too; a quote inside a cell is kept as typed
    assert parse_tsv("7\r8") == [["7"], ["8"]]
    assert parse_tsv('5"6\t7') == [['5"6', "7"]]
    assert to_tsv([["1,5", "a\tb"], ["x"]]) == '1,5\t"a\tb"\nx\n'


def test_unusual_figures_are_saved_only_when_confirmed(page, context, questions):
    asked, answers = questions
    table = page.staffing.table
    record = next(r for r in current(context).staffing if r.persons == 2)
    show_organisation(page, record.organisation)
    page.occupation_combo.setCurrentIndex(page.occupation_combo.findData(record.occupation))
    page.staffing.detail_combo.setCurrentIndex(page.staffing.detail_combo.findData(record.sex))
    column = st.FIRST_BAND + 2 * ref.AGE_BANDS.index(record.age_band) + 1
    table.select(0, column)
    answers.append(False)
    assert not table.paste("3")  # 1.5 fte per person
    # 3 fte / 2 persons = 1.5 per person, shown in the app's (Dutch) number format
    assert "1,50 fte per person; usually between 0,05 and 1,2" in asked[-1]
    key = (record.organisation, record.occupation, record.age_band, record.sex)

    def fte():
        return {(r.organisation, r.occupation, r.age_band, r.sex): r.fte for r in current(context).staffing}[key]

    assert fte() == record.fte
    answers.append(True)
    assert table.paste("3")
    assert fte() == 3.0


def test_a_closed_round_says_so_and_can_be_reopened_with_undo(page, context, questions):
    _asked, answers = questions
    context.set_round(date(2024, 12, 31))
    assert page.closed_frame.isVisibleTo(page)
    assert page.closed_label.text() == "This round is closed (read-only)."
    index = page.staffing.table.proxy.index(0, st.FIRST_BAND)
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable
    answers.append(True)
    page.reopen_button.click()
    assert not context.register.round(date(2024, 12, 31)).closed
    assert not page.closed_frame.isVisibleTo(page)
    assert page.staffing.table.proxy.index(0, st.FIRST_BAND).flags() & Qt.ItemFlag.ItemIsEditable
    context.undo_stack.undo()
    assert context.register.round(date(2024, 12, 31)).closed
    assert page.closed_frame.isVisibleTo(page)


def test_closing_needs_a_yes(page, context, questions):
    _asked, answers = questions
    answers.append(False)
    page.close_round_button.click()
    assert not context.register.round(CURRENT).closed
    answers.append(True)
    page.close_round_button.click()
    assert context.register.round(CURRENT).closed
    assert context.undo_stack.undoText() == "close round"


def test_a_round_is_added_through_the_dialog_and_shown(page, context):
    dialog = page.add_round()
    dialog.date_edit.setDate(dialog.date_edit.date().fromString("2025-12-31", "yyyy-MM-dd"))
    dialog.accept()  # the date exists already: refused, the dialog stays open
    assert dialog.isVisible() and "exists" in dialog.error_label.text()
    dialog.date_edit.setDate(dialog.date_edit.date().fromString("2026-12-31", "yyyy-MM-dd"))
    dialog.label_edit.setText("Peildatum 31-12-2026")
    dialog.accept()
    assert not dialog.isVisible()
    assert context.current_round == date(2026, 12, 31)
    assert page.source.snapshot.round.label == "Peildatum 31-12-2026"
    assert page.staffing.table.model.rowCount() > 0 and page.staffing.table.proxy.rowCount() == 0
    assert page.staffing.table.hint_label.isVisibleTo(page)  # no figures yet: the hint says how to enter them
    context.undo_stack.undo()
    assert [r.reference_date.isoformat() for r in context.register.rounds()] == ["2024-12-31", "2025-12-31"]


def test_an_organisation_is_added_and_deactivated_on_its_page(context, qtbot):
    page = OrganisationsPage(context)
    qtbot.addWidget(page)
    page.show()
    dialog = page.add_organisation()
    dialog.accept()  # no name
    assert "name" in dialog.error_label.text() and "is required" in dialog.error_label.text()
    dialog.name_edit.setText("Jeugdteam Oost")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("access_team"))
    dialog.accept()
    added = {o.name: o for o in context.register.organisations()}["Jeugdteam Oost"]
    assert (added.kind, added.municipality, added.active) == ("access_team", "Almelo", True)
    row = next(r for r in range(page.table.proxy.rowCount())
               if page.table.proxy.index(r, 0).data() == "Jeugdteam Oost")
    page.table.select(row, 0)
    assert page.active_button.text() == "&Deactivate"
    page.active_button.click()
    assert not {o.name: o.active for o in context.register.organisations()}["Jeugdteam Oost"]
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert "Jeugdteam Oost" not in {o.name for o in context.register.organisations()}


def test_an_occupation_is_added_on_its_page(context, qtbot):
    page = OccupationsPage(context)
    qtbot.addWidget(page)
    dialog = page.add_occupation()
    dialog.code_edit.setText("ZC")
    dialog.name_nl_edit.setText("Zorgcoördinator")
    dialog.name_en_edit.setText("Care coordinator")
    dialog.years_edit.setText("4")
    dialog.accept()
    assert not dialog.error_label.isVisibleTo(dialog), dialog.error_label.text()
    assert page.model.rows()[-1].occupation == "ZC"
    assert context.undo_stack.undoText() == "add occupation"


def test_filters_apply_to_every_tab(page, context):
    name = current(context).staffing[0].organisation
    show_organisation(page, name)
    page.empty_check.setChecked(True)
    for tab in page.figure_tabs():
        proxy = tab.table.proxy
        assert proxy.rowCount() > 0
        assert {proxy.index(r, 0).data() for r in range(proxy.rowCount())} == {name}
