"""Coordination use cases over a register: the regional coordination figures of a round and the
shared training plan (MODEL.md 5).

Small-number suppression (domain.suppression) is applied by whoever shares the figures (the steering
view of the page, exports), with the user's threshold setting; these use cases return full figures.

The plan splits the region's intake advice per occupation over organisations
(:mod:`hrplanner.domain.allocation`). The advice comes from the projection
(``hrplanner.services.projection.intake_advice``); when that is not available, the plan says so and
uses today's total planned intake as a clearly labelled placeholder.
"""

from __future__ import annotations

import logging
import math
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from hrplanner.domain import allocation
from hrplanner.domain import reference as ref
from hrplanner.domain.coordination import CoordinationFigures, coordination_figures as _figures
from hrplanner.domain.records import RoundData
from hrplanner.domain.validation import Issue, ValidationError
from hrplanner.services.register import Register
from hrplanner.domain.rounding import rounded

log = logging.getLogger(__name__)

ADVICE_PROJECTION = "projection"
ADVICE_GIVEN = "given"
ADVICE_PLACEHOLDER = "placeholder"
PLACEHOLDER_NOTE = "advice not available: using planned intake"

#: What each rule weighs, for tables and notes.
RULE_BASIS = {"fte": "fte", "shortage": "open vacancy fte", "equal": "one per organisation"}


# --- figures -----------------------------------------------------------------------------------------


@dataclass
class Coordination:
    """The coordination figures of a round with what a page or export needs to show them."""

    region: str
    fictitious: bool
    #: Occupation codes in the register's order, and their (Dutch, English) names.
    occupation_order: list[str]
    occupation_names: dict[str, tuple[str, str]]
    figures: CoordinationFigures
    #: Each organisation's kind and municipality, to group the organisations of a large region.
    organisation_kinds: dict[str, str] = field(default_factory=dict)
    organisation_municipalities: dict[str, str] = field(default_factory=dict)

    @property
    def reference_date(self) -> date:
        return self.figures.reference_date

    def occupations(self) -> list[str]:
        """Occupations with figures in this round, in the register's order."""
        present = set(self.figures.by_occupation) | set(self.figures.flows_by_occupation)
        ordered = [c for c in self.occupation_order if c in present]
        return ordered + sorted(present - set(ordered))

    def organisations(self) -> list[str]:
        return self.figures.organisations()

    def occupation_name(self, code: str, language: str = "nl") -> str:
        return ref.occupation_name(language, code, self.occupation_names.get(code))


def _rounds(register: Register, round_date: date | None) -> tuple[RoundData, RoundData | None, RoundData | None]:
    current, previous = register.round_pair(round_date)
    before_previous = None
    if previous is not None:
        earlier = register.previous_round(register.round(previous.reference_date))
        # only its persons count (the previous round's persons at the start of its year)
        before_previous = register.round_data(earlier, tables=("staffing",)) if earlier is not None else None
    return current, previous, before_previous


def coordination_figures(register: Register, round_date: date | None = None) -> Coordination:
    """The coordination figures of a round (the latest by default) with trends against the previous."""
    current, previous, before_previous = _rounds(register, round_date)
    occupations = register.occupations()
    organisations = register.organisations()
    return Coordination(
        region=register.region,
        fictitious=register.fictitious,
        occupation_order=[o.code for o in occupations],
        occupation_names={o.code: (o.name_nl, o.name_en) for o in occupations},
        figures=_figures(current, previous, before_previous),
        organisation_kinds={o.name: o.kind for o in organisations},
        organisation_municipalities={o.name: o.municipality for o in organisations},
    )


# --- the regional intake advice ------------------------------------------------------------------------


@dataclass
class RegionalAdvice:
    """The region's intake advice per occupation code, in whole places a year, and where it is from."""

    places: dict[str, int]
    source: str
    note: str = ""
    #: Per occupation, why the projection's advice was not used (then the planned intake is).
    notes: dict[str, str] = field(default_factory=dict)


def planned_intake(data: RoundData) -> dict[str, int]:
    """Today's total planned intake per occupation over all organisations."""
    totals: dict[str, int] = defaultdict(int)
    for row in data.training:
        totals[row.occupation] += row.planned_intake
    return dict(totals)


def _whole_places(value: float) -> int:
    """An advice in trainees a year as whole places: rounded up (training enough people), with a
    tolerance for float noise."""
    return max(0, math.ceil(value - 1e-9))


def _advice_value(entry: object, equilibrium_year: int | None) -> tuple[float | None, str]:
    """One occupation's advice from the projection service's answer: a number, or a list of
    {equilibrium_year, intake_clipped, reason} (the first year unless one is asked for)."""
    if isinstance(entry, (int, float)) and not isinstance(entry, bool):
        return float(entry), ""
    if isinstance(entry, Mapping):
        entry = [entry]
    if isinstance(entry, (list, tuple)) and entry:
        chosen = entry[0]
        if equilibrium_year is not None:
            matches = [e for e in entry if e.get("equilibrium_year") == equilibrium_year]
            if not matches:
                years = ", ".join(str(e.get("equilibrium_year")) for e in entry)
                return None, f"no advice for equilibrium year {equilibrium_year} (years: {years})"
            chosen = matches[0]
        value = chosen.get("intake_clipped", chosen.get("intake"))
        if value is None:
            return None, str(chosen.get("reason") or "the projection gives no advice")
        return float(value), ""
    return None, "the projection gives no advice"


def regional_advice(register: Register, scenario: str | None = None, *, round_date: date | None = None,
                    equilibrium_year: int | None = None) -> RegionalAdvice:
    """The projection's intake advice per occupation, or (clearly labelled) today's planned intake
    when the projection service is not available or gives no advice for an occupation."""
    current = register.round_data(register.round(round_date))
    fallback = planned_intake(current)
    try:
        from hrplanner.services.projection import intake_advice
    except ImportError:
        note = PLACEHOLDER_NOTE
        if scenario:
            note += f" (scenario {scenario!r} not used)"
        return RegionalAdvice(fallback, ADVICE_PLACEHOLDER, note)
    answer = intake_advice(register, scenario)
    places: dict[str, int] = {}
    notes: dict[str, str] = {}
    for code in sorted(set(answer) | set(fallback)):
        value, why = _advice_value(answer.get(code), equilibrium_year) if code in answer else (None, "")
        if value is None:
            places[code] = fallback.get(code, 0)
            notes[code] = f"{PLACEHOLDER_NOTE}" + (f" ({why})" if why else "")
        else:
            places[code] = _whole_places(value)
    return RegionalAdvice(places, ADVICE_PROJECTION, "", notes)


# --- the shared training plan --------------------------------------------------------------------------


@dataclass
class PlanLine:
    """One organisation in one occupation's plan."""

    organisation: str
    #: The rule's basis: fte, shortage fte, or 1.
    basis: float
    rule_share: float | None
    supervisors: int
    cap: int
    quota: float
    places: int
    at_cap: bool
    today_places: int
    today_intake: int
    in_training: int

    def as_dict(self) -> dict[str, object]:
        return {
            "organisation": self.organisation,
            "basis": rounded(self.basis, 2),
            "rule_share": self.rule_share,
            "supervisors": self.supervisors,
            "cap": self.cap,
            "quota": rounded(self.quota, 3),
            "places": self.places,
            "at_cap": self.at_cap,
            "today_places": self.today_places,
            "today_intake": self.today_intake,
            "in_training": self.in_training,
        }


@dataclass
class OccupationPlan:
    """The split of one occupation's advice."""

    occupation: str
    name_nl: str
    name_en: str
    advice: int
    advice_source: str
    advice_note: str
    #: The rule applied (the one asked for, or "fte" when nobody has a weight under it).
    rule: str
    rule_note: str
    reachable: int
    lines: list[PlanLine]

    @property
    def planned(self) -> int:
        return sum(line.places for line in self.lines)

    @property
    def shortfall(self) -> int:
        return self.advice - self.planned

    @property
    def today_places(self) -> int:
        return sum(line.today_places for line in self.lines)

    @property
    def today_intake(self) -> int:
        return sum(line.today_intake for line in self.lines)

    def shortfall_text(self) -> str:
        if self.shortfall <= 0:
            return ""
        unit = "place" if self.shortfall == 1 else "places"
        return f"short by {self.shortfall} {unit}: not enough supervisors"

    def as_dict(self) -> dict[str, object]:
        return {
            "occupation": self.occupation,
            "name_nl": self.name_nl,
            "name_en": self.name_en,
            "advice": self.advice,
            "advice_source": self.advice_source,
            "advice_note": self.advice_note,
            "rule": self.rule,
            "rule_note": self.rule_note,
            "reachable": self.reachable,
            "planned": self.planned,
            "shortfall": self.shortfall,
            "today_places": self.today_places,
            "today_intake": self.today_intake,
            "organisations": [line.as_dict() for line in self.lines],
        }


@dataclass
class Plan:
    """The shared training plan of a round: one split per occupation."""

    region: str
    fictitious: bool
    reference_date: date
    rule: str
    scenario: str | None
    places_per_supervisor: int
    advice_source: str
    advice_note: str
    occupations: list[OccupationPlan]

    def occupation(self, code: str) -> OccupationPlan:
        for plan in self.occupations:
            if plan.occupation == code:
                return plan
        raise KeyError(code)

    def as_dict(self) -> dict[str, object]:
        return {
            "region": self.region,
            "fictitious": self.fictitious,
            "reference_date": self.reference_date.isoformat(),
            "rule": self.rule,
            "scenario": self.scenario,
            "places_per_supervisor": self.places_per_supervisor,
            "advice_source": self.advice_source,
            "advice_note": self.advice_note,
            "occupations": [o.as_dict() for o in self.occupations],
        }


@dataclass
class _OrgOccupation:
    fte: float = 0.0
    open_fte: float = 0.0
    supervisors: int = 0
    places: int = 0
    intake: int = 0
    in_training: int = 0
    employs: bool = False


def _by_pair(data: RoundData) -> dict[str, dict[str, _OrgOccupation]]:
    """Per occupation, per organisation: what the rules and caps need."""
    table: dict[str, dict[str, _OrgOccupation]] = defaultdict(lambda: defaultdict(_OrgOccupation))
    for row in data.staffing:
        cell = table[row.occupation][row.organisation]
        cell.fte += row.fte
        cell.employs = cell.employs or row.persons > 0
    for row in data.establishment:
        cell = table[row.occupation][row.organisation]
        cell.open_fte += row.open_fte
        cell.employs = cell.employs or row.open_fte > 0
    for row in data.training:
        cell = table[row.occupation][row.organisation]
        cell.supervisors += row.supervisors
        cell.places += row.places
        cell.intake += row.planned_intake
        cell.in_training += row.in_training
    return table


def _check_plan_input(rule: object, places_per_supervisor: object, advice: object) -> list[Issue]:
    issues = []
    if rule not in allocation.RULES:
        issues.append(Issue("rule", rule, f"must be one of {', '.join(allocation.RULES)}"))
    if isinstance(places_per_supervisor, bool) or not isinstance(places_per_supervisor, int) \
            or not 1 <= places_per_supervisor <= 20:
        issues.append(Issue("places per supervisor", places_per_supervisor, "must be a whole number from 1 to 20"))
    if advice is not None and not isinstance(advice, RegionalAdvice):
        if not isinstance(advice, Mapping):
            issues.append(Issue("advice", advice, "must give a number of places per occupation code"))
        else:
            for code, value in advice.items():
                if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                    issues.append(Issue(f"advice for {code}", value, "must be a whole number of places of at least 0"))
    return issues


def _weights(rule: str, cells: Mapping[str, _OrgOccupation], gaps: Mapping[str, float] | None) -> dict[str, float]:
    if rule == "fte":
        return {o: max(c.fte, 0.0) for o, c in cells.items()}
    if rule == "shortage":
        if gaps is not None:
            return {o: max(float(gaps.get(o, 0.0)), 0.0) for o in cells}
        return {o: max(c.open_fte, 0.0) for o, c in cells.items()}
    return {o: 1.0 if c.employs else 0.0 for o, c in cells.items()}


def split_occupation(code: str, advice: int, cells: Mapping[str, _OrgOccupation], rule: str, *,
                     places_per_supervisor: int, gaps: Mapping[str, float] | None = None
                     ) -> tuple[str, str, allocation.Split]:
    """Split one occupation's advice; returns the rule applied, a note, and the split."""
    weights = _weights(rule, cells, gaps)
    applied, note = rule, ""
    if advice > 0 and not any(w > 0 for w in weights.values()) and rule != "fte":
        applied = "fte"
        why = "no organisation has a shortage" if rule == "shortage" else "no organisation employs it"
        note = f"{why} in {code}: split by fte instead"
        weights = _weights("fte", cells, None)
    claimants = [allocation.Claimant(o, weights[o], allocation.cap_for(c.supervisors, places_per_supervisor))
                 for o, c in cells.items()]
    return applied, note, allocation.split_places(advice, claimants)


def training_plan(register: Register, scenario: str | None = None, rule: str = allocation.DEFAULT_RULE,
                  advice: Mapping[str, int] | RegionalAdvice | None = None, round_date: date | None = None, *,
                  places_per_supervisor: int = allocation.DEFAULT_PLACES_PER_SUPERVISOR,
                  gaps: Mapping[str, Mapping[str, float]] | None = None,
                  equilibrium_year: int | None = None) -> Plan:
    """The shared training plan of a round.

    ``advice``: places a year per occupation code; None asks :func:`regional_advice`; a
    :class:`RegionalAdvice` (from an earlier call, e.g. when only the rule changes) is used as it is,
    with its source and notes. ``gaps``: per
    occupation, each organisation's own projected gap in fte, used by the "shortage" rule instead of
    open vacancy fte where given.
    """
    issues = _check_plan_input(rule, places_per_supervisor, advice)
    if issues:
        raise ValidationError(issues)
    current = register.round_data(register.round(round_date))
    if advice is None:
        regional = regional_advice(register, scenario, round_date=round_date, equilibrium_year=equilibrium_year)
    elif isinstance(advice, RegionalAdvice):
        regional = advice
    else:
        regional = RegionalAdvice(dict(advice), ADVICE_GIVEN)
    occupations = register.occupations()
    known = {o.code for o in occupations}
    unknown = sorted(set(regional.places) - known)
    if advice is not None and not isinstance(advice, RegionalAdvice) and unknown:
        raise ValidationError([Issue("advice", code, "is not an occupation code of this register") for code in unknown])
    table = _by_pair(current)
    plans = []
    for occupation in occupations:
        code = occupation.code
        cells = table.get(code, {})
        places = regional.places.get(code, 0)
        if not cells and places == 0:
            continue
        applied, rule_note, split = split_occupation(
            code, places, cells, rule, places_per_supervisor=places_per_supervisor,
            gaps=(gaps or {}).get(code))
        lines = [
            PlanLine(
                organisation=share.organisation,
                basis=share.weight,
                rule_share=share.rule_share,
                supervisors=cells[share.organisation].supervisors,
                cap=share.cap or 0,
                quota=float(share.quota),
                places=share.places,
                at_cap=share.at_cap,
                today_places=cells[share.organisation].places,
                today_intake=cells[share.organisation].intake,
                in_training=cells[share.organisation].in_training,
            )
            for share in split.shares
        ]
        source = regional.source if code not in regional.notes else ADVICE_PLACEHOLDER
        plans.append(OccupationPlan(
            occupation=code, name_nl=occupation.name_nl, name_en=occupation.name_en, advice=places,
            advice_source=source, advice_note=regional.notes.get(code, regional.note), rule=applied,
            rule_note=rule_note, reachable=split.reachable, lines=lines,
        ))
    return Plan(
        region=register.region,
        fictitious=register.fictitious,
        reference_date=current.reference_date,
        rule=rule,
        scenario=scenario,
        places_per_supervisor=places_per_supervisor,
        advice_source=regional.source,
        advice_note=regional.note,
        occupations=plans,
    )
