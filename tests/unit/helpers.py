"""Small registers built by hand for tests whose expected figures are worked out in the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import text

from hrplanner.db import repositories as repo
from hrplanner.domain.records import (
    EstablishmentRecord,
    FlowRecord,
    OrganisationRecord,
    RoundData,
    SicknessRecord,
    StaffingRecord,
    TrainingRecord,
)
from hrplanner.services.register import Register

FIGURE_TABLES = ("organisation", "occupation", "round", "staffing", "establishment", "flow", "training",
                 "sickness")


def small_register(path: Path) -> Register:
    """Two organisations (A, B), two occupations used (GZ, JGP), two rounds.

    Round 2025-12-31, GZ: A has 8 persons (6 aged 35-44 women with 4.8 fte, 2 aged 60-64 men with 1.6 fte),
    B has 4 persons (4 aged 55-59 women with 3.0 fte). Vacancies: A 2 open (1 long) with 1.6 fte,
    B 1 open (1 long) with 0.8 fte. Flows A: joiners 2 from the region + 1 from education, leavers 1 to
    the region and 1 retirement. B: joiners 1 from the region, leavers 2 to the region.
    JGP: A has 10 persons (25-34 women, 8.0 fte), no vacancies, no flows.
    Round 2024-12-31: GZ A 9 persons, B 5 persons; JGP A 10.
    """
    register = Register.create(path, region="Testregio")
    previous = RoundData(date(2024, 12, 31), "2024")
    previous.staffing = [
        StaffingRecord("A", "GZ", "35-44", "women", 9, 7.2),
        StaffingRecord("B", "GZ", "55-59", "women", 5, 3.75),
        StaffingRecord("A", "JGP", "25-34", "women", 10, 8.0),
    ]
    current = RoundData(date(2025, 12, 31), "2025")
    current.staffing = [
        StaffingRecord("A", "GZ", "35-44", "women", 6, 4.8),
        StaffingRecord("A", "GZ", "60-64", "men", 2, 1.6),
        StaffingRecord("B", "GZ", "55-59", "women", 4, 3.0),
        StaffingRecord("A", "JGP", "25-34", "women", 10, 8.0),
    ]
    current.establishment = [
        EstablishmentRecord("A", "GZ", 8.0, 2, 1.6, 1),
        EstablishmentRecord("B", "GZ", 3.8, 1, 0.8, 1),
        EstablishmentRecord("A", "JGP", 8.0, 0, 0.0, 0),
    ]
    current.flows = [
        FlowRecord("A", "GZ", "in", "region", 2),
        FlowRecord("A", "GZ", "in", "education", 1),
        FlowRecord("A", "GZ", "out", "region", 1),
        FlowRecord("A", "GZ", "out", "retirement", 1),
        FlowRecord("B", "GZ", "in", "region", 1),
        FlowRecord("B", "GZ", "out", "region", 2),
    ]
    current.training = [TrainingRecord("A", "GZ", "post_master", 2, 1, 2, 1)]
    current.sickness = [SicknessRecord("A", 5.5), SicknessRecord("B", 7.0)]
    with register.transaction() as session:
        repo.add_organisation(OrganisationRecord("A", "provider", "Enschede"), session=session)
        repo.add_organisation(OrganisationRecord("B", "certified_institution", "Almelo"), session=session)
        for data in (previous, current):
            round_ = repo.add_round(data.reference_date, data.label, session=session)
            repo.insert_figures(data, round_.id, session=session)
    return register


def dump(register: Register) -> dict[str, list[tuple]]:
    """Every row of every figure table, for before/after comparisons."""
    with register.engine.connect() as conn:
        return {t: sorted(map(tuple, conn.execute(text(f"SELECT * FROM {t}")))) for t in FIGURE_TABLES}
