"""The one undo protocol: a QUndoCommand whose two steps call a service, and :func:`execute`, which
carries out the first step before the command reaches the undo stack.

A command keeps what it needs to go both ways (the old and the new values) and a translated label
("edit vacancies"). Its ``forward`` and ``backward`` call the services (the editing service, the
scenario service) and raise their typed errors. :func:`execute` runs ``forward`` once: a refusal
becomes an :class:`Outcome` for the page to show at the field and never reaches the stack; success
pushes the command, and the push skips the first ``redo``. A later step that fails (the register
changed behind the stack's back) is reported in the status bar and the command dropped. After every
step the command announces its ``data_changed`` topic and the models reload from the register.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from hrplanner.domain.validation import Issue, ValidationError
from hrplanner.services.editing import Editor
from hrplanner.services.errors import USER_ERRORS, NeedsConfirmation
from hrplanner.services.register import Register
from hrplanner.ui.context import AppContext, Topic
from hrplanner.ui.issues import issue_text
from hrplanner.ui.labels import targs

log = logging.getLogger(__name__)

#: At most this many issues are spelled out in one message.
SHOWN_ISSUES = 4


@dataclass
class Outcome:
    """How an attempted change went: done, or refused with the service's error, its issues and a
    message for the user."""

    ok: bool
    issues: list[Issue] = field(default_factory=list)
    message: str = ""
    #: The service's refusal (None when done, or when no register was open).
    error: BaseException | None = None


def describe_issues(issues: list[Issue]) -> str:
    lines = [issue_text(issue) for issue in issues[:SHOWN_ISSUES]]
    if len(issues) > SHOWN_ISSUES:
        lines.append(QCoreApplication.translate("commands", "… and %n more", "", len(issues) - SHOWN_ISSUES))
    return "\n".join(lines)


def refused(exc: BaseException) -> Outcome:
    """The outcome of a service error: the issues (if any) and a message naming them."""
    issues: list[Issue] = []
    if isinstance(exc, ValidationError):
        issues = exc.errors
    elif isinstance(exc, NeedsConfirmation):
        issues = exc.warnings
    return Outcome(False, issues, not_saved(describe_issues(issues) if issues else str(exc)), exc)


def not_saved(reason: str) -> str:
    return targs(QCoreApplication.translate("commands", "Not saved: %1"), reason)


def no_register() -> Outcome:
    return Outcome(False, [], QCoreApplication.translate("commands", "No register is open"))


class ServiceCommand(QUndoCommand):
    """A command whose steps call a service; subclasses give ``forward`` and ``backward``.

    Both steps raise the services' typed errors (``USER_ERRORS``) when refused. ``topic`` is the
    ``data_changed`` topic announced after each step.
    """

    topic: Topic = Topic.ANY

    def __init__(self, context: AppContext, text: str):
        super().__init__(text)
        self.context = context
        self._skip_redo = False

    @property
    def register(self) -> Register:
        assert self.context.register is not None
        return self.context.register

    @property
    def user(self) -> str:
        return self.context.user_name or ""

    def editor(self) -> Editor:
        return Editor(self.register, user=self.user)

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
        else:
            self._step(self.forward, QCoreApplication.translate("commands", "Could not redo \u201c%1\u201d: %2"))
        self.announce()

    def undo(self) -> None:
        self._step(self.backward, QCoreApplication.translate("commands", "Could not undo \u201c%1\u201d: %2"))
        self.announce()

    def announce(self) -> None:
        self.context.notify(self.topic)

    def _step(self, step: Callable[[], None], failure: str) -> None:
        try:
            step()
        except USER_ERRORS as exc:
            # The register changed behind the stack's back (another program, an import): say so
            # and drop the command rather than leave a step that cannot be taken.
            log.warning("%s failed: %s", self.text(), exc)
            self.context.status_message.emit(targs(failure, self.text(), str(exc)), 0)
            self.setObsolete(True)


def push_done(context: AppContext, command: ServiceCommand) -> None:
    """Push a command whose first step has already been carried out (the push skips its redo)."""
    command._skip_redo = True
    context.undo_stack.push(command)


def execute(context: AppContext, command: ServiceCommand) -> Outcome:
    """Carry out a command's first step; push it on the undo stack only when that worked."""
    if context.register is None:
        return no_register()
    try:
        command.forward()
    except USER_ERRORS as exc:
        return refused(exc)
    push_done(context, command)
    return Outcome(True)
