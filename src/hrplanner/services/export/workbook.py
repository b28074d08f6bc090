"""The meeting workbook: the Excel summary a steering-group meeting runs on.

:func:`export_workbook` gathers the figures once (:mod:`.content`), lets one module per sheet group lay
them out, and writes the file atomically (:func:`hrplanner.files.atomic_output`: a temporary file in the
target folder, then one rename), so a failed export never leaves half a workbook (and never damages an older one of the
same name). The GUI calls it in the background; it reports progress through an optional callback.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from hrplanner import files
from hrplanner.domain.disclosure import DisclosureError, Rules
from hrplanner.services.errors import ServiceError
from hrplanner.services.register import Register

from . import sheets_charts, sheets_coordination, sheets_cover, sheets_figures, sheets_method, sheets_projection
from . import styles as S
from .content import ExportContent, Progress, gather

log = logging.getLogger(__name__)

SUFFIX = ".xlsx"
LANGUAGES = ("nl",)

#: The sheets in order, with what the table of contents says about each.
CONTENTS: tuple[tuple[str, str], ...] = (
    (sheets_figures.SHEET, "Kerncijfers per beroep: personen, fte, vacatures, verloop, circulatie en "
                           "vergrijzing, met de verandering sinds de vorige peildatum."),
    (sheets_projection.GAP_SHEET, "Het tekort per beroep per jaar voor twintig jaar, en het instroomadvies "
                                  "voor beide evenwichtsjaren naast de instroom van nu."),
    (sheets_charts.CHART_SHEET, "Aanbod tegen vraag per beroep, het tekort in het eerste evenwichtsjaar en "
                                "de open vacatures per peildatum."),
    (sheets_coordination.COORDINATION_SHEET, "Co\u00f6rdinatiecijfers per beroep en per organisatie: waar de "
                                             "tekorten zitten, wie opleidt en wie aanneemt."),
    (sheets_coordination.PLAN_SHEET, "Het gezamenlijke opleidingsplan: nieuwe leerlingen per jaar per "
                                     "organisatie en beroep, naast de praktijkplaatsen van nu."),
    (sheets_coordination.ORGANISATIONS_SHEET, "Personen, fte, open vacatures en leerlingen per organisatie en "
                                              "beroep (kleine aantallen verborgen)."),
    (sheets_projection.ASSUMPTIONS_SHEET, "Alle aannames van het scenario per beroep, laag, midden en hoog, en "
                                          "wat afwijkt van de basis."),
    (sheets_method.SHEET, "Hoe de raming werkt en wat de cijfers wel en niet betekenen."),
    (sheets_charts.DATA_SHEET, "De cijfers achter de grafieken. Een verborgen blad dat niet wordt afgedrukt; "
                               "zichtbaar maken: rechtsklik op een bladtab, Zichtbaar maken."),
)


def build(content: ExportContent, progress: Progress | None = None) -> Workbook:
    """The workbook of one export, in memory."""
    wb = Workbook()
    wb.remove(wb.active)
    S.prepare(wb)
    wb.properties.title = f"Arbeidsmarkt jeugdhulp \u2014 {S.clean_text(content.region)}"
    wb.properties.creator = f"hrplanner {content.version}"
    sheets_cover.add_cover(wb, content, CONTENTS)
    sheets_figures.add_key_figures(wb, content)
    sheets_projection.add_gap(wb, content)
    if progress is not None:
        progress(0.65, "charts")
    # The charts point at the data sheet, so it is written first and moved to the end afterwards.
    data, layout = sheets_charts.add_chart_data(wb, content)
    sheets_charts.add_charts(wb, content, data, layout)
    if progress is not None:
        progress(0.75, "coordination")
    sheets_coordination.add_coordination(wb, content)
    sheets_coordination.add_plan(wb, content)
    sheets_coordination.add_per_organisation(wb, content)
    sheets_projection.add_assumptions(wb, content)
    sheets_method.add_method(wb, content)
    wb.move_sheet(data, offset=len(wb.sheetnames) - 1 - wb.sheetnames.index(data.title))
    data.sheet_state = "hidden"  # the charts read it; on paper it would only repeat them
    wb.active = 0
    if [name for name, _ in CONTENTS] != wb.sheetnames[1:]:  # pragma: no cover - a programming error
        raise AssertionError(f"sheet order {wb.sheetnames} does not match the table of contents")
    return wb


def check_target(out_path: Path | str) -> Path:
    """The output path, or a ServiceError saying what is wrong with it (nothing is written)."""
    path = Path(out_path)
    if path.suffix.lower() != SUFFIX:
        raise ServiceError(f"The workbook's file name must end in {SUFFIX}: {path}")
    if path.is_dir():
        raise ServiceError(f"{path} is a folder; give a file name ending in {SUFFIX}")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ServiceError(f"The folder {folder} does not exist")
    return path


def save_atomic(wb: Workbook, path: Path) -> Path:
    """Write ``wb`` atomically (see :func:`hrplanner.files.atomic_output`): complete, or not at all."""
    try:
        return files.write_atomic(path, files.workbook_bytes(wb), "workbook")
    except files.FileProblem as exc:
        raise ServiceError(str(exc)) from None
    except OSError as exc:
        raise ServiceError(f"Cannot write workbook {path}: {files.cause(exc)}") from None


def export_workbook(register: Register | Path | str, out_path: Path | str, scenario: str | None = None,
                    round_date: date | None = None, threshold: int | None = None, language: str = "nl", *,
                    rules: Rules | None = None, progress: Progress | None = None) -> Path:
    """Write the meeting workbook of a round (latest by default) and scenario (basis by default).

    ``register`` is an open :class:`Register` or the path of a register file (opened read-only).
    ``rules``: the disclosure rules (the user's settings; :class:`hrplanner.domain.disclosure.Rules`);
    ``threshold`` alone replaces only the threshold of the default rules. Before anything is written
    the interval attack runs on everything the workbook publishes; if it could narrow a hidden figure,
    the export refuses with a ServiceError and writes nothing.
    ``progress(fraction, what)`` is called as the export goes on. Returns the path written; raises a
    ServiceError (unknown scenario or round, unwritable path, ...) and then writes nothing.
    """
    if language not in LANGUAGES:
        raise ServiceError(f"language {language!r}: the meeting workbook is written in Dutch (nl)")
    try:
        if rules is None:
            rules = Rules.checked(threshold) if threshold is not None else Rules()
        elif threshold is not None:
            rules = Rules.checked(threshold, rules.min_contributors, rules.dominance_n, rules.dominance_percent)
    except ValueError as exc:
        raise ServiceError(str(exc)) from None
    path = check_target(out_path)
    if isinstance(register, Register):
        content = gather(register, scenario, round_date, rules, language, progress)
    else:
        with Register.open(register, read_only=True) as opened:
            content = gather(opened, scenario, round_date, rules, language, progress)
    try:
        content.shared.audit()
    except DisclosureError as exc:
        raise ServiceError(str(exc)) from None
    wb = build(content, progress)
    if progress is not None:
        progress(0.9, "writing")
    save_atomic(wb, path)
    log.info("exported the meeting workbook to %s", path)
    if progress is not None:
        progress(1.0, "done")
    return path
