"""Starting the app: ``hrplanner [--lang nl|en] [--reset-settings] [FILE.hrplan]``.

Order matters: the QApplication and the last-resort error handler first, then the look, the language
and the main window; then the register (the file given, else the most recent one, else the demo
register, generated into the user's data folder on the very first start). Logging was set up by
``hrplanner.__main__`` before any of this.

The window first holds only the overview; the other pages are imported and built one by one after
its first paint, so the user sees the key figures sooner. ``HRPLANNER_BENCH_EXIT_ON_SHOWN=1`` makes
the app print ``hrplanner-shown <seconds>`` at that first paint with the figures and
``hrplanner-charts <seconds>`` when the charts followed, then quit (benchmarks/bench_startup.py).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

import hrplanner
from hrplanner.paths import data_dir
from hrplanner.ui import settings
from hrplanner.ui.context import AppContext
from hrplanner.ui.dialogs.error_dialog import install_excepthook
from hrplanner.ui.language import LANGUAGES, choose_language, install_language
from hrplanner.ui.theme import apply_theme

log = logging.getLogger(__name__)

DEMO_FILE_NAME = "Twente-demo" + hrplanner.REGISTER_SUFFIX


def parse_gui_args(args: Sequence[str]) -> tuple[argparse.Namespace, list[str]]:
    """The app's own options; anything else (Qt's -platform and the like) goes to QApplication."""
    parser = argparse.ArgumentParser(prog="hrplanner", description="Start the hrplanner app.")
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the app (default: Dutch)")
    parser.add_argument("--reset-settings", action="store_true", help="forget all settings first")
    parser.add_argument("file", nargs="?", metavar="FILE.hrplan", help="register to open")
    return parser.parse_known_args(list(args))


def demo_register_path() -> Path:
    """Where the first start puts the demo register (the data folder the CLI uses too)."""
    return data_dir() / DEMO_FILE_NAME


def initial_register(requested: str | None) -> Path:
    """The file to open at start: the one given, else the newest recent file that still exists,
    else the demo register (which may still have to be generated)."""
    if requested:
        return Path(requested)
    for name in settings.recent_files():
        if Path(name).is_file():
            return Path(name)
    return demo_register_path()


def write_demo_register(path: Path) -> Path:
    """Write the demo register to ``path`` via a temporary file, so that a failure leaves no half
    file. Runs in the background: it takes about a second."""
    from hrplanner.services.demo import write_demo

    temporary = path.with_name(f".{path.name}.part")
    write_demo(temporary).close()
    for suffix in ("-wal", "-shm"):
        Path(str(temporary) + suffix).unlink(missing_ok=True)
    temporary.replace(path)
    return path


def open_initial_register(window, requested: str | None) -> None:
    """Open the start-up register; on the first start write the demo register first."""
    from hrplanner.ui.workers import run_task

    path = initial_register(requested)
    if requested or path.exists():
        window.open_file(path, synchronous=True)
        return
    log.info("first start: writing the demo register to %s", path)
    window.statusBar().showMessage(
        QCoreApplication.translate("app", "Preparing the demo register (fictitious figures)…"))
    run_task(lambda _token: write_demo_register(path), name="demo register", parent=window,
             on_result=window.open_file, on_error=lambda exc: window.show_open_error(path, exc))


def _bench_markers(overview, started: float) -> None:
    """Print when the overview's figures were first painted and when its charts followed; quit."""
    def marker(name: str) -> None:
        try:
            print(f"{name} {time.perf_counter() - started:.3f}", flush=True)
        except OSError:  # the benchmark stopped reading
            pass

    def charts() -> None:
        marker("hrplanner-charts")
        QApplication.instance().quit()

    def shown() -> None:
        marker("hrplanner-shown")

    overview.figures_painted.connect(shown)
    overview.charts_drawn.connect(charts)


def run_app(args: Sequence[str]) -> int:
    started = time.perf_counter()
    try:
        options, qt_args = parse_gui_args(args)
    except SystemExit as exc:  # --help or a bad option: argparse has printed the message
        return int(exc.code or 0)
    QApplication.setApplicationName(hrplanner.APP_NAME)
    QApplication.setOrganizationName(hrplanner.ORGANISATION_NAME)
    QApplication.setApplicationVersion(hrplanner.__version__)
    QApplication.setDesktopFileName("hrplanner")
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "hrplanner", *qt_args])
    install_excepthook()
    apply_theme(app)
    if options.reset_settings:
        settings.reset()
    language = choose_language(options.lang)
    install_language(language)

    from hrplanner.ui.main_window import MainWindow
    from hrplanner.ui.pages.overview import OverviewPage

    context = AppContext()
    context.language = language
    context.user_name = settings.user_name()
    # The overview first; the other pages are imported and built once it has been painted.
    window = MainWindow(context, [OverviewPage])
    open_initial_register(window, options.file)
    overview = window.page("overview")
    if os.environ.get("HRPLANNER_BENCH_EXIT_ON_SHOWN") == "1":
        _bench_markers(overview, started)
    else:
        overview.figures_painted.connect(window.finish_start_up)
        from hrplanner.ui.dialogs.user_name import ask_once

        QTimer.singleShot(0, lambda: ask_once(context, window))  # the first start only
    window.show()
    code = app.exec()
    from hrplanner.ui.workers import wait_for_all

    wait_for_all(10_000)
    context.set_register(None)  # closes the register (and releases its writer lock)
    return code
