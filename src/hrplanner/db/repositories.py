"""Repository functions over a register's tables.

Every function takes a keyword-only ``session`` and neither commits nor rolls back: the services own
the transaction, so one user action is one transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date

from sqlalchemy import delete, insert
from sqlmodel import Session, select

from hrplanner.db.models import (
    AuditEntry,
    Establishment,
    Flow,
    Occupation,
    Organisation,
    RegisterMeta,
    Round,
    Sickness,
    Staffing,
    Training,
    utc_now,
)
from hrplanner.db.reader import FIGURE_TABLES, read_open_positions_by_round, read_round_data
from hrplanner.domain.records import OrganisationRecord, RoundData

# --- metadata -------------------------------------------------------------------------------------


def get_meta(key: str, default: str = "", *, session: Session) -> str:
    row = session.get(RegisterMeta, key)
    return row.value if row else default


def set_meta(key: str, value: str, *, session: Session) -> None:
    row = session.get(RegisterMeta, key)
    if row is None:
        session.add(RegisterMeta(key=key, value=value))
    else:
        row.value = value
        session.add(row)


def all_meta(*, session: Session) -> dict[str, str]:
    return {r.key: r.value for r in session.exec(select(RegisterMeta))}


# --- organisations, occupations, rounds -----------------------------------------------------------


def list_organisations(*, session: Session, active_only: bool = False) -> list[Organisation]:
    query = select(Organisation).order_by(Organisation.name)
    if active_only:
        query = query.where(Organisation.active == True)  # noqa: E712
    return list(session.exec(query))


def organisation_by_name(name: str, *, session: Session) -> Organisation | None:
    return session.exec(select(Organisation).where(Organisation.name == name)).first()


def add_organisation(record: OrganisationRecord, *, session: Session) -> Organisation:
    row = Organisation(name=record.name, kind=record.kind, municipality=record.municipality,
                       active=record.active)
    session.add(row)
    session.flush()
    return row


def list_occupations(*, session: Session) -> list[Occupation]:
    return list(session.exec(select(Occupation).order_by(Occupation.sort_order, Occupation.code)))


def occupation_by_code(code: str, *, session: Session) -> Occupation | None:
    return session.exec(select(Occupation).where(Occupation.code == code)).first()


def add_occupation(row: Occupation, *, session: Session) -> Occupation:
    session.add(row)
    session.flush()
    return row


def list_rounds(*, session: Session) -> list[Round]:
    """Rounds, oldest first."""
    return list(session.exec(select(Round).order_by(Round.reference_date)))


def round_by_date(reference_date: date, *, session: Session) -> Round | None:
    return session.exec(select(Round).where(Round.reference_date == reference_date)).first()


def add_round(reference_date: date, label: str = "", *, session: Session, closed: bool = False) -> Round:
    row = Round(reference_date=reference_date, label=label or reference_date.isoformat(), closed=closed)
    session.add(row)
    session.flush()
    return row


def previous_round(round_: Round, *, session: Session) -> Round | None:
    query = (select(Round).where(Round.reference_date < round_.reference_date)
             .order_by(Round.reference_date.desc()))  # type: ignore[union-attr]
    return session.exec(query).first()


# --- figures ----------------------------------------------------------------------------------------


class _QmarkConnection:
    """A DB-API connection of a "format" paramstyle driver (psycopg: ``%s``) taking the reader's
    ``?`` placeholders, so one SQL text serves SQLite and PostgreSQL."""

    def __init__(self, connection: object):
        self._connection = connection

    def execute(self, query: str, parameters: tuple = ()) -> object:
        import psycopg

        from hrplanner.db.server.connect import ServerError, explain

        cursor = self._connection.cursor()  # type: ignore[attr-defined]
        try:
            cursor.execute(query.replace("%", "%%").replace("?", "%s"), parameters)
        except psycopg.Error as exc:  # e.g. a role without the right to read these figures
            raise ServerError(explain(exc)) from None
        return cursor


def _sqlite(session: Session) -> sqlite3.Connection:
    """The DB-API connection beneath a session (in the session's transaction): sqlite3's itself, a
    server's behind an adapter for the ``?`` placeholders."""
    driver = session.connection().connection.driver_connection
    if isinstance(driver, sqlite3.Connection):
        return driver
    return _QmarkConnection(driver)  # type: ignore[return-value]


def load_round_data(round_: Round, *, session: Session, organisation_id: int | None = None,
                    tables: Iterable[str] = FIGURE_TABLES) -> RoundData:
    """All figures of a round as plain records (only one organisation's when ``organisation_id``;
    only the ``tables`` asked for, the others left empty).

    Reads plain rows through :func:`hrplanner.db.reader.read_round_data` (one SQL for every reader):
    this runs on every summary, projection and export.
    """
    return read_round_data(_sqlite(session), round_, organisation_id=organisation_id,  # type: ignore[arg-type]
                           tables=tables)


def open_positions_by_round(*, session: Session) -> dict[date, int]:
    """The region's open vacancies in every round (one query): what ``region_figures(...).open_positions``
    gives for each round, without loading the rounds' figures."""
    return read_open_positions_by_round(_sqlite(session))


def delete_figures(round_id: int, organisation_id: int, *, session: Session) -> None:
    """Remove one organisation's figures of one round (before replacing them). Found by the
    organisation's index, not the round's (:func:`hrplanner.db.reader.read_round_data`): ``round_id + 0``
    keeps SQLite off the round's, which holds every organisation's rows of the round."""
    for table in (Staffing, Establishment, Flow, Training, Sickness):
        session.exec(  # type: ignore[call-overload]
            delete(table).where(table.round_id + 0 == round_id, table.organisation_id == organisation_id)
        )


#: Names looked up with one IN (...) list at most; more (a whole register copied) read the whole table.
_IDS_IN_ONE_LIST = 500


def _ids(key, id_column, wanted: set[str], session: Session) -> dict[str, int]:  # noqa: ANN001 - columns
    """``key -> id`` of the rows whose ``key`` is wanted (plain pairs, no ORM objects)."""
    if not wanted:
        return {}
    query = select(key, id_column)
    if len(wanted) <= _IDS_IN_ONE_LIST:
        query = query.where(key.in_(wanted))
    return dict(session.exec(query).all())  # type: ignore[call-overload]


def insert_figures(data: RoundData, round_id: int, *, session: Session) -> None:
    """Insert records of a round with bulk statements; organisations and occupations must exist."""
    # an import brings one organisation's figures: the ids of those it names, not every organisation
    # of the region loaded as an object for each file
    org_ids = _ids(Organisation.name, Organisation.id,
                   {r.organisation for table in FIGURE_TABLES for r in getattr(data, table)}, session)
    occ_ids = _ids(Occupation.code, Occupation.id,
                   {r.occupation for table in FIGURE_TABLES if table != "sickness" for r in getattr(data, table)},
                   session)

    def keys(record) -> dict[str, object]:  # noqa: ANN001
        return {"organisation_id": org_ids[record.organisation], "occupation_id": occ_ids[record.occupation],
                "round_id": round_id}

    batches: list[tuple[type, list[dict[str, object]]]] = [
        (Staffing, [{**keys(r), "age_band": r.age_band, "sex": r.sex, "persons": r.persons, "fte": r.fte}
                    for r in data.staffing]),
        (Establishment, [{**keys(r), "budgeted_fte": r.budgeted_fte, "open_positions": r.open_positions,
                          "open_fte": r.open_fte, "open_long": r.open_long} for r in data.establishment]),
        (Flow, [{**keys(r), "direction": r.direction, "category": r.category, "persons": r.persons}
                for r in data.flows]),
        (Training, [{**keys(r), "route": r.route, "in_training": r.in_training,
                     "planned_intake": r.planned_intake, "places": r.places, "supervisors": r.supervisors}
                    for r in data.training]),
        (Sickness, [{"organisation_id": org_ids[r.organisation], "round_id": round_id,
                     "percentage": r.percentage} for r in data.sickness]),
    ]
    for table, rows in batches:
        if rows:
            session.execute(insert(table.__table__), rows)  # type: ignore[attr-defined]


# --- audit log ----------------------------------------------------------------------------------------


def add_audit(action: str, entity: str, *, session: Session, key: str = "", old: str = "", new: str = "",
              user: str = "", source: str = "") -> AuditEntry | None:
    """Record a change in a register file's audit log. On a server register the server's trigger
    records every change with the database login, so nothing is written from here (None)."""
    if session.get_bind().dialect.name == "postgresql":
        return None
    entry = AuditEntry(at=utc_now(), user=user, action=action, entity=entity, key=key,
                       old=old[:4000], new=new[:4000], source=source[:500])
    session.add(entry)
    return entry


def audit_entries(*, session: Session, limit: int | None = None) -> list[AuditEntry]:
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())  # type: ignore[union-attr]
    if limit:
        query = query.limit(limit)
    return list(session.exec(query))


def count_rows(tables: Iterable[type], *, session: Session) -> int:
    from sqlalchemy import func

    return sum(session.exec(select(func.count()).select_from(t)).one() for t in tables)
