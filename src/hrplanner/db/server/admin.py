"""Setting up a server register as a database administrator, and adding personal logins.

``initialise`` creates the owner and group roles, the schema, runs the Alembic migrations as the owner
and installs the security (:mod:`.security`), all in one transaction per step; ``upgrade`` applies new
migrations and refreshes the security; ``add_user`` creates one person's login through the server's
``add_user()`` function with a SCRAM verifier computed here, so the password never travels or is
logged in plain text.
"""

from __future__ import annotations

from alembic import command
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

import hrplanner
from hrplanner.db.engine import NewerSchemaError, alembic_config, known_revisions
from hrplanner.db.server import security
from hrplanner.db.server.address import ServerAddress, check_name
from hrplanner.db.server.connect import ServerError, explain, server_revision

ROLES = tuple(security.GROUPS)


def _driver(conn: Connection):  # noqa: ANN202 - the psycopg connection under SQLAlchemy
    return conn.connection.driver_connection


def _run(conn: Connection, statement: str) -> None:
    """One statement through psycopg without parameters (so % and : in SQL stay literal)."""
    with _driver(conn).cursor() as cursor:
        cursor.execute(statement.encode())


def _require_administrator(conn: Connection, address: ServerAddress, what: str) -> None:
    is_super = conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar()
    if not is_super:
        raise ServerError(f"{address.name}: {what} must run as a database administrator (a superuser such as "
                          f"postgres), not as {address.user}")


def _migrate_and_secure(conn: Connection) -> None:
    """Migrations and security as the owner role, inside the connection's (begun) transaction, so
    that a failure leaves the database as it was."""
    assert conn.in_transaction()
    _run(conn, f"SET LOCAL ROLE {security.OWNER}")
    _run(conn, f"SET LOCAL search_path = {security.SCHEMA}")
    config = alembic_config()
    config.attributes["connection"] = conn
    command.upgrade(config, "head")
    with _driver(conn).cursor() as cursor:
        for statement in security.security_sql():
            cursor.execute(statement.encode())


def initialise(engine: Engine, address: ServerAddress) -> str:
    """Create the register on an empty database; returns the schema revision. Refuses a database that
    already holds one."""
    try:
        if server_revision(engine) is not None:
            raise ServerError(f"{address.name} already holds an hrplanner register; "
                              f"use hrplanner server upgrade {address.url} to bring it up to date")
        with engine.begin() as conn:
            _require_administrator(conn, address, "server init")
            for statement in security.create_roles_sql(address.database):
                _run(conn, statement)
            if int(conn.execute(text("SHOW server_version_num")).scalar()) >= 160000:
                # from PostgreSQL 16 a CREATEROLE role needs ADMIN OPTION to hand out a membership
                for group in security.GROUPS.values():
                    _run(conn, f"GRANT {group} TO {security.OWNER} WITH ADMIN OPTION, INHERIT FALSE, SET FALSE")
        with engine.begin() as conn:
            _migrate_and_secure(conn)
        return str(server_revision(engine))
    except DBAPIError as exc:
        raise ServerError(explain(exc, address)) from None


def upgrade(engine: Engine, address: ServerAddress) -> tuple[str | None, str]:
    """Apply new migrations and refresh the security; returns (revision before, revision after)."""
    try:
        before = server_revision(engine)
        if before is None:
            raise ServerError(f"{address.name} holds no hrplanner register yet (run hrplanner server init)")
        if before not in known_revisions():
            raise NewerSchemaError(f"{address.name} was set up by a newer version of hrplanner (schema {before!r}); "
                                   f"this is version {hrplanner.__version__}; nothing was changed")
        with engine.begin() as conn:
            _require_administrator(conn, address, "server upgrade")
            _migrate_and_secure(conn)
        return before, str(server_revision(engine))
    except DBAPIError as exc:
        raise ServerError(explain(exc, address)) from None


def add_user(engine: Engine, address: ServerAddress, name: str, role: str, password: str,
             organisation: str | None = None) -> None:
    """Create a personal login, member of the group of ``role``, tied to ``organisation`` for an hr-lead."""
    check_name("user name", name)
    if name.lower().startswith(("pg_", "hrplanner_")):
        raise ServerError(f"user name = {name!r}: must not start with pg_ or hrplanner_")
    if role not in ROLES:
        raise ServerError(f"role = {role!r}: must be one of {', '.join(ROLES)}")
    if role == "hr-lead" and not organisation:
        raise ServerError("organisation: an hr-lead must be given --organisation NAME")
    if role != "hr-lead" and organisation:
        raise ServerError(f"organisation = {organisation!r}: only an hr-lead belongs to one organisation")
    if len(password) < 8:
        raise ServerError("password: must be at least 8 characters")
    try:
        with engine.connect() as conn:
            verifier = _driver(conn).pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256")
            conn.execute(text(f"SELECT {security.SCHEMA}.add_user(CAST(:n AS text), CAST(:g AS text), CAST(:o AS text), CAST(:v AS text))"),
                         {"n": name, "g": role, "o": organisation, "v": verifier.decode()})
            conn.commit()
    except DBAPIError as exc:
        raise ServerError(explain(exc, address)) from None
