"""Qt's own dialog texts that its Dutch translation (qtbase_nl) leaves in English.

Qt 6's non-native file dialog labels its folder and file-type boxes "&Look in:" and "Files of &type:",
while qtbase_nl only translates "Look in:" and "Files of type:" without the mnemonics. Marking them
here puts them in hrplanner's own translation, which Qt consults when its own has no entry, so the
Dutch app shows no English in a file dialog. Nothing imports the names; the texts are only read by
scripts/build_translations.py.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_OWN_TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
