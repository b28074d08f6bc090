"""Everything that imports Qt: the main window, the pages, their models, charts and dialogs."""

from hrplanner.ui.compat import make_bools_immortal

make_bools_immortal()
