"""Monte Carlo uncertainty of a projection (MODEL.md 4.3, "Uncertainty").

Every uncertain parameter (a :class:`~.params.Triple` with low < high) is drawn independently
from a triangular distribution (low, middle, high) with numpy's ``Generator.triangular``; certain
parameters keep their value. All draws of a chunk go through the engine at once (arrays shaped
(draws, years)), so 1,000 draws take milliseconds. Curve points are drawn independently of each
other; uncertain group shares are renormalised per draw so that they sum to 1.

Results are reproducible for a given seed, and do not depend on ``chunk_size`` (the chunks
consume the generator's stream in the same order as one big draw would).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ._engine import compute, layout_of
from ..rounding import rounded
from .errors import Cancelled
from .params import ProjectionParams

__all__ = ["Percentiles", "simulate", "QUANTILES"]

QUANTILES: tuple[int, ...] = (10, 50, 90)
DEFAULT_CHUNK = 1000  # bounds memory: the engine holds a (chunk, groups, years, years) array

ProgressCallback = Callable[[int, int], "bool | None"]


@dataclass(frozen=True, eq=False)
class Percentiles:
    """10th, 50th and 90th percentiles over the draws.

    Year series have shape (3, Y) (rows p10, p50, p90; columns ``years``); ``advice`` has shape
    (3, E) for the ``equilibrium_years``, taken over the draws in which the year can be reached by
    training (NaN when none can); ``advice_reachable`` is the share of those draws per year.
    """

    occupation: str
    draws: int
    seed: int
    years: np.ndarray
    equilibrium_years: tuple[int, ...]
    supply_persons: np.ndarray
    supply_fte: np.ndarray
    demand_fte: np.ndarray
    gap_fte: np.ndarray
    gap_persons: np.ndarray
    advice: np.ndarray
    advice_reachable: np.ndarray
    quantiles: tuple[int, ...] = QUANTILES

    def get(self, series: str, q: int) -> np.ndarray:
        """One percentile row, e.g. ``get("gap_fte", 90)``."""
        return getattr(self, series)[self.quantiles.index(q)]

    @property
    def p10(self) -> dict[str, np.ndarray]:
        return self._row(0)

    @property
    def p50(self) -> dict[str, np.ndarray]:
        return self._row(1)

    @property
    def p90(self) -> dict[str, np.ndarray]:
        return self._row(2)

    def _row(self, i: int) -> dict[str, np.ndarray]:
        names = ("supply_persons", "supply_fte", "demand_fte", "gap_fte", "gap_persons", "advice")
        return {name: getattr(self, name)[i] for name in names}

    def to_dict(self) -> dict:
        """JSON-ready: ``{series: {"p10": [...], "p50": [...], "p90": [...]}}``."""

        def rows(arr: np.ndarray, digits: int = 2) -> dict[str, list[float | None]]:
            return {
                f"p{q}": [
                    rounded(x, digits) for x in arr[i].tolist()
                ]
                for i, q in enumerate(self.quantiles)
            }

        return {
            "occupation": self.occupation,
            "draws": self.draws,
            "seed": self.seed,
            "years": [int(y) for y in self.years],
            "supply_persons": rows(self.supply_persons),
            "supply_fte": rows(self.supply_fte),
            "demand_fte": rows(self.demand_fte),
            "gap_fte": rows(self.gap_fte),
            "gap_persons": rows(self.gap_persons),
            "advice": {
                "equilibrium_years": list(self.equilibrium_years),
                **rows(self.advice, 1),
                "reachable_share": [rounded(x, 4) for x in self.advice_reachable.tolist()],
            },
        }


def simulate(
    params: ProjectionParams,
    draws: int = 1000,
    seed: int = 0,
    *,
    chunk_size: int | None = None,
    progress: ProgressCallback | None = None,
) -> Percentiles:
    """Draw every uncertain parameter ``draws`` times and summarise the outcomes.

    ``progress(done, total)`` is called after each chunk of ``chunk_size`` draws (default: all
    draws, at most 1,000 at a time); returning ``False`` cancels the run with :class:`Cancelled`
    (any other return value, including ``None``, continues). Meant for a background worker.
    """
    if isinstance(draws, bool) or not isinstance(draws, (int, np.integer)) or draws < 1:
        raise ValueError(f"draws must be a whole number of at least 1, got {draws!r}")
    chunk = DEFAULT_CHUNK if chunk_size is None else int(chunk_size)
    if chunk < 1:
        raise ValueError(f"chunk_size must be at least 1, got {chunk_size!r}")
    layout = layout_of(params)
    rng = np.random.default_rng(seed)
    uncertain = np.flatnonzero(layout.lows < layout.highs)
    lows, mids, highs = layout.lows[uncertain], layout.mids[uncertain], layout.highs[uncertain]
    Y, E = layout.n_years, layout.eq_offsets.size
    series = {name: np.empty((draws, Y)) for name in
              ("supply_persons", "supply_fte", "demand_fte", "gap_fte", "gap_persons")}
    advice = np.empty((draws, E))
    done = 0
    while done < draws:
        k = min(chunk, draws - done)
        v = np.repeat(layout.mids[None, :], k, axis=0)
        if uncertain.size:
            v[:, uncertain] = rng.triangular(lows, mids, highs, size=(k, uncertain.size))
        out = compute(layout, v)
        for name, arr in series.items():
            arr[done : done + k] = getattr(out, name)
        advice[done : done + k] = out.advice
        done += k
        if progress is not None and progress(done, draws) is False:
            raise Cancelled(f"Monte Carlo run cancelled after {done} of {draws} draws")

    q = np.asarray(QUANTILES, dtype=float)
    pct = {name: np.percentile(arr, q, axis=0) for name, arr in series.items()}
    reachable = np.isfinite(advice)
    advice_pct = np.full((len(QUANTILES), E), np.nan)
    for e in range(E):
        if reachable[:, e].any():
            advice_pct[:, e] = np.percentile(advice[reachable[:, e], e], q)
    return Percentiles(
        occupation=params.occupation,
        draws=int(draws),
        seed=seed,
        years=params.years,
        equilibrium_years=params.equilibrium_years,
        advice=advice_pct,
        advice_reachable=reachable.mean(axis=0),
        **pct,
    )
