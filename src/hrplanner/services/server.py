"""The shared register on a PostgreSQL server: set it up, add people, push a register file to it,
pull a local snapshot from it, and publish the suppressed figures the steering group reads.

- :func:`init` and :func:`upgrade` run as a database administrator (:mod:`hrplanner.db.server.admin`).
- :func:`add_user` runs as an administrator or a coordinator.
- :func:`push` copies a register file's organisations, occupations, rounds, figures, scenarios and
  audit log to an empty server register in one transaction (as a coordinator), and publishes.
- :func:`pull` writes a ``.hrplan`` file with what the caller may see (the server's row-level security
  decides), written under a temporary name and renamed when complete.
- :func:`publish` stores the published rows of every round (:mod:`.server_publish`: the disclosure
  layer's publication of the round, audited before anything is written) through the server's
  ``publish()`` function, stamped with the time and the coordinator's login; :func:`published` reads
  them back as the caller may. A coordinator's save or import on a server register publishes that
  round again (:func:`publish_round_of`); an hr-lead cannot read the region, so the hr-leads' changes
  are published by the coordinator's next save or ``hrplanner server publish URL``, and the steering
  page shows when the figures it reads were published.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path

from sqlalchemy import func, text
from sqlmodel import select

import hrplanner
from hrplanner.db import repositories as repo
from hrplanner.db.models import (
    AuditEntry,
    Occupation,
    Organisation,
    Round,
    Scenario,
    ScenarioParameter,
)
from hrplanner.db.server import admin
from hrplanner.db.server.address import ServerAddress
from hrplanner.db.server.connect import ServerError
from hrplanner.db.server.security import FIGURE_TABLES, SCHEMA
from hrplanner.domain.disclosure.rules import Rules
from hrplanner.services.register import Register
from hrplanner.services.server_connect import address_of, admin_engine, role_of, stored_password

#: register_meta keys that describe one copy of a register rather than the register's content.
_COPY_KEYS = frozenset({"app_version", "schema_version", "created_by", "created_at"})


def init(location: "str | ServerAddress", password: str | None = None) -> str:
    address, engine = admin_engine(location, password)
    try:
        return admin.initialise(engine, address)
    finally:
        engine.dispose()


def upgrade(location: "str | ServerAddress", password: str | None = None) -> tuple[str | None, str]:
    address, engine = admin_engine(location, password)
    try:
        return admin.upgrade(engine, address)
    finally:
        engine.dispose()


def add_user(location: "str | ServerAddress", name: str, role: str, new_password: str, *,
             organisation: str | None = None, password: str | None = None) -> None:
    address, engine = admin_engine(location, password)
    try:
        admin.add_user(engine, address, name, role, new_password, organisation)
    finally:
        engine.dispose()


# --- push ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PushResult:
    organisations: int
    occupations: int
    rounds: int
    figures: int
    scenarios: int
    audit_entries: int
    published: int


def _require_role(server: Register, allowed: tuple[str, ...], what: str) -> str:
    role = role_of(server.engine, server.path)  # type: ignore[arg-type]
    with server.engine.connect() as conn:
        is_super = bool(conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = session_user")).scalar())
    if role not in allowed and not is_super:
        shown = role or "no hrplanner role"
        raise ServerError(f"{server.path.name}: {what} needs the role {' or '.join(allowed)}; "
                          f"{server.path.user} has {shown}")  # type: ignore[union-attr]
    return "administrator" if is_super and role not in allowed else role


def _figure_count(session) -> int:  # noqa: ANN001
    return sum(session.execute(text(f"SELECT count(*) FROM {SCHEMA}.{t}")).scalar_one() for t in FIGURE_TABLES)


def push(source: Path, location: "str | ServerAddress", *, password: str | None = None,
         rules: Rules | None = None) -> PushResult:
    """Copy a register file to an empty server register, all in one transaction, and publish."""
    rules = rules or Rules()
    with Register.open(source, read_only=True) as local, \
            Register.open(location, password=password) as server:
        _require_role(server, ("coordinator",), "server push")
        meta = local.meta()
        organisations = local.organisations()
        occupations = local.occupations()
        rounds = local.rounds()
        data = {r.reference_date: local.round_data(r) for r in rounds}
        with local.session() as s:
            scenarios = list(s.exec(select(Scenario)))
            parameters = list(s.exec(select(ScenarioParameter)))
            history = list(s.exec(select(AuditEntry).order_by(AuditEntry.id)))  # type: ignore[arg-type]
        round_dates = {r.id: r.reference_date for r in rounds}
        with server.transaction() as session:
            # one transaction: the server register is empty and stays empty on any error
            session.execute(text(f"LOCK TABLE {SCHEMA}.organisation IN SHARE ROW EXCLUSIVE MODE"))
            taken = {
                "organisations": session.exec(select(func.count()).select_from(Organisation)).one(),
                "occupations": session.exec(select(func.count()).select_from(Occupation)).one(),
                "rounds": session.exec(select(func.count()).select_from(Round)).one(),
                "scenarios": session.exec(select(func.count()).select_from(Scenario)).one(),
                "figures": _figure_count(session),
            }
            filled = [f"{n} {what}" for what, n in taken.items() if n]
            if filled:
                raise ServerError(f"{server.path.name} is not empty ({', '.join(filled)}); "
                                  "push copies a register only to an empty server register")
            for key, value in meta.items():
                if key not in _COPY_KEYS:
                    repo.set_meta(key, value, session=session)
            repo.set_meta("pushed_from", Path(source).name, session=session)
            repo.set_meta("pushed_at", datetime.now(timezone.utc).isoformat(timespec="seconds"), session=session)
            for o in organisations:
                session.add(Organisation(name=o.name, kind=o.kind, municipality=o.municipality, active=o.active))
            for o in occupations:
                session.add(Occupation(**o.model_dump(exclude={"id"})))
            new_rounds = {r.reference_date: Round(reference_date=r.reference_date, label=r.label, closed=r.closed)
                          for r in rounds}
            session.add_all(new_rounds.values())
            session.flush()
            figures = 0
            for day, round_data in data.items():
                repo.insert_figures(round_data, new_rounds[day].id, session=session)  # type: ignore[arg-type]
                figures += (len(round_data.staffing) + len(round_data.establishment) + len(round_data.flows)
                            + len(round_data.training) + len(round_data.sickness))
            scenario_ids = {}
            for sc in scenarios:
                row = Scenario(name=sc.name, description=sc.description, created=sc.created, changed=sc.changed,
                               round_id=new_rounds[round_dates[sc.round_id]].id if sc.round_id in round_dates else None)
                session.add(row)
                session.flush()
                scenario_ids[sc.id] = row.id
            for p in parameters:
                session.add(ScenarioParameter(scenario_id=scenario_ids[p.scenario_id], occupation_code=p.occupation_code,
                                              key=p.key, low=p.low, middle=p.middle, high=p.high))
            session.flush()
            entries = [{"at": e.at.replace(tzinfo=None).isoformat() if e.at.tzinfo is None
                        else e.at.astimezone(timezone.utc).replace(tzinfo=None).isoformat(),
                        "user": e.user, "action": e.action, "entity": e.entity, "key": e.key, "old": e.old,
                        "new": e.new, "source": e.source} for e in history]
            if entries:
                session.execute(text(f"SELECT {SCHEMA}.import_history(CAST(:rows AS jsonb), :origin)"),
                                {"rows": json.dumps(entries), "origin": Path(source).name})
            published = sum(_publish_round(session, day, local, round_data, rules)
                            for day, round_data in data.items())
        return PushResult(len(organisations), len(occupations), len(rounds), figures, len(scenarios),
                          len(entries), published)


# --- publish ------------------------------------------------------------------------------------------


def _publish_round(session, day: date, register: Register, data, rules: Rules) -> int:  # noqa: ANN001
    """Store a round's published rows: its publication (order and peer groups of ``register``), audited
    first; a ServiceError (nothing written) when no safe publication exists."""
    from hrplanner.services.publication import publication_for
    from hrplanner.services.server_publish import rows_of

    rows = rows_of(publication_for(register, data, rules), data)
    return int(session.execute(text(f"SELECT {SCHEMA}.publish(:day, CAST(:rows AS jsonb))"),
                               {"day": day, "rows": json.dumps(rows)}).scalar_one())


def publish(location: "str | ServerAddress", *, password: str | None = None,
            rules: Rules | None = None) -> dict[date, int]:
    """Publish every round's figures (as a coordinator); returns rows written per round."""
    rules = rules or Rules()
    with Register.open(location, password=password) as server:
        _require_role(server, ("coordinator",), "server publish")
        written = {}
        with server.transaction() as session:
            for round_ in repo.list_rounds(session=session):
                data = repo.load_round_data(round_, session=session)
                written[round_.reference_date] = _publish_round(session, round_.reference_date, server, data, rules)
        return written


def publish_round_of(server: Register, round_date: date, rules: Rules | None = None) -> int | None:
    """After a save or import on a server register: publish that round again when the login is a
    coordinator (who reads the whole region); None for any other login or a register file."""
    if not server.on_server or server.role != "coordinator":
        return None
    round_ = server.round(round_date)
    with server.transaction() as session:
        data = repo.load_round_data(round_, session=session)
        return _publish_round(session, round_.reference_date, server, data, rules or Rules())


@dataclass(frozen=True)
class PublishedFigure:
    round_date: date
    organisation: str | None  # None = the region
    occupation: str  # "" = all occupations
    measure: str
    value: float | None  # None = hidden
    shown: str
    published_at: datetime | None = None  # UTC
    published_by: str = ""


def published(location: "str | ServerAddress", *, password: str | None = None,
              round_date: date | None = None) -> list[PublishedFigure]:
    """The published figures the caller may read: steering and coordinator every published row, an
    hr-lead the region's rows."""
    with Register.open(location, password=password, read_only=True) as server:
        return published_in(server, round_date)


def published_in(server: Register, round_date: date | None = None) -> list[PublishedFigure]:
    """The published figures of an open server register, as its login may read them."""
    if not server.on_server:
        raise ServerError(f"{server.path.name} is a register file; published figures live on a server register")
    view = "published_figures" if server.role in ("steering", "coordinator", "") else "published_region"
    query = (f"SELECT round_date, organisation, occupation, measure, value, shown, published_at, published_by "
             f"FROM {SCHEMA}.{view} "
             + ("WHERE round_date = :day " if round_date else "")
             + "ORDER BY round_date, organisation NULLS LAST, occupation = '', occupation, measure")
    with server.session() as session:
        rows = session.execute(text(query), {"day": round_date} if round_date else {}).all()
    return [PublishedFigure(*row) for row in rows]


# --- pull ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PullResult:
    path: Path
    role: str
    organisations: int
    rounds: int
    figures: int
    audit_entries: int


def pull(location: "str | ServerAddress", target: Path, *, password: str | None = None,
         overwrite: bool = False) -> PullResult:
    """Write a local register with what the caller may see of the server register."""
    target = Path(target)
    if target.suffix != hrplanner.REGISTER_SUFFIX:
        raise ServerError(f"a register file name must end in {hrplanner.REGISTER_SUFFIX}: {target}")
    if target.is_symlink() or (target.exists() and not target.is_file()):
        raise ServerError(f"{target} is not a regular file; pull writes only regular files")
    if target.exists() and not overwrite:
        raise ServerError(f"{target} already exists; use --force to replace it")
    address = address_of(location)
    with Register.open(address, password=password, read_only=True) as server:
        role = role_of(server.engine, address)
        if role == "steering":
            raise ServerError(f"{address.name}: the steering group reads only published figures, which a register "
                              f"file cannot hold; use hrplanner server published {address.url}")
        with server.session() as s:
            meta = repo.all_meta(session=s)
            organisations = repo.list_organisations(session=s)
            occupations = repo.list_occupations(session=s)
            rounds = repo.list_rounds(session=s)
            data = {r.reference_date: repo.load_round_data(r, session=s) for r in rounds}
            scenarios = list(s.exec(select(Scenario)))
            parameters = list(s.exec(select(ScenarioParameter)))
            history = list(s.exec(select(AuditEntry).order_by(AuditEntry.id)))  # type: ignore[arg-type]
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    partial.unlink(missing_ok=True)
    try:
        figures = 0
        with Register.create(partial, region=meta.get("region", address.database),
                             default_occupations=False) as local:
            with local.transaction() as session:
                for key, value in meta.items():
                    if key not in _COPY_KEYS:
                        repo.set_meta(key, value, session=session)
                repo.set_meta("pulled_from", address.url, session=session)
                repo.set_meta("pulled_role", role, session=session)
                repo.set_meta("pulled_at", datetime.now(timezone.utc).isoformat(timespec="seconds"), session=session)
                for o in organisations:
                    session.add(Organisation(**o.model_dump(exclude={"id"})))
                for o in occupations:
                    session.add(Occupation(**o.model_dump(exclude={"id"})))
                new_rounds = {r.reference_date: Round(reference_date=r.reference_date, label=r.label, closed=r.closed)
                              for r in rounds}
                session.add_all(new_rounds.values())
                session.flush()
                for day, round_data in data.items():
                    repo.insert_figures(round_data, new_rounds[day].id, session=session)  # type: ignore[arg-type]
                    figures += (len(round_data.staffing) + len(round_data.establishment) + len(round_data.flows)
                                + len(round_data.training) + len(round_data.sickness))
                old_rounds = {r.id: r.reference_date for r in rounds}
                scenario_ids = {}
                for sc in scenarios:
                    row = Scenario(name=sc.name, description=sc.description, created=sc.created, changed=sc.changed,
                                   round_id=new_rounds[old_rounds[sc.round_id]].id
                                   if sc.round_id in old_rounds else None)
                    session.add(row)
                    session.flush()
                    scenario_ids[sc.id] = row.id
                for p in parameters:
                    if p.scenario_id in scenario_ids:
                        session.add(ScenarioParameter(scenario_id=scenario_ids[p.scenario_id],
                                                      occupation_code=p.occupation_code, key=p.key, low=p.low,
                                                      middle=p.middle, high=p.high))
                for e in history:
                    session.add(AuditEntry(at=e.at, user=e.user, action=e.action, entity=e.entity, key=e.key,
                                           old=e.old, new=e.new, source=e.source))
                repo.add_audit("pull", "register", session=session, key=address.url,
                               new=f"snapshot as {address.user} ({role or 'administrator'})",
                               user=address.user, source=f"hrplanner server pull {address.url}")
        from hrplanner.db.engine import fsync_dir, fsync_file

        for suffix in ("-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        fsync_file(partial)
        os.replace(partial, target)
        fsync_dir(target.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        for suffix in ("-wal", "-shm"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        raise
    return PullResult(target, role or "administrator", len(organisations), len(rounds), figures, len(history))


__all__ = ["PublishedFigure", "PullResult", "PushResult", "add_user", "init", "publish", "published", "published_in", "pull",
           "push", "stored_password", "upgrade"]
