"""A register on a PostgreSQL server: its address, its engine, and the server-side security.

A shared regional register lives in one PostgreSQL database (15 or newer). The same SQLModel schema
and Alembic migrations as a register file create its tables, in the schema ``hrplanner``; on top of
them :mod:`.security` installs what only a server has: group roles, row-level security, row versions,
the audit trigger and the published (suppressed) figures for the steering group.
"""

from hrplanner.db.server.address import ServerAddress, ServerAddressError, is_server_url, parse_server_url

__all__ = ["ServerAddress", "ServerAddressError", "is_server_url", "parse_server_url"]
