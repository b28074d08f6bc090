"""Numbers, percentages and dates as the user reads them: through QLocale, in the UI's language.

Every page formats through these helpers, so Dutch users see 1.234,5 and 4,2% everywhere and English
users 1,234.5 and 4.2%. A missing value (None: "no figures", e.g. a ratio over zero) shows as an en
dash, never as 0. The language is switched with :func:`set_language` when the UI language changes.
"""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from hrplanner.domain import rounding

MISSING = "\u2013"  # en dash
ARROW_UP = "\u25b2"
ARROW_DOWN = "\u25bc"
ARROW_FLAT = "="

_LOCALES = {
    "nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
_current = _LOCALES["nl"]


def set_language(language: str) -> None:
    """Format for ``language`` ("nl" or "en") from now on; also QLocale's default for new widgets."""
    global _current
    _current = _LOCALES.get(language, _LOCALES["nl"])
    QLocale.setDefault(_current)


def locale() -> QLocale:
    return _current


def _is_missing(value: float | None) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def round_half_up(value: float, decimals: int = 0) -> float:
    """The domain's one rounding rule (domain.rounding: half up on the decimal value, binary noise
    removed), as a float for QLocale."""
    return float(rounding.round_half_up(value, decimals))


def fmt_number(value: float | None, decimals: int = 0) -> str:
    """1234.5 -> "1.234,5" (nl) / "1,234.5" (en), with thousands separators; halves round up."""
    if _is_missing(value):
        return MISSING
    rounded = round_half_up(value, decimals)
    if rounded == 0:
        rounded = 0.0  # no "-0,0"
    if decimals == 0:
        return _current.toString(int(rounded))
    return _current.toString(rounded, "f", decimals)


def fmt_percent(value: float | None, decimals: int = 1) -> str:
    """A fraction as a percentage: 0.042 -> "4,2%" (nl) / "4.2%" (en)."""
    if _is_missing(value):
        return MISSING
    return fmt_number(value * 100, decimals) + _current.percent()


def fmt_signed(value: float | None, decimals: int = 0) -> str:
    """A change with its sign: "+12", "-3,5"; zero without a sign."""
    if _is_missing(value):
        return MISSING
    text = fmt_number(value, decimals)
    if round_half_up(value, decimals) > 0:
        return "+" + text
    return text


def fmt_points(value: float | None, decimals: int = 1) -> str:
    """A change of a ratio in percentage points: 0.004 -> "+0,4 %-punt" (nl) / "+0.4 pp" (en)."""
    if _is_missing(value):
        return MISSING
    unit = QCoreApplication.translate("format", "pp", "percentage points, abbreviated")
    return f"{fmt_signed(value * 100, decimals)} {unit}"


def arrow(change: float | None, decimals: int = 0) -> str:
    """An arrow for the direction of a change (flat when it rounds to zero or is unknown)."""
    if _is_missing(change) or round_half_up(change, decimals) == 0:
        return ARROW_FLAT
    return ARROW_UP if change > 0 else ARROW_DOWN


def fmt_date(value: date | None) -> str:
    """A reference date in the locale's short form: 31-12-2025 (nl), 31/12/2025 (en)."""
    if value is None:
        return MISSING
    return _current.toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def fmt_date_long(value: date | None) -> str:
    """A reference date written out: 31 december 2025 (nl), 31 December 2025 (en)."""
    if value is None:
        return MISSING
    return _current.toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def parse_number(text: str) -> float | None:
    """Read a number typed in the UI's locale ("1.234,5"); None when it is not a number."""
    number, ok = _current.toDouble(text.strip())
    return number if ok else None
