"""Importing filled-in collection templates into a register.

Per file: the safety checks, the cells read, every figure validated with the register's rules; a file
with any error imports nothing. A valid file replaces its organisation's figures of the round in one
transaction and writes an audit entry (who, when, which file with its SHA-256, and what changed).
A file whose figures equal the register's changes nothing and writes no audit entry ("unchanged").
Warnings (an unusual fte per person, an establishment that differs from filled plus vacant fte)
hold the file back until the caller passes ``accept_warnings`` (the command line's
``--accept-warnings``; in the app, the user's confirmation).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from hrplanner.db import repositories as repo
from hrplanner.domain import validation as v
from hrplanner.domain.records import RoundData
from hrplanner.db.models import Round
from hrplanner.services.errors import RoundClosedError, ServiceError
from hrplanner.services.excel import layout as L
from hrplanner.services.excel.figures import ImportProblem, parse_figures
from hrplanner.services.excel.reader import read_template
from hrplanner.services.excel.safety import ExcelFileError, check_file
from hrplanner.services.register import Register

log = logging.getLogger(__name__)

IMPORTED = "imported"
UNCHANGED = "unchanged"
CHECKED = "checked"  # valid, not imported (dry run)
NEEDS_CONFIRMATION = "needs confirmation"
REJECTED = "rejected"
CANCELLED = "cancelled"  # not read: the user stopped the import before this file
#: Statuses that mean the file is fine.
SUCCESS = (IMPORTED, UNCHANGED, CHECKED)


@dataclass
class ImportReport:
    """What became of one file."""

    path: Path
    status: str = REJECTED
    sha256: str = ""
    organisation: str = ""
    reference_date: date | None = None
    problems: list[ImportProblem] = field(default_factory=list)
    #: One line per changed figure total, e.g. "staffing persons: 120 -> 123".
    changes: list[str] = field(default_factory=list)
    #: The figures read from the file (None when the file could not be read).
    data: RoundData | None = None

    @property
    def ok(self) -> bool:
        return self.status in SUCCESS

    @property
    def errors(self) -> list[ImportProblem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[ImportProblem]:
        return [p for p in self.problems if not p.is_error]

    def headline(self) -> str:
        about = ", ".join(x for x in (self.organisation, self.reference_date and self.reference_date.isoformat()) if x)
        head = f"{self.path.name}: {self.status}" + (f" ({about})" if about else "")
        if self.status == REJECTED:
            head += f", {len(self.errors)} error{'s' * (len(self.errors) != 1)}; nothing imported"
        elif self.status == NEEDS_CONFIRMATION:
            head += f", {len(self.warnings)} warning{'s' * (len(self.warnings) != 1)} to confirm; nothing imported"
        elif self.status == CANCELLED:
            head += " before it was read; nothing imported"
        return head

    def lines(self) -> list[str]:
        """The report as text lines: the headline, every problem, the changes."""
        lines = [self.headline()]
        lines += [f"  {p.severity}: {p.message()}" for p in self.problems]
        lines += [f"  changed: {change}" for change in self.changes]
        return lines


def import_files(register: Register, paths: Iterable[Path | str], user: str, *, accept_warnings: bool = False,
                 dry_run: bool = False, progress: Callable[[int, int, Path], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> list[ImportReport]:
    """Import each file on its own (one transaction per file); returns one report per file.

    ``progress(done, total, path)`` is called before each file (for a progress bar); it must not
    touch widgets from a worker thread. ``cancelled()`` is asked before each file: once it says
    True, the files not yet read are reported as CANCELLED and nothing more is imported (the files
    before it keep their outcome: each file is its own transaction).
    """
    files = [Path(p) for p in paths]
    session = _ImportSession(register)
    reports: list[ImportReport] = []
    for number, path in enumerate(files):
        if progress:
            progress(number, len(files), path)
        if cancelled is not None and cancelled():
            reports += [ImportReport(rest, CANCELLED) for rest in files[number:]]
            break
        reports.append(session.import_file(path, user, accept_warnings=accept_warnings, dry_run=dry_run))
    return reports


def check_files(register: Register, paths: Iterable[Path | str]) -> list[ImportReport]:
    """Validate files without importing them (status "checked" when a file is fine)."""
    return import_files(register, paths, "", accept_warnings=True, dry_run=True)


class _ImportSession:
    """What several files of one call share: the register's names and last round's persons."""

    def __init__(self, register: Register):
        self.register = register
        self.organisations = {o.name: o for o in register.organisations()}
        self.codes = {o.code for o in register.occupations()}
        self.rounds = {r.reference_date: r for r in register.rounds()}
        self._previous_persons: dict[date, dict[tuple[str, str], int]] = {}
        #: The backup made before the first file of this call that changes the register.
        self.backup: Path | None = None

    def previous_persons(self, reference_date: date) -> dict[tuple[str, str], int]:
        """Persons per (organisation, occupation) in the round before ``reference_date``."""
        if reference_date not in self._previous_persons:
            persons: dict[tuple[str, str], int] = defaultdict(int)
            before = [d for d in self.rounds if d < reference_date]
            if before:
                for record in self.register.round_data(self.rounds[max(before)]).staffing:
                    persons[(record.organisation, record.occupation)] += record.persons
            self._previous_persons[reference_date] = dict(persons)
        return self._previous_persons[reference_date]

    def import_file(self, path: Path, user: str, *, accept_warnings: bool, dry_run: bool) -> ImportReport:
        report = ImportReport(path)
        try:
            checked = check_file(path)
            report.sha256 = checked.sha256
            template = read_template(checked)
        except ExcelFileError as exc:
            report.problems.append(ImportProblem("", "", "", path.name, str(exc)))
            return report
        report.organisation = template.organisation
        reference_date = self._resolve(template.organisation, template.reference_date, report)
        report.reference_date = reference_date
        previous = self.previous_persons(reference_date) if reference_date else {}
        parsed = parse_figures(template, template.organisation, reference_date or date.min, self.codes,
                               lambda code: previous.get((template.organisation, code)))
        report.problems += parsed.problems
        report.data = parsed.data
        if not any(getattr(parsed.data, table) for table in _SHEETS):
            report.problems.append(ImportProblem(L.INSTRUCTIONS_SHEET, "", "", None, "the file holds no figures; "
                                                 "fill in the yellow cells of the template"))
        if report.errors or (report.warnings and not accept_warnings):
            report.status = REJECTED if report.errors else NEEDS_CONFIRMATION
            return report
        assert reference_date is not None
        try:
            self._replace(report, parsed.data, reference_date, user, checked.name, checked.sha256,
                          accept_warnings=accept_warnings, dry_run=dry_run)
        except RoundClosedError as exc:
            report.status = REJECTED
            report.problems.append(ImportProblem(L.INSTRUCTIONS_SHEET, L.INSTRUCTIONS_DATE_CELL, "reference_date",
                                                 reference_date.isoformat(), str(exc)))
        except ServiceError as exc:  # read-only register, or the organisation deleted meanwhile
            report.status = REJECTED
            report.problems.append(ImportProblem("", "", "", None, str(exc)))
        return report

    def _resolve(self, organisation: str, raw_date: str, report: ImportReport) -> date | None:
        """Check the organisation and the round of a file; problems go into the report."""
        sheet = L.INSTRUCTIONS_SHEET
        issues = v.check_text("organisation", organisation, max_length=120)
        if issues:
            report.problems.append(ImportProblem(sheet, L.INSTRUCTIONS_ORGANISATION_CELL, "organisation",
                                                 organisation, issues[0].rule))
        elif organisation not in self.organisations:
            report.problems.append(ImportProblem(
                sheet, L.INSTRUCTIONS_ORGANISATION_CELL, "organisation", organisation,
                f"is not an organisation in {self.register.path.name}; add it first or use its template"))
        reference_date, issues = v.check_date("reference_date", raw_date)
        if reference_date is None:
            report.problems.append(ImportProblem(sheet, L.INSTRUCTIONS_DATE_CELL, "reference_date", raw_date,
                                                 issues[0].rule))
            return None
        round_ = self.rounds.get(reference_date)
        if round_ is None:
            known = ", ".join(d.isoformat() for d in sorted(self.rounds)) or "none"
            report.problems.append(ImportProblem(
                sheet, L.INSTRUCTIONS_DATE_CELL, "reference_date", reference_date.isoformat(),
                f"is not a round in {self.register.path.name} (rounds: {known})"))
        elif round_.closed:
            report.problems.append(ImportProblem(sheet, L.INSTRUCTIONS_DATE_CELL, "reference_date",
                                                 reference_date.isoformat(), _closed(round_)))
        return reference_date

    def _replace(self, report: ImportReport, new: RoundData, reference_date: date, user: str, file_name: str,
                 sha256: str, *, accept_warnings: bool, dry_run: bool) -> None:
        """Replace the organisation's figures of the round in one transaction (or find them equal).

        The register's figures are read inside the transaction: they are what the import replaces,
        what the audit entry records as old, and what an emptied sheet would remove (a warning).
        """
        name = report.organisation
        with (self.register.session() if dry_run else self.register.transaction()) as session:
            round_ = repo.round_by_date(reference_date, session=session)
            organisation = repo.organisation_by_name(name, session=session)
            if round_ is None or organisation is None:
                raise ServiceError(f"{file_name}: the round or the organisation disappeared meanwhile")
            if round_.closed:
                raise RoundClosedError(_closed(round_))
            old = repo.load_round_data(round_, session=session, organisation_id=organisation.id)
            report.problems += _emptied_sheets(old, new)
            if report.warnings and not accept_warnings:
                report.status = NEEDS_CONFIRMATION
                return
            if _comparable(old) == _comparable(new):
                report.status = UNCHANGED
                return
            report.changes = change_lines(old, new)
            if dry_run:
                report.status = CHECKED
                return
            if self.backup is None and not self.register.on_server:  # a server keeps its own history
                # The register as it was before this import; the backup reads the last committed
                # state (WAL), so it can be made while this transaction is open.
                from hrplanner.services.backups import backup_before

                self.backup = backup_before(self.register, "import")
            repo.delete_figures(round_.id, organisation.id, session=session)  # type: ignore[arg-type]
            repo.insert_figures(new, round_.id, session=session)  # type: ignore[arg-type]
            old_text, new_text = audit_texts(old, new)
            repo.add_audit("import", "figures", session=session, key=f"{name} | {reference_date.isoformat()}",
                           old=old_text, new=new_text, user=user, source=f"{file_name} sha256={sha256}")
        report.status = IMPORTED
        log.info("imported %s for %s %s (%s)", file_name, name, reference_date, sha256[:12])


def _closed(round_: Round) -> str:
    return f"round {round_.label or round_.reference_date.isoformat()} is closed; its figures are read-only"


_SHEETS = {"staffing": L.STAFFING, "establishment": L.ESTABLISHMENT, "flows": L.FLOWS, "training": L.TRAINING,
           "sickness": L.SICKNESS}


def _emptied_sheets(old: RoundData, new: RoundData) -> list[ImportProblem]:
    """An empty sheet that would remove figures the register holds is a warning to confirm."""
    return [
        ImportProblem(spec.name, "", "", None,
                      f"the sheet is empty; the {len(getattr(old, table))} {table} rows of this organisation "
                      f"in the register will be removed (confirm if correct)", v.WARNING)
        for table, spec in _SHEETS.items() if getattr(old, table) and not getattr(new, table)
    ]


# --- comparing and summarising figures ------------------------------------------------------------


def _r(x: float | None) -> float | None:
    return None if x is None else round(float(x), 6)


def _comparable(data: RoundData) -> dict[str, dict[tuple, tuple]]:
    """The figures of one organisation keyed per table, floats rounded against representation noise."""
    return {
        "staffing": {(r.occupation, r.age_band, r.sex): (r.persons, _r(r.fte)) for r in data.staffing},
        "establishment": {(r.occupation,): (_r(r.budgeted_fte), r.open_positions, _r(r.open_fte), r.open_long)
                          for r in data.establishment},
        "flows": {(r.occupation, r.direction, r.category): (r.persons,) for r in data.flows},
        "training": {(r.occupation, r.route): (r.in_training, r.planned_intake, r.places, r.supervisors)
                     for r in data.training},
        "sickness": {(): (_r(r.percentage),) for r in data.sickness},
    }


_TOTALS: tuple[tuple[str, str, str], ...] = (
    ("staffing persons", "staffing", "persons"),
    ("staffing fte", "staffing", "fte"),
    ("establishment fte", "establishment", "budgeted_fte"),
    ("open vacancies", "establishment", "open_positions"),
    ("open fte", "establishment", "open_fte"),
    ("open 3+ months", "establishment", "open_long"),
    ("joiners", "flows", "in"),
    ("leavers", "flows", "out"),
    ("in training", "training", "in_training"),
    ("planned intake", "training", "planned_intake"),
    ("training places", "training", "places"),
    ("supervisors", "training", "supervisors"),
    ("sickness %", "sickness", "percentage"),
)


def _totals(data: RoundData) -> dict[str, float | None]:
    totals: dict[str, float | None] = {}
    for label, table, attribute in _TOTALS:
        if table == "flows":
            records = [r for r in data.flows if r.direction == attribute]
            totals[label] = sum(r.persons for r in records) if records else None
            continue
        records = getattr(data, table)
        values = [getattr(r, attribute) for r in records if getattr(r, attribute) is not None]
        totals[label] = round(sum(values), 2) if values else None
    return totals


def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.2f}".rstrip("0").rstrip(".")


def change_lines(old: RoundData, new: RoundData) -> list[str]:
    """A compact summary of what an import changes: totals per figure, and rows per table."""
    lines = []
    old_totals, new_totals = _totals(old), _totals(new)
    for label, *_ in _TOTALS:
        if old_totals[label] != new_totals[label]:
            lines.append(f"{label}: {_fmt(old_totals[label])} -> {_fmt(new_totals[label])}")
    before, after = _comparable(old), _comparable(new)
    for table in before:
        added = len(after[table].keys() - before[table].keys())
        removed = len(before[table].keys() - after[table].keys())
        changed = sum(1 for k in after[table].keys() & before[table].keys() if after[table][k] != before[table][k])
        if added or removed or changed:
            parts = [f"{n} {word}" for n, word in ((changed, "changed"), (added, "added"), (removed, "removed")) if n]
            lines.append(f"{table} rows: {', '.join(parts)}")
    return lines


def audit_texts(old: RoundData, new: RoundData) -> tuple[str, str]:
    """The audit entry's old and new values: the totals that changed, and the rows changed per table."""
    old_totals, new_totals = _totals(old), _totals(new)
    changed = [label for label, *_ in _TOTALS if old_totals[label] != new_totals[label]]
    rows = [line for line in change_lines(old, new) if " rows: " in line]
    old_text = "; ".join(f"{k}={_fmt(old_totals[k])}" for k in changed)
    new_text = "; ".join([*(f"{k}={_fmt(new_totals[k])}" for k in changed), *rows])
    return old_text or "(same totals)", new_text


def summarise(reports: Sequence[ImportReport]) -> str:
    """One line over several files, e.g. "3 files: 2 imported, 1 unchanged"."""
    counts: dict[str, int] = defaultdict(int)
    for report in reports:
        counts[report.status] += 1
    parts = [f"{counts[s]} {s}" for s in (IMPORTED, UNCHANGED, CHECKED, NEEDS_CONFIRMATION, REJECTED) if counts[s]]
    return f"{len(reports)} file{'s' * (len(reports) != 1)}: {', '.join(parts)}"
