"""Plain records of one round's figures, as the domain computes with them.

The db layer loads these from a register; the demo generator and the Excel importer produce them.
Organisations and occupations are referred to by name and code, so the records can be compared and
moved between registers without database ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class OrganisationRecord:
    name: str
    kind: str
    municipality: str
    active: bool = True


@dataclass(frozen=True)
class StaffingRecord:
    """Persons and fte of one organisation x occupation x age band x sex."""

    organisation: str
    occupation: str
    age_band: str
    sex: str
    persons: int
    fte: float


@dataclass(frozen=True)
class EstablishmentRecord:
    """Budgeted fte and open vacancies of one organisation x occupation."""

    organisation: str
    occupation: str
    budgeted_fte: float | None
    open_positions: int
    open_fte: float
    open_long: int


@dataclass(frozen=True)
class FlowRecord:
    """Joiners (direction "in", by origin) or leavers ("out", by destination)."""

    organisation: str
    occupation: str
    direction: str
    category: str
    persons: int


@dataclass(frozen=True)
class TrainingRecord:
    """Training figures of one organisation x occupation x route."""

    organisation: str
    occupation: str
    route: str
    in_training: int
    planned_intake: int
    places: int
    supervisors: int


@dataclass(frozen=True)
class SicknessRecord:
    organisation: str
    percentage: float


@dataclass
class RoundData:
    """All figures of one round (reference date)."""

    reference_date: date
    label: str = ""
    closed: bool = False
    staffing: list[StaffingRecord] = field(default_factory=list)
    establishment: list[EstablishmentRecord] = field(default_factory=list)
    flows: list[FlowRecord] = field(default_factory=list)
    training: list[TrainingRecord] = field(default_factory=list)
    sickness: list[SicknessRecord] = field(default_factory=list)

    def for_organisation(self, organisation: str) -> "RoundData":
        """The same round restricted to one organisation's figures."""
        return RoundData(
            self.reference_date,
            self.label,
            self.closed,
            [r for r in self.staffing if r.organisation == organisation],
            [r for r in self.establishment if r.organisation == organisation],
            [r for r in self.flows if r.organisation == organisation],
            [r for r in self.training if r.organisation == organisation],
            [r for r in self.sickness if r.organisation == organisation],
        )
