"""Undo commands for the register: figures (edit, paste, clear), organisations, occupations and
rounds. Each calls the editing service; the protocol is in :mod:`hrplanner.ui.commands.base`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import QCoreApplication

from hrplanner.domain.validation import Issue
from hrplanner.services.editing import AppliedChanges, Change, Editor
from hrplanner.services.errors import USER_ERRORS, NeedsConfirmation
from hrplanner.ui.commands.base import Outcome, ServiceCommand, describe_issues, no_register, push_done, refused
from hrplanner.ui.context import AppContext, Topic
from hrplanner.ui.labels import targs


# --- figures -----------------------------------------------------------------------------------------


class FigureEditCommand(ServiceCommand):
    """An edit, paste or clear of figures: the applied changes with their old and new values."""

    def __init__(self, context: AppContext, applied: AppliedChanges, text: str):
        super().__init__(context, text)
        self.applied = applied
        tables = applied.tables
        self.topic = Topic(next(iter(tables))) if len(tables) == 1 else Topic.ANY
        self.rounds = {c.cell.round for c in applied.changes}

    def announce(self) -> None:
        # a table's topic says "figures of the round on screen changed"; other rounds: anything
        shown = self.context.current_round
        self.context.notify(self.topic if self.rounds == {shown} else Topic.ANY)

    def forward(self) -> None:
        self.editor().apply_changes(self.applied.redo_changes(), restoring=True, action="redo")

    def backward(self) -> None:
        self.editor().apply_changes(self.applied.undo_changes(), restoring=True, action="undo")


def push_figure_changes(context: AppContext, changes: list[Change], text: str,
                        confirm: Callable[[list[Issue]], bool]) -> Outcome:
    """Validate and apply figure changes (asking ``confirm`` about warnings) and push the command.

    Nothing reaches the register or the undo stack when a change is refused.
    """
    if context.register is None:
        return no_register()
    editor = Editor(context.register, user=context.user_name)
    try:
        try:
            applied = editor.apply_changes(changes)
        except NeedsConfirmation as warning:
            if not confirm(warning.warnings):
                text = QCoreApplication.translate("commands", "Not saved (not confirmed): %1")
                return Outcome(False, warning.warnings, targs(text, describe_issues(warning.warnings)), warning)
            applied = editor.apply_changes(changes, confirm_warnings=True)
    except USER_ERRORS as exc:
        return refused(exc)
    if applied:
        push_done(context, FigureEditCommand(context, applied, text))
    return Outcome(True)


# --- organisations, occupations, rounds --------------------------------------------------------------------


class AddOrganisationCommand(ServiceCommand):
    topic = Topic.ORGANISATION

    def __init__(self, context: AppContext, name: str, kind: str, municipality: str):
        super().__init__(context, QCoreApplication.translate("commands", "add organisation"))
        self.values = {"name": name, "kind": kind, "municipality": municipality}
        self.added = name

    def forward(self) -> None:
        self.added = self.editor().add_organisation(**self.values).name

    def backward(self) -> None:
        self.editor().remove_organisation(self.added)


class EditOrganisationCommand(ServiceCommand):
    """Rename, change kind or municipality, deactivate or reactivate an organisation."""

    topic = Topic.ORGANISATION

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

    def forward(self) -> None:
        self.old = self.editor().edit_organisation(self.name, self.changes)

    def backward(self) -> None:
        self.editor().edit_organisation(self.name_after, self.old)


class AddOccupationCommand(ServiceCommand):
    topic = Topic.OCCUPATION

    def __init__(self, context: AppContext, values: Mapping[str, object]):
        super().__init__(context, QCoreApplication.translate("commands", "add occupation"))
        self.values = dict(values)
        self.code = str(values.get("code", "")).strip()

    def forward(self) -> None:
        self.code = self.editor().add_occupation(self.values).code

    def backward(self) -> None:
        self.editor().remove_occupation(self.code)


class EditOccupationCommand(ServiceCommand):
    topic = Topic.OCCUPATION

    def __init__(self, context: AppContext, code: str, changes: Mapping[str, object]):
        super().__init__(context, QCoreApplication.translate("commands", "edit occupation"))
        self.code = code
        self.changes = dict(changes)
        self.old: dict[str, object] = {}

    def forward(self) -> None:
        self.old = self.editor().edit_occupation(self.code, self.changes)

    def backward(self) -> None:
        self.editor().edit_occupation(self.code, self.old)


class AddRoundCommand(ServiceCommand):
    """Add a round and show it; undo removes it again (it has no figures yet)."""

    topic = Topic.ROUND

    def __init__(self, context: AppContext, reference_date: object, label: str = ""):
        super().__init__(context, QCoreApplication.translate("commands", "add round"))
        self.reference_date = reference_date
        self.label = label
        self.added: date | None = None
        self.shown_before = context.current_round
        self._show: date | None = None

    def forward(self) -> None:
        self.added = self.editor().add_round(self.reference_date, self.label).reference_date
        self._show = self.added

    def backward(self) -> None:
        assert self.added is not None
        self.editor().remove_round(self.added)
        self._show = self.shown_before

    def announce(self) -> None:
        super().announce()
        self.context.set_round(self._show)


class SetRoundClosedCommand(ServiceCommand):
    """Close a round (its figures become read-only) or reopen it."""

    topic = Topic.ROUND

    def __init__(self, context: AppContext, reference_date: date, closed: bool):
        text = (QCoreApplication.translate("commands", "close round") if closed
                else QCoreApplication.translate("commands", "reopen round"))
        super().__init__(context, text)
        self.reference_date = reference_date
        self.closed = closed
        self.was = not closed

    def forward(self) -> None:
        self.was = self.editor().set_round_closed(self.reference_date, self.closed)

    def backward(self) -> None:
        self.editor().set_round_closed(self.reference_date, self.was)
