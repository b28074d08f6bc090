"""The application context every page shares: the open register session, the undo stack and the
signals that tell pages to refresh. Pages never open files or talk to each other directly.

The context owns the open :class:`RegisterSession` (the register with its writer lock): when another
register is opened, or ``set_register(None)`` at quit, the old session is closed, which closes the
register and releases its lock. Nothing else releases a lock.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from hrplanner.services.locking import RegisterSession
from hrplanner.services.register import Register


class Topic(StrEnum):
    """What changed, as announced by ``AppContext.data_changed``: a figure table (the names of the
    editing service's tables), the register's structure, the scenarios, or anything (``ANY``)."""

    STAFFING = "staffing"
    ESTABLISHMENT = "establishment"
    FLOW = "flow"
    TRAINING = "training"
    SICKNESS = "sickness"
    ORGANISATION = "organisation"
    OCCUPATION = "occupation"
    ROUND = "round"
    SCENARIO = "scenario"
    ANY = "*"


class AppContext(QObject):
    """Holds the open register and announces changes to it."""

    #: A register was opened or closed (the argument is the new Register or None).
    register_changed = Signal(object)
    #: Figures changed; the argument is a :class:`Topic` (a ``str``) naming what changed.
    data_changed = Signal(str)
    #: The current round changed; the argument is its reference date (a ``date``, or None).
    round_changed = Signal(object)
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
        #: Reference date of the round the register pages show; None = the latest.
        self.current_round: date | None = None

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
            self.current_round = latest.reference_date if latest else None
        try:
            self.register_changed.emit(register)
        finally:
            if old is not None and old is not session:
                old.close()

    def set_round(self, day: date | None) -> None:
        if day is not None and not isinstance(day, date):
            raise TypeError(f"a round is a date, not {day!r}")
        if day != self.current_round:
            self.current_round = day
            self.round_changed.emit(day)

    def notify(self, what: Topic = Topic.ANY) -> None:
        self.data_changed.emit(Topic(what))
