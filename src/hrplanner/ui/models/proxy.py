"""Filtering and sorting of a register table: by organisation, occupation and the row's detail (sex,
route), with or without the rows that hold no figures yet.

Sorting uses the models' sort role, so numbers sort as numbers; until the user clicks a header the
rows keep the model's order (organisation, then occupation).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from hrplanner.ui.models.table import SORT_ROLE


class RegisterFilterProxy(QSortFilterProxyModel):
    """Shows the rows of one organisation / occupation / detail value, or all of them."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._organisation: str | None = None
        self._occupation: str | None = None
        self._detail: str | None = None
        self._show_empty = True
        self._show_inactive = True

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        """Rows are numbered as shown (1, 2, 3 ...), not by their place in the unfiltered table."""
        if orientation == Qt.Orientation.Vertical:
            return section + 1 if role == Qt.ItemDataRole.DisplayRole else None
        return self.sourceModel().headerData(section, orientation, role)

    def set_organisation(self, name: str | None) -> None:
        self._change("_organisation", name or None)

    def set_occupation(self, code: str | None) -> None:
        self._change("_occupation", code or None)

    def set_detail(self, value: str | None) -> None:
        """Sex in the staffing table, route in the training table."""
        self._change("_detail", value or None)

    def set_show_empty(self, show: bool) -> None:
        self._change("_show_empty", bool(show))

    def set_show_inactive(self, show: bool) -> None:
        """For the organisations table: show deactivated organisations too."""
        self._change("_show_inactive", bool(show))

    def _change(self, name: str, value: object) -> None:
        if getattr(self, name) == value:
            return
        self.beginFilterChange()
        setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,  # noqa: N802
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        row = self.sourceModel().row_object(source_row)
        if self._organisation is not None and row.organisation != self._organisation:
            return False
        # a row that is not per occupation (sickness, per organisation) passes the occupation filter
        if self._occupation is not None and row.occupation and row.occupation != self._occupation:
            return False
        if self._detail is not None and row.detail and row.detail[0] != self._detail:
            return False
        if not self._show_empty and not row.present:
            return False
        return self._show_inactive or getattr(row.extra, "active", True)
