"""The register check: is the file sound, do the stored figures keep the register's identities and
rules, and which figures look suspicious next to the previous round.

Read-only from start to end (no lock, no migration): a check can run while a colleague edits the
register, and on a file with an older schema. The validation rules are the ones in
:mod:`hrplanner.domain.validation`, applied to what is stored; nothing is ever corrected here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from hrplanner.db import engine as db
from hrplanner.domain import validation as rules
from hrplanner.domain.figures import KeyFigures, by_pair, key_figures
from hrplanner.domain.records import RoundData
from hrplanner.domain.rounding import fixed, signed
from hrplanner.services.locking import open_for_reading

ERROR = rules.ERROR
WARNING = rules.WARNING
NOTICE = "notice"  # suspicious, not wrong

#: A change in persons against the previous round is suspicious above both limits.
PERSONS_CHANGE_SHARE = 0.30
PERSONS_CHANGE_MIN = 5
#: A change in fte per person (an average over the pair) above this is suspicious.
FTE_PER_PERSON_JUMP = 0.15
#: Open vacancies at least this many times the previous round's (and at least VACANCY_JUMP_MIN more).
VACANCY_FACTOR = 3
VACANCY_JUMP_MIN = 3
#: An organisation that reported an occupation with at least this many persons and now does not.
MISSING_MIN_PERSONS = 5

SECTIONS = ("integrity", "foreign keys", "identity", "rules", "suspicious")


@dataclass(frozen=True)
class Finding:
    """One thing the check found, with where it is."""

    severity: str
    section: str
    message: str
    round: str = ""
    organisation: str = ""
    occupation: str = ""

    @property
    def where(self) -> str:
        pair = " / ".join(p for p in (self.organisation, self.occupation) if p)
        return "  ".join(p for p in (self.round, pair) if p)


@dataclass
class CheckReport:
    """Everything a check found in one register."""

    path: Path
    region: str = ""
    revision: str | None = None
    head: str = ""
    rounds: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def of(self, section: str) -> list[Finding]:
        return [f for f in self.findings if f.section == section]

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def ok(self) -> bool:
        """No errors (warnings and suspicious figures do not fail a check)."""
        return self.count(ERROR) == 0

    def as_dict(self) -> dict[str, object]:
        return {
            "register": str(self.path),
            "region": self.region,
            "schema": self.revision,
            "current_schema": self.head,
            "rounds": self.rounds,
            "ok": self.ok,
            "errors": self.count(ERROR),
            "warnings": self.count(WARNING),
            "suspicious": self.count(NOTICE),
            "findings": [asdict(f) for f in self.findings],
        }


# --- the check ----------------------------------------------------------------------------------------


def check_register(register_path: Path | str, round_date: date | None = None) -> CheckReport:
    """Check a register file; ``round_date`` limits the figure checks to one round.

    Raises a RegisterFileError (missing file, not a register, newer schema) or a NotFoundError (no
    such round); everything found *in* the file is a finding in the report.
    """
    path = Path(register_path)
    report = CheckReport(path, head=db.head_revision())
    problems = db.integrity_problems(path)  # raises for a file that is not an SQLite database
    for problem in problems:
        report.findings.append(Finding(ERROR, "integrity", problem))
    report.revision = db.read_revision(path) if not problems else _revision_or_none(path)
    references = _foreign_key_findings(path)
    report.findings += references
    damaged = bool(problems or references)  # figures may be unreadable; say so instead of failing
    try:
        register = open_for_reading(path, any_schema=True)
    except db.RegisterFileError as exc:
        if not damaged:
            raise
        report.findings.append(Finding(ERROR, "integrity", f"the register cannot be opened: {exc}"))
        return report
    try:
        report.region = register.region
        all_rounds = register.rounds()
        report.rounds = [r.reference_date.isoformat() for r in all_rounds]
        chosen = [register.round(round_date)] if round_date else all_rounds
        previous_data: dict[int, RoundData | None] = {}
        for round_ in chosen:
            before = register.previous_round(round_)
            data = register.round_data(round_)
            if before is None:
                previous = None
            else:
                previous = previous_data.get(before.id) or register.round_data(before)  # type: ignore[arg-type]
            previous_data[round_.id] = data  # type: ignore[index]
            report.findings += check_round(data, previous)
    except (sqlite3.DatabaseError, DBAPIError, KeyError) as exc:
        if not damaged:
            raise
        section = "integrity" if problems else "foreign keys"
        report.findings.append(Finding(ERROR, section, f"the figures cannot be checked until this is repaired "
                                                       f"({type(exc).__name__}: {exc})"))
    finally:
        register.close()
    return report


def _revision_or_none(path: Path) -> str | None:
    try:
        return db.read_revision(path)
    except db.RegisterFileError:
        return None


def _foreign_key_findings(path: Path) -> list[Finding]:
    try:
        conn = sqlite3.connect(db.read_only_uri(path), uri=True)
        try:
            rows = conn.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [Finding(ERROR, "foreign keys", f"cannot be checked: {exc}")]
    return [Finding(ERROR, "foreign keys", f"{table} row {rowid} refers to a {parent} that does not exist")
            for table, rowid, parent, _fk in rows]


# --- figures of one round -----------------------------------------------------------------------------

Pair = tuple[str, str]


def _pairs(data: RoundData, previous: RoundData | None = None) -> dict[Pair, KeyFigures]:
    """Persons, fte, joiners, leavers and vacancies per organisation x occupation (and the persons at
    the start of the period when ``previous`` has them)."""
    return {tuple(key.split("\t", 1)): figures  # type: ignore[misc]
            for key, figures in key_figures(data, previous, by_pair).items()}


def _staffed(data: RoundData) -> set[Pair]:
    """The pairs that have staffing figures at all (as opposed to none entered)."""
    return {(s.organisation, s.occupation) for s in data.staffing}


def check_round(data: RoundData, previous: RoundData | None) -> list[Finding]:
    """Identity, rules and suspicious figures of one round (``previous`` is the round before)."""
    label = data.reference_date.isoformat()
    findings = identity_findings(data) + rule_findings(data, previous) + suspicious_findings(data, previous)
    return [Finding(f.severity, f.section, f.message, label, f.organisation, f.occupation) for f in findings]


def identity_findings(data: RoundData) -> list[Finding]:
    """establishment = filled fte + vacant fte per organisation x occupation; differences shown with the
    severity the rule has at every entry path (validation.RULES: a warning, as in the import)."""
    pairs = _pairs(data)
    found = []
    for e in data.establishment:
        filled = pairs[(e.organisation, e.occupation)].fte
        difference = rules.establishment_difference(e.budgeted_fte, filled, e.open_fte)
        for issue in rules.check_establishment_identity(e.budgeted_fte, filled, e.open_fte):
            found.append(Finding(
                issue.severity, "identity",
                f"establishment {fixed(e.budgeted_fte, 2)} fte is not filled {fixed(filled, 2)} + vacant "
                f"{fixed(e.open_fte, 2)} = {fixed(filled + e.open_fte, 2)} fte (difference {signed(difference, 2)} fte)",
                organisation=e.organisation, occupation=e.occupation))
    return found


def _issues_as_findings(issues: Iterable[rules.Issue], pair: Pair, *, errors_only: bool = False) -> list[Finding]:
    return [Finding(i.severity, "rules", i.message(), organisation=pair[0], occupation=pair[1])
            for i in issues if i.is_error or not errors_only]


def rule_findings(data: RoundData, previous: RoundData | None) -> list[Finding]:
    """The validation rules of every entry path, applied to the stored figures."""
    found: list[Finding] = []
    record_checks = (
        (data.staffing, rules.check_staffing),
        (data.establishment, rules.check_establishment),
        (data.flows, rules.check_flow),
        (data.training, rules.check_training),
    )
    for records, check in record_checks:
        for record in records:
            # row-level warnings (fte per person of one age band) are checked on the totals below
            found += _issues_as_findings(check(asdict(record)).issues,
                                         (record.organisation, record.occupation), errors_only=True)
    for s in data.sickness:
        found += _issues_as_findings(rules.check_sickness(asdict(s)).issues, (s.organisation, ""))
    staffed = _staffed(data)
    for pair, f in sorted(_pairs(data, previous).items()):
        if pair in staffed:
            found += _issues_as_findings(rules.check_fte_per_person(f.persons, round(f.fte, 4)), pair)
        found += _issues_as_findings(rules.check_leavers(f.leavers, f.joiners, f.persons_at_start), pair)
    return found


def suspicious_findings(data: RoundData, previous: RoundData | None) -> list[Finding]:
    """Figures that moved implausibly far since the previous round: worth a second look, not wrong."""
    if previous is None:
        return []
    found = []
    now, before = _pairs(data), _pairs(previous)
    staffed_now, staffed_before = _staffed(data), _staffed(previous)
    organisations_now = {organisation for organisation, _ in staffed_now}
    since = previous.reference_date.isoformat()
    for pair in sorted(set(now) | set(before)):
        t, b = now.get(pair), before.get(pair)

        def note(message: str) -> None:
            found.append(Finding(NOTICE, "suspicious", message, organisation=pair[0], occupation=pair[1]))

        if pair not in staffed_now:
            if b is not None and b.persons >= MISSING_MIN_PERSONS and pair[0] in organisations_now:
                note(f"no staffing figures, where {since} had {b.persons} persons")
            continue
        if pair not in staffed_before:
            continue
        assert t is not None and b is not None
        change = t.persons - b.persons
        if abs(change) > PERSONS_CHANGE_MIN and (b.persons == 0 or abs(change) / b.persons > PERSONS_CHANGE_SHARE):
            share = f" ({signed(change / b.persons * 100, 0)}%)" if b.persons else ""
            note(f"persons went from {b.persons} to {t.persons}{share} since {since}")
        fpp_now, fpp_before = t.fte_per_person, b.fte_per_person
        if fpp_now is not None and fpp_before is not None and abs(fpp_now - fpp_before) > FTE_PER_PERSON_JUMP:
            note(f"fte per person went from {fixed(fpp_before, 2)} to {fixed(fpp_now, 2)} since {since}")
        if (t.open_positions >= VACANCY_FACTOR * b.open_positions
                and t.open_positions - b.open_positions >= VACANCY_JUMP_MIN):
            note(f"open vacancies went from {b.open_positions} to {t.open_positions} since {since}")
    return found
