"""Everything the meeting workbook shows, gathered from the register once before any sheet is written.

The sheets only arrange what is here; they never ask the register themselves. So one export reads
each round once and projects each occupation once, and every sheet shows the same figures.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

import hrplanner
from hrplanner.db.models import Round
from hrplanner.domain import reference as ref
from hrplanner.domain.figures import by_occupation, key_figures
from hrplanner.domain.projection.model import ProjectionResult
from hrplanner.domain.projection.params import Triple, to_flat
from hrplanner.domain.records import RoundData
from hrplanner.domain.backtest import PairBacktest
from hrplanner.domain.disclosure import Rules
from hrplanner.services import backtest as backtest_service
from hrplanner.services import coordination as coordination_service
from hrplanner.services import projection as projection_service
from hrplanner.services.coordination import Coordination, Plan
from hrplanner.services.errors import NotFoundError, ServiceError
from hrplanner.services.publication import publication_for
from hrplanner.services.register import Register
from hrplanner.services.summary import Summary, summarise

from .shared import SharedFigures
from .styles import PageInfo

#: How many rounds the vacancy trend shows at most (the chosen round and the ones before it).
TREND_ROUNDS = 6

Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class RoundVacancies:
    """Open vacancies per occupation in one round, with which of them a shared view must hide."""

    reference_date: date
    open_positions: dict[str, int]
    hidden: dict[str, bool]


@dataclass
class ExportContent:
    """The figures of one export: a round, a scenario and everything derived from them."""

    region: str
    fictitious: bool
    reference_date: date
    previous_date: date | None
    scenario: str
    scenario_description: str
    exported_at: datetime
    version: str
    threshold: int
    rules: Rules
    language: str
    summary: Summary
    #: Projection results (middle variant) in the register's occupation order, of the occupations shown.
    results: list[ProjectionResult]
    #: Flat parameters per occupation code: the scenario's and the basis's.
    parameters: dict[str, dict[str, Triple]]
    basis_parameters: dict[str, dict[str, Triple]]
    coordination: Coordination
    plan: Plan
    shared: SharedFigures
    vacancy_trend: list[RoundVacancies]
    #: Occupations whose regional figures are hidden: not in ``results``, the parameters or the plan.
    hidden_occupations: list[str]
    occupation_names: dict[str, tuple[str, str]]
    #: How far the previous round's projection was from this round's figures (None without a pair).
    backtest: PairBacktest | None = None

    @property
    def page(self) -> PageInfo:
        made_by = f"hrplanner {self.version}, {self.exported_at.strftime('%d-%m-%Y %H:%M')}"
        return PageInfo(self.region, self.reference_date, self.fictitious, made_by)

    def name(self, code: str) -> str:
        """An occupation's name in the workbook's language (the code when unknown)."""
        return ref.occupation_name(self.language, code, self.occupation_names.get(code))

    @property
    def equilibrium_years(self) -> tuple[int, ...]:
        """The equilibrium years of the first occupation (the scenario's, normally shared by all)."""
        return tuple(self.results[0].params.equilibrium_years) if self.results else ()

    @property
    def years(self) -> list[int]:
        return [int(y) for y in self.results[0].years] if self.results else []


class ReadOnce:
    """The register as one export sees it: every service the export calls gets this stand-in, which
    reads each round's figures once (the summary, the projection, the coordination figures and the
    plan each ask for the same rounds). Everything else is the register's own. The figures are shared
    between those services, which only read them."""

    def __init__(self, register: Register):
        self._register = register
        self._data: dict[object, RoundData] = {}

    def __getattr__(self, name: str) -> object:
        return getattr(self._register, name)

    def round_data(self, round_: Round, *, tables: tuple[str, ...] = ()) -> RoundData:
        """The round's figures, read once; all of them (``tables`` may ask for fewer: more is no harm)."""
        key = round_.id if round_.id is not None else round_.reference_date
        if key not in self._data:
            self._data[key] = self._register.round_data(round_)
        return self._data[key]

    #: The register's own round_pair, reading through :meth:`round_data` above.
    round_pair = Register.round_pair


def _scenario_description(register: Register, scenario: str) -> str:
    """The scenario's description (a NotFoundError listing the scenarios when there is none)."""
    scenarios = projection_service.list_scenarios(register)
    for info in scenarios:
        if info.name == scenario:
            return "" if info.is_basis else info.description
    known = ", ".join(info.name for info in scenarios)
    raise NotFoundError(f"No scenario named {scenario!r} (scenarios: {known})")


def _trend_rounds(register: Register, reference_date: date) -> list:
    """The rounds of the vacancy trend: the chosen one and up to TREND_ROUNDS - 1 before it."""
    return [r for r in register.rounds() if r.reference_date <= reference_date][-TREND_ROUNDS:]


def _publishing(register: Register, rules: Rules, step: Callable[[float, str], None], start: float, end: float,
                count: int) -> Callable[[RoundData], object]:
    """``publication_for`` for the export's ``count`` publications in turn, each reporting the progress
    of its making (the optimiser and the attack: up to a minute a round for a large region, nothing
    when it is at hand) as its share of ``start`` .. ``end``."""
    done = [0]

    def publication(data: RoundData) -> object:
        low = start + (end - start) * min(done[0], count) / max(count, 1)
        high = start + (end - start) * min(done[0] + 1, count) / max(count, 1)
        made = publication_for(register, data, rules,
                               progress=lambda fraction: step(low + (high - low) * fraction, "disclosure control"))
        done[0] += 1
        step(high, "disclosure control")
        return made

    return publication


def _vacancy_trend(register: Register, summary: Summary, shared: SharedFigures,
                   order: list[str], publish: Callable[[RoundData], object] | None = None) -> list[RoundVacancies]:
    """Open vacancies per occupation in the chosen round and the rounds before it, hidden where the
    occupation's persons are in that round (the chosen and previous rounds as on every other sheet;
    earlier rounds by their own publication, the one ``summary --round`` prints, made by ``publish``)."""
    reference_date, previous_date = summary.reference_date, summary.previous_date
    current_figures = {f.key: f for f in summary.occupations}
    previous_figures = summary.previous_occupations
    rounds = _trend_rounds(register, reference_date)
    out = []
    for round_ in rounds:
        if round_.reference_date == reference_date:
            figures = current_figures
            hidden = {code: shared.occupation_hidden(code) for code in figures}
        elif round_.reference_date == previous_date and shared.previous is not None:
            figures = previous_figures  # hidden as on the key figures sheet
            hidden = {code: shared.previous_hidden(code) for code in figures}
        else:
            data = register.round_data(round_)
            figures = key_figures(data, None, by_occupation)
            publication = (publish or (lambda d: publication_for(register, d, shared.rules)))(data)
            hidden = {code: publication.occupation_hidden(code) for code in figures}
        out.append(RoundVacancies(round_.reference_date,
                                  {code: f.open_positions for code, f in figures.items()}, hidden))
    return out


def _hidden_on(shared: SharedFigures, current: RoundData, previous: RoundData | None):  # noqa: ANN202
    """The occupations the export's own publications hide on a round's date (the backtest's pair is
    the previous round and this one)."""
    publications = {current.reference_date: shared.publication}
    if previous is not None and shared.previous is not None:
        publications[previous.reference_date] = shared.previous

    def hidden_on(day: date) -> list[str]:
        publication = publications.get(day)
        if publication is None:  # not a round of this export: leave it out entirely
            return list(shared.occupations)
        return publication.hidden_occupations()

    return hidden_on


def gather(register: Register, scenario: str | None, round_date: date | None, rules: Rules,
           language: str, progress: Progress | None = None) -> ExportContent:
    """Read and compute everything the workbook shows (a ServiceError names what is wrong)."""

    def step(fraction: float, what: str) -> None:
        if progress is not None:
            progress(fraction, what)

    name = scenario or projection_service.BASIS
    register = ReadOnce(register)  # type: ignore[assignment]
    step(0.05, "scenario")
    description = _scenario_description(register, name)
    step(0.15, "projection")
    scenario_set, results = projection_service.run(register, name, reference_date=round_date)
    basis_set = projection_service.basis(register, round_date) if name != projection_service.BASIS else scenario_set
    step(0.3, "key figures")
    summary = summarise(register, round_date)
    step(0.45, "coordination figures")
    coordination = coordination_service.coordination_figures(register, summary.reference_date)
    plan = coordination_service.training_plan(register, scenario=name, round_date=summary.reference_date)
    step(0.5, "disclosure control")
    order = coordination.occupation_order
    current, previous = register.round_pair(summary.reference_date)
    # the publications every shared output of these rounds reads (services.publication: the register's
    # occupation order and peer groups), audited; a ServiceError when no safe one exists. The trend's
    # earlier rounds have theirs too: each reports its making between 0.5 and 0.6.
    publish = _publishing(register, rules, step, 0.5, 0.6,
                          max(len(_trend_rounds(register, summary.reference_date)), 1 + (previous is not None)))
    shared = SharedFigures(publish(current), publish(previous) if previous is not None else None)
    trend = _vacancy_trend(register, summary, shared, order, publish)
    # An occupation whose regional figures are hidden is left out of every projection table (its
    # supply starts from its persons and fte), and out of the training plan (its advice too).
    hidden_codes = [code for code in shared.occupations if shared.occupation_hidden(code)]
    results = [r for r in results if r.code not in hidden_codes]
    plan.occupations = [o for o in plan.occupations if o.occupation not in hidden_codes]
    return ExportContent(
        region=register.region,
        fictitious=register.fictitious,
        reference_date=summary.reference_date,
        previous_date=summary.previous_date,
        scenario=name,
        scenario_description=description,
        exported_at=datetime.now().astimezone(),
        version=hrplanner.__version__,
        threshold=rules.threshold,
        rules=rules,
        language=language,
        summary=summary,
        results=results,
        parameters={c: to_flat(p) for c, p in scenario_set.params.items() if c not in hidden_codes},
        basis_parameters={c: to_flat(p) for c, p in basis_set.params.items() if c not in hidden_codes},
        hidden_occupations=hidden_codes,
        coordination=coordination,
        plan=plan,
        shared=shared,
        vacancy_trend=trend,
        occupation_names=summary.occupation_names,
        backtest=backtest_service.backtest(register, until=summary.reference_date, last=1,
                                           hidden_on=_hidden_on(shared, current, previous)).latest,
    )
