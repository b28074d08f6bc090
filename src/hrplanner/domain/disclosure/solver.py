"""SciPy's HiGHS solvers (``milp``, ``linprog``) as the disclosure layer calls them.

HiGHS 1.12 prints a debugging line ("HighsMipSolverData::transformNewIntegerFeasibleSolution ...")
straight to the process's standard output on some integer programs, bypassing Python and its display
option. A command's output must hold only what the command prints (one mark, no noise), so every
solve runs with file descriptor 1 pointed at the null device, and C's buffers are flushed before it
is given back.
"""

from __future__ import annotations

import ctypes
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
#: HiGHS's ``simplex_strategy`` for the primal simplex (kSimplexStrategyPrimal).
PRIMAL_SIMPLEX = 4


def _flush_c() -> None:
    try:
        ctypes.CDLL(None).fflush(None)
    except (OSError, AttributeError, TypeError):  # pragma: no cover - no C library handle (Windows)
        pass


@contextmanager
def quiet() -> Iterator[None]:
    """Standard output at the descriptor level goes nowhere while inside."""
    with _lock:
        try:
            sys.stdout.flush()
        except (AttributeError, ValueError, OSError):
            pass
        try:
            saved = os.dup(1)
        except OSError:  # no standard output at all
            yield
            return
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, 1)
            yield
        finally:
            _flush_c()
            os.dup2(saved, 1)
            os.close(saved)
            os.close(null)


def milp(*args, **kwargs):  # noqa: ANN002, ANN003, ANN201 - scipy.optimize.milp's own signature
    from scipy.optimize import milp as scipy_milp

    with quiet():
        return scipy_milp(*args, **kwargs)


def linprog(*args, **kwargs):  # noqa: ANN002, ANN003, ANN201 - scipy.optimize.linprog's own signature
    from scipy.optimize import linprog as scipy_linprog

    with quiet():
        return scipy_linprog(*args, **kwargs)


class LinearModel:
    """One linear program kept in HiGHS between solves, so that many objectives over the same
    constraints (the attack: the smallest and the largest value of every hidden figure) start from the
    previous solution instead of from scratch. It is SciPy's own HiGHS (``scipy.optimize._highspy``);
    where that is not available, each solve goes through ``linprog`` instead (the same answers).

    ``primal``: solve with the primal simplex. When only the objective changes between solves (the
    attack), the previous basis stays feasible and the primal simplex goes on from it, where HiGHS's
    default, the dual simplex, starts over from an infeasible one: at 300 organisations the attack's
    programs take a fifth of the time. When only the bounds change (the optimiser's checks), the dual
    simplex is the one that goes on from the previous basis: keep the default there."""

    def __init__(self, a, low, high, lower, upper, *, primal: bool = False):  # noqa: ANN001 - sparse matrix and arrays
        import numpy as np

        self.a, self.low, self.high = a.tocsc(), np.asarray(low, float), np.asarray(high, float)
        self.lower, self.upper = np.asarray(lower, float), np.asarray(upper, float)
        self._highs = None
        try:
            from scipy.optimize._highspy import _core
        except ImportError:  # pragma: no cover - a SciPy without its HiGHS module
            return
        lp = _core.HighsLp()
        lp.num_col_ = self.a.shape[1]
        lp.num_row_ = self.a.shape[0]
        lp.col_cost_ = np.zeros(self.a.shape[1])
        lp.col_lower_ = self.lower
        lp.col_upper_ = np.where(np.isfinite(self.upper), self.upper, _core.kHighsInf)
        lp.row_lower_ = np.where(np.isfinite(self.low), self.low, -_core.kHighsInf)
        lp.row_upper_ = np.where(np.isfinite(self.high), self.high, _core.kHighsInf)
        lp.a_matrix_.format_ = _core.MatrixFormat.kColwise
        lp.a_matrix_.start_ = self.a.indptr
        lp.a_matrix_.index_ = self.a.indices
        lp.a_matrix_.value_ = self.a.data
        highs = _core._Highs()
        highs.setOptionValue("output_flag", False)
        if primal:
            highs.setOptionValue("simplex_strategy", PRIMAL_SIMPLEX)
        if highs.passModel(lp) == _core.HighsStatus.kOk:
            self._highs, self._core = highs, _core

    def minimise(self, c):  # noqa: ANN001, ANN201 - array -> (value, solution) or None when not optimal
        import numpy as np

        if self._highs is None:
            from scipy.optimize import linprog as scipy_linprog

            equal = self.low == self.high
            from scipy.sparse import vstack

            ub = ~equal & np.isfinite(self.high)
            lb = ~equal & np.isfinite(self.low)
            a = self.a.tocsr()
            a_ub = vstack([a[ub], -a[lb]])
            b_ub = np.concatenate([self.high[ub], -self.low[lb]])
            with quiet():
                result = scipy_linprog(c, A_ub=a_ub if a_ub.shape[0] else None, b_ub=b_ub if a_ub.shape[0] else None,
                                       A_eq=a[equal] if equal.any() else None, b_eq=self.low[equal] if equal.any() else None,
                                       bounds=np.column_stack([self.lower, self.upper]), method="highs")
            return (float(result.fun), result.x) if result.status == 0 else None
        n = len(c)
        with quiet():
            self._highs.changeColsCost(n, np.arange(n, dtype=np.int32), np.asarray(c, dtype=float))
            self._highs.run()
        if self._highs.getModelStatus() != self._core.HighsModelStatus.kOptimal:
            return None
        solution = np.array(self._highs.getSolution().col_value)
        return float(self._highs.getInfo().objective_function_value), solution

    def set_row_bounds(self, low, high) -> None:  # noqa: ANN001 - arrays
        """New row bounds (only the rows that change are passed on)."""
        import numpy as np

        low, high = np.asarray(low, float), np.asarray(high, float)
        if self._highs is not None:
            inf = self._core.kHighsInf
            for i in np.flatnonzero((low != self.low) | (high != self.high)):
                self._highs.changeRowBounds(int(i), float(low[i]) if np.isfinite(low[i]) else -inf,
                                            float(high[i]) if np.isfinite(high[i]) else inf)
        self.low, self.high = low, high
