"""Small numbers in the meeting workbook (MODEL.md 5): every per-organisation and coordination cell
is either a figure the rule allows or a suppression mark, no hidden cell can be worked out from the
shown cells and the totals, and a figure hidden on one sheet is hidden on every sheet that shows it.

The true figures are summed here straight from the register's rows, independently of the export.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from hrplanner.services.export import export_workbook
from hrplanner.services.register import Register
from tests.unit.helpers import small_register
from tests.unit.test_export_xml import read_xml

DOT = "\u2022"
BLOCKS = {"persons": "Personen (aantal)", "fte": "Fte", "vacancies": "Open vacatures (aantal)",
          "trainees": "Leerlingen in opleiding (aantal)"}


def truth(path: Path) -> dict[str, dict[tuple[str | None, str | None], float]]:
    """Per block: (organisation or None, occupation or None) -> the true figure, with the totals."""
    with Register.open(path, read_only=True) as register:
        data = register.round_data(register.round())
    cells: dict[str, dict] = {k: defaultdict(float) for k in BLOCKS}
    for row in data.staffing:
        cells["persons"][(row.organisation, row.occupation)] += row.persons
        cells["fte"][(row.organisation, row.occupation)] += row.fte
    for row in data.establishment:
        cells["vacancies"][(row.organisation, row.occupation)] += row.open_positions
    for row in data.training:
        cells["trainees"][(row.organisation, row.occupation)] += row.in_training
    for block in cells.values():
        for (organisation, occupation), value in list(block.items()):
            block[(organisation, None)] += value
            block[(None, occupation)] += value
            block[(None, None)] += value
    return cells


def per_organisation(cells) -> dict[str, dict[tuple[str | None, str | None], object]]:
    """The four tables of the Per organisatie sheet: (organisation, occupation) -> shown value or mark
    (None = the total of that line)."""
    header = next(r for (r, c), v in cells.items() if c == 1 and v == "Organisatie")
    columns = {c: (None if v == "Totaal" else v) for (r, c), v in cells.items() if r == header and c > 1}
    out = {}
    for key, title in BLOCKS.items():
        r = next(r for (r, c), v in cells.items() if c == 1 and v == title) + 1
        table = {}
        while True:
            name = cells[(r, 1)]
            organisation = None if name == "Regio totaal" else name
            for c, occupation in columns.items():
                table[(organisation, occupation)] = cells.get((r, c))
            if organisation is None:
                break
            r += 1
        out[key] = table
    return out


def lines(table) -> list[list[tuple]]:
    organisations = sorted({o for o, _ in table if o is not None}) + [None]
    occupations = sorted({c for _, c in table if c is not None}) + [None]
    return ([[(o, c) for c in occupations] for o in organisations]
            + [[(o, c) for o in organisations] for c in occupations])


def recovered(table) -> list[tuple]:
    """Hidden elements an attacker works out line by line: while a line (a row or a column with its
    total) has exactly one unknown element, it follows from the others; repeat with what was found."""
    known = {p: v for p, v in table.items() if isinstance(v, (int, float))}
    found = []
    changed = True
    while changed:
        changed = False
        for line in lines(table):
            unknown = [p for p in line if p not in known]
            if len(unknown) == 1:
                total, parts = line[-1], line[:-1]
                p = unknown[0]
                known[p] = (sum(known[q] for q in parts) if p == total
                            else known[total] - sum(known[q] for q in parts if q != p))
                found.append(p)
                changed = True
    return found


@pytest.fixture(scope="module")
def exports(demo_template, tmp_path_factory):
    folder = tmp_path_factory.mktemp("privacy")
    return {t: read_xml(export_workbook(demo_template, folder / f"t{t}.xlsx", threshold=t)) for t in (5, 10)}


@pytest.mark.parametrize("threshold", [5, 10])
def test_per_organisation_tables_hide_small_numbers_unrecoverably(exports, demo_template, threshold):
    tables = per_organisation(exports[threshold]["Per organisatie"])
    real = truth(demo_template)
    small, dot = f"<{threshold}", DOT
    for key, table in tables.items():
        assert recovered(table) == [], key
        for line in lines(table):
            hidden = [p for p in line if table[p] in (small, dot)]
            assert len(hidden) != 1, (key, line)
        for position, shown in table.items():
            true = real[key].get(position, 0.0)
            if shown in (small, dot):
                if key in ("persons", "trainees"):  # a zero count is never hidden: it says nothing
                    assert true > 0, (key, position)
                if shown == small and key in ("persons", "trainees"):
                    assert true < threshold, (key, position, true)
            else:
                assert isinstance(shown, float), (key, position, shown)
                # stored as shown (one decimal for fte, halves up: domain.rounding)
                assert shown == pytest.approx(true, abs=0.05 + 1e-9), (key, position)
                if key in ("persons", "trainees"):
                    assert shown == 0 or shown >= threshold, (key, position, shown)
    # fte and vacancies describe the staff of a cell: hidden exactly where its persons are
    persons_hidden = {p for p, v in tables["persons"].items() if isinstance(v, str)}
    for key in ("fte", "vacancies"):
        assert {p for p, v in tables[key].items() if isinstance(v, str)} == persons_hidden
    assert any(v == small for v in tables["persons"].values())
    assert any(v == dot for v in tables["persons"].values())


@pytest.mark.parametrize("threshold", [5, 10])
def test_coordination_and_key_figures_hide_what_per_organisation_hides(exports, threshold):
    book = exports[threshold]
    tables = per_organisation(book["Per organisatie"])
    cells = book["Co\u00f6rdinatie"]
    header = next(r for (r, c), v in cells.items() if c == 1 and v == "Organisatie")
    labels = {v: c for (r, c), v in cells.items() if r == header}
    r = header + 1
    ratio_columns = [labels[k] for k in ("Vacaturegraad", "Verloop", "Aandeel 55+", "Aandeel 60+")]
    while True:
        name = cells[(r, 1)]
        organisation = None if name == "Regio totaal" else name
        assert cells.get((r, labels["Personen"])) == tables["persons"][(organisation, None)]
        assert cells.get((r, labels["Leerlingen"])) == tables["trainees"][(organisation, None)]
        if isinstance(tables["persons"][(organisation, None)], str):
            assert all(cells[(r, c)] == DOT for c in ratio_columns)
        if isinstance(tables["trainees"][(organisation, None)], str):
            assert cells[(r, labels["Leerlingen per 100 fte"])] == DOT
            assert cells[(r, labels["Aandeel in de leerlingen van de regio"])] == DOT
        if organisation is None:
            break
        r += 1
    # the shares of the region's trainees add up to 100%: none of them may be the only one hidden
    shares = [cells.get((row, labels["Aandeel in de leerlingen van de regio"])) for row in range(header + 1, r)]
    assert sum(1 for s in shares if s == DOT) != 1
    # Kerncijfers per occupation shows the column totals of the persons table: hidden alike
    key = book["Kerncijfers"]
    code_header = next(r for (r, c), v in key.items() if c == 1 and v == "Code")
    row = code_header + 1
    while (row, 1) in key:
        assert key[(row, 3)] == tables["persons"][(None, key[(row, 1)])]
        row += 1


def test_a_small_register_hides_what_the_rule_says(tmp_path):
    """Persons per organisation x occupation (the helper's register): A: GZ 6 + 2 = 8, JGP 10 (18);
    B: GZ 4, JGP 0 (4); totals GZ 12, JGP 10, all 22. Threshold 5:
    - primary: B-GZ (4) and B's total (4);
    - row B [4, 0 | 4] has two hidden: fine. Column GZ [8, 4 | 12] has one: hide its smallest other
      non-zero element, a cell before a total: A-GZ (8);
    - the column of row totals [18, 4 | 22] has one (B's total): hide A's total (18, smaller than 22);
    - now row A [8, 10 | 18] has two hidden, and no line has exactly one. Shown: A-JGP 10, B-JGP 0,
      the occupation totals 12 and 10, and the region's 22."""
    path = tmp_path / "small.hrplan"
    small_register(path).close()
    book = read_xml(export_workbook(path, tmp_path / "small.xlsx"))
    persons = per_organisation(book["Per organisatie"])["persons"]
    assert persons == {
        ("A", "GZ"): DOT, ("A", "JGP"): 10.0, ("A", None): DOT,
        ("B", "GZ"): "<5", ("B", "JGP"): 0.0, ("B", None): "<5",
        (None, "GZ"): 12.0, (None, "JGP"): 10.0, (None, None): 22.0,
    }
    fte = per_organisation(book["Per organisatie"])["fte"]
    # A-JGP is 8.0 fte; the GZ total 4.8 + 1.6 + 3.0 = 9.4; JGP 8.0; the region 17.4
    assert fte[("A", "JGP")] == pytest.approx(8.0) and fte[(None, "GZ")] == pytest.approx(9.4)
    assert fte[(None, None)] == pytest.approx(17.4) and fte[("B", "GZ")] == "<5"


def test_the_attack_finds_a_lonely_hidden_cell():
    """The line-by-line attack above does find what a careless table gives away: one hidden cell in a
    row, and then, through the column, the cell that was only protected by it."""
    table = {("A", "X"): 3.0, ("A", "Y"): "<5", ("A", None): 7.0,
             ("B", "X"): "\u2022", ("B", "Y"): 6.0, ("B", None): 8.0,
             (None, "X"): 5.0, (None, "Y"): 10.0, (None, None): 15.0}
    assert recovered(table) == [("A", "Y"), ("B", "X")]
