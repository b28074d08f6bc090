"""The one rounding rule for every figure the user reads: round half up on the decimal value.

A figure must read the same in the app, on the command line and in the workbook. Python's ``round``
rounds half to even on the binary value (524.25 -> 524.2, 28.35 -> 28.4 or 28.3 depending on how the
float happens to be stored), f-strings do the same, and a sum of fte that should be 524.25 may be
stored as 524.2499999999999. This module removes that binary noise first (the value is taken to 9
significant decimals beyond the shown ones, far below any figure's precision and far above a
double's noise), then rounds half up - away from zero, as people do on paper: 524.25 -> 524.3,
28.35 -> 28.4, -1.25 -> -1.3. Every formatter (ui.format, the command line's tables, the
projection's JSON/CSV, the workbook's stored values) calls :func:`round_half_up`.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

__all__ = ["round_half_up", "rounded", "fixed", "signed", "ADVICE_DIGITS"]

#: Decimals of an intake advice (trainees a year) wherever it is shown: the projection's cards, the
#: scenario comparison, ``project``, the workbook.
ADVICE_DIGITS = 1

#: Decimals kept beyond the shown ones when binary noise is removed.
NOISE_DIGITS = 9


def round_half_up(value: float | int | Decimal, digits: int = 0) -> Decimal:
    """``value`` rounded to ``digits`` decimals, halves away from zero, as an exact Decimal.

    Not-a-number and infinity are refused (callers show a missing value instead). Negative zero
    comes back as 0.
    """
    if isinstance(value, Decimal):
        exact = value
    else:
        number = float(value)
        if not math.isfinite(number):
            raise ValueError(f"cannot round {number!r}")
        exact = Decimal(repr(number))
    step = Decimal(1).scaleb(-digits)
    cleaned = exact.quantize(Decimal(1).scaleb(-(digits + NOISE_DIGITS)), rounding=ROUND_HALF_EVEN)
    out = cleaned.quantize(step, rounding=ROUND_HALF_UP)
    return out if out != 0 else abs(out)  # no "-0.0"


def rounded(value: float | None, digits: int = 0) -> float | None:
    """:func:`round_half_up` as a float for stored or JSON values; None (and NaN, infinity) stay None."""
    if value is None or not math.isfinite(float(value)):
        return None
    out = float(round_half_up(value, digits))
    return 0.0 if out == 0 else out


def fixed(value: float, digits: int = 0, *, thousands: str = "") -> str:
    """Plain text with exactly ``digits`` decimals and a "." decimal point (for the command line and
    CSV); ``thousands=","`` groups thousands: fixed(1234.25, 1, thousands=",") == "1,234.3"."""
    number = round_half_up(value, digits)
    return f"{number:,.{digits}f}" if thousands == "," else f"{number:.{digits}f}"


def signed(value: float, digits: int = 0) -> str:
    """:func:`fixed` with a "+" before a positive value (a difference): "+0.50", "-1.25", "0.00"."""
    number = round_half_up(value, digits)
    return f"{'+' if number > 0 else ''}{number:.{digits}f}"
