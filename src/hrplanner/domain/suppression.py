"""One table of person counts with its totals, suppressed by the disclosure layer (MODEL.md 5).

The pages' charts (the coordination matrix, flows and training, the population pyramid) show a
single table at a time; this module is their front to :mod:`hrplanner.domain.disclosure`, which does
the work: the table with its row totals, column totals and grand total is one block of linked counts;
**primary suppression** hides every element (cell or total) of 1 .. threshold - 1 persons, and
**secondary suppression** (chosen by SciPy's HiGHS) hides the fewest further persons so that the
interval attack cannot narrow any hidden element below the threshold. Zeros are shown.

Every hidden element shows the one mark ``x`` (:data:`SECONDARY_MARK`, :func:`primary_mark`), so the mark
gives no range away; :attr:`SuppressedTable.reasons` still says, for the code, why each is hidden.

Ratios (a vacancy rate, a share) are hidden when the persons they describe are fewer than the
threshold (:func:`ratio_hidden`); pages that show a ratio per cell of a table use the mask of the
persons table, so they hide the secondary cells too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from hrplanner.domain.disclosure.rules import MARK

DEFAULT_THRESHOLD = 5

SHOWN = ""
PRIMARY = "primary"
SECONDARY = "secondary"

#: What a hidden element shows, whatever the reason: the disclosure layer's one mark.
SECONDARY_MARK = MARK


def primary_mark(threshold: int = DEFAULT_THRESHOLD) -> str:
    """The mark of a hidden element (the same for every reason and threshold)."""
    return MARK


def check_threshold(value: object) -> int:
    """The threshold as an int >= 1, or ValueError naming the value and the rule."""
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or int(value) < 1:
        raise ValueError(f"suppression threshold = {value!r}: must be a whole number of at least 1")
    return int(value)


def is_small(count: float, threshold: int = DEFAULT_THRESHOLD) -> bool:
    """A count of 1 .. threshold - 1 persons (primary suppression)."""
    return 0 < count < threshold


def ratio_hidden(persons: float | None, threshold: int = DEFAULT_THRESHOLD) -> bool:
    """Whether a ratio about ``persons`` persons must be hidden in a shared view. A ratio about nobody
    is not shown either (it is None), so only 1 .. threshold - 1 persons hide it."""
    return persons is not None and is_small(persons, threshold)


@dataclass(frozen=True)
class SuppressedTable:
    """A table of counts with its totals and which elements a shared view must hide."""

    #: The counts, rows x columns.
    cells: np.ndarray
    row_totals: np.ndarray
    column_totals: np.ndarray
    grand_total: float
    #: The extended table's reasons, (rows + 1) x (columns + 1): SHOWN, PRIMARY or SECONDARY; the
    #: last column holds the row totals, the last row the column totals.
    reasons: np.ndarray
    threshold: int

    @property
    def shape(self) -> tuple[int, int]:
        return self.cells.shape  # type: ignore[return-value]

    @property
    def extended_mask(self) -> np.ndarray:
        """True where hidden, over the extended table."""
        return self.reasons != SHOWN

    @property
    def mask(self) -> np.ndarray:
        """True where a cell (not a total) is hidden."""
        return self.extended_mask[:-1, :-1]

    @property
    def row_total_hidden(self) -> np.ndarray:
        return self.extended_mask[:-1, -1]

    @property
    def column_total_hidden(self) -> np.ndarray:
        return self.extended_mask[-1, :-1]

    @property
    def grand_total_hidden(self) -> bool:
        return bool(self.extended_mask[-1, -1])

    def reason(self, row: int, column: int) -> str:
        """Why a cell is hidden (PRIMARY, SECONDARY) or SHOWN; -1 as index means the total."""
        return str(self.reasons[row, column])

    def shown(self, row: int, column: int) -> float | None:
        """The value of an element of the extended table as a shared view may show it, or None."""
        if self.reasons[row, column] != SHOWN:
            return None
        return float(self.extended()[row, column])

    def text(self, row: int, column: int, value: str) -> str:
        """``value`` (the formatted figure) or the mark that replaces it."""
        return MARK if self.reasons[row, column] != SHOWN else value

    def extended(self) -> np.ndarray:
        return extend(self.cells)

    def hidden_count(self) -> int:
        return int(self.extended_mask.sum())


def extend(cells: np.ndarray) -> np.ndarray:
    """The table with its row totals as last column, column totals as last row, grand total."""
    rows, columns = cells.shape
    out = np.zeros((rows + 1, columns + 1), dtype=float)
    out[:rows, :columns] = cells
    out[:rows, columns] = cells.sum(axis=1)
    out[rows, :columns] = cells.sum(axis=0)
    out[rows, columns] = cells.sum()
    return out


def _lines(rows: int, columns: int) -> list[list[tuple[int, int]]]:
    """Every row and column of the extended table as a list of positions."""
    lines = [[(i, j) for j in range(columns + 1)] for i in range(rows + 1)]
    lines += [[(i, j) for i in range(rows + 1)] for j in range(columns + 1)]
    return lines


def suppress(counts: Sequence[Sequence[float]] | np.ndarray,
             threshold: int = DEFAULT_THRESHOLD) -> SuppressedTable:
    """Primary and secondary suppression of a table of person counts with its totals."""
    threshold = check_threshold(threshold)
    cells = np.asarray(counts, dtype=float)
    if cells.ndim != 2:
        raise ValueError(f"a table to suppress must have rows and columns, got shape {cells.shape}")
    if (cells < 0).any() or not np.isfinite(cells).all() or (cells != np.round(cells)).any():
        raise ValueError("a table to suppress must hold counts: whole numbers of at least 0")
    rows, columns = cells.shape
    full = extend(cells)
    reasons = np.full(full.shape, SHOWN, dtype=object)
    reasons[(full > 0) & (full < threshold)] = PRIMARY
    if rows and columns and (reasons == PRIMARY).any():
        from hrplanner.domain.disclosure import Rules, protect
        from hrplanner.domain.disclosure.tables import LinkedTables

        tables = LinkedTables()
        block = tables.block("table")
        base = [[block.base((i, j), int(cells[i, j]), str(i)) for j in range(columns)] for i in range(rows)]
        position = {}
        for i in range(rows + 1):
            for j in range(columns + 1):
                members = [base[a][b] for a in (range(rows) if i == rows else [i])
                           for b in (range(columns) if j == columns else [j])]
                position[block.figure(("table", str(i), str(j)), members, False)] = (i, j)
        # rows are not organisations here: only the threshold applies (no contributor or dominance rule)
        hidden = protect(tables, Rules(threshold, 1, 1, 100))["table"]
        for k in hidden:
            if reasons[position[k]] == SHOWN:
                reasons[position[k]] = SECONDARY
    return SuppressedTable(cells, full[:rows, columns], full[rows, :columns], float(full[rows, columns]),
                           reasons, threshold)


def recoverable(table: SuppressedTable) -> list[tuple[int, int]]:
    """Hidden elements that are the only hidden one of some line, so line total - shown elements
    gives them away. Empty for every table :func:`suppress` returns."""
    rows, columns = table.shape
    mask = table.extended_mask
    found = set()
    for line in _lines(rows, columns):
        hidden = [p for p in line if mask[p]]
        if len(hidden) == 1:
            found.add(hidden[0])
    return sorted(found)
