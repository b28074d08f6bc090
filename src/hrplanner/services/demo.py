"""Writing the demo region to a register file."""

from __future__ import annotations

from pathlib import Path

from hrplanner.db import repositories as repo
from hrplanner.domain.demo import DEMO_REGION, DEMO_SEED, FICTITIOUS_NOTE, generate_demo
from hrplanner.services.register import Register


def write_demo(path: Path | str, *, seed: int = DEMO_SEED, overwrite: bool = True) -> Register:
    """Create ``path`` as the fictitious demo register and return it open. The register is built under
    a temporary name and moved into place complete (see ``Register.build``); when it replaces a file,
    the caller holds that file's writer lock."""
    region = generate_demo(seed)
    return Register.build(path, lambda register: _fill(register, region, seed), region=DEMO_REGION,
                          overwrite=overwrite)


def _fill(register: Register, region, seed: int) -> None:  # noqa: ANN001 - domain.demo's region
    with register.transaction() as session:
        repo.set_meta("fictitious", "1", session=session)
        repo.set_meta("note", FICTITIOUS_NOTE, session=session)
        repo.set_meta("demo_seed", str(seed), session=session)
        for org in region.organisations:
            repo.add_organisation(org, session=session)
        for data in region.rounds:
            round_ = repo.add_round(data.reference_date, data.label, session=session, closed=data.closed)
            repo.insert_figures(data, round_.id, session=session)
        repo.add_audit("create", "register", session=session, new=f"demo region, seed {seed}",
                       user="hrplanner", source="demo generator")
