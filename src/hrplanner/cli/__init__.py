"""The command line: ``hrplanner <command>``. Headless commands share the services with the GUI.

Every error reaches the user as one clear line on stderr and a non-zero exit code; never a traceback.
Exit codes: 0 success, 1 the command ran but found errors (e.g. ``check``, or an ``import`` with rejected
files), 2 bad input (options, file, parameters) or a file that cannot be read or written (a full disk, a
read-only folder: the message names the file and the cause), 3 an unexpected failure (logged; a bug).

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
from hrplanner.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    EXIT_UNEXPECTED,
    CommandError,
    OneLineParser,
)

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
    "round": "rounds",
    "feedback": "feedback",
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
    "round": "data rounds: who has delivered; open, close, accept",
    "feedback": "write feedback reports: each organisation's own figures against the region and organisations "
                "of its kind",
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
    from hrplanner.services.errors import USER_ERRORS, ValidationError

    try:
        return int(_call(args) or EXIT_OK)
    except ValidationError as exc:
        for issue in exc.issues:
            print(f"hrplanner {args.command}: {issue.message()}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (CommandError, *USER_ERRORS) as exc:
        print(f"hrplanner {args.command}: error: {one_line(exc)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print(f"hrplanner {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_OK
    except (OSError, RecursionError, MemoryError, OverflowError) as exc:
        # The environment, not the program: a full disk, a read-only folder, a file that vanished.
        _log().info("%s failed: %s", args.command, exc, exc_info=True)
        print(f"hrplanner {args.command}: error: {describe_environment_error(exc)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:  # noqa: BLE001
        from sqlalchemy.exc import DBAPIError

        damage = _damage(args)  # a register that cannot be read as figures: say why, in one line
        if damage:
            _log().info("%s failed on a damaged register: %s", args.command, exc, exc_info=True)
            print(f"hrplanner {args.command}: error: {args.register} is damaged: {one_line(damage)}; "
                  f"see hrplanner check --register {args.register}", file=sys.stderr)
            return EXIT_BAD_INPUT
        if isinstance(exc, DBAPIError) and exc.orig is not None:  # "database or disk is full" and the like
            _log().info("%s failed: %s", args.command, exc, exc_info=True)
            where = f"{args.register}: " if getattr(args, "register", None) else ""
            print(f"hrplanner {args.command}: error: {where}{describe_environment_error(exc.orig)}",
                  file=sys.stderr)
            return EXIT_BAD_INPUT
        return _unexpected(args.command, exc)


def _log():  # noqa: ANN202 - a logging.Logger, imported only when something failed
    import logging

    return logging.getLogger(__name__)


def _damage(args: argparse.Namespace) -> str | None:
    """Why the command's register is damaged, or None (sound, or no register)."""
    path = getattr(args, "register", None)
    if not path:
        return None
    from hrplanner.db.server.address import is_server_url
    from hrplanner.services.check import diagnose

    if is_server_url(path):  # a server register is not a file to diagnose; its errors say themselves
        return None

    try:
        return diagnose(path)
    except Exception:  # noqa: BLE001 - diagnosing must never hide the original error
        _log().exception("diagnosing %s failed", path)
        return None


def one_line(exc: BaseException) -> str:
    """An error's message on one line."""
    return " ".join(str(exc).split())


def describe_environment_error(exc: BaseException) -> str:
    """One line naming the file and the cause of an error that came from the system."""
    from hrplanner.files import cause

    if isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{cause(exc)}"
    if isinstance(exc, RecursionError):
        return "the input is nested too deeply to be read"
    if isinstance(exc, MemoryError):
        return "not enough memory for this input"
    return one_line(exc) or type(exc).__name__


def _quiet_stdout() -> None:
    """After a closed pipe (``| head``), send what is left of stdout nowhere (no "Exception ignored")."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _unexpected(command: str, exc: Exception) -> int:
    """The last resort: log the details, tell the user one line."""
    from hrplanner.logs import log_file

    _log().exception("unexpected error in %s", command)
    print(f"hrplanner {command}: unexpected error: {type(exc).__name__}: {one_line(exc)} "
          f"(details in {log_file()})", file=sys.stderr)
    return EXIT_UNEXPECTED
