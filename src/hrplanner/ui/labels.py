"""Names and labels that several pages show, in one place: the translation-argument helper, the
projection variants, scenario names and occupation names in the UI language.

:func:`targs` fills a translated text's ``%1``, ``%2``, ... in one pass, so a value that itself contains
"%2" (a scenario named ``x%2``) shows as typed; chained ``str.replace`` calls would substitute into it.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


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
    """An occupation of a scenario set by its name in ``language`` (domain.reference's one rule)."""
    from hrplanner.domain import reference as ref

    return ref.occupation_name(language, code, scenarios.names.get(code))


# --- register terms ---------------------------------------------------------------------------------
# The register stores a level, a professional register and a training route as fixed English keys
# (domain.reference); the UI shows them in its language.

_LEVELS = {
    "MBO": QT_TRANSLATE_NOOP("RegisterTerms", "MBO"),
    "HBO": QT_TRANSLATE_NOOP("RegisterTerms", "HBO"),
    "WO": QT_TRANSLATE_NOOP("RegisterTerms", "WO"),
    "post-master": QT_TRANSLATE_NOOP("RegisterTerms", "post-master"),
    "medical specialist": QT_TRANSLATE_NOOP("RegisterTerms", "medical specialist"),
    "none": QT_TRANSLATE_NOOP("RegisterTerms", "none"),
}
_REGISTERS = {
    "SKJ": QT_TRANSLATE_NOOP("RegisterTerms", "SKJ"),
    "BIG": QT_TRANSLATE_NOOP("RegisterTerms", "BIG"),
    "none": QT_TRANSLATE_NOOP("RegisterTerms", "none"),
}
#: The training routes of the reference occupations (a route is free text; others show as typed).
_ROUTES = {
    "MBO-4, BOL or BBL": QT_TRANSLATE_NOOP("RegisterTerms", "MBO-4, BOL or BBL"),
    "HBO Social Work, youth profile (240 EC)": QT_TRANSLATE_NOOP("RegisterTerms", "HBO Social Work, youth profile (240 EC)"),
    "HBO Social Work": QT_TRANSLATE_NOOP("RegisterTerms", "HBO Social Work"),
    "Bachelor and master": QT_TRANSLATE_NOOP("RegisterTerms", "Bachelor and master"),
    "Post-master OG (3,600 hours)": QT_TRANSLATE_NOOP("RegisterTerms", "Post-master OG (3,600 hours)"),
    "Post-master GZ, subsidised place": QT_TRANSLATE_NOOP("RegisterTerms", "Post-master GZ, subsidised place"),
    "Post-master K&J": QT_TRANSLATE_NOOP("RegisterTerms", "Post-master K&J"),
    "Specialist training after GZ": QT_TRANSLATE_NOOP("RegisterTerms", "Specialist training after GZ"),
    "Specialist training after medical school": QT_TRANSLATE_NOOP("RegisterTerms", "Specialist training after medical school"),
    "HBO arts or psychomotor therapy": QT_TRANSLATE_NOOP("RegisterTerms", "HBO arts or psychomotor therapy"),
    "None required": QT_TRANSLATE_NOOP("RegisterTerms", "None required"),
}


def _term(table: dict[str, str], key: str) -> str:
    text = table.get(key)
    return QCoreApplication.translate("RegisterTerms", text) if text else key


def level_label(level: str) -> str:
    """An education level ("none" = "geen") in the UI language."""
    return _term(_LEVELS, level)


def register_label(code: str) -> str:
    """A professional register (SKJ, BIG, "none") in the UI language."""
    return _term(_REGISTERS, code)


def route_label(route: str) -> str:
    """A reference training route in the UI language; any other route as typed."""
    return _term(_ROUTES, route)


# --- field names ----------------------------------------------------------------------------------------
# The register's field names (as the services and validation rules name them) in the UI language; the
# audit log and the validation messages use them. The context is the audit model's, where they began.

#: Field names of the figure tables and register items.
FIELDS = {
    "persons": QT_TRANSLATE_NOOP("AuditModel", "persons"),
    "fte": QT_TRANSLATE_NOOP("AuditModel", "fte"),
    "budgeted_fte": QT_TRANSLATE_NOOP("AuditModel", "budgeted fte"),
    "open_positions": QT_TRANSLATE_NOOP("AuditModel", "open vacancies"),
    "open_fte": QT_TRANSLATE_NOOP("AuditModel", "open fte"),
    "open_long": QT_TRANSLATE_NOOP("AuditModel", "vacancies open 3+ months"),
    "in_training": QT_TRANSLATE_NOOP("AuditModel", "in training"),
    "planned_intake": QT_TRANSLATE_NOOP("AuditModel", "planned intake"),
    "places": QT_TRANSLATE_NOOP("AuditModel", "training places"),
    "supervisors": QT_TRANSLATE_NOOP("AuditModel", "supervisors"),
    "percentage": QT_TRANSLATE_NOOP("AuditModel", "sickness absence %"),
    "in": QT_TRANSLATE_NOOP("AuditModel", "joiners"),
    "out": QT_TRANSLATE_NOOP("AuditModel", "leavers"),
    "name": QT_TRANSLATE_NOOP("AuditModel", "name"),
    "kind": QT_TRANSLATE_NOOP("AuditModel", "kind"),
    "municipality": QT_TRANSLATE_NOOP("AuditModel", "municipality"),
    "active": QT_TRANSLATE_NOOP("AuditModel", "active"),
    "name_nl": QT_TRANSLATE_NOOP("AuditModel", "Dutch name"),
    "name_en": QT_TRANSLATE_NOOP("AuditModel", "English name"),
    "level": QT_TRANSLATE_NOOP("AuditModel", "level"),
    "register": QT_TRANSLATE_NOOP("AuditModel", "register"),
    "registration_required": QT_TRANSLATE_NOOP("AuditModel", "registration required"),
    "training_route": QT_TRANSLATE_NOOP("AuditModel", "training route"),
    "training_years": QT_TRANSLATE_NOOP("AuditModel", "training years"),
    "description": QT_TRANSLATE_NOOP("AuditModel", "description"),
}


def field_label(name: str) -> str:
    """A field of the register ("open_long") in the UI language ("vacatures 3+ maanden open")."""
    text = FIELDS.get(name)
    return QCoreApplication.translate("AuditModel", text) if text else name.replace("_", " ")
