"""What the steering group may read from a server register: a round's figures per organisation and for
the region, with small numbers suppressed, as rows for the server's ``published_figure`` table.

Persons per organisation x occupation are suppressed with :func:`hrplanner.domain.suppression.suppress`
(primary and secondary, with the row totals = per organisation and the column totals = the region per
occupation); the fte of a cell or total is hidden whenever its persons are. Open positions are
suppressed the same way on their own table, and their fte with them.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

import numpy as np

from hrplanner.domain.records import RoundData
from hrplanner.domain.suppression import DEFAULT_THRESHOLD, SuppressedTable, suppress

MEASURES = ("persons", "fte", "open_positions", "open_fte")


def _text(value: float, digits: int) -> str:
    return str(Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP))


def _rows(table: SuppressedTable, companion: np.ndarray, organisations: Sequence[str],
          occupations: Sequence[str], count: str, amount: str) -> list[dict[str, object]]:
    """Rows for every element of the extended table: the count and the amount that goes with it."""
    full = table.extended()
    extra = np.zeros_like(full)
    rows_n, cols_n = companion.shape
    extra[:rows_n, :cols_n] = companion
    extra[:rows_n, cols_n] = companion.sum(axis=1)
    extra[rows_n, :cols_n] = companion.sum(axis=0)
    extra[rows_n, cols_n] = companion.sum()
    out: list[dict[str, object]] = []
    for i in range(rows_n + 1):
        for j in range(cols_n + 1):
            organisation = organisations[i] if i < rows_n else None
            occupation = occupations[j] if j < cols_n else ""
            hidden = table.reasons[i, j] != ""
            mark = table.text(i, j, "")
            out.append({"organisation": organisation, "occupation": occupation, "measure": count,
                        "value": None if hidden else float(full[i, j]),
                        "shown": mark if hidden else _text(full[i, j], 0)})
            out.append({"organisation": organisation, "occupation": occupation, "measure": amount,
                        "value": None if hidden else round(float(extra[i, j]), 6),
                        "shown": mark if hidden else _text(extra[i, j], 1)})
    return out


def published_rows(data: RoundData, occupations: Sequence[str],
                   threshold: int = DEFAULT_THRESHOLD) -> list[dict[str, object]]:
    """The published rows of a round: per organisation x occupation, per organisation (occupation ""),
    per occupation for the region (organisation None) and the region's total."""
    organisations = sorted({r.organisation for r in data.staffing} | {r.organisation for r in data.establishment})
    codes = list(occupations)
    index_o = {name: i for i, name in enumerate(organisations)}
    index_c = {code: j for j, code in enumerate(codes)}
    shape = (len(organisations), len(codes))
    persons, fte = np.zeros(shape), np.zeros(shape)
    for r in data.staffing:
        persons[index_o[r.organisation], index_c[r.occupation]] += r.persons
        fte[index_o[r.organisation], index_c[r.occupation]] += r.fte
    positions, open_fte = np.zeros(shape), np.zeros(shape)
    for r in data.establishment:
        positions[index_o[r.organisation], index_c[r.occupation]] += r.open_positions
        open_fte[index_o[r.organisation], index_c[r.occupation]] += r.open_fte
    return [*_rows(suppress(persons, threshold), fte, organisations, codes, "persons", "fte"),
            *_rows(suppress(positions, threshold), open_fte, organisations, codes, "open_positions", "open_fte")]
