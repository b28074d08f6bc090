"""Starting the app: ``hrplanner [--lang nl|en] [--reset-settings] [FILE.hrplan]``.

Order matters: the QApplication and the last-resort error handler first, then the look, the language
and the main window; then the register (the file given, else the most recent one, else the demo
register, generated into the user's data folder on the very first start). Logging was set up by
``hrplanner.__main__`` before any of this.

The window first holds only the overview, painted from a preview of the register read with sqlite3
alone (ui.safe_open.Preview); after its first paint the overview shows the figures of a publication at
hand (kept from an earlier start, its proof checked against the preview), then the register is opened
as a session in the background (SQLAlchemy, the writer lock, a migration if due), which replaces the
preview, and then the other pages are imported and built one by one. ``HRPLANNER_BENCH_EXIT_ON_SHOWN=1`` makes the app
print ``hrplanner-shown <seconds>`` at that first paint, ``hrplanner-figures <seconds>`` when the
figures of the shared view (the round's publication, made in the background) were shown,
``hrplanner-changes <seconds>`` when their changes since the previous round followed (that round's
publication) and ``hrplanner-charts <seconds>`` when the charts followed, then quit
(benchmarks/bench_startup.py).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication

import hrplanner
from hrplanner.paths import data_dir
from hrplanner.ui import collector, settings
from hrplanner.ui.context import AppContext
from hrplanner.ui.labels import targs
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
    """Write the demo register to ``path`` (built under a temporary name and moved into place complete,
    so a failure leaves no half file). Runs in the background: it takes about a second."""
    from hrplanner.services.demo import write_demo

    path.parent.mkdir(parents=True, exist_ok=True)
    write_demo(path, overwrite=False).close()
    return path


def install_excepthook() -> None:
    """The last-resort error handler: an error no one caught goes to the error dialog
    (:func:`hrplanner.ui.dialogs.error_dialog.handle_exception`), whose module is loaded when the
    first such error comes, not at every start (10 ms of it)."""

    def last_resort(exc_type, exc, tb) -> None:  # noqa: ANN001 - sys.excepthook's arguments
        try:
            from hrplanner.ui.dialogs.error_dialog import handle_exception
        except Exception:  # noqa: BLE001 - the dialog cannot be loaded: Python's own report
            sys.__excepthook__(exc_type, exc, tb)
            return
        handle_exception(exc_type, exc, tb)

    sys.excepthook = last_resort


def open_initial_register(window, requested: str | None):  # noqa: ANN201 - Path | Task | None
    """Open the start-up register; on the first start write the demo register first.

    A local register at the current schema is first shown as a preview read with sqlite3 alone
    (ui.safe_open.Preview), so the overview is painted before SQLAlchemy is loaded; the path is then
    returned and :func:`open_session` (after the first paint) opens it as a session that replaces the
    preview. On the first start the demo register is written and opened by one background task, which
    is returned: the rest of the start-up waits for it, as it waits for the session of a preview (two
    threads importing one package side by side can see it half-initialised). Otherwise the register
    is opened at once and None is returned."""
    from hrplanner.ui import safe_open

    path = initial_register(requested)
    if requested or path.exists():
        preview = safe_open.open_preview(path)
        if preview is not None:
            window.context.set_register(preview)
            window.statusBar().showMessage(targs(QCoreApplication.translate("app", "Opening %1…"), path.name))
            return path
        window.open_file(path, synchronous=True)
        return None
    from hrplanner.ui.workers import run_task

    log.info("first start: writing the demo register to %s", path)
    window.statusBar().showMessage(
        QCoreApplication.translate("app", "Preparing the demo register (fictitious figures)…"))

    def writing(_token) -> object:  # noqa: ANN001 - a CancelToken; a RegisterSession
        session = safe_open.open_register(write_demo_register(path))
        preload()  # as for a preview's session: what the overview's background work needs next
        return session

    return run_task(writing, name="demo register", parent=window, on_result=window.adopt_register,
                    on_error=lambda exc: window.show_open_error(path, exc))


def after_both(first: SignalInstance, task, then: Callable[[], None]) -> None:  # noqa: ANN001 - a workers.Task
    """Run ``then`` once ``first`` has been emitted and ``task`` is done (in either order)."""
    waiting = [first, task]

    def one_done(which) -> None:  # noqa: ANN001
        if which in waiting:
            waiting.remove(which)
            if not waiting:
                then()

    first.connect(lambda: one_done(first))
    if task.is_done:  # run synchronously (the tests), or already finished
        one_done(task)
    else:
        task.done.connect(lambda: one_done(task))


def open_session(window, path: Path, then: Callable[[], None]) -> None:
    """Open the previewed register as a session (the writer lock, or read-only with the reason) in the
    background; it replaces the preview. If it cannot be opened, the preview goes and the message says
    why. ``then`` runs after either."""
    from hrplanner.ui import safe_open
    from hrplanner.ui.workers import run_task

    def opened(session) -> None:  # noqa: ANN001 - a RegisterSession
        try:
            window.adopt_register(session)
        finally:
            then()

    def failed(exc: BaseException) -> None:
        try:
            if window.context.is_preview:
                window.context.set_register(None)
            window.show_open_error(path, exc)
        finally:
            then()

    def opening(_token) -> object:  # noqa: ANN001 - a CancelToken; a RegisterSession
        session = safe_open.open_register(path)
        preload()
        return session

    run_task(opening, name="open register", parent=window, on_result=opened, on_error=failed)


def preload() -> None:
    """Import what the overview's background work needs next (the projection, the disclosure layer)
    here, on one thread, before that work starts side by side (pages/overview.py)."""
    from hrplanner.ui.pages.overview import BACKGROUND_MODULES

    for name in BACKGROUND_MODULES:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - the work that needs it reports the error itself
            log.exception("could not load %s", name)


def _bench_markers(overview, started: float, with_session: bool) -> Callable[[], None]:
    """Print when the overview was first painted, when its (published) figures were shown, when its
    charts followed and (``with_session``) when the previewed register's session replaced the
    preview; quit after all of them. Returns what to call when the session is there."""
    seen: set[str] = set()
    awaited = {"hrplanner-figures", "hrplanner-changes", "hrplanner-charts"} | (
        {"hrplanner-session"} if with_session else set())
    try:  # a descriptor of its own: a solver quiets descriptor 1 while it runs (domain/disclosure/solver.quiet)
        out = os.fdopen(os.dup(sys.stdout.fileno()), "w", buffering=1)
    except (AttributeError, OSError, ValueError):
        out = sys.stdout

    def marker(name: str) -> None:
        seen.add(name)
        try:
            print(f"{name} {time.perf_counter() - started:.3f}", file=out, flush=True)
        except (OSError, ValueError):  # the benchmark stopped reading
            pass
        if awaited <= seen:
            QApplication.instance().quit()

    overview.first_painted.connect(lambda: marker("hrplanner-shown"))
    overview.figures_shown.connect(lambda: marker("hrplanner-figures"))
    overview.changes_shown.connect(lambda: marker("hrplanner-changes"))
    overview.charts_drawn.connect(lambda: marker("hrplanner-charts"))
    return lambda: marker("hrplanner-session")


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
    collector.install(app)  # before a register is read: what lives now lives as long as the app
    opened = open_initial_register(window, options.file)
    previewed = opened if isinstance(opened, Path) else None
    overview = window.page("overview")
    bench = os.environ.get("HRPLANNER_BENCH_EXIT_ON_SHOWN") == "1"
    # After the first paint: the session of a previewed register (or the demo register written on the
    # first start), then the other pages.
    finish = _bench_markers(overview, started, previewed is not None) if bench else window.finish_start_up
    if previewed is not None:  # after the figures the preview has at hand
        overview.first_painted.connect(
            lambda: overview.after_preview_publication(lambda: open_session(window, previewed, finish)))
    elif opened is not None:
        after_both(overview.first_painted, opened, finish)
    else:
        overview.first_painted.connect(finish)
    if not bench:
        from hrplanner.ui.dialogs.user_name import ask_once

        QTimer.singleShot(0, lambda: ask_once(context, window))  # the first start only
    window.show()
    code = app.exec()
    from hrplanner.ui.workers import stop_all

    stop_all(10_000)
    context.set_register(None)  # closes the register (and releases its writer lock)
    return code
