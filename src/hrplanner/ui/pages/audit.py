"""The audit log page: every change to the register (who, when, what, old and new value, source),
filtered by text, kind of change and user, and exported to CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain import reference as ref
from hrplanner.services import audit
from hrplanner.ui import settings
from hrplanner.ui.context import AppContext
from hrplanner.ui.dialogs.messages import show_message
from hrplanner.ui.models.audit import AuditFilterProxy, AuditModel, entity_label
from hrplanner.ui.pages.base import Page
from hrplanner.ui.theme import set_role
from hrplanner.ui.labels import targs

#: Entries loaded at most (newest first); the page says so when there are more.
MAX_ENTRIES = 20_000


class AuditPage(Page):
    """The register's audit log."""

    page_id = "audit"
    order = 90
    icon_name = "audit"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.model = AuditModel(self)
        self.proxy = AuditFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.heading = QLabel(self)
        set_role(self.heading, "heading")
        self.search = QLineEdit(self)
        self.search.setObjectName("audit_search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_changed)
        self.entity_combo = QComboBox(self)
        self.entity_combo.setObjectName("audit_entity")
        self.entity_combo.currentIndexChanged.connect(self._filter_changed)
        self.user_combo = QComboBox(self)
        self.user_combo.setObjectName("audit_user")
        self.user_combo.currentIndexChanged.connect(self._filter_changed)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("audit_export")
        self.export_button.clicked.connect(self.export_dialog)
        self.count_label = QLabel(self)
        set_role(self.count_label, "muted")
        self.view = QTableView(self)
        self.view.setObjectName("audit_table")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(AuditModel.WHEN, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # the new value (often the longest text) takes the room left over, not the source
        header.setSectionResizeMode(AuditModel.NEW, QHeaderView.ResizeMode.Stretch)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.entity_combo, 1)
        filters.addWidget(self.user_combo, 1)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.heading)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self.truncated = False
        context.data_changed.connect(self.request_refresh)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Audit log")

    def can_show(self) -> bool:
        return self.context.register is not None

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Audit log: every change to the register"))
        self.search.setPlaceholderText(self.tr("Search in every column"))
        self.search.setAccessibleName(self.tr("Search"))
        self.entity_combo.setAccessibleName(self.tr("Kind of change"))
        self.user_combo.setAccessibleName(self.tr("User"))
        self.export_button.setText(self.tr("&Export to CSV\u2026"))
        self.request_refresh()

    # --- loading and filtering ----------------------------------------------------------------------

    def refresh(self) -> None:
        register = self.context.register
        rows = audit.query(register, limit=MAX_ENTRIES + 1) if register is not None else []
        self.truncated = len(rows) > MAX_ENTRIES
        language = self.context.language
        names = {o.code: ref.occupation_name(language, o.code, (o.name_nl, o.name_en))
                 for o in register.occupations()} if register is not None else {}
        self.model.reload(rows[:MAX_ENTRIES], names, language)
        entities = sorted({r.entity for r in self.model.rows}, key=lambda e: entity_label(e).casefold())
        self._fill_combo(self.entity_combo, self.tr("All kinds"), [(entity_label(e), e) for e in entities])
        users = sorted({r.user for r in self.model.rows if r.user}, key=str.casefold)
        self._fill_combo(self.user_combo, self.tr("All users"), [(u, u) for u in users])
        self.view.resizeColumnsToContents()
        for column, widest in ((AuditModel.WHAT, 480), (AuditModel.OLD, 240), (AuditModel.SOURCE, 240)):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), widest))
        self._update_count()

    def _fill_combo(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, value in items:
            combo.addItem(text, value)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        self._filter_changed()

    def _filter_changed(self, *_args: object) -> None:
        self.proxy.set_text(self.search.text())
        self.proxy.set_entity(self.entity_combo.currentData())
        self.proxy.set_user(self.user_combo.currentData())
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = targs(self.tr("%1 of %2 entries"), str(shown), str(total))
        if self.truncated:
            text += " " + targs(self.tr("(the newest %1; export with the command line for all)"), str(MAX_ENTRIES))
        self.count_label.setText(text)
        self.export_button.setEnabled(shown > 0)

    # --- export ---------------------------------------------------------------------------------------

    def export_dialog(self) -> None:
        register = self.context.register
        if register is None:
            return
        default = Path(settings.last_directory() or register.path.parent) / \
            f"{register.path.stem} {self.tr('audit log')}.csv"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export audit log"), str(default),
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> int:
        """Write the entries as shown (filtered, sorted) to a CSV file; returns how many."""
        if path.suffix.lower() != ".csv":
            path = path.with_name(path.name + ".csv")
        try:
            count = audit.write_csv(self.proxy.visible_rows(), path)
        except OSError as exc:
            show_message(self, self.tr("The audit log was not exported"), title=self.tr("Export audit log"),
                         kind="warning", informative=f"{path}: {exc.strerror or exc}")
            return 0
        settings.remember_directory(path)
        self.context.status_message.emit(
            targs(self.tr("Exported %1 audit entries to %2"), str(count), str(path)), 8000)
        return count
