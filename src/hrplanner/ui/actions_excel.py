"""Excel in the app: File > Collection templates…, Import figures…, Export meeting workbook…, and
dropping .xlsx files (import) or a .hrplan file (open) on the main window.

The work is done by :mod:`hrplanner.services.excel` and :mod:`hrplanner.services.export` on the
background helper; this module only asks, shows progress and reports.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QPlainTextEdit,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

import hrplanner
from hrplanner.ui import format as fmt
from hrplanner.ui import settings
from hrplanner.ui.context import Topic
from hrplanner.ui.dialogs.messages import ask, show_message
from hrplanner.ui.dialogs.error_dialog import report_error
from hrplanner.ui.workers import run_task
from hrplanner.ui.labels import targs
from hrplanner.ui.round_selector import round_combo


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExcelActions", text)


def _number(value: float) -> str:
    """A count or fte as the app shows it (Dutch: decimal comma)."""
    from hrplanner.ui.format import fmt_number

    return fmt_number(value, 1) if value % 1 else fmt_number(value, 0)


def _user() -> str:
    return settings.user_name()


class ReportDialog(QDialog):
    """A copyable text report (import results), with a title line."""

    def __init__(self, parent: QWidget | None, title: str, text: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("excel_report_dialog")
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit(text, self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(title)
        self.text.setMinimumSize(720, 360)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)


class TemplateDialog(QDialog):
    """Choose the round and the organisation(s) for collection templates."""

    ALL = "__all__"

    def __init__(self, parent: QWidget | None, rounds: list[tuple[str, str]], organisations: list[str],
                 current_round: date | None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Collection templates"))
        form = QFormLayout(self)
        self.round_box = round_combo(self, rounds, current_round, _tr("Round"))
        self.organisation_box = QComboBox(self)
        self.organisation_box.setAccessibleName(_tr("Organisation"))
        self.organisation_box.addItem(_tr("All active organisations (one file each)"), self.ALL)
        for name in organisations:
            self.organisation_box.addItem(name, name)
        form.addRow(_tr("Round"), self.round_box)
        form.addRow(_tr("Organisation"), self.organisation_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choice(self) -> tuple[date, list[str] | None]:
        organisation = self.organisation_box.currentData()
        return (date.fromisoformat(self.round_box.currentData()),
                None if organisation == self.ALL else [organisation])


class ExcelActions(QObject):
    """The Excel actions of one main window."""

    def __init__(self, window):  # noqa: ANN001 - the main window
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.templates = QAction(window)
        self.templates.setObjectName("action_templates")
        self.templates.triggered.connect(self.write_templates)
        self.import_ = QAction(window)
        self.import_.setObjectName("action_import")
        self.import_.setShortcut("Ctrl+I")
        self.import_.triggered.connect(self.import_dialog)
        self.export = QAction(window)
        self.export.setObjectName("action_export")
        self.export.setShortcut("Ctrl+E")
        self.export.triggered.connect(self.export_dialog)
        for action in (self.templates, self.import_, self.export):
            window.add_action("file", action)
        self.retranslate()
        self.context.language_changed.connect(lambda _l: self.retranslate())
        self.context.register_changed.connect(lambda _r: self._enable())
        self._enable()
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def retranslate(self) -> None:
        self.templates.setText(_tr("Collection &templates…"))
        self.templates.setStatusTip(_tr("Write an Excel template per organisation to collect a round of figures"))
        self.import_.setText(_tr("&Import figures from Excel…"))
        self.import_.setStatusTip(_tr("Import filled-in templates; a file with any error imports nothing"))
        self.export.setText(_tr("&Export meeting workbook…"))
        self.export.setStatusTip(_tr("Write the Excel summary for a steering-group meeting"))

    def _enable(self) -> None:
        register = self.context.register
        writable = register is not None and not register.read_only
        self.templates.setEnabled(register is not None)
        self.import_.setEnabled(writable)
        self.export.setEnabled(register is not None)

    # --- templates ---------------------------------------------------------------------------------

    def write_templates(self) -> None:
        register = self.context.register
        if register is None:
            return
        rounds = [(r.reference_date.isoformat(), r.label or r.reference_date.isoformat())
                  for r in register.rounds() if not r.closed]
        if not rounds:
            show_message(self.window, _tr("Every round is closed. Add or reopen a round to collect figures."),
                         kind="information")
            return
        organisations = [o.name for o in register.organisations(active_only=True)]
        dialog = TemplateDialog(self.window, rounds, organisations, self.context.current_round)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        round_date, chosen = dialog.choice()
        folder = QFileDialog.getExistingDirectory(self.window, _tr("Folder for the templates"),
                                                  settings.last_directory())
        if not folder:
            return
        settings.remember_directory(folder)
        from hrplanner.services.excel.template import write_templates

        user = self.context.user_name or _user()

        def work(token):  # noqa: ANN001
            paths = write_templates(register, round_date, chosen, Path(folder), overwrite=False)
            if not register.read_only:  # the Rounds page shows when each template was sent, and by whom
                from hrplanner.services.rounds import mark_template_sent

                names = chosen or [o.name for o in register.organisations(active_only=True)]
                mark_template_sent(register, round_date, names, user=user)
            return paths

        def done(paths: list[Path]) -> None:
            self.context.notify(Topic.ROUND)
            show_message(self.window, targs(_tr("Templates written: %1, in %2."), str(len(paths)), folder), kind="information")

        run_task(work, on_result=done, parent=self.window, name="templates")

    # --- import ------------------------------------------------------------------------------------

    def import_dialog(self) -> None:
        if self.context.register is None:
            return
        files, _ = QFileDialog.getOpenFileNames(self.window, _tr("Import figures from Excel"),
                                                settings.last_directory(), _tr("Excel workbooks (*.xlsx)"))
        if files:
            settings.remember_directory(Path(files[0]).parent)
            self.import_files([Path(f) for f in files])

    def import_files(self, paths: list[Path], *, accept_warnings: bool = False,
                     confirm_drops: tuple[str, ...] = ()) -> None:
        """Import the files in the background, with a progress bar whose Cancel stops before the next
        file (the files already done keep their outcome: each file is its own transaction). Files with
        warnings are imported after the user confirms them; a large drop only after the user types the
        organisation's name (:meth:`confirm_drops`)."""
        register = self.context.register
        if register is None or register.read_only:
            show_message(self.window, _tr("The register is open read-only; figures cannot be imported."))
            return
        from hrplanner.services.excel.importer import CANCELLED, NEEDS_CONFIRMATION, import_files

        user = _user()
        progress = QProgressDialog(_tr("Importing…"), _tr("Cancel"), 0, len(paths), self.window)
        progress.setObjectName("import_progress")
        progress.setWindowTitle(_tr("Import figures from Excel"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setAutoReset(False)
        # set on the GUI thread by Cancel, read by the worker before each file
        stop = threading.Event()
        progress.canceled.connect(stop.set)
        self.import_progress = progress

        def work(token):  # noqa: ANN001
            return import_files(register, paths, user, accept_warnings=accept_warnings, confirm_drops=confirm_drops,
                                progress=lambda done, total, path: token.progress(done, total, path.name),
                                cancelled=lambda: stop.is_set() or token.cancelled)

        def done(reports) -> None:  # noqa: ANN001
            progress.close()  # (emits canceled: harmless, the work is done)
            if any(r.status != "unchanged" and r.ok for r in reports):
                self.context.notify(Topic.ANY)
            waiting = [r for r in reports if r.status == NEEDS_CONFIRMATION]
            text = "\n\n".join("\n".join(r.lines()) for r in reports)
            ok = sum(r.ok for r in reports)
            not_read = sum(r.status == CANCELLED for r in reports)
            if not_read:
                title = targs(QCoreApplication.translate(
                    "ExcelActions", "Import cancelled: %1 of %Ln file(s) imported or unchanged, %2 not read", "",
                    len(reports)), fmt.fmt_number(ok, 0), fmt.fmt_number(not_read, 0))
            else:
                title = targs(QCoreApplication.translate(
                    "ExcelActions", "Import: %1 of %Ln file(s) imported or unchanged", "", len(reports)),
                    fmt.fmt_number(ok, 0))
            ReportDialog(self.window, title, text).exec()
            if waiting and ask(self.window, _tr("Some files have unusual figures (warnings above). "
                                                "Import them anyway?")):
                confirmed = self.confirm_drops(waiting)
                again = [r.path for r in waiting if not r.drops or r.organisation in confirmed]
                if again:
                    self.import_files(again, accept_warnings=True, confirm_drops=tuple(confirmed))

        def moved(fraction: float, text: str) -> None:
            if stop.is_set():
                return
            progress.setValue(int(round(fraction * len(paths))))
            progress.setLabelText(targs(_tr("Importing %1 (%2 of %3)…"), text,
                                        str(int(round(fraction * len(paths))) + 1), str(len(paths))))

        run_task(work, on_result=done, on_error=lambda exc: (progress.close(), report_error(exc, self.window)),
                 on_progress=moved, parent=self.window, name="import")

    def confirm_drops(self, reports) -> set[str]:  # noqa: ANN001 - ImportReports
        """Ask for each organisation whose persons or fte would drop by more than the set share to be
        confirmed by typing its name; returns the organisations confirmed."""
        from hrplanner.services.excel.importer import DROP_SHARE
        from hrplanner.ui.format import fmt_signed

        confirmed: set[str] = set()
        for report in reports:
            if not report.drops or report.organisation in confirmed:
                continue
            what = {"persons": _tr("persons"), "fte": _tr("fte")}
            drops = "\n".join(f"  \u2022 {what.get(name, name)}: {_number(before)} \u2192 {_number(after)} "
                              f"({fmt_signed((after - before) / before * 100)}%)" for name, before, after in report.drop_values)
            label = targs(_tr("%1 would lower the figures of %2 by more than %3%:\n%4\n\nIf that is right, type "
                              "the name of the organisation to confirm:"),
                          report.path.name, report.organisation, round(DROP_SHARE * 100), drops)
            typed, accepted = QInputDialog.getText(self.window, _tr("Confirm a large drop"), label)
            if accepted and typed.strip().casefold() == report.organisation.strip().casefold():
                confirmed.add(report.organisation)
            elif accepted:
                show_message(self.window, targs(_tr("The name does not match %1; that file is not imported."),
                                                report.organisation), kind="warning")
        return confirmed

    # --- export -------------------------------------------------------------------------------------

    def export_dialog(self) -> None:
        register = self.context.register
        if register is None:
            return
        from hrplanner.services import projection

        names = [s.name for s in projection.list_scenarios(register)]
        scenario, ok = QInputDialog.getItem(self.window, _tr("Export meeting workbook"),
                                            _tr("Scenario"), names, 0, False)
        if not ok:
            return
        suggested = str(Path(settings.last_directory() or Path.home()) /
                        f"{register.path.stem}-{date.today().isoformat()}.xlsx")
        target, _ = QFileDialog.getSaveFileName(self.window, _tr("Export meeting workbook"), suggested,
                                                _tr("Excel workbooks (*.xlsx)"))
        if not target:
            return
        if not target.lower().endswith(".xlsx"):
            target += ".xlsx"
        settings.remember_directory(Path(target).parent)
        from hrplanner.services.export.workbook import export_workbook

        rules = settings.disclosure_rules()
        round_date = self.context.current_round
        progress = QProgressDialog(_tr("Exporting…"), _tr("Cancel"), 0, 100, self.window)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def work(token):  # noqa: ANN001
            def report(fraction: float, what: str) -> None:
                if fraction < 1.0:  # Cancel stops the export until the file is written (the publications
                    token.step(fraction, what)  # of a large region take up to a minute each), not after
                else:
                    token.progress(fraction, 1.0, what)

            return export_workbook(register, Path(target), scenario=scenario, round_date=round_date,
                                   rules=rules, progress=report)

        def done(path: Path) -> None:
            progress.close()
            if ask(self.window, targs(_tr("The meeting workbook was written to %1. Open it now?"), str(path)),
                   title=_tr("Export meeting workbook")):
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        task = run_task(work, on_result=done, on_error=lambda exc: (progress.close(), report_error(exc, self.window)),
                        on_progress=lambda f, text: progress.setValue(int(f * 100)),
                        on_cancelled=progress.close, parent=self.window, name="export")
        progress.canceled.connect(task.cancel)

    # --- drag and drop ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self._dropped_paths(event):
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop:
            paths = self._dropped_paths(event)
            if paths:
                event.acceptProposedAction()
                registers = [p for p in paths if p.suffix == hrplanner.REGISTER_SUFFIX]
                workbooks = [p for p in paths if p.suffix.lower() == ".xlsx"]
                if registers:
                    self.window.open_file(registers[0])
                elif workbooks:
                    self.import_files(workbooks)
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _dropped_paths(event) -> list[Path]:  # noqa: ANN001
        mime = event.mimeData()
        if not mime or not mime.hasUrls():
            return []
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        return [p for p in paths if p.suffix.lower() in (".xlsx", hrplanner.REGISTER_SUFFIX)]



def install(window) -> ExcelActions:  # noqa: ANN001 - the main window
    """Add the Excel actions to a main window (an ACTION_PROVIDERS entry)."""
    actions = ExcelActions(window)
    window.excel_actions = actions
    return actions
