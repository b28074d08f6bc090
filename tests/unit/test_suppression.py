"""Small-number suppression: no shown cell under the threshold, and no hidden cell that can be worked
out from the shown cells and the totals (checked by actually trying to recompute it)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hrplanner.domain import suppression as sp


def hidden_cells(table: sp.SuppressedTable) -> set[tuple[int, int]]:
    return {(int(i), int(j)) for i, j in zip(*np.nonzero(table.mask))}


def test_primary_and_secondary_in_a_small_table():
    # row 0 holds 3 persons in one cell (primary). Its row total 13 would give it away
    # (13 - 10), so the smallest other non-zero cell of the row, 10, is hidden too; then column 0
    # (3 + 12 = 15) needs 12 hidden and column 1 (10 + 20 = 30) needs 20 hidden.
    table = sp.suppress([[3, 10], [12, 20]])
    assert table.reason(0, 0) == sp.PRIMARY
    assert {table.reason(0, 1), table.reason(1, 0), table.reason(1, 1)} == {sp.SECONDARY}
    # totals are shown: 13, 32 and 15, 30, 45 are all at least 5
    assert table.row_total_hidden.tolist() == [False, False]
    assert table.column_total_hidden.tolist() == [False, False]
    assert not table.grand_total_hidden
    assert table.shown(0, 2) == 13.0 and table.shown(2, 2) == 45.0
    assert table.shown(0, 0) is None


def test_zeros_are_shown_and_never_picked_to_protect():
    # 2 in (0, 1) is primary; row 0 = 0 + 2 + 9 = 11: the zero cannot protect it, so 9 is hidden;
    # column 1 = 2 + 7 = 9: 7 hidden; column 2 = 9 + 8 = 17: 8 hidden. Row 1 then has two hidden.
    table = sp.suppress([[0, 2, 9], [6, 7, 8]])
    assert hidden_cells(table) == {(0, 1), (0, 2), (1, 1), (1, 2)}
    assert table.reason(0, 1) == sp.PRIMARY
    assert table.reason(0, 0) == sp.SHOWN and table.shown(0, 0) == 0.0
    assert table.reason(1, 0) == sp.SHOWN
    assert sp.recoverable(table) == []


def test_small_totals_are_hidden_and_protected_too():
    # row 0 and column 0 add up to 2: primary totals, with the cell. Shown as they are, the column
    # totals row (2, 9 | 11) would give 2 away (11 - 9). Two ways out: hide the grand total 11 (11
    # persons), or hide 9 three times (its cell, its row total, its column total: 27 persons). The
    # optimiser hides the fewest persons: the grand total. Then nothing bounds the 2 from above.
    table = sp.suppress([[2, 0], [0, 9]])
    assert table.reason(0, 0) == sp.PRIMARY
    assert table.reason(0, 2) == sp.PRIMARY and table.reason(2, 0) == sp.PRIMARY
    assert table.reason(2, 2) == sp.SECONDARY
    assert table.hidden_count() == 4
    assert sp.recoverable(table) == []


def test_nothing_hidden_when_every_cell_is_large_enough():
    table = sp.suppress([[5, 6], [7, 80]])
    assert table.hidden_count() == 0
    assert table.text(0, 0, "5") == "5"


def test_marks():
    """One mark for every hidden element, whatever the reason, so it gives no range away."""
    table = sp.suppress([[3, 10], [12, 20]])
    assert table.text(0, 0, "3") == "x"
    assert table.text(0, 1, "10") == "x" == sp.SECONDARY_MARK
    assert sp.primary_mark(10) == "x"
    assert table.text(0, 2, "13") == "13"


def test_threshold_is_a_setting():
    assert sp.suppress([[7, 20], [30, 40]], threshold=5).hidden_count() == 0
    assert sp.suppress([[7, 20], [30, 40]], threshold=8).reason(0, 0) == sp.PRIMARY
    assert sp.suppress([[1, 20], [30, 40]], threshold=1).hidden_count() == 0


@pytest.mark.parametrize("bad", [0, -1, 2.5, "5", True, None])
def test_bad_threshold_names_value_and_rule(bad):
    with pytest.raises(ValueError, match="suppression threshold .* must be a whole number of at least 1"):
        sp.suppress([[1]], threshold=bad)


def test_bad_tables():
    with pytest.raises(ValueError, match="rows and columns"):
        sp.suppress([1, 2, 3])
    with pytest.raises(ValueError, match="at least 0"):
        sp.suppress([[1, -2]])


def test_ratios_hide_below_the_threshold_of_persons():
    assert sp.ratio_hidden(4, 5)
    assert not sp.ratio_hidden(5, 5)
    assert not sp.ratio_hidden(0, 5)  # a ratio about nobody is None anyway
    assert not sp.ratio_hidden(None, 5)


def test_empty_tables():
    assert sp.suppress(np.zeros((0, 3))).hidden_count() == 0
    assert sp.suppress(np.zeros((2, 2))).hidden_count() == 0


# --- the attack: try to recompute every hidden element from one line -----------------------------------


def try_to_recover(table: sp.SuppressedTable) -> dict[tuple[int, int], float]:
    """Every hidden element of the extended table that one row or column gives away, with the value
    worked out: a hidden cell as line total - the line's shown cells, a hidden total as the sum of
    its line's cells. Repeats with what it recovered until nothing new comes out."""
    full = table.extended()
    rows, columns = full.shape
    known = {(i, j): full[i, j] for i in range(rows) for j in range(columns) if table.extended_mask[i, j] == 0}
    recovered: dict[tuple[int, int], float] = {}
    lines = [[(i, j) for j in range(columns)] for i in range(rows)] + \
            [[(i, j) for i in range(rows)] for j in range(columns)]
    progress = True
    while progress:
        progress = False
        for line in lines:
            unknown = [p for p in line if p not in known]
            if len(unknown) != 1:
                continue
            (target,) = unknown
            total, cells = line[-1], line[:-1]
            if target == total:
                value = sum(known[p] for p in cells)
            else:
                value = known[total] - sum(known[p] for p in cells if p != target)
            assert value == pytest.approx(full[target])  # the attack really works when it applies
            known[target] = value
            recovered[target] = value
            progress = True
    return recovered


def test_the_attack_recovers_a_cell_protected_by_primary_suppression_alone():
    # the check itself must be able to fail: with only the primary cell hidden, its row gives it away
    table = sp.suppress([[3, 10], [12, 20]])
    reasons = np.full(table.reasons.shape, sp.SHOWN, dtype=object)
    reasons[0, 0] = sp.PRIMARY
    naive = sp.SuppressedTable(table.cells, table.row_totals, table.column_totals, table.grand_total,
                               reasons, 5)
    assert try_to_recover(naive) == {(0, 0): 3.0}
    assert sp.recoverable(naive) == [(0, 0)]


tables = st.integers(1, 6).flatmap(
    lambda rows: st.integers(1, 6).flatmap(
        lambda columns: st.lists(
            st.lists(st.one_of(st.integers(0, 6), st.integers(0, 60)), min_size=columns, max_size=columns),
            min_size=rows, max_size=rows)))


@settings(max_examples=400, deadline=None)
@given(cells=tables, threshold=st.integers(2, 8))
def test_property_no_small_cell_shown_and_none_recoverable(cells, threshold):
    table = sp.suppress(cells, threshold)
    full = table.extended()
    mask = table.extended_mask
    # no shown element (cell or total) from 1 .. threshold - 1 persons
    shown = full[~mask]
    assert not ((shown > 0) & (shown < threshold)).any()
    # every small element is hidden as primary, every primary element is small
    small = (full > 0) & (full < threshold)
    assert ((table.reasons == sp.PRIMARY) == small).all()
    # secondary suppression never hides a zero
    assert (full[table.reasons == sp.SECONDARY] > 0).all()
    # and nothing hidden can be worked out from the shown cells and totals
    assert try_to_recover(table) == {}
    assert sp.recoverable(table) == []
