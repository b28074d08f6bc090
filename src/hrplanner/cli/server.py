"""The ``server`` commands: a shared register on a PostgreSQL server.

``hrplanner server init URL`` (administrator), ``server upgrade URL`` (administrator),
``server add-user URL NAME --role coordinator|steering|hr-lead [--organisation NAME]`` (administrator
or coordinator; the new user's password from standard input when it is not a terminal, else asked
twice), ``server push --register FILE URL`` and ``server publish URL`` (coordinator), ``server pull URL
FILE`` (anyone but steering) and ``server published URL`` (what the caller may read of the published
figures).

The caller's own password comes from the keyring, ``PGPASSWORD`` or ``~/.pgpass``; when none is there
and standard input is a terminal, it is asked for (``hrplanner.cli.run``).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from hrplanner.cli.common import (
    EXIT_OK,
    CommandError,
    add_disclosure_options,
    parse_date,
    register_file,
    render_table,
)


def _read_new_password(name: str) -> str:
    if not sys.stdin.isatty():
        line = sys.stdin.readline()
        password = line.rstrip("\r\n")
        if not password:
            raise CommandError(f"no password for {name} on standard input")
        return password
    first = getpass.getpass(f"Password for the new user {name}: ")
    second = getpass.getpass("The same password again: ")
    if first != second:
        raise CommandError("the two passwords differ; nothing was changed")
    return first


def cmd_init(args: argparse.Namespace) -> int:
    from hrplanner.services import server

    revision = server.init(args.url)
    print(f"Set up the hrplanner register in {args.url} (schema {revision}): roles, row-level security, "
          "audit trigger. Next: hrplanner server add-user, hrplanner server push")
    return EXIT_OK


def cmd_upgrade(args: argparse.Namespace) -> int:
    from hrplanner.services import server

    before, after = server.upgrade(args.url)
    if before == after:
        print(f"{args.url} is at schema {after}; security refreshed")
    else:
        print(f"Upgraded {args.url} from schema {before} to {after}; security refreshed")
    return EXIT_OK


def cmd_add_user(args: argparse.Namespace) -> int:
    from hrplanner.services import server

    if getattr(args, "new_password", None) is None:  # read once, also when the command runs again
        args.new_password = _read_new_password(args.name)
    server.add_user(args.url, args.name, args.role, args.new_password, organisation=args.organisation)
    tied = f" of {args.organisation}" if args.organisation else ""
    print(f"Added {args.name} as {args.role}{tied}")
    return EXIT_OK


def cmd_push(args: argparse.Namespace) -> int:
    from hrplanner.services import server

    from hrplanner.cli.common import rules_from

    result = server.push(args.register, args.url, rules=rules_from(args))
    print(f"Pushed {args.register} to {args.url}: {result.organisations} organisations, {result.occupations} "
          f"occupations, {result.rounds} rounds, {result.figures} figure rows, {result.scenarios} scenarios, "
          f"{result.audit_entries} audit entries; {result.published} published figures")
    return EXIT_OK


def cmd_pull(args: argparse.Namespace) -> int:
    from hrplanner.services import server

    result = server.pull(args.url, args.file, overwrite=args.force)
    print(f"Wrote {result.path} as {result.role}: {result.organisations} organisations, {result.rounds} rounds, "
          f"{result.figures} figure rows, {result.audit_entries} audit entries")
    return EXIT_OK


def cmd_publish(args: argparse.Namespace) -> int:
    from hrplanner.services import server

    from hrplanner.cli.common import rules_from

    written = server.publish(args.url, rules=rules_from(args))
    for day, count in written.items():
        print(f"Published {count} figures of round {day.isoformat()}")
    if not written:
        print("No rounds to publish")
    return EXIT_OK


def cmd_published(args: argparse.Namespace) -> int:
    from hrplanner.services import server

    rows = server.published(args.url, round_date=args.round)
    if not rows:
        print("No published figures (a coordinator publishes them with hrplanner server publish)")
        return EXIT_OK
    table = [[r.round_date.isoformat(), r.organisation or "(region)", r.occupation or "(all)", r.measure, r.shown]
             for r in rows]
    print(render_table(["round", "organisation", "occupation", "measure", "value"], table))
    return EXIT_OK


def add_commands(sub: argparse._SubParsersAction) -> None:
    from hrplanner.cli.common import OneLineParser

    server = sub.add_parser("server", help="a shared register on a PostgreSQL server (init, add-user, push, pull)")
    commands = server.add_subparsers(dest="server_command", metavar="ACTION", parser_class=OneLineParser,
                                     required=True)
    url_help = "the server register, postgresql://USER@HOST[:PORT]/DB (no password in it)"

    init = commands.add_parser("init", help="set up the register in an empty database (as an administrator)")
    init.add_argument("url", metavar="URL", help=url_help)
    init.set_defaults(func=cmd_init)

    upgrade = commands.add_parser("upgrade", help="apply new migrations and refresh the security (administrator)")
    upgrade.add_argument("url", metavar="URL", help=url_help)
    upgrade.set_defaults(func=cmd_upgrade)

    add_user = commands.add_parser("add-user", help="add a person's login (password from standard input or asked)")
    add_user.add_argument("url", metavar="URL", help=url_help)
    add_user.add_argument("name", metavar="NAME", help="the new login's name")
    add_user.add_argument("--role", required=True, choices=("coordinator", "hr-lead", "steering"))
    add_user.add_argument("--organisation", metavar="NAME", help="the organisation of an hr-lead")
    add_user.set_defaults(func=cmd_add_user)

    push = commands.add_parser("push", help="copy a register file to an empty server register (coordinator)")
    push.add_argument("--register", required=True, type=register_file, metavar="FILE")
    push.add_argument("url", metavar="URL", help=url_help)
    add_disclosure_options(push, full=False)
    push.set_defaults(func=cmd_push)

    pull = commands.add_parser("pull", help="write a local snapshot (.hrplan) of what you may see")
    pull.add_argument("url", metavar="URL", help=url_help)
    pull.add_argument("file", metavar="FILE", type=Path, help="the register file to write (.hrplan)")
    pull.add_argument("--force", action="store_true", help="replace FILE if it exists")
    pull.set_defaults(func=cmd_pull)

    publish = commands.add_parser("publish", help="publish every round's suppressed figures (coordinator)")
    publish.add_argument("url", metavar="URL", help=url_help)
    add_disclosure_options(publish, full=False)
    publish.set_defaults(func=cmd_publish)

    published = commands.add_parser("published", help="print the published figures you may read")
    published.add_argument("url", metavar="URL", help=url_help)
    published.add_argument("--round", type=parse_date, metavar="DATE", help="one round only (YYYY-MM-DD)")
    published.set_defaults(func=cmd_published)
