"""SQLModel tables of a register file (MODEL.md 3): aggregate figures only, never a person.

Each figure table has one row per organisation x occupation x round (x band or category), enforced by
a unique key, and non-negative checks in the database as a last line of defence behind the domain
validation. The schema is created and changed only by the Alembic migrations in ``migrations/``.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import CheckConstraint, UniqueConstraint
from sqlmodel import Field, SQLModel


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class RegisterMeta(SQLModel, table=True):
    """One key/value fact about the register file (region name, app version, fictitious flag)."""

    __tablename__ = "register_meta"
    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(default="", max_length=2000)


class Organisation(SQLModel, table=True):
    """A party that employs youth-care staff."""

    __tablename__ = "organisation"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120, unique=True)
    kind: str = Field(max_length=32)
    municipality: str = Field(max_length=64)
    active: bool = Field(default=True)


class Occupation(SQLModel, table=True):
    """An occupation (functie) with its level, register and training route."""

    __tablename__ = "occupation"
    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=12, unique=True)
    name_nl: str = Field(max_length=120)
    name_en: str = Field(max_length=120)
    level: str = Field(max_length=32)
    register_code: str = Field(max_length=8)
    registration_required: bool = Field(default=False)
    training_route: str = Field(default="", max_length=200)
    training_years: float = Field(default=0.0)
    sort_order: int = Field(default=0)


class Round(SQLModel, table=True):
    """A reference date (peildatum) with its label; a closed round is read-only."""

    __tablename__ = "round"
    id: int | None = Field(default=None, primary_key=True)
    reference_date: date = Field(unique=True)
    label: str = Field(default="", max_length=80)
    closed: bool = Field(default=False)


def _figure_keys(*extra: str) -> tuple[str, ...]:
    return ("organisation_id", "occupation_id", "round_id", *extra)


class Staffing(SQLModel, table=True):
    """Persons and fte of one organisation x occupation x round x age band x sex."""

    __tablename__ = "staffing"
    __table_args__ = (
        UniqueConstraint(*_figure_keys("age_band", "sex"), name="uq_staffing"),
        CheckConstraint("persons >= 0", name="ck_staffing_persons"),
        CheckConstraint("fte >= 0", name="ck_staffing_fte"),
    )
    id: int | None = Field(default=None, primary_key=True)
    organisation_id: int = Field(foreign_key="organisation.id", index=True, ondelete="CASCADE")
    occupation_id: int = Field(foreign_key="occupation.id", index=True, ondelete="CASCADE")
    round_id: int = Field(foreign_key="round.id", index=True, ondelete="CASCADE")
    age_band: str = Field(max_length=8)
    sex: str = Field(default="unknown", max_length=8)
    persons: int = 0
    fte: float = 0.0


class Establishment(SQLModel, table=True):
    """Budgeted fte and open vacancies of one organisation x occupation x round."""

    __tablename__ = "establishment"
    __table_args__ = (
        UniqueConstraint(*_figure_keys(), name="uq_establishment"),
        CheckConstraint("budgeted_fte IS NULL OR budgeted_fte >= 0", name="ck_est_budget"),
        CheckConstraint("open_positions >= 0 AND open_fte >= 0 AND open_long >= 0", name="ck_est_open"),
        CheckConstraint("open_long <= open_positions", name="ck_est_long"),
    )
    id: int | None = Field(default=None, primary_key=True)
    organisation_id: int = Field(foreign_key="organisation.id", index=True, ondelete="CASCADE")
    occupation_id: int = Field(foreign_key="occupation.id", index=True, ondelete="CASCADE")
    round_id: int = Field(foreign_key="round.id", index=True, ondelete="CASCADE")
    budgeted_fte: float | None = None
    open_positions: int = 0
    open_fte: float = 0.0
    open_long: int = 0


class Flow(SQLModel, table=True):
    """Joiners by origin (direction "in") or leavers by destination ("out") over the 12 months
    before the round's reference date."""

    __tablename__ = "flow"
    __table_args__ = (
        UniqueConstraint(*_figure_keys("direction", "category"), name="uq_flow"),
        CheckConstraint("persons >= 0", name="ck_flow_persons"),
        CheckConstraint("direction IN ('in', 'out')", name="ck_flow_direction"),
    )
    id: int | None = Field(default=None, primary_key=True)
    organisation_id: int = Field(foreign_key="organisation.id", index=True, ondelete="CASCADE")
    occupation_id: int = Field(foreign_key="occupation.id", index=True, ondelete="CASCADE")
    round_id: int = Field(foreign_key="round.id", index=True, ondelete="CASCADE")
    direction: str = Field(max_length=3)
    category: str = Field(max_length=32)
    persons: int = 0


class Training(SQLModel, table=True):
    """Trainees, planned intake, training places and supervisors of one organisation x occupation x
    round x training route."""

    __tablename__ = "training"
    __table_args__ = (
        UniqueConstraint(*_figure_keys("route"), name="uq_training"),
        CheckConstraint(
            "in_training >= 0 AND planned_intake >= 0 AND places >= 0 AND supervisors >= 0",
            name="ck_training_nonneg",
        ),
    )
    id: int | None = Field(default=None, primary_key=True)
    organisation_id: int = Field(foreign_key="organisation.id", index=True, ondelete="CASCADE")
    occupation_id: int = Field(foreign_key="occupation.id", index=True, ondelete="CASCADE")
    round_id: int = Field(foreign_key="round.id", index=True, ondelete="CASCADE")
    route: str = Field(max_length=24)
    in_training: int = 0
    planned_intake: int = 0
    places: int = 0
    supervisors: int = 0


class Sickness(SQLModel, table=True):
    """Sickness absence of one organisation in one round, as a percentage; never per person."""

    __tablename__ = "sickness"
    __table_args__ = (
        UniqueConstraint("organisation_id", "round_id", name="uq_sickness"),
        CheckConstraint("percentage >= 0 AND percentage <= 100", name="ck_sickness_pct"),
    )
    id: int | None = Field(default=None, primary_key=True)
    organisation_id: int = Field(foreign_key="organisation.id", index=True, ondelete="CASCADE")
    round_id: int = Field(foreign_key="round.id", index=True, ondelete="CASCADE")
    percentage: float = 0.0


class Scenario(SQLModel, table=True):
    """A named projection scenario; its parameters live in ScenarioParameter."""

    __tablename__ = "scenario"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=80, unique=True)
    description: str = Field(default="", max_length=2000)
    round_id: int | None = Field(default=None, foreign_key="round.id", ondelete="SET NULL")
    created: datetime = Field(default_factory=utc_now)
    changed: datetime = Field(default_factory=utc_now)


class ScenarioParameter(SQLModel, table=True):
    """One parameter of a scenario for one occupation, with its low, middle and high value."""

    __tablename__ = "scenario_parameter"
    __table_args__ = (
        UniqueConstraint("scenario_id", "occupation_code", "key", name="uq_scenario_parameter"),
    )
    id: int | None = Field(default=None, primary_key=True)
    scenario_id: int = Field(foreign_key="scenario.id", index=True, ondelete="CASCADE")
    occupation_code: str = Field(max_length=12)
    key: str = Field(max_length=80)
    low: float
    middle: float
    high: float


class AuditEntry(SQLModel, table=True):
    """One change to the register: when, who, what, the old and the new value, and the source."""

    __tablename__ = "audit_log"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utc_now, index=True)
    user: str = Field(default="", max_length=80)
    action: str = Field(max_length=40)
    entity: str = Field(max_length=40)
    key: str = Field(default="", max_length=300)
    old: str = Field(default="", max_length=4000)
    new: str = Field(default="", max_length=4000)
    source: str = Field(default="", max_length=500)


class RoundDelivery(SQLModel, table=True):
    """How far one organisation is with one round: template sent, figures received, accepted.

    A row exists for every organisation expected to deliver (``round open`` adds the active ones) and
    for every organisation whose figures arrived; the figures themselves live in the figure tables.
    ``received`` is stamped in the same transaction as every import and edit of the organisation's
    figures in the round, so the status follows them.
    """

    __tablename__ = "round_delivery"
    __table_args__ = (UniqueConstraint("round_id", "organisation_id", name="uq_round_delivery"),)
    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="round.id", index=True, ondelete="CASCADE")
    organisation_id: int = Field(foreign_key="organisation.id", index=True, ondelete="CASCADE")
    template_sent: datetime | None = None
    template_sent_by: str = Field(default="", max_length=80)
    received: datetime | None = None
    received_by: str = Field(default="", max_length=80)
    #: "template" (an imported Excel file, named in received_source) or "app" (entered by hand)
    received_via: str = Field(default="", max_length=16)
    received_source: str = Field(default="", max_length=500)
    accepted: datetime | None = None
    accepted_by: str = Field(default="", max_length=80)


FIGURE_TABLES = (Staffing, Establishment, Flow, Training)
