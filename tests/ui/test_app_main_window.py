"""The main window: title and modified marker, language switch, opening files, recent files, menus."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QMessageBox

from hrplanner.db.engine import backup_file
from hrplanner.ui import settings
from hrplanner.ui.dialogs.about_dialog import AboutDialog

pytestmark = pytest.mark.usefixtures("dutch")


def test_title_names_the_demo_register_and_never_shows_a_modified_marker(main_window):
    """Every edit is saved at once, so the title never says something is unsaved (issue 13 item 5)."""
    title = main_window.windowTitle()
    assert title.startswith("Twente (demo) \u2014 demo.hrplan (demo")
    assert "(demo \u2014 fictieve cijfers)" in title and "*" not in title
    stack = main_window.context.undo_stack
    stack.push(QUndoCommand("wijziging"))
    assert not main_window.isWindowModified() and "*" not in main_window.windowTitle()
    assert main_window.main_actions.undo.isEnabled()
    assert main_window.main_actions.undo.text() == "&Ongedaan maken: wijziging"
    stack.undo()
    assert not main_window.isWindowModified()
    assert main_window.main_actions.redo.text() == "&Opnieuw: wijziging"


def test_a_page_switch_clears_a_stale_status_message(main_window):
    main_window.statusBar().showMessage("Geopend: iets van de vorige pagina")
    main_window.show_page("projection")
    assert main_window.statusBar().currentMessage() == ""


def test_language_switches_live_and_back(main_window, qtbot):
    file_menu = main_window.menu("file")
    page = main_window.page("overview")
    assert file_menu.title() == "&Bestand"
    assert main_window.navigation.item(0).text() == "Overzicht"
    with qtbot.waitSignal(main_window.context.language_changed) as signal:
        main_window.main_actions.language_en.trigger()
    assert signal.args == ["en"]
    assert file_menu.title() == "&File"
    assert main_window.navigation.item(0).text() == "Overview"
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Persons"
    assert settings.get(settings.LANGUAGE) == "en"
    main_window.main_actions.language_nl.trigger()
    assert file_menu.title() == "&Bestand"
    assert page.model.headerData(1, Qt.Orientation.Horizontal) == "Personen"
    assert main_window.main_actions.language_nl.isChecked()


def test_opening_a_bad_file_shows_why_and_keeps_the_register(main_window, dialogs, tmp_path):
    bad = tmp_path / "kapot.hrplan"
    bad.write_text("dit is geen register", encoding="utf-8")
    before = main_window.context.register
    title = main_window.windowTitle()
    main_window.open_file(bad)
    assert main_window.context.register is before
    assert main_window.windowTitle() == title
    assert len(dialogs.messages) == 1
    message = dialogs.messages[0]
    assert message["icon"] == QMessageBox.Icon.Warning
    assert str(bad) in message["text"]
    assert "not an hrplanner register" in message["informative"]
    assert "blijft open" in message["informative"]
    assert str(bad.resolve()) not in settings.recent_files()


def test_opening_a_missing_file_names_it(main_window, dialogs, tmp_path):
    missing = tmp_path / "weg.hrplan"
    main_window.open_file(missing)
    assert "not found" in dialogs.messages[0]["informative"]
    assert str(missing) in dialogs.messages[0]["text"]


def test_recent_files_are_kept_newest_first_and_at_most_eight(main_window, demo_path, tmp_path):
    assert settings.recent_files() == [str(demo_path.resolve())]
    other = backup_file(demo_path, tmp_path / "tweede.hrplan")
    main_window.open_file(other)
    assert main_window.context.register.path == other
    assert settings.recent_files() == [str(other.resolve()), str(demo_path.resolve())]
    main_window.open_file(demo_path)
    assert settings.recent_files() == [str(demo_path.resolve()), str(other.resolve())]
    for number in range(10):
        settings.add_recent_file(tmp_path / f"r{number}.hrplan")
    files = settings.recent_files()
    assert len(files) == 8 and files[0].endswith("r9.hrplan") and files[-1].endswith("r2.hrplan")
    # stored in the settings file, so a new QSettings (a new app run) sees them
    raw = settings.qsettings().value(settings.RECENT_FILES.key)
    assert [str(x) for x in raw] == files
    main_window.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in main_window.recent_menu.actions()]
    assert texts[0] == "&1  r9.hrplan" and len(texts) == 8


def test_opening_the_register_open_for_editing_keeps_it_as_it_is(main_window, demo_path, dialogs):
    session = main_window.context.session
    assert session.lock is not None and not session.register.read_only
    # through another spelling of the same path: a second copy could only be read-only (the lock is ours)
    main_window.open_file(demo_path.parent / "." / demo_path.name, synchronous=True)
    assert main_window.context.session is session and session.lock is not None
    assert not main_window.context.register.read_only
    assert main_window.statusBar().currentMessage() == f"{demo_path.name} is al geopend"
    assert not dialogs.messages


def test_open_recent_menu_opens_the_file(main_window, demo_path, tmp_path):
    other = backup_file(demo_path, tmp_path / "derde.hrplan")
    settings.add_recent_file(other)
    main_window.recent_menu.aboutToShow.emit()
    main_window.recent_menu.actions()[0].trigger()
    assert main_window.context.register.path == other


def test_open_dialog_remembers_the_folder(main_window, dialogs, demo_path, tmp_path):
    other = backup_file(demo_path, tmp_path / "map" / "vierde.hrplan")
    dialogs.files.append(str(other))
    main_window.main_actions.open_register.trigger()
    assert main_window.context.register.path == other
    assert settings.get(settings.LAST_DIRECTORY) == str(other.parent)


def test_new_register_creates_an_empty_register(main_window, dialogs, tmp_path):
    dialogs.files.append(str(tmp_path / "Achterhoek"))
    main_window.main_actions.new_register.trigger()
    register = main_window.context.register
    assert register.path == tmp_path / "Achterhoek.hrplan"
    assert register.region == "Achterhoek" and not register.fictitious
    assert "fictieve" not in main_window.windowTitle()
    assert main_window.round_combo.count() == 0 and not main_window.round_combo.isEnabled()


def test_keyboard_shortcuts_and_accessible_names(main_window):
    shortcuts = {a.shortcut().toString() for a in main_window.menu("view").actions()}
    assert "Ctrl+1" in shortcuts
    assert main_window.main_actions.undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert main_window.main_actions.open_register.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert main_window.navigation.accessibleName() == "Pagina's"
    assert main_window.round_combo.accessibleName() == "Ronde"
    assert main_window.round_label.buddy() is main_window.round_combo


def test_other_features_add_actions_to_menus(main_window):
    tools = main_window.menu("tools")
    assert not tools.menuAction().isVisible()
    action = QAction("Exporteren naar Excel…", main_window)
    main_window.add_action("tools", action)
    assert tools.menuAction().isVisible()
    assert action in tools.actions()
    file_action = QAction("Importeren…", main_window)
    main_window.add_action("file", file_action)
    actions = main_window.menu("file").actions()
    assert actions.index(file_action) < actions.index(main_window.main_actions.quit)


def test_about_dialog_tells_where_data_lives_and_that_the_demo_is_fictitious(main_window, dialogs):
    from hrplanner.logs import log_file
    from hrplanner.paths import data_dir

    main_window.main_actions.about.trigger()
    dialog = dialogs.dialogs[-1]
    assert isinstance(dialog, AboutDialog)
    text = dialog.findChildren(type(main_window.round_label))[0].text()
    assert str(data_dir()) in text and str(log_file()) in text
    assert "fictief" in text and "0.1.0" in text


def test_geometry_is_saved_on_close_and_restored(qtbot):
    from hrplanner.ui.context import AppContext
    from hrplanner.ui.main_window import MainWindow
    from hrplanner.ui.pages.overview import OverviewPage

    first = MainWindow(AppContext(), [OverviewPage])
    qtbot.addWidget(first)
    first.resize(701, 503)  # inside the offscreen screen (800 x 800)
    first.show()
    first.close()
    assert not settings.get(settings.WINDOW_GEOMETRY).isEmpty()
    again = MainWindow(AppContext(), [OverviewPage])
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (701, 503)


def test_settings_dialog_saves_and_announces_changes(main_window, qtbot):
    from hrplanner.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(main_window.context, main_window)
    qtbot.addWidget(dialog)
    assert dialog.threshold.value() == 5 and dialog.draws.value() == 1000 and dialog.backups.value() == 10
    dialog.threshold.setValue(7)
    dialog.user_name.setText("  J. de Vries ")
    with qtbot.waitSignal(main_window.context.settings_changed) as signal:
        dialog.accept()
    assert signal.args in (["audit/user_name"], ["privacy/small_number_threshold"])
    assert settings.get(settings.SMALL_NUMBER_THRESHOLD) == 7
    assert main_window.context.user_name == "J. de Vries"


def test_initial_register_prefers_argument_then_recent_then_demo(tmp_path, monkeypatch):
    from hrplanner.ui.app import demo_register_path, initial_register

    monkeypatch.setenv("HRPLANNER_DATA_DIR", str(tmp_path / "data"))
    assert initial_register(None) == tmp_path / "data" / "Twente-demo.hrplan" == demo_register_path()
    existing = tmp_path / "bestaand.hrplan"
    existing.write_bytes(b"")
    settings.put(settings.RECENT_FILES, [str(tmp_path / "weg.hrplan"), str(existing)])
    assert initial_register(None) == existing
    assert initial_register("gevraagd.hrplan") == Path("gevraagd.hrplan")
