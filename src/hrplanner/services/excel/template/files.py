"""Writing collection templates to files: which organisations, which file names (safe on every
system, never two the same), refusing to overwrite unless asked, and nothing written when any target
is refused."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from hrplanner.domain import reference as ref
from hrplanner.services.errors import NotFoundError, RoundClosedError, ServiceError
from hrplanner.services.excel.template.content import TemplateContext
from hrplanner.services.excel.template.workbook import build_workbook
from hrplanner.services.register import Register


def write_templates(register: Register, round_date: date | None, organisations: Sequence[str] | None,
                    out: Path | str, *, prefill: bool = False, overwrite: bool = False) -> list[Path]:
    """Write one template per organisation; returns the files written.

    ``organisations`` None means every active organisation, and ``out`` is then a folder (created
    when missing). For one organisation ``out`` may be a file ending in .xlsx or a folder. Existing
    files are refused unless ``overwrite``; nothing is written when any target is refused.
    ``prefill`` puts the round's current figures in the input cells (for corrections).
    """
    round_ = register.round(round_date)
    if round_.closed:
        raise RoundClosedError(f"Round {round_.reference_date.isoformat()} is closed; templates collect "
                               f"figures for an open round only")
    known = {o.name: o for o in register.organisations()}
    if organisations is None:
        names = [o.name for o in register.organisations(active_only=True)]
        if not names:
            raise NotFoundError(f"{register.path.name} has no active organisations")
    else:
        names = list(dict.fromkeys(organisations))
        for name in names:
            if name not in known:
                raise NotFoundError(f"No organisation named {name!r} in {register.path.name}")
    targets = _targets(names, Path(out), round_.reference_date, single=organisations is not None)
    if not overwrite:
        existing = [p for p in targets.values() if p.exists()]
        if existing:
            raise ServiceError(f"{existing[0]} already exists (use overwrite/--force to replace it)")

    current = register.round_data(round_)
    before = register.previous_round(round_)
    previous = register.round_data(before) if before else None
    occupations = [(o.code, ref.occupation_name("nl", o.code, (o.name_nl, o.name_en)))
                   for o in register.occupations()]
    written = []
    for name in names:
        context = TemplateContext(
            organisation=name, reference_date=round_.reference_date, round_label=round_.label,
            region=register.region, fictitious=register.fictitious, occupations=occupations,
            current=current.for_organisation(name),
            previous=previous.for_organisation(name) if previous else None, prefill=prefill,
        )
        target = targets[name]
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            build_workbook(context).save(target)
        except OSError as exc:
            raise ServiceError(f"Cannot write {target}: {exc.strerror or exc}") from exc
        written.append(target)
    return written


def _targets(names: list[str], out: Path, reference_date: date, *, single: bool) -> dict[str, Path]:
    one = single and len(names) == 1
    if one and not out.is_dir() and out.suffix:
        if out.suffix.lower() != ".xlsx":
            raise ServiceError(f"{out}: a template file name must end in .xlsx (or give a folder)")
        return {names[0]: out}
    if out.exists() and not out.is_dir():
        raise ServiceError(f"{out} is a file; give a folder for the templates")
    targets: dict[str, Path] = {}
    used: set[str] = set()
    for name in names:
        stem = f"uitvraag_{reference_date.isoformat()}_{safe_file_stem(name)}"
        candidate, number = stem, 2
        while candidate.lower() in used:
            candidate, number = f"{stem}_{number}", number + 1
        used.add(candidate.lower())
        targets[name] = out / f"{candidate}.xlsx"
    return targets


_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}


def safe_file_stem(name: str, max_length: int = 60) -> str:
    """A file name part from an organisation name: ASCII letters, digits, - and _ only."""
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^A-Za-z0-9_-]+", "_", ascii_text).strip("._-")
    stem = re.sub(r"_+", "_", stem)[:max_length].strip("._-")
    if not stem:
        stem = "organisatie"
    if stem.lower() in _RESERVED:
        stem = f"{stem}_"
    return stem
