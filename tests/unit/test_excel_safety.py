"""The safety layer in front of openpyxl, and the refusal of files that are not usable templates:
not a zip, truncated, encrypted, macro-enabled, zip bombs, too many parts, XML entity attacks,
formulas (never evaluated: a stored result is read, a formula without one is refused by cell)."""

from __future__ import annotations

import os
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from defusedxml import DefusedXmlException

from hrplanner.services.excel import IMPORTED, REJECTED, UNCHANGED, import_files
from hrplanner.services.excel import layout as L
from hrplanner.services.excel import safety
from hrplanner.services.excel.figures import FORMULA_RULE
from hrplanner.services.excel.reader import read_template
from hrplanner.services.excel.safety import ExcelFileError, check_file
from tests.unit.excel_helpers import ROUND, rewrite_part, set_cells, sheet_part, template_for
from tests.unit.helpers import dump, small_register

CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                 b'package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/'
                 b'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')


@pytest.fixture
def small(tmp_path):
    return small_register(tmp_path / "small.hrplan")


@pytest.fixture
def a_template(small, tmp_path) -> Path:
    return template_for(small, "A", tmp_path, prefill=True)


def refused(path: Path) -> str:
    with pytest.raises(ExcelFileError) as caught:
        check_file(path)
    return str(caught.value)


def zip_with(path: Path, parts: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_openpyxl_parses_through_defusedxml():
    assert openpyxl.DEFUSEDXML is True


def test_reading_is_refused_when_defusedxml_is_off(monkeypatch, a_template):
    monkeypatch.setattr(openpyxl, "DEFUSEDXML", False)
    assert "defusedxml" in refused(a_template)


def test_a_template_passes_the_checks(a_template):
    checked = check_file(a_template)
    assert checked.data == a_template.read_bytes()
    assert len(checked.sha256) == 64


def test_not_a_zip_is_refused(tmp_path):
    path = tmp_path / "figures.xlsx"
    path.write_text("organisatie;personen\nA;12\n", encoding="utf-8")
    assert refused(path) == ("figures.xlsx: not an .xlsx file (it is not an Excel workbook); save it in Excel "
                             "as 'Excel-werkmap (*.xlsx)' and send that file")


def test_truncated_zip_is_refused(a_template, tmp_path):
    data = a_template.read_bytes()
    path = tmp_path / "half.xlsx"
    path.write_bytes(data[: len(data) // 2])
    assert refused(path).startswith("half.xlsx: not an .xlsx file: the file is damaged or incomplete (truncated?)")


def test_encrypted_or_old_xls_file_is_refused(tmp_path):
    path = tmp_path / "secret.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096))
    assert refused(path).startswith("secret.xlsx: is protected with a password (encrypted) or is an old Excel "
                                    "97-2003 (.xls) file")


def test_macro_enabled_workbook_is_refused(a_template, tmp_path):
    main = b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    macro = b"application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    path = rewrite_part(a_template, tmp_path / "macro.xlsm", "[Content_Types].xml",
                        lambda data: data.replace(main, macro))
    assert macro in zipfile.ZipFile(path).read("[Content_Types].xml")
    assert "is a macro-enabled workbook (.xlsm); macros are refused" in refused(path)


def test_workbook_with_a_vba_part_is_refused(a_template, tmp_path):
    path = tmp_path / "vba.xlsx"
    path.write_bytes(a_template.read_bytes())
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"\x00" * 64)
    assert "contains macros (VBA), which are refused" in refused(path)


def test_zip_without_content_types_is_not_an_xlsx(tmp_path):
    path = zip_with(tmp_path / "plain.xlsx", {"readme.txt": b"hello"})
    assert "not an .xlsx file (no [Content_Types].xml)" in refused(path)


def test_word_document_is_not_a_workbook(tmp_path):
    types = CONTENT_TYPES.replace(b"spreadsheetml.sheet.main+xml", b"wordprocessingml.document.main+xml")
    path = zip_with(tmp_path / "letter.xlsx", {"[Content_Types].xml": types, "word/document.xml": b"<w/>"})
    assert "not an .xlsx file (it holds no Excel workbook)" in refused(path)


def test_zip_bomb_part_of_200_mb_is_refused(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            chunk = bytes(1024 * 1024)
            for _ in range(200):  # 200 MB of zeros, streamed: the file stays under 1 MB
                part.write(chunk)
    assert path.stat().st_size < 2 * 1024 * 1024
    assert refused(path) == ("bomb.xlsx: part xl/worksheets/sheet1.xml unpacks to 210 MB; at most 20 MB per part "
                             "is accepted (zip bomb?)")


def test_highly_compressed_part_is_refused(tmp_path):
    # 5 MB of zeros compresses about 1000 times: over the ratio cap of 100
    path = zip_with(tmp_path / "ratio.xlsx", {"[Content_Types].xml": CONTENT_TYPES,
                                              "xl/worksheets/sheet1.xml": bytes(5 * 1024 * 1024)})
    message = refused(path)
    assert message.startswith("ratio.xlsx: part xl/worksheets/sheet1.xml is compressed ")
    assert message.endswith(" times; at most 100 times is accepted (zip bomb?)")


def test_total_uncompressed_size_is_capped(tmp_path, monkeypatch):
    # the cap is lowered to 3 MB so that the test stays small: three parts of 1.2 MB
    monkeypatch.setattr(safety, "MAX_TOTAL_UNCOMPRESSED", 3 * 1024 * 1024)
    noise = os.urandom(1_200_000).translate(bytes(48 + (b & 1) for b in range(256)))  # zeros and ones
    path = zip_with(tmp_path / "big.xlsx", {"[Content_Types].xml": CONTENT_TYPES,
                                            **{f"xl/media/image{n}.bin": noise for n in range(3)}})
    assert refused(path) == ("big.xlsx: unpacks to more than 3 MB, which is more than a collection template can "
                             "hold (zip bomb?)")


def test_too_many_parts_are_refused(tmp_path):
    parts = {"[Content_Types].xml": CONTENT_TYPES, **{f"xl/part{n}.xml": b"<a/>" for n in range(600)}}
    assert refused(zip_with(tmp_path / "parts.xlsx", parts)) == (
        "parts.xlsx: has 601 parts; a workbook of at most 500 is accepted")


def test_file_too_large_is_refused(tmp_path):
    path = tmp_path / "huge.xlsx"
    with path.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)  # sparse: nothing written
    assert refused(path) == "huge.xlsx: the file is 22.0 MB; at most 20 MB is accepted"


def test_missing_file_and_folder_are_refused(tmp_path):
    assert refused(tmp_path / "nowhere.xlsx") == f"{tmp_path / 'nowhere.xlsx'}: file not found"
    assert refused(tmp_path) == f"{tmp_path}: is a folder, not an .xlsx file"


BILLION_LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + b"".join(b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
                             for n in range(1, 10))
                  + b"]>\n")


def entity_bomb(source: Path, target: Path, doctype: bytes) -> Path:
    part = sheet_part(source, "Verzuim")

    def poison(data: bytes) -> bytes:
        body = re.sub(rb"^<\?xml[^>]*\?>\s*", b"", data)
        body = re.sub(rb'<c r="A7"[^>]*?(/>|>.*?</c>)', b'<c r="A7" t="inlineStr"><is><t>&lol9;</t></is></c>', body)
        return doctype + body

    return rewrite_part(source, target, part, poison)


def test_xml_entity_bomb_is_refused(a_template, tmp_path):
    path = entity_bomb(a_template, tmp_path / "laughs.xlsx", BILLION_LAUGHS)
    message = refused(path)
    assert message.startswith("laughs.xlsx: part xl/worksheets/")
    assert message.endswith("declares a document type or XML entities, which Excel files never contain; "
                            "refused as unsafe (XML entity expansion or external entity)")


def test_external_entity_is_refused(a_template, tmp_path):
    doctype = b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY lol9 SYSTEM "file:///etc/passwd">]>\n'
    assert "declares a document type or XML entities" in refused(entity_bomb(a_template, tmp_path / "xxe.xlsx",
                                                                              doctype))


def test_openpyxl_itself_refuses_the_entity_bomb(a_template, tmp_path):
    """Behind the safety check, openpyxl's parser is defusedxml: the bomb is refused there too."""
    path = entity_bomb(a_template, tmp_path / "laughs.xlsx", BILLION_LAUGHS)
    with pytest.raises(ValueError) as caught:  # openpyxl wraps the parser's exception
        openpyxl.load_workbook(path)
    assert isinstance(caught.value.__context__, DefusedXmlException)


def test_entity_bomb_import_reports_and_changes_nothing(small, a_template, tmp_path):
    path = entity_bomb(a_template, tmp_path / "laughs.xlsx", BILLION_LAUGHS)
    before = dump(small)
    [report] = import_files(small, [path], "tester")
    assert report.status == REJECTED
    [problem] = report.errors
    assert "declares a document type or XML entities" in problem.rule
    assert dump(small) == before


# --- formulas ---------------------------------------------------------------------------------------


def with_formula(source: Path, target: Path, cell: str, formula: str, cached: str | None) -> Path:
    """Put a formula into a cell of the sickness sheet's XML, with or without a stored result."""
    value = b"" if cached is None else b"<v>%s</v>" % cached.encode()
    new = b'<c r="%s"><f>%s</f>%s</c>' % (cell.encode(), formula.encode(), value)
    return rewrite_part(source, target, sheet_part(source, "Verzuim"),
                        lambda data: re.sub(rb'<c r="%s"[^>]*?(/>|>.*?</c>)' % cell.encode(), new, data, count=1))


def test_formula_with_stored_result_gives_that_result(small, a_template, tmp_path):
    # the formula is not evaluated (3+4 would be 7): the stored 6.5 is what the program calculated
    path = with_formula(a_template, tmp_path / "cached.xlsx", "B7", "3+4", "6.5")
    [report] = import_files(small, [path], "tester")
    assert report.status == IMPORTED
    assert sorted((r.organisation, r.percentage) for r in small.round_data(small.round(ROUND)).sickness) == [
        ("A", 6.5), ("B", 7.0)]


def test_formula_without_stored_result_is_refused_by_cell(small, a_template, tmp_path):
    path = with_formula(a_template, tmp_path / "nocache.xlsx", "B7", "3+4", None)
    before = dump(small)
    [report] = import_files(small, [path], "tester")
    assert report.status == REJECTED
    assert [(p.sheet, p.cell, p.value, p.rule) for p in report.errors] == [("Verzuim", "B7", "(formula)", FORMULA_RULE)]
    assert FORMULA_RULE == "formula without a stored value; type the number"
    assert dump(small) == before


def test_formula_outside_the_input_cells_is_ignored(small, a_template, tmp_path):
    # the establishment sheet's help columns hold formulas without stored results: not read
    assert import_files(small, [a_template], "tester")[0].status == UNCHANGED


# --- not a template, or another version ---------------------------------------------------------


def read_refused(path: Path) -> str:
    with pytest.raises(ExcelFileError) as caught:
        read_template(check_file(path))
    return str(caught.value)


def test_plain_workbook_is_not_a_template(tmp_path):
    path = tmp_path / "own.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = 12
    workbook.save(path)
    assert read_refused(path) == ("own.xlsx: not an hrplanner collection template (it has no template version); "
                                  "fill in a template made with 'hrplanner template' or the app")


def test_older_template_version_is_refused_with_what_to_do(a_template):
    set_cells(a_template, {(L.META_SHEET, "B1"): L.TEMPLATE_VERSION - 1})
    assert read_refused(a_template) == (
        f"template.xlsx: made from template version {L.TEMPLATE_VERSION - 1}, which this hrplanner no longer reads "
        f"(it reads version {L.TEMPLATE_VERSION}); ask the region for a new template and copy the figures into it")


def test_newer_template_version_is_refused(a_template):
    set_cells(a_template, {(L.META_SHEET, "B1"): L.TEMPLATE_VERSION + 1})
    assert "made by a newer hrplanner" in read_refused(a_template)


def test_missing_sheet_is_refused(a_template):
    workbook = openpyxl.load_workbook(a_template)
    del workbook["Opleiding"]
    workbook.save(a_template)
    assert read_refused(a_template) == ("template.xlsx: sheet 'Opleiding' is missing (renamed or deleted?); "
                                        "use the template as it was sent")


def test_moved_columns_are_refused(a_template):
    set_cells(a_template, {("Bezetting", "D6"): "25-34", ("Bezetting", "E6"): "<25"})
    assert read_refused(a_template) == (
        "template.xlsx: sheet 'Bezetting' cell D6 should read '<25' but reads '25-34'; columns were moved or "
        "changed, use the template as it was sent")


def test_a_wrong_dimension_does_not_hide_rows(small, a_template, tmp_path):
    # a writer that records a too small <dimension> must not make the importer miss figures
    part = sheet_part(a_template, "Verzuim")
    path = rewrite_part(a_template, tmp_path / "dim.xlsx", part,
                        lambda data: re.sub(rb'<dimension ref="[^"]*"\s*/>', b'<dimension ref="A1:A1"/>', data))
    assert b'<dimension ref="A1:A1"/>' in zipfile.ZipFile(path).read(part)
    report = import_files(small, [path], "tester")[0]
    assert report.status == UNCHANGED
    assert report.data.sickness[0].percentage == 5.5


def test_malformed_sheet_xml_gives_a_clear_report(small, a_template, tmp_path):
    # openpyxl reads sheets lazily: a parse error surfaces while the cells are read
    path = rewrite_part(a_template, tmp_path / "broken.xlsx", sheet_part(a_template, "_hrplanner"),
                        lambda data: data.replace(b"template_version", b"template\x1fversion"))
    before = dump(small)
    [report] = import_files(small, [path], "tester")
    assert report.status == REJECTED
    [problem] = report.errors
    assert problem.rule.startswith("broken.xlsx: cannot be read as an Excel workbook; the file is damaged (ParseError")
    assert dump(small) == before


def test_corrupt_compressed_data_gives_a_clear_report(a_template, tmp_path):
    data = bytearray(a_template.read_bytes())
    with zipfile.ZipFile(a_template) as archive:
        info = archive.getinfo("[Content_Types].xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start:start + 8] = b"\xff" * 8  # garble the start of the deflate stream
    path = tmp_path / "garbled.xlsx"
    path.write_bytes(bytes(data))
    assert refused(path).startswith("garbled.xlsx: part [Content_Types].xml cannot be unpacked; the file is damaged")
