"""The colours of hrplanner's charts, in one Qt-free place: the app's charts (ui.charts.palette) and
the Excel workbooks (services.export, services.feedback) read them, so supply, demand, gap and every
other series have the same colour on screen and on paper.

The Okabe-Ito palette, distinguishable with the common forms of colour blindness. Use the named
colours for fixed meanings and :func:`series_colour` for a sequence of series.
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

#: Fixed meanings used across pages and workbooks.
CURRENT = BLUE          # the current round / the main series / your own organisation
PREVIOUS = SKY_BLUE     # the previous round / a comparison
AGE_55_PLUS = ORANGE
AGE_60_PLUS = VERMILLION
SUPPLY = BLUISH_GREEN
DEMAND = BLUE
SHORTAGE = VERMILLION
SURPLUS = BLUE          # the gap heatmap: surplus blue, shortage vermillion
GRID = "#d0d4da"
TEXT = "#30343b"

#: Dutch names of the colours, for notes that say which colour means what.
DUTCH_NAMES: dict[str, str] = {
    ORANGE: "oranje", SKY_BLUE: "lichtblauw", BLUISH_GREEN: "groen", YELLOW: "geel", BLUE: "blauw",
    VERMILLION: "rood", REDDISH_PURPLE: "paars", BLACK: "zwart",
}


def series_colour(index: int) -> str:
    """The colour of the index-th series (black last; cycles after eight)."""
    return OKABE_ITO[index % len(OKABE_ITO)]


def hex6(colour: str) -> str:
    """"#0072B2" -> "0072B2", as openpyxl writes colours."""
    return colour.lstrip("#").upper()


def dutch_name(colour: str) -> str:
    return DUTCH_NAMES[colour]
