"""Reading a register's figures with nothing but sqlite3.

:func:`read_round_data` is the one place with the SQL that reads a round's figures into plain records:
the :class:`~hrplanner.services.register.Register` calls it on the sqlite3 connection beneath its
SQLAlchemy session, and :class:`RegisterReader` on a read-only sqlite3 connection of its own.

:class:`RegisterReader` is a register opened for reading only (no lock, no migration, no change to the
file) that needs neither SQLAlchemy nor SQLModel: what the read-only commands use, so that ``summary``
starts at once. It offers the reading part of the Register's interface (meta, region, rounds,
organisations, occupations, a round's figures) with plain rows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from hrplanner.db.meta import RegisterMeta
from hrplanner.domain.records import (
    EstablishmentRecord,
    FlowRecord,
    RoundData,
    SicknessRecord,
    StaffingRecord,
    TrainingRecord,
)

#: The figure tables of a round, as :class:`RoundData` names them.
FIGURE_TABLES = ("staffing", "establishment", "flows", "training", "sickness")

#: RoundData attribute -> (SQL table, columns after organisation_id, record type).
_TABLES = {
    "staffing": ("staffing", "occupation_id, age_band, sex, persons, fte", StaffingRecord),
    "establishment": ("establishment", "occupation_id, budgeted_fte, open_positions, open_fte, open_long",
                      EstablishmentRecord),
    "flows": ("flow", "occupation_id, direction, category, persons", FlowRecord),
    "training": ("training", "occupation_id, route, in_training, planned_intake, places, supervisors",
                 TrainingRecord),
    "sickness": ("sickness", "percentage", SicknessRecord),
}


@dataclass(frozen=True)
class RoundRow:
    id: int
    reference_date: date
    label: str
    closed: bool


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    kind: str
    municipality: str
    active: bool


@dataclass(frozen=True)
class OccupationRow:
    id: int
    code: str
    name_nl: str
    name_en: str
    level: str
    register_code: str
    registration_required: bool
    training_route: str
    training_years: float
    sort_order: int


def read_round_data(connection: sqlite3.Connection, round_: RoundRow, *, organisation_id: int | None = None,
                    tables: Iterable[str] = FIGURE_TABLES) -> RoundData:
    """A round's figures as plain records, in the order they were stored (only one organisation's when
    ``organisation_id``; only the ``tables`` asked for, the others left empty)."""
    wanted = set(tables)
    unknown = wanted - set(FIGURE_TABLES)
    if unknown:
        raise ValueError(f"unknown figure tables: {sorted(unknown)}")
    # one organisation's: a file imported reads its own, not the region's (300 names each time)
    organisations = dict(connection.execute("SELECT id, name FROM organisation WHERE id = ?", (organisation_id,))
                         if organisation_id is not None else connection.execute("SELECT id, name FROM organisation"))
    occupations = dict(connection.execute("SELECT id, code FROM occupation"))
    data = RoundData(round_.reference_date, round_.label, bool(round_.closed))
    # one organisation's figures: found by its index (its rows of every round), not the round's (every
    # organisation's rows: 300 organisations' for each file an import reads); ``+`` keeps SQLite off it
    where = "round_id = ?" if organisation_id is None else "+round_id = ? AND organisation_id = ?"
    parameters = (round_.id,) if organisation_id is None else (round_.id, organisation_id)
    for name in FIGURE_TABLES:
        if name not in wanted:
            continue
        table, columns, record = _TABLES[name]
        rows = connection.execute(f"SELECT organisation_id, {columns} FROM {table} WHERE {where} ORDER BY id",
                                  parameters)
        if name == "sickness":
            setattr(data, name, [record(organisations[o], percentage) for o, percentage in rows])
        else:
            setattr(data, name, [record(organisations[o], occupations[c], *rest) for o, c, *rest in rows])
    return data


def _day(value: date | str) -> date:
    """A date as the driver gives it: sqlite3 a text, a server's driver a date."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def read_rounds(connection: sqlite3.Connection) -> list[RoundRow]:
    """Every round, oldest first."""
    return [RoundRow(i, _day(d), label or "", bool(closed)) for i, d, label, closed in
            connection.execute("SELECT id, reference_date, label, closed FROM round ORDER BY reference_date")]


def read_open_positions_by_round(connection: sqlite3.Connection) -> dict[date, int]:
    """The region's open vacancies in every round, oldest first (one query, no figures loaded)."""
    query = ("SELECT round.reference_date, coalesce(sum(establishment.open_positions), 0) FROM round "
             "LEFT OUTER JOIN establishment ON establishment.round_id = round.id "
             "GROUP BY round.id ORDER BY round.reference_date")
    return {_day(day): int(total) for day, total in connection.execute(query)}


class RegisterReader(RegisterMeta):
    """A register file opened for reading with sqlite3 only; use it as a context manager or close it.

    The caller makes sure the file is a register at the current schema (see
    :func:`hrplanner.services.reading.open_to_read`) and hands over a connection to a read-only copy
    of it (:func:`hrplanner.db.engine.snapshot_connection`); nothing here writes to the file.
    """

    read_only = True

    def __init__(self, path: Path, connection: sqlite3.Connection):
        self.path = Path(path)
        self.connection = connection
        self._meta: dict[str, str] | None = None
        #: Rounds read, by (round, tables): the copy does not change, and a command that reads a round
        #: twice (its key figures, then its publication) reads the file once.
        self._read: dict[tuple[int, tuple[str, ...]], RoundData] = {}

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> RegisterReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _load_meta(self) -> dict[str, str]:
        return dict(self.connection.execute("SELECT key, value FROM register_meta"))

    def organisations(self, *, active_only: bool = False) -> list[OrganisationRow]:
        rows = self.connection.execute("SELECT id, name, kind, municipality, active FROM organisation "
                                       + ("WHERE active " if active_only else "") + "ORDER BY name")
        return [OrganisationRow(i, name, kind, place, bool(active)) for i, name, kind, place, active in rows]

    def occupations(self) -> list[OccupationRow]:
        rows = self.connection.execute(
            "SELECT id, code, name_nl, name_en, level, register_code, registration_required, training_route, "
            "training_years, sort_order FROM occupation ORDER BY sort_order, code")
        return [OccupationRow(*row[:6], bool(row[6]), *row[7:]) for row in rows]

    def rounds(self) -> list[RoundRow]:
        return read_rounds(self.connection)

    def latest_round(self) -> RoundRow | None:
        rounds = self.rounds()
        return rounds[-1] if rounds else None

    def round(self, reference_date: date | None = None) -> RoundRow:
        """The round of a reference date, or the latest; a LookupError (with the known rounds) if none."""
        rounds = self.rounds()
        if reference_date is None:
            if not rounds:
                raise LookupError(f"{self.path.name} has no rounds yet")
            return rounds[-1]
        for round_ in rounds:
            if round_.reference_date == reference_date:
                return round_
        known = ", ".join(r.reference_date.isoformat() for r in rounds) or "none"
        raise LookupError(f"No round with reference date {reference_date.isoformat()} (rounds: {known})")

    def previous_round(self, round_: RoundRow) -> RoundRow | None:
        earlier = [r for r in self.rounds() if r.reference_date < round_.reference_date]
        return earlier[-1] if earlier else None

    def round_data(self, round_: RoundRow, *, tables: tuple[str, ...] = FIGURE_TABLES) -> RoundData:
        """A round's figures (read once per reader: callers do not change what they get)."""
        key = (round_.id, tuple(tables))
        if key not in self._read:
            self._read[key] = read_round_data(self.connection, round_, tables=tables)
        return self._read[key]

    def round_pair(self, reference_date: date | None = None) -> tuple[RoundData, RoundData | None]:
        current = self.round(reference_date)
        before = self.previous_round(current)
        return self.round_data(current), (self.round_data(before) if before else None)

    def open_positions_by_round(self) -> dict[date, int]:
        return read_open_positions_by_round(self.connection)
