"""Undo commands for scenarios: each stores the before and after state and calls
services.projection, then tells the pages through ``context.notify("scenario")``.

A command whose first ``redo`` is refused by the service (a value that breaks a rule, a name that is
taken) marks itself obsolete, so the undo stack drops it, and keeps the error in :attr:`error` for
the page to show at the field. Later failures (the register changed under it) go to the status bar.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from hrplanner.domain.projection.params import Triple
from hrplanner.services import projection as projection_service
from hrplanner.services.errors import USER_ERRORS

log = logging.getLogger(__name__)



class ScenarioCommand(QUndoCommand):
    """Base: runs a service call against the context's register and reports the outcome."""

    def __init__(self, context, text: str):
        super().__init__(text)
        self.context = context
        self.error: BaseException | None = None
        self._first = True

    @property
    def register(self):
        return self.context.register

    @property
    def user(self) -> str:
        return getattr(self.context, "user_name", "") or ""

    def _run(self, fn) -> bool:
        first, self._first = self._first, False
        try:
            fn()
        except USER_ERRORS as exc:
            self.error = exc
            if first:
                self.setObsolete(True)
            else:
                log.warning("%s failed: %s", self.text(), exc)
                self.context.status_message.emit(
                    QCoreApplication.translate("ScenarioCommands", "Could not %1: %2").replace("%1", self.text()).replace("%2", str(exc)), 10000)
            return False
        self.error = None
        self.context.notify("scenario")
        return True

    def redo(self) -> None:
        self._run(self.do)

    def undo(self) -> None:
        self._run(self.undo_it)

    def do(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def undo_it(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class SetParametersCommand(ScenarioCommand):
    """Change parameters of one occupation in a stored scenario (None = follow the register)."""

    def __init__(self, context, scenario: str, code: str, before: dict[str, Triple | None],
                 after: dict[str, Triple | None], text: str = ""):
        super().__init__(context, text or QCoreApplication.translate("ScenarioCommands", "edit %1").replace("%1", ", ".join(sorted(after))[:60]))
        self.scenario, self.code = scenario, code
        self.before, self.after = dict(before), dict(after)

    def do(self) -> None:
        projection_service.set_parameters(self.register, self.scenario, self.code, self.after, user=self.user)

    def undo_it(self) -> None:
        projection_service.set_parameters(self.register, self.scenario, self.code, self.before, user=self.user)


class DescriptionCommand(ScenarioCommand):
    def __init__(self, context, scenario: str, before: str, after: str):
        super().__init__(context, QCoreApplication.translate("ScenarioCommands", "edit the description of %1").replace("%1", scenario))
        self.scenario, self.before, self.after = scenario, before, after

    def do(self) -> None:
        projection_service.set_description(self.register, self.scenario, self.after, user=self.user)

    def undo_it(self) -> None:
        projection_service.set_description(self.register, self.scenario, self.before, user=self.user)


class RenameScenarioCommand(ScenarioCommand):
    def __init__(self, context, old: str, new: str):
        super().__init__(context, QCoreApplication.translate("ScenarioCommands", "rename %1 to %2").replace("%1", old).replace("%2", new.strip()))
        self.old, self.new = old, new.strip()

    def do(self) -> None:
        projection_service.rename_scenario(self.register, self.old, self.new, user=self.user)

    def undo_it(self) -> None:
        projection_service.rename_scenario(self.register, self.new, self.old, user=self.user)


def _restore(context, name: str, description: str, changes: dict[str, dict[str, Triple]], user: str) -> None:
    """Create a scenario with exactly these parameter changes."""
    projection_service.create_scenario(context.register, name, description, user=user)
    for code, flat in changes.items():
        projection_service.set_parameters(context.register, name, code, dict(flat), user=user)


class CreateScenarioCommand(ScenarioCommand):
    """A new scenario as a copy of another, optionally with parameter changes on top (levers saved as
    a new scenario): one undo step. Undo deletes it; redo brings the same scenario back."""

    def __init__(self, context, name: str, description: str = "", copy_of: str = projection_service.BASIS,
                 parameters: dict[str, dict[str, Triple | None]] | None = None, text: str = ""):
        super().__init__(context, text or QCoreApplication.translate("ScenarioCommands", "create scenario %1").replace("%1", name.strip()))
        self.name, self.description, self.copy_of = name.strip(), description, copy_of
        self.parameters = {code: dict(flat) for code, flat in (parameters or {}).items()}
        self.changes: dict[str, dict[str, Triple]] | None = None

    def do(self) -> None:
        if self.changes is not None:
            _restore(self.context, self.name, self.description, self.changes, self.user)
            return
        projection_service.create_scenario(self.register, self.name, self.description,
                                           copy_of=self.copy_of, user=self.user)
        try:
            for code, flat in self.parameters.items():
                projection_service.set_parameters(self.register, self.name, code, flat, user=self.user)
        except USER_ERRORS:
            projection_service.delete_scenario(self.register, self.name, user=self.user)
            raise
        self.changes = projection_service.overrides(self.register, self.name)

    def undo_it(self) -> None:
        projection_service.delete_scenario(self.register, self.name, user=self.user)


class DeleteScenarioCommand(ScenarioCommand):
    """Delete a stored scenario; undo brings it back with its description and parameters."""

    def __init__(self, context, name: str):
        super().__init__(context, QCoreApplication.translate("ScenarioCommands", "delete scenario %1").replace("%1", name))
        self.name = name
        info = next((s for s in projection_service.list_scenarios(context.register) if s.name == name), None)
        self.description = info.description if info else ""
        self.changes = projection_service.overrides(context.register, name) if info else {}

    def do(self) -> None:
        projection_service.delete_scenario(self.register, self.name, user=self.user)

    def undo_it(self) -> None:
        _restore(self.context, self.name, self.description, self.changes, self.user)
