"""What every command shares: exit codes, the one-line argument parser, option types and output formats."""

from __future__ import annotations

import argparse
import csv
import io
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from hrplanner.domain.rounding import round_half_up


EXIT_OK = 0
EXIT_FOUND_ERRORS = 1
EXIT_BAD_INPUT = 2
EXIT_UNEXPECTED = 3

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


def existing_file(text: str) -> "Path | str":
    """A register: a file's path, or a server register's address ``postgresql://USER@HOST[:PORT]/DB``,
    kept as text (``Register.open`` and the opening helpers take either)."""
    from hrplanner.db.server.address import ServerAddressError, is_server_url, parse_server_url

    if is_server_url(text):
        try:
            parse_server_url(text)
        except ServerAddressError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None
        return text
    return Path(text)


def register_file(text: str) -> Path:
    """A register file only (commands that work on the file itself: check, backup, restore, push)."""
    from hrplanner.db.server.address import is_server_url

    if is_server_url(text):
        raise argparse.ArgumentTypeError(
            "this command works on a register file, not on a server register (the server's own tools, "
            "such as pg_dump, back a server up)")
    return Path(text)


# --- output formats ---------------------------------------------------------------------------------------


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
