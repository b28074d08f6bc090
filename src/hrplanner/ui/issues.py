"""Validation messages in the UI language, with numbers in its format.

The domain's rules (domain/validation.py) and the services name a problem in English with the numbers
written into the sentence ("fte per person is 2.50; usually between 0.05 and 1.2 (confirm if
correct)"). :func:`issue_text` shows an :class:`Issue` as the app speaks: the field by its name, the
value and every number of the rule in the UI's number format, the rule in the UI language ("fte = 5:
2,50 fte per persoon; meestal tussen 0,05 en 1,2 (bevestig als het klopt)"). A rule without a
translation here shows as the domain wrote it.

Scenario parameters are refused the same way: the projection's ``ParameterError`` becomes an Issue
(``ParameterError.issue``, code ``parameter.<kind>``) whose field is a parameter key; it shows by the
key's name in words and its value as the parameter table shows it (years without a thousands separator).
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
    # the projection's parameter rules (domain/projection/params.py)
    (r"must be 0 or more", QT_TRANSLATE_NOOP("Issues", "must be 0 or more")),
    (rf"must be between {_N} and {_N}", QT_TRANSLATE_NOOP("Issues", "must be between %1 and %2")),
    (rf"must be between {_N} and {_N} \(fte per person\)",
     QT_TRANSLATE_NOOP("Issues", "must be between %1 and %2 (fte per person)")),
    (rf"must be between {_N} and {_N} years", QT_TRANSLATE_NOOP("Issues", "must be between %1 and %2 years")),
    (rf"must be between {_N} and {_N} \(base year \+ horizon\)",
     QT_TRANSLATE_NOOP("Issues", "must be between %1 and %2 (base year + horizon)")),
    (rf"must be {_N} \(the base year\) or later", QT_TRANSLATE_NOOP("Issues", "must be %1 (the base year) or later")),
    (r"must be a single whole number \(low = middle = high\)",
     QT_TRANSLATE_NOOP("Issues", "must be a single whole number (low = middle = high)")),
    (r"is not a parameter of this projection", QT_TRANSLATE_NOOP("Issues", "is not a parameter of this projection")),
    (r"is not a valid value \(.*\)", QT_TRANSLATE_NOOP("Issues", "is not a valid low, middle and high value")),
    (r"must be true or false", QT_TRANSLATE_NOOP("Issues", "must be true or false")),
    (r"must be 0 \(false\) or 1 \(true\)", QT_TRANSLATE_NOOP("Issues", "must be 0 (no) or 1 (yes)")),
    (r"is required \(at least one year = number\)",
     QT_TRANSLATE_NOOP("Issues", "is required (at least one year with a value)")),
    (r"is required \(at least one group\)", QT_TRANSLATE_NOOP("Issues", "is required (at least one group)")),
    (r"needs at least one year", QT_TRANSLATE_NOOP("Issues", "needs at least one year")),
    (r"year must be after 0 \(the value at year 0 is 0 by definition\)",
     QT_TRANSLATE_NOOP("Issues", "the year must be after 0 (at year 0 the value is 0)")),
    (rf"year must be {_N} or later", QT_TRANSLATE_NOOP("Issues", "the year must be %1 or later")),
    (rf"year must be at most {_N}", QT_TRANSLATE_NOOP("Issues", "the year must be at most %1")),
    (r"must be a non-empty name without dots", QT_TRANSLATE_NOOP("Issues", "must be a name without dots")),
    (r"must be unique", QT_TRANSLATE_NOOP("Issues", "must be unique")),
    (r"must sum to 1 over the groups", QT_TRANSLATE_NOOP("Issues", "must add up to 1 over the groups")),
))

#: The code prefix of an issue made from a projection ``ParameterError``.
PARAMETER = "parameter."


def number(text: str) -> str:
    """A number as the domain wrote it ("2.50", "10,000,000", "+0.42") in the UI's format, with as
    many decimals and its sign. Four digits without a separator are a year and stay as written."""
    if re.fullmatch(r"[12]\d{3}", text):
        return text
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


def parameter_value_text(key: str, value: object) -> str:
    """A refused parameter value as the parameter table shows it; low, middle and high as "1 / 2 / 3"."""
    from hrplanner.ui.models.scenario_parameters import format_value

    if all(hasattr(value, name) for name in ("low", "mid", "high")):
        return " / ".join(format_value(key, v) for v in (value.low, value.mid, value.high))
    if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer():
        return format_value(key, float(value))  # a year without a thousands separator
    return value_text(value)  # a refused year of 20.5 shows as 20,5, not rounded


def issue_text(issue: Issue) -> str:
    """An issue in one line: "where: field = value: rule", in the UI language."""
    where = f"{issue.location}: " if issue.location else ""
    if issue.code.startswith(PARAMETER):
        from hrplanner.ui.models.scenario_parameters import parameter_label

        name, value = parameter_label(issue.field), parameter_value_text(issue.field, issue.value)
        if issue.code == PARAMETER + "unknown":  # a key the projection lacks has no name: as written
            name = f"\u201c{issue.field}\u201d"
        if issue.value == "" and issue.code != PARAMETER + "name":  # a missing parameter has no value
            return f"{where}{name}: {rule_text(issue.rule)}"
        return f"{where}{name} = {value}: {rule_text(issue.rule)}"
    name = field_label(issue.field) if issue.field in FIELDS else issue.field
    return f"{where}{name} = {value_text(issue.value)}: {rule_text(issue.rule)}"


def parameter_error_text(error, location: str = "") -> str:  # noqa: ANN001 - a ParameterError
    """A projection ``ParameterError`` in the UI language (as the issue it is)."""
    return issue_text(error.issue(location))
