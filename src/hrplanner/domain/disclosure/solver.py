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
