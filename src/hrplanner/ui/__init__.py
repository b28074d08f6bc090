"""Everything that imports Qt: the main window, the pages, their models, charts and dialogs."""
