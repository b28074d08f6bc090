"""One round's figures as the figure tables need them, loaded once and shared by every figure model.

:class:`RoundSnapshot` is plain data (the round, its figures and the previous round's, organisations
and occupations); :class:`RoundSource` loads it for the context's current round and hands it to the
models attached to it, so five tables cost one read of the register. The read and the tables' rows
are made in the background (a round of hundreds of organisations takes a while); the models are given
them on the GUI thread, one table per turn of the event loop, and :attr:`RoundSource.loaded` says
when all have them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QObject, Signal

from hrplanner.db.models import Occupation, Organisation, Round
from hrplanner.domain import reference as ref
from hrplanner.domain.records import RoundData
from hrplanner.services.register import Register
from hrplanner.ui.context import AppContext, Topic
from hrplanner.ui.workers import LatestTask

#: What a figure table shows depends on these topics of ``AppContext.data_changed``.
STRUCTURE_TOPICS = frozenset({Topic.ORGANISATION, Topic.OCCUPATION, Topic.ROUND, Topic.ANY})


@dataclass
class RoundSnapshot:
    """The figures of one round and what the tables need around them."""

    round: Round | None = None
    current: RoundData | None = None
    previous: RoundData | None = None
    organisations: list[Organisation] = field(default_factory=list)
    occupations: list[Occupation] = field(default_factory=list)
    #: False for a closed round or a register opened read-only
    editable: bool = False
    language: str = "nl"

    @property
    def reference_date(self) -> date | None:
        return self.round.reference_date if self.round else None

    def occupation_name(self, occupation: Occupation) -> str:
        return ref.occupation_name(self.language, occupation.code, (occupation.name_nl, occupation.name_en))

    def shown_organisations(self) -> list[Organisation]:
        """Active organisations, and inactive ones that have figures in this round."""
        with_figures: set[str] = set()
        if self.current is not None:
            for table in (self.current.staffing, self.current.establishment, self.current.flows,
                          self.current.training, self.current.sickness):
                with_figures.update(r.organisation for r in table)
        return [o for o in self.organisations if o.active or o.name in with_figures]


def load_snapshot(register: Register | None, day: date | None, language: str = "nl", *,
                  known_previous: RoundData | None = None) -> RoundSnapshot:
    """The snapshot of a round (the latest when ``day`` is None or not a round); empty without a
    register.

    ``known_previous`` is the previous round's data when the caller still holds it unchanged (an
    edit of the current round does not change it), which saves reading it again.
    """
    if register is None:
        return RoundSnapshot(language=language)
    rounds = register.rounds()
    chosen = next((r for r in rounds if r.reference_date == day), None)
    if chosen is None and rounds:
        chosen = rounds[-1]
    snapshot = RoundSnapshot(organisations=register.organisations(), occupations=register.occupations(),
                             language=language)
    if chosen is None:
        return snapshot
    before = [r for r in rounds if r.reference_date < chosen.reference_date]
    snapshot.round = chosen
    snapshot.current = register.round_data(chosen)
    if not before:
        snapshot.previous = None
    elif known_previous is not None and known_previous.reference_date == before[-1].reference_date:
        snapshot.previous = known_previous
    else:
        snapshot.previous = register.round_data(before[-1])
    snapshot.editable = not chosen.closed and not register.read_only
    return snapshot


class RoundSource(QObject):
    """Loads the current round's snapshot and gives it to the attached figure models."""

    #: The models show a newly read snapshot (the topic that asked for it).
    loaded = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None, *, follow_context: bool = True):
        """With ``follow_context`` the source reloads on the context's signals itself; a page that
        refreshes lazily passes False and calls :meth:`reload` from its refresh."""
        super().__init__(parent)
        self.context = context
        self.snapshot = RoundSnapshot(language=context.language)
        self._models: list = []
        self._task = LatestTask(self, "round figures")
        if follow_context:
            context.register_changed.connect(lambda _r: self.reload())
            context.round_changed.connect(lambda _day: self.reload())
            context.language_changed.connect(lambda _l: self.reload())
            context.data_changed.connect(self.reload)
            self.reload()

    def attach(self, model) -> None:  # noqa: ANN001 - a FigureModel
        self._models.append(model)
        model.load(self.snapshot)

    def wants(self, topic: str) -> bool:
        return topic in STRUCTURE_TOPICS or any(topic in m.TOPICS for m in self._models)

    def reload(self, topic: str = Topic.ANY) -> None:
        """Read the round again with every attached table's rows: in the background when the round,
        the register or its structure changed (a read asked for later replaces one still under way);
        at once after an edit of the round's figures, so an edited cell never shows its old value
        while the new one is read."""
        if not self.wants(topic):
            return
        # figures of the current round changed: the previous round's are still those held
        known = self.snapshot.previous if topic not in STRUCTURE_TOPICS else None
        register, day, language = self.context.register, self.context.current_round, self.context.language
        models = list(self._models)

        def read(_token) -> tuple[RoundSnapshot, list]:  # noqa: ANN001
            snapshot = load_snapshot(register, day, language, known_previous=known)
            return snapshot, [model.make_rows(snapshot) if snapshot.current is not None else [] for model in models]

        def show(read_: tuple[RoundSnapshot, list]) -> Iterator[None]:
            if register is not self.context.register:
                return
            self.snapshot, rows = read_
            for model, model_rows in zip(models, rows):
                model.show(self.snapshot, model_rows)
                yield  # one table at a time: the window repaints in between
            self.loaded.emit(topic)

        self._task.start(read, on_result=show, synchronous=True if topic not in STRUCTURE_TOPICS else None)
