"""Undo and redo: one QUndoCommand per user action, each calling the editing service.

A command keeps what it needs to go both ways (the old and the new values) and a translated label
("edit vacancies"). The action is carried out once before the command is pushed, so a refused entry
never reaches the undo stack; pushing then skips the first ``redo``. After every step the command
tells the context which table changed, and the models reload from the register.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from hrplanner.domain.validation import Issue, ValidationError
from hrplanner.services.editing import AppliedChanges, Change, Editor
from hrplanner.services.errors import USER_ERRORS, NeedsConfirmation
from hrplanner.ui.context import AppContext

log = logging.getLogger(__name__)

#: At most this many issues are spelled out in one message.
SHOWN_ISSUES = 4


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("commands", text, disambiguation, n)


@dataclass
class Outcome:
    """How an attempted change went: done, or refused with the issues and a message for the user."""

    ok: bool
    issues: list[Issue] = field(default_factory=list)
    message: str = ""


def describe_issues(issues: list[Issue]) -> str:
    lines = [issue.message() for issue in issues[:SHOWN_ISSUES]]
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
    return Outcome(False, issues, not_saved(describe_issues(issues) if issues else str(exc)))


def not_saved(reason: str) -> str:
    return QCoreApplication.translate("commands", "Not saved: %1").replace("%1", reason)


class ServiceCommand(QUndoCommand):
    """A command whose steps call the editing service; subclasses give ``forward`` and ``backward``."""

    #: The ``data_changed`` topic announced after each step.
    topic = "*"

    def __init__(self, context: AppContext, text: str):
        super().__init__(text)
        self.context = context
        self._skip_redo = False

    def editor(self) -> Editor:
        assert self.context.register is not None
        return Editor(self.context.register, user=self.context.user_name)

    def forward(self, editor: Editor) -> None:
        raise NotImplementedError

    def backward(self, editor: Editor) -> None:
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

    def _step(self, step: Callable[[Editor], None], failure: str) -> None:
        try:
            step(self.editor())
        except USER_ERRORS as exc:
            # The register changed behind the stack's back (another program, an import): say so
            # and drop the command rather than leave a step that cannot be taken.
            log.warning("%s failed: %s", self.text(), exc)
            self.context.status_message.emit(failure.replace("%1", self.text()).replace("%2", str(exc)), 0)
            self.setObsolete(True)


def execute(context: AppContext, command: ServiceCommand) -> Outcome:
    """Carry out a command's first step; push it on the undo stack only when that worked."""
    if context.register is None:
        return Outcome(False, [], QCoreApplication.translate("commands", "No register is open"))
    try:
        command.forward(command.editor())
    except USER_ERRORS as exc:
        return refused(exc)
    command._skip_redo = True
    context.undo_stack.push(command)
    return Outcome(True)


# --- figures -----------------------------------------------------------------------------------------


class FigureEditCommand(ServiceCommand):
    """An edit, paste or clear of figures: the applied changes with their old and new values."""

    def __init__(self, context: AppContext, applied: AppliedChanges, text: str):
        super().__init__(context, text)
        self.applied = applied
        tables = applied.tables
        self.topic = next(iter(tables)) if len(tables) == 1 else "*"
        self.rounds = {c.cell.round.isoformat() for c in applied.changes}

    def announce(self) -> None:
        # a table's topic says "figures of the round on screen changed"; other rounds: anything
        shown = self.context.current_round
        self.context.notify(self.topic if self.rounds == {shown} else "*")

    def forward(self, editor: Editor) -> None:
        editor.apply_changes(self.applied.redo_changes(), restoring=True, action="redo")

    def backward(self, editor: Editor) -> None:
        editor.apply_changes(self.applied.undo_changes(), restoring=True, action="undo")


def push_figure_changes(context: AppContext, changes: list[Change], text: str,
                        confirm: Callable[[list[Issue]], bool]) -> Outcome:
    """Validate and apply figure changes (asking ``confirm`` about warnings) and push the command.

    Nothing reaches the register or the undo stack when a change is refused.
    """
    if context.register is None:
        return Outcome(False, [], QCoreApplication.translate("commands", "No register is open"))
    editor = Editor(context.register, user=context.user_name)
    try:
        try:
            applied = editor.apply_changes(changes)
        except NeedsConfirmation as warning:
            if not confirm(warning.warnings):
                text = QCoreApplication.translate("commands", "Not saved (not confirmed): %1")
                return Outcome(False, warning.warnings, text.replace("%1", describe_issues(warning.warnings)))
            applied = editor.apply_changes(changes, confirm_warnings=True)
    except USER_ERRORS as exc:
        return refused(exc)
    if applied:
        command = FigureEditCommand(context, applied, text)
        command._skip_redo = True
        context.undo_stack.push(command)
    return Outcome(True)


# --- organisations, occupations, rounds --------------------------------------------------------------------


class AddOrganisationCommand(ServiceCommand):
    topic = "organisation"

    def __init__(self, context: AppContext, name: str, kind: str, municipality: str):
        super().__init__(context, QCoreApplication.translate("commands", "add organisation"))
        self.values = {"name": name, "kind": kind, "municipality": municipality}
        self.added = name

    def forward(self, editor: Editor) -> None:
        self.added = editor.add_organisation(**self.values).name

    def backward(self, editor: Editor) -> None:
        editor.remove_organisation(self.added)


class EditOrganisationCommand(ServiceCommand):
    """Rename, change kind or municipality, deactivate or reactivate an organisation."""

    topic = "organisation"

    def __init__(self, context: AppContext, name: str, changes: Mapping[str, object], text: str = ""):
        if not text:
            if set(changes) == {"active"} and changes["active"]:
                text = QCoreApplication.translate("commands", "reactivate organisation")
            elif set(changes) == {"active"}:
                text = QCoreApplication.translate("commands", "deactivate organisation")
            elif set(changes) == {"name"}:
                text = QCoreApplication.translate("commands", "rename organisation")
            else:
                text = QCoreApplication.translate("commands", "edit organisation")
        super().__init__(context, text)
        self.name = name
        self.changes = dict(changes)
        self.old: dict[str, object] = {}

    @property
    def name_after(self) -> str:
        return str(self.changes.get("name", self.name)).strip()

    def forward(self, editor: Editor) -> None:
        self.old = editor.edit_organisation(self.name, self.changes)

    def backward(self, editor: Editor) -> None:
        editor.edit_organisation(self.name_after, self.old)


class AddOccupationCommand(ServiceCommand):
    topic = "occupation"

    def __init__(self, context: AppContext, values: Mapping[str, object]):
        super().__init__(context, QCoreApplication.translate("commands", "add occupation"))
        self.values = dict(values)
        self.code = str(values.get("code", "")).strip()

    def forward(self, editor: Editor) -> None:
        self.code = editor.add_occupation(self.values).code

    def backward(self, editor: Editor) -> None:
        editor.remove_occupation(self.code)


class EditOccupationCommand(ServiceCommand):
    topic = "occupation"

    def __init__(self, context: AppContext, code: str, changes: Mapping[str, object]):
        super().__init__(context, QCoreApplication.translate("commands", "edit occupation"))
        self.code = code
        self.changes = dict(changes)
        self.old: dict[str, object] = {}

    def forward(self, editor: Editor) -> None:
        self.old = editor.edit_occupation(self.code, self.changes)

    def backward(self, editor: Editor) -> None:
        editor.edit_occupation(self.code, self.old)


class AddRoundCommand(ServiceCommand):
    """Add a round and show it; undo removes it again (it has no figures yet)."""

    topic = "round"

    def __init__(self, context: AppContext, reference_date: object, label: str = ""):
        super().__init__(context, QCoreApplication.translate("commands", "add round"))
        self.reference_date = reference_date
        self.label = label
        self.added: date | None = None
        self.shown_before = context.current_round
        self._show: str | None = None

    def forward(self, editor: Editor) -> None:
        self.added = editor.add_round(self.reference_date, self.label).reference_date
        self._show = self.added.isoformat()

    def backward(self, editor: Editor) -> None:
        assert self.added is not None
        editor.remove_round(self.added)
        self._show = self.shown_before

    def announce(self) -> None:
        super().announce()
        self.context.set_round(self._show)


class SetRoundClosedCommand(ServiceCommand):
    """Close a round (its figures become read-only) or reopen it."""

    topic = "round"

    def __init__(self, context: AppContext, reference_date: date, closed: bool):
        text = (QCoreApplication.translate("commands", "close round") if closed
                else QCoreApplication.translate("commands", "reopen round"))
        super().__init__(context, text)
        self.reference_date = reference_date
        self.closed = closed
        self.was = not closed

    def forward(self, editor: Editor) -> None:
        self.was = editor.set_round_closed(self.reference_date, self.closed)

    def backward(self, editor: Editor) -> None:
        editor.set_round_closed(self.reference_date, self.was)


class AcceptFiguresCommand(ServiceCommand):
    """Accept an organisation's figures of a round (the Rounds page); undo puts the earlier
    acceptance back."""

    topic = "round"

    def __init__(self, context: AppContext, reference_date: date, organisation: str):
        super().__init__(context, QCoreApplication.translate("commands", "accept figures"))
        self.reference_date = reference_date
        self.organisation = organisation
        self.before: tuple = (None, "")
        self.after: tuple = (None, "")

    def forward(self, editor: Editor) -> None:
        from hrplanner.services import rounds

        if self.after[0] is None:  # the first time: accept now
            self.before = rounds.accept(editor.register, self.reference_date, self.organisation, user=editor.user)
            self.after = rounds.acceptance(editor.register, self.reference_date, self.organisation)
        else:  # redo: exactly the acceptance made the first time
            rounds.restore_acceptance(editor.register, self.reference_date, self.organisation, self.after,
                                      user=editor.user)

    def backward(self, editor: Editor) -> None:
        from hrplanner.services import rounds

        rounds.restore_acceptance(editor.register, self.reference_date, self.organisation, self.before,
                                  user=editor.user)

