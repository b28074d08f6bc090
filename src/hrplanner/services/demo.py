"""Writing the demo region to a register file."""

from __future__ import annotations

from pathlib import Path

from hrplanner.db import repositories as repo
from hrplanner.domain.demo import (
    DEMO_ORGANISATIONS,
    DEMO_REGION,
    DEMO_ROUND_COUNT,
    DEMO_SEED,
    FICTITIOUS_NOTE,
    generate_demo,
)
from hrplanner.services.register import Register


def write_demo(path: Path | str, *, seed: int = DEMO_SEED, overwrite: bool = True,
               organisations: int = DEMO_ORGANISATIONS, rounds: int = DEMO_ROUND_COUNT) -> Register:
    """Create ``path`` as the fictitious demo register and return it open.

    ``organisations`` and ``rounds`` set the region's size (:func:`hrplanner.domain.demo.generate_demo`);
    the figures go in with bulk statements, one transaction for the whole region.
    """
    region = generate_demo(seed, organisations=organisations, rounds=rounds)
    register = Register.create(path, region=DEMO_REGION, overwrite=overwrite)
    with register.transaction() as session:
        repo.set_meta("fictitious", "1", session=session)
        repo.set_meta("note", FICTITIOUS_NOTE, session=session)
        repo.set_meta("demo_seed", str(seed), session=session)
        repo.set_meta("demo_size", f"{organisations} organisations, {rounds} rounds", session=session)
        for org in region.organisations:
            repo.add_organisation(org, session=session)
        for data in region.rounds:
            round_ = repo.add_round(data.reference_date, data.label, session=session, closed=data.closed)
            repo.insert_figures(data, round_.id, session=session)
        repo.add_audit("create", "register", session=session,
                       new=f"demo region, seed {seed}, {organisations} organisations, {rounds} rounds",
                       user="hrplanner", source="demo generator")
    return register
