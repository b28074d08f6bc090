"""The establishment and vacancies table of one round: a row is organisation x occupation.

Next to the entered figures (budgeted fte, open vacancies, open fte, open 3 months or longer) it
shows the filled fte (from the staffing table) and the identity check establishment - (filled fte +
open fte) as a difference column, highlighted when it is not 0. The difference is never fixed
silently: the user decides which figure is wrong.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from hrplanner.domain.validation import FTE_TOLERANCE, establishment_difference
from hrplanner.services.editing import Cell
from hrplanner.ui.context import Topic
from hrplanner.ui.models.figures import FigureModel, fte_sums
from hrplanner.ui.models.snapshot import RoundSnapshot
from hrplanner.ui.models.table import Column, Row

ORGANISATION, OCCUPATION, BUDGETED_FTE, FILLED_FTE, OPEN_POSITIONS, OPEN_FTE, OPEN_LONG, DIFFERENCE = range(8)
#: editable column -> the service's field
FIELDS = {BUDGETED_FTE: "budgeted_fte", OPEN_POSITIONS: "open_positions", OPEN_FTE: "open_fte",
          OPEN_LONG: "open_long"}

COLUMNS: tuple[Column, ...] = (
    Column("organisation", QT_TRANSLATE_NOOP("RegisterTables", "Organisation"), numeric=False),
    Column("occupation", QT_TRANSLATE_NOOP("RegisterTables", "Occupation"), numeric=False),
    Column("budgeted_fte", QT_TRANSLATE_NOOP("RegisterTables", "Establishment\nfte"), decimals=2, editable=True,
           tooltip=QT_TRANSLATE_NOOP("RegisterTables", "Budgeted fte (formatie); empty = not given")),
    Column("filled_fte", QT_TRANSLATE_NOOP("RegisterTables", "Filled\nfte"), decimals=2,
           tooltip=QT_TRANSLATE_NOOP("RegisterTables", "Calculated: the fte of the staffing table")),
    Column("open_positions", QT_TRANSLATE_NOOP("RegisterTables", "Open\nvacancies"), editable=True),
    Column("open_fte", QT_TRANSLATE_NOOP("RegisterTables", "Open\nfte"), decimals=2, editable=True),
    Column("open_long", QT_TRANSLATE_NOOP("RegisterTables", "Open 3+\nmonths"), editable=True,
           tooltip=QT_TRANSLATE_NOOP("RegisterTables", "Open vacancies open 3 months or longer")),
    Column("difference", QT_TRANSLATE_NOOP("RegisterTables", "Difference\nfte"), decimals=2,
           tooltip=QT_TRANSLATE_NOOP("RegisterTables",
                                     "Calculated: establishment - (filled fte + open fte); should be 0")),
)


class EstablishmentModel(FigureModel):
    """A row is the establishment and vacancies of one organisation x occupation."""

    TABLE = "establishment"
    TOPICS = frozenset({Topic.ESTABLISHMENT, Topic.STAFFING})
    HIGHLIGHTS = True

    def make_columns(self, snapshot: RoundSnapshot) -> tuple[Column, ...]:
        return COLUMNS

    def make_rows(self, snapshot: RoundSnapshot) -> list[Row]:
        assert snapshot.current is not None
        _persons, filled = fte_sums(snapshot.current.staffing)
        entered = {(e.organisation, e.occupation): e for e in snapshot.current.establishment}
        names = self.occupation_names(snapshot)
        rows = []
        for organisation in snapshot.shown_organisations():
            for occupation in snapshot.occupations:
                key = (organisation.name, occupation.code)
                e = entered.get(key)
                filled_fte = filled.get(key)
                present = e is not None or filled_fte is not None
                if e is None:
                    budget = positions = open_fte = open_long = difference = None
                else:
                    budget, positions, open_fte, open_long = e.budgeted_fte, e.open_positions, e.open_fte, e.open_long
                    difference = establishment_difference(budget, filled_fte or 0.0, open_fte)
                name = names[occupation.code]
                values = [organisation.name, name, budget, filled_fte, positions, open_fte, open_long, difference]
                rows.append(Row(organisation.name, occupation.code, (), (organisation.name, name),
                                values, present))
        return rows

    def highlight(self, row: Row, column: int) -> bool:
        if column != DIFFERENCE:
            return False
        difference = row.values[DIFFERENCE]
        return difference is not None and abs(difference) > FTE_TOLERANCE

    def cell_tooltip(self, row: Row, column: int) -> str | None:
        if self.highlight(row, column):
            return QCoreApplication.translate(
                "RegisterTables", "Establishment is not filled fte + open fte; check which figure is wrong")
        return None

    def cell(self, row: Row, column: int) -> Cell:
        assert self.snapshot.reference_date is not None
        return Cell("establishment", row.organisation, row.occupation, self.snapshot.reference_date, (),
                    FIELDS[column])

    def edit_label(self, column: int) -> str:
        if column == BUDGETED_FTE:
            return QCoreApplication.translate("RegisterTables", "edit establishment")
        return QCoreApplication.translate("RegisterTables", "edit vacancies")
