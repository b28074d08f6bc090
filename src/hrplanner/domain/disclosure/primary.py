"""Primary suppression: the figures the rules themselves hide (MODEL.md 5), without an optimiser."""

from __future__ import annotations

from .rules import Rules
from .tables import Block


def primary(block: Block, rules: Rules) -> set[int]:
    """Figures hidden by the rules themselves: 1 .. threshold - 1 persons, or (for figures about a
    group of organisations) too few contributors or dominated by the largest few."""
    out = set()
    for k, figure in enumerate(block.figures):
        value = block.value(k)
        if rules.small(value) or (figure.group and rules.group_hidden(block.contributions(k))):
            out.add(k)
    return out
