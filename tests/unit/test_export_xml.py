"""The meeting workbook read a second way: straight from the XML parts of the zip (zipfile + defusedxml,
no spreadsheet library), so the figures the tests check do not rest on openpyxl reading back what
openpyxl wrote. The tests here compare the two readers and look at what only the XML shows: no formula
anywhere, no number stored as text, charts that point at the data sheet.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path, PurePosixPath

import openpyxl
import pytest
from defusedxml import ElementTree

from hrplanner.services.export import export_workbook

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CHART = "http://schemas.openxmlformats.org/drawingml/2006/chart"

Cells = dict[tuple[int, int], object]


def _position(ref: str) -> tuple[int, int]:
    letters, digits = re.fullmatch(r"([A-Z]+)([0-9]+)", ref).groups()
    column = 0
    for ch in letters:
        column = column * 26 + ord(ch) - 64
    return int(digits), column


def _text(element) -> str:  # noqa: ANN001
    return "".join(t.text or "" for t in element.iter(f"{{{MAIN}}}t"))


def _resolve(base: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    parts: list[str] = []
    for part in (PurePosixPath(base).parent / target).parts:
        if part == "..":
            parts.pop()
        elif part != ".":
            parts.append(part)
    return "/".join(parts)


def _rels(z: zipfile.ZipFile, part: str) -> dict[str, str]:
    path = PurePosixPath(part)
    rels = str(path.parent / "_rels" / f"{path.name}.rels")
    if rels not in z.namelist():
        return {}
    return {r.get("Id"): _resolve(part, r.get("Target")) for r in ElementTree.fromstring(z.read(rels))}


def sheet_parts(path: Path) -> dict[str, str]:
    """Sheet name -> the zip part holding it."""
    with zipfile.ZipFile(path) as z:
        book = ElementTree.fromstring(z.read("xl/workbook.xml"))
        rels = _rels(z, "xl/workbook.xml")
        return {s.get("name"): rels[s.get(f"{{{REL}}}id")] for s in book.iter(f"{{{MAIN}}}sheet")}


def read_xml(path: Path) -> dict[str, Cells]:
    """Every sheet's cell values: numbers as float, text as str, booleans as bool."""
    with zipfile.ZipFile(path) as z:
        strings = []
        if "xl/sharedStrings.xml" in z.namelist():
            strings = [_text(si) for si in ElementTree.fromstring(z.read("xl/sharedStrings.xml"))]
        out: dict[str, Cells] = {}
        for name, part in sheet_parts(path).items():
            cells: Cells = {}
            for c in ElementTree.fromstring(z.read(part)).iter(f"{{{MAIN}}}c"):
                kind = c.get("t", "n")
                v = c.find(f"{{{MAIN}}}v")
                if kind == "inlineStr":
                    inline = c.find(f"{{{MAIN}}}is")
                    value: object = _text(inline) if inline is not None else ""
                elif v is None:
                    continue
                elif kind == "s":
                    value = strings[int(v.text)]
                elif kind in ("str", "e"):
                    value = v.text or ""
                elif kind == "b":
                    value = v.text == "1"
                else:
                    value = float(v.text)
                if value == "":
                    continue
                cells[_position(c.get("r"))] = value
            out[name] = cells
    return out


def read_openpyxl(path: Path) -> dict[str, Cells]:
    workbook = openpyxl.load_workbook(path)
    return {ws.title: {(c.row, c.column): c.value for row in ws.iter_rows() for c in row
                       if c.value is not None and c.value != ""} for ws in workbook.worksheets}


READERS = {"openpyxl": read_openpyxl, "xml": read_xml}


@pytest.fixture(scope="module")
def demo_export(demo_template, tmp_path_factory) -> Path:
    return export_workbook(demo_template, tmp_path_factory.mktemp("export") / "demo.xlsx")


def test_both_readers_see_the_same_cells(demo_export):
    by_openpyxl, by_xml = read_openpyxl(demo_export), read_xml(demo_export)
    assert list(by_openpyxl) == list(by_xml)
    for sheet in by_openpyxl:
        assert by_openpyxl[sheet] == by_xml[sheet], sheet


def test_no_formulas_and_no_numbers_stored_as_text(demo_export):
    looks_numeric = re.compile(r"^[+-]?[0-9][0-9.,]*%?$")
    with zipfile.ZipFile(demo_export) as z:
        for name, part in sheet_parts(demo_export).items():
            root = ElementTree.fromstring(z.read(part))
            assert root.find(f".//{{{MAIN}}}f") is None, f"a formula on {name}"
    for name, cells in read_xml(demo_export).items():
        numeric_text = [(pos, v) for pos, v in cells.items() if isinstance(v, str) and looks_numeric.match(v)]
        assert numeric_text == [], name


def test_charts_point_at_the_data_sheet(demo_export, demo_template):
    from hrplanner.services.register import Register

    from hrplanner.services.publication import round_publication

    with Register.open(demo_template, read_only=True) as register:
        from hrplanner.services.projection import basis
        publication = round_publication(register)
        # an occupation whose regional figures are hidden has no chart (its supply starts from its persons)
        occupations = len([code for code in basis(register).params if not publication.occupation_hidden(code)])
    with zipfile.ZipFile(demo_export) as z:
        charts_part = sheet_parts(demo_export)["Grafieken"]
        drawings = [t for t in _rels(z, charts_part).values() if "drawings/" in t]
        assert len(drawings) == 1
        charts = sorted(t for t in _rels(z, drawings[0]).values() if "charts/" in t)
        # one supply and demand chart per occupation shown, the gap chart and the vacancy chart
        assert len(charts) == occupations + 2
        for chart in charts:
            root = ElementTree.fromstring(z.read(chart))
            formulas = [f.text for f in root.iter(f"{{{CHART}}}f")]
            assert formulas, chart
            assert all(f.startswith("'Grafiekgegevens'!") for f in formulas), formulas
        kinds = [child.tag.split("}")[1] for c in charts
                 for child in ElementTree.fromstring(z.read(c)).find(f".//{{{CHART}}}plotArea")
                 if child.tag.endswith("Chart")]
        assert kinds.count("lineChart") == occupations and kinds.count("barChart") == 2


def chart_titled(path: Path, title: str):  # noqa: ANN201 - the chart part's XML root
    """The chart of the charts sheet whose title holds ``title``, read from the zip's XML."""
    with zipfile.ZipFile(path) as z:
        drawing = next(t for t in _rels(z, sheet_parts(path)["Grafieken"]).values() if "drawings/" in t)
        roots = [ElementTree.fromstring(z.read(t)) for t in _rels(z, drawing).values() if "charts/" in t]
    return next(r for r in roots if title in "".join(
        t.text or "" for t in r.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}t")))


def test_the_vacancy_chart_draws_no_hidden_cell_as_zero(demo_export):
    """A chart draws an empty cell as no bar, which reads as 0 vacancies. An occupation hidden (x) on
    any date of the vacancy chart stays on the data sheet below the charted rows and is named under the
    chart instead."""
    cells = read_xml(demo_export)
    data, charts_sheet = cells["Grafiekgegevens"], cells["Grafieken"]
    vacancy = chart_titled(demo_export, "Open vacatures")
    categories = vacancy.find(f".//{{{CHART}}}cat//{{{CHART}}}f").text
    first, last = (int(n) for n in re.fullmatch(r"'Grafiekgegevens'!\$A\$(\d+):\$A\$(\d+)", categories).groups())
    header = first - 1
    dates = [c for (r, c) in data if r == header and c >= 3]
    assert dates
    for row in range(first, last + 1):
        assert all(isinstance(data.get((row, c)), (int, float)) for c in dates), (row, data.get((row, 2)))
    below = []
    row = last + 1
    while isinstance(data.get((row, 1)), str):
        below.append(row)
        row += 1
    # the demo (seed 2025) hides the smallest occupations on some date: they are the rows below
    assert below
    for row in below:
        assert any(data.get((row, c)) is None for c in dates), data.get((row, 2))
    note = next(v for v in charts_sheet.values() if isinstance(v, str) and v.startswith("Niet in de grafiek"))
    assert all(data[(row, 2)] in note for row in below)


def test_the_gap_charts_names_stay_left_of_a_surplus_bar(demo_export):
    """The gap chart's occupation names sit at the low end of the value axis, not on its zero line,
    where a negative (surplus) bar would run over them."""
    gap = chart_titled(demo_export, "Tekort in")
    category_axis = gap.find(f".//{{{CHART}}}catAx")
    assert category_axis.find(f"{{{CHART}}}tickLblPos").get("val") == "low"


EMU_PER_PIXEL = 9525
DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"


def test_charts_do_not_overlap(demo_export):
    """Every chart of the charts sheet sits in its own rectangle (the sheet's columns are 75 pixels
    wide, its rows 20 pixels high)."""
    with zipfile.ZipFile(demo_export) as z:
        part = sheet_parts(demo_export)["Grafieken"]
        drawing = next(t for t in _rels(z, part).values() if "drawings/" in t)
        root = ElementTree.fromstring(z.read(drawing))
    boxes = []
    for anchor in root:
        start = anchor.find(f"{{{DRAWING}}}from")
        extent = anchor.find(f"{{{DRAWING}}}ext")
        left = int(start.find(f"{{{DRAWING}}}col").text) * 75 * EMU_PER_PIXEL
        top = int(start.find(f"{{{DRAWING}}}row").text) * 20 * EMU_PER_PIXEL
        boxes.append((left, top, left + int(extent.get("cx")), top + int(extent.get("cy"))))
    assert len(boxes) >= 3
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            apart = a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
            assert apart, (a, b)
