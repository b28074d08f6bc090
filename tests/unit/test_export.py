"""The meeting workbook: the same figures as the command line (read back with openpyxl and with the
XML reader), print-ready sheets, user text that is never a formula, and errors that leave no file."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from hrplanner.domain.rounding import rounded
from sqlmodel import select

from hrplanner.cli import command_names, run
from hrplanner.db import repositories as repo
from hrplanner.db.models import Organisation
from hrplanner.domain.projection.params import Triple
from hrplanner.services import projection as P
from hrplanner.services.errors import ServiceError
from hrplanner.services.export import export_workbook
from hrplanner.services.export.styles import shown_text
from hrplanner.services.register import Register
from tests.unit.helpers import small_register
from tests.unit.test_export_xml import READERS, demo_export, read_xml  # noqa: F401 - demo_export: fixture

SHEETS = ["Voorblad", "Kerncijfers", "Tekort per jaar", "Grafieken", "Co\u00f6rdinatie", "Opleidingsplan",
          "Per organisatie",
          "Aannames", "Methode", "Grafiekgegevens"]


def cli(capsys, *argv) -> tuple[int, str, str]:
    code = run([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def cli_json(capsys, *argv):
    code, out, err = cli(capsys, *argv)
    assert code == 0, err
    return json.loads(out)


def header_rows(cells, column: int = 1, label: str = "Code") -> list[int]:
    return sorted(r for (r, c), v in cells.items() if c == column and v == label)


def table(cells, header: int, *, key_column: int = 1, first_column: int = 3, total_label: str | None = None,
          total_column: int = 2) -> tuple[dict[object, int], dict[object, int]]:
    """(row of each key below a header row, column of each header label)."""
    columns = {v: c for (r, c), v in cells.items() if r == header and c >= first_column}
    rows: dict[object, int] = {}
    r = header + 1
    while (r, key_column) in cells or (total_label and cells.get((r, total_column)) == total_label):
        if total_label and cells.get((r, total_column)) == total_label:
            rows[None] = r
            break
        rows[cells[(r, key_column)]] = r
        r += 1
    return rows, columns


# --- the figures are the command line's ------------------------------------------------------------------


def key_figures(cells) -> dict[object, dict[str, tuple[object, object, object]]]:
    """Per occupation code (None: the region) per metric: (current, previous, difference)."""
    out: dict[object, dict[str, tuple]] = {}
    for header in header_rows(cells):
        metrics = {v: c for (r, c), v in cells.items() if r == header - 1 and c >= 3}
        rows, _ = table(cells, header, total_label="Regio totaal")
        for code, r in rows.items():
            for label, c in metrics.items():
                out.setdefault(code, {})[label] = (cells.get((r, c)), cells.get((r, c + 1)), cells.get((r, c + 2)))
    return out


def ratio(expected: float | None):  # noqa: ANN201 - what a ratio cell must hold: empty when undefined
    """A ratio the summary gives as None (no open vacancies, no persons) is an empty cell; any other is
    stored as the workbook shows it, a percentage with one decimal rounded half up (domain.rounding)."""
    return None if expected is None else rounded(expected, 3)


@pytest.mark.parametrize("reader", list(READERS))
def test_key_figures_are_the_summary_commands(demo_template, demo_export, capsys, reader):
    now = cli_json(capsys, "summary", "--register", demo_template, "--format", "json")
    before = cli_json(capsys, "summary", "--register", demo_template, "--round", now["previous_date"],
                      "--format", "json")
    figures = key_figures(READERS[reader](demo_export)["Kerncijfers"])
    previous = {o["occupation"]: o for o in before["occupations"]}
    assert set(figures) == {o["occupation"] for o in now["occupations"]} | {None}
    hidden_somewhere = False
    for occupation in [*now["occupations"], {"occupation": None, **now["total"]}]:
        shown = figures[occupation["occupation"]]
        then = previous.get(occupation["occupation"], before["total"])
        # the workbook stores each figure as it shows it: rounded half up (domain.rounding): fte to one
        # decimal, ratios as a percentage with one decimal; counts exactly
        for label, name, as_shown in [("Personen", "persons", lambda v: v), ("Fte", "fte", lambda v: rounded(v, 1)),
                                      ("Open vacatures", "open_positions", lambda v: v),
                                      ("Vacaturegraad", "vacancy_rate", ratio),
                                      ("Vacatures \u2265 3 maanden open", "long_open_share", ratio),
                                      ("Verloop", "turnover", ratio), ("Circulatie binnen de regio", "circulation_share", ratio),
                                      ("Aandeel 55+", "share_55_plus", ratio), ("Aandeel 60+", "share_60_plus", ratio)]:
            # both are the shared view: hidden in one exactly where hidden in the other
            for k, value in ((0, occupation[name]), (1, then[name])):
                if value == "x":
                    hidden_somewhere = True
                    assert shown[label][k] == "x", (occupation["occupation"], label, k)
                    assert shown[label][2] == "x"
                elif value is None:  # a ratio without a denominator: an empty cell
                    assert shown[label][k] is None, (label, k)
                else:
                    assert shown[label][k] == pytest.approx(as_shown(value), rel=1e-12), (label, k)
        if "x" not in (occupation["persons"], then["persons"]):
            assert shown["Personen"][2] == occupation["persons"] - then["persons"]
        if "x" not in (occupation["vacancy_rate"], then["vacancy_rate"]) and None not in (
                occupation["vacancy_rate"], then["vacancy_rate"]):
            # the difference of two percentages is that of the figures as shown (one decimal of a percent)
            assert shown["Vacaturegraad"][2] == pytest.approx(
                round(occupation["vacancy_rate"], 3) - round(then["vacancy_rate"], 3), abs=1e-9)
    assert hidden_somewhere  # the demo region has small groups
    assert figures[None]["Personen"][0] == now["total"]["persons"]


@pytest.mark.parametrize("reader", list(READERS))
def test_gap_and_advice_are_the_project_commands(demo_template, demo_export, capsys, reader):
    listed = cli_json(capsys, "project", "--register", demo_template, "--format", "json")
    # both the shared view: an occupation the command hides is a row of marks on the sheet, and the
    # total is that of the occupations shown
    projections = [p for p in listed if not p.get("hidden")]
    hidden = [p["occupation"] for p in listed if p.get("hidden")]
    assert hidden  # the demo region has small occupations
    book = READERS[reader](demo_export)
    cells = book["Tekort per jaar"]
    # The 21 years print as three tables (7 + 7 + 7 years, each at full size), then the advice.
    *gap_headers, advice_header = header_rows(cells)
    assert len(gap_headers) == 3
    blocks = [table(cells, h, total_label="Alle getoonde beroepen samen") for h in gap_headers]
    assert [sorted(years) for _, years in blocks] == [list(range(2025, 2032)), list(range(2032, 2039)),
                                                      list(range(2039, 2046))]
    advice_rows, advice_columns = table(cells, advice_header)
    for gaps, years in blocks:
        assert list(gaps)[:-1] == [p["code"] for p in projections] + hidden
        for code in hidden:
            assert {cells[(gaps[code], c)] for c in years.values()} == {"x"}
    for code in hidden:
        assert code not in advice_rows

    def gap(code, year):  # noqa: ANN001, ANN202
        gaps, years = next(b for b in blocks if year in b[1])
        return cells[(gaps[code], years[year])]

    for p in projections:
        # the workbook rounds the exact gap to one decimal; the JSON has two, so they agree within 0.1
        assert [gap(p["code"], y) for y in p["years"]] == pytest.approx(p["gap_fte"], abs=0.1)
        r = advice_rows[p["code"]]
        for advice in p["advice"]:
            column = advice_columns[f"Advies {advice['equilibrium_year']}"]
            assert cells[(r, advice_columns["Instroom nu per jaar"])] == pytest.approx(advice["current_intake"],
                                                                                      abs=0.05)
            if advice["intake_clipped"] is None:
                assert (r, column) not in cells
                continue
            assert cells[(r, column)] == pytest.approx(advice["intake_clipped"], abs=1e-9)
            today = cells[(r, advice_columns["Instroom nu per jaar"])]
            assert cells[(r, column + 1)] == pytest.approx(advice["intake_clipped"] - today, abs=1e-9)
    for k, year in enumerate(projections[0]["years"]):
        assert gap(None, year) == pytest.approx(sum(p["gap_fte"][k] for p in projections),
                                                abs=0.05 + 0.005 * len(projections))
    # the chart data: supply and demand per occupation, and the gap in the first equilibrium year
    data = book["Grafiekgegevens"]
    first_header = header_rows(data)[0]
    first_year = projections[0]["advice"][0]["equilibrium_year"]
    for p in projections:
        supply_row = next(r for (r, c), v in data.items() if c == 1 and v == p["code"] and r > first_header)
        year_column = {v: c for (r, c), v in data.items() if r == first_header and c >= 4}
        assert [data[(supply_row, year_column[y])] for y in p["years"]] == pytest.approx(p["supply_fte"], abs=0.1)
        assert [data[(supply_row + 1, year_column[y])] for y in p["years"]] == pytest.approx(p["demand_fte"],
                                                                                             abs=0.1)
    gap_header = header_rows(data)[1]
    assert data[(gap_header, 3)] == f"Tekort {first_year}"
    first_gaps = [data[(gap_header + 1 + k, 3)] for k in range(len(projections))]
    index = projections[0]["years"].index(first_year)
    assert first_gaps == pytest.approx([p["gap_fte"][index] for p in projections], abs=0.1)


# --- print-ready ---------------------------------------------------------------------------------------------


def test_every_sheet_is_print_ready(demo_export, demo_template):
    workbook = openpyxl.load_workbook(demo_export)
    assert workbook.sheetnames == SHEETS
    for ws in workbook.worksheets:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0, ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert ws.freeze_panes is not None, ws.title
        assert ws.print_title_rows, ws.title
        assert ws.oddFooter.center.text == "Pagina &P van &N", ws.title
        assert ws.oddHeader.left.text == "Twente (demo)", ws.title
        assert "Fictieve cijfers" in ws.oddFooter.right.text, ws.title


def test_numbers_fit_their_columns(demo_export):
    """No '#####': every number's shown text is narrower than its column."""
    workbook = openpyxl.load_workbook(demo_export)
    for ws in workbook.worksheets:
        merged = {(r, c) for rng in ws.merged_cells.ranges for r in range(rng.min_row, rng.max_row + 1)
                  for c in range(rng.min_col, rng.max_col + 1)}
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, (int, float)) and (cell.row, cell.column) not in merged:
                    width = ws.column_dimensions[cell.column_letter].width
                    shown = shown_text(cell.value, cell.number_format)
                    assert width and len(shown) * (1.1 if cell.font.b else 1) + 1 <= width, \
                        (ws.title, cell.coordinate, shown, width)


def test_the_demo_export_says_the_figures_are_fictitious(demo_export, tmp_path):
    cover = read_xml(demo_export)["Voorblad"]
    assert "Fictieve cijfers \u2014 demoregio" in cover.values()
    own = tmp_path / "own.hrplan"
    small_register(own).close()
    plain = export_workbook(own, tmp_path / "own.xlsx")
    book = read_xml(plain)
    assert not any("Fictieve" in str(v) for cells in book.values() for v in cells.values())
    assert "Fictieve" not in (openpyxl.load_workbook(plain)["Kerncijfers"].oddFooter.right.text or "")


# --- user text ------------------------------------------------------------------------------------------------


def test_text_that_looks_like_a_formula_is_written_as_text(tmp_path):
    path = tmp_path / "small.hrplan"
    with small_register(path) as register:
        with register.transaction() as session:
            repo.set_meta("region", "=A&B", session=session)
            organisation = session.exec(select(Organisation).where(Organisation.name == "A")).one()
            organisation.name = "=cmd|' /C calc'!A0"
            session.add(organisation)
        P.create_scenario(register, "=1+1", "@SUM(1,2)")
        out = export_workbook(register, tmp_path / "safe.xlsx", scenario="=1+1")
    texts = {v for cells in read_xml(out).values() for v in cells.values() if isinstance(v, str)}
    assert {"=1+1", "@SUM(1,2)", "=A&B", "=cmd|' /C calc'!A0"} <= texts
    workbook = openpyxl.load_workbook(out)
    risky = [c for ws in workbook.worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str) and c.value[:1] in "=+-@"]
    assert risky and all(c.data_type == "s" and c.quotePrefix for c in risky)
    # in a page header '&' starts a code, so the region's '&' is doubled
    assert workbook["Kerncijfers"].oddHeader.left.text == "=A&&B"
    # (test_export_xml checks that no sheet of an export holds a formula at all)


# --- scenarios -------------------------------------------------------------------------------------------------


def test_a_scenarios_changes_are_marked_and_listed(demo_path, tmp_path, capsys):
    with Register.open(demo_path) as register:
        P.create_scenario(register, "meer GZ", "Meer opleidingsplaatsen GZ")
        P.set_parameters(register, "meer GZ", "GZ", {"training.lever.intake": Triple(10, 12, 14)})
    out = tmp_path / "scenario.xlsx"
    code, stdout, err = cli(capsys, "export", "--register", demo_path, "--scenario", "meer GZ", out)
    assert code == 0 and err == "" and stdout.startswith(f"Wrote {out}")
    workbook = openpyxl.load_workbook(out)
    ws = workbook["Aannames"]
    codes = {ws.cell(4, c).value: c for c in range(2, ws.max_column + 1)}
    label = "Instroom per jaar: instroom vanaf bijsturingsjaar"
    rows = [r for r in range(5, ws.max_row + 1) if ws.cell(r, 1).value == label]
    middle, low, high = rows  # one row in each of the middle, low and high blocks
    assert [ws.cell(r, codes["GZ"]).value for r in (middle, low, high)] == [12, 10, 14]
    assert all(ws.cell(r, codes["GZ"]).fill.fgColor.rgb.endswith("FFF2CC") for r in (middle, low, high))
    assert ws.cell(middle, codes["PM"]).fill.fgColor.rgb in (None, "00000000")
    cover = [v for row in workbook["Voorblad"].iter_rows(values_only=True) for v in row if v is not None]
    assert "meer GZ" in cover and "Meer opleidingsplaatsen GZ" in cover and label in cover
    gap = workbook["Tekort per jaar"]
    advice_header = [r for r in range(1, gap.max_row + 1) if gap.cell(r, 1).value == "Code"][-1]  # after the gaps
    gz = next(r for r in range(advice_header, gap.max_row + 1) if gap.cell(r, 1).value == "GZ")
    assert gap.cell(gz, 3).value == 12


# --- errors ----------------------------------------------------------------------------------------------------


def test_export_is_a_command():
    assert "export" in command_names()


def test_an_unknown_scenario_is_one_line_and_no_file(demo_template, tmp_path, capsys):
    out = tmp_path / "x.xlsx"
    code, _, err = cli(capsys, "export", "--register", demo_template, "--scenario", "nope", out)
    assert code == 2
    assert err.count("\n") == 1 and "No scenario named 'nope' (scenarios: basis)" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("target, message", [
    ("file.txt/out.xlsx", "does not exist"),
    ("out.csv", "must end in .xlsx"),
    ("folder.xlsx", "is a folder"),
])
def test_an_unwritable_path_is_one_line_and_no_file(demo_template, tmp_path, capsys, target, message):
    (tmp_path / "file.txt").write_text("not a folder")
    (tmp_path / "folder.xlsx").mkdir()
    before = sorted(p.name for p in tmp_path.iterdir())
    code, _, err = cli(capsys, "export", "--register", demo_template, tmp_path / target)
    assert code == 2 and err.count("\n") == 1 and message in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_a_failed_write_leaves_the_old_file_and_nothing_else(demo_template, tmp_path, monkeypatch):
    target = tmp_path / "meeting.xlsx"
    target.write_bytes(b"last month's workbook")

    def full_disk(self, target):  # noqa: ANN001 - a path or a stream
        if isinstance(target, (str, Path)):
            Path(target).write_bytes(b"PK half a workbook")
        else:
            target.write(b"PK half a workbook")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", full_disk)
    with pytest.raises(ServiceError, match="No space left on device"):
        export_workbook(demo_template, target)
    assert target.read_bytes() == b"last month's workbook"
    assert [p.name for p in tmp_path.iterdir()] == ["meeting.xlsx"]


def test_bad_threshold_and_round(demo_template, tmp_path, capsys):
    with pytest.raises(ServiceError, match="threshold = 0: must be a whole number from 1 to 100"):
        export_workbook(demo_template, tmp_path / "x.xlsx", threshold=0)
    with pytest.raises(SystemExit) as exited:  # the argument parser's own one-line error
        run(["export", "--register", str(demo_template), "--threshold", "0", str(tmp_path / "x.xlsx")])
    assert exited.value.code == 2 and "must be a whole number from 1 to 100, not 0" in capsys.readouterr().err
    with pytest.raises(ServiceError, match="No round with reference date 2020-01-01"):
        export_workbook(demo_template, tmp_path / "x.xlsx", round_date=date(2020, 1, 1))
    assert list(tmp_path.iterdir()) == []


def test_an_older_round_is_exported_as_that_round(demo_template, tmp_path, capsys):
    out = export_workbook(demo_template, tmp_path / "2024.xlsx", round_date=date(2024, 12, 31))
    data = cli_json(capsys, "summary", "--register", demo_template, "--round", "2024-12-31", "--format", "json")
    figures = key_figures(read_xml(out)["Kerncijfers"])
    assert figures[None]["Personen"][0] == data["total"]["persons"]
    assert figures[None]["Fte"][0] == rounded(data["total"]["fte"], 1)
    # the first round has no round before it: one column per figure (no previous, no difference), so
    # the column after the persons is the next figure
    assert figures[None]["Personen"][1] == figures[None]["Fte"][0]
    workbook = openpyxl.load_workbook(out)
    assert workbook["Kerncijfers"].oddHeader.right.text == "Peildatum 31-12-2024"


def test_progress_is_reported_up_to_done(demo_template, tmp_path):
    seen: list[float] = []
    export_workbook(demo_template, tmp_path / "p.xlsx", progress=lambda fraction, what: seen.append(fraction))
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) >= 5


def test_the_coordination_sheet_says_what_the_figures_mean(demo_export):
    from hrplanner.domain.coordination import NOTES

    book = read_xml(demo_export)
    texts = "\n".join(v for v in book["Co\u00f6rdinatie"].values() if isinstance(v, str))
    for key in ("moving", "not"):  # hiring from each other; no salaries
        assert NOTES["nl"][key] in texts, key
    plan = "\n".join(v for v in book["Opleidingsplan"].values() if isinstance(v, str))
    for key in ("plan", "law"):  # the plan; ACM: beside the plan, on its own sheet
        assert NOTES["nl"][key] in plan, key


def test_a_round_without_figures_exports_without_charts(tmp_path):
    with Register.create(tmp_path / "new.hrplan", region="Nieuwe regio") as register:
        with register.transaction() as session:
            repo.add_round(date(2025, 12, 31), "2025", session=session)
        out = export_workbook(register, tmp_path / "new.xlsx")
    book = read_xml(out)
    assert list(book) == SHEETS
    assert "Geen grafieken: op deze peildatum heeft geen beroep personeel in het register." in \
        book["Grafieken"].values()
    with zipfile.ZipFile(out) as z:
        assert not [n for n in z.namelist() if n.startswith("xl/charts/")]


def test_a_register_of_several_rounds_exports_the_summary_of_its_latest(tmp_path, capsys):
    """Three rounds: the previous round's persons at the start come from the round before it (read
    through the export's read-once register). The key figures sheet shows what `summary` prints."""
    path = tmp_path / "three.hrplan"
    assert run(["demo", str(path), "--rounds", "3", "--organisations", "8"]) == 0
    capsys.readouterr()
    out = tmp_path / "three.xlsx"
    export_workbook(path, out)
    assert run(["summary", "--register", str(path), "--format", "json"]) == 0
    now = json.loads(capsys.readouterr().out)
    assert now["previous_date"] == "2024-12-31"
    figures = key_figures(READERS["openpyxl"](out)["Kerncijfers"])
    assert figures[None]["Personen"][0] == now["total"]["persons"]
    assert figures[None]["Verloop"][0] == ratio(now["total"]["turnover"])


def test_the_export_reports_the_making_of_its_publications_and_stops_when_told(tmp_path, monkeypatch):
    """Three rounds, none of whose publications is at hand: their making (the optimiser and the attack)
    reports its progress as the export's "disclosure control", between 0.5 and 0.6, rising; what the
    progress raises stops the export before anything is written."""
    from hrplanner.domain.disclosure import publication as publication_module

    path = tmp_path / "three.hrplan"
    assert run(["demo", str(path), "--rounds", "3", "--organisations", "8"]) == 0
    monkeypatch.setenv("HRPLANNER_DATA_DIR", str(tmp_path / "data"))  # nothing kept on disk
    monkeypatch.setattr(publication_module, "_made", {})  # nor made in this process
    seen: list[tuple[float, str]] = []
    export_workbook(path, tmp_path / "three.xlsx", progress=lambda f, what: seen.append((f, what)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    disclosure = [f for f, what in seen if what == "disclosure control"]
    assert disclosure[0] == 0.5 and disclosure[-1] == 0.6
    inside = [f for f in disclosure if 0.5 < f < 0.6]
    # three publications made, each reporting many steps (a few hundred figures of 8 organisations)
    assert len(inside) > 30 and len({round(f, 2) for f in inside}) > 5

    class Stop(Exception):
        pass

    def stop_in_the_middle(fraction: float, what: str) -> None:
        if what == "disclosure control" and fraction > 0.55:
            raise Stop

    monkeypatch.setattr(publication_module, "_made", {})
    monkeypatch.setenv("HRPLANNER_DATA_DIR", str(tmp_path / "data2"))
    with pytest.raises(Stop):
        export_workbook(path, tmp_path / "stopped.xlsx", progress=stop_in_the_middle)
    assert not list(tmp_path.glob("stopped*"))
