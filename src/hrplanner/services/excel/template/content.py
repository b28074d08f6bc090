"""What a collection template shows: the :class:`TemplateContext` of one organisation (the round,
its figures and last round's) and the rows of each topic sheet, worked out before any cell is
written."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from openpyxl.utils import quote_sheetname

from hrplanner.domain import reference as ref
from hrplanner.domain.records import RoundData
from hrplanner.services.excel import layout as L


@dataclass
class TemplateContext:
    """Everything one organisation's template shows."""

    organisation: str
    reference_date: date
    round_label: str
    region: str
    fictitious: bool
    occupations: list[tuple[str, str]]  # (code, Dutch name) in register order
    current: RoundData
    previous: RoundData | None
    prefill: bool = False
    created: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


@dataclass
class TemplateRow:
    """One data row of a topic sheet: values and formulas by column key."""

    values: dict[str, object] = field(default_factory=dict)
    formulas: dict[str, str] = field(default_factory=dict)
    free: bool = False
    group_end: bool = False
    #: A continuation row (men, unknown): its occupation code and name are shown in light grey.
    quiet: bool = False


def fictitious_note(context: TemplateContext) -> str:
    return "FICTIEVE CIJFERS: dit is de demoregio; alle cijfers zijn verzonnen. " if context.fictitious else ""


# --- the rows of each topic sheet ------------------------------------------------------------------


def _sum(records: Iterable[object], attribute: str) -> float:
    return sum(getattr(r, attribute) for r in records)


def staffing_rows(context: TemplateContext) -> list[TemplateRow]:
    previous: dict[tuple[str, str], list] = defaultdict(list)
    for record in context.previous.staffing if context.previous else []:
        previous[(record.occupation, record.sex)].append(record)
    current = {(r.occupation, r.sex, r.age_band): r for r in context.current.staffing}
    rows = []
    for code, name in context.occupations:
        for sex in L.STAFFING_SEXES:
            row = TemplateRow({"code": code, "name": name, "sex": L.sex_label(sex)},
                       group_end=sex == L.STAFFING_SEXES[-1], quiet=sex != L.STAFFING_SEXES[0])
            if (code, sex) in previous:
                row.values["prev_persons"] = int(_sum(previous[(code, sex)], "persons"))
                row.values["prev_fte"] = round(_sum(previous[(code, sex)], "fte"), 2)
            if context.prefill:
                for band in ref.AGE_BANDS:
                    record = current.get((code, sex, band))
                    if record:
                        row.values[f"persons:{band}"] = record.persons
                        row.values[f"fte:{band}"] = record.fte
            rows.append(row)
    return rows


def establishment_rows(context: TemplateContext) -> list[TemplateRow]:
    previous = {r.occupation: r for r in context.previous.establishment} if context.previous else {}
    current = {r.occupation: r for r in context.current.establishment}
    spec = L.STAFFING
    first, last = L.FIRST_ROW, L.FIRST_ROW + 3 * len(context.occupations) - 1
    codes = f"{quote_sheetname(spec.name)}!${spec.letter('code')}${first}:${spec.letter('code')}${last}"
    fte = (f"{quote_sheetname(spec.name)}!${spec.letter('fte:' + ref.AGE_BANDS[0])}${first}:"
           f"${spec.letter('fte:' + ref.AGE_BANDS[-1])}${last}")
    est = L.ESTABLISHMENT
    rows = []
    for number, (code, name) in enumerate(context.occupations):
        r = L.FIRST_ROW + number
        row = TemplateRow({"code": code, "name": name})
        row.formulas["filled_fte"] = f"=SUMPRODUCT(({codes}=$A{r})*{fte})"
        row.formulas["difference"] = (f'=IF({est.letter("budgeted_fte")}{r}="","",{est.letter("budgeted_fte")}{r}'
                                      f'-{est.letter("filled_fte")}{r}-{est.letter("open_fte")}{r})')
        if code in previous:
            row.values["prev_budgeted_fte"] = previous[code].budgeted_fte
            row.values["prev_open_positions"] = previous[code].open_positions
            row.values["prev_open_long"] = previous[code].open_long
        if context.prefill and code in current:
            record = current[code]
            row.values.update(budgeted_fte=record.budgeted_fte, open_positions=record.open_positions,
                              open_fte=record.open_fte, open_long=record.open_long)
        rows.append(row)
    return rows


def flow_rows(context: TemplateContext) -> list[TemplateRow]:
    persons: dict[str, int] = defaultdict(int)
    flows: dict[tuple[str, str], int] = defaultdict(int)
    seen_flows: set[tuple[str, str]] = set()
    if context.previous:
        for record in context.previous.staffing:
            persons[record.occupation] += record.persons
        for record in context.previous.flows:
            flows[(record.occupation, record.direction)] += record.persons
            seen_flows.add((record.occupation, record.direction))
    current = {(r.occupation, r.direction, r.category): r.persons for r in context.current.flows}
    rows = []
    for code, name in context.occupations:
        row = TemplateRow({"code": code, "name": name})
        if code in persons:
            row.values["prev_persons"] = persons[code]
        for direction, key in (("in", "prev_in"), ("out", "prev_out")):
            if (code, direction) in seen_flows:
                row.values[key] = flows[(code, direction)]
        if context.prefill:
            for origin in ref.ORIGINS:
                if (code, "in", origin) in current:
                    row.values[f"in:{origin}"] = current[(code, "in", origin)]
            for destination in ref.DESTINATIONS:
                if (code, "out", destination) in current:
                    row.values[f"out:{destination}"] = current[(code, "out", destination)]
        rows.append(row)
    return rows


def training_rows(context: TemplateContext) -> list[TemplateRow]:
    previous = {(r.occupation, r.route): r for r in context.previous.training} if context.previous else {}
    current = {(r.occupation, r.route): r for r in context.current.training}
    pairs: list[tuple[str, str]] = []
    names = dict(context.occupations)
    for code, _ in context.occupations:
        spec = ref.OCCUPATION_BY_CODE.get(code)
        if spec and spec.trainee_route:
            pairs.append((code, spec.trainee_route))
        for route in ref.TRAINING_ROUTES:
            if (code, route) not in pairs and ((code, route) in previous or (code, route) in current):
                pairs.append((code, route))
    rows = []
    for code, route in pairs:
        row = TemplateRow({"code": code, "name": names.get(code, code), "route": L.route_label(route)})
        if (code, route) in previous:
            row.values["prev_in_training"] = previous[(code, route)].in_training
            row.values["prev_places"] = previous[(code, route)].places
        if context.prefill and (code, route) in current:
            record = current[(code, route)]
            row.values.update(in_training=record.in_training, planned_intake=record.planned_intake,
                              places=record.places, supervisors=record.supervisors)
        rows.append(row)
    first_free = L.FIRST_ROW + len(rows)
    for number in range(L.TRAINING_FREE_ROWS):
        r = first_free + number
        rows.append(TemplateRow(free=True, formulas={
            "name": f'=IFERROR(VLOOKUP(A{r},{quote_sheetname(L.LISTS_SHEET)}!$A:$B,2,FALSE),"")'}))
    return rows


def sickness_rows(context: TemplateContext) -> list[TemplateRow]:
    row = TemplateRow({"subject": L.SICKNESS_SUBJECT})
    if context.previous and context.previous.sickness:
        row.values["prev_percentage"] = context.previous.sickness[0].percentage
    if context.prefill and context.current.sickness:
        row.values["percentage"] = context.current.sickness[0].percentage
    return [row]
