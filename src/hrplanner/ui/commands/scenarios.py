"""Undo commands for scenarios: each stores the before and after state and calls
services.projection; the protocol is in :mod:`hrplanner.ui.commands.base` (a refused first step
never reaches the undo stack; the page shows the :class:`~hrplanner.ui.commands.base.Outcome`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hrplanner.domain.projection.params import Triple
from hrplanner.services import projection as projection_service
from hrplanner.services.errors import USER_ERRORS
from hrplanner.services.register import Register
from hrplanner.ui.commands.base import ServiceCommand
from hrplanner.ui.context import Topic
from hrplanner.ui.labels import targs


class ScenarioCommand(ServiceCommand):
    """A change of a stored scenario; announces the "scenario" topic."""

    topic = Topic.SCENARIO


class SetParametersCommand(ScenarioCommand):
    """Change parameters of one occupation in a stored scenario (None = follow the register)."""

    def __init__(self, context, scenario: str, code: str, before: dict[str, Triple | None],
                 after: dict[str, Triple | None], text: str = ""):
        super().__init__(context, text or targs(QCoreApplication.translate("ScenarioCommands", "edit %1"), ", ".join(sorted(after))[:60]))
        self.scenario, self.code = scenario, code
        self.before, self.after = dict(before), dict(after)

    def forward(self) -> None:
        projection_service.set_parameters(self.register, self.scenario, self.code, self.after, user=self.user)

    def backward(self) -> None:
        projection_service.set_parameters(self.register, self.scenario, self.code, self.before, user=self.user)


class DescriptionCommand(ScenarioCommand):
    def __init__(self, context, scenario: str, before: str, after: str):
        super().__init__(context, targs(QCoreApplication.translate("ScenarioCommands", "edit the description of %1"), scenario))
        self.scenario, self.before, self.after = scenario, before, after

    def forward(self) -> None:
        projection_service.set_description(self.register, self.scenario, self.after, user=self.user)

    def backward(self) -> None:
        projection_service.set_description(self.register, self.scenario, self.before, user=self.user)


class RenameScenarioCommand(ScenarioCommand):
    def __init__(self, context, old: str, new: str):
        super().__init__(context, targs(QCoreApplication.translate("ScenarioCommands", "rename %1 to %2"), old, new.strip()))
        self.old, self.new = old, new.strip()

    def forward(self) -> None:
        projection_service.rename_scenario(self.register, self.old, self.new, user=self.user)

    def backward(self) -> None:
        projection_service.rename_scenario(self.register, self.new, self.old, user=self.user)


def _restore(register: Register, name: str, description: str, changes: dict[str, dict[str, Triple]],
             user: str) -> None:
    """Create a scenario with exactly these parameter changes."""
    projection_service.create_scenario(register, name, description, user=user)
    for code, flat in changes.items():
        projection_service.set_parameters(register, name, code, dict(flat), user=user)


class CreateScenarioCommand(ScenarioCommand):
    """A new scenario as a copy of another, optionally with parameter changes on top (levers saved as
    a new scenario): one undo step. Undo deletes it; redo brings the same scenario back."""

    def __init__(self, context, name: str, description: str = "", copy_of: str = projection_service.BASIS,
                 parameters: dict[str, dict[str, Triple | None]] | None = None, text: str = ""):
        super().__init__(context, text or targs(QCoreApplication.translate("ScenarioCommands", "create scenario %1"), name.strip()))
        self.name, self.description, self.copy_of = name.strip(), description, copy_of
        self.parameters = {code: dict(flat) for code, flat in (parameters or {}).items()}
        self.changes: dict[str, dict[str, Triple]] | None = None

    def forward(self) -> None:
        if self.changes is not None:
            _restore(self.register, self.name, self.description, self.changes, self.user)
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

    def backward(self) -> None:
        projection_service.delete_scenario(self.register, self.name, user=self.user)


class DeleteScenarioCommand(ScenarioCommand):
    """Delete a stored scenario; undo brings it back with its description and parameters."""

    def __init__(self, context, name: str):
        super().__init__(context, targs(QCoreApplication.translate("ScenarioCommands", "delete scenario %1"), name))
        self.name = name
        info = next((s for s in projection_service.list_scenarios(context.register) if s.name == name), None)
        self.description = info.description if info else ""
        self.changes = projection_service.overrides(context.register, name) if info else {}

    def forward(self) -> None:
        projection_service.delete_scenario(self.register, self.name, user=self.user)

    def backward(self) -> None:
        _restore(self.register, self.name, self.description, self.changes, self.user)
