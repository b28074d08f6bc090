"""Starting the app: the command line, the language, the first start with the demo register, and a
guard against a reference-count bug of PySide6 6.12.0."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

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


class FakeTask(QObject):
    done = Signal()

    def __init__(self, is_done: bool = False):
        super().__init__()
        self.is_done = is_done


class Painted(QObject):
    first_painted = Signal()


def test_the_rest_of_the_start_up_waits_for_both_the_first_paint_and_the_task(qapp):
    from hrplanner.ui.app import after_both

    for order in (("paint", "task"), ("task", "paint")):
        page, task, calls = Painted(), FakeTask(), []
        after_both(page.first_painted, task, lambda: calls.append("finish"))
        first, second = order
        (page.first_painted if first == "paint" else task.done).emit()
        assert calls == []  # one of the two is not there yet
        task.is_done = task.is_done or first == "task"
        (page.first_painted if second == "paint" else task.done).emit()
        assert calls == ["finish"]
        page.first_painted.emit()  # a later paint does not start it again
        assert calls == ["finish"]
    page, calls = Painted(), []
    after_both(page.first_painted, FakeTask(is_done=True), lambda: calls.append("finish"))  # done already
    page.first_painted.emit()
    assert calls == ["finish"]


def test_on_the_first_start_the_pages_are_loaded_only_once_the_demo_register_is_open(
        qtbot, tmp_path, monkeypatch, in_background):
    """The demo register is written and opened in the background while the window is painted; loading
    the other pages (their imports) side by side with it once made SQLAlchemy half-initialised in one
    of the two threads (an error dialog on the very first start)."""
    from hrplanner.ui import app as app_module
    from hrplanner.ui.context import AppContext
    from hrplanner.ui.main_window import MainWindow
    from hrplanner.ui.pages.overview import OverviewPage

    monkeypatch.setenv("HRPLANNER_DATA_DIR", str(tmp_path / "data"))
    window = MainWindow(AppContext(), [OverviewPage])
    qtbot.addWidget(window)
    seen = []
    monkeypatch.setattr(window, "finish_start_up", lambda: seen.append(window.context.register))
    with in_background():
        task = app_module.open_initial_register(window, None)
        assert task is not None and not isinstance(task, Path)
        app_module.after_both(window.page("overview").first_painted, task, window.finish_start_up)
        window.show()
        qtbot.waitUntil(lambda: bool(seen), timeout=60_000)
    (register,) = seen
    assert register is not None and register.fictitious and Path(register.path) == tmp_path / "data" / "Twente-demo.hrplan"
    assert task.is_done and task.error is None
