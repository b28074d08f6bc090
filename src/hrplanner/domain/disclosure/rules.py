"""The disclosure rules of a publication, decided in one place (MODEL.md 5, small numbers).

- ``threshold`` (default 5): a figure built from 1 .. threshold - 1 persons is hidden (primary), and
  no hidden figure may be narrowed by an attacker to an interval narrower than ``threshold``.
- ``min_contributors`` (default 3): a figure about a group of organisations (a regional total per
  occupation, an age band, a municipality) is hidden when fewer organisations contribute to it.
- ``dominance_n`` / ``dominance_percent`` (default 2 and 85): such a group figure is also hidden when
  its largest ``dominance_n`` organisations make up more than ``dominance_percent`` % of it (the
  (n, k) dominance rule of statistical offices).

Every entry path (settings, command-line options, tests) builds a :class:`Rules` through
:meth:`Rules.checked`, which names the field, the value and the rule on error.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from numbers import Integral

DEFAULT_THRESHOLD = 5
DEFAULT_MIN_CONTRIBUTORS = 3
DEFAULT_DOMINANCE_N = 2
DEFAULT_DOMINANCE_PERCENT = 85

class DisclosureError(Exception):
    """A publication would let an attacker narrow a hidden figure below the threshold (or no safe
    choice of hidden figures exists)."""


#: Told how much of making a publication is done (0 to 1); what it raises (a cancellation) stops it.
Progress = Callable[[float], None]


#: The one mark of every hidden figure (as statistical offices print it). It says nothing about why a
#: figure is hidden, so it gives no range away.
MARK = "x"


def _whole(name: str, value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, Integral) or not low <= int(value) <= high:
        raise ValueError(f"{name} = {value!r}: must be a whole number from {low} to {high}")
    return int(value)


@dataclass(frozen=True)
class Rules:
    """How small a figure may be before it is hidden (see the module docstring)."""

    threshold: int = DEFAULT_THRESHOLD
    min_contributors: int = DEFAULT_MIN_CONTRIBUTORS
    dominance_n: int = DEFAULT_DOMINANCE_N
    dominance_percent: int = DEFAULT_DOMINANCE_PERCENT

    @classmethod
    def checked(cls, threshold: object = DEFAULT_THRESHOLD, min_contributors: object = DEFAULT_MIN_CONTRIBUTORS,
                dominance_n: object = DEFAULT_DOMINANCE_N,
                dominance_percent: object = DEFAULT_DOMINANCE_PERCENT) -> Rules:
        """Rules from loosely typed input, or ValueError naming the field, the value and the rule."""
        return cls(_whole("threshold", threshold, 1, 100),
                   _whole("minimum contributors", min_contributors, 1, 20),
                   _whole("dominance organisations", dominance_n, 1, 20),
                   _whole("dominance percentage", dominance_percent, 1, 100))

    def small(self, count: float) -> bool:
        """A count of 1 .. threshold - 1 persons."""
        return 0 < count < self.threshold

    def group_hidden(self, contributions: list[float]) -> bool:
        """Whether a figure about a group of organisations, with these contributions per organisation,
        is hidden by the contributor minimum or the dominance rule (a zero figure never is)."""
        parts = sorted((c for c in contributions if c > 0), reverse=True)
        total = sum(parts)
        if total <= 0:
            return False
        if len(parts) < self.min_contributors:
            return True
        return sum(parts[:self.dominance_n]) * 100 > self.dominance_percent * total

    def describe(self, language: str = "nl") -> str:
        """One plain sentence saying what is hidden and why."""
        t, c, n, k = self.threshold, self.min_contributors, self.dominance_n, self.dominance_percent
        if language == "nl":
            return (f"Een cijfer over minder dan {t} personen is verborgen (x), net als een regionaal cijfer waar "
                    f"minder dan {c} organisaties aan bijdragen of waarvan de grootste {n} samen meer dan {k}% "
                    "leveren, en elk cijfer waaruit een verborgen cijfer terug te rekenen zou zijn.")
        return (f"A figure about fewer than {t} persons is hidden (x), as is a regional figure with fewer than {c} "
                f"contributing organisations or whose largest {n} make up more than {k}%, and every figure "
                "from which a hidden one could be worked out.")
