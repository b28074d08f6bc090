"""Turning a template's cells into validated records: every figure goes through the register's one
rule set (:mod:`hrplanner.domain.validation`), and every problem is placed at its sheet and cell.

The rules across cells and sheets are checked here too: vacancies open 3 months or longer against
open vacancies, leavers against persons at the start plus joiners (persons at the start are last
round's persons of the organisation and occupation, else this round's), age bands against the
control totals, establishment against filled plus vacant fte, fte per person (a warning).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

from hrplanner.domain import reference as ref
from hrplanner.domain import validation as v
from hrplanner.domain.records import (
    EstablishmentRecord,
    FlowRecord,
    RoundData,
    SicknessRecord,
    StaffingRecord,
    TrainingRecord,
)
from hrplanner.services.excel import layout as L
from hrplanner.services.excel.reader import MAX_ROWS, SheetValues, TemplateFile

FORMULA_RULE = "formula without a stored value; type the number"


@dataclass(frozen=True)
class ImportProblem:
    """One problem in a file: the sheet and cell, the field, the value found and the rule broken."""

    sheet: str
    cell: str
    field: str
    value: object
    rule: str
    severity: str = v.ERROR
    #: What the row is about (occupation, sex, age band), for the reader.
    context: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity == v.ERROR

    @property
    def location(self) -> str:
        if not self.sheet:
            return ""
        return f"{self.sheet}!{self.cell}" if self.cell else self.sheet

    def message(self) -> str:
        where = f"{self.location}: " if self.location else ""
        about = f" [{self.context}]" if self.context else ""
        if self.field:
            return f"{where}{self.field} = {v.format_value(self.value)}: {self.rule}{about}"
        return f"{where}{self.rule}{about}"


@dataclass
class ParsedFigures:
    """The records read from a template and the problems found on the way."""

    data: RoundData
    problems: list[ImportProblem] = field(default_factory=list)


class _Sheet:
    """Reading one topic sheet: values by column key, problems placed at cells."""

    def __init__(self, template: TemplateFile, spec: L.SheetSpec, problems: list[ImportProblem]):
        self.spec = spec
        self.values: SheetValues = template.sheets[spec.name]
        self.formulas = template.formulas_without_value.get(spec.name, set())
        self.problems = problems

    def cell(self, row: int, key: str) -> str:
        return f"{self.spec.letter(key)}{row}"

    def span(self, row: int, keys: list[str]) -> str:
        return f"{self.cell(row, keys[0])}:{self.cell(row, keys[-1])}"

    def get(self, row: int, key: str) -> object:
        return self.values.get(row, self.spec.index(key))

    def inputs(self, row: int) -> dict[str, object]:
        """The input values of a row; a formula without stored value is reported and left empty."""
        found = {}
        for column in self.spec.inputs():
            value = self.get(row, column.key)
            if self.cell(row, column.key) in self.formulas:
                self.add(row, column.key, column.key, "(formula)", FORMULA_RULE)
                value = None
            found[column.key] = value
        return found

    def data_rows(self) -> list[int]:
        return [r for r in sorted(self.values.rows) if r >= L.FIRST_ROW]

    def has_formula_problem(self, row: int) -> bool:
        return any(self.cell(row, c.key) in self.formulas for c in self.spec.inputs())

    def add(self, row: int, key: str, field_name: str, value: object, rule: str, severity: str = v.ERROR,
            context: str = "", cell: str | None = None) -> None:
        if isinstance(value, str) and len(value) > 60:
            value = value[:60] + "…"
        self.problems.append(ImportProblem(self.spec.name, cell or self.cell(row, key), field_name, value,
                                           rule, severity, context))

    def add_issues(self, row: int, issues: list[v.Issue], columns: Mapping[str, str], context: str = "") -> None:
        """Place domain issues at cells: ``columns`` maps an issue's field to a column key."""
        for issue in issues:
            key = columns.get(issue.field, "code")
            self.add(row, key, issue.field, issue.value, issue.rule, issue.severity, context)


def parse_figures(template: TemplateFile, organisation: str, reference_date: date, known_codes: set[str],
                  persons_at_start: Callable[[str], int | None]) -> ParsedFigures:
    """Validate every figure of a template and build the organisation's records of the round.

    ``persons_at_start(code)`` gives last round's persons of the organisation in an occupation, or
    None when last round has none (this round's persons are then used).
    """
    problems: list[ImportProblem] = []
    data = RoundData(reference_date)
    for title in template.too_long:
        problems.append(ImportProblem(title, "", "rows", f"more than {MAX_ROWS}", "the sheet has more rows "
                                      "than a template can have; use the template as it was sent"))
    staffing = _Sheet(template, L.STAFFING, problems)
    data.staffing, broken = _staffing(staffing, organisation, known_codes)
    filled_fte: dict[str, float] = defaultdict(float)
    current_persons: dict[str, int] = defaultdict(int)
    for record in data.staffing:
        filled_fte[record.occupation] += record.fte
        current_persons[record.occupation] += record.persons
    # occupations whose staffing has errors get no cross-sheet checks: their totals are not known
    data.establishment = _establishment(_Sheet(template, L.ESTABLISHMENT, problems), organisation,
                                        known_codes, filled_fte, broken)

    def start(code: str) -> int | None:
        previous = persons_at_start(code)
        if previous is None:
            return None if code in broken else current_persons.get(code, 0)
        return previous

    data.flows = _flows(_Sheet(template, L.FLOWS, problems), organisation, known_codes, start)
    data.training = _training(_Sheet(template, L.TRAINING, problems), organisation, known_codes)
    data.sickness = _sickness(_Sheet(template, L.SICKNESS, problems), organisation)
    return ParsedFigures(data, problems)


def _occupation(sheet: _Sheet, row: int, known_codes: set[str]) -> str | None:
    """The occupation code of a row that has figures, or None (reported) when it is missing or unknown."""
    code = sheet.get(row, "code")
    if code is None:
        sheet.add(row, "code", "code", code, "figures without an occupation code; pick the code of the row")
        return None
    text = str(code).strip()
    if text not in known_codes:
        sheet.add(row, "code", "code", code, "is not an occupation code of this register")
        return None
    return text


def _duplicate(sheet: _Sheet, row: int, key: tuple, seen: dict[tuple, int], what: str) -> bool:
    if key in seen:
        sheet.add(row, "code", "code", key[0], f"{what} appears twice (rows {seen[key]} and {row}); "
                                                 f"give each only once")
        return True
    seen[key] = row
    return False


_SEX_BY_LABEL = {**{L.sex_label(s).lower(): s for s in L.STAFFING_SEXES}, **{s: s for s in ref.SEXES}}


def _staffing(sheet: _Sheet, organisation: str, known_codes: set[str]) -> tuple[list[StaffingRecord], set[str]]:
    """The staffing records, and the occupation codes of rows with errors."""
    records: list[StaffingRecord] = []
    seen: dict[tuple, int] = {}
    broken: set[str] = set()
    for row in sheet.data_rows():
        inputs = sheet.inputs(row)
        if sheet.has_formula_problem(row):
            broken.add(str(sheet.get(row, "code")))
        if all(value is None for value in inputs.values()) or sheet.has_formula_problem(row):
            continue
        errors_before = len(sheet.problems)
        code = _occupation(sheet, row, known_codes)
        raw_sex = sheet.get(row, "sex")
        sex = _SEX_BY_LABEL.get(str(raw_sex).strip().lower()) if raw_sex is not None else None
        if sex is None:
            sheet.add(row, "sex", "sex", raw_sex, "must be one of: " + ", ".join(
                L.sex_label(s) for s in L.STAFFING_SEXES))
        if code is None or sex is None or _duplicate(sheet, row, (code, sex), seen, f"{code}, {raw_sex}"):
            broken.add(str(code))
            continue
        bands_persons, bands_fte, bands_ok = 0, 0.0, True
        for band in ref.AGE_BANDS:
            persons, fte = inputs[f"persons:{band}"], inputs[f"fte:{band}"]
            if persons is None and fte is None:
                continue
            checked = v.check_staffing({"age_band": band, "sex": sex, "persons": persons, "fte": fte})
            sheet.add_issues(row, checked.issues, {"persons": f"persons:{band}", "fte": f"fte:{band}"},
                             f"{code}, {raw_sex}, {band}")
            if not checked.ok:
                bands_ok = False
                continue
            n, f = checked.values["persons"], checked.values["fte"]
            bands_persons += n  # type: ignore[operator]
            bands_fte += f  # type: ignore[operator]
            records.append(StaffingRecord(organisation, code, band, sex, n, f))  # type: ignore[arg-type]
        total_persons, issues_p = v.parse_number("total_persons", inputs["total_persons"], whole=True)
        total_fte, issues_f = v.parse_number("total_fte", inputs["total_fte"])
        columns = {"total_persons": "total_persons", "total_fte": "total_fte"}
        sheet.add_issues(row, issues_p + issues_f, columns, f"{code}, {raw_sex}")
        if bands_ok:
            sheet.add_issues(row, v.check_band_total(bands_persons, bands_fte, total_persons, total_fte), columns,
                             f"{code}, {raw_sex}")
        if any(p.is_error for p in sheet.problems[errors_before:]):
            broken.add(code)
    return records, broken


def _establishment(sheet: _Sheet, organisation: str, known_codes: set[str], filled_fte: Mapping[str, float],
                   broken: set[str]) -> list[EstablishmentRecord]:
    records = []
    seen: dict[tuple, int] = {}
    for row in sheet.data_rows():
        inputs = sheet.inputs(row)
        if all(value is None for value in inputs.values()) or sheet.has_formula_problem(row):
            continue
        code = _occupation(sheet, row, known_codes)
        if code is None or _duplicate(sheet, row, (code,), seen, code):
            continue
        checked = v.check_establishment(inputs)
        identity = {name: name for name in inputs}
        sheet.add_issues(row, checked.issues, identity, code)
        if not checked.ok:
            continue
        values = checked.values
        if code not in broken:
            sheet.add_issues(row, v.check_establishment_identity(values["budgeted_fte"], filled_fte.get(code, 0.0),
                                                                 values["open_fte"]), identity, code)
        records.append(EstablishmentRecord(organisation, code, values["budgeted_fte"], values["open_positions"],
                                           values["open_fte"], values["open_long"]))  # type: ignore[arg-type]
    return records


def _flows(sheet: _Sheet, organisation: str, known_codes: set[str],
           persons_at_start: Callable[[str], int | None]) -> list[FlowRecord]:
    records = []
    seen: dict[tuple, int] = {}
    for row in sheet.data_rows():
        inputs = sheet.inputs(row)
        if all(value is None for value in inputs.values()) or sheet.has_formula_problem(row):
            continue
        code = _occupation(sheet, row, known_codes)
        if code is None or _duplicate(sheet, row, (code,), seen, code):
            continue
        totals = {"in": 0, "out": 0}
        row_ok = True
        for direction, categories in (("in", ref.ORIGINS), ("out", ref.DESTINATIONS)):
            for category in categories:
                key = f"{direction}:{category}"
                if inputs[key] is None:
                    continue
                checked = v.check_flow({"direction": direction, "category": category, "persons": inputs[key]})
                sheet.add_issues(row, checked.issues, {"persons": key}, f"{code}, {category}")
                if not checked.ok:
                    row_ok = False
                    continue
                persons = checked.values["persons"]
                totals[direction] += persons  # type: ignore[operator]
                records.append(FlowRecord(organisation, code, direction, category, persons))  # type: ignore[arg-type]
        out_keys = [f"out:{d}" for d in ref.DESTINATIONS]
        if row_ok and any(inputs[key] is not None for key in out_keys):
            for issue in v.check_leavers(totals["out"], totals["in"], persons_at_start(code)):
                sheet.add(row, out_keys[0], issue.field, issue.value, issue.rule, issue.severity, code,
                          cell=sheet.span(row, out_keys))
    return records


_ROUTE_BY_TEXT = {**{label.lower(): code for label, code in L.ROUTE_BY_LABEL.items()},
                  **{code: code for code in ref.TRAINING_ROUTES}}


def _training(sheet: _Sheet, organisation: str, known_codes: set[str]) -> list[TrainingRecord]:
    records = []
    seen: dict[tuple, int] = {}
    for row in sheet.data_rows():
        inputs = sheet.inputs(row)
        if all(value is None for value in inputs.values()) or sheet.has_formula_problem(row):
            continue
        code = _occupation(sheet, row, known_codes)
        raw_route = sheet.get(row, "route")
        route = _ROUTE_BY_TEXT.get(str(raw_route).strip().lower()) if raw_route is not None else None
        if route is None:
            sheet.add(row, "route", "route", raw_route,
                      "must be one of: " + ", ".join(L.ROUTE_BY_LABEL))
        if code is None or route is None or _duplicate(sheet, row, (code, route), seen, f"{code}, {raw_route}"):
            continue
        checked = v.check_training({"route": route, **inputs})
        sheet.add_issues(row, checked.issues, {name: name for name in inputs} | {"route": "route"},
                         f"{code}, {raw_route}")
        if checked.ok:
            values = checked.values
            records.append(TrainingRecord(organisation, code, route, values["in_training"],  # type: ignore[arg-type]
                                          values["planned_intake"], values["places"], values["supervisors"]))
    return records


def _sickness(sheet: _Sheet, organisation: str) -> list[SicknessRecord]:
    row = L.FIRST_ROW
    inputs = sheet.inputs(row)
    if inputs["percentage"] is None:
        return []
    checked = v.check_sickness(inputs)
    sheet.add_issues(row, checked.issues, {"percentage": "percentage"})
    if not checked.ok:
        return []
    return [SicknessRecord(organisation, checked.values["percentage"])]  # type: ignore[arg-type]

