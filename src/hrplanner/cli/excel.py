"""Command-line commands for Excel collection rounds: ``template`` writes the templates organisations
fill in, ``import`` reads them back into the register.

``import`` exits 0 when every file was imported (or was unchanged), 1 when any file had errors or
warnings that were not accepted, 2 on bad options or an unreadable register.
"""

from __future__ import annotations

import argparse
import getpass
import json
from pathlib import Path

from hrplanner.cli.common import CommandError, EXIT_FOUND_ERRORS, EXIT_OK, existing_file, parse_date

#: The share by which an import may lower an organisation's persons or fte without --confirm-drop
#: (the value of ``hrplanner.services.excel.importer.DROP_SHARE``, repeated so that --help stays fast).
DROP_SHARE = 0.20


def default_user() -> str:
    """The login name for the audit log when no --user is given."""
    try:
        return getpass.getuser()
    except Exception:  # no login name in the environment or the password database
        return "unknown"


def cmd_template(args: argparse.Namespace) -> int:
    from hrplanner.services.excel import write_templates

    from hrplanner.services.locking import open_for_editing
    from hrplanner.services.rounds import mark_template_sent

    organisations = None if args.all else [args.organisation]
    with open_for_editing(args.register) as session:
        register, read_only_reason = session.register, session.read_only_reason
        written = write_templates(register, args.round, organisations, Path(args.out), prefill=args.prefill,
                                  overwrite=args.force)
        names = organisations or [o.name for o in register.organisations(active_only=True)]
        if not read_only_reason:  # the round status shows when each template was sent, and by whom
            mark_template_sent(register, args.round, names, user=args.user or default_user())
    for path in written:
        print(f"Wrote {path}")
    if read_only_reason:
        print(f"Not recorded as sent in the round status: {read_only_reason}")
    print(f"{len(written)} template{'s' * (len(written) != 1)} for reference date {args.round.isoformat()}")
    return EXIT_OK


def _publish_on_server(register, reports) -> dict:  # noqa: ANN001
    """On a server register opened by a coordinator: publish every round that got figures again (the
    steering group's published figures follow the import); nothing for a file or another role."""
    if not register.on_server:
        return {}
    from hrplanner.services.server import publish_round_of

    days = sorted({r.reference_date for r in reports if r.ok and r.changes and r.reference_date is not None})
    written = {}
    for day in days:
        count = publish_round_of(register, day)
        if count is not None:
            written[day] = count
    return written


def cmd_import(args: argparse.Namespace) -> int:
    from hrplanner.services.excel import NEEDS_CONFIRMATION, import_files, summarise
    from hrplanner.services.register import Register

    published: dict = {}
    if args.dry_run:
        with Register.open(args.register, read_only=True) as register:
            reports = import_files(register, args.files, args.user or default_user(),
                                   accept_warnings=args.accept_warnings, dry_run=True,
                                   confirm_drops=args.confirm_drop)
    else:
        from hrplanner.services.locking import LockUnavailable, RegisterInUse, open_for_writing

        try:
            session = open_for_writing(args.register)
        except (RegisterInUse, LockUnavailable) as exc:
            raise CommandError(f"nothing imported: {exc}") from None
        with session:
            reports = import_files(session.register, args.files, args.user or default_user(),
                                   accept_warnings=args.accept_warnings, dry_run=False,
                                   confirm_drops=args.confirm_drop)
            published = _publish_on_server(session.register, reports)
    if args.format == "json":
        payload = [
            {
                "file": str(r.path), "status": r.status, "organisation": r.organisation,
                "reference_date": r.reference_date.isoformat() if r.reference_date else None,
                "sha256": r.sha256, "changes": r.changes,
                "problems": [{"sheet": p.sheet, "cell": p.cell, "field": p.field, "value": p.value,
                              "rule": p.rule, "severity": p.severity, "context": p.context}
                             for p in r.problems],
            }
            for r in reports
        ]
        print(json.dumps(payload, indent=2, ensure_ascii=False, default=str))
    else:
        for report in reports:
            print("\n".join(report.lines()))
        print(summarise(reports))
        for day, count in published.items():
            print(f"Published {count} figures of round {day.isoformat()} for the steering group")
        if any(r.status == NEEDS_CONFIRMATION for r in reports):
            print("Check the warnings; if the figures are right, import again with --accept-warnings.")
    return EXIT_OK if all(r.ok for r in reports) else EXIT_FOUND_ERRORS


def add_commands(sub: argparse._SubParsersAction) -> None:
    template = sub.add_parser("template", help="write Excel collection templates for a round")
    template.add_argument("--register", required=True, type=existing_file, metavar="PATH")
    template.add_argument("--round", required=True, type=parse_date, metavar="DATE",
                          help="reference date of the round (YYYY-MM-DD)")
    which = template.add_mutually_exclusive_group(required=True)
    which.add_argument("--organisation", metavar="NAME", help="one organisation (OUT is a .xlsx file or a folder)")
    which.add_argument("--all", action="store_true", help="every active organisation (OUT is a folder)")
    template.add_argument("--prefill", action="store_true",
                          help="fill in the round's figures already in the register (for corrections)")
    template.add_argument("--force", action="store_true", help="overwrite existing files")
    template.add_argument("--user", metavar="NAME", help="who sends them, for the round status (default: login name)")
    template.add_argument("out", metavar="OUT", help="the file or folder to write")
    template.set_defaults(func=cmd_template)

    imp = sub.add_parser("import", help="import filled-in Excel templates into the register")
    imp.add_argument("--register", required=True, type=existing_file, metavar="PATH")
    imp.add_argument("files", nargs="+", metavar="FILE", help="filled-in templates (.xlsx)")
    imp.add_argument("--user", metavar="NAME", help="who imports, for the audit log (default: login name)")
    imp.add_argument("--accept-warnings", action="store_true",
                     help="import files whose only problems are warnings (unusual but possible figures)")
    imp.add_argument("--confirm-drop", action="append", default=[], metavar="ORGANISATION",
                     help="confirm that this organisation's persons or fte may drop by more than "
                          f"{round(DROP_SHARE * 100)}%% (repeat for several organisations)")
    imp.add_argument("--dry-run", action="store_true", help="check the files, change nothing")
    imp.add_argument("--format", choices=("text", "json"), default="text")
    imp.set_defaults(func=cmd_import)

