"""Chart colours: the Okabe-Ito palette, distinguishable with the common forms of colour blindness.

Use the named colours for fixed meanings (the same series has the same colour on every page) and
:func:`series_colour` for a sequence of series.
"""

from __future__ import annotations

#: Okabe & Ito (2008), "Color Universal Design", in their order.
OKABE_ITO: tuple[str, ...] = (
    "#E69F00",  # orange
    "#56B4E9",  # sky blue
    "#009E73",  # bluish green
    "#F0E442",  # yellow
    "#0072B2",  # blue
    "#D55E00",  # vermillion
    "#CC79A7",  # reddish purple
    "#000000",  # black
)

ORANGE, SKY_BLUE, BLUISH_GREEN, YELLOW, BLUE, VERMILLION, REDDISH_PURPLE, BLACK = OKABE_ITO

#: Fixed meanings used across pages.
CURRENT = BLUE          # the current round / the main series
PREVIOUS = SKY_BLUE     # the previous round / a comparison
AGE_55_PLUS = ORANGE
AGE_60_PLUS = VERMILLION
SUPPLY = BLUISH_GREEN
DEMAND = BLUE
SHORTAGE = VERMILLION
GRID = "#d0d4da"
TEXT = "#30343b"


def series_colour(index: int) -> str:
    """The colour of the index-th series (black last; cycles after eight)."""
    return OKABE_ITO[index % len(OKABE_ITO)]
