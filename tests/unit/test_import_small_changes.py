"""Import change detection at small fte differences (issue 12, item 5): a 0.01-fte correction in a
prefilled template is a change, is imported and is stored; only a file equal to the register is
"unchanged"."""

from __future__ import annotations

import pytest

from hrplanner.cli import run
from hrplanner.services.register import Register
from tests.unit.excel_helpers import set_cells
from tests.unit.helpers import small_register


@pytest.fixture
def small_path(tmp_path):
    small_register(tmp_path / "small.hrplan").close()
    return tmp_path / "small.hrplan"


def _fte(path, organisation, occupation, band):
    with Register.open(path) as register:
        data = register.round_data(register.round())
    return [s.fte for s in data.staffing
            if (s.organisation, s.occupation, s.age_band) == (organisation, occupation, band)]


@pytest.mark.parametrize("new_fte, status", [(4.81, "imported"), (4.79, "imported"), (4.8, "unchanged")])
def test_a_hundredth_of_an_fte_is_a_change(small_path, tmp_path, capsys, new_fte, status):
    template = tmp_path / "a.xlsx"
    assert run(["template", "--register", str(small_path), "--round", "2025-12-31", "--organisation", "A",
                "--prefill", str(template)]) == 0
    # A's GZ women aged 35-44: 6 persons with 4.8 fte (Bezetting row 25, fte of 35-44 in column M)
    set_cells(template, {("Bezetting", "M25"): new_fte})
    capsys.readouterr()
    assert run(["import", "--register", str(small_path), str(template)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith(f"a.xlsx: {status} (A, 2025-12-31)")
    assert _fte(small_path, "A", "GZ", "35-44") == [new_fte]
