"""The register's Alembic migrations on PostgreSQL: step by step to the same schema the SQLModel
tables describe, and ``server upgrade`` bringing an older server register up to date."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine
from sqlmodel import SQLModel

from hrplanner.db import models  # noqa: F401 - the tables on SQLModel.metadata
from hrplanner.db.engine import alembic_config, head_revision, known_revisions
from hrplanner.db.server import security
from hrplanner.db.server.connect import engine_url
from hrplanner.db.server.address import parse_server_url
from hrplanner.services import server

from .conftest import ADMIN_PASSWORD


def test_each_migration_runs_on_postgresql_and_ends_at_the_models(pg):
    name = pg.create_database("plain_migrations")
    engine = create_engine(engine_url(parse_server_url(pg.url("postgres", name)), ADMIN_PASSWORD))
    try:
        for revision in known_revisions():  # one step at a time, as an upgrade over versions would
            with engine.begin() as conn:
                config = alembic_config()
                config.attributes["connection"] = conn
                command.upgrade(config, revision)
            with engine.connect() as conn:
                assert MigrationContext.configure(conn).get_current_revision() == revision
        with engine.connect() as conn:
            differences = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
        # The migrations store times without a zone (UTC by convention, as in a register file); SQLModel
        # describes its datetime fields as zone-aware. Server sessions run in UTC (db.server.connect), so
        # that is the one difference there may be: the same column, its zone flag only.
        zone_only = [d for d in differences if isinstance(d, list) and all(
            c[0] == "modify_type" and c[5].__class__.__name__ == "TIMESTAMP" and getattr(c[6], "timezone", False)
            for c in d)]
        assert {(d[0][2], d[0][3]) for d in zone_only} <= {("audit_log", "at"), ("scenario", "created"),
                                                          ("scenario", "changed")}
        assert [d for d in differences if d not in zone_only] == []
    finally:
        engine.dispose()


def test_server_upgrade_applies_the_missing_migrations_and_the_security(pg, base_register):
    first = known_revisions()[0]
    assert first != head_revision(), "needs at least two migrations"
    name = pg.create_database("old_server")
    engine = create_engine(engine_url(parse_server_url(pg.url("postgres", name)), ADMIN_PASSWORD))
    try:  # a server register set up by an older hrplanner: the first schema only
        with engine.begin() as conn:
            driver = conn.connection.driver_connection
            with driver.cursor() as cursor:
                for statement in security.create_roles_sql(name):
                    cursor.execute(statement.encode())
                cursor.execute(f"SET LOCAL ROLE {security.OWNER}".encode())
                cursor.execute(f"SET LOCAL search_path = {security.SCHEMA}".encode())
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, first)
    finally:
        engine.dispose()
    before, after = server.upgrade(pg.url("postgres", name), password=ADMIN_PASSWORD)
    assert (before, after) == (first, head_revision())
    with pg.connect("postgres", name) as conn:
        owners = {r[0] for r in conn.execute("SELECT tableowner FROM pg_tables WHERE schemaname = 'hrplanner'")}
        assert owners == {"hrplanner_owner"}
        assert conn.execute("SELECT relforcerowsecurity FROM pg_class WHERE oid = 'hrplanner.audit_log'::regclass"
                            ).fetchone()[0] is True
        assert conn.execute("SELECT count(*) FROM pg_trigger WHERE tgname = 'audit' "
                            "AND tgrelid = 'hrplanner.scenario'::regclass").fetchone()[0] == 1
