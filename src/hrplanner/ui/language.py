"""Which language the UI speaks, and the Qt translators that make it speak it.

Source strings are English; Dutch comes from ``hrplanner/i18n/hrplanner_nl.qm`` (built from the .ts
by ``scripts/build_translations.py``) plus Qt's own ``qtbase_nl`` for the standard dialogs' buttons.
English loads ``hrplanner_en.qm``: only the singular and plural of the counted strings ("%n cell(s)"
reads "1 cell", "2 cells"), which Qt takes from a translation only.
The app speaks Dutch unless English was chosen (in the settings or with ``--lang en``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from hrplanner.ui import format as fmt
from hrplanner.ui import settings

log = logging.getLogger(__name__)

LANGUAGES = ("nl", "en")
I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"

_installed: list[QTranslator] = []


def choose_language(requested: str | None = None) -> str:
    """``--lang`` first, then the saved choice; Dutch when none was ever made (or the system is Dutch)."""
    if requested in LANGUAGES:
        return requested
    saved = settings.get(settings.LANGUAGE)
    if saved in LANGUAGES:
        return saved
    # Never chosen: Dutch, whatever the system's locale (a Dutch system gets Dutch either way).
    return "nl"


def install_language(language: str) -> bool:
    """Replace the installed translators by those of ``language``; True if hrplanner's own loaded.

    Installing sends a LanguageChange event to every widget; pages also get the context's
    ``language_changed`` signal from the main window.
    """
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    fmt.set_language(language)
    if language == "en":
        plurals = QTranslator(app)
        if plurals.load("hrplanner_en", str(I18N_DIR)):
            app.installTranslator(plurals)
            _installed.append(plurals)
        else:
            log.warning("no English plural forms in %s; counts read like '2 cell(s)'", I18N_DIR)
        return True
    loaded = False
    own = QTranslator(app)
    if own.load(f"hrplanner_{language}", str(I18N_DIR)):
        app.installTranslator(own)
        _installed.append(own)
        loaded = True
    else:
        log.warning("no %s translation in %s; the UI stays English", language, I18N_DIR)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return loaded
