"""Names and labels that several pages show, in one place: the translation-argument helper, the
projection variants, scenario names and occupation names in the UI language.

:func:`targs` fills a translated text's ``%1``, ``%2``, ... in one pass, so a value that itself contains
"%2" (a scenario named ``x%2``) shows as typed; chained ``str.replace`` calls would substitute into it.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QCoreApplication


VARIANT_NAMES = ("low", "middle", "high")
#: The scenario derived from the register (services.projection.BASIS; not imported here, so this
#: module stays light enough for the start-up path).
BASIS = "basis"

_ARGUMENT = re.compile(r"%(\d)")


def targs(text: str, *values: object) -> str:
    """``text`` with ``%1``.. ``%9`` replaced by ``values`` (as ``str``), each exactly once and all at once;
    a placeholder without a value stays as it is."""

    def value(match: re.Match) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if 1 <= number <= len(values) else match.group(0)

    return _ARGUMENT.sub(value, text)


def rich(text: object) -> str:
    """User text (a name, a description, an error) made safe for a rich-text label."""
    return escape(str(text), quote=False)


def variant_label(name: str) -> str:
    """A projection variant ("low", "middle", "high") in the UI language."""
    return {"low": QCoreApplication.translate("ProjectionPage", "low"),
            "middle": QCoreApplication.translate("ProjectionPage", "middle"),
            "high": QCoreApplication.translate("ProjectionPage", "high")}[name]


def fill_variant_combo(combo) -> None:  # noqa: ANN001 - a QComboBox
    """(Re)fill a low/middle/high combo with translated labels, keeping its choice, without signals."""
    combo.blockSignals(True)
    current = combo.currentData() or "middle"
    combo.clear()
    for name in VARIANT_NAMES:
        combo.addItem(variant_label(name), name)
    combo.setCurrentIndex(VARIANT_NAMES.index(current))
    combo.blockSignals(False)


def scenario_label(name: str) -> str:
    """A scenario's name as shown: the basis by its translated description, any other as typed."""
    if name == BASIS:
        return QCoreApplication.translate("ProjectionPage", "basis (from the register)")
    return name


def occupation_name(scenarios, code: str, language: str) -> str:  # noqa: ANN001 - a ScenarioSet
    """An occupation's name in ``language`` (its Dutch name when it has no English one)."""
    pair = scenarios.names.get(code)
    if not pair:
        return scenarios.params[code].occupation
    return pair[0] if language == "nl" else (pair[1] or pair[0])
