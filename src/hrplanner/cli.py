"""The command line: ``hrplanner <command>``. Headless commands share the services with the GUI.

Every error reaches the user as one clear line on stderr and a non-zero exit code; never a traceback.
Exit codes: 0 success, 1 the command ran but found errors (e.g. ``check``), 2 bad input (options, file,
parameters), 3 an unexpected failure (logged).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import hrplanner
from hrplanner.domain.figures import SUMMARY_COLUMNS, KeyFigures
from hrplanner.domain.validation import ValidationError
from hrplanner.services.errors import USER_ERRORS

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FOUND_ERRORS = 1
EXIT_BAD_INPUT = 2
EXIT_UNEXPECTED = 3

#: Functions that add a sub-command to the parser; other modules append to it at import.
COMMAND_BUILDERS: list[Callable[[argparse._SubParsersAction], None]] = []


class CommandError(Exception):
    """A user error found by a command itself (bad option value and the like)."""


class OneLineParser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, not usage plus message."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written as YYYY-MM-DD") from None


def whole_number(low: int = 1, high: int | None = None) -> Callable[[str], int]:
    """An argparse type for a whole number between ``low`` and ``high`` (no upper bound when None)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < low or (high is not None and value > high):
            bounds = f"from {low} to {high}" if high is not None else f"of at least {low}"
            raise argparse.ArgumentTypeError(f"must be a whole number {bounds}, not {value}")
        return value

    return parse


def existing_file(text: str) -> Path:
    return Path(text)


# --- output formats ---------------------------------------------------------------------------------------


def round_half_up(value: float, digits: int) -> Decimal:
    """Round as people (and the app) do: 524.25 -> 524.3, not Python's round-half-even 524.2."""
    return Decimal(repr(value)).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)


def format_ratio(value: float | None) -> str:
    return "-" if value is None else f"{round_half_up(value * 100, 1)}%"


def format_cell(name: str, value: object) -> str:
    if value is None:
        return "-"
    if name in ("fte", "open_fte"):
        return f"{round_half_up(value, 1):,}"
    if isinstance(value, float):
        return format_ratio(value)
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def render_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) if rows else len(str(h))
              for i, h in enumerate(header)]
    lines = ["  ".join(str(h).ljust(w) if i == 0 else str(h).rjust(w) for i, (h, w) in enumerate(zip(header, widths)))]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w)
                               for i, (c, w) in enumerate(zip(row, widths))))
    return "\n".join(lines)


def render_csv(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


# --- commands ------------------------------------------------------------------------------------------------


def _figures_row(figures: KeyFigures) -> dict[str, object]:
    data = figures.as_dict()
    return {name: data[name] for name in SUMMARY_COLUMNS}


def cmd_demo(args: argparse.Namespace) -> int:
    from hrplanner.services.demo import write_demo

    path = Path(args.path)
    if path.exists() and not args.force:
        raise CommandError(f"{path} already exists; use --force to overwrite it")
    if path.suffix != hrplanner.REGISTER_SUFFIX:
        raise CommandError(f"a register file name must end in {hrplanner.REGISTER_SUFFIX}: {path}")
    with write_demo(path, seed=args.seed) as register:
        summary_line = f"{register.region}: {len(register.organisations())} organisations, " \
                       f"{len(register.rounds())} rounds"
    print(f"Wrote {path} ({summary_line}; fictitious figures)")
    return EXIT_OK


def cmd_summary(args: argparse.Namespace) -> int:
    from hrplanner.services.register import Register
    from hrplanner.services.summary import summarise

    with Register.open(args.register, read_only=False) as register:
        summary = summarise(register, args.round)
    rows = [("occupation", f.key, _figures_row(f)) for f in summary.occupations]
    rows.append(("region", "total", _figures_row(summary.total)))
    if args.format == "json":
        payload = {
            "region": summary.region,
            "fictitious": summary.fictitious,
            "reference_date": summary.reference_date.isoformat(),
            "previous_date": summary.previous_date.isoformat() if summary.previous_date else None,
            "occupations": [{"occupation": key, **values} for kind, key, values in rows if kind == "occupation"],
            "total": rows[-1][2],
        }
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return EXIT_OK
    header = ["occupation", *SUMMARY_COLUMNS]
    if args.format == "csv":
        print(render_csv(header, [[key, *values.values()] for _, key, values in rows]), end="")
        return EXIT_OK
    title = f"{summary.region}, reference date {summary.reference_date.isoformat()}"
    if summary.fictitious:
        title += " (fictitious figures)"
    table = render_table(header, [[key, *(format_cell(n, v) for n, v in values.items())]
                                  for _, key, values in rows])
    print(f"{title}\n\n{table}")
    return EXIT_OK


def _add_core_commands(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser("demo", help="write the fictitious demo register to PATH")
    demo.add_argument("path", metavar="PATH", help="the register file to write (.hrplan)")
    demo.add_argument("--seed", type=int, default=2025, help="random seed (default 2025)")
    demo.add_argument("--force", action="store_true", help="overwrite PATH if it exists")
    demo.set_defaults(func=cmd_demo)

    summary = sub.add_parser("summary", help="print the regional key figures per occupation")
    summary.add_argument("--register", required=True, type=existing_file, metavar="PATH")
    summary.add_argument("--round", type=parse_date, metavar="DATE", help="reference date (default: latest)")
    summary.add_argument("--format", choices=("table", "csv", "json"), default="table")
    summary.set_defaults(func=cmd_summary)


COMMAND_BUILDERS.append(_add_core_commands)


def build_parser() -> argparse.ArgumentParser:
    _load_command_modules()
    parser = OneLineParser(
        prog="hrplanner",
        description="Regional workforce planning for youth care. Without a command, starts the app.",
    )
    parser.add_argument("--version", action="version", version=f"hrplanner {hrplanner.__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    for builder in COMMAND_BUILDERS:
        builder(sub)
    return parser


def _load_command_modules() -> None:
    """Import the modules that register further commands (projection, Excel, coordination, checks)."""
    import importlib

    for name in COMMAND_MODULES:
        importlib.import_module(name)


#: Modules that append to COMMAND_BUILDERS.
COMMAND_MODULES: tuple[str, ...] = ("hrplanner.cli_project", "hrplanner.cli_plan", "hrplanner.cli_safety",
                                   "hrplanner.cli_excel", "hrplanner.cli_export",)


def command_names() -> set[str]:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def run(argv: Sequence[str] | None = None) -> int:
    """Run a command; returns the exit code. Never lets a traceback reach the user."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_BAD_INPUT
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
