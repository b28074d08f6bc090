"""Validation messages in the UI language, with numbers in its format.

The domain's rules (domain/validation.py) and the services name a problem in English with the numbers
written into the sentence ("fte per person is 2.50; usually between 0.05 and 1.2 (confirm if
correct)"). :func:`issue_text` shows an :class:`Issue` as the app speaks: the field by its name, the
value and every number of the rule in the UI's number format, the rule in the UI language ("fte = 5:
2,50 fte per persoon; meestal tussen 0,05 en 1,2 (bevestig als het klopt)"). A rule without a
translation here shows as the domain wrote it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hrplanner.domain.validation import Issue
from hrplanner.ui import format as fmt
from hrplanner.ui.labels import FIELDS, field_label, targs

CONTEXT = "Issues"
_N = r"([-+]?[\d,]*\d(?:\.\d+)?)"  # a number as the domain writes it: 2.50, 10,000,000, +0.42

#: (the domain's rule as a pattern, the same rule with %1, %2 ... for its numbers, to translate)
RULES: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(pattern), template) for pattern, template in (
    (r"must be a number", QT_TRANSLATE_NOOP("Issues", "must be a number")),
    (r"must be a finite number", QT_TRANSLATE_NOOP("Issues", "must be a finite number")),
    (r"must not be negative", QT_TRANSLATE_NOOP("Issues", "must not be negative")),
    (r"must be a whole number", QT_TRANSLATE_NOOP("Issues", "must be a whole number")),
    (rf"is implausibly large \(more than {_N}\)", QT_TRANSLATE_NOOP("Issues", "is implausibly large (more than %1)")),
    (r"is required", QT_TRANSLATE_NOOP("Issues", "is required")),
    (r"must be text", QT_TRANSLATE_NOOP("Issues", "must be text")),
    (rf"must be at most {_N} characters", QT_TRANSLATE_NOOP("Issues", "must be at most %1 characters")),
    (r"must not contain control characters", QT_TRANSLATE_NOOP("Issues", "must not contain control characters")),
    (r"must be a percentage between 0 and 100", QT_TRANSLATE_NOOP("Issues", "must be a percentage between 0 and 100")),
    (r"must be a date written as YYYY-MM-DD", QT_TRANSLATE_NOOP("Issues", "must be a date written as YYYY-MM-DD")),
    (r"fte must be 0 when there are no persons", QT_TRANSLATE_NOOP("Issues", "fte must be 0 when there are no persons")),
    (rf"fte per person is {_N}; usually between {_N} and {_N} \(confirm if correct\)",
     QT_TRANSLATE_NOOP("Issues", "%1 fte per person; usually between %2 and %3 (confirm if correct)")),
    (rf"vacancies open 3 months or longer \({_N}\) cannot exceed open vacancies \({_N}\)",
     QT_TRANSLATE_NOOP("Issues", "vacancies open 3 months or longer (%1) cannot exceed open vacancies (%2)")),
    (r"open fte must be 0 when there are no open vacancies",
     QT_TRANSLATE_NOOP("Issues", "open fte must be 0 when there are no open vacancies")),
    (rf"leavers \({_N}\) cannot exceed persons at the start of the period \({_N}\) plus joiners \({_N}\)",
     QT_TRANSLATE_NOOP("Issues", "leavers (%1) cannot exceed persons at the start of the period (%2) plus joiners (%3)")),
    (rf"the age bands add up to {_N} persons, not {_N}",
     QT_TRANSLATE_NOOP("Issues", "the age bands add up to %1 persons, not %2")),
    (rf"the age bands add up to {_N} fte, not {_N}", QT_TRANSLATE_NOOP("Issues", "the age bands add up to %1 fte, not %2")),
    (rf"establishment differs from filled fte \({_N}\) plus vacant fte \({_N}\) by {_N} \(confirm if correct\)",
     QT_TRANSLATE_NOOP("Issues", "establishment differs from filled fte (%1) plus vacant fte (%2) by %3 (confirm if correct)")),
    (r"may contain only letters, digits, - and _", QT_TRANSLATE_NOOP("Issues", "may contain only letters, digits, - and _")),
    (rf"must be at most {_N} years", QT_TRANSLATE_NOOP("Issues", "must be at most %1 years")),
    (r"an organisation with this name already exists",
     QT_TRANSLATE_NOOP("Issues", "an organisation with this name already exists")),
    (r"an occupation with this code already exists", QT_TRANSLATE_NOOP("Issues", "an occupation with this code already exists")),
    (r"a round with this reference date exists", QT_TRANSLATE_NOOP("Issues", "a round with this reference date exists")),
    (r"must be one of: (.*)", QT_TRANSLATE_NOOP("Issues", "must be one of: %1")),
))


def number(text: str) -> str:
    """A number as the domain wrote it ("2.50", "10,000,000", "+0.42") in the UI's format, with as
    many decimals and its sign."""
    plain = text.replace(",", "")
    try:
        value = float(plain)
    except ValueError:
        return text
    decimals = len(plain.partition(".")[2])
    return fmt.fmt_signed(value, decimals) if plain.startswith("+") else fmt.fmt_number(value, decimals)


def rule_text(rule: str) -> str:
    """A rule in the UI language, its numbers in the UI's format (as written when unknown)."""
    for pattern, template in RULES:
        match = pattern.fullmatch(rule)
        if match:
            values = [number(g) if re.fullmatch(_N, g) else g for g in match.groups()]
            return targs(QCoreApplication.translate(CONTEXT, template), *values)
    return rule


def value_text(value: object) -> str:
    if value is None or value == "":
        return QCoreApplication.translate(CONTEXT, "(empty)")
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        decimals = 0 if float(value).is_integer() else min(len(repr(float(value)).partition(".")[2]), 4)
        return fmt.fmt_number(float(value), decimals)
    return repr(value) if isinstance(value, str) else str(value)  # quoted, as typed


def issue_text(issue: Issue) -> str:
    """An issue in one line: "where: field = value: rule", in the UI language."""
    where = f"{issue.location}: " if issue.location else ""
    name = field_label(issue.field) if issue.field in FIELDS else issue.field
    return f"{where}{name} = {value_text(issue.value)}: {rule_text(issue.rule)}"
