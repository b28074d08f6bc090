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
