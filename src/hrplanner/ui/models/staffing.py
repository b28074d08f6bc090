"""The staffing table of one round: a row is organisation x occupation x sex, with persons and fte per
age band side by side, and the row's totals and fte per person.

Persons and fte of a band sit next to each other because the rule between them (fte per person) is
checked per band, and because HR systems report head count and fte per age band that way; sex is a
row (women, men, unknown) rather than a mode, so the whole table can be copied to and from a
spreadsheet in one go, and the Sex filter above the table shows one sex at a time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from hrplanner.domain import reference as ref
from hrplanner.services.editing import Cell
from hrplanner.ui.context import Topic
from hrplanner.ui.models.figures import FigureModel
from hrplanner.ui.models.snapshot import RoundSnapshot
from hrplanner.ui.models.table import Column, Row

ORGANISATION, OCCUPATION, SEX = 0, 1, 2
FIRST_BAND = 3
TOTAL_PERSONS = FIRST_BAND + 2 * len(ref.AGE_BANDS)
TOTAL_FTE = TOTAL_PERSONS + 1
FTE_PER_PERSON = TOTAL_PERSONS + 2

_PERSONS = QT_TRANSLATE_NOOP("RegisterTables", "persons")
_FTE = QT_TRANSLATE_NOOP("RegisterTables", "fte")


def _columns() -> tuple[Column, ...]:
    columns = [
        Column("organisation", QT_TRANSLATE_NOOP("RegisterTables", "Organisation"), numeric=False),
        Column("occupation", QT_TRANSLATE_NOOP("RegisterTables", "Occupation"), numeric=False),
        Column("sex", QT_TRANSLATE_NOOP("RegisterTables", "Sex"), numeric=False),
    ]
    for band in ref.AGE_BANDS:
        columns.append(Column(f"{band}:persons", _PERSONS, editable=True, group=band))
        columns.append(Column(f"{band}:fte", _FTE, decimals=2, editable=True, group=band))
    columns += [
        Column("persons", QT_TRANSLATE_NOOP("RegisterTables", "Total persons"),
               tooltip=QT_TRANSLATE_NOOP("RegisterTables", "Calculated: the sum over the age bands")),
        Column("fte", QT_TRANSLATE_NOOP("RegisterTables", "Total fte"), decimals=2,
               tooltip=QT_TRANSLATE_NOOP("RegisterTables", "Calculated: the sum over the age bands")),
        Column("fte_per_person", QT_TRANSLATE_NOOP("RegisterTables", "fte per person"), decimals=2,
               tooltip=QT_TRANSLATE_NOOP("RegisterTables", "Calculated: total fte / total persons")),
    ]
    return tuple(columns)


COLUMNS = _columns()


class StaffingModel(FigureModel):
    """A row is the persons and fte of one organisation x occupation x sex, per age band."""

    TABLE = "staffing"
    TOPICS = frozenset({Topic.STAFFING})

    def make_columns(self, snapshot: RoundSnapshot) -> tuple[Column, ...]:
        return COLUMNS

    def make_rows(self, snapshot: RoundSnapshot) -> list[Row]:
        assert snapshot.current is not None
        width = 2 * len(ref.AGE_BANDS)
        place = {band: 2 * i for i, band in enumerate(ref.AGE_BANDS)}
        # per organisation x occupation x sex: persons and fte per band, then the two totals
        figures: dict[tuple[str, str, str], list] = {}
        for r in snapshot.current.staffing:
            values = figures.get((r.organisation, r.occupation, r.sex))
            if values is None:
                values = figures[(r.organisation, r.occupation, r.sex)] = [None] * width + [0, 0.0]
            i = place[r.age_band]
            values[i], values[i + 1] = r.persons, r.fte
            values[width] += r.persons
            values[width + 1] += r.fte
        names = self.occupation_names(snapshot)
        sexes = [(sex, ref.label(sex, snapshot.language)) for sex in ref.SEXES]
        empty = [None] * (width + 3)
        rows = []
        for organisation in snapshot.shown_organisations():
            org = organisation.name
            for occupation in snapshot.occupations:
                code, name = occupation.code, names[occupation.code]
                for sex, sex_label in sexes:
                    found = figures.get((org, code, sex))
                    if found is None:
                        values = [org, name, sex_label, *empty]
                    else:
                        persons, fte = found[width], found[width + 1]
                        values = [org, name, sex_label, *found, fte / persons if persons else None]
                    rows.append(Row(org, code, (sex,), (org, name, sex_label), values, found is not None))
        return rows

    def cell(self, row: Row, column: int) -> Cell:
        band = ref.AGE_BANDS[(column - FIRST_BAND) // 2]
        field = "persons" if (column - FIRST_BAND) % 2 == 0 else "fte"
        assert self.snapshot.reference_date is not None
        return Cell("staffing", row.organisation, row.occupation, self.snapshot.reference_date,
                    (band, row.detail[0]), field)

    def edit_label(self, column: int) -> str:
        return QCoreApplication.translate("RegisterTables", "edit staffing")
