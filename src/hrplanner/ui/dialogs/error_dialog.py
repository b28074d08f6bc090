"""The last resort for errors nobody handled: log them, and show a friendly dialog with a copyable report.

Three tiers of errors (STYLE.md 7): inline messages next to a field (the pages), typed service errors
shown as a plain message (:func:`report_error`, used by the background helper), and anything else,
caught by the ``sys.excepthook`` that :func:`install_excepthook` sets: logged with its traceback and
shown in :class:`ErrorDialog` with the versions and the log file's path. Nothing here may raise: a
failure while reporting falls back to printing on stderr.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hrplanner.ui.labels import targs

import hrplanner

log = logging.getLogger("hrplanner.errors")

_showing = False


def versions_text() -> str:
    import PySide6
    from PySide6.QtCore import qVersion

    return (f"hrplanner {hrplanner.__version__}; Python {platform.python_version()}; "
            f"Qt {qVersion()}; PySide6 {PySide6.__version__}; {platform.platform()}")


def build_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The text a user can copy into an issue: what happened, where, and on what versions."""
    from hrplanner.logs import log_file

    lines = traceback.format_exception(exc_type, exc, tb)
    return (f"{versions_text()}\nLog file: {log_file()}\n\n" + "".join(lines)).rstrip() + "\n"


class ErrorDialog(QDialog):
    """A friendly explanation, the report to copy, and where the log file is."""

    def __init__(self, report: str, parent: QWidget | None = None):
        super().__init__(parent)
        from hrplanner.logs import log_file

        self.report = report
        self.setObjectName("error_dialog")
        self.setWindowTitle(self.tr("Unexpected error"))
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "<b>hrplanner ran into an unexpected problem.</b><br>"
            "Changes you made before were saved; the action that failed was not carried out. "
            "If this happens again, please send the report below to whoever supports hrplanner "
            "for you."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit(report)
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(self.tr("Error report"))
        layout.addWidget(self.text, 1)
        self.log_path = str(log_file())
        log_label = QLabel(targs(self.tr("Log file: %1"), self.log_path))
        log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        log_label.setWordWrap(True)
        layout.addWidget(log_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        folder_button = buttons.addButton(self.tr("Open log folder"), QDialogButtonBox.ButtonRole.ActionRole)
        folder_button.clicked.connect(self.open_log_folder)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)

    def open_log_folder(self) -> None:
        from hrplanner.logs import log_file

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file().parent)))


def show_error_dialog(report: str, parent: QWidget | None = None) -> None:
    """Show the report (tests patch :meth:`ErrorDialog.exec`)."""
    dialog = ErrorDialog(report, parent)
    dialog.exec()


def _active_window() -> QWidget | None:
    app = QApplication.instance()
    return app.activeWindow() if isinstance(app, QApplication) else None


def handle_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook: log, then show the dialog; never raises, never shows two at once."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        app = QCoreApplication.instance()
        if app is not None:
            app.quit()
        return
    try:
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
    except Exception:  # noqa: BLE001 - logging itself failed; keep going
        pass
    if _showing or QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    _showing = True
    try:
        from hrplanner.services.errors import USER_ERRORS

        if isinstance(exc, USER_ERRORS):
            _show_user_error(exc, _active_window())
        else:
            show_error_dialog(build_report(exc_type, exc, tb), _active_window())
    except Exception:  # noqa: BLE001 - the reporter must not crash the app
        print("hrplanner: could not show the error dialog", file=sys.stderr)
        traceback.print_exception(exc_type, exc, tb)
    finally:
        _showing = False


def _show_user_error(exc: BaseException, parent: QWidget | None) -> None:
    from hrplanner.services.errors import ValidationError
    from hrplanner.ui.dialogs.messages import show_message

    title = QCoreApplication.translate("ErrorDialog", "Cannot do that")
    if isinstance(exc, ValidationError) and exc.issues:
        from hrplanner.ui.issues import issue_text

        text = "\n".join(issue_text(issue) for issue in exc.issues)
    else:
        text = str(exc)
    show_message(parent, text, title=title, kind="warning")


def report_error(exc: BaseException, parent: QWidget | None = None) -> None:
    """Show an error from a background task: a typed service error as a message, anything else in
    the error dialog (and the log)."""
    from hrplanner.services.errors import USER_ERRORS

    if isinstance(exc, USER_ERRORS):
        log.info("user error: %s", exc)
        try:
            _show_user_error(exc, parent)
        except Exception:  # noqa: BLE001
            print(f"hrplanner: {exc}", file=sys.stderr)
        return
    handle_exception(type(exc), exc, exc.__traceback__)
