"""Who changed what: the audit log records a name for every edit, undo, import and restore (the
system's login name until the user gives one, asked for once), and shows its entries in words, with
Dutch numbers and dates and occupation names instead of codes."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from hrplanner.services import audit
from hrplanner.services.audit import AuditRow
from hrplanner.ui import settings
from hrplanner.ui.dialogs.user_name import ask_once
from hrplanner.ui.models.audit import AuditModel, describe
from hrplanner.ui.models.audit_text import value_text

pytestmark = pytest.mark.usefixtures("dutch")


def entry(action: str, entity: str, key: str, old: str = "", new: str = "") -> AuditRow:
    return AuditRow(id=1, at=datetime(2026, 1, 5, 9, 30, tzinfo=timezone.utc), user="J. de Vries", action=action,
                    entity=entity, key=key, old=old, new=new, source="")


def test_a_figure_entry_reads_as_words_with_the_occupation_name_and_a_dutch_date():
    row = entry("edit", "staffing", "De Brugwachter/PM/2025-12-31/<25.women.fte", "1.5", "2.25")
    names = {"PM": "Pedagogisch medewerker (jeugdzorg)"}
    assert describe(row, names, "nl") == ("bezetting gewijzigd: De Brugwachter \u00b7 Pedagogisch medewerker "
                                          "(jeugdzorg) \u00b7 31-12-2025 \u00b7 <25 \u00b7 vrouwen \u00b7 fte")
    model = AuditModel()
    model.reload([row], names, "nl")
    # "1.5" as stored, one decimal in Dutch: "1,5"; "2.25": "2,25"
    assert model.text(row, AuditModel.OLD) == "1,5" and model.text(row, AuditModel.NEW) == "2,25"


def test_missing_values_and_large_numbers_read_in_dutch():
    assert value_text("(no row)") == "(geen rij)"
    assert value_text("(not given)") == "(niet ingevuld)"
    assert value_text("1234.5") == "1.234,5"  # thousands point, decimal comma
    assert value_text("12") == "12"
    assert value_text("tekst") == "tekst"


def test_the_name_recorded_defaults_to_the_login_name(monkeypatch):
    monkeypatch.setattr("getpass.getuser", lambda: "jvries")
    assert settings.user_name() == "jvries"
    settings.put(settings.USER_NAME, "  J. de Vries ")
    assert settings.user_name() == "J. de Vries"


def test_the_name_is_asked_once_with_the_login_name_filled_in(monkeypatch, qtbot):
    from PySide6.QtWidgets import QDialog, QInputDialog

    from hrplanner.ui.context import AppContext

    monkeypatch.setattr("getpass.getuser", lambda: "jvries")
    shown = []

    def exec_(dialog):  # noqa: ANN001, ANN202 - the user types a name and presses OK
        shown.append(dialog.textValue())
        dialog.setTextValue("Jan de Vries, HR")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", exec_)
    context = AppContext()
    assert ask_once(context) is True
    assert shown == ["jvries"]
    assert context.user_name == "Jan de Vries, HR" == settings.get(settings.USER_NAME)
    assert ask_once(context) is False and shown == ["jvries"]  # never again


def test_edit_and_undo_are_recorded_with_the_name(main_window):
    from hrplanner.ui import commands

    context = main_window.context
    context.user_name = "J. de Vries"
    register = context.register
    occupation = register.occupations()[0]
    context.undo_stack.push(commands.EditOccupationCommand(context, occupation.code,
                                                           {"training_years": occupation.training_years + 1}))
    context.undo_stack.undo()
    undo, edit = audit.query(register, limit=2)  # newest first; an undo is logged as the edit back
    assert (edit.old, edit.new) == (undo.new, undo.old)
    assert edit.user == undo.user == "J. de Vries"


def test_a_restore_is_recorded_with_the_name(main_window, dialogs, tmp_path):
    from hrplanner.services import backups

    context = main_window.context
    context.user_name = "J. de Vries"
    path = context.register.path
    copy = backups.export_copy(path, tmp_path / "kopie.hrplan", overwrite=True)
    dialogs.answers.append(True)  # "Replace demo.hrplan by the backup?" - yes
    main_window.backup_actions.restore_from(copy)
    register = context.register
    assert register is not None and register.path == path
    last = audit.query(register, limit=1)[0]
    assert (last.action, last.entity, last.user, last.new) == ("restore", "register", "J. de Vries", copy.name)
    assert describe(last).startswith("register teruggezet uit een reservekopie")
    assert date.today() >= last.at_local.date()


def test_the_services_phrases_read_in_dutch():
    from hrplanner.ui.models.audit_text import phrase_text

    assert phrase_text("demo generator") == "demogenerator"
    assert phrase_text("demo region, seed 2025, 28 organisations, 2 rounds") == \
        "demoregio, seed 2025, 28 organisaties, 2 rondes"
    assert phrase_text("copy of Meer opleiden") == "kopie van Meer opleiden"
    assert phrase_text("alfa.xlsx sha256=ab") == "alfa.xlsx sha256=ab"  # a file name stays as it is
