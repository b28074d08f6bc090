"""The register use case: open or create a register file and give the other services a transaction.

A :class:`Register` is the one object the GUI and the command line hold for an open file. It owns the
SQLAlchemy engine; every change goes through :meth:`Register.transaction`, so one user action is one
transaction that is either fully applied or not at all.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from hrplanner.db import repositories as repo
from hrplanner import files
from hrplanner.db.engine import (
    BackupWriter,
    OpenedRegister,
    RegisterFileError,
    create_register,
    detach_wal,
    open_register,
)
from hrplanner.db.models import Occupation, Organisation, Round
from hrplanner.db.meta import RegisterMeta
from hrplanner.db.server.address import ServerAddress, is_server_url
from hrplanner.domain import reference as ref
from hrplanner.domain.records import RoundData
from hrplanner.services.errors import NotFoundError, ReadOnlyError, RoundClosedError, ServiceError

log = logging.getLogger(__name__)


class Register(RegisterMeta):
    """An open register file."""

    def __init__(self, opened: OpenedRegister):
        self._opened = opened
        self.path = opened.path
        self.engine = opened.engine
        self.read_only = opened.read_only
        self.migrated_from = opened.migrated_from
        self.migration_backup = opened.backup
        #: On a server: the login's role ("coordinator", "hr-lead", "steering"; "" for an administrator
        #: or a file).
        self.role = ""
        self._meta: dict[str, str] | None = None
        self._reading = None  # the engine of reading sessions, made when first asked for

    # --- life cycle ---------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: "Path | str | ServerAddress", *, read_only: bool = False,
             backup_writer: BackupWriter | None = None, any_schema: bool = False,
             password: str | None = None) -> "Register":
        """Open a register file, or a server register given as ``postgresql://USER@HOST[:PORT]/DB`` (its
        password from ``password``, the keyring, or libpq's PGPASSWORD / ~/.pgpass).

        A file opened read-only is read as a copy in memory and never touched; for writing the caller
        holds the writer lock (see :mod:`hrplanner.services.locking`), and ``backup_writer`` makes the
        backup before an older schema is migrated (without it an older file is refused)."""
        if is_server_url(path) or isinstance(path, ServerAddress):
            from hrplanner.services.server_connect import open_server, role_of

            register = cls(open_server(path, password=password, read_only=read_only))
            register.role = role_of(register.engine, register.path)
            return register
        return cls(open_register(Path(path), read_only=read_only, backup_writer=backup_writer,
                                 any_schema=any_schema))

    @property
    def on_server(self) -> bool:
        """True for a register on a PostgreSQL server (its roles decide what may be seen and changed)."""
        return isinstance(self.path, ServerAddress)

    @classmethod
    def create(cls, path: Path | str, *, region: str = "", overwrite: bool = False,
               default_occupations: bool = True) -> "Register":
        """A new register with the default occupation list at ``path``, built under a temporary name and
        moved into place complete (the caller holds the writer lock when it replaces a file)."""
        path = Path(path)
        return cls.build(path, lambda register: None, region=region or path.stem, overwrite=overwrite,
                         default_occupations=default_occupations)

    @classmethod
    def build(cls, path: Path | str, fill: Callable[["Register"], None], *, region: str = "",
              overwrite: bool = False, default_occupations: bool = True) -> "Register":
        """Build a register atomically: create it under a temporary name beside ``path``, let ``fill``
        put its contents in, and only then move it over ``path`` and open it there. On any failure
        (a full disk included) ``path`` is as it was and no temporary file remains."""
        path = Path(path)
        if path.exists() and not overwrite:
            raise RegisterFileError(f"{path} already exists")
        with files.atomic_output(path, "register") as partial:
            try:
                register = cls(create_register(partial, overwrite=True))
                try:
                    with register.transaction() as session:
                        repo.set_meta("region", region or path.stem, session=session)
                        repo.set_meta("fictitious", "0", session=session)
                        if default_occupations:
                            for order, spec in enumerate(ref.DEFAULT_OCCUPATIONS):
                                repo.add_occupation(occupation_from_spec(spec, order), session=session)
                    fill(register)
                finally:
                    register.close()
                detach_wal(partial)
            except (sqlite3.DatabaseError, DBAPIError) as exc:  # e.g. "database or disk is full"
                raise RegisterFileError(f"Cannot write {path}: {getattr(exc, 'orig', None) or exc}") from exc
            finally:
                for suffix in ("-wal", "-shm", "-journal"):
                    Path(f"{partial}{suffix}").unlink(missing_ok=True)
            if os.path.lexists(path):
                detach_wal(path)  # no -wal of the old file may be applied to the new one
        return cls.open(path)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Register":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- sessions ------------------------------------------------------------------------------------

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for reading (nothing it does is committed; on a file it takes no lock, so reads
        on several threads run side by side)."""
        if self._reading is None:
            from hrplanner.db.engine import reading_engine

            self._reading = reading_engine(self.engine)
        with Session(self._reading, expire_on_commit=False) as session, self._server_errors():
            yield session

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose changes are committed together at the end, or rolled back on any error."""
        if self.read_only:
            raise ReadOnlyError(f"{self.path.name} is open read-only; changes cannot be saved")
        with Session(self.engine, expire_on_commit=False) as session, self._server_errors():
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise
        self._meta = None

    @contextmanager
    def _server_errors(self) -> Iterator[None]:
        """On a server, a refusal (a role's limit, a lost connection) becomes one message for the user;
        the server has rolled the transaction back, so nothing of it was saved."""
        if not self.on_server:
            yield
            return
        from sqlalchemy.exc import DBAPIError

        from hrplanner.db.server.connect import ServerError, explain

        try:
            yield
        except DBAPIError as exc:
            message = explain(exc, self.path)  # type: ignore[arg-type]
            if exc.connection_invalidated:
                message += "; nothing of this action was saved (the app reconnects on the next action)"
            raise ServerError(message) from None

    # --- metadata -------------------------------------------------------------------------------------

    def _load_meta(self) -> dict[str, str]:
        with self.session() as session:
            return repo.all_meta(session=session)

    # --- reading --------------------------------------------------------------------------------------

    def organisations(self, *, active_only: bool = False) -> list[Organisation]:
        with self.session() as session:
            return repo.list_organisations(session=session, active_only=active_only)

    def occupations(self) -> list[Occupation]:
        with self.session() as session:
            return repo.list_occupations(session=session)

    def rounds(self) -> list[Round]:
        """Rounds, oldest first."""
        with self.session() as session:
            return repo.list_rounds(session=session)

    def latest_round(self) -> Round | None:
        rounds = self.rounds()
        return rounds[-1] if rounds else None

    def round(self, reference_date: date | None = None) -> Round:
        """The round of a reference date, or the latest round when none is given."""
        if reference_date is None:
            latest = self.latest_round()
            if latest is None:
                raise NotFoundError(f"{self.path.name} has no rounds yet")
            return latest
        with self.session() as session:
            found = repo.round_by_date(reference_date, session=session)
        if found is None:
            known = ", ".join(r.reference_date.isoformat() for r in self.rounds()) or "none"
            raise NotFoundError(f"No round with reference date {reference_date.isoformat()} (rounds: {known})")
        return found

    def previous_round(self, round_: Round) -> Round | None:
        with self.session() as session:
            return repo.previous_round(round_, session=session)

    def round_data(self, round_: Round, *, tables: tuple[str, ...] = repo.FIGURE_TABLES) -> RoundData:
        """A round's figures; ``tables`` limits them (e.g. ``("staffing",)`` for persons only)."""
        with self.session() as session:
            return repo.load_round_data(round_, session=session, tables=tables)

    def open_positions_by_round(self) -> dict[date, int]:
        """The region's open vacancies per round, oldest first (one query, no figures loaded)."""
        with self.session() as session:
            return repo.open_positions_by_round(session=session)

    def round_pair(self, reference_date: date | None = None) -> tuple[RoundData, RoundData | None]:
        """A round's figures and those of the round before it (or None)."""
        current = self.round(reference_date)
        before = self.previous_round(current)
        return self.round_data(current), (self.round_data(before) if before else None)

    # --- guards ------------------------------------------------------------------------------------------

    def require_open_round(self, round_: Round) -> None:
        if round_.closed:
            raise RoundClosedError(
                f"Round {round_.label or round_.reference_date.isoformat()} is closed; its figures are read-only"
            )

    def organisation(self, name: str) -> Organisation:
        with self.session() as session:
            found = repo.organisation_by_name(name, session=session)
        if found is None:
            raise NotFoundError(f"No organisation named {name!r} in {self.path.name}")
        return found


def occupation_from_spec(spec: ref.OccupationSpec, order: int = 0) -> Occupation:
    return Occupation(code=spec.code, name_nl=spec.name_nl, name_en=spec.name_en, level=spec.level,
                      register_code=spec.register, registration_required=spec.registration_required,
                      training_route=spec.training_route, training_years=spec.training_years,
                      sort_order=order)


__all__ = ["Register", "ServiceError", "occupation_from_spec"]
