"""What each command imports: a command loads only what it needs, so it starts at once.

Each case runs ``hrplanner ...`` in a fresh interpreter and reports which heavy libraries ended up in
``sys.modules``: ``--version`` and ``--help`` load no database, numerical or Qt library and no command
module; headless commands never load Qt; ``summary`` reads with sqlite3 alone (no SQLAlchemy; its shared view loads the
disclosure layer's numpy and SciPy, its --full view nothing heavy); Alembic is loaded only when a register must be created or migrated. (The time this saves is measured in benchmarks/bench_startup.py.)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hrplanner.cli import COMMANDS, SUMMARIES, build_parser
from hrplanner.db import engine as db

HEAVY = ("numpy", "scipy", "alembic", "sqlalchemy", "sqlmodel", "pydantic", "openpyxl", "PySide6", "shiboken6",
         "pyqtgraph")
QT = {"PySide6", "shiboken6", "pyqtgraph"}
FIXTURE = Path(__file__).parents[1] / "data" / "registers" / "schema_0001.hrplan"

PROBE = """
import json, sys
from hrplanner.__main__ import main
try:
    code = main(sys.argv[2:])
except SystemExit as exc:
    code = exc.code
loaded = {name.split(".")[0] for name in sys.modules}
commands = sorted(n for n in sys.modules if n.startswith("hrplanner.cli.") and n != "hrplanner.cli.common")
with open(sys.argv[1], "w") as out:
    json.dump({"code": code, "heavy": sorted(loaded & set(json.loads(%r))), "commands": commands}, out)
""" % json.dumps(HEAVY)


def loaded_by(tmp_path: Path, *argv: str) -> dict:
    """Run ``hrplanner argv`` in a fresh interpreter; its exit code, heavy libraries and command modules."""
    report = tmp_path / "modules.json"
    subprocess.run([sys.executable, "-c", PROBE, str(report), *argv], cwd=tmp_path, capture_output=True,
                   timeout=300, check=False)
    return json.loads(report.read_text())


@pytest.mark.parametrize("option", ["--version", "--help", "-h"])
def test_version_and_help_load_no_heavy_library_and_no_command_module(tmp_path, option):
    result = loaded_by(tmp_path, option)
    assert result == {"code": 0, "heavy": [], "commands": []}


@pytest.fixture(scope="module")
def demo_copy(demo_template, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("imports")
    return db.backup_file(demo_template, folder / "demo.hrplan")


#: The shared view of summary, project and plan is the disclosure layer's publication: its optimiser
#: and audit are SciPy's HiGHS (numpy with it). Their --full view does not load them.
SHARED = {"numpy", "scipy"}


@pytest.mark.parametrize("argv, allowed", [
    (["summary", "--register", "{demo}"], SHARED),  # sqlite3 alone for the register
    (["summary", "--register", "{demo}", "--format", "json"], SHARED),
    (["summary", "--register", "{demo}", "--full"], set()),
    (["check", "--register", "{demo}"], {"sqlalchemy", "sqlmodel", "pydantic"}),
    (["audit", "--register", "{demo}"], {"sqlalchemy", "sqlmodel", "pydantic"}),
    (["backup", "--register", "{demo}", "--list"], {"sqlalchemy", "sqlmodel", "pydantic"}),
    (["project", "--register", "{demo}", "--occupation", "GZ"], {"sqlalchemy", "sqlmodel", "pydantic"} | SHARED),
    (["plan", "--register", "{demo}"], {"sqlalchemy", "sqlmodel", "pydantic"} | SHARED),
])
def test_headless_commands_load_no_qt_and_only_what_they_need(tmp_path, demo_copy, argv, allowed):
    result = loaded_by(tmp_path, *(a.format(demo=demo_copy) for a in argv))
    assert result["code"] == 0
    assert set(result["heavy"]) <= allowed, f"{argv[0]} loads {set(result['heavy']) - allowed}"
    assert result["commands"] == [f"hrplanner.cli.{COMMANDS[argv[0]]}"]


@pytest.mark.parametrize("argv", [
    ["export", "--register", "{demo}", "out.xlsx"],
    ["template", "--register", "{demo}", "--round", "2025-12-31", "--all", "templates"],
])
def test_workbook_commands_load_no_qt(tmp_path, demo_copy, argv):
    result = loaded_by(tmp_path, *(a.format(demo=demo_copy) for a in argv))
    assert result["code"] == 0
    assert "openpyxl" in result["heavy"] and not QT & set(result["heavy"])


def test_alembic_is_loaded_only_when_a_migration_is_due(tmp_path, demo_copy):
    assert "alembic" not in loaded_by(tmp_path, "summary", "--register", str(demo_copy))["heavy"]
    old = tmp_path / "old.hrplan"
    shutil.copyfile(FIXTURE, old)
    assert db.read_revision(old) != db.head_revision()
    migrated = loaded_by(tmp_path, "summary", "--register", str(old))  # upgraded in memory only
    assert migrated["code"] == 0 and "alembic" in migrated["heavy"]
    assert db.read_revision(old) == "0001"  # a read command never changes the file (issue 11)


def test_the_revision_chain_read_from_the_files_is_alembics():
    alembic_chain = [s.revision for s in reversed(list(db.script_directory().walk_revisions()))]
    assert db.known_revisions() == alembic_chain
    assert db.head_revision() == db.script_directory().get_current_head()


def test_every_command_has_its_summary_for_the_help_overview():
    """``hrplanner --help`` lists commands from SUMMARIES; each must be the command's own help line."""
    real = build_parser()
    subparsers = next(a for a in real._actions if a.dest == "command")
    own_help = {action.dest: action.help for action in subparsers._choices_actions}
    assert set(COMMANDS) == set(own_help)
    missing = set(COMMANDS) - set(SUMMARIES)
    assert not missing, f"add a one-line summary for {sorted(missing)} to hrplanner.cli.SUMMARIES"
    assert {name: SUMMARIES[name] for name in COMMANDS} == own_help


def test_the_help_overview_reads_as_the_full_parser(capsys):
    """The overview (no command module loaded) prints the same --help as the parser with every command."""
    for parser in (build_parser(), build_parser(overview=True)):
        with pytest.raises(SystemExit):
            parser.parse_args(["--help"])
    full, overview = capsys.readouterr().out.split("usage:")[1:]
    assert overview == full


def test_summary_reads_the_same_figures_with_sqlite3_alone(demo_copy):
    """The sqlite3 reader (services.reading) and the Register give the same summary, round by round."""
    from hrplanner.services.reading import ReadingRegister, open_to_read
    from hrplanner.services.register import Register
    from hrplanner.services.summary import summarise

    with open_to_read(demo_copy) as reader, Register.open(demo_copy, read_only=True) as register:
        assert isinstance(reader, ReadingRegister)
        assert [r.reference_date for r in reader.rounds()] == [r.reference_date for r in register.rounds()]
        assert [o.code for o in reader.occupations()] == [o.code for o in register.occupations()]
        assert [(o.name, o.kind, o.municipality) for o in reader.organisations()] == \
            [(o.name, o.kind, o.municipality) for o in register.organisations()]
        for round_ in register.rounds():
            assert reader.round_data(reader.round(round_.reference_date)) == register.round_data(round_)
            assert summarise(reader, round_.reference_date) == summarise(register, round_.reference_date)
        assert reader.open_positions_by_round() == register.open_positions_by_round()
        assert (reader.region, reader.fictitious) == (register.region, register.fictitious)


def test_the_sqlite3_reader_reads_each_round_once(demo_copy, monkeypatch):
    """A command that asks for a round twice (its key figures, then its publication) reads it once."""
    from hrplanner.db import reader as reader_module
    from hrplanner.services.reading import open_to_read

    reads = []
    real = reader_module.read_round_data
    monkeypatch.setattr(reader_module, "read_round_data",
                        lambda connection, round_, **kwargs: reads.append(round_.id) or real(connection, round_, **kwargs))
    with open_to_read(demo_copy) as reader:
        latest = reader.round()
        first = reader.round_data(latest)
        assert reader.round_data(latest) is first
        assert reader.round_data(latest, tables=("staffing",)).training == []  # another selection: read apart
    assert reads == [latest.id, latest.id]


def test_an_unknown_round_is_one_line_from_the_sqlite3_reader(tmp_path, demo_copy, capsys):
    from hrplanner.cli import run

    assert run(["summary", "--register", str(demo_copy), "--round", "2019-12-31"]) == 2
    err = capsys.readouterr().err
    assert err == "hrplanner summary: error: No round with reference date 2019-12-31 (rounds: 2024-12-31, 2025-12-31)\n"


def test_psycopg_is_loaded_with_the_first_server_engine_not_with_the_server_modules():
    """The app loads the server modules with its File menu; a session on a file needs no psycopg."""
    probe = (
        "import sys\n"
        "import hrplanner.services.server_connect, hrplanner.ui.actions_server\n"
        "from hrplanner.db.server import connect\n"
        "from hrplanner.db.server.address import parse_server_url\n"
        "before = 'psycopg' in sys.modules\n"
        "connect.make_engine(parse_server_url('postgresql://coord@localhost:5432/twente'))\n"
        "print(before, 'psycopg' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "True"]
