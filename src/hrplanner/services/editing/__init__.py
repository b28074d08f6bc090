"""The one door for changing a register by hand: organisations, occupations, rounds and figures.

Every change is checked with the rules of :mod:`hrplanner.domain.validation` (the record checks and
the rules across fields) before anything is written, and leaves an audit entry. Two kinds of edit,
each in its own module:

- structural edits (:mod:`.structure`): add, edit and remove organisations, occupations and rounds;
  close and reopen rounds. One object per call, one transaction.
- the figure batch (:mod:`.figures`): any number of figure changes applied whole or not at all; the
  old values come back, so that undo can restore them exactly by applying them again.

A figure is addressed by a :class:`Cell` (:mod:`.cells`): table, organisation, occupation, round, the
row's detail (age band and sex, flow direction and category, or training route) and the field; in
the register it lives in the row named by its :class:`RowKey`.
"""

from __future__ import annotations

from hrplanner.services.editing.base import SOURCE
from hrplanner.services.editing.cells import (
    ABSENT,
    UNSEEN,
    DETAIL,
    FIELDS,
    FIGURE_TABLES,
    NULLABLE,
    AppliedChange,
    AppliedChanges,
    Cell,
    Change,
    RowKey,
    audit_text,
    cell_issues,
)
from hrplanner.services.editing.figures import Conflict, ConflictError, FigureEdits
from hrplanner.services.editing.structure import OCCUPATION_FIELDS, ORGANISATION_FIELDS, StructureEdits
from hrplanner.services.errors import NeedsConfirmation, RoundClosedError, ValidationError


class Editor(StructureEdits, FigureEdits):
    """Changes a register on behalf of one user: structural edits and figure batches; every method
    is one transaction."""


__all__ = [
    "ABSENT", "UNSEEN", "AppliedChange", "AppliedChanges", "Cell", "Change", "Conflict", "ConflictError",
    "DETAIL", "Editor", "FIELDS",
    "FIGURE_TABLES", "NULLABLE", "NeedsConfirmation", "OCCUPATION_FIELDS", "ORGANISATION_FIELDS",
    "RoundClosedError", "RowKey", "SOURCE", "ValidationError", "audit_text", "cell_issues",
]
