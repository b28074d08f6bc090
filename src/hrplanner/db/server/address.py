"""The address of a server register: ``postgresql://USER@HOST[:PORT]/DB``.

An address never carries a password: the password comes from the operating system's keyring, from
libpq's own ``PGPASSWORD`` / ``~/.pgpass``, or is asked for. An address with a password is refused, so
that it cannot end up in shell history, settings or logs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = 5432
#: Names PostgreSQL accepts without quoting trouble; also the rule for new login names.
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]{0,62}$")


class ServerAddressError(ValueError):
    """A server address that cannot be used; the message names the value and the rule."""


def is_server_url(text: object) -> bool:
    """Whether ``text`` is meant as a server address (it starts with ``postgresql://``)."""
    return isinstance(text, str) and text.split("://", 1)[0].lower() in SCHEMES and "://" in text


@dataclass(frozen=True)
class ServerAddress:
    """Where a server register lives and who connects to it."""

    user: str
    host: str
    port: int
    database: str

    @property
    def url(self) -> str:
        """The address as the user writes it (no password)."""
        return f"postgresql://{self.user}@{self.host}:{self.port}/{self.database}"

    @property
    def name(self) -> str:
        """How messages name the register, like a file's name (the same in every language)."""
        return f"{self.database} ({self.host}:{self.port})"

    @property
    def stem(self) -> str:
        return self.database

    @property
    def keyring_key(self) -> str:
        """The account name under which the keyring keeps this login's password."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def with_user(self, user: str) -> "ServerAddress":
        return ServerAddress(user, self.host, self.port, self.database)

    def __str__(self) -> str:
        return self.url


def check_name(field: str, value: str) -> str:
    """A login or database name: letters, digits, ``_``, ``.``, ``-``; at most 63 characters."""
    if not _NAME.match(value or ""):
        raise ServerAddressError(
            f"{field} = {value!r}: must start with a letter or _ and hold only letters, digits, _ . - "
            "(at most 63 characters)")
    return value


def parse_server_url(text: str) -> ServerAddress:
    """Parse ``postgresql://USER@HOST[:PORT]/DB``; raises :class:`ServerAddressError` naming the rule."""
    if not is_server_url(text):
        raise ServerAddressError(f"server address = {text!r}: must start with postgresql://")
    parts = urlsplit(text)
    if parts.password is not None:
        raise ServerAddressError(
            "server address: must not contain a password (it would be kept in shell history and logs); "
            "leave it out and give it when asked, or keep it in the keyring or ~/.pgpass")
    if parts.query or parts.fragment:
        raise ServerAddressError(f"server address = {text!r}: must not have ?options or #fragments")
    if not parts.username:
        raise ServerAddressError(f"server address = {text!r}: must name the user, as postgresql://USER@HOST/DB")
    user = check_name("user", unquote(parts.username))
    host = parts.hostname or ""
    if not host:
        raise ServerAddressError(f"server address = {text!r}: must name the host, as postgresql://USER@HOST/DB")
    try:
        port = parts.port or DEFAULT_PORT
    except ValueError:
        raise ServerAddressError(f"server address = {text!r}: the port must be a number from 1 to 65535") from None
    database = unquote(parts.path.lstrip("/"))
    if not database:
        raise ServerAddressError(f"server address = {text!r}: must name the database, as postgresql://USER@HOST/DB")
    check_name("database", database)
    return ServerAddress(user, host, port, database)
