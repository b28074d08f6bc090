"""The layout of a collection template: sheet names, columns, cell positions and the template version.

The template writer and the importer both read this module, so a cell the writer leaves open for a
figure is exactly the cell the importer reads it from. Change the layout only together with
:data:`TEMPLATE_VERSION`: the importer refuses templates of another version with a clear message.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from openpyxl.utils import get_column_letter

from hrplanner.domain import reference as ref

#: Raise when the layout changes; older files are then recognised and refused.
TEMPLATE_VERSION = 1

INSTRUCTIONS_SHEET = "Toelichting"
LISTS_SHEET = "Lijsten"
META_SHEET = "_hrplanner"
#: Workbook-level defined name pointing at the version cell of the meta sheet.
VERSION_NAME = "hrplanner_template_version"

#: Keys of the meta sheet (column A) with their value in column B.
META_KEYS = ("template_version", "organisation", "reference_date", "region", "created", "app_version",
             "fictitious")

# Rows shared by every topic sheet.
TITLE_ROW = 1
ORGANISATION_ROW = 2
DATE_ROW = 3
NOTE_ROW = 4
GROUP_ROW = 5
HEADER_ROW = 6
FIRST_ROW = 7

#: Visible cells on the instructions sheet that show the organisation and the reference date;
#: the importer names them when the organisation or the round is wrong.
INSTRUCTIONS_ORGANISATION_CELL = "C4"
INSTRUCTIONS_DATE_CELL = "C5"

#: Number of empty training rows where the organisation picks an occupation and a route.
TRAINING_FREE_ROWS = 6

#: Kinds of column. Input kinds are unlocked and read back by the importer.
KEY = "key"          # identifies the row (occupation code, sex, route): read, locked
LABEL = "label"      # shown for the reader only (occupation name)
WHOLE = "whole"      # input: a whole number of persons
FTE = "fte"          # input: fte with two decimals
PERCENT = "percent"  # input: a percentage 0..100
FORMULA = "formula"  # a help column computed by the spreadsheet program; never read
REF_WHOLE = "ref_whole"  # last round's figure, greyed, never read
REF_FTE = "ref_fte"
REF_PERCENT = "ref_percent"

INPUT_KINDS = (WHOLE, FTE, PERCENT)
REFERENCE_KINDS = (REF_WHOLE, REF_FTE, REF_PERCENT)


@dataclass(frozen=True)
class Column:
    """One column of a topic sheet."""

    key: str
    header: str
    kind: str
    group: str = ""
    width: float = 10.0

    @property
    def is_input(self) -> bool:
        return self.kind in INPUT_KINDS


@dataclass(frozen=True)
class SheetSpec:
    """A topic sheet: its name, title, one-line note and columns (left to right from column A)."""

    name: str
    title: str
    note: str
    columns: tuple[Column, ...]

    @cached_property
    def _numbers(self) -> dict[str, int]:
        numbers: dict[str, int] = {}
        for number, column in enumerate(self.columns, start=1):
            numbers.setdefault(column.key, number)
        return numbers

    def index(self, key: str) -> int:
        """The 1-based column number of a column key (asked for every cell a template is read by)."""
        try:
            return self._numbers[key]
        except KeyError:
            raise KeyError(f"{self.name} has no column {key!r}") from None

    def letter(self, key: str) -> str:
        return get_column_letter(self.index(key))

    def inputs(self) -> list[Column]:
        return [c for c in self.columns if c.is_input]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- the topic sheets ----------------------------------------------------------------------------

_PERSONS_GROUP = "Aantal personen per leeftijdsklasse"
_FTE_GROUP = "fte per leeftijdsklasse"
_CONTROL_GROUP = "Controletotaal (optioneel)"
_PREVIOUS_GROUP = "Vorige peildatum"

STAFFING = SheetSpec(
    name="Bezetting",
    title="Bezetting op de peildatum: personen en fte naar leeftijd en geslacht",
    note="Per functie drie regels: vrouwen, mannen en onbekend (gebruik 'onbekend' als u geen "
         "uitsplitsing naar geslacht heeft). Leeftijd op de peildatum.",
    columns=(
        Column("code", "Code", KEY, width=7),
        Column("name", "Functie", LABEL, width=34),
        Column("sex", "Geslacht", KEY, width=10),
        *(Column(f"persons:{band}", band, WHOLE, _PERSONS_GROUP, 7) for band in ref.AGE_BANDS),
        *(Column(f"fte:{band}", band, FTE, _FTE_GROUP, 7.5) for band in ref.AGE_BANDS),
        Column("total_persons", "Personen", WHOLE, _CONTROL_GROUP, 9),
        Column("total_fte", "fte", FTE, _CONTROL_GROUP, 9),
        Column("prev_persons", "Personen", REF_WHOLE, _PREVIOUS_GROUP, 9),
        Column("prev_fte", "fte", REF_FTE, _PREVIOUS_GROUP, 9),
    ),
)

#: Sex codes in the order of the three rows per occupation, with the label shown in the sheet.
STAFFING_SEXES: tuple[str, ...] = ("women", "men", "unknown")


def sex_label(sex: str) -> str:
    return _cap(ref.label(sex, "nl"))


ESTABLISHMENT = SheetSpec(
    name="Formatie en vacatures",
    title="Formatie en openstaande vacatures op de peildatum",
    note="Formatie = begrote fte. Moeilijk vervulbaar = 3 maanden of langer open. "
         "De kolom 'verschil' rekent mee; een verschil mag, maar controleer het.",
    columns=(
        Column("code", "Code", KEY, width=7),
        Column("name", "Functie", LABEL, width=34),
        Column("budgeted_fte", "Formatie (fte)", FTE, "Formatie", 11),
        Column("open_positions", "Open vacatures (aantal)", WHOLE, "Openstaande vacatures", 11),
        Column("open_fte", "Open vacatures (fte)", FTE, "Openstaande vacatures", 11),
        Column("open_long", "Waarvan 3 mnd of langer open (aantal)", WHOLE, "Openstaande vacatures", 13),
        Column("filled_fte", "Bezette fte (blad Bezetting)", FORMULA, "Controle", 12),
        Column("difference", "Verschil formatie − bezet − open", FORMULA, "Controle", 13),
        Column("prev_budgeted_fte", "Formatie (fte)", REF_FTE, _PREVIOUS_GROUP, 11),
        Column("prev_open_positions", "Open vacatures", REF_WHOLE, _PREVIOUS_GROUP, 11),
        Column("prev_open_long", "Waarvan 3 mnd+", REF_WHOLE, _PREVIOUS_GROUP, 11),
    ),
)

#: Column headers of the joiners' origins and the leavers' destinations (MODEL.md 3).
ORIGIN_HEADERS = {
    "education": "Uit opleiding",
    "region": "Andere organisatie in de regio",
    "youth_care_elsewhere": "Jeugdzorg buiten de regio",
    "other_sector": "Andere sector (zij-instromer)",
    "reentry": "Herintreder",
    "unknown": "Onbekend",
}
DESTINATION_HEADERS = {
    "region": "Andere organisatie in de regio",
    "youth_care_elsewhere": "Jeugdzorg buiten de regio",
    "other_sector": "Andere sector",
    "retirement": "Pensioen",
    "unknown": "Onbekend",
}

_IN_GROUP = "Instroom: personen in dienst gekomen, naar herkomst"
_OUT_GROUP = "Uitstroom: personen uit dienst gegaan, naar bestemming"

FLOWS = SheetSpec(
    name="In- en uitstroom",
    title="In- en uitstroom in de 12 maanden tot de peildatum",
    note="Tel personen, geen fte. Interne overplaatsingen binnen uw organisatie tellen niet mee.",
    columns=(
        Column("code", "Code", KEY, width=7),
        Column("name", "Functie", LABEL, width=34),
        *(Column(f"in:{origin}", ORIGIN_HEADERS[origin], WHOLE, _IN_GROUP, 11) for origin in ref.ORIGINS),
        *(Column(f"out:{destination}", DESTINATION_HEADERS[destination], WHOLE, _OUT_GROUP, 11)
          for destination in ref.DESTINATIONS),
        Column("prev_persons", "Personen vorige peildatum", REF_WHOLE, _PREVIOUS_GROUP, 11),
        Column("prev_in", "Instroom", REF_WHOLE, _PREVIOUS_GROUP, 9),
        Column("prev_out", "Uitstroom", REF_WHOLE, _PREVIOUS_GROUP, 9),
    ),
)

_TRAINING_GROUP = "Opleiding in uw organisatie"

TRAINING = SheetSpec(
    name="Opleiding",
    title="Opleiden: leerlingen, stagiairs en postmasteropleidingen",
    note="Eén regel per functie en opleidingsroute. Staat een combinatie er niet bij, kies dan "
         "functiecode en route in een lege regel onderaan.",
    columns=(
        Column("code", "Code", KEY, width=7),
        Column("name", "Functie", LABEL, width=34),
        Column("route", "Opleidingsroute", KEY, width=22),
        Column("in_training", "In opleiding op de peildatum", WHOLE, _TRAINING_GROUP, 13),
        Column("planned_intake", "Geplande instroom volgend jaar", WHOLE, _TRAINING_GROUP, 13),
        Column("places", "Plaatsen aangeboden", WHOLE, _TRAINING_GROUP, 13),
        Column("supervisors", "Praktijk- begeleiders (gekwalificeerd)", WHOLE, _TRAINING_GROUP, 14),
        Column("prev_in_training", "In opleiding", REF_WHOLE, _PREVIOUS_GROUP, 10),
        Column("prev_places", "Plaatsen", REF_WHOLE, _PREVIOUS_GROUP, 10),
    ),
)


def route_label(route: str) -> str:
    return _cap(ref.label(route, "nl"))


#: Route labels as they appear in the dropdown, and back to the route code.
ROUTE_BY_LABEL: dict[str, str] = {route_label(r): r for r in ref.TRAINING_ROUTES}

SICKNESS = SheetSpec(
    name="Verzuim",
    title="Ziekteverzuim",
    note="Het verzuimpercentage van de hele organisatie, zoals uw verzuimregistratie het geeft "
         "(bijvoorbeeld 6,3). Nooit per persoon.",
    columns=(
        Column("subject", "Onderwerp", LABEL, width=46),
        Column("percentage", "Verzuim (%)", PERCENT, "Deze peildatum", 13),
        Column("prev_percentage", "Verzuim (%)", REF_PERCENT, _PREVIOUS_GROUP, 13),
    ),
)
SICKNESS_SUBJECT = "Ziekteverzuim van de hele organisatie"

TOPIC_SHEETS: tuple[SheetSpec, ...] = (STAFFING, ESTABLISHMENT, FLOWS, TRAINING, SICKNESS)

# Number formats of the kinds.
NUMBER_FORMATS = {
    WHOLE: "0", REF_WHOLE: "0",
    FTE: "0.00", REF_FTE: "0.00", FORMULA: "0.00",
    PERCENT: "0.0", REF_PERCENT: "0.0",
}
