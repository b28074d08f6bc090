"""Chart colours of the app: the shared palette of :mod:`hrplanner.colours` (the Excel workbooks use
the same one), so the same series has the same colour on every page and on paper."""

from __future__ import annotations

from hrplanner.colours import (  # noqa: F401 - re-exported for the chart modules
    AGE_55_PLUS,
    AGE_60_PLUS,
    BLACK,
    BLUE,
    BLUISH_GREEN,
    CURRENT,
    DEMAND,
    GRID,
    OKABE_ITO,
    ORANGE,
    PREVIOUS,
    REDDISH_PURPLE,
    SHORTAGE,
    SKY_BLUE,
    SUPPLY,
    SURPLUS,
    TEXT,
    VERMILLION,
    YELLOW,
    series_colour,
)
