"""Secondary suppression: which further figures to hide so that no hidden figure can be narrowed.

For one block (:mod:`.tables`) the choice is a mixed-integer program solved with SciPy's HiGHS
(``scipy.optimize.milp``), the classical model of Fischetti and Salazar: a binary per figure (hidden or
shown) and, for every figure that must be protected and each direction, a *deviation* of the base cells
that keeps every shown figure unchanged, keeps every count at least 0 and every hidden figure at least
1, and moves the protected figure up by ``up`` (down by ``down``, when asked). If such a deviation exists,
an attacker cannot tell the true table from the moved one, so the protected figure's interval is at
least ``down + up`` wide. The objective is the fewest persons hidden (each hidden figure weighs its count,
plus one so that among equal choices fewer figures are hidden).

:func:`protect` runs the choice and then the attack of :mod:`.audit` over every block together (which
also knows the links between blocks); a figure the attack still narrows gets a larger protection and
the choice runs again. The result is returned only when the attack finds nothing.

In a region of many organisations (:data:`MANY_ORGANISATIONS`) one program per figure would take
minutes; there a figure first tries the figures next to it, one at a time, with linear programs
(:func:`choose`). Whatever is chosen, the attack decides.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from .audit import Witnesses, exposed
from .primary import primary
from .rules import DisclosureError, Progress, Rules
from .tables import Block, LinkedTables

#: Links as the choice sees them: (smaller cells, larger cell of the same block or None, slack).
Room = "list[tuple[list[int], int | None, float]] | tuple[()]"

#: Rounds of choose-then-attack before giving up (each round widens what is still exposed).
MAX_ROUNDS = 6
#: Seconds HiGHS may spend on one choice; its best solution so far is then used (the audit still runs).
TIME_LIMIT = 4.0
#: Stop when the choice is proven within this fraction of the fewest persons hidden.
MIP_GAP = 0.05
#: Protected figures x base cells up to which one program protects all figures at once.
JOINT_SIZE = 1500


def levels(value: int, threshold: int, extra: int = 0) -> tuple[int, int]:
    """(down, up): how far a hidden figure must be movable each way so that its interval is at least
    ``threshold`` wide. Only upwards: a hidden figure is known to be at least 1, and its parts may be
    hidden ones of 1 each, so a move down cannot always exist; a move up by the threshold always can
    (hide enough) and gives the width on its own."""
    return 0, threshold + extra


def choose(block: Block, fixed: set[int], protect: dict[int, tuple[int, int]], threshold: int,
           room: Room = (), known: set[int] = frozenset(), step: Callable[[int], None] | None = None) -> set[int]:
    """The figures of ``block`` to hide: all of ``fixed`` and the cheapest further ones that give every
    figure of ``protect`` (index -> (down, up)) its protection. ``room``: the links (smaller cells,
    larger cell or None, slack): the smaller cells together may grow by at most the slack plus what
    the larger cell grows (None: a cell of another block, taken as fixed).

    One program for all protected figures together when it is small; for a large block (many
    protected figures times many cells) one program per protected figure that the figures hidden so
    far do not yet protect, largest first, each choosing the fewest further persons to hide (what is
    already hidden costs nothing). Both give every protected figure its protection. ``known``: figures
    the attacker knows from elsewhere, which are never chosen.

    In a block of at least :data:`MANY_ORGANISATIONS` organisations, before its program, a figure not
    yet protected first tries the figures next to it (:class:`_Neighbours`: the other figures of its
    row, and the totals it is part of), smallest first, one at a time: the first whose hiding protects
    it is hidden (checked as above). With that many organisations, that is what the program itself
    chooses for nearly every figure (the move runs through figures of other organisations hidden
    already, which cost nothing): at 300 organisations the same number of persons hidden in every
    block, found with a few linear programs instead of one integer program over the whole block (a
    quarter of a second each). In a smaller region the program is quick, and it may find two small
    figures that together cost fewer persons than the one figure next to it, so it decides there.

    ``step(n)``: told each time ``n`` more of the protected figures have been dealt with."""
    n = len(block.values)
    if len(protect) * n <= JOINT_SIZE:
        chosen = _choose(block, fixed, protect, threshold, room, known=known)
        if step is not None:
            step(len(protect))
        return chosen
    hidden = set(fixed)
    check = _Check(block, room)
    neighbours = _Neighbours(block) if len(set(block.owners)) >= MANY_ORGANISATIONS else None
    for p in sorted(protect, key=lambda k: -block.value(k)):
        if step is not None:
            step(1)
        up = protect[p][1]
        if check.protected(hidden, p, up):
            continue
        single = _single_hide(hidden, p, up, check, neighbours.of(p), known) if neighbours else None
        if single is not None:
            hidden = hidden | {single}
        else:
            hidden = _choose(block, hidden, {p: protect[p]}, threshold, room, free_cost=hidden, known=known)
    return hidden


#: Figures next to it that a figure tries, one at a time, before its program (:func:`choose`).
SINGLE_TRIES = 8
#: Organisations from which a block's figures first try a figure next to them (:func:`choose`).
MANY_ORGANISATIONS = 100


class _Neighbours:
    """The figures next to a figure of a block, the candidates of :func:`_single_hide`: the other
    figures of its row (its organisation's, or the region's) and the figures it is part of (its
    totals), each with a count above 0, smallest first."""

    def __init__(self, block: Block):
        self.block = block
        self.rows: dict[str | None, list[int]] = {}
        self.containing: dict[int, set[int]] = {}
        for k, figure in enumerate(block.figures):
            self.rows.setdefault(figure.key[1], []).append(k)
            for b in figure.members:
                self.containing.setdefault(b, set()).add(k)

    def of(self, p: int) -> list[int]:
        block = self.block
        members = block.figures[p].members
        totals = set.intersection(*(self.containing[b] for b in members)) if members else set()
        near = (totals | set(self.rows[block.figures[p].key[1]])) - {p}
        return sorted((k for k in near if block.value(k) > 0), key=lambda k: (block.value(k), k))


def _single_hide(hidden: set[int], p: int, up: int, check: _Check, candidates: list[int],
                 known: set[int]) -> int | None:
    """The first figure of ``candidates`` (at most :data:`SINGLE_TRIES` tried) whose hiding beside
    ``hidden`` protects ``p`` by ``up``; None when none of them does."""
    tried = 0
    for k in candidates:
        if k in hidden or k in known:
            continue
        if check.protected(hidden | {k}, p, up):
            return k
        tried += 1
        if tried == SINGLE_TRIES:
            break
    return None


def _frozen(block: Block) -> set[int]:
    """Base cells inside a figure of 0: they cannot move (counts are at least 0), so they are left out."""
    out: set[int] = set()
    for k, figure in enumerate(block.figures):
        if block.value(k) == 0:
            out.update(figure.members)
    return out


class _Check:
    """Whether a figure can move up by its protection while every shown figure stays as it is and every
    hidden one stays at least 1: the deviation of :func:`_choose` with the hidden figures fixed, as one
    linear program kept between checks (only the bounds of the figures change).

    A deviation found for one figure fits every larger set of hidden figures as well (hiding a figure
    only lets it move), and it often moves other hidden figures too. So the furthest each figure has
    been moved by a deviation found so far is kept (:attr:`moved`), and a figure moved at least as far
    as its protection needs no program. The hidden sets of a check's calls must therefore only grow, as
    they do within :func:`choose`."""

    def __init__(self, block: Block, room: Room):
        from scipy.sparse import coo_matrix

        from .solver import LinearModel

        frozen = _frozen(block)
        free = [b for b in range(len(block.values)) if b not in frozen]
        position = {b: i for i, b in enumerate(free)}
        values = np.array([block.values[b] for b in free], dtype=float)
        self.rows: list[int] = []  # the figure of each row
        rows, cols, data = [], [], []
        for k, figure in enumerate(block.figures):
            members = [position[b] for b in figure.members if b in position]
            if members:
                rows += [len(self.rows)] * len(members)
                cols += members
                data += [1.0] * len(members)
                self.rows.append(k)
        figures = len(self.rows)
        slack = []
        for cells, larger, room_slack in room:
            inside = [position[b] for b in cells if b in position]
            if inside:
                r = figures + len(slack)
                rows += [r] * len(inside)
                cols += inside
                data += [1.0] * len(inside)
                if larger is not None and larger in position:
                    rows.append(r)
                    cols.append(position[larger])
                    data.append(-1.0)
                slack.append(room_slack)
        self.values = np.array([block.value(k) for k in self.rows], dtype=float)
        a = coo_matrix((data, (rows, cols)), shape=(figures + len(slack), len(free)))
        self.row_of = {k: r for r, k in enumerate(self.rows)}
        self.by_figure = a.tocsr()[:figures]
        #: The furthest up each figure's row has been moved by a deviation found so far.
        self.moved = np.zeros(figures)
        low = np.concatenate([np.zeros(figures), np.full(len(slack), -np.inf)])
        high = np.concatenate([np.zeros(figures), np.array(slack, dtype=float)])
        self.model = LinearModel(a, low, high, -values, np.full(len(free), np.inf))
        self.n = len(free)

    def protected(self, hidden: set[int], p: int, up: int) -> bool:
        row = self.row_of.get(p)
        if row is not None and self.moved[row] >= up - 1e-9:
            return True
        low, high = self.model.low.copy(), self.model.high.copy()
        for r, k in enumerate(self.rows):
            if k == p:
                low[r] = high[r] = float(up)
            elif k in hidden:
                low[r], high[r] = -(self.values[r] - 1.0), np.inf
            else:
                low[r] = high[r] = 0.0
        self.model.set_row_bounds(low, high)
        found = self.model.minimise(np.zeros(self.n))
        if found is None:
            return False
        np.maximum(self.moved, self.by_figure @ found[1], out=self.moved)
        return True


def _choose(block: Block, fixed: set[int], protect: dict[int, tuple[int, int]], threshold: int,
            room: Room = (), free_cost: set[int] = frozenset(), known: set[int] = frozenset()) -> set[int]:
    """The program of :func:`choose` for the figures of ``protect`` together; hiding a figure of
    ``free_cost`` costs nothing."""
    from scipy.optimize import Bounds, LinearConstraint

    from .solver import milp
    from scipy.sparse import coo_matrix

    figure_values = block.figure_values()
    m = len(block.figures)
    if not protect:
        return set(fixed)
    frozen = _frozen(block)
    free = [b for b in range(len(block.values)) if b not in frozen]
    position = {b: i for i, b in enumerate(free)}
    values = np.array([block.values[b] for b in free], dtype=float)
    n = len(free)
    members_of = [[position[b] for b in f.members if b in position] for f in block.figures]
    live = [k for k in range(m) if figure_values[k] > 0]
    copies = [(p, -down) for p, (down, _) in protect.items() if down > 0] + \
             [(p, up) for p, (_, up) in protect.items()]
    reach = float(max(up for _, up in protect.values())) * 2
    # variables: s_0 .. s_{m-1}, then the deviation of copy j: y_{j,0} .. y_{j,n-1}
    size = m + len(copies) * n
    rows, cols, data, lower, upper = [], [], [], [], []
    r = 0
    for j, (p, target) in enumerate(copies):
        base = m + j * n
        for k in live:
            members = members_of[k]
            if k == p:
                rows += [r] * len(members)
                cols += [base + b for b in members]
                data += [1.0] * len(members)
                lower.append(float(target))
                upper.append(float(target))
                r += 1
                continue
            # shown: no change; hidden: at most `reach` up, and stays at least 1
            rows += [r] * len(members) + [r]
            cols += [base + b for b in members] + [k]
            data += [1.0] * len(members) + [-reach]
            lower.append(-np.inf)
            upper.append(0.0)
            r += 1
            rows += [r] * len(members) + [r]
            cols += [base + b for b in members] + [k]
            data += [1.0] * len(members) + [figure_values[k] - 1.0]
            lower.append(0.0)
            upper.append(np.inf)
            r += 1
        for cells, larger, slack in room:
            inside = [position[b] for b in cells if b in position]
            if inside:
                rows += [r] * len(inside)
                cols += [base + b for b in inside]
                data += [1.0] * len(inside)
                if larger is not None and larger in position:
                    rows.append(r)
                    cols.append(base + position[larger])
                    data.append(-1.0)
                lower.append(-np.inf)
                upper.append(float(slack))
                r += 1
    a = coo_matrix((data, (rows, cols)), shape=(r, size)).tocsr()
    low = np.concatenate([np.zeros(m), np.tile(-values, len(copies))])
    high = np.concatenate([np.ones(m), np.full(len(copies) * n, reach)])
    for k in fixed | set(protect):
        low[k] = 1.0
    zero = figure_values == 0
    high[:m][zero] = 0.0
    for k in known:
        high[k] = 0.0
    integrality = np.concatenate([np.ones(m), np.zeros(len(copies) * n)])
    weights = figure_values + 1.0
    weights[list(free_cost)] = 0.0
    cost = np.concatenate([weights, np.zeros(len(copies) * n)])
    result = milp(cost, constraints=LinearConstraint(a, lower, upper), bounds=Bounds(low, high),
                  integrality=integrality, options={"time_limit": TIME_LIMIT, "mip_rel_gap": MIP_GAP})
    if result.x is None:
        raise DisclosureError(f"{block.name}: no safe choice of hidden figures found ({result.message})")
    return {k for k in range(m) if result.x[k] > 0.5}


class _Done:
    """The progress of :func:`protect`: the first choice is the first half of the work, its attack
    the second (they take about as long). A further round, when the attack finds something, is not
    foreseen: its steps report the fraction reached so far again (so what the report raises still
    stops the work)."""

    def __init__(self, report: Progress | None, figures: int):
        self.report, self.figures, self.done, self.half = report, max(1, figures), 0, 0.0
        self.reached, self.first_round = 0.0, True

    def step(self, n: int) -> None:
        if self.first_round:
            self.done += n
            self.reached = self.half + 0.5 * min(1.0, self.done / self.figures)
        if self.report is not None:
            self.report(self.reached)

    def attack(self, figures: int) -> None:
        """The attack on ``figures`` hidden figures begins."""
        if self.first_round:
            self.half, self.done, self.figures = 0.5, 0, max(1, figures)

    def next_round(self) -> None:
        self.first_round = False


def protect(tables: LinkedTables, rules: Rules, known: dict[str, set[int]] | None = None,
            witnesses: Witnesses | None = None, progress: Progress | None = None) -> dict[str, set[int]]:
    """Hidden figures per block: primary suppression, then the optimiser's secondary choice, verified
    by the attack (see the module docstring). ``known``: per block, figures an attacker knows from
    another publication (they stay shown; DisclosureError if the rules would hide one). ``witnesses``:
    filled with the proof (:mod:`.proof`) that the returned choice withstands the attack.
    ``progress``: see :func:`hrplanner.domain.disclosure.publication.publish`. Raises
    DisclosureError when no safe choice is found."""
    threshold = rules.threshold
    known = known or {}
    fixed = {name: primary(block, rules) for name, block in tables.blocks.items()}
    for name, figures in known.items():
        if fixed[name] & figures:
            raise DisclosureError(f"{name}: a figure shown elsewhere would be hidden here")
    wanted: dict[str, dict[int, tuple[int, int]]] = {
        name: {k: levels(block.value(k), threshold) for k in fixed[name]} for name, block in tables.blocks.items()}
    hidden = {name: set(fixed[name]) for name in tables.blocks}
    room: dict[str, list] = {name: [] for name in tables.blocks}
    for smaller, (large_block, large) in tables.links:
        names = {name for name, _ in smaller}
        if len(names) == 1:
            name = names.pop()
            slack = tables.blocks[large_block].values[large] - sum(tables.blocks[n].values[b] for n, b in smaller)
            room[name].append(([b for _, b in smaller], large if large_block == name else None, float(slack)))
    done = _Done(progress, sum(map(len, wanted.values())))
    step = done.step if progress is not None else None
    for _ in range(MAX_ROUNDS):
        for name, block in tables.blocks.items():
            hidden[name] = choose(block, hidden[name], wanted[name], threshold, room[name], known.get(name, set()),
                                  step=step)
        proof: Witnesses = {}
        done.attack(sum(map(len, hidden.values())))
        found = exposed(tables, hidden, threshold, proof, step=step)
        done.next_round()
        if not found:
            if witnesses is not None:
                witnesses.update(proof)
            return hidden
        for interval in found:
            block = tables.blocks[interval.block]
            k = block.index(interval.key)
            down, up = wanted[interval.block].get(k, levels(interval.value, threshold))
            wanted[interval.block][k] = (down, up + threshold)
            for name in tables.blocks:  # protect every hidden figure from now on, not only the primaries
                for h in hidden[name]:
                    wanted[name].setdefault(h, levels(tables.blocks[name].value(h), threshold))
    raise DisclosureError("no safe choice of hidden figures found: the attack still narrows "
                          f"{len(found)} hidden figure(s)")
