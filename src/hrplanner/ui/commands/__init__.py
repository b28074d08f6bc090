"""Undo and redo: one QUndoCommand per user action, each calling a service (see :mod:`.base` for
the protocol). Pages and models import from here:

    outcome = commands.execute(context, commands.AddRoundCommand(context, day))
    if not outcome.ok: ...show outcome.message at the field...
"""

from hrplanner.ui.commands.base import (
    Outcome,
    ServiceCommand,
    describe_issues,
    execute,
    not_saved,
    push_done,
    refused,
)
from hrplanner.ui.commands.register import (
    AddOccupationCommand,
    AddOrganisationCommand,
    AddRoundCommand,
    EditOccupationCommand,
    EditOrganisationCommand,
    FigureEditCommand,
    SetRoundClosedCommand,
    push_figure_changes,
)
from hrplanner.ui.commands.rounds import AcceptFiguresCommand
from hrplanner.ui.commands.scenarios import (
    CreateScenarioCommand,
    DeleteScenarioCommand,
    DescriptionCommand,
    RenameScenarioCommand,
    ScenarioCommand,
    SetParametersCommand,
)

__all__ = [
    "AcceptFiguresCommand", "AddOccupationCommand", "AddOrganisationCommand", "AddRoundCommand", "CreateScenarioCommand",
    "DeleteScenarioCommand", "DescriptionCommand", "EditOccupationCommand", "EditOrganisationCommand",
    "FigureEditCommand", "Outcome", "RenameScenarioCommand", "ScenarioCommand", "ServiceCommand",
    "SetParametersCommand", "SetRoundClosedCommand", "describe_issues", "execute", "not_saved",
    "push_done", "push_figure_changes", "refused",
]
