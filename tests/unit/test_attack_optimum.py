"""The attack's optimiser (domain.disclosure.audit._optimum) against SciPy's integer program solved from
scratch: on random systems shaped like a publication's (shown figures fix the sum of their cells,
hidden ones only say it is at least 1), the value it returns is the integer optimum, its table is
whole and fits every figure, and with ``enough`` it may stop at any whole table that reaches it."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_matrix

from hrplanner.domain.disclosure import audit
from hrplanner.domain.disclosure.solver import LinearModel
from hrplanner.domain.disclosure.solver import milp as quiet_milp

CEILING = 60.0


def system_of(rows: list[list[int]], low: list[float], high: list[float], size: int) -> tuple:
    data, r, c = [], [], []
    for i, members in enumerate(rows):
        for j in members:
            r.append(i)
            c.append(j)
            data.append(1.0)
    a = csr_matrix((data, (r, c)), shape=(len(rows), size))
    bounds = Bounds(np.zeros(size), np.full(size, CEILING))
    low_, high_ = np.array(low, float), np.array(high, float)
    return None, LinearConstraint(a, low_, high_), bounds, LinearModel(a, low_, high_, bounds.lb, bounds.ub)


def fits(system: tuple, x: np.ndarray) -> bool:
    _, constraints, bounds, _ = system
    sums = constraints.A @ x
    return bool(np.all(np.abs(x - np.round(x)) < 1e-9) and np.all(x >= bounds.lb) and np.all(x <= bounds.ub)
                and np.all(sums >= constraints.lb - 1e-9) and np.all(sums <= constraints.ub + 1e-9))


def true_optimum(system: tuple, c: np.ndarray) -> float:
    _, constraints, bounds, _ = system
    result = milp(c, constraints=constraints, bounds=bounds, integrality=np.ones(len(c)))
    assert result.status == 0
    return float(result.fun)


@st.composite
def systems(draw):  # noqa: ANN001, ANN201
    size = draw(st.integers(3, 16))
    truth = draw(st.lists(st.integers(0, 9), min_size=size, max_size=size))
    rows, low, high = [], [], []
    for _ in range(draw(st.integers(2, 2 * size))):  # few cells a figure: the cycles of linked tables
        members = sorted(draw(st.sets(st.integers(0, size - 1), min_size=1, max_size=3)))
        total = sum(truth[j] for j in members)
        rows.append(members)
        if total >= 1 and draw(st.booleans()):  # a hidden figure: at least 1
            low.append(1.0)
            high.append(np.inf)
        else:  # a shown figure: its sum
            low.append(float(total))
            high.append(float(total))
    inside = sorted(draw(st.sets(st.integers(0, size - 1), min_size=1, max_size=size)))
    sign = draw(st.sampled_from([-1.0, 1.0]))
    c = np.zeros(size)
    c[inside] = sign
    return system_of(rows, low, high, size), c, np.array(truth, float)


@settings(max_examples=300, deadline=None)
@given(systems())
def test_the_optimum_is_the_integer_programs(drawn):  # noqa: ANN001
    system, c, truth = drawn
    assert fits(system, truth)  # the true table is one the attacker must consider
    fun, x = audit._optimum(c, system, quiet_milp, "persons", ("persons", None, None))
    assert fits(system, x)
    assert abs(fun - c @ x) < 1e-9
    assert abs(fun - true_optimum(system, c)) < 1e-6


class Halfway:
    """A relaxation answering with an optimal point that is not whole: halfway between the simplex's
    answer and a whole optimum (both optimal, so the point is too). HiGHS gives such answers on the
    linked tables of a large region; on small systems it rarely does, so the tests make them."""

    def __init__(self, model: LinearModel, whole: np.ndarray):
        self.model, self.whole = model, whole
        self.a = model.a  # the constraints by column, as the model keeps them

    def minimise(self, c):  # noqa: ANN001, ANN201
        fun, x = self.model.minimise(c)
        return fun, (x + self.whole) / 2


@settings(max_examples=300, deadline=None)
@given(systems(), st.booleans())
def test_a_fractional_relaxation_is_finished_near_its_answer(drawn, with_truth):  # noqa: ANN001
    """Around the rounded relaxation, or (given the true table) around the cells where the two differ."""
    system, c, truth = drawn
    position, constraints, bounds, model = system
    best = milp(c, constraints=constraints, bounds=bounds, integrality=np.ones(len(c)))
    relaxed, _ = model.minimise(c)
    other = np.rint(best.x)
    if abs(best.fun - relaxed) > 1e-9:  # the relaxation's bound is not reached: no whole optimum to mix
        other = np.rint(model.minimise(c)[1])
    fun, x = audit._optimum(c, (position, constraints, bounds, Halfway(model, other)), quiet_milp,
                            "persons", ("persons", None, None), truth=truth if with_truth else None)
    assert fits(system, x)
    assert abs(fun - best.fun) < 1e-6


def test_the_cells_outside_the_free_ones_are_kept():
    # a + b = 3 and b + c = 4: with c kept at 2, b must be 2 and a 1
    system = system_of([[0, 1], [1, 2]], [3.0, 4.0], [3.0, 4.0], 3)
    _, constraints, bounds, _ = system
    x = audit._near_optimum(np.array([-1.0, 0, 0]), constraints, bounds, quiet_milp, np.array([0.0, 0.0, 2.0]),
                            np.array([True, True, False]))
    assert x.tolist() == [1.0, 2.0, 2.0]
    # with c kept at 5, b would be -1: no whole table
    assert audit._near_optimum(np.array([-1.0, 0, 0]), constraints, bounds, quiet_milp, np.array([0.0, 0.0, 5.0]),
                               np.array([True, True, False])) is None


@settings(max_examples=200, deadline=None)
@given(systems(), st.integers(1, 12))
def test_with_enough_a_table_reaching_it_or_the_optimum(drawn, step):  # noqa: ANN001
    system, c, truth = drawn
    enough = float(-(c @ truth) + step)  # the figure moved ``step`` beyond its true sum
    fun, x = audit._optimum(c, system, quiet_milp, "persons", ("persons", None, None), enough)
    assert fits(system, x)
    assert abs(fun - c @ x) < 1e-9
    best = true_optimum(system, c)
    assert abs(fun - best) < 1e-6 or (-fun >= enough - 1e-6 and fun >= best - 1e-6)


def test_a_relaxation_beyond_every_whole_table_falls_back_to_the_integer_program():
    # three cells, any two of which hold at most 1: the relaxation puts 1/2 in each (sum 3/2); a
    # whole table holds at most 1 in all three together
    system = system_of([[0, 1], [1, 2], [0, 2]], [-np.inf] * 3, [1.0] * 3, 3)
    c = -np.ones(3)
    relaxed = system[3].minimise(c)
    assert abs(relaxed[0] - -1.5) < 1e-9
    fun, x = audit._optimum(c, system, quiet_milp, "persons", ("persons", None, None))
    assert fun == -1.0 and fits(system, x) and x.sum() == 1


@settings(max_examples=200, deadline=None)
@given(systems(), st.lists(st.integers(0, 15), min_size=1, max_size=6), st.lists(st.booleans(), min_size=6,
                                                                                    max_size=6))
def test_the_primal_simplex_finds_the_optimum_of_every_objective_in_turn(drawn, cells, signs):  # noqa: ANN001
    """The attack's model (the primal simplex, going on from the previous objective's basis) gives
    the optimal value of each objective in turn, as a fresh program (the dual simplex, from scratch)
    does."""
    system, _, _ = drawn
    _, constraints, bounds, model = system
    primal = LinearModel(model.a, model.low, model.high, model.lower, model.upper, primal=True)
    a = constraints.A.toarray()
    for cell, up in zip(cells, signs):
        c = np.zeros(a.shape[1])
        c[cell % a.shape[1]] = -1.0 if up else 1.0
        fresh = LinearModel(model.a, model.low, model.high, model.lower, model.upper).minimise(c)
        assert fresh is not None  # the true table fits, and every cell is bounded
        fun, x = primal.minimise(c)
        assert abs(fun - fresh[0]) < 1e-6
        assert np.all(a @ x >= constraints.lb - 1e-6) and np.all(a @ x <= constraints.ub + 1e-6)
        assert np.all(x >= bounds.lb - 1e-9) and np.all(x <= bounds.ub + 1e-9)


@given(st.integers(1, 12), st.lists(st.lists(st.integers(0, 50), min_size=12, max_size=12), max_size=150),
       st.lists(st.integers(0, 11), max_size=6, unique=True), st.lists(st.integers(0, 50), min_size=12, max_size=12))
def test_the_pool_of_whole_tables_finds_what_one_matrix_would(width, rows, inside, truth):
    """The attack's pool keeps its tables in blocks of whole numbers: the largest sum over some cells,
    and the first table that has it, are those of all the tables in one matrix (numpy's argmax). A
    table is known by the order it came in, and as a witness it is the cells where it differs from the
    truth, one object however often it is asked for."""
    from hrplanner.domain.disclosure.audit import _Pool

    rows = [row[:width] for row in rows]
    inside = [i for i in inside if i < width]
    variables = [3 * i + 1 for i in range(width)]  # the group's cells, numbered through all blocks
    truth = np.array(truth[:width], dtype=float)
    pool = _Pool(variables, truth)
    assert [pool.add(np.array(row, dtype=float)) for row in rows] == list(range(len(rows)))
    found = pool.largest(inside)
    if not rows:
        assert found is None
        return
    matrix = np.array(rows, dtype=float)
    sums = matrix[:, inside].sum(axis=1)
    first = int(np.argmax(sums))
    assert found[0] == sums[first] and found[1] == first and list(pool.row(found[1])) == rows[first]
    for number, row in enumerate(rows):
        differs = {variables[i]: count for i, count in enumerate(row) if count != truth[i]}
        assert dict(pool.change(number)) == differs and pool.change(number) is pool.change(number)
