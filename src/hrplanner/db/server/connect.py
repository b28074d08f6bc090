"""Connecting to a server register: the SQLAlchemy engine over psycopg, the schema check, and server
errors turned into one line for the user.

The engine checks a pooled connection before handing it out (``pool_pre_ping``), so after a lost
connection the next action reconnects by itself; a transaction that was cut off is rolled back by the
server, so nothing half-written remains.

psycopg is loaded by SQLAlchemy with the first server engine, not with this module: the app loads this
module with its File menu, and a session on a register file has no use for psycopg (54 ms, 9 MB).
"""

from __future__ import annotations

import sys

from sqlalchemy import URL, Engine, create_engine, text
from sqlalchemy.exc import DBAPIError

import hrplanner
from hrplanner.db.engine import NewerSchemaError, OpenedRegister, RegisterFileError, known_revisions
from hrplanner.db.server.address import ServerAddress
from hrplanner.db.server.security import SCHEMA

CONNECT_TIMEOUT_S = 10
#: A save waits at most this long for a row someone else is saving, then says so.
LOCK_TIMEOUT_MS = 15000


class ServerError(RegisterFileError):
    """The server cannot be reached, refuses the login, or refuses an action; the message says which."""


class ServerSchemaError(ServerError):
    """The server register's schema is not the one this app uses."""


def engine_url(address: ServerAddress, password: str | None = None) -> URL:
    return URL.create("postgresql+psycopg", username=address.user, password=password or None,
                      host=address.host, port=address.port, database=address.database)


def make_engine(address: ServerAddress, password: str | None = None, *, application: str = "hrplanner") -> Engine:
    """An engine for a server register; without a password, libpq's PGPASSWORD or ~/.pgpass apply."""
    return create_engine(
        engine_url(address, password),
        pool_pre_ping=True,
        pool_size=2,
        max_overflow=4,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": application,
            # times are stored as UTC (as in a register file), whatever the server's own time zone
            "options": f"-c search_path={SCHEMA} -c lock_timeout={LOCK_TIMEOUT_MS} -c TimeZone=UTC",
        },
    )


def explain(exc: BaseException, address: ServerAddress | None = None) -> str:
    """One line for the user about a server error (no password, no SQL)."""
    orig = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    where = f"{address.name}: " if address else ""
    psycopg = sys.modules.get("psycopg")  # not loaded: no server was ever reached, so no error of its
    if psycopg is not None and isinstance(orig, psycopg.Error):
        diag = getattr(orig, "diag", None)
        primary = (diag.message_primary if diag is not None else None) or str(orig).strip().splitlines()[0]
        state = getattr(orig, "sqlstate", None) or ""
        if state == "42501" or "row-level security" in primary:
            return f"{where}refused by the server: {primary} (your role does not allow this)"
        if state == "23505":  # two people added the same new row at the same moment
            return f"{where}someone else saved the same new entry at the same moment; nothing of this action " \
                   f"was saved ({primary})"
        if state in ("55P03", "40P01"):
            return f"{where}someone else is saving the same figures right now; try again ({primary})"
        if isinstance(orig, psycopg.OperationalError) and not state:
            text_ = " ".join(str(orig).split())
            if "password" in text_ and ("no password supplied" in text_ or "authentication failed" in text_):
                return f"{where}the server refused the login of {address.user if address else 'this user'}: " \
                       "wrong or missing password"
            return f"{where}cannot connect to the server: {text_}"
        return f"{where}{primary}"
    return f"{where}{' '.join(str(orig).split())}"


def server_revision(engine: Engine) -> str | None:
    """The Alembic revision of the server register, or None when it has no register yet."""
    with engine.connect() as conn:
        found = conn.execute(text("SELECT to_regclass(:t) IS NOT NULL"), {"t": f"{SCHEMA}.alembic_version"}).scalar()
        if not found:
            return None
        return conn.execute(text(f"SELECT version_num FROM {SCHEMA}.alembic_version")).scalar()


def open_server_register(address: ServerAddress, password: str | None = None, *,
                         read_only: bool = False) -> OpenedRegister:
    """Connect to a server register whose schema is this app's; the server's schema is never changed
    here (``hrplanner server upgrade`` does that)."""
    engine = make_engine(address, password)
    try:
        revision = server_revision(engine)
    except DBAPIError as exc:
        engine.dispose()
        raise ServerError(explain(exc, address)) from None
    known = known_revisions()
    problem = None
    if revision is None:
        problem = ServerSchemaError(f"{address.name} holds no hrplanner register yet (run hrplanner server init)")
    elif revision not in known:
        problem = NewerSchemaError(
            f"{address.name} was set up by a newer version of hrplanner (schema {revision!r}); this is "
            f"version {hrplanner.__version__}. Update hrplanner to use it.")
    elif revision != known[-1]:
        problem = ServerSchemaError(
            f"{address.name} uses an older schema ({revision}); an administrator must run "
            f"hrplanner server upgrade {address.url}")
    if problem is not None:
        engine.dispose()
        raise problem
    return OpenedRegister(address, engine, read_only=read_only)  # type: ignore[arg-type]


def is_server_engine(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"
