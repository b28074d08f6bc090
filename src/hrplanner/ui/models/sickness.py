"""The sickness absence table of one round: a row is an organisation, with its absence percentage.

Sickness absence is recorded per organisation only, never per occupation or person. An empty cell
means "not given".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from hrplanner.domain import reference as ref
from hrplanner.services.editing import Cell
from hrplanner.ui.context import Topic
from hrplanner.ui.models.figures import FigureModel
from hrplanner.ui.models.snapshot import RoundSnapshot
from hrplanner.ui.models.table import Column, Row

ORGANISATION, KIND, MUNICIPALITY, PERCENTAGE = range(4)

COLUMNS: tuple[Column, ...] = (
    Column("organisation", QT_TRANSLATE_NOOP("RegisterTables", "Organisation"), numeric=False),
    Column("kind", QT_TRANSLATE_NOOP("RegisterTables", "Kind"), numeric=False),
    Column("municipality", QT_TRANSLATE_NOOP("RegisterTables", "Municipality"), numeric=False),
    Column("percentage", QT_TRANSLATE_NOOP("RegisterTables", "Sickness absence\n%"), decimals=1, editable=True,
           tooltip=QT_TRANSLATE_NOOP("RegisterTables", "Percentage of contracted hours lost to sickness; "
                                                       "empty = not given")),
)


class SicknessModel(FigureModel):
    """A row is one organisation's sickness absence percentage."""

    TABLE = "sickness"
    TOPICS = frozenset({Topic.SICKNESS})

    def make_columns(self, snapshot: RoundSnapshot) -> tuple[Column, ...]:
        return COLUMNS

    def make_rows(self, snapshot: RoundSnapshot) -> list[Row]:
        assert snapshot.current is not None
        entered = {s.organisation: s.percentage for s in snapshot.current.sickness}
        rows = []
        for organisation in snapshot.shown_organisations():
            percentage = entered.get(organisation.name)
            values = [organisation.name, ref.label(organisation.kind, snapshot.language), organisation.municipality,
                      percentage]
            rows.append(Row(organisation.name, "", (), (organisation.name,), values,
                            percentage is not None or organisation.active))
        return rows

    def cell(self, row: Row, column: int) -> Cell:
        assert self.snapshot.reference_date is not None
        return Cell("sickness", row.organisation, "", self.snapshot.reference_date, (), "percentage")

    def edit_label(self, column: int) -> str:
        return QCoreApplication.translate("RegisterTables", "edit sickness absence")
