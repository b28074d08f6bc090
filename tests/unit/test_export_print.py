"""The meeting workbook on paper: the shortage per year prints at 8 pt or more, headings stand over
their numbers, the notes name the colours used, the charts use the app's colours, and the chart data
does not print."""

from __future__ import annotations

import re
import zipfile

import openpyxl
import pytest

from hrplanner import colours
from hrplanner.services.export.sheets_projection import year_blocks
from hrplanner.services.export.styles import tint
from tests.unit.test_export_xml import demo_export  # noqa: F401 - fixture

#: A4 landscape (29.7 cm) less the 0.5 inch margins either side, in cm.
PRINTABLE_CM = 29.7 - 2 * 2.54 * 0.5


def _column_cm(width: float) -> float:
    """How wide a column of ``width`` Excel units prints: 7 pixels a unit plus 5 of padding, at 96 dpi."""
    return (width * 7 + 5) / 96 * 2.54


def test_years_split_into_even_tables():
    # at most 10 years a table, as even as possible: 21 years = 7 + 7 + 7; 11 = 6 + 5; 31 = 8 + 8 + 8 + 7
    assert [len(b) for b in year_blocks(range(2025, 2046))] == [7, 7, 7]
    assert [len(b) for b in year_blocks(range(2025, 2035))] == [10]
    assert [len(b) for b in year_blocks(range(2025, 2036))] == [6, 5]
    assert [len(b) for b in year_blocks(range(2025, 2056))] == [8, 8, 8, 7]
    assert sum(year_blocks(range(2025, 2046)), []) == list(range(2025, 2046))


def test_the_shortage_per_year_prints_at_8_pt_or_more(demo_export):
    ws = openpyxl.load_workbook(demo_export)["Tekort per jaar"]
    assert ws.page_setup.fitToWidth == 1  # fitted to the page width: the font shrinks with the width
    used = {c.column for row in ws.iter_rows(min_row=4) for c in row
            if c.value is not None and (c.row, c.column) not in _merged(ws)}
    width_cm = sum(_column_cm(ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width)
                   for c in range(1, max(used) + 1))
    scale = min(1.0, PRINTABLE_CM / width_cm)
    assert 10 * scale >= 8, f"{width_cm:.1f} cm wide: prints at {10 * scale:.1f} pt"
    # every year table has at most 10 year columns (12 columns with code and name)
    headers = [r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Code"]
    for header in headers[:-1]:
        years = [ws.cell(header, c).value for c in range(3, ws.max_column + 1)
                 if isinstance(ws.cell(header, c).value, int)]
        assert 1 <= len(years) <= 10


def _merged(ws) -> set[tuple[int, int]]:  # noqa: ANN001
    return {(r, c) for rng in ws.merged_cells.ranges for r in range(rng.min_row, rng.max_row + 1)
            for c in range(rng.min_col, rng.max_col + 1)}


def test_headings_stand_over_their_numbers(demo_export):
    book = openpyxl.load_workbook(demo_export)
    for name in ("Tekort per jaar", "Kerncijfers"):
        ws = book[name]
        merged = _merged(ws)
        checked = 0
        for row in ws.iter_rows():
            for cell in row:
                if cell.style != "Tabelkop (hrplanner)" or cell.value is None or (cell.row, cell.column) in merged:
                    continue
                below = ws.cell(cell.row + 1, cell.column)
                if isinstance(below.value, (int, float)):
                    # numbers are right-aligned (general alignment); so is their heading
                    assert below.alignment.horizontal in (None, "general", "right"), (name, below.coordinate)
                    assert cell.alignment.horizontal == "right", (name, cell.coordinate, cell.value)
                    checked += 1
        assert checked, name


def test_notes_name_the_colours_used_and_charts_use_the_apps(demo_export, demo_template, capsys):
    import json

    from hrplanner.cli import run

    assert run(["project", "--register", str(demo_template), "--format", "json"]) == 0
    shown = [p for p in json.loads(capsys.readouterr().out) if not p.get("hidden")]
    book = openpyxl.load_workbook(demo_export)
    gap = book["Tekort per jaar"]
    subtitle = gap["A2"].value
    # the colour scale runs from a tint of the app's surplus colour (blue) to its shortage colour (red)
    assert "tekort (rood)" in subtitle and "overschot (blauw)" in subtitle
    assert colours.SHORTAGE == colours.VERMILLION and colours.SURPLUS == colours.BLUE
    rules = [r for rng in gap.conditional_formatting for r in rng.rules]
    ends = {(r.colorScale.color[0].rgb[-6:], r.colorScale.color[-1].rgb[-6:]) for r in rules}
    assert ends == {(tint("0072B2", 0.6), tint("D55E00", 0.8))}
    charts = book["Grafieken"]
    assert "Groen = aanbod, blauw gestreept = vraag" in charts["A2"].value
    with zipfile.ZipFile(demo_export) as archive:
        chart_xml = [archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/charts/chart")]
    def series_colours(xml: str) -> list[str]:
        return [re.search(r'srgbClr val="([0-9A-F]{6})"', ser).group(1)
                for ser in re.findall(r"<(?:c:)?ser>.*?</(?:c:)?ser>", xml, re.S)]

    line_charts = [x for x in chart_xml if re.search(r"<(?:c:)?lineChart>", x)]
    assert len(line_charts) == len(shown)  # one per occupation the shared view shows
    for xml in line_charts:  # supply then demand: the app's supply green and demand blue (dashed)
        assert series_colours(xml) == [colours.hex6(colours.SUPPLY), colours.hex6(colours.DEMAND)]
        assert 'prstDash val="dash"' in xml
    gap_chart = next(x for x in chart_xml if re.search(r'barDir val="bar"', x))
    assert series_colours(gap_chart) == [colours.hex6(colours.SHORTAGE)]  # shortage bars, as the app's gap
    assert colours.hex6(colours.SURPLUS) in gap_chart  # surplus bars (negative gaps) in the app's blue


def test_the_chart_data_does_not_print(demo_export):
    book = openpyxl.load_workbook(demo_export)
    assert book["Grafiekgegevens"].sheet_state == "hidden"
    assert all(ws.sheet_state == "visible" for ws in book if ws.title != "Grafiekgegevens")


@pytest.mark.parametrize("hex_colour, share, expected", [("0072B2", 1.0, "0072B2"), ("0072B2", 0.0, "FFFFFF"),
                                                        ("D55E00", 0.5, "EAAF80")])
def test_tint_mixes_with_white(hex_colour, share, expected):
    # 0xD5 = 213: 255 - (255 - 213) * 0.5 = 234 = 0xEA; 0x5E = 94: 255 - 161 * 0.5 = 174.5 -> 175 = 0xAF
    assert tint(hex_colour, share) == expected


# --- every printed page at 8 pt or more ----------------------------------------------------------------------

#: Excel's default column width, in character units, for a column without its own width.
DEFAULT_WIDTH = 8.43


def _printed_columns(ws) -> int:  # noqa: ANN001
    """The last column that prints: the print area's, or the last holding a value or a merged note."""
    if ws.print_area:
        area = ws.print_area if isinstance(ws.print_area, str) else ws.print_area[0]
        return openpyxl.utils.range_boundaries(area.split("!")[-1].replace("$", ""))[2]
    used = [c.column for row in ws.iter_rows() for c in row if c.value is not None]
    return max(used + [rng.max_col for rng in ws.merged_cells.ranges])


def _run_on_cm(ws) -> float:  # noqa: ANN001
    """How far to the right text that is not wrapped runs on over the empty cells beside it: a
    spreadsheet prints that text too, so it widens the page. A letter is about 1/1.2 of the digit a
    width unit counts, 1.1 times that in bold, in proportion to the font size."""
    merged = _merged(ws)
    letters = openpyxl.utils.get_column_letter
    furthest = 0.0
    for row in ws.iter_rows():
        for cell in row:
            if not isinstance(cell.value, str) or (cell.row, cell.column) in merged or cell.alignment.wrap_text:
                continue
            size = cell.font.sz or 11
            units = len(cell.value) / 1.2 * size / 10 * (1.1 if cell.font.b else 1.0)
            before = sum(_column_cm(ws.column_dimensions[letters(c)].width or DEFAULT_WIDTH)
                         for c in range(1, cell.column))
            furthest = max(furthest, before + _column_cm(units))
    return furthest


def effective_points(ws) -> tuple[float, float, float]:  # noqa: ANN001
    """(the smallest printed font size in points, the fit-to-width scale, the printed width in cm at 100%).

    Worked out from the page setup and the column widths, independently of the export code: the columns
    that print, each (width x 7 + 5) pixels at 96 dpi; a sheet fitted to one page wide prints at
    printable width / that width (never above 100%); the smallest font of a cell that holds text or a
    number, times that scale."""
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
    printable = 29.7 - 2.54 * (ws.page_margins.left + ws.page_margins.right)
    last = _printed_columns(ws)
    width = sum(_column_cm(ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width or DEFAULT_WIDTH)
                for c in range(1, last + 1))
    width = max(width, _run_on_cm(ws))
    fitted = ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    scale = min(1.0, printable / width) if fitted else (ws.page_setup.scale or 100) / 100
    smallest = min(c.font.sz or 11 for row in ws.iter_rows() for c in row if c.value is not None)
    return smallest * scale, scale, width


def test_every_printed_sheet_prints_at_8_pt_or_more(demo_export):
    book = openpyxl.load_workbook(demo_export)
    printed = [ws for ws in book if ws.sheet_state == "visible"]
    assert len(printed) == len(book.sheetnames) - 1  # all but the chart data
    small = {}
    for ws in printed:
        points, scale, width = effective_points(ws)
        if points < 8:
            small[ws.title] = f"{points:.1f} pt ({width:.1f} cm wide, scale {scale:.2f})"
        # the page header and footer (8 pt) do not shrink with the sheet
        assert ws.HeaderFooter.scaleWithDoc is False, ws.title
        assert min(ws.oddHeader.left.size, ws.oddHeader.center.size, ws.oddFooter.center.size) >= 8
    assert small == {}


def test_the_measure_catches_a_sheet_too_wide(tmp_path):
    """The measure itself: 12 columns of 20 units (12 x (140 + 5) px = 46.0 cm) at 10 pt on a page 27.16
    cm wide print at 27.16 / 46.04 = 0.59, so 10 pt becomes 5.9 pt."""
    from hrplanner.services.export import styles as S

    wb = openpyxl.Workbook()
    ws = wb.active
    S.prepare(wb)
    for column in range(1, 13):
        S.text(ws, 1, column, "tekst")
        ws.column_dimensions[openpyxl.utils.get_column_letter(column)].width = 20
    S.print_setup(ws, S.PageInfo("Regio", __import__("datetime").date(2025, 12, 31), False, "test"),
                  "Blad", title_rows=None, freeze=None)
    points, scale, width = effective_points(ws)
    assert width == pytest.approx(12 * 145 / 96 * 2.54)
    assert scale == pytest.approx((29.7 - 2.54) / (12 * 145 / 96 * 2.54))
    assert points == pytest.approx(10 * 0.59, abs=0.01)
    # a remark of 420 letters that runs on from A2 (not wrapped): 420 / 1.2 = 350 units, 2,450 + 5 px
    # = 65.0 cm, wider than the 12 columns: the sheet prints at 27.16 / 65.0 = 0.42, 10 pt as 4.2 pt
    S.text(ws, 2, 1, "x" * 420)
    points, scale, width = effective_points(ws)
    assert width == pytest.approx(2455 / 96 * 2.54)
    assert points == pytest.approx(10 * 27.16 / (2455 / 96 * 2.54))


def test_the_key_figures_and_coordination_tables_are_at_most_eleven_columns(demo_export):
    book = openpyxl.load_workbook(demo_export)
    for name in ("Kerncijfers", "Co\u00f6rdinatie", "Opleidingsplan"):
        ws = book[name]
        merged = _merged(ws)
        header_rows = [r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value in ("Code", "Beroep", "Organisatie")]
        assert header_rows, name
        for r in header_rows:
            last = max(c for c in range(1, ws.max_column + 1)
                       if ws.cell(r, c).value is not None or (r, c) in merged)
            assert last <= 14, (name, r, last)
    plan = book["Opleidingsplan"]
    assert plan["A1"].value == "Gezamenlijk opleidingsplan"
    coordination = [v for row in book["Co\u00f6rdinatie"].iter_rows(values_only=True) for v in row if v]
    assert "Praktijkplaatsen nu" not in coordination  # the plan moved to its own sheet


# --- the assumptions' curves -----------------------------------------------------------------------------------


def test_long_curves_print_every_five_years_with_first_last_and_changed_points():
    from hrplanner.services.export.sheets_projection import compact_curves

    keys = ["years.base", *(f"group.women.outflow.{y}" for y in range(1, 21)), "demand.demography.5",
            "demand.demography.10", "demand.trend.efficiency"]
    shown, left_out = compact_curves(keys, {"group.women.outflow.7"})
    # 1 (first), 5, 10, 15, 20 (last) and 7 (changed); the 2-point demography stays whole
    assert shown == ["years.base", *(f"group.women.outflow.{y}" for y in (1, 5, 7, 10, 15, 20)),
                     "demand.demography.5", "demand.demography.10", "demand.trend.efficiency"]
    assert left_out
    shown, _ = compact_curves(keys, set(), step=10)
    assert [k for k in shown if "outflow" in k] == [f"group.women.outflow.{y}" for y in (1, 10, 20)]
    assert compact_curves(keys[:1] + keys[-3:], set()) == (keys[:1] + keys[-3:], False)


def test_the_assumptions_sheet_lists_curves_compactly_and_says_so(demo_export):
    ws = openpyxl.load_workbook(demo_export)["Aannames"]
    labels = [ws.cell(r, 1).value for r in range(5, ws.max_row + 1)]
    # the demo's outflow curves have a point for each of 20 years: middle block 1, 5, 10, 15, 20; low and
    # high 1, 10, 20
    women = [label for label in labels if label and label.startswith("Uitstroom, vrouwen, na ")]
    assert women == [f"Uitstroom, vrouwen, na {y} jaar" for y in (1, 5, 10, 15, 20, 1, 10, 20, 1, 10, 20)]
    notes = ws.cell(ws.max_row, 1).value
    assert "elke 5 jaar" in notes and "elke 10 jaar" in notes
    # 11 (not 60) rows for one yearly curve over the three blocks: the sheet is under 150 rows, not 326
    assert ws.max_row < 150


# --- headings stay with their text -----------------------------------------------------------------------------


def test_no_heading_of_the_methods_sheet_ends_a_page(demo_export):
    """Pages as a printer fills them: rows (their set height, or 12.75 pt) under the two repeated title rows
    until the next manual break, or until the page (465 pt less the titles) is full. No section heading is
    the last row of a page, and a heading's first paragraph is on the heading's page."""
    ws = openpyxl.load_workbook(demo_export)["Methode"]
    breaks = {b.id for b in ws.row_breaks.brk}
    height = lambda r: ws.row_dimensions[r].height or 12.75  # noqa: E731
    room = 465 - height(1) - height(2)
    page, used, page_of = 1, 0.0, {}
    for r in range(3, ws.max_row + 1):
        if used + height(r) > room:
            page, used = page + 1, 0.0
        page_of[r] = page
        used += height(r)
        if r in breaks:
            page, used = page + 1, 0.0
    headings = [r for r in range(4, ws.max_row + 1) if ws.cell(r, 2).style == "Kop (hrplanner)"]
    assert len(headings) >= 8
    for r in headings:
        assert page_of[r + 1] == page_of[r], ws.cell(r, 2).value
    small = next(r for r in headings if ws.cell(r, 2).value.startswith("Kleine aantallen"))
    assert page_of[small] == page_of[small + 1] == page_of[small + 2]  # the whole short section together
