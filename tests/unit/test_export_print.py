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
    assert [len(b) for b in year_blocks(range(2025, 2046))] == [11, 10]
    assert [len(b) for b in year_blocks(range(2025, 2036))] == [11]
    assert [len(b) for b in year_blocks(range(2025, 2056))] == [11, 10, 10]
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
    # every year table has at most 11 year columns (13 columns with code and name)
    headers = [r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Code"]
    for header in headers[:-1]:
        years = [ws.cell(header, c).value for c in range(3, ws.max_column + 1)
                 if isinstance(ws.cell(header, c).value, int)]
        assert 1 <= len(years) <= 11


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
