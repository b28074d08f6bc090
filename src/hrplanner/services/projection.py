"""Projection use cases over a register: scenarios, their parameters, and running them.

The "basis" scenario is derived from the register's latest round each time it is asked for, so every
figure entered shows up in the projection at once. A stored scenario holds only the parameters it
changes (per occupation: key -> low, middle, high); everything else follows the register. That keeps
scenarios meaningful when a new round of figures arrives.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import select

from hrplanner.db.models import Scenario, ScenarioParameter, utc_now
from hrplanner.db import repositories as repo
from hrplanner.domain import reference as ref
from hrplanner.domain.projection.errors import ParameterError
from hrplanner.domain.projection.model import ProjectionResult, project
from hrplanner.domain.projection.params import ProjectionParams, Triple, from_flat, to_flat
from hrplanner.domain.register_inputs import OccupationInputs, derive_params, occupations_with_staff
from hrplanner.domain.validation import check_text
from hrplanner.services.errors import NotFoundError, ServiceError, ValidationError
from hrplanner.services.register import Register

BASIS = "basis"


@dataclass
class ScenarioInfo:
    """A scenario as listed: name, description, dates and how many parameters it changes."""

    name: str
    description: str
    created: datetime | None
    changed: datetime | None
    changes: int
    is_basis: bool = False


@dataclass
class ScenarioSet:
    """The parameters of every occupation of a scenario, and what they were derived from."""

    name: str
    reference_date: date
    params: dict[str, ProjectionParams]
    inputs: dict[str, OccupationInputs]
    overrides: dict[str, dict[str, Triple]] = field(default_factory=dict)
    names: dict[str, tuple[str, str]] = field(default_factory=dict)


# --- basis ----------------------------------------------------------------------------------------


def basis(register: Register, reference_date: date | None = None) -> ScenarioSet:
    """The basis parameters of every occupation with staff, derived from a round (default latest)."""
    current, previous = register.round_pair(reference_date)
    occupations = register.occupations()
    specs = {o.code: o for o in occupations}
    names = {o.code: (o.name_nl, o.name_en) for o in occupations}
    order = {o.code: i for i, o in enumerate(occupations)}
    params: dict[str, ProjectionParams] = {}
    inputs: dict[str, OccupationInputs] = {}
    for code in sorted(occupations_with_staff(current), key=lambda c: order.get(c, 999)):
        spec = ref.OCCUPATION_BY_CODE.get(code)
        if spec is None and code in specs:
            o = specs[code]
            spec = ref.OccupationSpec(o.code, o.name_nl, o.name_en, o.level, o.register_code,
                                      o.registration_required, o.training_route, o.training_years, "",
                                      (0.8, 0.65, 0.55, 0.5))
        params[code], inputs[code] = derive_params(current, previous, spec, code,
                                                    ref.occupation_name("nl", code, names.get(code)))
    return ScenarioSet(BASIS, current.reference_date, params, inputs, {}, names)


# --- stored scenarios -----------------------------------------------------------------------------


def _scenario_row(session, name: str) -> Scenario:  # noqa: ANN001
    row = session.exec(select(Scenario).where(Scenario.name == name)).first()
    if row is None:
        known = ", ".join([BASIS, *(s.name for s in session.exec(select(Scenario)))])
        raise NotFoundError(f"No scenario named {name!r} (scenarios: {known})")
    return row


def list_scenarios(register: Register) -> list[ScenarioInfo]:
    """The basis scenario first, then the stored ones by name."""
    result = [ScenarioInfo(BASIS, "Derived from the register's latest round", None, None, 0, True)]
    with register.session() as session:
        for row in session.exec(select(Scenario).order_by(Scenario.name)):
            count = len(session.exec(select(ScenarioParameter.id).where(
                ScenarioParameter.scenario_id == row.id)).all())
            result.append(ScenarioInfo(row.name, row.description, row.created, row.changed, count))
    return result


def overrides(register: Register, name: str) -> dict[str, dict[str, Triple]]:
    """What a stored scenario changes: occupation code -> flat key -> Triple."""
    if name == BASIS:
        return {}
    with register.session() as session:
        row = _scenario_row(session, name)
        result: dict[str, dict[str, Triple]] = {}
        for p in session.exec(select(ScenarioParameter).where(ScenarioParameter.scenario_id == row.id)):
            result.setdefault(p.occupation_code, {})[p.key] = Triple(p.low, p.middle, p.high)
    return result


def apply_overrides(base: ScenarioSet, changes: dict[str, dict[str, Triple]], name: str) -> ScenarioSet:
    params = dict(base.params)
    for code, flat in changes.items():
        if code in params:
            params[code] = from_flat(params[code], flat)
    return ScenarioSet(name, base.reference_date, params, base.inputs, changes, base.names)


def load(register: Register, name: str | None = None, reference_date: date | None = None) -> ScenarioSet:
    """A scenario's parameters for every occupation (basis when no name is given)."""
    base = basis(register, reference_date)
    if not name or name == BASIS:
        return base
    changes = overrides(register, name)
    try:
        return apply_overrides(base, changes, name)
    except ParameterError as exc:
        raise ServiceError(f"Scenario {name!r} has an invalid parameter: {exc}") from exc


def _check_name(register: Register, name: str, *, exists_ok: bool = False) -> str:
    issues = check_text("name", name, max_length=80)
    if issues:
        raise ValidationError(issues)
    name = name.strip()
    if name.lower() == BASIS:
        raise ServiceError(f"{BASIS!r} is the scenario derived from the register; choose another name")
    if not exists_ok:
        with register.session() as session:
            if session.exec(select(Scenario).where(Scenario.name == name)).first():
                raise ServiceError(f"A scenario named {name!r} already exists")
    return name


def create_scenario(register: Register, name: str, description: str = "", *, copy_of: str = BASIS,
                    user: str = "") -> ScenarioInfo:
    """A new scenario, as a copy of another (by default of the basis, i.e. with no changes)."""
    name = _check_name(register, name)
    source = overrides(register, copy_of) if copy_of != BASIS else {}
    with register.transaction() as session:
        round_ = repo.list_rounds(session=session)
        row = Scenario(name=name, description=description[:2000],
                       round_id=round_[-1].id if round_ else None)
        session.add(row)
        session.flush()
        for code, flat in source.items():
            for key, t in flat.items():
                session.add(ScenarioParameter(scenario_id=row.id, occupation_code=code, key=key,
                                              low=t.low, middle=t.mid, high=t.high))
        repo.add_audit("create", "scenario", session=session, key=name, new=f"copy of {copy_of}", user=user)
    return ScenarioInfo(name, description, row.created, row.changed, sum(len(f) for f in source.values()))


def rename_scenario(register: Register, old: str, new: str, *, user: str = "") -> None:
    new = _check_name(register, new)
    with register.transaction() as session:
        row = _scenario_row(session, old)
        row.name = new
        row.changed = utc_now()
        session.add(row)
        repo.add_audit("rename", "scenario", session=session, key=old, old=old, new=new, user=user)


def delete_scenario(register: Register, name: str, *, user: str = "") -> None:
    if name == BASIS:
        raise ServiceError("The basis scenario is derived from the register and cannot be deleted")
    with register.transaction() as session:
        row = _scenario_row(session, name)
        session.delete(row)
        repo.add_audit("delete", "scenario", session=session, key=name, old=name, user=user)


def set_description(register: Register, name: str, description: str, *, user: str = "") -> None:
    with register.transaction() as session:
        row = _scenario_row(session, name)
        old = row.description
        row.description = description[:2000]
        row.changed = utc_now()
        session.add(row)
        repo.add_audit("edit", "scenario", session=session, key=f"{name}/description", old=old,
                       new=description, user=user)


def set_parameters(register: Register, name: str, code: str, values: dict[str, Triple | None], *,
                   user: str = "") -> None:
    """Change parameters of one occupation in a stored scenario (None removes the change, so the
    value follows the register again). Validated as a whole first; nothing is saved on error."""
    if name == BASIS:
        raise ServiceError("The basis scenario follows the register; copy it to change parameters")
    base = basis(register)
    if code not in base.params:
        raise NotFoundError(f"Occupation {code!r} has no staff in the register, so it has no projection")
    current = overrides(register, name).get(code, {})
    merged = dict(current)
    for key, value in values.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = Triple.of(value)
    try:
        from_flat(base.params[code], merged)
    except ParameterError as exc:  # an issue like any refused entry: the app shows it in its language
        raise ValidationError([exc.issue(code)]) from exc
    with register.transaction() as session:
        row = _scenario_row(session, name)
        existing = {p.key: p for p in session.exec(select(ScenarioParameter).where(
            ScenarioParameter.scenario_id == row.id, ScenarioParameter.occupation_code == code))}
        for key, value in values.items():
            old = existing.get(key)
            old_text = f"{old.low}/{old.middle}/{old.high}" if old else ""
            if value is None:
                if old is not None:
                    session.delete(old)
                new_text = ""
            else:
                t = Triple.of(value)
                if old is None:
                    session.add(ScenarioParameter(scenario_id=row.id, occupation_code=code, key=key,
                                                  low=t.low, middle=t.mid, high=t.high))
                else:
                    old.low, old.middle, old.high = t.low, t.mid, t.high
                    session.add(old)
                new_text = f"{t.low}/{t.mid}/{t.high}"
            repo.add_audit("edit", "scenario", session=session, key=f"{name}/{code}/{key}", old=old_text,
                           new=new_text, user=user)
        row.changed = utc_now()
        session.add(row)


# --- running ----------------------------------------------------------------------------------------


def run(register: Register, scenario: str | None = None, *, occupation: str | None = None,
        variant: str = "middle", reference_date: date | None = None) -> tuple[ScenarioSet, list[ProjectionResult]]:
    """Project every occupation (or one) of a scenario."""
    scenarios = load(register, scenario, reference_date)
    codes = list(scenarios.params)
    if occupation is not None:
        if occupation not in scenarios.params:
            known = ", ".join(codes) or "none"
            raise NotFoundError(f"No projection for occupation {occupation!r} (occupations with staff: {known})")
        codes = [occupation]
    return scenarios, [project(scenarios.params[c], variant) for c in codes]


def intake_advice(register: Register, scenario: str | None = None) -> dict[str, list[dict]]:
    """The region's intake advice per occupation code: a list of {equilibrium_year, intake, reason}."""
    _, results = run(register, scenario)
    return {r.params.code: [a.to_dict() for a in r.advice] for r in results}


@dataclass
class Comparison:
    """Two scenarios side by side: the parameters that differ and the results of both."""

    a: str
    b: str
    differences: dict[str, dict[str, tuple[Triple | None, Triple | None]]]
    results_a: dict[str, ProjectionResult]
    results_b: dict[str, ProjectionResult]


def compare(register: Register, a: str, b: str) -> Comparison:
    set_a, set_b = load(register, a), load(register, b)
    differences: dict[str, dict[str, tuple[Triple | None, Triple | None]]] = {}
    for code in set_a.params:
        flat_a, flat_b = to_flat(set_a.params[code]), to_flat(set_b.params.get(code, set_a.params[code]))
        diff = {k: (flat_a.get(k), flat_b.get(k)) for k in sorted(set(flat_a) | set(flat_b))
                if flat_a.get(k) != flat_b.get(k)}
        if diff:
            differences[code] = diff
    return Comparison(a, b, differences,
                      {c: project(p) for c, p in set_a.params.items()},
                      {c: project(p) for c, p in set_b.params.items()})


# --- for the projection dashboard ---------------------------------------------------------------------


@dataclass
class AgePyramid:
    """Persons per age band (reference.AGE_BANDS order) and sex of one occupation, whole region."""

    code: str
    reference_date: date
    bands: tuple[str, ...]
    women: tuple[int, ...]
    men: tuple[int, ...]
    unknown: tuple[int, ...]


def age_pyramid(register: Register, code: str, reference_date: date | None = None) -> AgePyramid:
    """Today's stock of one occupation by age band and sex, from the round's staffing."""
    round_ = register.round(reference_date)
    data = register.round_data(round_)
    counts = {sex: dict.fromkeys(ref.AGE_BANDS, 0) for sex in ref.SEXES}
    for s in data.staffing:
        if s.occupation == code and s.sex in counts and s.age_band in counts[s.sex]:
            counts[s.sex][s.age_band] += s.persons
    return AgePyramid(code, data.reference_date, tuple(ref.AGE_BANDS),
                      *(tuple(counts[sex][b] for b in ref.AGE_BANDS) for sex in ("women", "men", "unknown")))


@dataclass
class Shortage:
    """One occupation's gap (fte) in the first equilibrium year and the intake advice for that year."""

    code: str
    occupation: str
    year: int
    gap_fte: float
    advice: float | None
    current_intake: float
    reason: str | None
    #: The demand (fte) in that year, so the gap can be read as a share of it.
    demand_fte: float = 0.0

    @property
    def share(self) -> float | None:
        """The gap as a share of the demand in that year (None without demand)."""
        return self.gap_fte / self.demand_fte if self.demand_fte else None


def largest_shortages(register: Register, scenario: str | None = None, *, limit: int = 5,
                      variant: str = "middle", reference_date: date | None = None) -> list[Shortage]:
    """The occupations with the largest shortage (gap > 0) in their first equilibrium year, largest first."""
    _, results = run(register, scenario, variant=variant, reference_date=reference_date)
    found = []
    for r in results:
        a = r.advice[0]
        if a.gap_fte > 0:
            found.append(Shortage(r.code, r.occupation, a.equilibrium_year, a.gap_fte, a.intake_clipped,
                                  a.current_intake, a.reason,
                                  float(r.demand_fte[r.index(a.equilibrium_year)])))
    found.sort(key=lambda s: -s.gap_fte)
    return found[:max(0, limit)]
