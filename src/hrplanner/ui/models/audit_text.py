"""The audit log's entries as a reader reads them, in the UI language.

The services write an entry's key as an address (``De Brugwachter/PM/2025-12-31/<25.women.fte``) and
its values as plain text (``1.5``, ``(no row)``). Here the address becomes "De Brugwachter ·
Pedagogisch medewerker (jeugdzorg) · 31-12-2025 · <25 · vrouwen · fte" (the occupation by its name,
the date and the numbers in the UI's format) and the values "1,5", "(geen rij)". The stored entry
stays as it was; only what is shown changes.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hrplanner.domain import reference as ref
from hrplanner.ui import format as fmt
from hrplanner.ui.labels import FIELDS, field_label, targs

CONTEXT = "AuditModel"
#: The figure tables: their key is organisation/occupation/round/detail.field.
FIGURES = {"staffing", "establishment", "flow", "training", "sickness"}

#: The services' words for a missing value.
MISSING = {
    "(no row)": QT_TRANSLATE_NOOP("AuditModel", "(no row)"),
    "(not given)": QT_TRANSLATE_NOOP("AuditModel", "(not given)"),
    "(empty)": QT_TRANSLATE_NOOP("AuditModel", "(empty)"),
}
#: Texts the services write as a value or a source, with their numbers as %1, %2 ...
PHRASES: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(pattern), text) for pattern, text in (
    (r"demo region, seed (\d+)", QT_TRANSLATE_NOOP("AuditModel", "demo region, seed %1")),
    (r"demo region, seed (\d+), (\d+) organisations, (\d+) rounds",
     QT_TRANSLATE_NOOP("AuditModel", "demo region, seed %1, %2 organisations, %3 rounds")),
    (r"demo generator", QT_TRANSLATE_NOOP("AuditModel", "demo generator")),
    (r"register editor", QT_TRANSLATE_NOOP("AuditModel", "register editor")),
    (r"copy of (.+)", QT_TRANSLATE_NOOP("AuditModel", "copy of %1")),
))
_NUMBER = re.compile(r"-?\d+(\.\d+)?")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _term(token: str, language: str) -> str:
    """A code of the register (sex, flow category, training route, field) in the UI language."""
    if token in FIELDS:
        return field_label(token)
    pair = ref.LABELS.get(token)
    if pair:
        return pair[0] if language == "nl" else pair[1]
    if _ISO_DATE.fullmatch(token):
        return fmt.fmt_date(date.fromisoformat(token))
    return token


def describe_key(entity: str, key: str, names: dict[str, str], language: str) -> str:
    """An entry's address in words: the parts joined by " · ", codes and dates translated."""
    if not key:
        return ""
    if entity in FIGURES:
        parts = key.split("/")
        if len(parts) == 4:
            organisation, occupation, day, field = parts
            words = [organisation, names.get(occupation, occupation), _term(day, language)]
            words += [_term(token, language) for token in field.split(".")]
            return " \u00b7 ".join(w for w in words if w)
    if entity == "occupation":
        code, _, field = key.partition("/")
        return " \u00b7 ".join(w for w in (names.get(code, code), _term(field, language) if field else "") if w)
    if entity == "scenario":
        parts = key.split("/")
        if len(parts) == 3:
            return " \u00b7 ".join((parts[0], names.get(parts[1], parts[1]), parts[2]))
    if entity == "figures" and " | " in key:
        organisation, _, day = key.partition(" | ")
        return f"{organisation} \u00b7 {_term(day, language)}"
    return " \u00b7 ".join(_term(part, language) for part in key.split("/"))


def value_text(text: str) -> str:
    """A stored old or new value as shown: numbers in the UI's format, missing values in words."""
    if text in MISSING:
        return _tr(MISSING[text])
    if _NUMBER.fullmatch(text):
        decimals = len(text.partition(".")[2])
        return fmt.fmt_number(float(text), decimals)
    if _ISO_DATE.fullmatch(text):
        return fmt.fmt_date(date.fromisoformat(text))
    return phrase_text(text)


def phrase_text(text: str) -> str:
    """A value or source the services write in English ("demo generator") in the UI language."""
    for pattern, template in PHRASES:
        match = pattern.fullmatch(text)
        if match:
            return targs(_tr(template), *match.groups())
    return text
