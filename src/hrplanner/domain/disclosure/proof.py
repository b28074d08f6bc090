"""A proof that a publication withstands the interval attack, checked without an optimiser.

The attack (:mod:`.audit`) finds for every hidden figure the smallest and the largest value it can have
given everything published. Whenever it finds a figure wide enough, the whole tables that show it are
*witnesses*: tables of whole, non-negative counts that agree with every shown figure, keep every hidden
figure at least 1 and keep every link (60+ <= 55+ <= persons of a cell). If the true tables and the
witnesses of a hidden figure give it values at least ``threshold`` apart, no attacker can narrow it
below the threshold, whatever method they use: each of those tables is consistent with all they know.

:func:`certified` checks such a proof with plain arithmetic. That is what lets a publication made
once be kept on disk and trusted again later (:func:`hrplanner.domain.disclosure.publication.publish`
with a store): the kept choice of hidden figures is used only when its proof holds for the figures as
they are now.

A witness is stored as the base cells where it differs from the true tables (``{cell: count}``, cells
numbered through every block in order: :func:`cell_offsets`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from .tables import LinkedTables

#: A witness: the base cells (numbered through all blocks) where it differs from the true tables.
Witness = Mapping[int, int]


def cell_offsets(tables: LinkedTables) -> dict[str, int]:
    """The number of the first base cell of each block, when the cells of all blocks are numbered in
    the order of the blocks."""
    offsets: dict[str, int] = {}
    count = 0
    for name, block in tables.blocks.items():
        offsets[name] = count
        count += len(block.values)
    return offsets


def _well_formed(witness: Witness, size: int) -> bool:
    """Whether every cell of the witness is one of the ``size`` base cells and holds a whole count of
    at least 0."""
    return all(type(cell) is int and type(count) is int and 0 <= cell < size and count >= 0
               for cell, count in witness.items())


def _consistent(witness: Witness, truth: list[int], figures_of: list[list[int]], hidden: set[int],
                figure_values: list[int], links_of: list[list[int]],
                links: list[tuple[list[int], int]]) -> dict[int, int] | None:
    """The change of every figure (numbered through all blocks) the witness touches, or None when the
    witness is not a table an attacker could hold to be true (a count not whole or below 0, a shown
    figure changed, a hidden one below 1, a link broken)."""
    if not _well_formed(witness, len(truth)):
        return None
    change: dict[int, int] = {}
    touched_links: set[int] = set()
    for cell, count in witness.items():
        step = count - truth[cell]
        if step:
            for figure in figures_of[cell]:
                change[figure] = change.get(figure, 0) + step
        touched_links.update(links_of[cell])
    for figure, step in change.items():
        if step and (figure not in hidden or figure_values[figure] + step < 1):
            return None
    for i in touched_links:
        smaller, larger = links[i]
        if sum(witness.get(c, truth[c]) for c in smaller) > witness.get(larger, truth[larger]):
            return None
    return change


class _Arrays:
    """:func:`_consistent` with numpy, for a proof of many witness cells (a region of hundreds of
    organisations): the same answers, the figures and links of the cells gathered as arrays."""

    def __init__(self, truth: list[int], figures_of: list[list[int]], hidden: set[int], figure_values: list[int],
                 links_of: list[list[int]], links: list[tuple[list[int], int]]):
        import numpy as np

        self.np = np
        self.truth = np.array(truth, dtype=np.int64)
        self.full = self.truth.copy()  # a witness's table, written over the truth and put back after
        self.figure_ptr, self.figure_idx = self._csr(figures_of)
        self.link_ptr, self.link_idx = self._csr(links_of)
        self.smaller_ptr, self.smaller_idx = self._csr([smaller for smaller, _ in links])
        self.larger = np.array([larger for _, larger in links], dtype=np.int64)
        self.shut = np.zeros(len(figure_values), dtype=bool)
        self.shut[list(hidden)] = True
        self.values = np.array(figure_values, dtype=np.int64)

    def _csr(self, lists: list[list[int]]) -> tuple:
        np = self.np
        ptr = np.zeros(len(lists) + 1, dtype=np.int64)
        ptr[1:] = np.cumsum([len(x) for x in lists])
        idx = np.array([i for x in lists for i in x], dtype=np.int64)
        return ptr, idx

    def _gather(self, ptr, idx, rows):  # noqa: ANN001, ANN202 - the entries of ``rows`` of a CSR, and their counts
        np = self.np
        starts, lengths = ptr[rows], ptr[rows + 1] - ptr[rows]
        total = int(lengths.sum())
        offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(total)
        return idx[offsets], lengths

    def change(self, witness: Witness) -> dict[int, int] | None:
        np = self.np
        if not _well_formed(witness, len(self.truth)):
            return None
        if not witness:
            return {}
        cells = np.fromiter(witness.keys(), dtype=np.int64, count=len(witness))
        counts = np.fromiter(witness.values(), dtype=np.int64, count=len(witness))
        steps = counts - self.truth[cells]
        moved = steps != 0
        figures, lengths = self._gather(self.figure_ptr, self.figure_idx, cells[moved])
        found, where = np.unique(figures, return_inverse=True)
        sums = np.zeros(len(found), dtype=np.int64)
        np.add.at(sums, where, np.repeat(steps[moved], lengths))
        changed, step = found[sums != 0], sums[sums != 0]
        if not self.shut[changed].all() or (self.values[changed] + step < 1).any():
            return None
        touched = np.unique(self._gather(self.link_ptr, self.link_idx, cells)[0])
        if len(touched):
            self.full[cells] = counts
            try:
                smaller, lengths = self._gather(self.smaller_ptr, self.smaller_idx, touched)
                owner = np.repeat(np.arange(len(touched)), lengths)
                totals = np.zeros(len(touched), dtype=np.int64)
                np.add.at(totals, owner, self.full[smaller])
                broken = (totals > self.full[self.larger[touched]]).any()
            finally:
                self.full[cells] = self.truth[cells]
            if broken:
                return None
        return dict(zip(changed.tolist(), step.tolist()))


#: Witness cells from which :func:`certified` checks with numpy (below, plain Python starts faster).
ARRAYS_FROM = 100_000


def certified(tables: LinkedTables, hidden: Mapping[str, set[int]], threshold: int,
              witnesses: Sequence[Witness], proof: Mapping[tuple[str, int], Sequence[int]],
              arrays: bool | None = None) -> bool:
    """Whether ``proof`` (hidden figure (block, index) -> numbers of its ``witnesses``) shows that every
    hidden figure can take values at least ``threshold`` apart in tables consistent with everything
    published (see the module docstring). Every hidden figure must have its proof. ``arrays``: check
    with numpy (None: when the witnesses hold at least :data:`ARRAYS_FROM` cells)."""
    offsets = cell_offsets(tables)
    truth: list[int] = []
    for block in tables.blocks.values():
        truth += block.values
    # every figure of every block numbered in turn, with its value; the figures each base cell is in
    figure_offsets: dict[str, int] = {}
    figure_values: list[int] = []
    figures_of: list[list[int]] = [[] for _ in truth]
    for name, block in tables.blocks.items():
        base, first = offsets[name], len(figure_values)
        figure_offsets[name] = first
        for k, figure in enumerate(block.figures):
            figure_values.append(sum(block.values[b] for b in figure.members))
            for b in figure.members:
                figures_of[base + b].append(first + k)
    links = [([offsets[a] + i for a, i in smaller], offsets[b] + j) for smaller, (b, j) in tables.links]
    links_of: list[list[int]] = [[] for _ in truth]
    for i, (smaller, larger) in enumerate(links):
        for c in (*smaller, larger):
            links_of[c].append(i)
    shut: set[int] = set()
    for name, block in tables.blocks.items():
        for k in hidden.get(name, ()):
            if type(k) is not int or not 0 <= k < len(block.figures):
                return False
            shut.add(figure_offsets[name] + k)
    if arrays is None:
        arrays = sum(len(w) for w in witnesses if isinstance(w, Mapping)) >= ARRAYS_FROM
    if arrays:
        consistent = _Arrays(truth, figures_of, shut, figure_values, links_of, links).change
    else:
        def consistent(witness: Witness) -> dict[int, int] | None:
            return _consistent(witness, truth, figures_of, shut, figure_values, links_of, links)
    changes: dict[int, dict[int, int] | None] = {}
    for name in tables.blocks:
        for k in hidden.get(name, ()):
            figure = figure_offsets[name] + k
            value = figure_values[figure]
            if value < 1:  # zeros are always shown: a hidden figure is known to be at least 1
                return False
            values = [value]
            for w in proof.get((name, k), ()):
                if type(w) is not int or not 0 <= w < len(witnesses):
                    return False
                if w not in changes:
                    changes[w] = consistent(witnesses[w]) if isinstance(witnesses[w], Mapping) else None
                change = changes[w]
                if change is None:
                    return False
                values.append(value + change.get(figure, 0))
            if max(values) - min(values) < threshold:
                return False
    return True
