"""What each command imports: a command loads only what it needs, so it starts at once.

Each case runs ``hrplanner ...`` in a fresh interpreter and reports which heavy libraries ended up in
``sys.modules``: ``--version`` and ``--help`` load no database, numerical or Qt library and no command
module; headless commands never load Qt; ``summary`` loads no numpy; Alembic is loaded only when a
register must be created or migrated. (The time this saves is measured in benchmarks/bench_startup.py.)
"""

from __future__ import annotations

import json
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


@pytest.mark.parametrize("argv, allowed", [
    (["summary", "--register", "{demo}"], {"sqlalchemy", "sqlmodel", "pydantic"}),
    (["summary", "--register", "{demo}", "--format", "json"], {"sqlalchemy", "sqlmodel", "pydantic"}),
    (["check", "--register", "{demo}"], {"sqlalchemy", "sqlmodel", "pydantic"}),
    (["audit", "--register", "{demo}"], {"sqlalchemy", "sqlmodel", "pydantic"}),
    (["backup", "--register", "{demo}", "--list"], {"sqlalchemy", "sqlmodel", "pydantic"}),
    (["project", "--register", "{demo}", "--occupation", "GZ"], {"sqlalchemy", "sqlmodel", "pydantic", "numpy"}),
    (["plan", "--register", "{demo}"], {"sqlalchemy", "sqlmodel", "pydantic", "numpy"}),
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
    migrated = loaded_by(tmp_path, "summary", "--register", str(old))
    assert migrated["code"] == 0 and "alembic" in migrated["heavy"]
    assert db.read_revision(old) == db.head_revision()


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
