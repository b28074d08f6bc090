"""Small-number suppression (MODEL.md 5) for anything shared beyond one organisation.

A table of counts (persons) with row totals, column totals and a grand total is published as an
extended table of (rows + 1) x (columns + 1) elements: the cells, the row totals in the last column,
the column totals in the last row and the grand total in the corner. Every row and every column of
that extended table is a *line* whose last element is the sum of the others.

- **Primary suppression**: any element (cell or total) built from 1 .. threshold - 1 persons is hidden.
  Zeros are shown: they say nothing about a person.
- **Secondary suppression**: a hidden element that is the only hidden one in a line can be worked
  out as (line total - shown elements). So while some line holds exactly one hidden element, the
  smallest other non-zero element of that line is hidden too (cells before totals, then the first in
  reading order), until no line holds exactly one hidden element. Every step hides one more element,
  so this ends; a candidate always exists, because a hidden element is non-zero and the line must add
  up. When no line has exactly one hidden element, no hidden element can be recovered from a single
  line, so the first step of any line-by-line recovery is impossible.

Ratios (a vacancy rate, a share) are hidden when the persons they describe are fewer than the
threshold (:func:`ratio_hidden`); pages that show a ratio per cell of a table use the mask of the
persons table, so they hide the secondary cells too.

The threshold is the user's setting (ui.settings.SMALL_NUMBER_THRESHOLD, the one the overview uses
too); the default is 5.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

DEFAULT_THRESHOLD = 5

SHOWN = ""
PRIMARY = "primary"
SECONDARY = "secondary"

#: What a hidden element shows: "<5" for primary suppression, a dot for secondary.
SECONDARY_MARK = "\u2022"


def primary_mark(threshold: int = DEFAULT_THRESHOLD) -> str:
    return f"<{threshold}"


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
        reason = self.reasons[row, column]
        if reason == PRIMARY:
            return primary_mark(self.threshold)
        if reason == SECONDARY:
            return SECONDARY_MARK
        return value

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
    if (cells < 0).any() or not np.isfinite(cells).all():
        raise ValueError("a table to suppress must hold counts: finite numbers of at least 0")
    rows, columns = cells.shape
    full = extend(cells)
    reasons = np.full(full.shape, SHOWN, dtype=object)
    reasons[(full > 0) & (full < threshold)] = PRIMARY
    if rows == 0 or columns == 0:
        return SuppressedTable(cells, full[:rows, columns], full[rows, :columns], float(full[rows, columns]),
                               reasons, threshold)
    lines = _lines(rows, columns)

    def sort_key(position: tuple[int, int]) -> tuple[float, bool, int, int]:
        i, j = position
        return (full[i, j], i == rows or j == columns, i, j)

    changed = True
    while changed:
        changed = False
        for line in lines:
            hidden = [p for p in line if reasons[p] != SHOWN]
            if len(hidden) != 1:
                continue
            candidates = [p for p in line if reasons[p] == SHOWN and full[p] > 0]
            if not candidates:  # pragma: no cover - impossible for a consistent table (module docstring)
                raise AssertionError("no cell left to protect a suppressed cell")
            reasons[min(candidates, key=sort_key)] = SECONDARY
            changed = True
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
