"""The occupations table: a row is one occupation with its names, level, register and training.
Everything but the code can be edited in place (figures and scenarios refer to the code)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from hrplanner.domain import reference as ref
from hrplanner.domain.validation import parse_number
from hrplanner.ui import commands
from hrplanner.ui.context import Topic
from hrplanner.ui.models.entities import EntityModel
from hrplanner.ui.labels import level_label, register_label, route_label
from hrplanner.ui.models.table import Column, Row

CODE, NAME_NL, NAME_EN, LEVEL, REGISTER, REGISTRATION, ROUTE, YEARS = range(8)
FIELDS = {NAME_NL: "name_nl", NAME_EN: "name_en", LEVEL: "level", REGISTER: "register",
          REGISTRATION: "registration_required", ROUTE: "training_route", YEARS: "training_years"}

COLUMNS: tuple[Column, ...] = (
    Column("code", QT_TRANSLATE_NOOP("RegisterTables", "Code"), numeric=False),
    Column("name_nl", QT_TRANSLATE_NOOP("RegisterTables", "Dutch name"), numeric=False, editable=True),
    Column("name_en", QT_TRANSLATE_NOOP("RegisterTables", "English name"), numeric=False, editable=True),
    Column("level", QT_TRANSLATE_NOOP("RegisterTables", "Level"), numeric=False, editable=True),
    Column("register", QT_TRANSLATE_NOOP("RegisterTables", "Register"), numeric=False, editable=True),
    Column("registration_required", QT_TRANSLATE_NOOP("RegisterTables", "Registration\nrequired"),
           numeric=False, editable=True),
    Column("training_route", QT_TRANSLATE_NOOP("RegisterTables", "Training route"), numeric=False, editable=True),
    Column("training_years", QT_TRANSLATE_NOOP("RegisterTables", "Training\nyears"), decimals=1, editable=True),
)


class OccupationsModel(EntityModel):
    """A row is one occupation of the register's code list."""

    TOPICS = frozenset({Topic.OCCUPATION})
    CHECK_COLUMNS = frozenset({REGISTRATION})

    def make_columns(self) -> tuple[Column, ...]:
        return COLUMNS

    def make_rows(self) -> list[Row]:
        assert self.context.register is not None
        yes = QCoreApplication.translate("RegisterTables", "yes")
        no = QCoreApplication.translate("RegisterTables", "no")
        language = self.context.language
        return [Row("", o.code, (), (o.code, ref.occupation_name(language, o.code, (o.name_nl, o.name_en))),
                    [o.code, o.name_nl, o.name_en, o.level, o.register_code,
                     yes if o.registration_required else no, o.training_route, o.training_years],
                    True, extra=o)
                for o in self.context.register.occupations()]

    def is_checked(self, row: Row, column: int) -> bool:
        return bool(row.extra.registration_required)

    def choices(self, column: int) -> list[tuple[str, str]] | None:
        if column == LEVEL:
            return [(level, level_label(level)) for level in ref.LEVELS]
        if column == REGISTER:
            return [(register, register_label(register)) for register in ref.REGISTERS]
        return None

    def display_text(self, row: Row, column: int, spec: Column) -> str:
        """Level, register and reference training routes in the UI language (stored as keys)."""
        value = row.values[column]
        if column in _TERMS and isinstance(value, str):
            return _TERMS[column](value)
        return super().display_text(row, column, spec)

    def command(self, row: Row, column: int, value: object) -> commands.ServiceCommand | None:
        occupation = row.extra
        name = FIELDS[column]
        current = occupation.register_code if name == "register" else getattr(occupation, name)
        if isinstance(value, str):
            value = value.strip()
        if value == current or (column == YEARS and _same_number(value, current)):
            return None
        return commands.EditOccupationCommand(self.context, occupation.code, {name: value})


_TERMS = {LEVEL: level_label, REGISTER: register_label, ROUTE: route_label}


def _same_number(text: object, number: float) -> bool:
    parsed, issues = parse_number("training_years", text)
    return not issues and parsed == number
