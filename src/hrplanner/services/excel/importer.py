"""Importing filled-in collection templates into a register.

Per file: the safety checks, the cells read, every figure validated with the register's rules; a file
with any error imports nothing. A valid file replaces its organisation's figures of the round in one
transaction and writes an audit entry (who, when, which file with its SHA-256, and what changed).
A file whose figures equal the register's changes nothing and writes no audit entry ("unchanged").
Warnings (an unusual fte per person, an establishment that differs from filled plus vacant fte)
hold the file back until the caller passes ``accept_warnings`` (the command line's
``--accept-warnings``; in the app, the user's confirmation).

A topic sheet left entirely blank means "not reported": that topic's figures in the register stay as
they are (the report says so). A file that would lower an organisation's persons or fte by more than
:data:`DROP_SHARE` gets a warning naming the drop (before, after) that ``accept_warnings`` does not
cover: the organisation must be named in ``confirm_drops`` (``--confirm-drop NAME``; in the app, the
user types the organisation's name).

A file that cannot be written (a full disk, a read-only folder) stops the run: its report says why,
the files before it keep their reports (imported or not), and the files after it are reported as not
imported.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from hrplanner import files
from hrplanner.db import repositories as repo
from hrplanner.domain import validation as v
from hrplanner.domain.records import RoundData
from hrplanner.db.models import Round
from hrplanner.services.backups import BackupError
from hrplanner.services.errors import FileProblem, RoundClosedError, ServiceError
from hrplanner.services.excel import layout as L
from hrplanner.services.excel.figures import ImportProblem, parse_figures
from hrplanner.services.excel.reader import read_template
from hrplanner.services.excel.safety import ExcelFileError, check_file
from hrplanner.services import rounds
from hrplanner.services.register import Register

log = logging.getLogger(__name__)

#: Failures of writing the register (not of the file being imported): they stop the run.
_WRITE_FAILURES = (OSError, DBAPIError, FileProblem, BackupError)

IMPORTED = "imported"
UNCHANGED = "unchanged"
CHECKED = "checked"  # valid, not imported (dry run)
NEEDS_CONFIRMATION = "needs confirmation"
REJECTED = "rejected"
FAILED = "failed"  # the file was fine but could not be written (disk full, read-only); nothing imported
SKIPPED = "not imported"  # an earlier file failed to be written, so this one was not tried
CANCELLED = "cancelled"  # not read: the user stopped the import before this file
#: Statuses that mean the file is fine.
SUCCESS = (IMPORTED, UNCHANGED, CHECKED)
#: An import that lowers an organisation's persons or fte by more than this share must be confirmed
#: by naming the organisation.
DROP_SHARE = 0.20


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
    #: The organisation's figures as the file leaves them: read from the file, with the register's for
    #: the topics it left blank (None when the file could not be read).
    data: RoundData | None = None
    #: Topics (table names) whose sheet was left blank: not reported, left unchanged.
    not_reported: list[str] = field(default_factory=list)
    #: Drops beyond DROP_SHARE that must be confirmed by naming the organisation: "persons 72 -> 3 (-96%)".
    drops: list[str] = field(default_factory=list)
    #: The same as (what, before, after), what being "persons" or "fte".
    drop_values: list[tuple[str, float, float]] = field(default_factory=list)

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
        elif self.status in (FAILED, SKIPPED):
            head += "; nothing imported"
        elif self.status == CANCELLED:
            head += " before it was read; nothing imported"
        return head

    def lines(self) -> list[str]:
        """The report as text lines: the headline, every problem, the changes, the topics not reported."""
        lines = [self.headline()]
        lines += [f"  {p.severity}: {p.message()}" for p in self.problems]
        lines += [f"  changed: {change}" for change in self.changes]
        if self.not_reported and self.status in (IMPORTED, UNCHANGED, CHECKED):
            lines.append(f"  not reported (sheet left blank, kept as it was): {', '.join(self.not_reported)}")
        return lines


def import_files(register: Register, paths: Iterable[Path | str], user: str, *, accept_warnings: bool = False,
                 dry_run: bool = False, progress: Callable[[int, int, Path], None] | None = None,
                 confirm_drops: Iterable[str] = (), cancelled: Callable[[], bool] | None = None
                 ) -> list[ImportReport]:
    """Import each file on its own (one transaction per file); returns one report per file.

    ``progress(done, total, path)`` is called before each file (for a progress bar); it must not
    touch widgets from a worker thread. ``cancelled()`` is asked before each file: once it says
    True, the files not yet read are reported as CANCELLED and nothing more is imported (the files
    before it keep their outcome: each file is its own transaction). ``confirm_drops`` names the
    organisations whose drop beyond :data:`DROP_SHARE` is confirmed. When a file cannot be written
    (disk full, read-only), the run stops: that file is "failed", the ones after it "not imported",
    each with the reason.
    """
    paths = [Path(p) for p in paths]
    session = _ImportSession(register, confirm_drops)
    reports: list[ImportReport] = []
    for number, path in enumerate(paths):
        if progress:
            progress(number, len(paths), path)
        if cancelled is not None and cancelled():
            reports += [ImportReport(rest, CANCELLED) for rest in paths[number:]]
            break
        try:
            reports.append(session.import_file(path, user, accept_warnings=accept_warnings, dry_run=dry_run))
        except _WRITE_FAILURES as exc:
            reason = _write_failure(exc)
            log.warning("import of %s stopped: %s", path, reason)
            failed = ImportReport(path, FAILED)
            failed.problems.append(ImportProblem("", "", "", None, f"could not be written to "
                                                 f"{register.path.name}: {reason}; nothing of it was imported"))
            reports.append(failed)
            for later in paths[number + 1:]:
                skipped = ImportReport(later, SKIPPED)
                skipped.problems.append(ImportProblem("", "", "", None, f"not tried: the import stopped at "
                                                      f"{path.name} ({reason})"))
                reports.append(skipped)
            break
    return reports


def _write_failure(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    if isinstance(exc, OSError):
        return files.cause(exc)
    return " ".join(str(orig if orig is not None else exc).split())


def check_files(register: Register, paths: Iterable[Path | str]) -> list[ImportReport]:
    """Validate files without importing them (status "checked" when a file is fine)."""
    return import_files(register, paths, "", accept_warnings=True, dry_run=True)


class _ImportSession:
    """What several files of one call share: the register's names and last round's persons."""

    def __init__(self, register: Register, confirm_drops: Iterable[str] = ()):
        self.register = register
        self.confirmed_drops = {name.strip().casefold() for name in confirm_drops}
        self.organisations = {o.name: o for o in register.organisations()}
        self.codes = {o.code for o in register.occupations()}
        self.rounds = {r.reference_date: r for r in register.rounds()}
        self._previous_persons: dict[date, dict[tuple[str, str], int]] = {}
        #: The backup made before the first file of this call that changes the register.
        self.backup: Path | None = None

    def _previous_data(self, reference_date: date, organisation_id: int, session) -> RoundData:  # noqa: ANN001
        """The organisation's figures in the round before ``reference_date`` (empty when there is none),
        read in the import's own transaction."""
        before = [d for d in self.rounds if d < reference_date]
        if not before:
            return RoundData(reference_date)
        return repo.load_round_data(self.rounds[max(before)], session=session, organisation_id=organisation_id)

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
        report.not_reported = [table for table, spec in _SHEETS.items()
                               if not getattr(parsed.data, table) and not any(p.sheet == spec.name for p in parsed.problems)]
        if not any(getattr(parsed.data, table) for table in _SHEETS):
            report.problems.append(ImportProblem(L.INSTRUCTIONS_SHEET, "", "", None, "the file holds no figures; "
                                                 "fill in the yellow cells of the template"))
        if report.errors:
            report.status = REJECTED
            return report
        assert reference_date is not None  # the warnings are weighed with the drops, against the register
        try:
            self._replace(report, parsed.data, reference_date, user, checked.name, checked.sha256,
                          accept_warnings=accept_warnings, dry_run=dry_run)
        except RoundClosedError as exc:
            report.status = REJECTED
            report.problems.append(ImportProblem(L.INSTRUCTIONS_SHEET, L.INSTRUCTIONS_DATE_CELL, "reference_date",
                                                 reference_date.isoformat(), str(exc)))
        except BackupError:  # the register cannot be backed up (a full disk): stop the run
            raise
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
            # a blank sheet keeps what the register holds; said only where it holds something
            report.not_reported = [table for table in report.not_reported if getattr(old, table)]
            new = _keep_unreported(old, new, report.not_reported)
            report.data = new
            baseline = old if old.staffing else self._previous_data(reference_date, organisation.id, session)
            report.drop_values = _drops(baseline, new)
            report.drops = [f"{what} {_fmt(before)} -> {_fmt(after)} ({(after - before) / before:+.0%})"
                            for what, before, after in report.drop_values]
            if report.drops and name.casefold() not in self.confirmed_drops:
                report.problems += [ImportProblem(
                    L.STAFFING.name, "", "", None,
                    f"{name}: {drop}, a drop of more than {round(DROP_SHARE * 100)}%; if this is right, confirm it "
                    f"by naming the organisation (--confirm-drop \"{name}\")", v.WARNING) for drop in report.drops]
                report.status = NEEDS_CONFIRMATION
                return
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
            rounds.note_received(session, round_.id, [organisation.id], user=user,  # type: ignore[arg-type,list-item]
                                 via=rounds.VIA_TEMPLATE, source=file_name)
            old_text, new_text = audit_texts(old, new)
            repo.add_audit("import", "figures", session=session, key=f"{name} | {reference_date.isoformat()}",
                           old=old_text, new=new_text, user=user, source=f"{file_name} sha256={sha256}")
        report.status = IMPORTED
        log.info("imported %s for %s %s (%s)", file_name, name, reference_date, sha256[:12])


def _closed(round_: Round) -> str:
    return f"round {round_.label or round_.reference_date.isoformat()} is closed; its figures are read-only"


_SHEETS = {"staffing": L.STAFFING, "establishment": L.ESTABLISHMENT, "flows": L.FLOWS, "training": L.TRAINING,
           "sickness": L.SICKNESS}


def _keep_unreported(old: RoundData, new: RoundData, not_reported: list[str]) -> RoundData:
    """The file's figures with the register's figures for the topics it left blank."""
    if not not_reported:
        return new
    merged = RoundData(new.reference_date, new.label, new.closed,
                       *(list(getattr(old if table in not_reported else new, table)) for table in
                         ("staffing", "establishment", "flows", "training", "sickness")))
    return merged


def _drops(before: RoundData, after: RoundData) -> list[tuple[str, float, float]]:
    """The organisation's persons and fte that fall by more than DROP_SHARE: (what, before, after)."""
    found = []
    for attribute in ("persons", "fte"):
        old = round(sum(float(getattr(r, attribute) or 0) for r in before.staffing), 2)
        new = round(sum(float(getattr(r, attribute) or 0) for r in after.staffing), 2)
        if old > 0 and new < old * (1 - DROP_SHARE):
            found.append((attribute, old, new))
    return found


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
    parts = [f"{counts[s]} {s}" for s in (IMPORTED, UNCHANGED, CHECKED, NEEDS_CONFIRMATION, REJECTED, FAILED, SKIPPED)
             if counts[s]]
    return f"{len(reports)} file{'s' * (len(reports) != 1)}: {', '.join(parts)}"
