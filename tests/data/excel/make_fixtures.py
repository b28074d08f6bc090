"""Make the LibreOffice fixtures of the Excel tests (run once by hand; the tests never need LibreOffice).

    .venv/bin/python tests/data/excel/make_fixtures.py

- libreoffice_saved.xlsx: the demo organisation's template (demo seed 2025, round 2025-12-31), its
  figures typed in with openpyxl, then opened and saved as .xlsx by LibreOffice Calc
  (``soffice --headless --convert-to xlsx``); libreoffice_saved.expected.json holds the figures.
- textsafe_libreoffice.xlsx: a sheet with a text starting with each formula trigger (= + - @ tab CR)
  written through textsafe.put_text, then saved by LibreOffice the same way.

Regenerate both when the template layout (its version) changes.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

ORGANISATION = "Steigerwerk Jeugd"
TRIGGER_TEXTS = ("=1+1", "+31 53 123", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1")


def libreoffice_resave(source: Path, target: Path) -> None:
    with tempfile.TemporaryDirectory() as out, tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        "xlsx", "--outdir", out, str(source)], check=True, capture_output=True, timeout=180)
        shutil.move(Path(out) / f"{source.stem}.xlsx", target)


def main() -> None:
    import openpyxl

    from hrplanner.services.demo import write_demo
    from hrplanner.services.excel.textsafe import put_text
    from tests.unit.excel_helpers import fill_with_figures, template_for

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        register = write_demo(folder / "demo.hrplan")
        data = register.round_data(register.round(date(2025, 12, 31))).for_organisation(ORGANISATION)
        empty = template_for(register, ORGANISATION, folder)
        filled = fill_with_figures(empty, data, folder / "filled.xlsx")
        libreoffice_resave(filled, HERE / "libreoffice_saved.xlsx")
        expected = {
            "organisation": ORGANISATION,
            "total_persons": sum(r.persons for r in data.staffing),
            **{table: [dataclasses.asdict(r) for r in getattr(data, table)]
               for table in ("staffing", "establishment", "flows", "training", "sickness")},
        }
        (HERE / "libreoffice_saved.expected.json").write_text(json.dumps(expected, indent=1, ensure_ascii=False),
                                                              encoding="utf-8")
        register.close()

        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.title = "Tekst"
        for row, text in enumerate(TRIGGER_TEXTS, start=1):
            put_text(sheet.cell(row, 1), text)
        workbook.save(folder / "textsafe.xlsx")
        libreoffice_resave(folder / "textsafe.xlsx", HERE / "textsafe_libreoffice.xlsx")
    print("wrote", *sorted(p.name for p in HERE.glob("*.xlsx")), "and libreoffice_saved.expected.json")


if __name__ == "__main__":
    main()
