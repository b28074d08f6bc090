"""Small numbers in the meeting workbook (MODEL.md 5): every per-organisation and coordination cell
is either a figure the rules allow or the mark x, no hidden cell can be narrowed below the threshold
from the shown cells and the totals (the interval attack of tests/unit/attack.py), and a figure hidden
on one sheet is hidden on every sheet that shows it.

The true figures are summed here straight from the register's rows, independently of the export.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from hrplanner.services.export import export_workbook
from hrplanner.services.register import Register
from tests.unit.attack import Attack
from tests.unit.helpers import small_register
from tests.unit.test_export_xml import read_xml

MARK = "x"
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


def attack(table) -> Attack:
    """The attacker's system of one sheet table: every cell an unknown count, every total their sum."""
    organisations = sorted({o for o, _ in table if o is not None})
    occupations = sorted({c for _, c in table if c is not None})
    out = Attack()
    for (o, c), shown in table.items():
        parts = [(a, b) for a in (organisations if o is None else [o]) for b in (occupations if c is None else [c])]
        out.published((o, c), parts, None if shown == MARK else (shown or 0.0))
    return out


@pytest.fixture(scope="module")
def exports(demo_template, tmp_path_factory):
    folder = tmp_path_factory.mktemp("privacy")
    return {t: read_xml(export_workbook(demo_template, folder / f"t{t}.xlsx", threshold=t)) for t in (5, 10)}


@pytest.mark.parametrize("threshold", [5, 10])
def test_per_organisation_tables_hide_small_numbers_unrecoverably(exports, demo_template, threshold):
    tables = per_organisation(exports[threshold]["Per organisatie"])
    real = truth(demo_template)
    for key in ("persons", "trainees"):
        assert attack(tables[key]).exposed(threshold) == {}, key
    for key, table in tables.items():
        for position, shown in table.items():
            true = real[key].get(position, 0.0)
            if shown == MARK:
                if key in ("persons", "trainees"):  # a zero count is never hidden: it says nothing
                    assert true > 0, (key, position)
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
    assert any(v == MARK for v in tables["persons"].values())
    assert {v for v in tables["persons"].values() if isinstance(v, str)} == {MARK}


@pytest.mark.parametrize("threshold", [5, 10])
def test_coordination_and_key_figures_hide_what_per_organisation_hides(exports, threshold):
    book = exports[threshold]
    tables = per_organisation(book["Per organisatie"])
    cells = book["Co\u00f6rdinatie"]
    # two tables per organisation (staff, then training), each headed "Organisatie"
    headers = sorted(r for (r, c), v in cells.items() if c == 1 and v == "Organisatie")
    assert len(headers) == 2
    staff, training = ({v: c for (r, c), v in cells.items() if r == h} for h in headers)
    ratio_columns = [staff[k] for k in ("Vacaturegraad", "Verloop", "Aandeel 55+", "Aandeel 60+")]
    for offset in range(len(tables["persons"])):
        r, t = headers[0] + 1 + offset, headers[1] + 1 + offset
        name = cells[(r, 1)]
        assert cells[(t, 1)] == name  # the same organisations in the same order
        organisation = None if name == "Regio totaal" else name
        assert cells.get((r, staff["Personen"])) == tables["persons"][(organisation, None)]
        assert cells.get((t, training["Leerlingen"])) == tables["trainees"][(organisation, None)]
        if isinstance(tables["persons"][(organisation, None)], str):
            assert all(cells[(r, c)] == MARK for c in ratio_columns)
        if isinstance(tables["trainees"][(organisation, None)], str):
            assert cells[(t, training["Leerlingen per 100 fte"])] == MARK
            assert cells[(t, training["Aandeel in de leerlingen van de regio"])] == MARK
        if organisation is None:
            break
    header, labels = headers[1], training
    # the shares of the region's trainees add up to 100%: none of them may be the only one hidden
    shares = [cells.get((row, labels["Aandeel in de leerlingen van de regio"])) for row in range(header + 1, t)]
    assert sum(1 for s in shares if s == MARK) != 1
    # Kerncijfers per occupation shows the column totals of the persons table: hidden alike
    key = book["Kerncijfers"]
    code_header = next(r for (r, c), v in key.items() if c == 1 and v == "Code")
    row = code_header + 1
    while (row, 1) in key:
        assert key[(row, 3)] == tables["persons"][(None, key[(row, 1)])]
        row += 1


def test_a_small_register_hides_what_the_rules_say(tmp_path):
    """Persons per organisation x occupation (the helper's register): A: GZ 6 + 2 = 8, JGP 10 (18);
    B: GZ 4, JGP 0 (4); totals GZ 12, JGP 10, all 22. Default rules (threshold 5, 3 contributors):
    - the region has two organisations, so every regional figure (GZ 12, JGP 10, all 22) has fewer
      than 3 contributors: hidden; B-GZ (4) and B's total (4) are under the threshold: hidden;
    - the JGP total is A-JGP + B-JGP (0, shown), so A-JGP must go too; then A's total 18 = A-GZ + A-JGP
      would give A-GZ away: A-GZ goes. A's total stays: A-GZ + 5 with A-JGP - 5 still adds up to 18.
    Shown: A's 18 and B-JGP's 0."""
    path = tmp_path / "small.hrplan"
    small_register(path).close()
    book = read_xml(export_workbook(path, tmp_path / "small.xlsx"))
    persons = per_organisation(book["Per organisatie"])["persons"]
    assert persons == {
        ("A", "GZ"): MARK, ("A", "JGP"): MARK, ("A", None): 18.0,
        ("B", "GZ"): MARK, ("B", "JGP"): 0.0, ("B", None): MARK,
        (None, "GZ"): MARK, (None, "JGP"): MARK, (None, None): MARK,
    }
    fte = per_organisation(book["Per organisatie"])["fte"]
    # A's fte: 4.8 + 1.6 + 8.0 = 14.4, shown with A's persons
    assert fte[("A", None)] == pytest.approx(14.4) and fte[(None, None)] == MARK and fte[("B", "GZ")] == MARK
    assert attack(persons).exposed(5) == {}


def test_the_attack_narrows_a_lonely_hidden_cell():
    """The interval attack does find what a careless table gives away: one hidden cell in a row (7 - 3
    = 4), and then, through the column, the cell that was only protected by it (5 - 3 = 2)."""
    table = {("A", "X"): 3.0, ("A", "Y"): MARK, ("A", None): 7.0,
             ("B", "X"): MARK, ("B", "Y"): 6.0, ("B", None): 8.0,
             (None, "X"): 5.0, (None, "Y"): 10.0, (None, None): 15.0}
    assert attack(table).exposed(5) == {("A", "Y"): (4.0, 4.0), ("B", "X"): (2.0, 2.0)}
