"""The application context every page shares: the open register session, the undo stack and the
signals that tell pages to refresh. Pages never open files or talk to each other directly.

The context owns the open :class:`RegisterSession` (the register with its writer lock): when another
register is opened, or ``set_register(None)`` at quit, the old session is closed, which closes the
register and releases its lock. Nothing else releases a lock.

At start-up the register may first be a *preview*: the file read with sqlite3 alone
(:class:`hrplanner.ui.safe_open.Preview`, no lock, nothing written), so the overview is painted before
SQLAlchemy is loaded; the session opened in the background then replaces it (``is_preview``).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from hrplanner.db.reader import RegisterReader

if TYPE_CHECKING:  # SQLAlchemy is loaded after the first paint (the preview needs none)
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
        #: True while ``register_changed`` announces the session that replaces the start-up preview of
        #: the same file (same figures: a page may keep what it shows of the preview).
        self.replaced_preview = False

    @property
    def is_preview(self) -> bool:
        """Whether the open register is the start-up preview (read with sqlite3, to be replaced)."""
        return isinstance(self.register, RegisterReader)

    def set_register(self, opened: RegisterSession | Register | RegisterReader | None) -> None:
        """Make a register session (or a bare Register, which then has no lock, or the start-up
        preview, which has no session) the open one; the session it replaces is closed: its register
        closed and its writer lock released. A session replacing the preview of the same file keeps
        the round the user chose meanwhile."""
        if opened is None or isinstance(opened, RegisterReader):
            session, register = None, opened
        else:
            from hrplanner.services.locking import RegisterSession

            session = opened if isinstance(opened, RegisterSession) else RegisterSession(opened)
            old_session = self.session
            if old_session is not None and old_session.register is session.register:
                session = old_session  # the same register again: keep its session (and lock)
            register = session.register
        old, old_register, chosen = self.session, self.register, self.current_round
        self.session = session
        self.register = register
        self.replaced_preview = (isinstance(old_register, RegisterReader) and register is not None
                                 and not isinstance(register, RegisterReader) and old_register.path == register.path)
        self.undo_stack.clear()
        self.current_round = None
        if register is not None:
            rounds = [r.reference_date for r in register.rounds()]
            self.current_round = rounds[-1] if rounds else None
            if self.replaced_preview and chosen in rounds:
                self.current_round = chosen
        try:
            self.register_changed.emit(register)
        finally:
            self.replaced_preview = False
            # (a replaced preview is not closed here: background work may still read its in-memory
            # copy; it holds no file and no lock, and goes with its last reference)
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
