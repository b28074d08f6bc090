"""Publishes a server register's figures for the steering group again after a coordinator changed them.

On a server register the steering group reads only the published figures (``published_figure``,
written by :func:`hrplanner.services.server.publish_round_of`: the round's publication by the
disclosure layer, audited first). Whenever figures or the register's structure change in the app of a
coordinator (an edit, an undo, an import: ``AppContext.data_changed``), the current round is
published again in the background (:class:`hrplanner.ui.workers.LatestTask`: a newer change replaces a
publication still running), and the status bar says so. An hr-lead cannot read the region, so the
hr-leads' changes are published by the coordinator's next change or ``hrplanner server publish URL``;
the steering page shows when its figures were published.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from hrplanner.ui import settings
from hrplanner.ui.labels import targs
from hrplanner.ui.workers import LatestTask

#: Changes that alter what is published (scenarios do not).
TOPICS = frozenset({"staffing", "establishment", "flow", "training", "organisation", "occupation", "round", "*"})


class ServerPublisher(QObject):
    """Publishes the current round of a coordinator's server register after every change of figures."""

    def __init__(self, context, parent: QObject | None = None):  # noqa: ANN001 - the AppContext
        super().__init__(parent)
        self.context = context
        self.task = LatestTask(self, "publish for the steering group")
        context.data_changed.connect(self.changed)

    def changed(self, topic: str) -> None:
        register = self.context.register
        if register is None or not register.on_server or register.role != "coordinator" or topic not in TOPICS:
            return
        day = self.context.current_round
        if day is None:
            return
        rules = settings.disclosure_rules()

        def publish(_token) -> int | None:  # noqa: ANN001
            from hrplanner.services.server import publish_round_of

            return publish_round_of(register, day, rules)

        self.task.start(publish, on_result=self._published, on_error=self._failed)

    def _published(self, written: int | None) -> None:
        if written is not None:
            self.context.status_message.emit(self.tr("Published the round's figures for the steering group"), 6000)

    def _failed(self, exc: BaseException) -> None:
        self.context.status_message.emit(targs(self.tr("The figures were not published for the steering group: %1"),
                                               str(exc)), 0)
