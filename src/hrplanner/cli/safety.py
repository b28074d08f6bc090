"""The safety commands: ``check`` (is the register sound?), ``backup``, ``restore`` and ``audit``.

``check`` exits 1 when it finds errors (a damaged file, a broken identity or rule) and 0 when it finds
only warnings or suspicious figures; bad options or an unreadable file give one line and exit 2.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from hrplanner.cli.common import (
    EXIT_FOUND_ERRORS,
    EXIT_OK,
    CommandError,
    existing_file,
    register_file,
    parse_date,
    render_table,
    whole_number,
)


positive_int = whole_number(1)


# --- check ----------------------------------------------------------------------------------------------

_SECTION_TITLES = {
    "integrity": "File integrity (PRAGMA integrity_check)",
    "foreign keys": "References (PRAGMA foreign_key_check)",
    "identity": "Identity: establishment = filled fte + vacant fte",
    "rules": "Validation rules",
    "suspicious": "Suspicious figures (against the previous round)",
}


def format_check_report(report) -> str:  # noqa: ANN001 - services.check.CheckReport
    from hrplanner.services.check import ERROR, NOTICE, SECTIONS, WARNING

    schema = report.revision or "unknown"
    if report.revision and report.revision != report.head:
        schema += f" (current is {report.head}; the file is upgraded when opened for editing)"
    lines = [
        f"Check of {report.path.name}" + (f" ({report.region})" if report.region else ""),
        f"Schema: {schema}",
        f"Rounds: {', '.join(report.rounds) or 'none'}",
        "",
    ]
    for section in SECTIONS:
        found = report.of(section)
        lines.append(f"{_SECTION_TITLES[section]}: {'ok' if not found else len(found)}")
        for finding in found:
            where = f"{finding.where}: " if finding.where else ""
            lines.append(f"  {finding.severity.upper():<8} {where}{finding.message}")
        lines.append("")
    errors, warnings, notices = report.count(ERROR), report.count(WARNING), report.count(NOTICE)
    verdict = "FAILED" if errors else "passed"
    lines.append(f"Result: {verdict}: {errors} error(s), {warnings} warning(s), {notices} suspicious figure(s)")
    return "\n".join(lines)


def cmd_check(args: argparse.Namespace) -> int:
    from hrplanner.services.check import check_register

    report = check_register(args.register, args.round)
    if args.format == "json":
        print(json.dumps(report.as_dict(), indent=2, ensure_ascii=False))
    else:
        print(format_check_report(report))
    return EXIT_OK if report.ok else EXIT_FOUND_ERRORS


# --- backup and restore -------------------------------------------------------------------------------


def _size(n: int) -> str:
    return f"{n / 1024:,.0f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:,.1f} MB"


def cmd_backup(args: argparse.Namespace) -> int:
    from hrplanner.services import backups

    if args.list:
        if args.to:
            raise CommandError("--list and --to cannot be combined")
        found = backups.list_backups(args.register)
        if not found:
            print(f"No backups of {args.register} in {backups.backup_dir(args.register)}")
            return EXIT_OK
        rows = [[b.created_local.strftime("%Y-%m-%d %H:%M:%S"), b.reason, _size(b.size), str(b.path)] for b in found]
        print(render_table(["when", "reason", "size", "file"], rows))
        return EXIT_OK
    if args.to:
        written = backups.export_copy(args.register, args.to, overwrite=args.force)
    else:
        written = backups.make_backup(args.register, "manual", keep=args.keep)
    print(f"Backed up {args.register} to {written}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from hrplanner.services import backups

    result = backups.restore(args.register, args.source, keep=args.keep)
    print(f"Restored {result.register} from {result.restored_from}")
    if result.previous_saved_as:
        print(f"The file it replaced is kept as {result.previous_saved_as}")
    for note in result.notes:
        print(f"Note: {note}")
    return EXIT_OK


# --- audit --------------------------------------------------------------------------------------------


def _short(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def cmd_audit(args: argparse.Namespace) -> int:
    from hrplanner.services import audit
    from hrplanner.services.locking import open_for_reading

    if args.since and args.until and args.since > args.until:
        raise CommandError(f"--since {args.since} is after --until {args.until}")
    where = audit.AuditFilter(entity=args.entity, user=args.user, action=args.action, text=args.text,
                              since=args.since, until=args.until)
    with open_for_reading(args.register, any_schema=True) as register:
        rows = audit.query(register, where, limit=args.limit)
    if args.format == "csv":
        print(audit.csv_text(rows), end="")
        return EXIT_OK
    if not rows:
        print("No audit entries match.")
        return EXIT_OK
    print(render_table(list(audit.CSV_HEADER), [[_short(c) for c in row.cells()] for row in rows]))
    return EXIT_OK


def add_commands(sub: argparse._SubParsersAction) -> None:
    check = sub.add_parser("check", help="check a register: file integrity, identities, rules, suspicious figures")
    check.add_argument("--register", required=True, type=register_file, metavar="PATH")
    check.add_argument("--round", type=parse_date, metavar="DATE", help="check one round only (YYYY-MM-DD)")
    check.add_argument("--format", choices=("table", "json"), default="table")
    check.set_defaults(func=cmd_check)

    backup = sub.add_parser("backup", help="back a register up (into its rolling set, or --to a file)")
    backup.add_argument("--register", required=True, type=register_file, metavar="PATH")
    backup.add_argument("--to", type=Path, metavar="FILE", help="write the backup to FILE instead")
    backup.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    backup.add_argument("--keep", type=positive_int, metavar="N", help="backups to keep in the rolling set")
    backup.add_argument("--list", action="store_true", help="list the register's backups")
    backup.set_defaults(func=cmd_backup)

    restore = sub.add_parser("restore", help="replace a register by a backup (the current file is backed up first)")
    restore.add_argument("--register", required=True, type=register_file, metavar="PATH")
    restore.add_argument("--from", dest="source", required=True, type=register_file, metavar="BACKUP")
    restore.add_argument("--keep", type=positive_int, metavar="N", help="backups to keep in the rolling set")
    restore.set_defaults(func=cmd_restore)

    audit = sub.add_parser("audit", help="show or export the register's audit log")
    audit.add_argument("--register", required=True, type=existing_file, metavar="PATH")
    audit.add_argument("--entity", metavar="X", help="only changes to this kind of thing (e.g. staffing)")
    audit.add_argument("--user", metavar="NAME")
    audit.add_argument("--action", metavar="ACTION")
    audit.add_argument("--text", metavar="TEXT", help="only entries containing TEXT")
    audit.add_argument("--since", type=parse_date, metavar="DATE", help="from this local date (YYYY-MM-DD)")
    audit.add_argument("--until", type=parse_date, metavar="DATE", help="up to and including this date")
    audit.add_argument("--limit", type=positive_int, metavar="N")
    audit.add_argument("--format", choices=("table", "csv"), default="table")
    audit.set_defaults(func=cmd_audit)

