"""The register's validation rules (MODEL.md 3): one set that every entry path uses.

Every rule returns :class:`Issue` objects that name the field, the value and the rule. Errors stop an
entry; warnings (an unusual fte per person, an establishment that is not filled + vacant fte) need the
user's confirmation. Entry paths (forms, paste, Excel import, the command line) collect issues with
these functions and change nothing while any error remains.

:data:`RULES` is the one table of rules and their severities: a figure is an error everywhere or a
warning everywhere. The check functions below take each issue's severity from it, and ``check``
(services.check) reports what it finds in a stored register with the same severities, so a figure that
``import --accept-warnings`` accepted is a warning, not an error, in ``check`` too.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from hrplanner.domain import reference as ref
from hrplanner.domain.rounding import fixed, signed

ERROR = "error"
WARNING = "warning"

FTE_PER_PERSON_MIN = 0.05
FTE_PER_PERSON_MAX = 1.2
#: Tolerance when comparing fte sums; figures are entered with two decimals.
FTE_TOLERANCE = 0.011


@dataclass(frozen=True)
class Rule:
    """One rule of the register: its name, its severity everywhere, and what it asks."""

    name: str
    severity: str
    text: str


#: Every rule, by name; the single source of severities for import, paste, forms and check.
RULES: dict[str, Rule] = {rule.name: rule for rule in (
    Rule("number", ERROR, "a figure is a finite number, not negative, at most 10,000,000; counts are whole"),
    Rule("choice", ERROR, "a code (age band, sex, origin, destination, route, ...) is one of the known values"),
    Rule("text", ERROR, "a name is given, is text, is not too long and has no control characters"),
    Rule("date", ERROR, "a date is written as YYYY-MM-DD"),
    Rule("percentage", ERROR, "a percentage lies between 0 and 100"),
    Rule("training_years", ERROR, "a training takes at most 15 years"),
    Rule("code", ERROR, "an occupation code has only letters, digits, - and _"),
    Rule("fte_without_persons", ERROR, "fte is 0 when there are no persons"),
    Rule("fte_per_person", WARNING,
         f"fte per person lies between {FTE_PER_PERSON_MIN} and {FTE_PER_PERSON_MAX} (confirm otherwise)"),
    Rule("vacancies_long", ERROR, "vacancies open 3 months or longer do not exceed open vacancies"),
    Rule("open_fte_without_vacancies", ERROR, "open fte is 0 when there are no open vacancies"),
    Rule("leavers", ERROR, "leavers do not exceed persons at the start of the period plus joiners"),
    Rule("band_total_persons", ERROR, "the age bands add up to the organisation's total persons"),
    Rule("band_total_fte", ERROR,
         f"the age bands add up to the organisation's total fte (within {FTE_TOLERANCE} fte)"),
    Rule("establishment_identity", WARNING,
         f"establishment = filled fte + vacant fte (within {FTE_TOLERANCE} fte; confirm otherwise)"),
)}


def severity(rule: str) -> str:
    """The severity of a rule in :data:`RULES` (KeyError for an unknown rule: a typo must not pass)."""
    return RULES[rule].severity


@dataclass(frozen=True)
class Issue:
    """One problem with an entered value: which field, which value, which rule was broken."""

    field: str
    value: object
    rule: str
    severity: str = ERROR
    #: Where the value came from (a table cell, a sheet cell, a command-line option); optional.
    location: str = ""
    #: The name of the rule in :data:`RULES` that was broken ("" for an address or structure problem).
    code: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def message(self) -> str:
        where = f"{self.location}: " if self.location else ""
        return f"{where}{self.field} = {format_value(self.value)}: {self.rule}"

    def at(self, location: str) -> "Issue":
        """The same issue, placed at a location (cell, row, option)."""
        return Issue(self.field, self.value, self.rule, self.severity, location, self.code)


def issue(rule: str, field_name: str, value: object, text: str) -> Issue:
    """An issue of a rule in :data:`RULES`, with the rule's severity."""
    return Issue(field_name, value, text, severity(rule), code=rule)


class ValidationError(Exception):
    """Raised by services when an entry breaks a rule; carries every issue found."""

    def __init__(self, issues: Iterable[Issue]):
        self.issues: list[Issue] = list(issues)
        super().__init__("; ".join(i.message() for i in self.issues) or "invalid entry")

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.is_error]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if not i.is_error]


def format_value(value: object) -> str:
    if value is None or value == "":
        return "(empty)"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value) if isinstance(value, str) else str(value)


def errors_in(issues: Iterable[Issue]) -> list[Issue]:
    return [i for i in issues if i.is_error]


# --- single values --------------------------------------------------------------------------


def parse_number(field_name: str, value: object, *, whole: bool = False) -> tuple[float | None, list[Issue]]:
    """Turn an entered value into a non-negative number (Dutch or English decimal notation).

    Empty means "not given" and returns ``None`` without an issue. Returns the number and issues.
    """
    if value is None or (isinstance(value, str) and value.strip() == ""):
        return None, []
    if isinstance(value, bool):
        return None, [issue("number", field_name, value, "must be a number")]
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace(" ", "")
        if "," in text and "." in text:
            # 1.234,5 (Dutch) or 1,234.5 (English): the last separator is the decimal one.
            if text.rfind(",") > text.rfind("."):
                text = text.replace(".", "").replace(",", ".")
            else:
                text = text.replace(",", "")
        else:
            text = text.replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            return None, [issue("number", field_name, value, "must be a number")]
    else:
        return None, [issue("number", field_name, value, "must be a number")]
    if math.isnan(number) or math.isinf(number):
        return None, [issue("number", field_name, value, "must be a finite number")]
    if number < 0:
        return None, [issue("number", field_name, value, "must not be negative")]
    if whole and not float(number).is_integer():
        return None, [issue("number", field_name, value, "must be a whole number")]
    if number > 1e7:
        return None, [issue("number", field_name, value, "is implausibly large (more than 10,000,000)")]
    return number, []


def check_choice(field_name: str, value: object, choices: Iterable[str]) -> list[Issue]:
    options = tuple(choices)
    if value not in options:
        shown = ", ".join(options) if len(options) <= 16 else f"{len(options)} known values"
        return [issue("choice", field_name, value, f"must be one of: {shown}")]
    return []


def check_text(field_name: str, value: object, *, max_length: int = 200, required: bool = True) -> list[Issue]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return [issue("text", field_name, value, "is required")] if required else []
    if not isinstance(value, str):
        return [issue("text", field_name, value, "must be text")]
    if len(value) > max_length:
        return [issue("text", field_name, value[:40] + "…", f"must be at most {max_length} characters")]
    if any(ord(ch) < 32 for ch in value):
        return [issue("text", field_name, value, "must not contain control characters")]
    return []


def check_percentage(field_name: str, value: float | None) -> list[Issue]:
    if value is not None and value > 100:
        return [issue("percentage", field_name, value, "must be a percentage between 0 and 100")]
    return []


def check_date(field_name: str, value: object) -> tuple[date | None, list[Issue]]:
    if isinstance(value, date):
        return value, []
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()), []
        except ValueError:
            pass
    return None, [issue("date", field_name, value, "must be a date written as YYYY-MM-DD")]


# --- rules across fields -----------------------------------------------------------------------


def check_fte_per_person(persons: float | None, fte: float | None, *, field_name: str = "fte") -> list[Issue]:
    """fte per person must lie between 0.05 and 1.2 on average: outside that is a warning."""
    issues: list[Issue] = []
    if persons is None or fte is None:
        return issues
    if persons == 0 and fte > 0:
        issues.append(issue("fte_without_persons", field_name, fte, "fte must be 0 when there are no persons"))
    elif persons > 0:
        ratio = fte / persons
        if not FTE_PER_PERSON_MIN <= ratio <= FTE_PER_PERSON_MAX:
            issues.append(
                issue(
                    "fte_per_person",
                    field_name,
                    fte,
                    f"fte per person is {fixed(ratio, 2)}; usually between {FTE_PER_PERSON_MIN} and "
                    f"{FTE_PER_PERSON_MAX} (confirm if correct)",
                )
            )
    return issues


def check_vacancies(open_positions: float | None, open_long: float | None, open_fte: float | None) -> list[Issue]:
    """Vacancies open 3 months or longer cannot exceed open vacancies."""
    issues: list[Issue] = []
    if open_positions is not None and open_long is not None and open_long > open_positions:
        issues.append(
            issue("vacancies_long", "open_long", open_long,
                  f"vacancies open 3 months or longer ({format_value(open_long)}) cannot exceed "
                  f"open vacancies ({format_value(open_positions)})")
        )
    if open_positions is not None and open_fte is not None and open_positions == 0 and open_fte > 0:
        issues.append(issue("open_fte_without_vacancies", "open_fte", open_fte,
                            "open fte must be 0 when there are no open vacancies"))
    return issues


def check_leavers(leavers: float, joiners: float, persons_at_start: float | None) -> list[Issue]:
    """Leavers cannot exceed persons at the start of the period plus joiners."""
    if persons_at_start is None:
        return []
    limit = persons_at_start + joiners
    if leavers > limit + 1e-9:
        return [
            issue("leavers", "leavers", leavers,
                  f"leavers ({format_value(leavers)}) cannot exceed persons at the start of the period "
                  f"({format_value(persons_at_start)}) plus joiners ({format_value(joiners)})")
        ]
    return []


def check_band_total(bands_persons: float, bands_fte: float,
                     total_persons: float | None, total_fte: float | None) -> list[Issue]:
    """An age band total must match the organisation's total where both are given."""
    issues: list[Issue] = []
    if total_persons is not None and abs(bands_persons - total_persons) > 1e-9:
        issues.append(
            issue("band_total_persons", "total_persons", total_persons,
                  f"the age bands add up to {format_value(bands_persons)} persons, not "
                  f"{format_value(total_persons)}")
        )
    if total_fte is not None and abs(bands_fte - total_fte) > FTE_TOLERANCE:
        issues.append(
            issue("band_total_fte", "total_fte", total_fte,
                  f"the age bands add up to {fixed(bands_fte, 2)} fte, not {format_value(total_fte)}")
        )
    return issues


def establishment_difference(establishment_fte: float | None, filled_fte: float,
                             vacant_fte: float) -> float | None:
    """establishment - (filled + vacant); shown to the user, never silently fixed."""
    if establishment_fte is None:
        return None
    return establishment_fte - (filled_fte + vacant_fte)


def check_establishment_identity(establishment_fte: float | None, filled_fte: float,
                                 vacant_fte: float) -> list[Issue]:
    """establishment = filled fte + vacant fte; a difference is shown as a warning, never fixed."""
    difference = establishment_difference(establishment_fte, filled_fte, vacant_fte)
    if difference is None or abs(difference) <= FTE_TOLERANCE:
        return []
    return [
        issue("establishment_identity", "budgeted_fte", establishment_fte,
              f"establishment differs from filled fte ({fixed(filled_fte, 2)}) plus vacant fte ({fixed(vacant_fte, 2)}) "
              f"by {signed(difference, 2)} (confirm if correct)")
    ]


# --- whole records ------------------------------------------------------------------------------


@dataclass
class Checked:
    """The result of validating one record: parsed values and issues."""

    values: dict[str, object] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not errors_in(self.issues)


def _numbers(raw: Mapping[str, object], spec: Mapping[str, bool], out: Checked, *, required: bool) -> None:
    for name, whole in spec.items():
        number, issues = parse_number(name, raw.get(name), whole=whole)
        out.issues.extend(issues)
        if number is None and not issues:
            if required:
                number = 0.0
        out.values[name] = int(number) if (whole and number is not None) else number


def check_staffing(raw: Mapping[str, object]) -> Checked:
    """A staffing row: age_band, sex, persons (whole), fte."""
    out = Checked()
    out.issues += check_choice("age_band", raw.get("age_band"), ref.AGE_BANDS)
    out.issues += check_choice("sex", raw.get("sex", "unknown"), ref.SEXES)
    out.values["age_band"] = raw.get("age_band")
    out.values["sex"] = raw.get("sex", "unknown")
    _numbers(raw, {"persons": True, "fte": False}, out, required=True)
    if out.ok:
        out.issues += check_fte_per_person(out.values["persons"], out.values["fte"])  # type: ignore[arg-type]
    return out


def check_establishment(raw: Mapping[str, object]) -> Checked:
    """An establishment and vacancies row: budgeted fte, open positions, open fte, open 3+ months."""
    out = Checked()
    _numbers(raw, {"budgeted_fte": False}, out, required=False)
    _numbers(raw, {"open_positions": True, "open_fte": False, "open_long": True}, out, required=True)
    if out.ok:
        out.issues += check_vacancies(out.values["open_positions"], out.values["open_long"],  # type: ignore[arg-type]
                                      out.values["open_fte"])  # type: ignore[arg-type]
    return out


def check_flow(raw: Mapping[str, object]) -> Checked:
    """A flow row: direction in/out, category (origin or destination), persons (whole)."""
    out = Checked()
    direction = raw.get("direction")
    out.issues += check_choice("direction", direction, ref.FLOW_DIRECTIONS)
    categories = ref.ORIGINS if direction == "in" else ref.DESTINATIONS
    out.issues += check_choice("category", raw.get("category"), categories)
    out.values["direction"] = direction
    out.values["category"] = raw.get("category")
    _numbers(raw, {"persons": True}, out, required=True)
    return out


def check_training(raw: Mapping[str, object]) -> Checked:
    """A training row per route: trainees now, planned intake, places offered, supervisors."""
    out = Checked()
    out.issues += check_choice("route", raw.get("route"), ref.TRAINING_ROUTES)
    out.values["route"] = raw.get("route")
    _numbers(raw, {"in_training": True, "planned_intake": True, "places": True, "supervisors": True},
             out, required=True)
    return out


def check_sickness(raw: Mapping[str, object]) -> Checked:
    out = Checked()
    _numbers(raw, {"percentage": False}, out, required=False)
    out.issues += check_percentage("percentage", out.values["percentage"])  # type: ignore[arg-type]
    return out


def check_organisation(raw: Mapping[str, object]) -> Checked:
    out = Checked()
    out.issues += check_text("name", raw.get("name"), max_length=120)
    out.issues += check_choice("kind", raw.get("kind"), ref.ORGANISATION_KINDS)
    out.issues += check_choice("municipality", raw.get("municipality"), ref.MUNICIPALITIES)
    for key in ("name", "kind", "municipality"):
        out.values[key] = raw.get(key).strip() if isinstance(raw.get(key), str) else raw.get(key)
    out.values["active"] = bool(raw.get("active", True))
    return out


def check_occupation(raw: Mapping[str, object]) -> Checked:
    out = Checked()
    code = raw.get("code")
    out.issues += check_text("code", code, max_length=12)
    if isinstance(code, str) and code.strip() and not all(c.isalnum() or c in "-_" for c in code.strip()):
        out.issues.append(issue("code", "code", code, "may contain only letters, digits, - and _"))
    out.issues += check_text("name_nl", raw.get("name_nl"), max_length=120)
    out.issues += check_text("name_en", raw.get("name_en"), max_length=120)
    out.issues += check_choice("level", raw.get("level"), ref.LEVELS)
    out.issues += check_choice("register", raw.get("register"), ref.REGISTERS)
    out.issues += check_text("training_route", raw.get("training_route", ""), max_length=200, required=False)
    for key in ("code", "name_nl", "name_en", "level", "register", "training_route"):
        value = raw.get(key, "")
        out.values[key] = value.strip() if isinstance(value, str) else value
    out.values["registration_required"] = bool(raw.get("registration_required", False))
    years, issues = parse_number("training_years", raw.get("training_years", 0))
    out.issues += issues
    if years is not None and years > 15:
        out.issues.append(issue("training_years", "training_years", years, "must be at most 15 years"))
    out.values["training_years"] = years or 0.0
    return out


RECORD_CHECKS = {
    "staffing": check_staffing,
    "establishment": check_establishment,
    "flow": check_flow,
    "training": check_training,
    "sickness": check_sickness,
    "organisation": check_organisation,
    "occupation": check_occupation,
}
