"""File > Back up… (a copy of the open register to a file of the user's choice) and File > Restore from
backup… (the register's rolling set of backups, or any backup file, put back after an integrity check).

The work is done by :mod:`hrplanner.services.backups` on a worker thread; a restore closes the register,
hands its writer lock to the restore, and opens the register again, whatever the outcome.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

import hrplanner
from hrplanner.services import audit, backups
from hrplanner.services.backups import BackupInfo
from hrplanner.ui import format as fmt
from hrplanner.ui import safe_open, settings
from hrplanner.ui.context import Topic
from hrplanner.ui.dialogs.messages import ask, show_message
from hrplanner.ui.workers import run_task
from hrplanner.ui.labels import targs


def reason_label(reason: str) -> str:
    """Why a backup was made, in words."""
    translate = QCoreApplication.translate
    labels = {
        "manual": translate("BackupActions", "made by hand"),
        "before-migration": translate("BackupActions", "before an upgrade"),
        "import": translate("BackupActions", "before an import"),
        "before-restore": translate("BackupActions", "before a restore"),
        "damaged": translate("BackupActions", "damaged file, kept"),
    }
    return labels.get(reason, reason)


def fmt_when(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{fmt.fmt_date(local.date())} {local.strftime('%H:%M:%S')}"


def fmt_size(size: int) -> str:
    if size >= 1024 * 1024:
        return targs(QCoreApplication.translate("BackupActions", "%1 MB"), fmt.fmt_number(size / 2**20, 1))
    return targs(QCoreApplication.translate("BackupActions", "%1 KB"), fmt.fmt_number(max(size / 1024, 1)))


class BackupsModel(QAbstractTableModel):
    """One row per backup of a register's rolling set, newest first."""

    WHEN, REASON, SIZE = range(3)
    HEADERS = (QT_TRANSLATE_NOOP("BackupsModel", "When"), QT_TRANSLATE_NOOP("BackupsModel", "Made"),
               QT_TRANSLATE_NOOP("BackupsModel", "Size"))
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[BackupInfo] = []

    def reload(self, rows: list[BackupInfo]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("BackupsModel", self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == self.ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return (fmt_when(row.created), reason_label(row.reason), fmt_size(row.size))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(row.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RestoreDialog(QDialog):
    """Pick a backup of the register (or another backup file) to put back."""

    def __init__(self, register_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.register_path = register_path
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Restore from backup"))
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = BackupsModel(self)
        self.model.reload(backups.list_backups(register_path))
        self.view = QTableView(self)
        self.view.setObjectName("backup_list")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda _index: self._restore_selected())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.setDefault(True)
        self.other_button = QPushButton(self.tr("&Other file\u2026"), self)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.restore_button.clicked.connect(self._restore_selected)
        self.other_button.clicked.connect(self._choose_file)
        self.buttons.rejected.connect(self.reject)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        count = len(self.model.rows)
        self.intro.setText(
            targs(self.tr("Backups of %1 (the newest %2 are kept in %3). The backup is checked first, and the register "
               "as it is now is backed up before it is replaced."), register_path.name, str(backups.configured_keep()), str(backups.backup_dir(register_path)))
            if count else
            targs(self.tr("There are no backups of %1 yet. Choose another backup file with \u201cOther file\u201d."), register_path.name))
        if count:
            self.view.selectRow(0)
        self.resize(620, 360)
        self._update()

    def _update(self) -> None:
        self.restore_button.setEnabled(bool(self.view.selectionModel().selectedRows()))

    def selected(self) -> BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].data(BackupsModel.ROW_ROLE) if rows else None

    def _restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.chosen = chosen.path
            self.accept()

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), str(self.register_path.parent),
            targs(self.tr("hrplanner registers (*%1);;All files (*)"), hrplanner.REGISTER_SUFFIX))
        if path:
            self.chosen = Path(path)
            self.accept()


class BackupActions(QObject):
    """The File menu's backup and restore actions of one main window."""

    def __init__(self, window):  # noqa: ANN001 - the MainWindow
        super().__init__(window)
        self.window = window
        self.context = window.context
        self.backup_action = QAction(window)
        self.backup_action.setObjectName("action_backup")
        self.restore_action = QAction(window)
        self.restore_action.setObjectName("action_restore")
        self.backup_action.triggered.connect(self.backup)
        self.restore_action.triggered.connect(self.restore)
        window.add_action("file", self.backup_action)
        window.add_action("file", self.restore_action)
        self.context.register_changed.connect(lambda _r: self._update())
        self.context.language_changed.connect(lambda _l: self.retranslate())
        self.context.settings_changed.connect(self._setting_changed)
        backups.set_default_keep(settings.get(settings.BACKUP_COUNT))
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.backup_action.setText(self.tr("&Back up\u2026"))
        self.backup_action.setStatusTip(self.tr("Save a copy of the register to a file of your choice"))
        self.restore_action.setText(self.tr("Restore from bac&kup\u2026"))
        self.restore_action.setStatusTip(self.tr("Put an earlier state of the register back"))

    def _update(self) -> None:
        register = self.context.register
        self.backup_action.setEnabled(register is not None)
        self.restore_action.setEnabled(register is not None and not register.read_only)

    def _setting_changed(self, key: str) -> None:
        if key == settings.BACKUP_COUNT.key:
            backups.set_default_keep(settings.get(settings.BACKUP_COUNT))

    # --- back up ----------------------------------------------------------------------------------

    def backup(self) -> None:
        register = self.context.register
        if register is None:
            return
        stamp = datetime.now().strftime("%Y-%m-%d %H%M")
        default = Path(settings.last_directory() or register.path.parent) / \
            f"{register.path.stem} {self.tr('backup')} {stamp}{hrplanner.REGISTER_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Back up register"), str(default),
            targs(self.tr("hrplanner registers (*%1)"), hrplanner.REGISTER_SUFFIX))
        if path:
            self.backup_to(Path(path))

    def backup_to(self, target: Path) -> None:
        register = self.context.register
        if register is None:
            return
        if target.suffix != hrplanner.REGISTER_SUFFIX:
            target = target.with_name(target.name + hrplanner.REGISTER_SUFFIX)
        source = register.path
        run_task(lambda _token: backups.export_copy(source, target, overwrite=True), name="back up",
                 parent=self.window,
                 on_result=lambda written: self.context.status_message.emit(
                     targs(self.tr("Backed up to %1"), str(written)), 8000),
                 on_error=lambda exc: show_message(self.window, self.tr("The backup was not made"), kind="warning",
                                                   title=self.tr("Back up register"), informative=str(exc)))

    # --- restore ------------------------------------------------------------------------------------

    def restore(self) -> None:
        register = self.context.register
        if register is None:
            return
        dialog = RestoreDialog(register.path, self.window)
        if dialog.exec() and dialog.chosen is not None:
            self.restore_from(dialog.chosen)

    def restore_from(self, source: Path) -> None:
        """Check ``source``, ask, then put it back in place of the open register and reopen it."""
        register = self.context.register
        if register is None:
            return
        if register.read_only:
            show_message(self.window, targs(self.tr("%1 is open read-only; it cannot be restored now."), register.path.name), title=self.tr("Restore from backup"), kind="warning")
            return
        run_task(lambda _token: backups.verify_backup(source), name="check backup", parent=self.window,
                 on_result=lambda _revision: self._confirm_and_restore(register, source),
                 on_error=lambda exc: show_message(
                     self.window, targs(self.tr("%1 cannot be restored"), source.name),
                     title=self.tr("Restore from backup"), kind="warning",
                     informative=self.tr("Nothing was changed.") + f"\n\n{exc}"))

    def _log_restore_when_open(self, path: Path, source: Path, result) -> None:  # noqa: ANN001 - RestoreResult
        """Record the restore in the restored register's audit log, with who did it, once it is open
        again (the file was replaced, so its log is that of the backup until this entry)."""
        context = self.context

        def opened(register) -> None:  # noqa: ANN001 - Register or None
            context.register_changed.disconnect(opened)
            if register is None or register.path != path or register.read_only:
                return
            previous = result.previous_saved_as.name if result.previous_saved_as else ""
            audit.record(register, "restore", "register", key=path.name, old=previous, new=source.name,
                         user=context.user_name)
            context.notify(Topic.ANY)  # the audit page shows the new entry

        context.register_changed.connect(opened)

    def _confirm_and_restore(self, register, source: Path) -> None:  # noqa: ANN001 - Register
        if self.context.register is not register:
            return
        question = targs(self.tr("Replace %1 by the backup %2?"), register.path.name, source.name)
        informative = self.tr("The register as it is now is backed up first, so nothing is lost: restoring that "
                              "backup brings it back.")
        if not ask(self.window, question, title=self.tr("Restore from backup"), informative=informative,
                   yes_text=self.tr("Restore")):
            return
        path = register.path
        lock = safe_open.take_lock(register)
        self.context.set_register(None)  # closes it: nothing may hold the file while it is replaced

        def finished(result=None, error: BaseException | None = None) -> None:  # noqa: ANN001
            if lock is not None:
                lock.release()
            if error is None:
                self._log_restore_when_open(path, source, result)
            self.window.open_file(path)
            if error is not None:
                show_message(self.window, targs(self.tr("%1 was not restored"), path.name),
                             title=self.tr("Restore from backup"), kind="warning",
                             informative=self.tr("The register is as it was.") + f"\n\n{error}")
            else:
                message = targs(self.tr("Restored %1 from %2; the replaced version is kept as %3"),
                                path.name, source.name, str(result.previous_saved_as))
                self.context.status_message.emit(message, 0)

        run_task(lambda _token: backups.restore(path, source, lock=lock), name="restore", parent=self.window,
                 on_result=lambda result: finished(result), on_error=lambda exc: finished(error=exc))


def install(window) -> None:  # noqa: ANN001 - the MainWindow
    """Action provider: File > Back up… and File > Restore from backup…."""
    window.backup_actions = BackupActions(window)
