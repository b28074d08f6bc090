"""File > Feedback reports…: one Excel report per organisation, its own figures against the region.

The reports are made by :mod:`hrplanner.services.feedback` on the background helper; this module asks
which round and organisation(s) and where to, and says what was written.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog

from hrplanner.ui import settings
from hrplanner.ui.dialogs.feedback_dialog import FeedbackDialog
from hrplanner.ui.dialogs.messages import ask, show_message
from hrplanner.ui.workers import run_task


def _tr(text: str) -> str:
    return QCoreApplication.translate("FeedbackActions", text)


class FeedbackActions(QObject):
    """The feedback-report action of one main window."""

    def __init__(self, window):  # noqa: ANN001 - the main window
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.action = QAction(window)
        self.action.setObjectName("action_feedback")
        self.action.triggered.connect(self.feedback_dialog)
        window.add_action("file", self.action)
        self.retranslate()
        self.context.language_changed.connect(lambda _l: self.retranslate())
        self.context.register_changed.connect(lambda _r: self.action.setEnabled(_r is not None))
        self.action.setEnabled(self.context.register is not None)

    def retranslate(self) -> None:
        self.action.setText(_tr("&Feedback reports…"))
        self.action.setStatusTip(_tr("Write each organisation's own figures against the region, as an Excel report"))

    def choices(self) -> tuple[list[tuple[str, str]], list[str]]:
        """Rounds with figures (newest first) and the organisations with figures in any of them."""
        register = self.context.register
        assert register is not None
        rounds, names = [], set()
        for round_ in reversed(register.rounds()):
            present = {r.organisation for r in register.round_data(round_).staffing}
            if present:
                rounds.append((round_.reference_date.isoformat(), round_.label or round_.reference_date.isoformat()))
                names |= present
        return rounds, [o.name for o in register.organisations() if o.name in names]

    def feedback_dialog(self) -> FeedbackDialog | None:
        register = self.context.register
        if register is None:
            return None
        rounds, organisations = self.choices()
        if not rounds:
            show_message(self.window, _tr("No round has figures yet: there is nothing to report on."),
                         kind="information")
            return None
        dialog = FeedbackDialog(self.window, rounds, organisations, self.context.current_round)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return dialog
        round_date, chosen = dialog.choice()
        if chosen is None:
            target = QFileDialog.getExistingDirectory(self.window, _tr("Folder for the feedback reports"),
                                                      settings.last_directory())
        else:
            from hrplanner.services.excel.template import safe_file_stem

            suggested = str(Path(settings.last_directory() or Path.home()) /
                            f"Terugkoppeling {safe_file_stem(chosen[0])} {round_date.isoformat()}.xlsx")
            target, _ = QFileDialog.getSaveFileName(self.window, _tr("Feedback report"), suggested,
                                                    _tr("Excel workbooks (*.xlsx)"))
            if target and not target.lower().endswith(".xlsx"):
                target += ".xlsx"
        if not target:
            return dialog
        settings.remember_directory(Path(target) if chosen is None else Path(target).parent)
        self.write(round_date, chosen, Path(target))
        return dialog

    def write(self, round_date: date, organisations: list[str] | None, target: Path) -> None:
        register = self.context.register
        from hrplanner.services.feedback import write_feedback_reports

        rules = settings.disclosure_rules()

        def work(token):  # noqa: ANN001
            # a single file was confirmed in the save dialog (which asks before replacing it)
            return write_feedback_reports(register, organisations, target, round_date=round_date,
                                          rules=rules, overwrite=organisations is not None)

        def done(paths: list[Path]) -> None:
            folder = paths[0].parent if paths else target
            text = _tr("Feedback reports written: %1, in %2. Open the folder?").replace("%1", str(len(paths))) \
                .replace("%2", str(folder))
            if ask(self.window, text, title=_tr("Feedback reports")):
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

        run_task(work, on_result=done, parent=self.window, name="feedback")



def install(window) -> FeedbackActions:  # noqa: ANN001 - the main window
    """Add File > Feedback reports… to a main window (an ACTION_PROVIDERS entry)."""
    actions = FeedbackActions(window)
    window.feedback_actions = actions
    return actions
