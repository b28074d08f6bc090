"""Repository functions over a register's tables.

Every function takes a keyword-only ``session`` and neither commits nor rolls back: the services own
the transaction, so one user action is one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import delete, insert
from sqlalchemy import func as sa_func
from sqlalchemy import select as sa_select
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
from hrplanner.domain.records import (
    EstablishmentRecord,
    FlowRecord,
    OrganisationRecord,
    RoundData,
    SicknessRecord,
    StaffingRecord,
    TrainingRecord,
)

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


def _names(session: Session) -> tuple[dict[int, str], dict[int, str]]:
    organisations = {o.id: o.name for o in session.exec(select(Organisation))}
    occupations = {o.id: o.code for o in session.exec(select(Occupation))}
    return organisations, occupations  # type: ignore[return-value]


#: The figure tables of a round, as :class:`RoundData` names them.
FIGURE_TABLES = ("staffing", "establishment", "flows", "training", "sickness")


def load_round_data(round_: Round, *, session: Session, organisation_id: int | None = None,
                    tables: Iterable[str] = FIGURE_TABLES) -> RoundData:
    """All figures of a round as plain records (only one organisation's when ``organisation_id``;
    only the ``tables`` asked for, the others left empty).

    Reads plain rows (no ORM objects): this runs on every summary, projection and export.
    """
    wanted = set(tables)
    unknown = wanted - set(FIGURE_TABLES)
    if unknown:
        raise ValueError(f"unknown figure tables: {sorted(unknown)}")
    orgs, occs = _names(session)
    rid = round_.id
    data = RoundData(round_.reference_date, round_.label, round_.closed)

    def rows(table, *columns: str):  # noqa: ANN001, ANN202 - a figure table
        t = table.__table__
        query = sa_select(*(t.c[name] for name in columns)).where(t.c.round_id == rid).order_by(t.c.id)
        if organisation_id is not None:
            query = query.where(t.c.organisation_id == organisation_id)
        return session.execute(query).all()

    key = ("organisation_id", "occupation_id")
    data.staffing = [
        StaffingRecord(orgs[o], occs[c], band, sex, persons, fte)
        for o, c, band, sex, persons, fte in rows(Staffing, *key, "age_band", "sex", "persons", "fte")
    ] if "staffing" in wanted else []
    if wanted == {"staffing"}:
        return data
    data.establishment = [
        EstablishmentRecord(orgs[o], occs[c], budget, positions, open_fte, long_)
        for o, c, budget, positions, open_fte, long_ in rows(
            Establishment, *key, "budgeted_fte", "open_positions", "open_fte", "open_long")
    ] if "establishment" in wanted else []
    data.flows = [
        FlowRecord(orgs[o], occs[c], direction, category, persons)
        for o, c, direction, category, persons in rows(Flow, *key, "direction", "category", "persons")
    ] if "flows" in wanted else []
    data.training = [
        TrainingRecord(orgs[o], occs[c], route, in_training, planned, places, supervisors)
        for o, c, route, in_training, planned, places, supervisors in rows(
            Training, *key, "route", "in_training", "planned_intake", "places", "supervisors")
    ] if "training" in wanted else []
    data.sickness = [
        SicknessRecord(orgs[o], percentage) for o, percentage in rows(Sickness, "organisation_id", "percentage")
    ] if "sickness" in wanted else []
    return data


def open_positions_by_round(*, session: Session) -> dict[date, int]:
    """The region's open vacancies in every round (one query): what ``region_figures(...).open_positions``
    gives for each round, without loading the rounds' figures."""
    total = sa_func.coalesce(sa_func.sum(Establishment.open_positions), 0)
    query = (sa_select(Round.reference_date, total)
             .select_from(Round).join(Establishment, Establishment.round_id == Round.id, isouter=True)
             .group_by(Round.id).order_by(Round.reference_date))
    return {day: int(value) for day, value in session.execute(query).all()}


def delete_figures(round_id: int, organisation_id: int, *, session: Session) -> None:
    """Remove one organisation's figures of one round (before replacing them)."""
    for table in (Staffing, Establishment, Flow, Training, Sickness):
        session.exec(  # type: ignore[call-overload]
            delete(table).where(table.round_id == round_id, table.organisation_id == organisation_id)
        )


def insert_figures(data: RoundData, round_id: int, *, session: Session) -> None:
    """Insert records of a round with bulk statements; organisations and occupations must exist."""
    org_ids = {o.name: o.id for o in session.exec(select(Organisation))}
    occ_ids = {o.code: o.id for o in session.exec(select(Occupation))}

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
              user: str = "", source: str = "") -> AuditEntry:
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
