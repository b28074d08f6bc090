"""Connecting to a server register on behalf of a person: the address, the password from the operating
system's keyring (never from settings or logs), and the role the server gives the login.

Where the password comes from, in order: the one given (typed in the connect dialog or at a prompt),
the keyring entry for ``USER@HOST:PORT/DB`` (service ``hrplanner``), and otherwise libpq's own
``PGPASSWORD`` or ``~/.pgpass``. A keyring that is missing or locked is treated as empty.
"""

from __future__ import annotations

import logging

from sqlalchemy import text

from hrplanner.db.engine import OpenedRegister
from hrplanner.db.server.address import ServerAddress, is_server_url, parse_server_url
from hrplanner.db.server.connect import ServerError, explain, make_engine, open_server_register
from hrplanner.db.server.security import SCHEMA

log = logging.getLogger(__name__)

KEYRING_SERVICE = "hrplanner"


def address_of(location: "str | ServerAddress") -> ServerAddress:
    if isinstance(location, ServerAddress):
        return location
    try:
        return parse_server_url(location)
    except ValueError as exc:
        raise ServerError(str(exc)) from None


def stored_password(address: ServerAddress) -> str | None:
    """The login's password from the keyring, or None (no entry, no keyring, or a locked one)."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, address.keyring_key)
    except Exception as exc:  # noqa: BLE001 - any keyring back-end failure means "not stored"
        log.info("no password from the keyring for %s (%s)", address.keyring_key, type(exc).__name__)
        return None


def store_password(address: ServerAddress, password: str) -> bool:
    """Keep the password in the keyring; False when no keyring is available (it is then not kept)."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, address.keyring_key, password)
        return True
    except Exception as exc:  # noqa: BLE001
        log.info("the keyring did not keep the password for %s (%s)", address.keyring_key, type(exc).__name__)
        return False


def forget_password(address: ServerAddress) -> None:
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, address.keyring_key)
    except Exception:  # noqa: BLE001 - nothing stored, or no keyring
        pass


def open_server(location: "str | ServerAddress", *, password: str | None = None,
                read_only: bool = False) -> OpenedRegister:
    """Connect to a server register; raises :class:`ServerError` with one line for the user."""
    address = address_of(location)
    return open_server_register(address, password if password is not None else stored_password(address),
                                read_only=read_only)


def role_of(engine, address: ServerAddress) -> str:  # noqa: ANN001 - a SQLAlchemy engine
    """The login's role on the server: "coordinator", "hr-lead", "steering", or "" (none of them)."""
    try:
        with engine.connect() as conn:
            return str(conn.execute(text(f"SELECT {SCHEMA}.my_role()")).scalar() or "")
    except Exception as exc:  # noqa: BLE001 - a login without any group may not even call it
        from sqlalchemy.exc import DBAPIError

        if isinstance(exc, DBAPIError):
            log.info("role of %s unknown: %s", address.user, explain(exc, address))
            return ""
        raise


def admin_engine(location: "str | ServerAddress", password: str | None = None):  # noqa: ANN201
    """An engine for an administrator's (or coordinator's) server command."""
    address = address_of(location)
    return address, make_engine(address, password if password is not None else stored_password(address))


__all__ = ["KEYRING_SERVICE", "ServerAddress", "address_of", "admin_engine", "forget_password", "is_server_url",
           "open_server", "role_of", "store_password", "stored_password"]
