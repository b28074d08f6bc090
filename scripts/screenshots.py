"""Render every page of the main window, in Dutch and in English, to PNG files (offscreen).

    .venv/bin/python scripts/screenshots.py [--out shots] [--readme] [--size 1024x700] [--tabs] [--dialogs]

With ``--size`` the window is shown maximised on a screen of that size: run it under Xvfb with a
screen of the same size (``Xvfb :65 -screen 0 1024x700x24 &``, ``DISPLAY=:65 QT_QPA_PLATFORM=xcb``) to
see the app as on a laptop; the files are then named ``<page>-<w>x<h>-<lang>.png``. ``--tabs`` also
shoots every tab of the pages that have tabs (and the end of a scrolling page), ``--dialogs`` the main
dialogs (settings, about, feedback reports, server connection, restore, organisation, occupation, round,
the name for the audit log, the error report and a file dialog).

Works on a fresh demo register in a temporary folder, with temporary settings, so it changes nothing
of the user's. ``--readme`` also writes the Dutch overview to resources/screenshots/overview_nl.png.
(resources/screenshots/main_window.png is a shot of the real app under Xvfb, see the README.)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1400, 900


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "shots", help="folder for the PNG files")
    parser.add_argument("--readme", action="store_true", help="also write resources/screenshots/overview_nl.png")
    parser.add_argument("--languages", default="nl,en", help="comma-separated (default nl,en)")
    parser.add_argument("--size", default="", help="WIDTHxHEIGHT: show the window maximised (default 1400x900)")
    parser.add_argument("--tabs", action="store_true", help="also shoot every tab of a page")
    parser.add_argument("--dialogs", action="store_true", help="also shoot the main dialogs")
    options = parser.parse_args(argv)

    scratch = Path(tempfile.mkdtemp(prefix="hrplanner-shots-"))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["HRPLANNER_DATA_DIR"] = str(scratch / "data")
    os.environ["HRPLANNER_SETTINGS_DIR"] = str(scratch / "settings")

    from PySide6.QtWidgets import QApplication

    from hrplanner.services.demo import write_demo
    from hrplanner.ui import workers
    from hrplanner.ui.context import AppContext
    from hrplanner.ui.language import install_language
    from hrplanner.ui.main_window import MainWindow
    from hrplanner.ui.theme import apply_theme

    workers.set_synchronous(True)
    app = QApplication.instance() or QApplication(["hrplanner-screenshots"])
    apply_theme(app)
    register_path = scratch / "Twente-demo.hrplan"
    write_demo(register_path).close()
    options.out.mkdir(parents=True, exist_ok=True)
    written = []
    for language in options.languages.split(","):
        install_language(language)
        context = AppContext()
        context.language = language
        window = MainWindow(context)
        size = options.size
        window.open_file(register_path, synchronous=True)
        if size:  # as large as the screen (Xvfb has no window manager to maximise it)
            window.setGeometry(window.screen().availableGeometry())
            window.show()
        else:
            window.resize(WIDTH, HEIGHT)
            window.show()
        suffix = f"_{size}" if size else ""
        from PySide6.QtWidgets import QScrollArea, QTabWidget

        def target_of(name: str) -> Path:
            """``<page>-<w>x<h>-<lang>.png`` at a screen size, else ``NN_<page>_<lang>.png``."""
            if size:
                return options.out / f"{name}-{size}-{language}.png"
            return options.out / f"{index:02d}_{name}_{language}.png"

        for index, page in enumerate(window.pages()):
            window.show_page(index)
            for _ in range(3):
                app.processEvents()
            if window.current_page() is not page:  # hidden here (the shared figures: a server register's)
                continue
            target = target_of(page.page_id)
            window.grab().save(str(target))
            written.append(target)
            areas = [a for a in page.findChildren(QScrollArea) if a.isVisible() and a.verticalScrollBar().maximum() > 0
                     and a.parentWidget() is page] if options.tabs else []
            for area in areas[:1]:  # the page's own scroll area: its end too
                area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
                for _ in range(3):
                    app.processEvents()
                target = target_of(f"{page.page_id}_end")
                window.grab().save(str(target))
                written.append(target)
                area.verticalScrollBar().setValue(0)
            tabs = page.findChildren(QTabWidget) if options.tabs else []
            for tab_widget in tabs:
                for tab in range(1, tab_widget.count()):
                    tab_widget.setCurrentIndex(tab)
                    for _ in range(3):
                        app.processEvents()
                    target = target_of(f"{page.page_id}_tab{tab}")
                    window.grab().save(str(target))
                    written.append(target)
                tab_widget.setCurrentIndex(0)
            if options.readme and language == "nl" and page.page_id == "overview":
                readme_shot = ROOT / "resources" / "screenshots" / "overview_nl.png"
                readme_shot.parent.mkdir(parents=True, exist_ok=True)
                window.grab().save(str(readme_shot))
                written.append(readme_shot)
        if options.dialogs:
            written += shoot_dialogs(app, window, language, target_of)
        window.close()
        context.set_register(None)  # closes it and releases its writer lock
        window.deleteLater()
        app.processEvents()
    for path in written:
        print(path)
    return 0


def shoot_dialogs(app, window, language: str, target_of) -> list[Path]:  # noqa: ANN001
    """Show each main dialog over the window and save it (the dialog alone)."""
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from hrplanner.ui import settings
    from hrplanner.ui.actions_backup import RestoreDialog
    from hrplanner.ui.dialogs.about_dialog import AboutDialog
    from hrplanner.ui.dialogs.connect_dialog import ConnectDialog
    from hrplanner.ui.dialogs.error_dialog import ErrorDialog
    from hrplanner.ui.dialogs.feedback_dialog import FeedbackDialog
    from hrplanner.ui.dialogs.settings_dialog import SettingsDialog
    from hrplanner.ui.dialogs.user_name import ask_once
    from hrplanner.ui.pages.register_dialogs import OccupationDialog, OrganisationDialog, RoundDialog

    context = window.context
    register = context.register
    from hrplanner.ui import format as fmt

    rounds = [(r.reference_date.isoformat(), fmt.fmt_date(r.reference_date)) for r in register.rounds()]
    organisations = [o.name for o in register.organisations()]
    file_dialog = QFileDialog(window, "Open")
    file_dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialogs = {
        "settings_dialog": SettingsDialog(context, window), "about_dialog": AboutDialog(context, window),
        "feedback_dialog": FeedbackDialog(window, rounds, organisations, context.current_round),
        "connect_dialog": ConnectDialog(window), "restore_dialog": RestoreDialog(register.path, window),
        "organisation_dialog": OrganisationDialog(window, lambda *a, **k: None, language),
        "occupation_dialog": OccupationDialog(window, lambda *a, **k: None),
        "round_dialog": RoundDialog(window, lambda *a, **k: None),
        "error_dialog": ErrorDialog("Traceback (most recent call last):\n  ...\nValueError: an example", window),
        "file_dialog": file_dialog,
    }
    written = []
    for name, dialog in dialogs.items():
        dialog.show()
        for _ in range(3):
            app.processEvents()
        target = target_of(name)
        dialog.grab().save(str(target))
        written.append(target)
        dialog.close()

    def exec_(dialog: QInputDialog) -> int:  # the name question, shown instead of run
        dialog.show()
        for _ in range(3):
            app.processEvents()
        target = target_of("user_name_dialog")
        dialog.grab().save(str(target))
        written.append(target)
        dialog.close()
        return 0

    run = QInputDialog.exec
    QInputDialog.exec = exec_
    try:
        settings.put(settings.USER_NAME_ASKED, False)
        ask_once(context, window)
    finally:
        QInputDialog.exec = run
    return written


if __name__ == "__main__":
    sys.exit(main())
