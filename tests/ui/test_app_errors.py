"""The last-resort error handler: logs, shows a copyable report, never crashes itself."""

from __future__ import annotations

import sys

import pytest

import hrplanner
from hrplanner.logs import log_file
from hrplanner.services.errors import RoundClosedError
from hrplanner.ui.dialogs import error_dialog
from hrplanner.ui.app import install_excepthook
from hrplanner.ui.dialogs.error_dialog import ErrorDialog, handle_exception

pytestmark = pytest.mark.usefixtures("dutch")


def _raised(exc: BaseException):
    try:
        raise exc
    except BaseException as caught:  # noqa: BLE001
        return type(caught), caught, caught.__traceback__


def test_excepthook_logs_and_shows_the_report(dialogs, caplog, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    assert sys.excepthook is not handle_exception  # the dialog's module is loaded when an error comes
    sys.excepthook(*_raised(RuntimeError("boom")))
    assert len(dialogs.dialogs) == 1
    dialog = dialogs.dialogs[0]
    assert isinstance(dialog, ErrorDialog)
    assert "RuntimeError: boom" in dialog.report
    assert f"hrplanner {hrplanner.__version__}" in dialog.report and "Qt " in dialog.report
    assert str(log_file()) in dialog.report
    assert dialog.windowTitle() == "Onverwachte fout"
    errors = [r for r in caplog.records if r.levelname == "ERROR"]
    assert errors and errors[0].exc_info[1].args == ("boom",)


def test_excepthook_falls_back_on_pythons_own_report_when_the_dialog_cannot_be_loaded(monkeypatch, capsys):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setitem(sys.modules, "hrplanner.ui.dialogs.error_dialog", None)  # importing it fails
    install_excepthook()
    sys.excepthook(*_raised(RuntimeError("boom")))
    err = capsys.readouterr().err
    assert "RuntimeError: boom" in err and "Traceback" in err


def test_report_can_be_copied(qtbot):
    from PySide6.QtGui import QGuiApplication

    dialog = ErrorDialog("het rapport\nregel 2")
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "het rapport\nregel 2"


def test_a_user_error_that_escapes_is_shown_as_a_message_not_a_report(dialogs):
    handle_exception(*_raised(RoundClosedError("Round 2024 is closed; its figures are read-only")))
    assert dialogs.dialogs == []
    assert dialogs.messages[0]["text"] == "Round 2024 is closed; its figures are read-only"


def test_the_handler_survives_a_failing_dialog(dialogs, monkeypatch, capsys):
    def broken(report, parent=None):
        raise RuntimeError("the dialog itself failed")

    monkeypatch.setattr(error_dialog, "show_error_dialog", broken)
    handle_exception(*_raised(ValueError("first problem")))  # must not raise
    err = capsys.readouterr().err
    assert "could not show the error dialog" in err and "ValueError: first problem" in err
    assert error_dialog._showing is False
