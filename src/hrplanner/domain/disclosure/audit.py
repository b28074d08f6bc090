"""The interval attack, run on a publication before anything is written (and by the tests).

An attacker knows every published figure (its value, or that it is hidden), that counts are whole
numbers of at least 0, that a hidden figure is at least 1 (zeros are always shown), and the links
between blocks (60+ <= 55+ <= persons of a cell). For each hidden figure the attack finds the
smallest and the largest value it can have under all of that: two integer programs solved with
SciPy's HiGHS (``scipy.optimize.milp``). A hidden figure whose interval is narrower than the threshold
is *exposed*; :func:`check` refuses the publication then.

To stay fast the attack first does what any attacker does by hand: a base cell that is the only part
of a shown figure is known, and one inside a shown zero is 0; the rest falls apart into independent
groups of unknowns (connected through the figures and links), and each hidden figure is attacked
within its own group only. The result is the same as attacking the whole system at once. Every whole
table an optimisation finds is kept for its group: a later hidden figure that one of them already moves
far enough needs no program of its own. Those tables are the *witnesses* of :mod:`.proof`, which the
attack hands out on request so that a publication can be checked again later without an optimiser.

Each optimisation starts from the linear relaxation (kept in HiGHS between objectives). When its answer
is not whole, the integer program is first solved over the fractional cells and their close
neighbours only, the rest kept; then over the cells where the relaxation's answer and the true table
differ, the others kept as they truly are (the true table is a whole one that fits, so there always
is an answer). A whole table found so is the answer when it reaches the relaxation's bound (or, with
a threshold, the value the attack needs). Only otherwise does the integer program run over the whole
group.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np

from .proof import Change, certified, cell_offsets
from .rules import DisclosureError
from .solver import LinearModel
from .tables import Key, LinkedTables

__all__ = ["DisclosureError", "Interval", "attack", "certified", "check", "exposed"]

#: The witnesses the attack hands out: hidden figure (block, index) -> the whole tables (as changes from
#: the true ones, :mod:`.proof`) that show it can take values ``threshold`` apart.
Witnesses = dict[tuple[str, int], list[Mapping[int, int]]]


@dataclass(frozen=True)
class Interval:
    block: str
    key: Key
    value: int
    low: float
    high: float

    @property
    def width(self) -> float:
        return self.high - self.low


class _Union:
    def __init__(self, size: int):
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, items: list[int]) -> None:
        if len(items) > 1:
            root = self.find(items[0])
            for other in items[1:]:
                self.parent[self.find(other)] = root


def attack(tables: LinkedTables, hidden: Mapping[str, set[int]], threshold: int | None = None,
           witnesses: Witnesses | None = None, step: Callable[[int], None] | None = None) -> list[Interval]:
    """The interval of every hidden figure (``hidden``: block -> figure indices) under the attack.

    With a ``threshold`` the attack stops early on a figure once the largest value it can have is
    already ``threshold`` above its true value (a whole table that fits everything published shows it):
    its interval is wide enough, and its smallest value is not looked for (reported as its value); the
    largest reported is then that table's (at least ``threshold`` above). Likewise a smallest value is
    reported as soon as a table is found ``threshold`` below the largest.
    ``witnesses`` (with a threshold): filled with the whole tables that show each figure wide enough.
    ``step(1)``: told as each hidden figure is done."""
    from scipy.optimize import Bounds, LinearConstraint

    from .solver import milp
    from scipy.sparse import coo_matrix

    offsets = cell_offsets(tables)
    values: list[int] = []
    for block in tables.blocks.values():
        values += block.values
    size = len(values)
    ceiling = 10.0 * sum(values) + 1000.0  # keeps every program bounded; reaching it means wide open
    known: dict[int, float] = {}
    # (members, low, high, target) for every figure; target = (block, k) when hidden
    equations: list[tuple[list[int], float, float, tuple[str, int] | None]] = []
    for name, block in tables.blocks.items():
        shut = hidden.get(name, set())
        for k, figure in enumerate(block.figures):
            members = [offsets[name] + b for b in figure.members]
            value = float(block.value(k))
            if k in shut:
                equations.append((members, 1.0, np.inf, (name, k)))
                continue
            equations.append((members, value, value, None))
            if value == 0:
                known.update((b, 0.0) for b in members)
            elif len(members) == 1:
                known[members[0]] = value
    upper = np.full(size, ceiling)
    lower = np.zeros(size)
    links = [([offsets[a] + i for a, i in smaller], offsets[b] + j) for smaller, (b, j) in tables.links]
    for smaller, large in links:  # a known larger side bounds each part of the smaller side
        if large in known:
            for small in smaller:
                upper[small] = min(upper[small], known[large])
                if upper[small] == 0:
                    known[small] = 0.0
    union = _Union(size)
    for members, _, _, _ in equations:
        union.join([b for b in members if b not in known])
    for smaller, large in links:
        union.join([b for b in [*smaller, large] if b not in known])
    out = []
    targets = [(e, union.find(next(b for b in e[0] if b not in known)) if any(b not in known for b in e[0]) else None)
               for e in equations if e[3] is not None]
    groups: dict[int, list[int]] = {}
    for b in range(size):
        if b not in known:
            groups.setdefault(union.find(b), []).append(b)
    systems: dict[int, tuple] = {}
    pools: dict[int, _Pool] = {}  # the whole tables found so far, per group
    truths: dict[int, np.ndarray] = {}  # the true table of each group
    last = {group: i for i, (_, group) in enumerate(targets)}  # a group's program goes after its last figure
    for i, ((members, _, _, (name, k)), group) in enumerate(targets):
        if step is not None:
            step(1)
        if i > 0 and last.get(targets[i - 1][1]) == i - 1:
            for held in (systems, pools, truths):
                held.pop(targets[i - 1][1], None)
        block = tables.blocks[name]
        value = block.value(k)
        fixed_part = sum(known.get(b, 0.0) for b in members)
        if group is None:
            out.append(Interval(name, block.figures[k].key, value, fixed_part, fixed_part))
            continue
        if group not in systems:
            systems[group] = _system(groups[group], equations, links, known, lower, upper,
                                     coo_matrix, LinearConstraint, Bounds)
            truths[group] = np.array([values[b] for b in groups[group]], dtype=float)
            pools[group] = _Pool(groups[group], truths[group])
        position = systems[group][0]
        inside = [position[b] for b in members if b in position]
        if threshold is not None:  # a table found before may already move it far enough
            best = pools[group].largest(inside)
            if best is not None and best[0] + fixed_part - value >= threshold:
                out.append(Interval(name, block.figures[k].key, value, float(value), best[0] + fixed_part))
                if witnesses is not None:
                    witnesses[(name, k)] = [pools[group].change(best[1])]
                continue
        c = np.zeros(len(position))
        for p in inside:
            c[p] += 1.0
        ends, found = [], []
        for sign in (-1.0, 1.0):  # the largest first
            # with a threshold, a whole table that moves the figure that far up (or, once its largest
            # value is known, that far below it) is all the attack needs
            enough = None
            if threshold is not None:
                enough = threshold + value - fixed_part if sign < 0 else threshold - ends[0] + fixed_part
            fun, x = _optimum(sign * c, systems[group], milp, name, block.figures[k].key, enough, truths[group])
            ends.append(sign * fun + fixed_part)
            found.append(pools[group].add(x))
            if threshold is not None and ends[0] - value >= threshold:
                ends.append(float(value))
                found.append(None)
                break
        ends.reverse()
        found.reverse()
        if witnesses is not None and threshold is not None and ends[1] - ends[0] >= threshold:
            witnesses[(name, k)] = [pools[group].change(row) for row in found if row is not None]
        out.append(Interval(name, block.figures[k].key, value, round(ends[0], 6), round(ends[1], 6)))
    return out


#: How many times the cells around the relaxation's fractional ones are widened before the integer
#: program over the whole group decides.
NEIGHBOURHOOD = 3
#: Only figures of at most this many cells widen it (a regional total would free every cell).
NEIGHBOUR_FIGURE = 40


class _Pool:
    """The whole tables of one group found so far (:func:`_optimum` gives only whole ones), as rows of
    four-byte whole numbers in blocks of rows (4, 8, ... up to :data:`POOL_BLOCK`). A group of 300
    organisations has thousands of cells: as rows of floats in one matrix that grew by doubling, the
    pool held 88 MB at the peak of making a publication (the old matrix beside the new one).

    A table is known by its number (the order it was added in). As a witness of the proof it is one
    :class:`.proof.Change` however many figures it shows wide enough (a third of a large region's
    witnesses are tables found for another figure before)."""

    def __init__(self, variables: list[int], truth: np.ndarray):
        """``variables``: the group's cells (in increasing order); ``truth``: their true counts."""
        self.variables, self.truth = np.asarray(variables, dtype=np.int64), truth
        self.blocks: list[np.ndarray] = []
        self._filled = 0  # rows used in the last block
        self._count = 0  # tables added
        self._changes: dict[int, Mapping[int, int]] = {}

    def add(self, x: np.ndarray) -> int:
        """Keep the whole table ``x``; its number."""
        if not self.blocks or self._filled == len(self.blocks[-1]):
            self.blocks.append(np.zeros((min(POOL_BLOCK, 4 << len(self.blocks)), len(self.variables)),
                                        dtype=np.int32))
            self._filled = 0
        self.blocks[-1][self._filled] = np.rint(x)
        self._filled += 1
        self._count += 1
        return self._count - 1

    def row(self, number: int) -> np.ndarray:
        for block in self.blocks:
            if number < len(block):
                return block[number]
            number -= len(block)
        raise IndexError(number)

    def largest(self, inside: list[int]) -> tuple[float, int] | None:
        """The largest sum over the variables ``inside`` among the tables, and the number of that table
        (the first found of those with that sum)."""
        best: tuple[int, int] | None = None
        first = 0  # the number of the block's first row
        for n, block in enumerate(self.blocks):
            rows = block[:self._filled] if n == len(self.blocks) - 1 else block
            sums = rows[:, inside].sum(axis=1, dtype=np.int64)
            top = int(np.argmax(sums))
            if best is None or sums[top] > best[0]:
                best = (int(sums[top]), first + top)
            first += len(block)
        return None if best is None else (float(best[0]), best[1])

    def change(self, number: int) -> Mapping[int, int]:
        """Table ``number`` as the cells where it differs from the true counts (:mod:`.proof`), kept
        small (:class:`.proof.Change`), the same object each time it is asked for."""
        change = self._changes.get(number)
        if change is None:
            row = self.row(number)
            differ = np.flatnonzero(row != self.truth)
            change = self._changes[number] = Change.of(dict(zip(self.variables[differ].tolist(),
                                                                row[differ].tolist())))
        return change


#: The most rows of a block of the pool of whole tables.
POOL_BLOCK = 64


def _optimum(c: np.ndarray, system: tuple, milp, name: str, key: Key,  # noqa: ANN001
             enough: float | None = None, truth: np.ndarray | None = None) -> tuple[float, np.ndarray]:
    """The smallest c @ x over whole x, and that x: the linear relaxation first (fast), whose answer is
    the integer answer when its solution is whole (as it is for tables of totals); else a whole table
    near the relaxation's answer, which is the integer answer when it reaches the relaxation's bound;
    else the integer program over the whole group. ``enough``: a value of -c @ x that is all the
    caller needs to know is reached; a whole table near the relaxation that reaches it is returned
    as it is (then c @ x is not necessarily the smallest). ``truth``: the true table, a whole one that
    fits everything (see below)."""
    _, constraints, bounds, model = system
    relaxed = model.minimise(c)
    if relaxed is None:
        return _whole_optimum(c, constraints, bounds, milp, name, key)
    fun, x = relaxed
    whole = np.abs(x - np.round(x)) <= 1e-7
    if whole.all():
        return fun, np.rint(x)
    # Usually only a few cells of the relaxation's answer are fractional, and the best whole table
    # reaches the relaxation's value (its bound): keep the whole cells and solve for the others. A
    # table found so is the answer when it reaches the bound; else the whole program decides.
    free = ~whole
    a, columns = constraints.A.tocsr(), model.a  # by figure, and the model's own copy by cell

    def good(near: np.ndarray | None) -> bool:
        return near is not None and (c @ near <= fun + 1e-6 or (enough is not None and -(c @ near) >= enough - 1e-6))

    for step in range(NEIGHBOURHOOD):  # the fractional cells, and the cells sharing a figure with them
        near = _near_optimum(c, constraints, bounds, milp, np.rint(x), free, columns)
        if good(near):
            return float(c @ near), near
        if step == 0 and truth is not None:
            # Rounding the relaxation's whole cells may leave no whole table around the fractional
            # ones. The true table is whole and fits: keep its cells where the relaxation agrees with
            # it and free the others (a few hundred of a group of thousands), and the smaller program
            # always has a table and usually reaches the bound.
            near = _near_optimum(c, constraints, bounds, milp, truth, ~whole | (np.rint(x) != truth), columns)
            if good(near):
                return float(c @ near), near
        touched = np.flatnonzero(a[:, free].getnnz(axis=1) & (a.getnnz(axis=1) <= NEIGHBOUR_FIGURE))
        wider = free.copy()
        wider[a[touched].indices] = True
        if wider.sum() == free.sum() or wider.sum() > len(c) // 2:
            break
        free = wider
    return _whole_optimum(c, constraints, bounds, milp, name, key)


def _near_optimum(c: np.ndarray, constraints, bounds, milp, x: np.ndarray,  # noqa: ANN001
                  free: np.ndarray, columns=None) -> np.ndarray | None:  # noqa: ANN001
    """The best whole table that keeps ``x`` outside the ``free`` cells (None when there is none): the
    integer program over the free cells only, the others moved to the right-hand side. ``columns``: the
    constraints' matrix by column, when the caller has it already."""
    from scipy.optimize import Bounds, LinearConstraint

    a = constraints.A.tocsc() if columns is None else columns
    shift = a[:, ~free] @ x[~free]
    inner = a[:, free].tocsr()
    rows = np.flatnonzero(np.diff(inner.indptr))
    outside = np.setdiff1d(np.arange(a.shape[0]), rows)
    fixed_sums = shift[outside]
    if np.any(fixed_sums < constraints.lb[outside] - 1e-7) or np.any(fixed_sums > constraints.ub[outside] + 1e-7):
        return None
    sub = LinearConstraint(inner[rows], constraints.lb[rows] - shift[rows], constraints.ub[rows] - shift[rows])
    result = milp(c[free], constraints=sub, bounds=Bounds(bounds.lb[free], bounds.ub[free]),
                  integrality=np.ones(int(free.sum())))
    if result.status != 0:
        return None
    out = x.copy()
    out[free] = np.rint(result.x)
    return out


def _whole_optimum(c: np.ndarray, constraints, bounds, milp, name: str, key: Key) -> tuple[float, np.ndarray]:  # noqa: ANN001
    """The smallest c @ x over whole x by the integer program over every cell of the group."""
    result = milp(c, constraints=constraints, bounds=bounds, integrality=np.ones(len(c)))
    if result.status != 0:
        raise DisclosureError(f"the attack on {name} {key} failed: {result.message}")
    return float(result.fun), np.rint(result.x)


def _system(variables: list[int], equations: list, links: list[tuple[int, int]], known: dict[int, float],
            lower: np.ndarray, upper: np.ndarray, coo_matrix, LinearConstraint, Bounds) -> tuple:  # noqa: ANN001
    """The constraints of one group of unknowns, with the known cells moved to the right-hand side."""
    position = {b: i for i, b in enumerate(variables)}
    rows, cols, data, low, high = [], [], [], [], []
    r = 0
    for members, lo, hi, _ in equations:
        free = [b for b in members if b in position]
        if not free:
            continue
        shift = sum(known.get(b, 0.0) for b in members if b not in position)
        rows += [r] * len(free)
        cols += [position[b] for b in free]
        data += [1.0] * len(free)
        low.append(lo - shift)
        high.append(hi - shift)
        r += 1
    for smaller, large in links:
        free = [b for b in smaller if b in position]
        if not free:
            continue
        shift = sum(known.get(b, 0.0) for b in smaller if b not in position)
        rows += [r] * len(free)
        cols += [position[b] for b in free]
        data += [1.0] * len(free)
        if large in position:
            rows.append(r)
            cols.append(position[large])
            data.append(-1.0)
            high.append(-shift)
        else:
            high.append(known.get(large, upper[large]) - shift)
        low.append(-np.inf)
        r += 1
    a = coo_matrix((data, (rows, cols)), shape=(r, len(variables))).tocsr()
    bounds = Bounds(np.array([lower[b] for b in variables]), np.array([upper[b] for b in variables]))
    low, high = np.array(low, dtype=float), np.array(high, dtype=float)
    model = LinearModel(a, low, high, bounds.lb, bounds.ub, primal=True)  # many objectives in turn
    return position, LinearConstraint(a, low, high), bounds, model


def exposed(tables: LinkedTables, hidden: Mapping[str, set[int]], threshold: int,
            witnesses: Witnesses | None = None, step: Callable[[int], None] | None = None) -> list[Interval]:
    """The hidden figures an attacker narrows to an interval narrower than ``threshold`` (``witnesses``,
    ``step``: see :func:`attack`)."""
    return [i for i in attack(tables, hidden, threshold, witnesses, step) if i.width < threshold]


def check(tables: LinkedTables, hidden: Mapping[str, set[int]], threshold: int,
          witnesses: Witnesses | None = None) -> None:
    """Raise DisclosureError naming the first exposed figure, if any."""
    found = exposed(tables, hidden, threshold, witnesses)
    if found:
        first = found[0]
        table, row, column = first.key
        where = f"{table} {row or 'total'} x {column or 'total'}"
        raise DisclosureError(
            f"refusing to publish: {len(found)} hidden figure(s) can be worked out to within fewer than "
            f"{threshold} (first: {where}, between {first.low:g} and {first.high:g})")
