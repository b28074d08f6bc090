"""The application context every page shares: the open register, the undo stack and the signals
that tell pages to refresh. Pages never open files or talk to each other directly.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from hrplanner.services.register import Register


class AppContext(QObject):
    """Holds the open register and announces changes to it."""

    #: A register was opened or closed (the argument is the new Register or None).
    register_changed = Signal(object)
    #: Figures changed; the argument names what changed ("staffing", "establishment", "flow",
    #: "training", "sickness", "organisation", "occupation", "round", "scenario", "*" for anything).
    data_changed = Signal(str)
    #: The current round (reference date as ISO text) changed.
    round_changed = Signal(str)
    #: The user interface language changed ("nl" or "en").
    language_changed = Signal(str)
    #: A message for the status bar (text, milliseconds; 0 = until replaced).
    status_message = Signal(str, int)
    #: A preference changed in the settings dialog; the argument is its key (see ui/settings.py).
    settings_changed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.register: Register | None = None
        self.undo_stack = QUndoStack(self)
        self.language = "nl"
        self.user_name = ""
        #: ISO date of the round the register pages show; None = the latest.
        self.current_round: str | None = None

    def set_register(self, register: Register | None) -> None:
        old = self.register
        self.register = register
        self.undo_stack.clear()
        self.current_round = None
        if register is not None:
            latest = register.latest_round()
            self.current_round = latest.reference_date.isoformat() if latest else None
        self.register_changed.emit(register)
        if old is not None and old is not register:
            old.close()

    def set_round(self, iso_date: str | None) -> None:
        if iso_date != self.current_round:
            self.current_round = iso_date
            self.round_changed.emit(iso_date or "")

    def notify(self, what: str = "*") -> None:
        self.data_changed.emit(what)
