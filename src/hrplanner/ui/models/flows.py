"""The flows table of one round: a row is organisation x occupation; the columns are the joiners by
origin and the leavers by destination over the 12 months before the reference date.

Totals and the persons at the start of the period (the previous round's persons, or this round's when
the previous round has none) are shown, so the rule "leavers <= persons at the start + joiners" can
be read off the row it applies to.
"""

from __future__ import annotations

import textwrap

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from hrplanner.domain import reference as ref
from hrplanner.services.editing import Cell
from hrplanner.ui.context import Topic
from hrplanner.ui.models.figures import FigureModel, fte_sums
from hrplanner.ui.models.snapshot import RoundSnapshot
from hrplanner.ui.models.table import Column, Row

ORGANISATION, OCCUPATION = 0, 1
FIRST_JOINER = 2
JOINERS_TOTAL = FIRST_JOINER + len(ref.ORIGINS)
FIRST_LEAVER = JOINERS_TOTAL + 1
LEAVERS_TOTAL = FIRST_LEAVER + len(ref.DESTINATIONS)
START = LEAVERS_TOTAL + 1

#: column -> (direction, category) of the editable columns
CATEGORIES: dict[int, tuple[str, str]] = {
    **{FIRST_JOINER + i: ("in", c) for i, c in enumerate(ref.ORIGINS)},
    **{FIRST_LEAVER + i: ("out", c) for i, c in enumerate(ref.DESTINATIONS)},
}
_JOINERS = QT_TRANSLATE_NOOP("RegisterTables", "Joiners")
_LEAVERS = QT_TRANSLATE_NOOP("RegisterTables", "Leavers")


class FlowModel(FigureModel):
    """A row is the joiners and leavers of one organisation x occupation."""

    TABLE = "flow"
    TOPICS = frozenset({Topic.FLOW, Topic.STAFFING})

    def make_columns(self, snapshot: RoundSnapshot) -> tuple[Column, ...]:
        columns = [Column("organisation", QT_TRANSLATE_NOOP("RegisterTables", "Organisation"), numeric=False),
                   Column("occupation", QT_TRANSLATE_NOOP("RegisterTables", "Occupation"), numeric=False)]
        for origin in ref.ORIGINS:
            columns.append(Column(f"in:{origin}", _JOINERS, editable=True, group=ref.label(origin, snapshot.language)))
        columns.append(Column("joiners", QT_TRANSLATE_NOOP("RegisterTables", "Joiners\ntotal")))
        for destination in ref.DESTINATIONS:
            columns.append(Column(f"out:{destination}", _LEAVERS, editable=True,
                                  group=ref.label(destination, snapshot.language)))
        columns.append(Column("leavers", QT_TRANSLATE_NOOP("RegisterTables", "Leavers\ntotal")))
        columns.append(Column(
            "start", QT_TRANSLATE_NOOP("RegisterTables", "Persons at\nstart"),
            tooltip=QT_TRANSLATE_NOOP("RegisterTables", "Persons in the previous round (or in this round when the "
                                                        "previous round has none); leavers cannot exceed these "
                                                        "plus the joiners")))
        return tuple(columns)

    def column_header(self, column: Column) -> str:
        if column.group:  # "Joiners:" over the origin, wrapped so the column stays narrow
            category = "\n".join(textwrap.wrap(column.group, 18))
            return f"{QCoreApplication.translate('RegisterTables', column.title)}:\n{category}"
        return super().column_header(column)

    def make_rows(self, snapshot: RoundSnapshot) -> list[Row]:
        assert snapshot.current is not None
        flows: dict[tuple[str, str], dict[tuple[str, str], int]] = {}
        for f in snapshot.current.flows:
            flows.setdefault((f.organisation, f.occupation), {})[(f.direction, f.category)] = f.persons
        current_persons, _ = fte_sums(snapshot.current.staffing)
        previous_persons, _ = fte_sums(snapshot.previous.staffing) if snapshot.previous else ({}, {})
        names = self.occupation_names(snapshot)
        rows = []
        for organisation in snapshot.shown_organisations():
            for occupation in snapshot.occupations:
                key = (organisation.name, occupation.code)
                entered = flows.get(key)
                start = previous_persons.get(key, current_persons.get(key))
                values: list = [organisation.name, names[occupation.code]]
                joiners = [entered.get(("in", c)) if entered else None for c in ref.ORIGINS]
                leavers = [entered.get(("out", c)) if entered else None for c in ref.DESTINATIONS]
                values += joiners + [sum(v or 0 for v in joiners) if entered else None]
                values += leavers + [sum(v or 0 for v in leavers) if entered else None]
                values.append(start)
                rows.append(Row(organisation.name, occupation.code, (),
                                (organisation.name, names[occupation.code]), values,
                                entered is not None or key in current_persons))
        return rows

    def cell(self, row: Row, column: int) -> Cell:
        assert self.snapshot.reference_date is not None
        return Cell("flow", row.organisation, row.occupation, self.snapshot.reference_date, CATEGORIES[column],
                    "persons")

    def edit_label(self, column: int) -> str:
        if CATEGORIES[column][0] == "in":
            return QCoreApplication.translate("RegisterTables", "edit joiners")
        return QCoreApplication.translate("RegisterTables", "edit leavers")
