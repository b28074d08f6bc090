"""The application context every page shares: the open register, the undo stack and the signals
that tell pages to refresh. Pages never open files or talk to each other directly.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

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
        self.undo_stack = QUndoStack(self)
        self.language = "nl"
        self.user_name = ""
        #: Reference date of the round the register pages show; None = the latest.
        self.current_round: date | None = None

    def set_register(self, register: Register | None) -> None:
        old = self.register
        self.register = register
        self.undo_stack.clear()
        self.current_round = None
        if register is not None:
            latest = register.latest_round()
            self.current_round = latest.reference_date if latest else None
        self.register_changed.emit(register)
        if old is not None and old is not register:
            old.close()

    def set_round(self, day: date | None) -> None:
        if day is not None and not isinstance(day, date):
            raise TypeError(f"a round is a date, not {day!r}")
        if day != self.current_round:
            self.current_round = day
            self.round_changed.emit(day)

    def notify(self, what: Topic = Topic.ANY) -> None:
        self.data_changed.emit(Topic(what))
