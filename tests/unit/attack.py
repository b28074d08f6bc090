"""An attacker, written for the tests independently of the code that chooses the hidden cells.

The attacker sees published figures only: each is a sum of unknown whole counts of at least 0 with a
value, or hidden (the one mark, so only "at least 1": zeros are always shown). It also knows what any
reader knows about the tables (which cells a total adds up, that 55+ is part of persons, ...). For every
hidden figure it asks SciPy's integer programming (HiGHS) for the smallest and the largest value that
fits everything published. A hidden figure is exposed when the two are less than the threshold apart.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp


class Attack:
    def __init__(self) -> None:
        self.names: dict[Hashable, int] = {}
        self.rows: list[tuple[list[int], list[float], float, float]] = []
        self.hidden: list[tuple[Hashable, list[int]]] = []

    def unknown(self, name: Hashable) -> int:
        return self.names.setdefault(name, len(self.names))

    def published(self, label: Hashable, parts: Sequence[Hashable], value: float | None) -> None:
        """A published figure: the sum of ``parts``; ``value`` None when it shows the mark."""
        index = [self.unknown(p) for p in parts]
        if value is None:
            self.rows.append((index, [1.0] * len(index), 1.0, np.inf))
            self.hidden.append((label, index))
        else:
            self.rows.append((index, [1.0] * len(index), float(value), float(value)))

    def at_most(self, smaller: Sequence[Hashable], larger: Hashable) -> None:
        """Known to every reader: the sum of ``smaller`` is at most ``larger``."""
        index = [self.unknown(p) for p in smaller] + [self.unknown(larger)]
        self.rows.append((index, [1.0] * len(smaller) + [-1.0], -np.inf, 0.0))

    def intervals(self, ceiling: float = 1e6) -> dict[Hashable, tuple[float, float]]:
        """Per hidden figure (smallest, largest). Like a patient attacker, first fill in what is plainly
        known (a shown figure of one unknown; the parts of a shown zero) and split the rest into groups
        of unknowns that share no figure, then solve each hidden figure within its group."""
        n = len(self.names)
        known: dict[int, float] = {}
        for index, coefficients, lo, hi in self.rows:
            if lo == hi and all(c == 1.0 for c in coefficients):
                if lo == 0:
                    known.update((i, 0.0) for i in index)
                elif len(index) == 1:
                    known[index[0]] = lo
        parent = list(range(n))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        for index, _, _, _ in self.rows:
            free = [i for i in index if i not in known]
            for i in free[1:]:
                parent[find(i)] = find(free[0])
        out = {}
        systems: dict[int, tuple] = {}
        for label, index in self.hidden:
            free = [i for i in index if i not in known]
            fixed = sum(known[i] for i in index if i in known)
            if not free:
                out[label] = (fixed, fixed)
                continue
            group = find(free[0])
            if group not in systems:
                members = [i for i in range(n) if i not in known and find(i) == group]
                where = {i: k for k, i in enumerate(members)}
                rows, low, high = [], [], []
                for r_index, coefficients, lo, hi in self.rows:
                    inside = [(where[i], c) for i, c in zip(r_index, coefficients) if i in where]
                    if not inside:
                        continue
                    shift = sum(c * known[i] for i, c in zip(r_index, coefficients) if i in known)
                    row = np.zeros(len(members))
                    for k, c in inside:
                        row[k] += c
                    rows.append(row)
                    low.append(lo - shift)
                    high.append(hi - shift)
                systems[group] = (where, LinearConstraint(np.array(rows), low, high),
                                  Bounds(np.zeros(len(members)), np.full(len(members), ceiling)))
            where, constraint, bounds = systems[group]
            c = np.zeros(len(where))
            for i in free:
                c[where[i]] += 1.0
            ends = []
            for sign in (1.0, -1.0):
                result = milp(sign * c, constraints=constraint, bounds=bounds, integrality=np.ones(len(where)))
                assert result.status == 0, (label, result.message)
                ends.append(sign * result.fun + fixed)
            out[label] = (round(ends[0], 6), round(ends[1], 6))
        return out

    def exposed(self, threshold: int) -> dict[Hashable, tuple[float, float]]:
        return {k: v for k, v in self.intervals().items() if v[1] - v[0] < threshold}
