"""Fixtures for the UI tests (pytest-qt): private settings per test, background work made synchronous,
modal dialogs recorded instead of shown, and a main window on a private copy of the demo register.

Every fixture here except ``main_window`` is autouse, so no UI test can hang on a modal dialog or
touch another test's settings. Texts are the English source strings unless a test asks for
``dutch`` (``main_window`` does).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox


@pytest.fixture(autouse=True)
def settings_dir(tmp_path, monkeypatch) -> Path:
    """QSettings go to an INI file in this test's own folder."""
    folder = tmp_path / "settings"
    monkeypatch.setenv("HRPLANNER_SETTINGS_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def sync_workers():
    """ui.workers runs every task at once on the calling thread."""
    from hrplanner.ui import workers

    workers.set_synchronous(True)
    yield
    workers.set_synchronous(False)


@pytest.fixture
def in_background(qapp):
    """Within ``with in_background():`` tasks run on the thread pool as in the app; on leaving, every
    task has finished and delivered its outcome, and every result shown in pieces is shown."""
    import time
    from contextlib import contextmanager

    from PySide6.QtCore import QThreadPool

    from hrplanner.ui import workers

    @contextmanager
    def background():  # noqa: ANN202
        workers.set_synchronous(False)
        try:
            yield
        finally:
            give_up = time.monotonic() + 60
            while (not QThreadPool.globalInstance().waitForDone(10) or workers.busy()) \
                    and time.monotonic() < give_up:
                qapp.processEvents()
            qapp.processEvents()
            workers.set_synchronous(True)
            assert not workers.busy(), "background work still under way after a minute"

    return background


@pytest.fixture(autouse=True)
def ui_language(qapp):
    """UI tests see the English source strings, with the Dutch number formats of the app's default
    locale (1.234,5). Ask for ``dutch`` (or ``main_window``) to see the app as users do, in Dutch."""
    from hrplanner.ui import format as fmt
    from hrplanner.ui.language import install_language

    install_language("en")
    fmt.set_language("nl")
    yield
    install_language("en")
    fmt.set_language("nl")


@pytest.fixture
def dutch(ui_language):
    """The app's default language: Dutch texts (hrplanner's and Qt's own) and Dutch numbers."""
    from hrplanner.ui.language import install_language

    install_language("nl")


@dataclass
class DialogRecorder:
    """What the code under test tried to show. ``answers`` are popped by yes/no questions (default
    no); ``files`` by file dialogs (default: cancelled)."""

    messages: list[dict] = field(default_factory=list)
    dialogs: list[QDialog] = field(default_factory=list)
    answers: list[bool] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    def texts(self) -> list[str]:
        return [f"{m['text']}\n{m['informative']}".strip() for m in self.messages]


@pytest.fixture(autouse=True)
def dialogs(qapp, monkeypatch) -> DialogRecorder:
    recorder = DialogRecorder()

    def box_exec(box: QMessageBox) -> int:
        recorder.messages.append({"icon": box.icon(), "title": box.windowTitle(), "text": box.text(),
                                  "informative": box.informativeText()})
        buttons = box.buttons()
        wanted = recorder.answers.pop(0) if recorder.answers else False
        role = QMessageBox.ButtonRole.YesRole if wanted else QMessageBox.ButtonRole.NoRole
        chosen = next((b for b in buttons if box.buttonRole(b) == role), None)
        if chosen is not None:
            chosen.click()
        return 0

    def static_box(kind):
        def show(parent, title, text, *args, **kwargs):
            recorder.messages.append({"icon": kind, "title": title, "text": text, "informative": ""})
            answer = recorder.answers.pop(0) if recorder.answers else False
            if kind == QMessageBox.Icon.Question:
                return QMessageBox.StandardButton.Yes if answer else QMessageBox.StandardButton.No
            return QMessageBox.StandardButton.Ok
        return staticmethod(show)

    def dialog_exec(dialog: QDialog) -> int:
        recorder.dialogs.append(dialog)
        return QDialog.DialogCode.Rejected

    def file_dialog(*args, **kwargs):
        return (recorder.files.pop(0) if recorder.files else "", "")

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(QMessageBox, "warning", static_box(QMessageBox.Icon.Warning))
    monkeypatch.setattr(QMessageBox, "critical", static_box(QMessageBox.Icon.Critical))
    monkeypatch.setattr(QMessageBox, "information", static_box(QMessageBox.Icon.Information))
    monkeypatch.setattr(QMessageBox, "question", static_box(QMessageBox.Icon.Question))
    monkeypatch.setattr(QDialog, "exec", dialog_exec)
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(file_dialog))
    return recorder


@pytest.fixture
def main_window(qtbot, demo_path, dutch):
    """The main window, in Dutch, on a private copy of the demo register, shown offscreen."""
    from hrplanner.ui.context import AppContext
    from hrplanner.ui.main_window import MainWindow

    context = AppContext()
    context.language = "nl"
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.open_file(demo_path, synchronous=True)
    window.show()
    qtbot.waitExposed(window)
    yield window
    context.set_register(None)  # closes it and releases its writer lock
