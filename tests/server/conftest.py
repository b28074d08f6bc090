"""A throwaway PostgreSQL server for the server-register tests.

The tests start their own cluster (initdb + postgres) in a temporary folder on a free port on
127.0.0.1, with password (SCRAM) authentication for every login. When the tests run as root, the
cluster runs as the unprivileged user ``nobody``. The binaries come from ``HRPLANNER_PG_BIN``, from
Debian's ``/usr/lib/postgresql/<version>/bin`` (15 or newer) or from ``pg_config --bindir``; when none
is found the tests fail (they are never skipped, in CI or elsewhere).

A session-wide base register (the demo pushed by a coordinator, four logins) is cloned per test that
changes it (``CREATE DATABASE ... TEMPLATE``), so each such test starts from the same state.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

ADMIN_PASSWORD = "admin-secret-1"
PASSWORDS = {"coord": "coord-secret-1", "lead_a": "lead-a-secret", "lead_b": "lead-b-secret",
             "steer": "steer-secret-1", "lead_a2": "lead-a2-secret"}
ORG_A = "Het Vlechtwerk"
ORG_B = "De Brugwachter"


def _pg_bindir() -> Path | None:
    candidates = []
    if os.environ.get("HRPLANNER_PG_BIN"):
        candidates.append(Path(os.environ["HRPLANNER_PG_BIN"]))
    root = Path("/usr/lib/postgresql")
    if root.is_dir():
        versions = sorted((p for p in root.iterdir() if p.name.isdigit() and int(p.name) >= 15),
                          key=lambda p: int(p.name), reverse=True)
        candidates += [p / "bin" for p in versions]
    if shutil.which("pg_config"):
        out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=False)
        if out.returncode == 0:
            candidates.append(Path(out.stdout.strip()))
    for c in candidates:
        if (c / "initdb").is_file() and (c / "postgres").is_file():
            return c
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class PgServer:
    host: str
    port: int
    bindir: Path
    _clones = itertools.count(1)

    def url(self, user: str, database: str) -> str:
        return f"postgresql://{user}@{self.host}:{self.port}/{database}"

    def connect(self, user: str, database: str, *, autocommit: bool = False) -> psycopg.Connection:
        password = ADMIN_PASSWORD if user == "postgres" else PASSWORDS[user]
        return psycopg.connect(host=self.host, port=self.port, user=user, password=password, dbname=database,
                               autocommit=autocommit, options="-c search_path=hrplanner")

    def create_database(self, name: str, template: str | None = None) -> str:
        with self.connect("postgres", "postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        if template:  # a database's own settings and privileges are not copied from its template
            from hrplanner.db.server.security import create_roles_sql

            with self.connect("postgres", name, autocommit=True) as conn:
                for statement in create_roles_sql(name):
                    conn.execute(statement.encode())
        return name

    def clone(self, template: str) -> str:
        return self.create_database(f"{template}_{next(self._clones)}", template)


@pytest.fixture(scope="session")
def pg() -> PgServer:
    bindir = _pg_bindir()
    if bindir is None:
        pytest.fail("PostgreSQL server binaries (15 or newer) not found: install Debian's postgresql-15 "
                    "(or set HRPLANNER_PG_BIN); the server-register tests are never skipped", pytrace=False)
    base = Path(tempfile.mkdtemp(prefix="hrplanner-pg-"))
    run_as: dict = {}
    if os.geteuid() == 0:
        nobody = pwd.getpwnam("nobody")
        os.chown(base, nobody.pw_uid, nobody.pw_gid)
        run_as = {"user": nobody.pw_uid, "group": nobody.pw_gid, "extra_groups": []}
    data = base / "data"
    pwfile = base / "pw"
    pwfile.write_text(ADMIN_PASSWORD + "\n")
    if run_as:
        os.chown(pwfile, run_as["user"], run_as["group"])
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    env.pop("PGDATA", None)
    subprocess.run([str(bindir / "initdb"), "-D", str(data), "-U", "postgres", f"--pwfile={pwfile}",
                    "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"],
                   check=True, capture_output=True, cwd=base, env=env, **run_as)
    port = _free_port()
    log = open(base / "server.log", "wb")
    process = subprocess.Popen(
        [str(bindir / "postgres"), "-D", str(data), "-p", str(port), "-k", str(base),
         "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off",
         "-c", "full_page_writes=off", "-c", "max_connections=60"],
        stdout=log, stderr=subprocess.STDOUT, cwd=base, env=env, **run_as)
    server = PgServer("127.0.0.1", port, bindir)
    deadline = time.monotonic() + 60
    while True:
        try:
            server.connect("postgres", "postgres").close()
            break
        except psycopg.OperationalError:
            if process.poll() is not None or time.monotonic() > deadline:
                log.close()
                pytest.fail(f"the test PostgreSQL did not start: {(base / 'server.log').read_text()[-2000:]}",
                            pytrace=False)
            time.sleep(0.2)
    try:
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session")
def base_register(pg: PgServer, demo_template: Path) -> str:
    """The name of a database holding the demo register, pushed by the coordinator ``coord``, with
    logins lead_a and lead_a2 (hr-leads of ORG_A), lead_b (hr-lead of ORG_B) and steer (steering)."""
    from hrplanner.services import server

    name = pg.create_database("base")
    server.init(pg.url("postgres", name), password=ADMIN_PASSWORD)
    admin = pg.url("postgres", name)
    server.add_user(admin, "coord", "coordinator", PASSWORDS["coord"], password=ADMIN_PASSWORD)
    server.push(demo_template, pg.url("coord", name), password=PASSWORDS["coord"])
    server.add_user(admin, "lead_a", "hr-lead", PASSWORDS["lead_a"], organisation=ORG_A, password=ADMIN_PASSWORD)
    server.add_user(admin, "lead_a2", "hr-lead", PASSWORDS["lead_a2"], organisation=ORG_A,
                    password=ADMIN_PASSWORD)
    # the coordinator adds the other users (through the server's add_user(), no administrator needed)
    server.add_user(pg.url("coord", name), "lead_b", "hr-lead", PASSWORDS["lead_b"], organisation=ORG_B,
                    password=PASSWORDS["coord"])
    server.add_user(pg.url("coord", name), "steer", "steering", PASSWORDS["steer"], password=PASSWORDS["coord"])
    return name


@pytest.fixture
def register_db(pg: PgServer, base_register: str) -> str:
    """A private copy of the base register for one test."""
    return pg.clone(base_register)
