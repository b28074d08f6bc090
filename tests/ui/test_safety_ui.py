"""The safety layer in the app: the audit log page and its model, File > Back up… and Restore from
backup…, and opening a register that a colleague edits (read-only with a banner) or that lives on a
network drive (a warning)."""

from __future__ import annotations

import csv
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date, datetime, timezone
import pytest
from PySide6.QtCore import Qt

from hrplanner.db import repositories as repo
from hrplanner.services import audit, backups, locking
from hrplanner.services.audit import AuditRow
from hrplanner.services.editing import Cell, Change, Editor
from hrplanner.ui import safe_open
from hrplanner.ui.actions_backup import BackupsModel, RestoreDialog
from hrplanner.ui.models.audit import AuditFilterProxy, AuditModel

ROUND = date(2025, 12, 31)


def audit_rows() -> list[AuditRow]:
    at = datetime(2025, 3, 1, 9, 30, tzinfo=timezone.utc)
    return [
        AuditRow(3, at, "anna", "edit", "staffing", "Alfa/GZ/2025-12-31/35-44.women.persons", "6", "7", "register editor"),
        AuditRow(2, at, "bert", "import", "figures", "Alfa | 2025-12-31", "staffing persons=6", "staffing persons=8",
                 "alfa.xlsx sha256=ab"),
        AuditRow(1, at, "anna", "add", "organisation", "Beta", "", "kind=provider", "register editor"),
    ]


def test_audit_model_passes_the_model_tester_and_filters(qtmodeltester, dutch):
    model = AuditModel()
    model.reload(audit_rows(), {"GZ": "GZ-psycholoog"}, "nl")
    qtmodeltester.check(model)
    proxy = AuditFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    assert model.headerData(AuditModel.WHO, Qt.Orientation.Horizontal) == "Wie"
    # readable: the occupation by its name, the date and the codes in Dutch (issue 13 item 4)
    assert model.index(0, AuditModel.WHAT).data() == \
        "bezetting gewijzigd: Alfa \u00b7 GZ-psycholoog \u00b7 31-12-2025 \u00b7 35-44 \u00b7 vrouwen \u00b7 personen"
    assert model.index(1, AuditModel.WHAT).data() == "cijfers geïmporteerd: Alfa \u00b7 31-12-2025"
    proxy.set_user("anna")
    assert [r.id for r in proxy.visible_rows()] == [3, 1]
    proxy.set_entity("organisation")
    assert [r.id for r in proxy.visible_rows()] == [1]
    proxy.set_entity(None)
    proxy.set_user(None)
    proxy.set_text("ALFA.XLSX")  # any column, any case
    assert [r.id for r in proxy.visible_rows()] == [2]


def _edit_persons(window, value: int) -> None:
    register = window.context.register
    data = register.round_data(register.round(ROUND))
    row = data.staffing[0]
    Editor(register, user="tester").apply_changes(
        [Change(Cell("staffing", row.organisation, row.occupation, ROUND, (row.age_band, row.sex), "persons"), value)],
        confirm_warnings=True)
    window.context.notify("staffing")


def test_audit_page_shows_filters_and_exports_changes(main_window, tmp_path):
    page = main_window.page("audit")
    main_window.show_page("audit")
    assert main_window.navigation.currentItem().text() == "Wijzigingslog"
    before = page.model.rowCount()
    assert before == 1  # the demo's "create register"
    _edit_persons(main_window, 99)
    assert page.model.rowCount() == before + 1
    newest = page.proxy.visible_rows()[0]
    assert (newest.user, newest.action, newest.new) == ("tester", "edit", "99")
    page.user_combo.setCurrentIndex(page.user_combo.findData("tester"))
    assert [r.user for r in page.proxy.visible_rows()] == ["tester"]
    assert page.count_label.text() == "1 van 2 regels"
    target = tmp_path / "log.csv"
    assert page.export_to(target) == 1
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == list(audit.CSV_HEADER) and rows[1][1:3] == ["tester", "edit"] and rows[1][6] == "99"


def test_backup_to_a_chosen_file(main_window, tmp_path):
    target = tmp_path / "kopie"
    assert main_window.backup_actions.backup_action.text() == "Reservekopie &maken…"
    main_window.backup_actions.backup_to(target)
    written = tmp_path / "kopie.hrplan"
    register = main_window.context.register
    with sqlite3.connect(written) as copy:
        persons = copy.execute("SELECT sum(persons) FROM staffing").fetchone()[0]
    with register.session() as session:
        expected = sum(s.persons for r in repo.list_rounds(session=session)
                       for s in repo.load_round_data(r, session=session).staffing)
    assert persons == expected
    assert "Reservekopie gemaakt" in main_window.statusBar().currentMessage()


def test_restore_puts_a_backup_back_and_reopens(main_window, dialogs):
    path = main_window.context.register.path
    saved = backups.make_backup(path, "manual")
    _edit_persons(main_window, 55)
    dialog = RestoreDialog(path, main_window)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, BackupsModel.REASON).data() == "met de hand gemaakt"
    assert dialog.restore_button.isEnabled()
    dialogs.answers.append(True)  # "Replace … by the backup …?" -> yes
    main_window.backup_actions.restore_from(saved)
    assert "vervangen door de reservekopie" in dialogs.messages[-1]["text"]
    register = main_window.context.register
    assert register is not None and register.path == path and not register.read_only
    first = register.round_data(register.round(ROUND)).staffing[0]
    assert first.persons != 55
    assert [b.reason for b in backups.list_backups(path)] == ["before-restore", "manual"]
    assert "teruggezet uit" in main_window.statusBar().currentMessage()
    assert locking.lock_path(path).exists()  # reopened as the writer


def test_restore_refuses_a_damaged_backup_and_changes_nothing(main_window, dialogs, tmp_path):
    bad = tmp_path / "kapot.hrplan"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    register = main_window.context.register
    main_window.backup_actions.restore_from(bad)
    assert main_window.context.register is register  # still open, untouched
    assert "kan niet worden teruggezet" in dialogs.messages[-1]["text"]
    assert "Er is niets gewijzigd." in dialogs.messages[-1]["informative"]
    assert backups.list_backups(register.path) == []


def test_a_register_a_colleague_edits_opens_read_only_with_a_banner(main_window, tmp_path, demo_template):
    shared = tmp_path / "gedeeld.hrplan"
    shutil.copyfile(demo_template, shared)
    colleague = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys
        from hrplanner.services.locking import acquire_writer
        lock = acquire_writer({str(shared)!r})
        print("locked", flush=True)
        sys.stdin.readline()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert colleague.stdout.readline().strip() == "locked"
        main_window.open_file(shared, synchronous=True)
        register = main_window.context.register
        assert register.path == shared and register.read_only
        banner = main_window.notice_banner
        assert banner.isVisible()
        holder = locking.read_holder(shared)
        assert banner.label.text() == (
            f"gedeeld.hrplan wordt bewerkt door {holder.user} op {holder.host} sinds {holder.since}, en is hier "
            "daarom alleen-lezen geopend. U kunt wijzigen zodra het daar gesloten is.")
        assert "(alleen-lezen)" in main_window.windowTitle()
        assert not main_window.backup_actions.restore_action.isEnabled()
    finally:
        colleague.stdin.close()
        colleague.wait(timeout=10)


def test_the_writer_lock_goes_when_another_register_is_opened(main_window, tmp_path, demo_template):
    first = main_window.context.register.path
    assert locking.lock_path(first).exists()
    assert not main_window.notice_banner.isVisible()
    other = tmp_path / "ander.hrplan"
    shutil.copyfile(demo_template, other)
    main_window.open_file(other, synchronous=True)
    assert not locking.lock_path(first).exists()
    assert locking.lock_path(other).exists()


def test_a_register_on_a_network_drive_is_warned_about(main_window, monkeypatch, tmp_path, demo_template):
    monkeypatch.setattr(locking, "storage_of", lambda path: locking.Storage("network", "cifs at /mnt/gedeeld"))
    other = tmp_path / "netwerk.hrplan"
    shutil.copyfile(demo_template, other)
    main_window.open_file(other, synchronous=True)
    assert main_window.notice_banner.isVisible()
    assert main_window.notice_banner.label.text() == (
        "netwerk.hrplan staat op een netwerkschijf (cifs at /mnt/gedeeld). De vergrendeling van SQLite is daar "
        "onbetrouwbaar; kopieer het bestand naar een lokale schijf om ermee te werken.")
    assert not main_window.context.register.read_only  # a warning, not a refusal


@pytest.fixture(autouse=True)
def _release_locks():
    yield
    safe_open.release_all()
