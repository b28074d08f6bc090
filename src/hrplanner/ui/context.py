"""The application context every page shares: the open register session, the undo stack and the
signals that tell pages to refresh. Pages never open files or talk to each other directly.

The context owns the open :class:`RegisterSession` (the register with its writer lock): when another
register is opened, or ``set_register(None)`` at quit, the old session is closed, which closes the
register and releases its lock. Nothing else releases a lock.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from hrplanner.services.locking import RegisterSession
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
        #: The open register with its writer lock (None when no register is open).
        self.session: RegisterSession | None = None
        self.undo_stack = QUndoStack(self)
        self.language = "nl"
        self.user_name = ""
        #: ISO date of the round the register pages show; None = the latest.
        self.current_round: str | None = None

    def set_register(self, opened: RegisterSession | Register | None) -> None:
        """Make a register session (or a bare Register, which then has no lock) the open one; the
        session it replaces is closed: its register closed and its writer lock released."""
        session = RegisterSession(opened) if isinstance(opened, Register) else opened
        old = self.session
        if old is not None and session is not None and old.register is session.register:
            session = old  # the same register again: keep its session (and lock)
        self.session = session
        self.register = register = session.register if session is not None else None
        self.undo_stack.clear()
        self.current_round = None
        if register is not None:
            latest = register.latest_round()
            self.current_round = latest.reference_date.isoformat() if latest else None
        try:
            self.register_changed.emit(register)
        finally:
            if old is not None and old is not session:
                old.close()

    def set_round(self, iso_date: str | None) -> None:
        if iso_date != self.current_round:
            self.current_round = iso_date
            self.round_changed.emit(iso_date or "")

    def notify(self, what: str = "*") -> None:
        self.data_changed.emit(what)
