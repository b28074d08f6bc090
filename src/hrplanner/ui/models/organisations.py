"""The organisations table: a row is one organisation with its kind, municipality and whether it is
active. Names, kinds and municipalities are edited in place; unticking Active deactivates (an
organisation with figures is never deleted)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from hrplanner.domain import reference as ref
from hrplanner.ui import commands
from hrplanner.ui.context import Topic
from hrplanner.ui.models.entities import EntityModel
from hrplanner.ui.models.table import Column, Row

NAME, KIND, MUNICIPALITY, ACTIVE = range(4)
FIELDS = {NAME: "name", KIND: "kind", MUNICIPALITY: "municipality", ACTIVE: "active"}

COLUMNS: tuple[Column, ...] = (
    Column("name", QT_TRANSLATE_NOOP("RegisterTables", "Name"), numeric=False, editable=True),
    Column("kind", QT_TRANSLATE_NOOP("RegisterTables", "Kind"), numeric=False, editable=True),
    Column("municipality", QT_TRANSLATE_NOOP("RegisterTables", "Municipality"), numeric=False, editable=True),
    Column("active", QT_TRANSLATE_NOOP("RegisterTables", "Active"), numeric=False, editable=True,
           tooltip=QT_TRANSLATE_NOOP("RegisterTables",
                                     "Inactive organisations keep their figures but get no new rows")),
)


class OrganisationsModel(EntityModel):
    """A row is one organisation of the register."""

    TOPICS = frozenset({Topic.ORGANISATION})
    CHECK_COLUMNS = frozenset({ACTIVE})

    def make_columns(self) -> tuple[Column, ...]:
        return COLUMNS

    def make_rows(self) -> list[Row]:
        assert self.context.register is not None
        language = self.context.language
        yes = QCoreApplication.translate("RegisterTables", "yes")
        no = QCoreApplication.translate("RegisterTables", "no")
        return [Row(o.name, "", (), (o.name,),
                    [o.name, ref.label(o.kind, language), o.municipality, yes if o.active else no],
                    True, extra=o)
                for o in self.context.register.organisations()]

    def is_checked(self, row: Row, column: int) -> bool:
        return bool(row.extra.active)

    def edit_value(self, row: Row, column: int) -> object:
        if column == KIND:
            return row.extra.kind
        return super().edit_value(row, column)

    def choices(self, column: int) -> list[tuple[str, str]] | None:
        if column == KIND:
            return [(kind, ref.label(kind, self.context.language)) for kind in ref.ORGANISATION_KINDS]
        if column == MUNICIPALITY:
            return [(m, m) for m in ref.MUNICIPALITIES]
        return None

    def command(self, row: Row, column: int, value: object) -> commands.ServiceCommand | None:
        organisation = row.extra
        current = getattr(organisation, FIELDS[column])
        if isinstance(value, str) and column != ACTIVE:
            value = value.strip()
        if value == current:
            return None
        return commands.EditOrganisationCommand(self.context, organisation.name, {FIELDS[column]: value})
