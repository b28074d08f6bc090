"""The fictitious demo region "Twente (demo)": a seeded, reproducible generator of organisations and
consecutive rounds of figures of realistic size (FACTS.md, MODEL.md 6).

The figures are made up. They are scaled from national youth-care figures: about 0.79 fte per person,
about 81 % women, an average age near 40, open vacancies about 3-5 % of fte with a share open three
months or longer, yearly outflow of about 11-15 % (45 % of the leavers under 35) of which part moves to
other organisations in the region. Movement inside the region balances: every leaver to another
organisation in the region is a joiner from the region somewhere else, per occupation.

Consecutive rounds are one stock-flow history. Each organisation x occupation is a stock of persons
per age band and sex; every year some leave (more of the young, retirement from 60), the rest grow one
year older (a band passes a share 1 / its width to the next band), and joiners arrive with a younger
age profile. So per organisation and occupation, a round's persons are exactly the previous round's
persons plus the round's joiners minus its leavers, and nobody skips an age band. The figures of the
first round describe the year before it (its stock at the start of that year is not recorded).

The default region has 22 organisations and 2 rounds (the two most recent reference dates). A larger
region (``organisations`` up to 1,000, ``rounds`` up to 30) keeps the same 22 kinds of large and
medium organisations and adds small providers (median about 7 persons: family homes, small practices),
as a region that contracts about 300 providers does; the ratios above hold at every size.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from hrplanner.domain.records import OrganisationRecord, RoundData

DEMO_REGION = "Twente (demo)"
DEMO_SEED = 2025
DEMO_ORGANISATIONS = 22
DEMO_ROUND_COUNT = 2
#: The bounds of the generator's size options (the ``demo`` command validates against them).
MIN_ORGANISATIONS, MAX_ORGANISATIONS = 3, 1000
MIN_ROUNDS, MAX_ROUNDS = 1, 30
#: The reference date of the most recent round; earlier rounds fall on 31 December of earlier years.
LAST_REFERENCE_DATE = date(2025, 12, 31)
FICTITIOUS_NOTE = "Fictitious figures for demonstration; not the figures of any real organisation."


def demo_reference_dates(rounds: int = DEMO_ROUND_COUNT) -> tuple[date, ...]:
    """The reference dates of a demo with ``rounds`` rounds, oldest first, one a year."""
    last = LAST_REFERENCE_DATE.year
    return tuple(date(year, 12, 31) for year in range(last - rounds + 1, last + 1))


DEMO_ROUNDS = demo_reference_dates()


@dataclass
class DemoRegion:
    """The generated region: organisations and one :class:`RoundData` per round."""

    name: str
    seed: int
    organisations: list[OrganisationRecord]
    rounds: list[RoundData] = field(default_factory=list)


def generate_demo(seed: int = DEMO_SEED, *, organisations: int = DEMO_ORGANISATIONS,
                  rounds: int = DEMO_ROUND_COUNT) -> DemoRegion:
    """Generate the demo region; the same seed and sizes always give the same figures.

    ``organisations`` and ``rounds`` must lie within MIN_/MAX_ORGANISATIONS and MIN_/MAX_ROUNDS
    (a ValueError otherwise). The simulation (and numpy) is imported only here.
    """
    if not MIN_ORGANISATIONS <= organisations <= MAX_ORGANISATIONS:
        raise ValueError(f"organisations must be from {MIN_ORGANISATIONS} to {MAX_ORGANISATIONS}, not {organisations}")
    if not MIN_ROUNDS <= rounds <= MAX_ROUNDS:
        raise ValueError(f"rounds must be from {MIN_ROUNDS} to {MAX_ROUNDS}, not {rounds}")
    from hrplanner.domain.demo_stock import simulate

    orgs, data = simulate(seed, organisations, demo_reference_dates(rounds))
    return DemoRegion(DEMO_REGION, seed, orgs, data)
