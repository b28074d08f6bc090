"""Render every page of the main window, in Dutch and in English, to PNG files (offscreen).

    .venv/bin/python scripts/screenshots.py [--out shots] [--readme] [--size 1024x700] [--tabs]

With ``--size`` the window is shown maximised on a screen of that size: run it under Xvfb with a
screen of the same size (``Xvfb :65 -screen 0 1024x700x24 &``, ``DISPLAY=:65 QT_QPA_PLATFORM=xcb``) to
see the app as on a laptop; ``--tabs`` also shoots every tab of the pages that have tabs.

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

        for index, page in enumerate(window.pages()):
            window.show_page(index)
            for _ in range(3):
                app.processEvents()
            target = options.out / f"{index:02d}_{page.page_id}_{language}{suffix}.png"
            window.grab().save(str(target))
            written.append(target)
            areas = [a for a in page.findChildren(QScrollArea) if a.isVisible() and a.verticalScrollBar().maximum() > 0
                     and a.parentWidget() is page] if options.tabs else []
            for area in areas[:1]:  # the page's own scroll area: its end too
                area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
                for _ in range(3):
                    app.processEvents()
                target = options.out / f"{index:02d}_{page.page_id}_end_{language}{suffix}.png"
                window.grab().save(str(target))
                written.append(target)
                area.verticalScrollBar().setValue(0)
            tabs = page.findChildren(QTabWidget) if options.tabs else []
            for tab_widget in tabs:
                for tab in range(1, tab_widget.count()):
                    tab_widget.setCurrentIndex(tab)
                    for _ in range(3):
                        app.processEvents()
                    target = options.out / f"{index:02d}_{page.page_id}_tab{tab}_{language}{suffix}.png"
                    window.grab().save(str(target))
                    written.append(target)
                tab_widget.setCurrentIndex(0)
            if options.readme and language == "nl" and page.page_id == "overview":
                readme_shot = ROOT / "resources" / "screenshots" / "overview_nl.png"
                readme_shot.parent.mkdir(parents=True, exist_ok=True)
                window.grab().save(str(readme_shot))
                written.append(readme_shot)
        window.close()
        context.set_register(None)  # closes it and releases its writer lock
        window.deleteLater()
        app.processEvents()
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
