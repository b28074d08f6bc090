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

A witness is the base cells where it differs from the true tables (``{cell: count}``, cells numbered
through every block in order: :func:`cell_offsets`). Kept on disk, all witnesses of a proof are one
:class:`Packed` list (:func:`pack`): their cells and counts one after the other, as whole numbers of
four bytes, which a region of hundreds of organisations reads in milliseconds.
"""

from __future__ import annotations

import base64
import sys
from array import array
from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, islice
from operator import lt, sub

from .tables import LinkedTables

#: A witness: the base cells (numbered through all blocks) where it differs from the true tables.
Witness = Mapping[int, int]
#: The largest cell number and count a packed witness holds (four-byte signed whole numbers).
_PACKED_MAX = 2**31 - 1


@dataclass(frozen=True)
class Packed:
    """Witnesses one after the other: witness ``w`` is ``cells[starts[w]:starts[w + 1]]`` with its
    ``counts`` (cells in increasing order, each once)."""

    starts: array
    cells: array
    counts: array

    def __len__(self) -> int:
        return len(self.starts) - 1

    def witness(self, w: int) -> dict[int, int] | None:
        """Witness ``w`` (None when its cells are not in increasing order, each once)."""
        start, end = self.starts[w], self.starts[w + 1]
        cells = self.cells[start:end]
        if any(a >= b for a, b in zip(cells, cells[1:])):
            return None
        return dict(zip(cells, self.counts[start:end]))


class Change(Mapping):
    """A witness as the attack hands it out: its cells in increasing order and their counts, as two
    arrays of four-byte whole numbers. The same mapping as a dict, in a tenth of the memory: the
    witnesses of a publication of 300 organisations being made held 120 MB as dicts."""

    __slots__ = ("cells", "counts")

    def __init__(self, cells: array, counts: array):
        self.cells, self.counts = cells, counts

    @classmethod
    def of(cls, changes: Mapping[int, int]) -> "Change | dict[int, int]":
        """``changes`` kept small; as a dict when a cell or count does not fit four bytes (the proof
        then refuses it as it would the dict)."""
        items = sorted(changes.items())
        try:
            return cls(array("i", [cell for cell, _ in items]), array("i", [count for _, count in items]))
        except (OverflowError, TypeError):
            return dict(items)

    def __getitem__(self, cell: int) -> int:
        i = bisect_left(self.cells, cell)
        if i < len(self.cells) and self.cells[i] == cell:
            return self.counts[i]
        raise KeyError(cell)

    def __iter__(self) -> Iterator[int]:
        return iter(self.cells)

    def __len__(self) -> int:
        return len(self.cells)

    def items(self):  # noqa: ANN201 - pairs in increasing order of cell, as sorted(dict.items()) gives them
        return zip(self.cells, self.counts)

    def key(self) -> bytes:
        """The same bytes for the same witness (to keep each once)."""
        return self.cells.tobytes() + b"|" + self.counts.tobytes()


def pack(witnesses: Sequence[Witness]) -> Packed | None:
    """The witnesses packed (None when one is not a mapping of whole numbers that fit four bytes)."""
    starts, cells, counts = array("q", [0]), array("i"), array("i")
    for witness in witnesses:
        if isinstance(witness, Change) and witness.cells.typecode == witness.counts.typecode == "i" \
                and len(witness.cells) == len(witness.counts):
            # its arrays as they are (cells in increasing order): only the bounds to check
            if witness.cells and (witness.cells[0] < 0 or min(witness.counts) < -_PACKED_MAX):
                return None
            cells.extend(witness.cells)
            counts.extend(witness.counts)
            starts.append(len(cells))
            continue
        if not isinstance(witness, Mapping):
            return None
        for cell, count in sorted(witness.items()):
            if type(cell) is not int or type(count) is not int or not (0 <= cell <= _PACKED_MAX) \
                    or not (-_PACKED_MAX <= count <= _PACKED_MAX):
                return None
            cells.append(cell)
            counts.append(count)
        starts.append(len(cells))
    return Packed(starts, cells, counts)


def _encoded(numbers: array) -> str:
    if sys.byteorder == "big":
        numbers = array(numbers.typecode, numbers)
        numbers.byteswap()
    return base64.b64encode(memoryview(numbers)).decode("ascii")  # no copy of the numbers themselves


def _decoded(text: object, typecode: str) -> array | None:
    if not isinstance(text, str):
        return None
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError):
        return None
    numbers = array(typecode)
    if len(raw) % numbers.itemsize:
        return None
    numbers.frombytes(raw)
    if sys.byteorder == "big":
        numbers.byteswap()
    return numbers


def packed_record(packed: Packed) -> dict[str, str]:
    """Packed witnesses as plain JSON values (little-endian bytes in base64)."""
    return {"starts": _encoded(packed.starts), "cells": _encoded(packed.cells), "counts": _encoded(packed.counts)}


def packed_from(record: object) -> Packed | None:
    """The witnesses of :func:`packed_record`, or None when ``record`` is not such a record (starts that
    do not run from 0 up to the number of cells, cells and counts of different lengths)."""
    if not isinstance(record, Mapping):
        return None
    starts, cells, counts = (_decoded(record.get(name), code) for name, code in
                             (("starts", "q"), ("cells", "i"), ("counts", "i")))
    if starts is None or cells is None or counts is None or len(cells) != len(counts) or not starts \
            or starts[0] != 0 or starts[-1] != len(cells) or any(a > b for a, b in zip(starts, starts[1:])):
        return None
    return Packed(starts, cells, counts)


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


def _cells_and_counts(witnesses: Sequence[Witness] | Packed, w: int,
                      size: int) -> tuple[Sequence[int], Sequence[int]] | None:
    """Witness ``w``'s cells (increasing, each once, each one of the ``size`` base cells) and their
    whole counts of at least 0; None when it is not such a witness."""
    if isinstance(witnesses, Packed):
        start, end = witnesses.starts[w], witnesses.starts[w + 1]
        cells, counts = witnesses.cells[start:end], witnesses.counts[start:end]
        if cells and (cells[0] < 0 or cells[-1] >= size or min(counts) < 0
                      or not all(map(lt, cells, islice(cells, 1, None)))):
            return None
        return cells, counts
    witness = witnesses[w]
    if not isinstance(witness, Mapping) or not _well_formed(witness, size):
        return None
    items = sorted(witness.items())
    return [cell for cell, _ in items], [count for _, count in items]


def _consistent(cells: Sequence[int], counts: Sequence[int], truth: list[int], figures_of: list[list[int]],
                shown: list[bool], changed: list[int], figure_values: list[int], links_of: list[list[int]],
                links: list[tuple[list[int], int]]) -> dict[int, int] | None:
    """The change of every figure (numbered through all blocks) a well-formed witness touches, or None
    when the witness is not a table an attacker could hold to be true (a shown figure changed, a hidden
    one below 1, a link broken). ``changed`` is a zero for every figure, used to add up and left zero."""
    for cell, step in zip(cells, map(sub, counts, map(truth.__getitem__, cells))):
        if step:
            for figure in figures_of[cell]:
                changed[figure] += step
    change: dict[int, int] = {}
    for figure in set(chain.from_iterable(map(figures_of.__getitem__, cells))):
        if changed[figure]:
            change[figure], changed[figure] = changed[figure], 0
    for figure, step in change.items():
        if shown[figure] or figure_values[figure] + step < 1:
            return None
    touched_links = set(chain.from_iterable(map(links_of.__getitem__, cells)))
    if touched_links:
        value = dict(zip(cells, counts)).get  # the witness's count of a cell, with the truth's as default
        true = truth.__getitem__
        for i in touched_links:
            smaller, larger = links[i]
            if sum(map(value, smaller, map(true, smaller))) > value(larger, truth[larger]):
                return None
    return change


def _sparse_check(truth: list[int], tables: LinkedTables, shut: list[int], figure_values: list[int],
                  links: list[tuple[list[int], int]], packed: Packed, pairs: list[tuple[int, int]],
                  threshold: int) -> bool | None:
    """:func:`certified` for many witness cells at once (a region of hundreds of organisations): every
    witness's change of every figure and link as one sparse product, whose witness x cell matrix is the
    packed witnesses' own arrays. The same verdict as the plain check, or None when it cannot decide (a
    link the true tables break: the plain check decides)."""
    import numpy as np
    from scipy.sparse import coo_matrix, csc_matrix, csr_matrix

    n, m = len(truth), len(figure_values)
    values = np.array(figure_values, dtype=np.int64)
    true = np.array(truth, dtype=np.int64)
    lengths = np.array([len(x) for x, _ in links], dtype=np.int64)
    smaller = np.fromiter((c for x, _ in links for c in x), dtype=np.int64, count=int(lengths.sum()))
    larger = np.array([b for _, b in links], dtype=np.int64)
    owner = np.repeat(np.arange(len(links)), lengths)
    slack = true[larger] - np.bincount(owner, weights=true[smaller], minlength=len(links)).astype(np.int64)
    if (slack < 0).any():
        return None
    starts = np.frombuffer(packed.starts, dtype=np.int64)
    cells = np.frombuffer(packed.cells, dtype=np.intc)  # views of the packed witnesses: no copies
    counts = np.frombuffer(packed.counts, dtype=np.intc)
    pair_figures = np.array([f for f, _ in pairs], dtype=np.int64)
    pair_witnesses = np.array([w for _, w in pairs], dtype=np.int64)
    used = np.zeros(len(packed), dtype=bool)
    used[pair_witnesses] = True
    if not used.all():  # only the witnesses of the proof count: the others are left out
        keep = np.repeat(used, np.diff(starts))
        cells, counts = cells[keep], counts[keep]
        starts = np.concatenate([[0], np.cumsum(np.where(used, np.diff(starts), 0))])
    # each used witness well formed: its cells among the base cells, in increasing order, counts at least 0
    if len(cells) and (cells.min() < 0 or cells.max() >= n or counts.min() < 0):
        return False
    disordered = np.diff(cells) <= 0
    boundaries = starts[1:-1] - 1  # a witness's first cell may be below the one before's last
    disordered[boundaries[(boundaries >= 0) & (boundaries < len(disordered))]] = False
    if disordered.any():
        return False
    # witness x cell: the witness's change of each cell it names (the packed layout is this matrix's)
    steps = counts - true[cells]
    step = csr_matrix((steps, cells, starts), shape=(len(packed), n))
    # cell x figure: the figures each base cell is counted in (figures numbered through all blocks)
    figures = [figure for block in tables.blocks.values() for figure in block.figures]
    sizes = np.fromiter((len(figure.members) for figure in figures), dtype=np.int64, count=m)
    figure_cells = np.fromiter(chain.from_iterable(figure.members for figure in figures), dtype=np.int64,
                               count=int(sizes.sum()))
    offsets = cell_offsets(tables)
    figure_cells += np.repeat(np.repeat([offsets[name] for name in tables.blocks],
                                        [len(block.figures) for block in tables.blocks.values()]), sizes)
    incidence = csc_matrix((np.ones(len(figure_cells), dtype=np.int64), figure_cells,
                            np.concatenate([[0], np.cumsum(sizes)])), shape=(n, m)).tocsr()
    change = step @ incidence  # witness x figure
    change.eliminate_zeros()
    touched = change.indices
    hidden = np.zeros(m, dtype=bool)
    hidden[shut] = True
    if not hidden[touched].all() or (values[touched] + change.data < 1).any():
        return False  # a shown figure changed, or a hidden one below 1
    link_matrix = coo_matrix((np.concatenate([np.ones(len(smaller), dtype=np.int64),
                                              -np.ones(len(links), dtype=np.int64)]),
                              (np.concatenate([smaller, larger]), np.concatenate([owner, np.arange(len(links))]))),
                             shape=(n, len(links))).tocsr()
    growth = step @ link_matrix  # witness x link
    if (growth.data > slack[growth.indices]).any():
        return False  # a link broken
    moves = np.asarray(change[pair_witnesses, pair_figures]).ravel() if len(pairs) else np.zeros(0, np.int64)
    high, low = np.zeros(m, dtype=np.int64), np.zeros(m, dtype=np.int64)
    np.maximum.at(high, pair_figures, moves)
    np.minimum.at(low, pair_figures, moves)
    return bool((high[shut] - low[shut] >= threshold).all())


#: Witness cells from which :func:`certified` checks with sparse matrices (below, plain Python starts faster).
ARRAYS_FROM = 100_000


def certified(tables: LinkedTables, hidden: Mapping[str, set[int]], threshold: int,
              witnesses: Sequence[Witness] | Packed, proof: Mapping[tuple[str, int], Sequence[int]],
              arrays: bool | None = None) -> bool:
    """Whether ``proof`` (hidden figure (block, index) -> numbers of its ``witnesses``) shows that every
    hidden figure can take values at least ``threshold`` apart in tables consistent with everything
    published (see the module docstring). Every hidden figure must have its proof. ``arrays``: check
    with sparse matrices (None: when the witnesses hold at least :data:`ARRAYS_FROM` cells)."""
    offsets = cell_offsets(tables)
    truth: list[int] = []
    for block in tables.blocks.values():
        truth += block.values
    # every figure of every block numbered in turn, with its value
    figure_offsets: dict[str, int] = {}
    figure_values: list[int] = []
    for name, block in tables.blocks.items():
        figure_offsets[name] = len(figure_values)
        figure_values += [block.value(k) for k in range(len(block.figures))]
    links = [([offsets[a] + i for a, i in smaller], offsets[b] + j) for smaller, (b, j) in tables.links]
    shut: list[int] = []
    pairs: list[tuple[int, int]] = []  # (hidden figure, witness) of the proof
    count = len(witnesses)
    for name, block in tables.blocks.items():
        for k in hidden.get(name, ()):
            if type(k) is not int or not 0 <= k < len(block.figures):
                return False
            figure = figure_offsets[name] + k
            if figure_values[figure] < 1:  # zeros are always shown: a hidden figure is known to be at least 1
                return False
            shut.append(figure)
            for w in proof.get((name, k), ()):
                if type(w) is not int or not 0 <= w < count:
                    return False
                pairs.append((figure, w))
    if arrays is None:
        arrays = len(witnesses.cells) >= ARRAYS_FROM if isinstance(witnesses, Packed) else \
            sum(len(w) for w in witnesses if isinstance(w, Mapping)) >= ARRAYS_FROM
    if arrays:
        if not isinstance(witnesses, Packed):
            witnesses = pack(witnesses)
            if witnesses is None:
                return False
        verdict = _sparse_check(truth, tables, shut, figure_values, links, witnesses, pairs, threshold)
        if verdict is not None:
            return verdict
    members = [[offsets[name] + b for b in figure.members] for name, block in tables.blocks.items()
               for figure in block.figures]
    return _plain_check(truth, members, set(shut), figure_values, links, witnesses, pairs, threshold)


def _plain_check(truth: list[int], members: list[list[int]], shut: set[int], figure_values: list[int],
                 links: list[tuple[list[int], int]], witnesses: Sequence[Witness] | Packed,
                 pairs: list[tuple[int, int]], threshold: int) -> bool:
    """:func:`certified` witness by witness, in plain Python."""
    figures_of: list[list[int]] = [[] for _ in truth]
    for figure, cells in enumerate(members):
        for c in cells:
            figures_of[c].append(figure)
    links_of: list[list[int]] = [[] for _ in truth]
    for i, (smaller, larger) in enumerate(links):
        for c in (*smaller, larger):
            links_of[c].append(i)
    shown = [True] * len(figure_values)
    for figure in shut:
        shown[figure] = False
    changed = [0] * len(figure_values)
    changes: dict[int, dict[int, int] | None] = {}
    low: dict[int, int] = {figure: 0 for figure in shut}
    high = dict(low)
    for figure, w in pairs:
        if w not in changes:
            witness = _cells_and_counts(witnesses, w, len(truth))
            changes[w] = None if witness is None else _consistent(
                *witness, truth, figures_of, shown, changed, figure_values, links_of, links)
        change = changes[w]
        if change is None:
            return False
        move = change.get(figure, 0)
        low[figure], high[figure] = min(low[figure], move), max(high[figure], move)
    return all(high[figure] - low[figure] >= threshold for figure in shut)
