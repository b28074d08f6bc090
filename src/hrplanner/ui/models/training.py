"""The training table of one round: a row is organisation x occupation x training route (MBO-BBL,
HBO/WO internship, post-master place), with trainees now, the intake planned for next year, the
training places offered and the qualified supervisors available.

The route is a row rather than a group of columns: most occupations train through one route, so the
table stays four figures wide and the Route filter narrows it to one route.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from hrplanner.domain import reference as ref
from hrplanner.services.editing import Cell
from hrplanner.ui.context import Topic
from hrplanner.ui.models.figures import FigureModel
from hrplanner.ui.models.snapshot import RoundSnapshot
from hrplanner.ui.models.table import Column, Row

ORGANISATION, OCCUPATION, ROUTE, IN_TRAINING, PLANNED_INTAKE, PLACES, SUPERVISORS = range(7)
FIELDS = {IN_TRAINING: "in_training", PLANNED_INTAKE: "planned_intake", PLACES: "places",
          SUPERVISORS: "supervisors"}

COLUMNS: tuple[Column, ...] = (
    Column("organisation", QT_TRANSLATE_NOOP("RegisterTables", "Organisation"), numeric=False),
    Column("occupation", QT_TRANSLATE_NOOP("RegisterTables", "Occupation"), numeric=False),
    Column("route", QT_TRANSLATE_NOOP("RegisterTables", "Training route"), numeric=False),
    Column("in_training", QT_TRANSLATE_NOOP("RegisterTables", "In training\nnow"), editable=True),
    Column("planned_intake", QT_TRANSLATE_NOOP("RegisterTables", "Planned intake\nnext year"), editable=True),
    Column("places", QT_TRANSLATE_NOOP("RegisterTables", "Training places\noffered"), editable=True),
    Column("supervisors", QT_TRANSLATE_NOOP("RegisterTables", "Qualified\nsupervisors"), editable=True),
)


class TrainingModel(FigureModel):
    """A row is the training figures of one organisation x occupation x route."""

    TABLE = "training"
    TOPICS = frozenset({Topic.TRAINING})

    def make_columns(self, snapshot: RoundSnapshot) -> tuple[Column, ...]:
        return COLUMNS

    def make_rows(self, snapshot: RoundSnapshot) -> list[Row]:
        assert snapshot.current is not None
        entered = {(t.organisation, t.occupation, t.route): t for t in snapshot.current.training}
        names = self.occupation_names(snapshot)
        routes = {route: ref.label(route, snapshot.language) for route in ref.TRAINING_ROUTES}
        rows = []
        for organisation in snapshot.shown_organisations():
            for occupation in snapshot.occupations:
                name = names[occupation.code]
                for route, route_label in routes.items():
                    t = entered.get((organisation.name, occupation.code, route))
                    figures = [None] * 4 if t is None else [t.in_training, t.planned_intake, t.places, t.supervisors]
                    rows.append(Row(organisation.name, occupation.code, (route,),
                                    (organisation.name, name, route_label),
                                    [organisation.name, name, route_label, *figures], t is not None))
        return rows

    def cell(self, row: Row, column: int) -> Cell:
        assert self.snapshot.reference_date is not None
        return Cell("training", row.organisation, row.occupation, self.snapshot.reference_date, row.detail,
                    FIELDS[column])

    def edit_label(self, column: int) -> str:
        return QCoreApplication.translate("RegisterTables", "edit training")
