"""The one undo protocol (ui/commands): register and scenario commands share it. A refused first step
never reaches the undo stack and comes back as an Outcome with the service's error; a later step
the register no longer allows is reported in the status bar and the command is dropped."""

from __future__ import annotations

import pytest

from hrplanner.services import projection as P
from hrplanner.services.errors import ServiceError
from hrplanner.services.register import Register
from hrplanner.ui import commands
from hrplanner.ui.context import AppContext


@pytest.fixture
def context(demo_path, qapp):
    context = AppContext()
    context.user_name = "tester"
    context.set_register(Register.open(demo_path))
    yield context
    context.register.close()


def scenario_names(context) -> list[str]:
    return [s.name for s in P.list_scenarios(context.register)]


def test_every_command_is_a_service_command():
    # one base: the register's and the scenarios' commands are the same kind of object
    for command_class in (commands.AddOrganisationCommand, commands.FigureEditCommand,
                          commands.SetRoundClosedCommand, commands.CreateScenarioCommand,
                          commands.SetParametersCommand, commands.DeleteScenarioCommand):
        assert issubclass(command_class, commands.ServiceCommand)


def test_a_refused_scenario_command_never_reaches_the_stack(context):
    assert commands.execute(context, commands.CreateScenarioCommand(context, "Plan A")).ok
    assert context.undo_stack.count() == 1
    outcome = commands.execute(context, commands.CreateScenarioCommand(context, "Plan A"))
    assert not outcome.ok
    assert isinstance(outcome.error, ServiceError) and "already exists" in str(outcome.error)
    assert "already exists" in outcome.message
    assert context.undo_stack.count() == 1  # the refused copy left no command behind
    assert scenario_names(context) == ["basis", "Plan A"]


def test_a_scenario_command_announces_its_topic_on_each_step(context):
    topics = []
    context.data_changed.connect(topics.append)
    assert commands.execute(context, commands.CreateScenarioCommand(context, "Plan A")).ok
    context.undo_stack.undo()
    context.undo_stack.redo()
    assert topics == ["scenario"] * 3
    assert scenario_names(context) == ["basis", "Plan A"]


def test_an_undo_of_a_scenario_the_register_lost_is_reported_and_dropped(context):
    messages = []
    context.status_message.connect(lambda text, _ms: messages.append(text))
    assert commands.execute(context, commands.RenameScenarioCommand(context, "basis", "x")).ok is False
    assert commands.execute(context, commands.CreateScenarioCommand(context, "Plan A")).ok
    assert commands.execute(context, commands.RenameScenarioCommand(context, "Plan A", "Plan B")).ok
    # meanwhile another path deleted the renamed scenario: renaming it back is refused
    P.delete_scenario(context.register, "Plan B")
    context.undo_stack.undo()
    assert messages and messages[-1].startswith("Could not undo \u201crename Plan A to Plan B\u201d")
    assert "Plan B" in messages[-1]
    assert context.undo_stack.count() == 1  # the rename that can no longer be taken is gone
    assert context.undo_stack.undoText() == "create scenario Plan A"


def test_no_register_no_command(qapp):
    context = AppContext()
    outcome = commands.execute(context, commands.CreateScenarioCommand(context, "Plan A"))
    assert not outcome.ok and outcome.message == "No register is open"
    assert context.undo_stack.count() == 0
