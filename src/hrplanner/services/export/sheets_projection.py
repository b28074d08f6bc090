"""The projection sheets: the shortage per occupation per year with the intake advice (Tekort per
jaar), and the scenario's assumptions per occupation (Aannames)."""

from __future__ import annotations

from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.pagebreak import Break

from hrplanner.domain.rounding import ADVICE_DIGITS, rounded
from hrplanner.domain import reference as ref
from hrplanner.domain.disclosure import MARK
from hrplanner.domain.projection.params import Triple, curve_point

from . import styles as S
from .content import ExportContent

GAP_SHEET = "Tekort per jaar"
ASSUMPTIONS_SHEET = "Aannames"
FIRST_YEAR_COLUMN = 3

#: Years per gap table: 20 years and the base year print as three tables of 7 years, each across a
#: landscape page at full size (10 pt, its 9-pt notes too), instead of one table shrunk to about 5 pt. (The
#: year columns are as wide as the intake advice's headings below them: 11 of them would print at 8.5 pt
#: and the notes under 8.)
YEARS_PER_TABLE = 10


def year_blocks(years: tuple[int, ...] | list[int]) -> list[list[int]]:
    """The years split into tables of at most YEARS_PER_TABLE, as even as possible (21 -> 7 + 7 + 7)."""
    years = list(years)
    if not years:
        return [[]]
    count = -(-len(years) // YEARS_PER_TABLE)
    size, longer = divmod(len(years), count)  # the first ``longer`` tables have one year more
    blocks, start = [], 0
    for k in range(count):
        end = start + size + (k < longer)
        blocks.append(years[start:end])
        start = end
    return blocks


def _gap_table(ws, row: int, content: ExportContent, years: list[int], offset: int) -> int:  # noqa: ANN001
    """One gap table (a run of years) from ``row`` (its header); returns the row of its total."""
    equilibrium = set(content.equilibrium_years)
    header_row = row
    S.header(ws, header_row, 1, ["Code", "Beroep", *years], left_columns=2)
    for k, year in enumerate(years):
        if year in equilibrium:
            ws.cell(header_row, FIRST_YEAR_COLUMN + k).fill = S.EQUILIBRIUM_FILL_STYLE
    row += 1
    first = row
    for result in content.results:
        S.text(ws, row, 1, result.code)
        S.text(ws, row, 2, content.name(result.code), style=S.NAME)
        for k, value in enumerate(result.gap_fte.tolist()[offset:offset + len(years)]):
            S.number(ws, row, FIRST_YEAR_COLUMN + k, float(value), S.ONE)
        row += 1
    last = row - 1
    last_column = FIRST_YEAR_COLUMN + len(years) - 1
    for code in content.hidden_occupations:
        S.text(ws, row, 1, code)
        S.text(ws, row, 2, content.name(code), style=S.NAME)
        for k in range(len(years)):
            S.mark(ws, row, FIRST_YEAR_COLUMN + k, MARK)
        row += 1
    S.text(ws, row, 2, "Alle getoonde beroepen samen" if content.hidden_occupations else "Alle beroepen samen")
    for k in range(len(years)):
        total = sum(float(r.gap_fte[offset + k]) for r in content.results)
        S.number(ws, row, FIRST_YEAR_COLUMN + k, total, S.ONE)
    S.total_row(ws, row, 1, last_column)
    if content.results:
        cells = f"{get_column_letter(FIRST_YEAR_COLUMN)}{first}:{get_column_letter(last_column)}{last}"
        ws.conditional_formatting.add(cells, ColorScaleRule(
            start_type="min", start_color=S.SURPLUS_END, mid_type="num", mid_value=0, mid_color="FFFFFF",
            end_type="max", end_color=S.SHORTAGE_END))
        for k, year in enumerate(years):
            if year in equilibrium:
                for r in range(header_row, row + 1):
                    cell = ws.cell(r, FIRST_YEAR_COLUMN + k)
                    side = S.Side(style="medium", color=S.NAVY)
                    cell.border = S.Border(left=side, right=side, top=cell.border.top, bottom=cell.border.bottom)
    return row


def add_gap(wb: Workbook, content: ExportContent) -> None:
    ws = wb.create_sheet(GAP_SHEET)
    blocks = year_blocks(content.years)
    S.title_block(ws, "Tekort per beroep per jaar (fte)",
                  f"Scenario {content.scenario}, middenvariant \u2014 tekort = vraag min aanbod in fte: positief "
                  f"is een tekort ({S.colour_name(S.SHORTAGE)}), negatief een overschot ({S.colour_name(S.SURPLUS)}). "
                  "Evenwichtsjaren zijn donkerblauw omrand.")
    row = 4
    header_rows = []
    tables = []
    offset = 0
    for block in blocks:
        header_rows.append(row)
        total = _gap_table(ws, row, content, block, offset)
        tables.append(range(row, total + 1))
        offset += len(block)
        row = total + 2
    row += 1
    advice_rows = _write_advice(ws, row, content)
    last_column = FIRST_YEAR_COLUMN + max(len(b) for b in blocks) - 1
    S.fit_columns(ws, skip_rows=[1, 2], header_rows=[*header_rows, advice_rows.start + 1], names={2: 40},
                  minimum=6.5)
    S.same_width(ws, FIRST_YEAR_COLUMN, last_column)
    S.fit_row_heights(ws, range(header_rows[0], advice_rows.stop))
    S.keep_together(ws, [*tables, advice_rows])  # no table, nor the advice with its notes, split over pages
    # Each table has its own header: the sheet's title repeats on every page, the names stay in view.
    S.print_setup(ws, content.page, "Tekort per beroep per jaar", title_rows="1:2", freeze="C3")


def _advice_note(advice) -> str:  # noqa: ANN001 - domain.projection.model.Advice
    if advice.intake is None:
        return f"in {advice.equilibrium_year} niet te halen met opleiden (de opleiding duurt te lang)"
    if advice.clipped:
        return f"in {advice.equilibrium_year} is het aanbod ook zonder nieuwe instroom groter dan de vraag"
    return ""


def _remarks(result, years: tuple[int, ...]) -> str:  # noqa: ANN001 - ProjectionResult
    notes = []
    for k, advice in enumerate(list(result.advice)[:len(years)]):
        note = _advice_note(advice)
        if note:
            notes.append(note)
        if advice.equilibrium_year != years[k]:
            notes.append(f"evenwichtsjaar {k + 1} is voor dit beroep {advice.equilibrium_year}")
    return "; ".join(notes)


def _write_advice(ws, row: int, content: ExportContent) -> range:  # noqa: ANN001 - Worksheet
    """The intake advice table below the gap table; returns its rows (title to notes)."""
    start = row
    years = content.equilibrium_years
    adjustment = content.results[0].params.adjustment_year if content.results else None
    S.section(ws, row, "Instroomadvies: leerlingen per jaar vanaf het bijsturingsjaar" +
              (f" {adjustment}" if adjustment else ""))
    row += 1
    remarks = {result.code: _remarks(result, years) for result in content.results}
    labels = ["Code", "Beroep", "Instroom nu per jaar"]
    for year in years:
        labels += [f"Advies {year}", "Verschil met nu"]
    S.header(ws, row, 1, labels, left_columns=2)
    last_column = max(FIRST_YEAR_COLUMN + max(len(b) for b in year_blocks(content.years)) - 1, len(labels))
    row += 1
    for result in content.results:
        S.text(ws, row, 1, result.code)
        S.text(ws, row, 2, content.name(result.code), style=S.NAME)
        advices = list(result.advice)
        current = advices[0].current_intake if advices else None
        S.number(ws, row, 3, rounded(current, 1) if current is not None else None, S.ONE)
        for k, advice in enumerate(advices[:len(years)]):
            column = 4 + 2 * k
            if advice.intake_clipped is not None:
                value = rounded(advice.intake_clipped, ADVICE_DIGITS)
                S.number(ws, row, column, value, S.ONE, style=S.BOLD)
                S.number(ws, row, column + 1, rounded(value - rounded(current, 1), 1), S.DIFF_ONE)
        row += 1
    row += 1
    # The remarks go under the table, wrapped to its width: a remark running on to the right of the table
    # widens the printed page, and the whole sheet prints smaller.
    lines = [f"{code}: {remark}." for code, remark in remarks.items() if remark]
    lines.append(
        "Instroomadvies = het aantal leerlingen dat vanaf het bijsturingsjaar elk jaar met de opleiding moet "
        "beginnen zodat het aanbod in het evenwichtsjaar gelijk is aan de vraag. Instroom nu = de instroom die "
        "nu voor de jaren na het bijsturingsjaar is voorzien. Een advies boven de instroom nu betekent: meer "
        "opleiden; eronder: het huidige aantal is in deze raming ruim voldoende.")
    row = S.note(ws, row, "\n".join(lines), last_column=last_column)
    return range(start, row)


# --- assumptions ------------------------------------------------------------------------------------

TREND_LABELS = {
    "epidemiology": "epidemiologie",
    "socio_cultural": "sociaal-culturele ontwikkelingen",
    "professional": "vakinhoudelijke ontwikkelingen",
    "efficiency": "efficiency",
    "horizontal_substitution": "horizontale substitutie",
    "vertical_substitution": "verticale substitutie",
    "working_time": "arbeidstijd (verandering uren per jaar)",
}
STREAM_LABELS = {
    "in_training": "nu in opleiding",
    "decided": "besloten instroom (tot bijsturingsjaar)",
    "lever": "instroom vanaf bijsturingsjaar",
}
PART_ORDER = ("Jaren", "Aanbod", "Opleiding", "Overige instroom", "Vraag")


def _group(name: str) -> str:
    return {"all": "iedereen"}.get(name, ref.label(name, "nl"))


def parameter_label(key: str) -> tuple[str, str, str]:
    """(part, Dutch description, number format) of a flat parameter key (params.to_flat)."""
    parts = key.split(".")
    if parts[0] == "years":
        labels = {"base": "Basisjaar", "horizon": "Horizon (jaren)", "adjustment": "Bijsturingsjaar",
                  "trend": "Trendjaar (trends stoppen daarna)"}
        if parts[1] == "equilibrium":
            return "Jaren", f"Evenwichtsjaar {int(parts[2]) + 1}", S.YEAR
        return "Jaren", labels.get(parts[1], key), S.YEAR
    if key == "supply.persons":
        return "Aanbod", "Personen op de peildatum", S.INT
    if parts[0] == "group":
        group = _group(parts[1])
        what = parts[2]
        point = parts[3] if len(parts) > 3 else ""
        if what == "share":
            return "Aanbod", f"Aandeel {group} in de huidige bezetting", S.PCT
        if what == "fte":
            when = "" if point in ("", "0") else f", jaar {point}"
            return "Aanbod", f"Fte per persoon, {group}{when}", S.TWO
        if what == "outflow":
            return "Aanbod", f"Uitstroom, {group}, na {point} jaar", S.PCT
        if what == "retention":
            return "Opleiding", f"Extern rendement, {group}, {point} jaar na diplomering", S.PCT
        if what == "training_share":
            return "Opleiding", f"Aandeel {group} onder de leerlingen", S.PCT
        if what == "other_inflow_share":
            return "Overige instroom", f"Aandeel {group} in de overige instroom", S.PCT
    if key == "training.duration":
        return "Opleiding", "Opleidingsduur (jaren)", S.ONE
    if parts[0] == "training" and len(parts) == 3:
        stream = STREAM_LABELS.get(parts[1], parts[1])
        if parts[2] == "intake":
            return "Opleiding", f"Instroom per jaar: {stream}", S.ONE
        return "Opleiding", f"Intern rendement: {stream}", S.PCT
    if key == "other_inflow.per_year":
        return "Overige instroom", "Zij-instroom en overige instroom (personen per jaar)", S.ONE
    if key == "demand.unmet":
        return "Vraag", "Onvervulde vraag in het basisjaar", S.PCT
    if key == "demand.sustained":
        return "Vraag", "Trends duurzaam (1 = ja, 0 = stoppen in het trendjaar)", S.YEAR
    if parts[:2] == ["demand", "demography"]:
        return "Vraag", f"Demografie: cumulatieve verandering na {parts[2]} jaar", S.PCT
    if parts[:2] == ["demand", "trend"]:
        return "Vraag", f"Trend per jaar: {TREND_LABELS.get(parts[2], parts[2])}", S.PCT2
    if parts[:2] == ["demand", "care"]:
        if parts[3] == "clients":
            return "Vraag", f"Cli\u00ebnten {parts[2]}, jaar {parts[4]}", S.INT
        return "Vraag", f"Fte per 100 cli\u00ebnten, {parts[2]}", S.ONE
    return "Overig", key, "General"


def differs(a: Triple | None, b: Triple | None) -> bool:
    """Whether a scenario's value differs from the basis's (a missing value differs from a present one)."""
    if a is None or b is None:
        return a is not b
    return any(abs(x - y) > 1e-9 for x, y in ((a.low, b.low), (a.mid, b.mid), (a.high, b.high)))


def deviations(content: ExportContent) -> list[tuple[str, str, Triple | None, Triple | None]]:
    """(occupation code, flat key, scenario value, basis value) of every value the scenario changes."""
    out = []
    for code, flat in content.parameters.items():
        basis = content.basis_parameters.get(code, {})
        for key in flat:
            if differs(flat[key], basis.get(key)):
                out.append((code, key, flat[key], basis.get(key)))
    return out


#: A curve with more points than this prints every ``CURVE_STEP`` years (with its first and last point
#: and every point the scenario changes): yearly outflow and retention curves would fill ten pages. The
#: low and high values print every ``CURVE_STEP_LOW_HIGH`` years, so each of them fits one page.
CURVE_POINTS_IN_FULL = 6
CURVE_STEP = 5
CURVE_STEP_LOW_HIGH = 10


def compact_curves(keys: list[str], keep: set[str], step: int = CURVE_STEP) -> tuple[list[str], bool]:
    """``keys`` without the in-between points of long curves: their first and last point and every
    ``step`` years remain (and the keys in ``keep``); and whether any point was left out."""
    points: dict[str, list[float]] = {}
    for key in keys:
        point = curve_point(key)
        if point is not None:
            points.setdefault(point[0], []).append(point[1])
    shown, left_out = [], False
    for key in keys:
        point = curve_point(key)
        if point is not None and len(points[point[0]]) > CURVE_POINTS_IN_FULL and key not in keep:
            curve, year = point
            if year not in (min(points[curve]), max(points[curve])) and year % step:
                left_out = True
                continue
        shown.append(key)
    return shown, left_out


def _keys(content: ExportContent) -> list[str]:
    """Every parameter key of any occupation, by part (years, supply, training, ...) then as to_flat
    orders them."""
    seen: dict[str, int] = {}
    for flat in content.parameters.values():
        for key in flat:
            seen.setdefault(key, len(seen))

    def order(key: str) -> tuple[int, int]:
        part = parameter_label(key)[0]
        return (PART_ORDER.index(part) if part in PART_ORDER else len(PART_ORDER), seen[key])

    return sorted(seen, key=order)


VARIANT_BLOCKS = (("Middenwaarde", "mid"), ("Lage waarde (alleen onzekere aannames)", "low"),
                  ("Hoge waarde (alleen onzekere aannames)", "high"))


def add_assumptions(wb: Workbook, content: ExportContent) -> None:
    ws = wb.create_sheet(ASSUMPTIONS_SHEET)
    changed = deviations(content)
    changed_cells = {(code, key) for code, key, _, _ in changed}
    if content.scenario == "basis":
        situation = "Dit is de basis: alle waarden zijn afgeleid uit het register."
    elif changed:
        situation = f"{len(changed)} waarden wijken af van de basis: geel gemarkeerd (en op het Voorblad)."
    else:
        situation = "Geen enkele waarde wijkt af van de basis."
    S.title_block(ws, f"Aannames van scenario {content.scenario}",
                  "Per beroep (kolommen) alle aannames van de raming: de middenwaarde, en de lage en hoge "
                  "waarde waar die verschillen. " + situation)
    codes = list(content.parameters)
    header_row = 4
    S.header(ws, header_row, 1, ["Aanname", *codes], left_columns=1)
    row = header_row + 1
    keep = {key for _, key in changed_cells}
    all_keys = _keys(content)
    keys, compacted = compact_curves(all_keys, keep)
    uncertain = [k for k in compact_curves(all_keys, keep, CURVE_STEP_LOW_HIGH)[0]
                 if any(not flat[k].certain for flat in content.parameters.values() if k in flat)]
    for index, (title, which) in enumerate(VARIANT_BLOCKS):
        block_keys = keys if which == "mid" else uncertain
        if not block_keys:
            continue
        if index:
            ws.row_breaks.append(Break(id=row - 1))
        S.section(ws, row, title)
        row += 1
        part = None
        for key in block_keys:
            key_part, label, fmt = parameter_label(key)
            if key_part != part:
                part = key_part
                S.text(ws, row, 1, part, style=S.BOLD, font=S.HEADER_FONT)
                for column in range(1, len(codes) + 2):
                    ws.cell(row, column).border = S.TOTAL_BORDER
                row += 1
            S.text(ws, row, 1, label)
            for k, code in enumerate(codes):
                value = content.parameters[code].get(key)
                if value is None:
                    continue
                cell = S.number(ws, row, 2 + k, value.pick(which), fmt)
                if (code, key) in changed_cells:
                    cell.style = S.BOLD
                    cell.number_format = fmt
                    cell.fill = S.CHANGED_FILL_STYLE
            row += 1
        row += 1
    notes = ["Aandelen, rendementen, uitstroom, demografie en trends in procenten; trends per jaar. Uitstroom "
             "is het cumulatieve deel van de huidige bezetting dat na zoveel jaar vertrokken is; extern "
             "rendement het deel van de gediplomeerden dat zoveel jaar na het diploma in het beroep in de regio "
             "werkt. Codes van de beroepen: zie het blad Kerncijfers."]
    if compacted:
        notes.append(f"Aannames met een waarde voor elk jaar (zoals uitstroom en extern rendement): hier staan het "
                     f"eerste jaar, elke {CURVE_STEP} jaar (bij de lage en hoge waarde elke {CURVE_STEP_LOW_HIGH} "
                     "jaar) en het laatste jaar, en elk jaar dat het scenario verandert. Alle jaren: in de app op "
                     "de pagina Scenario's.")
    if changed:
        notes.append("Geel en vet: afwijkend van de basis. Het Voorblad zet de afwijkingen naast de basiswaarde.")
    row = S.note(ws, row, "\n".join(notes), last_column=len(codes) + 1)
    S.fit_columns(ws, skip_rows=[1, 2], header_rows=[header_row], minimum=7.5, maximum=70)
    S.fit_row_heights(ws, [header_row, row - 1])
    S.print_setup(ws, content.page, "Aannames", title_rows=f"{header_row}:{header_row}",
                  freeze=f"B{header_row + 1}")
