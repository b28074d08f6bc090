"""Linked tables of person counts: what a publication is made of, as the optimiser sees it.

A :class:`Block` is one family of counts (persons by organisation x occupation, trainees, ...): its
*base cells* are non-negative whole numbers (one per organisation x occupation, say) and each of its
*figures* is the sum of some base cells (a cell, a row total, a regional total). Figures of one block
share totals, so they are protected and attacked together. :class:`LinkedTables` holds the blocks of a
publication and the *links* an attacker also knows between blocks (persons aged 60+ of a cell are at
most its persons aged 55+, at most its persons), so the audit attacks every block at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # numpy is loaded only where an array is asked for (restoring a kept publication needs none)
    import numpy as np

#: The index of a figure in a block: (table, row, column); ``None`` in row or column is a total.
Key = tuple[str, str | None, str | None]


@dataclass
class Figure:
    key: Key
    #: Indices of the base cells this figure adds up.
    members: tuple[int, ...]
    #: A figure about a group of organisations (the contributor and dominance rules apply).
    group: bool


@dataclass
class Block:
    """One family of counts: base cells (with the organisation each belongs to) and figures over them."""

    name: str
    values: list[int] = field(default_factory=list)
    owners: list[str] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    _base: dict[object, int] = field(default_factory=dict, repr=False)
    _keys: dict[Key, int] = field(default_factory=dict, repr=False)
    #: Every figure's value, worked out once when first asked for (a new cell or figure forgets them).
    _sums: list[int] | None = field(default=None, repr=False)

    def base(self, name: object, value: int, owner: str) -> int:
        """Add a base cell (or return the existing one of that name)."""
        if name in self._base:
            return self._base[name]
        return self.bases([name], [value], [owner])[0]

    def bases(self, names: Sequence[object], values: Sequence[int], owners: Sequence[str]) -> range:
        """Add new base cells (names not yet in the block) at once; their indices. A count must be a whole
        number of at least 0."""
        clean = [value if type(value) is int else int(value) for value in values]
        for name, value, given in zip(names, clean, values):
            if value < 0 or isinstance(given, bool) or value != given:
                raise ValueError(f"{self.name}: count {given!r} of {name!r} must be a whole number of at least 0")
        start = len(self.values)
        added = range(start, start + len(clean))
        new = dict(zip(names, added))
        if len(new) != len(clean) or not self._base.keys().isdisjoint(new):
            raise ValueError(f"{self.name}: a base cell added twice")
        self._base.update(new)
        self._sums = None
        self.values += clean
        self.owners += owners
        return added

    def base_index(self, name: object) -> int | None:
        return self._base.get(name)

    def figure(self, key: Key, members: Sequence[int], group: bool) -> int:
        """Publish the sum of ``members`` under ``key`` (once; the same key again is the same figure)."""
        if key in self._keys:
            return self._keys[key]
        self._keys[key] = len(self.figures)
        self._sums = None
        self.figures.append(Figure(key, tuple(sorted(set(members))), group))
        return self._keys[key]

    def index(self, key: Key) -> int | None:
        return self._keys.get(key)

    def value(self, k: int) -> int:
        if self._sums is None:
            values = self.values
            cell = values.__getitem__
            self._sums = [sum(map(cell, figure.members)) for figure in self.figures]
        return self._sums[k]

    def figure_values(self) -> np.ndarray:
        import numpy as np

        return np.array([self.value(k) for k in range(len(self.figures))], dtype=float)

    def contributions(self, k: int) -> list[float]:
        """The figure's value per contributing organisation (those with more than 0 in it)."""
        owners, values = self.owners, self.values
        parts: dict[str, float] = {}
        get = parts.get
        for b in self.figures[k].members:
            value = values[b]
            if value:  # most cells of a large region are 0 (joiners from abroad, say)
                owner = owners[b]
                parts[owner] = get(owner, 0) + value
        return list(parts.values())

    def matrix(self) -> np.ndarray:
        """figures x base cells, 1 where a base cell is part of a figure."""
        import numpy as np

        out = np.zeros((len(self.figures), len(self.values)))
        for k, figure in enumerate(self.figures):
            out[k, list(figure.members)] = 1.0
        return out


@dataclass
class LinkedTables:
    """The blocks of a publication and what is known between them: each link (smaller, larger) says
    that the sum of the base cells ``smaller`` ((block, base) pairs) is at most the base cell
    ``larger`` (persons aged 55+ of a cell are at most its persons)."""

    blocks: dict[str, Block] = field(default_factory=dict)
    links: list[tuple[list[tuple[str, int]], tuple[str, int]]] = field(default_factory=list)

    def block(self, name: str) -> Block:
        if name not in self.blocks:
            self.blocks[name] = Block(name)
        return self.blocks[name]

    def link(self, smaller: list[tuple[str, int]], larger: tuple[str, int]) -> None:
        self.links.append((list(smaller), larger))
