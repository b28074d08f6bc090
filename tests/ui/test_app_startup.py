"""Starting the app: the command line, the language, the first start with the demo register, and a
guard against a reference-count bug of PySide6 6.12.0."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from hrplanner.ui import settings
from hrplanner.ui.app import parse_gui_args, run_app
from hrplanner.ui.language import choose_language, install_language


def start_app(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    """Run the real app offscreen until its overview has been painted with charts."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HRPLANNER_DATA_DIR=str(tmp_path / "data"),
               HRPLANNER_SETTINGS_DIR=str(tmp_path / "settings"), HRPLANNER_BENCH_EXIT_ON_SHOWN="1")
    return subprocess.run([sys.executable, "-m", "hrplanner", *args], env=env, capture_output=True,
                          text=True, timeout=120)


def recent_in_ini(tmp_path: Path) -> str:
    parser = configparser.ConfigParser()
    parser.read(tmp_path / "settings" / "hrplanner.ini", encoding="utf-8")
    return parser.get("files", "recent")


def test_first_start_writes_the_demo_register_and_opens_it(tmp_path):
    result = start_app(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "hrplanner-shown" in result.stdout and "hrplanner-charts" in result.stdout
    demo = tmp_path / "data" / "Twente-demo.hrplan"
    assert demo.is_file()
    assert str(demo) in recent_in_ini(tmp_path)
    from hrplanner.services.register import Register

    with Register.open(demo, read_only=True) as register:
        assert register.fictitious and len(register.rounds()) == 2
        created = register.meta()["created_at"]
    again = start_app(tmp_path)  # the second start opens it again, without writing a new one
    assert again.returncode == 0, again.stderr
    with Register.open(demo, read_only=True) as register:
        assert register.meta()["created_at"] == created
    assert not list((tmp_path / "data").glob(".*.part"))


def test_app_opens_the_file_given_in_english(tmp_path, demo_path):
    result = start_app(tmp_path, "--lang", "en", str(demo_path))
    assert result.returncode == 0, result.stderr
    assert "hrplanner-shown" in result.stdout
    assert not (tmp_path / "data" / "Twente-demo.hrplan").exists()
    assert str(demo_path.resolve()) in recent_in_ini(tmp_path)


def test_gui_arguments():
    options, qt = parse_gui_args(["--lang", "en", "x.hrplan", "-platform", "offscreen"])
    assert (options.lang, options.file, qt) == ("en", "x.hrplan", ["-platform", "offscreen"])
    assert run_app(["--lang", "de"]) == 2  # argparse names the bad choice on stderr


def test_dutch_unless_english_was_chosen():
    assert choose_language(None) == "nl"
    settings.put(settings.LANGUAGE, "en")
    assert choose_language(None) == "en"
    assert choose_language("nl") == "nl"


def test_dutch_translations_load_with_qts_own():
    assert install_language("nl") is True
    assert QCoreApplication.translate("MainWindow", "&File") == "&Bestand"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    install_language("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


GUARD = """
import sys
import hrplanner.ui
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Sender(QObject):
    sig = Signal(int)
sender = Sender()
sender.sig.connect(lambda value: None)
for _ in range(5000):
    sender.sig.emit(1)
print("survived")
"""


def test_many_signals_to_python_callables_do_not_abort_the_interpreter():
    """PySide6 6.12.0 on Python 3.11 drops a reference to True per signal delivered; 5000 signals
    aborted the interpreter with 'bool_dealloc'. pyproject pins PySide6 below 6.12; this checks
    whichever PySide6 is installed."""
    result = subprocess.run([sys.executable, "-c", GUARD], capture_output=True, text=True, timeout=60,
                            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr[-500:]
    assert result.stdout.strip() == "survived"
