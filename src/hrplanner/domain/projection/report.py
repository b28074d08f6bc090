"""Plain-text and CSV renderings of projection results (for the command line and scripts)."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable

from ..rounding import ADVICE_DIGITS, fixed
from .model import ProjectionResult

__all__ = ["format_table", "format_csv", "CSV_COLUMNS"]

#: Columns of the long CSV format, one row per occupation and year.
CSV_COLUMNS: tuple[str, ...] = (
    "occupation",
    "year",
    "supply_persons",
    "supply_fte",
    "demand_fte",
    "gap_fte",
    "gap_persons",
)


def _as_list(results: ProjectionResult | Iterable[ProjectionResult]) -> list[ProjectionResult]:
    if isinstance(results, ProjectionResult):
        return [results]
    return list(results)


def _num(value: float, digits: int = 1) -> str:
    return "n/a" if not math.isfinite(value) else fixed(value, digits, thousands=",")


def format_table(results: ProjectionResult | Iterable[ProjectionResult], step: int = 1) -> str:
    """A readable table per occupation (every ``step``-th year plus the last), followed by the
    intake advice per equilibrium year."""
    if step < 1:
        raise ValueError("step must be at least 1")
    blocks = []
    header = ("year", "supply persons", "supply fte", "demand fte", "gap fte", "gap persons")
    for r in _as_list(results):
        title = f"{r.occupation}" + (f" [{r.code}]" if r.code else "") + f" ({r.variant} variant)"
        rows = [header]
        last = len(r.years) - 1
        for i, year in enumerate(r.years):
            if i % step and i != last:
                continue
            rows.append(
                (
                    str(int(year)),
                    _num(r.supply_persons[i]),
                    _num(r.supply_fte[i]),
                    _num(r.demand_fte[i]),
                    _num(r.gap_fte[i]),
                    _num(r.gap_persons[i]),
                )
            )
        widths = [max(len(row[c]) for row in rows) for c in range(len(header))]
        lines = [title, "=" * len(title)]
        for k, row in enumerate(rows):
            lines.append("  ".join(cell.rjust(w) for cell, w in zip(row, widths)))
            if k == 0:
                lines.append("  ".join("-" * w for w in widths))
        for a in r.advice:
            if a.intake is None:
                lines.append(f"Intake advice {a.equilibrium_year}: none ({a.reason})")
            else:
                text = f"Intake advice {a.equilibrium_year}: {_num(a.intake_clipped, ADVICE_DIGITS)} per year"
                text += f" (now {_num(a.current_intake)})"
                if a.clipped:
                    text += f"; computed {_num(a.intake, ADVICE_DIGITS)}: {a.reason}"
                lines.append(text)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def format_csv(
    results: ProjectionResult | Iterable[ProjectionResult], *, include_variant: bool = False
) -> str:
    """Long CSV: occupation, year, supply_persons, supply_fte, demand_fte, gap_fte, gap_persons
    (2 decimals, empty for not-a-number). ``include_variant`` adds a ``variant`` column after
    ``occupation`` (useful when results of several variants are written together)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    columns = list(CSV_COLUMNS)
    if include_variant:
        columns.insert(1, "variant")
    writer.writerow(columns)
    for r in _as_list(results):
        series = (r.supply_persons, r.supply_fte, r.demand_fte, r.gap_fte, r.gap_persons)
        for i, year in enumerate(r.years):
            row: list[object] = [r.occupation]
            if include_variant:
                row.append(r.variant)
            row.append(int(year))
            row += ["" if not math.isfinite(s[i]) else fixed(s[i], 2) for s in series]
            writer.writerow(row)
    return buf.getvalue()
