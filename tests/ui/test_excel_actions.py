"""File > Collection templates, Import and Export in the main window, and dropping files on it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

from hrplanner.services.register import Register
from hrplanner.ui import actions_excel
from tests.unit.excel_helpers import set_cells, template_for

ROUND = date(2025, 12, 31)


@pytest.fixture
def excel(main_window):
    return main_window.excel_actions


def persons_of(register: Register, organisation: str) -> int:
    data = register.round_data(register.round(ROUND)).for_organisation(organisation)
    return sum(s.persons for s in data.staffing)


def test_the_file_menu_has_the_excel_actions(main_window, excel):
    texts = [a.text() for a in main_window.menu("file").actions()]
    assert excel.import_.text() in texts and excel.export.text() in texts and excel.templates.text() in texts
    assert excel.import_.isEnabled() and excel.export.isEnabled()


def test_templates_for_every_active_organisation(main_window, excel, tmp_path, monkeypatch):
    monkeypatch.setattr(actions_excel.TemplateDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path)))
    excel.templates.trigger()
    written = sorted(tmp_path.glob("*.xlsx"))
    organisations = main_window.context.register.organisations(active_only=True)
    assert len(written) == len(organisations) == 22


def test_import_changes_the_register_and_a_bad_file_changes_nothing(main_window, excel, tmp_path, dialogs,
                                                                     monkeypatch):
    register = main_window.context.register
    name = register.organisations()[0].name
    before = persons_of(register, name)
    filled = template_for(register, name, tmp_path, prefill=True)
    workbook = openpyxl.load_workbook(filled)
    sheet = workbook["Bezetting"] if "Bezetting" in workbook.sheetnames else workbook.worksheets[1]
    sheet_name = sheet.title
    workbook.close()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(actions_excel.ReportDialog, "exec",
                        lambda self: shown.append((self.windowTitle(), self.text.toPlainText())) or 0)
    changed = []
    main_window.context.data_changed.connect(changed.append)
    # a file with one bad cell: nothing imported, the report names the sheet and cell
    bad = set_cells(filled, {(sheet_name, "A1"): "x"}, tmp_path / "copy.xlsx")  # keep the original intact
    cell = _first_number_cell(bad, sheet_name)
    set_cells(bad, {(sheet_name, cell): -5})
    excel.import_files([bad])
    assert persons_of(register, name) == before and changed == []
    title, text = shown[-1]
    assert "0" in title and f"{sheet_name}!{cell}" in text and "-5" in text
    # the prefilled template unchanged: imports as "unchanged"
    excel.import_files([filled])
    assert persons_of(register, name) == before
    assert "unchanged" in shown[-1][1]


def _first_number_cell(path: Path, sheet_name: str) -> str:
    workbook = openpyxl.load_workbook(path)
    ws = workbook[sheet_name]
    for row in ws.iter_rows(min_row=1):
        for cell in row:
            if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool) and cell.value > 0 \
                    and not cell.protection.locked:
                return cell.coordinate
    raise AssertionError("the prefilled template has no figure")


def test_export_writes_the_meeting_workbook(main_window, excel, tmp_path, monkeypatch, dialogs):
    target = tmp_path / "meeting.xlsx"
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("basis", True)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    excel.export.trigger()
    assert target.exists()
    workbook = openpyxl.load_workbook(target, read_only=True)
    assert "Kerncijfers" in workbook.sheetnames
    workbook.close()
    assert any(str(target) in m["text"] for m in dialogs.messages)


def test_cancel_stops_the_export_before_its_file_is_written(main_window, excel, tmp_path, monkeypatch, dialogs):
    """The export's Cancel reaches the work: the next step (a publication being made reports one a
    percent) stops it, no file is written and no question follows."""
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from hrplanner.ui import workers

    target = tmp_path / "meeting.xlsx"
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: ("basis", True)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    pending = []
    monkeypatch.setattr(workers, "_launch", lambda task, synchronous: pending.append(task))
    excel.export.trigger()
    [task] = [t for t in pending if t.name == "export"]
    [progress] = main_window.findChildren(QProgressDialog)
    [cancel] = progress.findChildren(QPushButton)
    cancel.click()  # the user presses Cancel
    assert task.token.cancelled
    task.execute()
    assert not target.exists() and not list(tmp_path.glob("*.xlsx*"))
    assert not any(str(target) in m["text"] for m in dialogs.messages)


def test_dropping_a_workbook_imports_it(main_window, excel, tmp_path, monkeypatch):
    register = main_window.context.register
    name = register.organisations()[1].name
    filled = template_for(register, name, tmp_path, prefill=True)
    imported = []
    monkeypatch.setattr(excel, "import_files", lambda paths, **k: imported.append(paths))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(filled)), QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    assert excel.eventFilter(main_window, event) is True
    assert imported == [[filled]]


def _drop_staffing(path: Path) -> int:
    """Clear every staffing figure but the first (persons and fte): a file that empties most of an
    organisation. Returns the persons left."""
    workbook = openpyxl.load_workbook(path)
    ws = workbook["Bezetting"]
    kept = None
    for row in ws.iter_rows(min_row=7):
        for cell in row:
            if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool) \
                    and not cell.protection.locked:
                if kept is None and cell.column <= 10:  # a persons column (D..J)
                    kept = cell.value
                    continue
                if cell.column <= 17:  # persons D..J and fte K..Q; grey previous-round columns stay
                    cell.value = None
    workbook.save(path)
    return kept


@pytest.mark.parametrize("typed, imported", [("NAME", True), ("someone else", False)])
def test_a_large_drop_is_imported_only_when_the_organisation_is_typed(main_window, excel, tmp_path, dialogs,
                                                                       monkeypatch, typed, imported):
    register = main_window.context.register
    name = register.organisations()[0].name
    before = persons_of(register, name)
    path = template_for(register, name, tmp_path, prefill=True)
    left = _drop_staffing(path)
    assert 0 < left < before * 0.8  # more than a 20% drop
    shown = []
    monkeypatch.setattr(actions_excel.ReportDialog, "exec", lambda self: shown.append(self.text.toPlainText()) or 0)
    asked = []

    def get_text(parent, title, label, *args, **kwargs):  # noqa: ANN001
        asked.append(label)
        return (name.upper() if typed == "NAME" else typed), True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    dialogs.answers.append(True)  # "Import them anyway?"
    excel.import_files([path])
    assert len(asked) == 1, shown
    assert name in asked[0] and f"personen: {before} \u2192 {left} (" in asked[0]
    assert persons_of(register, name) == (left if imported else before)
    if not imported:
        assert "komt niet overeen met" in dialogs.messages[-1]["text"]  # the app speaks Dutch


def test_cancel_in_the_progress_bar_stops_the_import_before_the_next_file(main_window, excel, tmp_path, dialogs,
                                                                          monkeypatch):
    """Three files; Cancel is pressed once the bar shows the first file done: that file is imported, the
    other two are not read, and the report's title says so."""
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    register = main_window.context.register
    names = [o.name for o in register.organisations()[:3]]
    paths = []
    for name in names:
        path = template_for(register, name, tmp_path, prefill=True, name=f"{name}.xlsx")
        set_cells(path, {("Verzuim", "B7"): 13.5})
        paths.append(path)
    pressed = []
    original = QProgressDialog.setValue

    def set_value(dialog, value):  # noqa: ANN001, ANN202 - the user presses Cancel at the first step
        original(dialog, value)
        if value >= 1 and not pressed:
            pressed.append(value)
            dialog.findChild(QPushButton).click()

    monkeypatch.setattr(QProgressDialog, "setValue", set_value)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(actions_excel.ReportDialog, "exec",
                        lambda self: shown.append((self.windowTitle(), self.text.toPlainText())) or 0)
    excel.import_files(paths)
    assert pressed == [1]
    title, text = shown[-1]
    assert title == "Import geannuleerd: 1 van 3 bestanden geïmporteerd of ongewijzigd, 2 niet gelezen"
    assert text.count("cancelled before it was read") == 2
    sickness = {r.organisation: r.percentage for r in register.round_data(register.round(ROUND)).sickness}
    assert [sickness[name] == 13.5 for name in names] == [True, False, False]
