"""The command line: ``hrplanner <command>``. Headless commands share the services with the GUI.

Every error reaches the user as one clear line on stderr and a non-zero exit code; never a traceback.
Exit codes: 0 success, 1 the command ran but found errors (e.g. ``check``), 2 bad input (options, file,
parameters), 3 an unexpected failure (logged).

The command table below is the one place that says which module serves which command. Each module
has ``add_commands(sub)``; only the module of the command being run is imported (``--help`` imports
them all), and heavy libraries are imported inside the command functions, so a command starts fast.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

import hrplanner
from hrplanner.cli.common import EXIT_BAD_INPUT, EXIT_OK, EXIT_UNEXPECTED, CommandError, OneLineParser

log = logging.getLogger(__name__)

#: Command name -> the module (below ``hrplanner.cli``) that adds it to the parser, in ``--help`` order.
COMMANDS: dict[str, str] = {
    "demo": "core",
    "summary": "core",
    "project": "project",
    "plan": "plan",
    "export": "export",
    "template": "excel",
    "import": "excel",
    "round": "rounds",
    "feedback": "feedback",
    "check": "safety",
    "backup": "safety",
    "restore": "safety",
    "audit": "safety",
}


def command_names() -> set[str]:
    """Every command's name, without importing any command module."""
    return set(COMMANDS)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser with every command, or with only ``command``'s module when it is known."""
    parser = OneLineParser(
        prog="hrplanner",
        description="Regional workforce planning for youth care. Without a command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"hrplanner {hrplanner.__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    modules = [COMMANDS[command]] if command in COMMANDS else list(dict.fromkeys(COMMANDS.values()))
    for name in modules:
        importlib.import_module(f"{__name__}.{name}").add_commands(sub)
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    """Run a command; returns the exit code. Never lets a traceback reach the user."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(argv[0] if argv else None)
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_BAD_INPUT
    import hrplanner.services.backups  # noqa: F401 - routes the backup before a migration into the rolling set
    from hrplanner.services.errors import USER_ERRORS, ValidationError

    try:
        return int(args.func(args) or EXIT_OK)
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
        from hrplanner.logs import log_file

        log.exception("unexpected error in %s", args.command)
        print(f"hrplanner {args.command}: unexpected error: {type(exc).__name__}: {exc} "
              f"(details in {log_file()})", file=sys.stderr)
        return EXIT_UNEXPECTED
