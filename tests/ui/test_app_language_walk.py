"""A walk through every page, tab and dialog in Dutch and in English that fails on text of the other
language: an English source string shown untranslated in the Dutch app, or a Dutch translation or
Dutch occupation name shown in the English app.

The strings of each language come from the translation source (hrplanner_nl.ts): a Dutch text is a
translation that differs from its English source. What the user sees is read from the widgets:
labels, buttons, group boxes, tabs, combo items, table headers and cells, tooltips and window titles.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)

import hrplanner

TS = Path(hrplanner.__file__).parent / "i18n" / "hrplanner_nl.ts"
TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """A text as read: without rich-text tags, mnemonics and surrounding space."""
    text = TAG.sub(" ", text or "").replace("&nbsp;", " ").replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def pairs() -> list[tuple[str, str]]:
    """(English source, Dutch translation) of every finished message that the translation changes."""
    found = []
    for message in ET.parse(TS).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        forms = [n.text or "" for n in translation.findall("numerusform")] or [translation.text or ""]
        source = message.findtext("source") or ""
        for form in forms:
            if plain(form) != plain(source):
                found.append((plain(source), plain(form)))
    return found


ENGLISH = {source for source, _ in pairs() if "%" not in source and len(source) > 3}
DUTCH = {dutch for _, dutch in pairs() if "%" not in dutch and len(dutch) > 3}
#: Texts that are the same word in both languages somewhere and a different one elsewhere.
BOTH = ENGLISH & DUTCH


def texts_of(root: QWidget) -> list[str]:
    """What a user can read in ``root``: visible texts, tooltips, headers and the first table rows."""
    seen: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root.window()) and widget is not root:
            continue
        if widget.toolTip():
            seen.extend(widget.toolTip().split("\n"))
        if isinstance(widget, QLabel):
            seen.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            seen.append(widget.text())
        elif isinstance(widget, QGroupBox):
            seen.append(widget.title())
        elif isinstance(widget, QTabWidget):
            seen.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            seen.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model (its columnCount is private)
                columns = 1
            for column in range(columns):
                seen.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
            for row in range(min(model.rowCount(QModelIndex()), 40)):
                for column in range(columns):
                    seen.append(str(model.index(row, column).data() or ""))
    return [plain(t) for t in seen if t and plain(t)]


#: Words that give away the other language in any sentence (not names of the demo's organisations).
MARKERS = {
    "nl": re.compile(r"\b(the|The|and|per year|Round|level|none|None|Reference date)\b"),
    "en": re.compile(r"\b(Peildatum|peildatum|[Ff]ictieve|geen|Geen|wijziging(en)?|per jaar|niveau|Ronde)\b"),
}


def foreign(texts: list[str], language: str, names: list[str]) -> list[str]:
    """The texts that belong to the other language."""
    other = (ENGLISH if language == "nl" else DUTCH) - BOTH
    found = []
    for text in texts:
        # the whole text, and its parts of two words or more (one word is often the same in both)
        parts = {text, *(p for p in re.split(r"\s+[\u2014\u00b7]\s+|: |\. ", text) if " " in p)}
        if any(p in other for p in parts) or MARKERS[language].search(text) \
                or (language == "en" and any(n in text for n in names)):
            found.append(text)
    return sorted(set(found))


def walk(window, qapp) -> dict[str, list[str]]:
    """Every page and every tab of it, shown one after another: the texts per page."""
    seen = {}
    for index, page in enumerate(window.pages()):
        window.show_page(index)
        qapp.processEvents()
        texts = texts_of(window)
        for tabs in page.findChildren(QTabWidget):
            for tab in range(tabs.count()):
                tabs.setCurrentIndex(tab)
                qapp.processEvents()
                texts += texts_of(tabs.widget(tab))
            tabs.setCurrentIndex(0)
        seen[page.page_id] = texts
    return seen


def all_names(window) -> set[str]:
    """Every occupation name in both languages (data on the occupations page, which edits both)."""
    from hrplanner.services.summary import summarise

    return {name for pair in summarise(window.context.register).occupation_names.values() for name in pair}


def dutch_only_names(window) -> list[str]:
    """Occupation names whose Dutch differs from the English (they must not show in English)."""
    from hrplanner.services.summary import summarise

    names = summarise(window.context.register).occupation_names
    return [nl for nl, en in names.values() if en and nl != en]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_page_speaks_one_language(main_window, qapp, language):
    main_window.set_language(language)
    names = dutch_only_names(main_window)
    # The occupations page edits both names of an occupation: its name columns are data.
    data = all_names(main_window)
    found = {page: foreign([t for t in texts if page != "register_occupations" or t not in data], language, names)
             for page, texts in walk(main_window, qapp).items()}
    found = {page: texts for page, texts in found.items() if texts}
    assert found == {}, f"{language}: text of the other language: {found}"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_dialog_speaks_one_language(main_window, qapp, language):
    from hrplanner.ui.actions_backup import RestoreDialog
    from hrplanner.ui.dialogs.about_dialog import AboutDialog
    from hrplanner.ui.dialogs.error_dialog import ErrorDialog
    from hrplanner.ui.dialogs.settings_dialog import SettingsDialog
    from hrplanner.ui.dialogs.connect_dialog import ConnectDialog
    from hrplanner.ui.dialogs.feedback_dialog import FeedbackDialog
    from hrplanner.ui.pages.register_dialogs import OccupationDialog, OrganisationDialog, RoundDialog

    main_window.set_language(language)
    context = main_window.context
    register = context.register
    rounds = [(r.reference_date.isoformat(), r.reference_date.strftime("%d-%m-%Y")) for r in register.rounds()] \
        if hasattr(register, "rounds") else [("2025-12-31", "31-12-2025")]

    def submit(*_args, **_kwargs):  # noqa: ANN202 - the dialogs' submit callback, never called here
        return None

    file_dialog = QFileDialog(main_window, "x")
    file_dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialogs = [SettingsDialog(context, main_window), AboutDialog(context, main_window),
               ErrorDialog("Traceback: a report", main_window), RestoreDialog(context.register.path, main_window),
               OrganisationDialog(main_window, submit, language), OccupationDialog(main_window, submit),
               RoundDialog(main_window, submit), file_dialog,
               FeedbackDialog(main_window, rounds, ["De Brugwachter"], None), ConnectDialog(main_window)]
    found = []
    for dialog in dialogs:
        dialog.show()
        qapp.processEvents()
        found += foreign(texts_of(dialog) + [plain(dialog.windowTitle())], language, dutch_only_names(main_window))
        dialog.close()
    assert found == [], f"{language}: text of the other language: {found}"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_name_question_speaks_one_language(main_window, qapp, language, monkeypatch):
    """The dialog that asks once for the name the audit log records (built and shown by ask_once)."""
    from PySide6.QtWidgets import QInputDialog

    from hrplanner.ui import settings
    from hrplanner.ui.dialogs.user_name import ask_once

    main_window.set_language(language)
    seen: list[str] = []

    def exec_(dialog: QInputDialog) -> int:
        dialog.show()
        qapp.processEvents()
        seen.extend(texts_of(dialog) + [plain(dialog.windowTitle())])
        dialog.close()
        return 0

    monkeypatch.setattr(QInputDialog, "exec", exec_)
    settings.put(settings.USER_NAME_ASKED, False)
    assert ask_once(main_window.context, main_window)
    title = {"en": "Your name in the audit log", "nl": "Uw naam in het wijzigingslog"}[language]
    assert title in seen, seen  # the question was read
    assert foreign(seen, language, []) == []


def test_the_walk_shows_the_rounds_page(main_window, qapp):
    """The rounds page is walked as itself (the shared figures page shows only for a server register:
    its own test below reads it)."""
    main_window.show_page("rounds")
    qapp.processEvents()
    assert main_window.current_page().page_id == "rounds"
    assert any(t.startswith("Ronde ") for t in texts_of(main_window.current_page()))  # "Ronde 31-12-2025 (open)"


def test_the_walk_finds_text_of_the_other_language(main_window, qapp):
    """The check itself can fail: an English source shown in the Dutch app is found."""
    label = QLabel("Key figures per occupation", main_window.page("overview"))
    label.show()
    try:
        assert "Key figures per occupation" in foreign(texts_of(main_window), "nl", [])
    finally:
        label.deleteLater()


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("role", ["hr-lead", "steering"])
def test_the_shared_figures_page_speaks_one_language(main_window, qapp, language, role, monkeypatch):
    """The page a server register shows (published figures; an hr-lead's own beside the region), read
    from the demo register as if it were on a server, with one published figure per kind of row."""
    from hrplanner.services import server
    from hrplanner.services.register import Register

    register = main_window.context.register
    day = main_window.context.current_round
    code = register.occupations()[0].code
    figures = [server.PublishedFigure(day, None, code, "persons", 652.0, "652"),
               server.PublishedFigure(day, None, "", "fte", None, "\u2022"),
               server.PublishedFigure(day, "De Brugwachter", code, "open_positions", 3.0, "<5")]
    monkeypatch.setattr(Register, "on_server", property(lambda self: True))
    monkeypatch.setattr(server, "published_in", lambda reg, round_date=None: figures)
    monkeypatch.setattr(register, "role", role)
    main_window.set_language(language)
    page = main_window.page("shared_figures")
    main_window.stack.setCurrentWidget(page)
    page.refresh()
    qapp.processEvents()
    texts = texts_of(page)
    assert page.model.rowCount() >= 1 and len(texts) > 5  # the table and its caption were read
    assert foreign(texts, language, dutch_only_names(main_window)) == []
