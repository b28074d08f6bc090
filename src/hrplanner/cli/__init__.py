"""The command line: ``hrplanner <command>``. Headless commands share the services with the GUI.

Every error reaches the user as one clear line on stderr and a non-zero exit code; never a traceback.
Exit codes: 0 success, 1 the command ran but found errors (e.g. ``check``), 2 bad input (options, file,
parameters), 3 an unexpected failure (logged).

The command table below is the one place that says which module serves which command. Each module
has ``add_commands(sub)``; only the module of the command being run is imported, and heavy libraries
are imported inside the command functions, so a command starts fast. ``--version`` and ``--help``
import no command module at all: the overview lists each command with its line from ``SUMMARIES``
(a test keeps those equal to the commands' own help).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

import hrplanner
from hrplanner.cli.common import EXIT_BAD_INPUT, EXIT_OK, EXIT_UNEXPECTED, CommandError, OneLineParser

#: Command name -> the module (below ``hrplanner.cli``) that adds it to the parser, in ``--help`` order.
COMMANDS: dict[str, str] = {
    "demo": "core",
    "summary": "core",
    "project": "project",
    "plan": "plan",
    "backtest": "backtest",
    "export": "export",
    "template": "excel",
    "import": "excel",
    "check": "safety",
    "backup": "safety",
    "restore": "safety",
    "audit": "safety",
    "server": "server",
}


#: Command name -> its one-line help, for ``hrplanner --help`` without importing the command modules.
#: Must equal the ``help=`` of the command's ``add_parser`` (tests/unit/test_start.py checks it); a command
#: missing here still works, its module is then imported for ``--help``.
SUMMARIES: dict[str, str] = {
    "demo": "write the fictitious demo register to PATH",
    "summary": "print the regional key figures per occupation",
    "project": "project supply, demand, gap and intake advice per occupation",
    "plan": "print the shared training plan: the intake advice split over organisations",
    "backtest": "how far each round's projection was from the next round's figures",
    "export": "write the meeting workbook (Excel summary) of a round and scenario",
    "template": "write Excel collection templates for a round",
    "import": "import filled-in Excel templates into the register",
    "check": "check a register: file integrity, identities, rules, suspicious figures",
    "backup": "back a register up (into its rolling set, or --to a file)",
    "restore": "replace a register by a backup (the current file is backed up first)",
    "audit": "show or export the register's audit log",
    "server": "a shared register on a PostgreSQL server (init, add-user, push, pull)",
}


def command_names() -> set[str]:
    """Every command's name, without importing any command module."""
    return set(COMMANDS)


def build_parser(command: str | None = None, *, overview: bool = False) -> argparse.ArgumentParser:
    """The parser with every command, or with only ``command``'s module when it is known.

    With ``overview``, commands are listed by name and summary only (enough for ``--help``,
    ``--version`` and naming an unknown command) and no command module is imported.
    """
    parser = OneLineParser(
        prog="hrplanner",
        description="Regional workforce planning for youth care. Without a command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"hrplanner {hrplanner.__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    if overview and command not in COMMANDS:
        for name in COMMANDS:
            if name in SUMMARIES:
                sub.add_parser(name, help=SUMMARIES[name], add_help=False)
        modules = list(dict.fromkeys(module for name, module in COMMANDS.items() if name not in SUMMARIES))
    else:
        modules = [COMMANDS[command]] if command in COMMANDS else list(dict.fromkeys(COMMANDS.values()))
    for name in modules:
        importlib.import_module(f"{__name__}.{name}").add_commands(sub)
    return parser


def _call(args: argparse.Namespace) -> int | None:
    """Run the command; when a server wants a password that neither the keyring, PGPASSWORD nor
    ~/.pgpass gave and a person is at the terminal, ask for it once and run the command again (the
    typed password goes to libpq through this process's own PGPASSWORD, never to a file or the log)."""
    import os

    try:
        return args.func(args)
    except Exception as exc:
        from hrplanner.db.server.connect import ServerError

        if not (isinstance(exc, ServerError) and "wrong or missing password" in str(exc)
                and sys.stdin.isatty() and not os.environ.get("PGPASSWORD")):
            raise
        import getpass

        os.environ["PGPASSWORD"] = getpass.getpass(f"{str(exc).split(': ')[0]}: password: ")
        return args.func(args)


def run(argv: Sequence[str] | None = None) -> int:
    """Run a command; returns the exit code. Never lets a traceback reach the user."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv[0] if argv else None, overview=True)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_BAD_INPUT
    import hrplanner.services.backups  # noqa: F401 - routes the backup before a migration into the rolling set
    from hrplanner.services.errors import USER_ERRORS, ValidationError

    try:
        return int(_call(args) or EXIT_OK)
    except ValidationError as exc:
        for issue in exc.issues:
            print(f"hrplanner {args.command}: {issue.message()}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (CommandError, *USER_ERRORS) as exc:
        print(f"hrplanner {args.command}: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(f"hrplanner {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # the last resort: log the details, tell the user one line
        import logging

        from hrplanner.logs import log_file

        logging.getLogger(__name__).exception("unexpected error in %s", args.command)
        print(f"hrplanner {args.command}: unexpected error: {type(exc).__name__}: {exc} "
              f"(details in {log_file()})", file=sys.stderr)
        return EXIT_UNEXPECTED
