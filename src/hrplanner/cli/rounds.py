"""The ``round`` command: which organisations have delivered, and opening, closing and accepting.

    hrplanner round status --register PATH [--round DATE] [--format table|csv|json]
    hrplanner round open   --register PATH DATE [--label TEXT] [--user NAME]
    hrplanner round close  --register PATH DATE [--user NAME]
    hrplanner round accept --register PATH --organisation NAME [--round DATE] [--user NAME]

``status`` reads only; the others take the writer lock and refuse while someone else edits.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from hrplanner.cli.common import EXIT_OK, CommandError, existing_file, format_ratio, parse_date, render_csv, \
    render_table

TOPIC_HEADERS = {"staffing": "staff", "establishment": "estab", "flows": "flows", "training": "train",
                 "absence": "absence"}
STATE_TEXT = {"not_started": "not started", "template_sent": "template sent", "received": "received",
              "warnings": "checked with warnings", "accepted": "accepted"}


@contextmanager
def _editing(path: object, what: str) -> Iterator[object]:
    """The register opened with the writer lock, or a one-line error when someone else edits it."""
    from hrplanner.services.locking import open_for_editing

    with open_for_editing(path) as session:  # type: ignore[arg-type]
        if session.read_only_reason:
            raise CommandError(f"{what}: {session.read_only_reason}")
        yield session.register


def _user(args: argparse.Namespace) -> str:
    from hrplanner.cli.excel import default_user

    return args.user or default_user()


def _when(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else "-"


def _status_rows(status) -> list[list[str]]:  # noqa: ANN001 - a RoundStatus
    rows = []
    for o in status.organisations:
        if o.state == "accepted":
            detail = f"{_when(o.accepted)} by {o.accepted_by or '?'}"
        elif o.delivered:
            how = {"template": "by template", "app": "in the app"}.get(o.received_via, "before tracking")
            detail = f"{_when(o.received)} by {o.received_by or '?'} {how}" if o.received else how
            if o.state == "warnings":
                detail += f"; {o.errors} errors, {o.warnings} warnings, {o.notices} to check"
        elif o.state == "template_sent":
            detail = f"{_when(o.template_sent)} by {o.template_sent_by or '?'}"
        else:
            detail = ""
        if o.carried_over:
            detail = (detail + "; " if detail else "") + f"last round's {o.persons_last_round} persons carried over"
        persons = f"{o.persons:,}" if o.delivered else (f"({o.persons_last_round:,})" if o.carried_over else "-")
        rows.append([o.organisation, STATE_TEXT[o.state], *("x" if o.topics[t] else "." for t in TOPIC_HEADERS),
                     persons, detail])
    return rows


def cmd_status(args: argparse.Namespace) -> int:
    from hrplanner.services.locking import open_for_reading
    from hrplanner.services.rounds import TOPICS, round_status

    with open_for_reading(args.register) as register:
        status = round_status(register, args.round)
    if args.format == "json":
        print(json.dumps(status.as_dict(), indent=2, ensure_ascii=False))
        return EXIT_OK
    if args.format == "csv":
        header = ["organisation", "state", "template_sent", "received", "received_by", "received_via",
                  "accepted", "accepted_by", *TOPICS, "persons", "persons_last_round", "carried_over",
                  "errors", "warnings", "notices"]
        moments = ("template_sent", "received", "received_by", "received_via", "accepted", "accepted_by")
        rows = []
        for o in status.organisations:
            values = o.as_dict()
            rows.append([o.organisation, o.state, *(values[k] or "" for k in moments),
                         *(int(o.topics[t]) for t in TOPICS), o.persons,
                         "" if o.persons_last_round is None else o.persons_last_round, int(o.carried_over),
                         o.errors, o.warnings, o.notices])
        print(render_csv(header, rows), end="")
        return EXIT_OK
    title = f"{status.region}, round {status.reference_date.isoformat()}"
    if status.label and status.label != status.reference_date.isoformat():
        title += f" ({status.label})"
    title += ", closed" if status.closed else ", open"
    if status.fictitious:
        title += " (fictitious figures)"
    header = ["organisation", "status", *TOPIC_HEADERS.values(), "persons", "when / note"]
    table = render_table(header, _status_rows(status))
    topics = ", ".join(f"{t} {status.topic_count(t)}" for t in TOPICS)
    lines = [
        title, "", table, "",
        f"Delivered: {status.delivered} of {status.expected} organisations ({topics}).",
        f"Persons covered: {status.persons_delivered:,} of {status.persons_region:,} "
        f"({format_ratio(status.coverage)}); {status.persons_carried_over:,} carried over from last round "
        f"for those that did not deliver (in brackets).",
    ]
    if status.missing:
        lines.append("Missing: " + ", ".join(status.missing))
    print("\n".join(lines))
    return EXIT_OK


def cmd_open(args: argparse.Namespace) -> int:
    from hrplanner.services.rounds import open_round

    with _editing(args.register, "no round opened") as register:
        created = open_round(register, args.date, label=args.label or "", user=_user(args))  # type: ignore[arg-type]
        expected = len(register.organisations(active_only=True))  # type: ignore[attr-defined]
    print(f"Opened round {created.reference_date.isoformat()}: {expected} organisations are expected to deliver")
    return EXIT_OK


def cmd_close(args: argparse.Namespace) -> int:
    from hrplanner.services.rounds import close_round

    with _editing(args.register, "round not closed") as register:
        changed = close_round(register, args.date, user=_user(args))  # type: ignore[arg-type]
    if changed:
        print(f"Closed round {args.date.isoformat()}: its figures are read-only from now on")
    else:
        print(f"Round {args.date.isoformat()} was closed already")
    return EXIT_OK


def cmd_accept(args: argparse.Namespace) -> int:
    from hrplanner.services.rounds import accept, default_round

    with _editing(args.register, "nothing accepted") as register:
        day = args.round or default_round(register).reference_date  # type: ignore[arg-type]
        accept(register, day, args.organisation, user=_user(args))  # type: ignore[arg-type]
    print(f"Accepted the figures of {args.organisation} for round {day.isoformat()}")
    return EXIT_OK


def add_commands(sub: argparse._SubParsersAction) -> None:
    from hrplanner.cli.common import OneLineParser

    parser = sub.add_parser("round", help="data rounds: who has delivered; open, close, accept")
    actions = parser.add_subparsers(dest="round_command", metavar="ACTION", required=True,
                                    parser_class=OneLineParser)

    status = actions.add_parser("status", help="per organisation: not started, template sent, received, "
                                               "checked with warnings, accepted; completeness per topic")
    status.add_argument("--register", required=True, type=existing_file, metavar="PATH")
    status.add_argument("--round", type=parse_date, metavar="DATE",
                        help="reference date (default: the latest open round)")
    status.add_argument("--format", choices=("table", "csv", "json"), default="table")
    status.set_defaults(func=cmd_status)

    opening = actions.add_parser("open", help="open a new round after the latest: organisations and "
                                              "occupations carry over, figures do not")
    opening.add_argument("--register", required=True, type=existing_file, metavar="PATH")
    opening.add_argument("date", type=parse_date, metavar="DATE", help="reference date (YYYY-MM-DD)")
    opening.add_argument("--label", metavar="TEXT", help="a name for the round (default: the date)")
    opening.add_argument("--user", metavar="NAME", help="who, for the audit log (default: login name)")
    opening.set_defaults(func=cmd_open)

    closing = actions.add_parser("close", help="close a round: its figures are read-only from then on")
    closing.add_argument("--register", required=True, type=existing_file, metavar="PATH")
    closing.add_argument("date", type=parse_date, metavar="DATE", help="reference date (YYYY-MM-DD)")
    closing.add_argument("--user", metavar="NAME", help="who, for the audit log (default: login name)")
    closing.set_defaults(func=cmd_close)

    accepting = actions.add_parser("accept", help="accept an organisation's figures of a round as they are")
    accepting.add_argument("--register", required=True, type=existing_file, metavar="PATH")
    accepting.add_argument("--organisation", required=True, metavar="NAME")
    accepting.add_argument("--round", type=parse_date, metavar="DATE",
                           help="reference date (default: the latest open round)")
    accepting.add_argument("--user", metavar="NAME", help="who, for the audit log (default: login name)")
    accepting.set_defaults(func=cmd_accept)
