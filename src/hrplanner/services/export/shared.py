"""Which counts a shared workbook may show (MODEL.md 5, small numbers), decided once for every sheet.

The meeting workbook goes beyond one organisation, so a figure built from fewer than ``threshold``
persons is hidden, and so is a second figure where totals would give the first away
(:mod:`hrplanner.domain.suppression`). The same quantity must be hidden on every sheet that shows it,
or one sheet would give away what another hides; so the suppression is computed here once and the
sheets only look it up:

- **persons** per organisation x occupation, with its row totals (persons per organisation), column
  totals (persons per occupation in the region) and grand total. Everything else about the staff of a
  cell (fte, open vacancies, ratios) is hidden exactly where its persons are: the same mask, so every
  row and column of those tables holds either no hidden element or at least two as well.
- **trainees** per organisation x occupation: trainees are persons too, so they get a suppression of
  their own counts (row totals are the organisations' trainees, column totals the occupations').
- **joiners from education** per organisation (the hires of newly qualified people behind the
  training-effort shares), a one-column table with its region total.
- **persons in the previous round** per occupation, a one-column table with the region total (the
  previous-round columns of the key figures).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from hrplanner.domain.figures import KeyFigures
from hrplanner.domain.suppression import SECONDARY_MARK, SHOWN, SuppressedTable, primary_mark, suppress
from hrplanner.services.coordination import Coordination


@dataclass(frozen=True)
class Grid:
    """A suppressed organisation x occupation table, addressable by name; ``None`` index = total."""

    table: SuppressedTable
    rows: tuple[str, ...]
    columns: tuple[str, ...]

    def _position(self, row: str | None, column: str | None) -> tuple[int, int]:
        i = len(self.rows) if row is None else self.rows.index(row)
        j = len(self.columns) if column is None else self.columns.index(column)
        return i, j

    def reason(self, row: str | None, column: str | None) -> str:
        """SHOWN, PRIMARY or SECONDARY for a cell (``None`` for the total of that line)."""
        return str(self.table.reasons[self._position(row, column)])

    def hidden(self, row: str | None, column: str | None) -> bool:
        return self.reason(row, column) != SHOWN

    def value(self, row: str | None, column: str | None) -> float:
        return float(self.table.extended()[self._position(row, column)])

    def mark(self, row: str | None, column: str | None) -> str:
        """What a hidden element shows instead of its figure ("" when shown)."""
        return mark_for(self.reason(row, column), self.table.threshold)


def mark_for(reason: str, threshold: int) -> str:
    if reason == SHOWN:
        return ""
    return SECONDARY_MARK if reason == "secondary" else primary_mark(threshold)


@dataclass(frozen=True)
class SharedFigures:
    """The suppression of every count the workbook shows."""

    threshold: int
    organisations: tuple[str, ...]
    occupations: tuple[str, ...]
    persons: Grid
    trainees: Grid
    hires_from_education: Grid
    previous_persons: Grid | None

    def occupation_hidden(self, code: str | None) -> bool:
        """Whether the region's figures of an occupation (``None``: all occupations) are hidden."""
        if code is not None and code not in self.occupations:
            return False
        return self.persons.hidden(None, code)

    def previous_hidden(self, code: str | None) -> bool:
        if self.previous_persons is None:
            return False
        if code is not None and code not in self.previous_persons.rows:
            return False
        return self.previous_persons.hidden(code, None)


def shared_figures(coordination: Coordination, previous: dict[str, KeyFigures], previous_total: KeyFigures | None,
                   threshold: int) -> SharedFigures:
    """Suppress the counts of a round's coordination figures (and the previous round's persons)."""
    figures = coordination.figures
    organisations = tuple(coordination.organisations())
    occupations = tuple(coordination.occupations())

    def matrix(attribute: str) -> np.ndarray:
        out = np.zeros((len(organisations), len(occupations)))
        for i, organisation in enumerate(organisations):
            for j, occupation in enumerate(occupations):
                group = figures.by_pair.get((organisation, occupation))
                if group is not None:
                    out[i, j] = getattr(group.current, attribute)
        return out

    persons = Grid(suppress(matrix("persons"), threshold), organisations, occupations)
    trainees = Grid(suppress(matrix("in_training"), threshold), organisations, occupations)
    hires = np.array([[figures.by_organisation[o].current.joiners_from_education
                       if o in figures.by_organisation else 0] for o in organisations], dtype=float)
    hires_grid = Grid(suppress(hires.reshape(len(organisations), 1), threshold), organisations, ("hires",))
    previous_grid = None
    if previous_total is not None:
        codes = tuple(previous)
        counts = np.array([[previous[c].persons] for c in codes], dtype=float).reshape(len(codes), 1)
        previous_grid = Grid(suppress(counts, threshold), codes, ("persons",))
    return SharedFigures(threshold, organisations, occupations, persons, trainees, hires_grid, previous_grid)
