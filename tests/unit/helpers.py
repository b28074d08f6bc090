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


#: The three-round register: one line per organisation x occupation, (round year, persons, fte, open
#: positions, open fte, joiners from another sector, leavers to another sector). Every round follows
#: from the one before by stock and flow: persons = persons before + joiners - leavers.
THREE_ROUNDS = {
    ("A", "PM"): [(2023, 100, 80.0, 0, 0.0, 0, 0), (2024, 96, 76.8, 2, 3.2, 6, 10), (2025, 92, 73.6, 1, 1.6, 6, 10)],
    ("B", "PM"): [(2023, 50, 40.0, 0, 0.0, 0, 0), (2024, 48, 38.4, 1, 1.6, 3, 5), (2025, 46, 36.8, 3, 2.4, 3, 5)],
    ("A", "GZ"): [(2023, 10, 9.0, 0, 0.0, 0, 0), (2024, 10, 9.0, 0, 0.0, 0, 0), (2025, 10, 9.0, 1, 0.9, 0, 0)],
}


def three_round_register(path: Path) -> Register:
    """Three yearly rounds (2023, 2024, 2025-12-31) of two organisations, A and B, built from
    :data:`THREE_ROUNDS`: everyone aged 25-34 (PM, sex unknown) or 35-44 (GZ, women), so nobody retires
    within a year; no trainees; the establishment is filled + open fte. Consistent stock-flow rounds for
    the backtest and for figures that compare a round with the one before it (trends)."""
    register = Register.create(path, region="Drieregio")
    rounds = []
    for k, year in enumerate((2023, 2024, 2025)):
        data = RoundData(date(year, 12, 31), str(year))
        for (org, occ), lines in THREE_ROUNDS.items():
            _, persons, fte, positions, open_fte, joiners, leavers = lines[k]
            band, sex = ("25-34", "unknown") if occ == "PM" else ("35-44", "women")
            data.staffing.append(StaffingRecord(org, occ, band, sex, persons, fte))
            data.establishment.append(EstablishmentRecord(org, occ, round(fte + open_fte, 2), positions, open_fte,
                                                          0))
            if joiners:
                data.flows.append(FlowRecord(org, occ, "in", "other_sector", joiners))
            if leavers:
                data.flows.append(FlowRecord(org, occ, "out", "other_sector", leavers))
        rounds.append(data)
    with register.transaction() as session:
        repo.add_organisation(OrganisationRecord("A", "provider", "Enschede"), session=session)
        repo.add_organisation(OrganisationRecord("B", "provider", "Hengelo"), session=session)
        for data in rounds:
            round_ = repo.add_round(data.reference_date, data.label, session=session)
            repo.insert_figures(data, round_.id, session=session)
    return register
