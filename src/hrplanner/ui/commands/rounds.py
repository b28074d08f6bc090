"""Undo commands of the Rounds page: accepting an organisation's figures of a round."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from hrplanner.services import rounds
from hrplanner.ui.commands.base import ServiceCommand
from hrplanner.ui.context import AppContext, Topic


class AcceptFiguresCommand(ServiceCommand):
    """Accept an organisation's figures of a round; undo puts the earlier acceptance (or none) back,
    redo exactly the acceptance made the first time."""

    topic = Topic.ROUND

    def __init__(self, context: AppContext, reference_date: date, organisation: str):
        super().__init__(context, QCoreApplication.translate("commands", "accept figures"))
        self.reference_date = reference_date
        self.organisation = organisation
        self.before: rounds.Acceptance = (None, "")
        self.after: rounds.Acceptance = (None, "")

    def forward(self) -> None:
        if self.after[0] is None:  # the first time: accept now
            self.before = rounds.accept(self.register, self.reference_date, self.organisation, user=self.user)
            self.after = rounds.acceptance(self.register, self.reference_date, self.organisation)
        else:
            rounds.restore_acceptance(self.register, self.reference_date, self.organisation, self.after,
                                      user=self.user)

    def backward(self) -> None:
        rounds.restore_acceptance(self.register, self.reference_date, self.organisation, self.before,
                                  user=self.user)
