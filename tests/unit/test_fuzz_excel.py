"""Hostile Excel files against the importer (services.excel.import_files): random cells and types typed
into a real template, random sheet names, huge strings, random bytes, truncated and damaged files, zip
bombs and XML entity bombs. Every file must give a clear report (rejected with problems, or a valid
import); never an unexpected exception, and never half an import: when nothing is imported the register
is byte for byte the same in every table, and an import leaves exactly the file's figures.

The template is a small real one (a register with two occupations), and cells are typed by editing the
sheet XML, so that 1,000 examples per test (the CI run, tests/fuzzing.py) stay fast.
"""

from __future__ import annotations

import io
import re
import sqlite3
import zipfile
from datetime import date
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl.utils import get_column_letter

from hrplanner.db import repositories as repo
from hrplanner.domain import reference as ref
from hrplanner.domain.records import EstablishmentRecord, FlowRecord, OrganisationRecord, RoundData, StaffingRecord
from hrplanner.services.excel import IMPORTED, NEEDS_CONFIRMATION, REJECTED, UNCHANGED, import_files, write_templates
from hrplanner.services.excel import layout as L
from hrplanner.services.register import Register, occupation_from_spec

from tests.fuzzing import FUZZ

ROUND = date(2025, 12, 31)
OCCUPATIONS = ("GZ", "JGP")
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
ET.register_namespace("", MAIN_NS)
ET.register_namespace("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")
TABLES = ("organisation", "occupation", "round", "staffing", "establishment", "flow", "training", "sickness",
          "audit_log", "register_meta", "scenario", "scenario_parameter")
STATUSES = {IMPORTED, UNCHANGED, NEEDS_CONFIRMATION, REJECTED}


# --- the register and its template --------------------------------------------------------------------


class Fixture:
    """A small register (organisation Alfa, occupations GZ and JGP, an open 2025 round with figures)
    and its template as zip parts."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.register = Register.create(folder / "fuzz.hrplan", region="Fuzzregio", default_occupations=False)
        with self.register.transaction() as session:
            for order, code in enumerate(OCCUPATIONS):
                repo.add_occupation(occupation_from_spec(ref.OCCUPATION_BY_CODE[code], order), session=session)
            repo.add_organisation(OrganisationRecord("Alfa", "provider", "Enschede"), session=session)
            round_ = repo.add_round(ROUND, "2025", session=session)
            data = RoundData(ROUND)
            data.staffing = [StaffingRecord("Alfa", "GZ", "35-44", "women", 6, 4.8),
                             StaffingRecord("Alfa", "JGP", "25-34", "men", 10, 8.0)]
            data.establishment = [EstablishmentRecord("Alfa", "GZ", 6.4, 2, 1.6, 1)]
            data.flows = [FlowRecord("Alfa", "GZ", "in", "region", 2), FlowRecord("Alfa", "GZ", "out", "retirement", 1)]
            repo.insert_figures(data, round_.id, session=session)
        self.bases = {}
        for prefill in (False, True):
            [path] = write_templates(self.register, ROUND, ["Alfa"], folder / f"base-{prefill}.xlsx",
                                     prefill=prefill, overwrite=True)
            self.bases[prefill] = path.read_bytes()
        self.sheet_parts = _sheet_parts(self.bases[False])
        self.counter = 0

    def dump(self) -> dict[str, list]:
        conn = sqlite3.connect(self.register.path)
        try:
            return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}
        finally:
            conn.close()

    def figures(self) -> dict:
        return normalise(self.register.round_data(self.register.round(ROUND)))

    def write(self, data: bytes) -> Path:
        self.counter += 1
        path = self.folder / f"in-{self.counter % 7}.xlsx"
        path.write_bytes(data)
        return path

    def import_and_check(self, data: bytes) -> str:
        """Import one file and check the all-or-nothing promise; returns the status."""
        before = self.dump()
        path = self.write(data)
        [report] = import_files(self.register, [path], "fuzzer")  # any exception fails the test
        assert report.status in STATUSES
        after = self.dump()
        if report.status in (IMPORTED, UNCHANGED):
            # imported: the register holds exactly the file's figures; unchanged: they already were equal
            # (a 0.01-fte correction is a change, never "unchanged")
            assert report.data is not None
            assert self.figures() == normalise(report.data), report.status
        if report.status == IMPORTED:
            assert len(after["audit_log"]) == len(before["audit_log"]) + 1
            for table in ("organisation", "occupation", "round", "register_meta"):
                assert after[table] == before[table]
        else:
            assert after == before, f"{report.status} but the register changed"
        if report.status == REJECTED:
            assert report.errors, "rejected without a reason"
        for problem in report.problems:
            message = problem.message()
            assert message.strip() and "Traceback" not in message
        return report.status


def normalise(data: RoundData) -> dict:
    def r(x):
        return None if x is None else round(float(x), 6)

    return {
        "staffing": sorted((s.organisation, s.occupation, s.age_band, s.sex, s.persons, r(s.fte)) for s in data.staffing),
        "establishment": sorted((e.organisation, e.occupation, r(e.budgeted_fte), e.open_positions, r(e.open_fte),
                                 e.open_long) for e in data.establishment),
        "flows": sorted((f.organisation, f.occupation, f.direction, f.category, f.persons) for f in data.flows),
        "training": sorted((t.organisation, t.occupation, t.route, t.in_training, t.planned_intake, t.places,
                            t.supervisors) for t in data.training),
        "sickness": sorted((s.organisation, r(s.percentage)) for s in data.sickness),
    }


def _sheet_parts(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        workbook = archive.read("xl/workbook.xml").decode()
        rels = archive.read("xl/_rels/workbook.xml.rels").decode()
    targets = {}
    for rel in re.finditer(r"<Relationship\b[^>]*>", rels):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', rel.group(0)))
        targets[attrs["Id"]] = attrs["Target"].lstrip("/")
    parts = {}
    for sheet in re.finditer(r"<sheet\b[^>]*>", workbook):
        attrs = dict(re.findall(r'([\w:]+)="([^"]*)"', sheet.group(0)))
        target = targets[attrs["r:id"]]
        parts[attrs["name"]] = target if target.startswith("xl/") else f"xl/{target}"
    return parts


def rezip(data: bytes, change: dict[str, bytes | None], *, extra: dict[str, bytes] | None = None) -> bytes:
    """A copy of a zip with parts replaced (None removes one) and parts added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in change:
                if change[info.filename] is not None:
                    dst.writestr(info.filename, change[info.filename])
            else:
                dst.writestr(info, src.read(info))
        for name, content in (extra or {}).items():
            dst.writestr(name, content)
    return out.getvalue()


def set_cells(xml: bytes, cells: list[tuple[int, int, object]]) -> bytes:
    """Type values into a sheet's XML as a spreadsheet program would store them."""
    root = ET.fromstring(xml)
    data = root.find(f"{{{MAIN_NS}}}sheetData")
    rows = {int(r.get("r")): r for r in data.findall(f"{{{MAIN_NS}}}row")}
    for row_number, column, value in cells:
        ref_ = f"{get_column_letter(column)}{row_number}"
        row = rows.get(row_number)
        if row is None:
            row = ET.Element(f"{{{MAIN_NS}}}row", {"r": str(row_number)})
            rows[row_number] = row
            position = sum(1 for n in rows if n < row_number)
            data.insert(position, row)
        for old in [c for c in row if c.get("r") == ref_]:
            row.remove(old)
        cell = ET.Element(f"{{{MAIN_NS}}}c", {"r": ref_})
        if isinstance(value, bool):
            cell.set("t", "b")
            ET.SubElement(cell, f"{{{MAIN_NS}}}v").text = "1" if value else "0"
        elif isinstance(value, (int, float)):
            ET.SubElement(cell, f"{{{MAIN_NS}}}v").text = repr(value) if isinstance(value, float) else str(value)
        elif isinstance(value, tuple) and value[0] == "formula":
            ET.SubElement(cell, f"{{{MAIN_NS}}}f").text = value[1]
            if value[2] is not None:
                ET.SubElement(cell, f"{{{MAIN_NS}}}v").text = value[2]
        elif value is not None:
            cell.set("t", "inlineStr")
            ET.SubElement(ET.SubElement(cell, f"{{{MAIN_NS}}}is"), f"{{{MAIN_NS}}}t").text = str(value)
        columns = [int(_column_number(c.get("r", "A1"))) for c in row]
        position = sum(1 for n in columns if n < column)
        row.insert(position, cell)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _column_number(ref_: str) -> int:
    letters = re.match(r"[A-Z]+", ref_).group(0)
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


@pytest.fixture(scope="module")
def fx(tmp_path_factory) -> Fixture:
    fixture = Fixture(tmp_path_factory.mktemp("fuzz-excel"))
    yield fixture
    fixture.register.close()


def test_the_fixture_imports_as_it_should(fx):
    """The base files behave as expected, so the fuzz tests start from something real."""
    assert fx.import_and_check(fx.bases[True]) == UNCHANGED
    assert fx.import_and_check(fx.bases[False]) == REJECTED
    gz = next(r for r in range(L.FIRST_ROW, L.FIRST_ROW + 6))
    staffing = set_cells(_part(fx.bases[True], fx.sheet_parts[L.STAFFING.name]),
                         [(gz, L.STAFFING.index("persons:<25"), 3), (gz, L.STAFFING.index("fte:<25"), 2.4)])
    status = fx.import_and_check(rezip(fx.bases[True], {fx.sheet_parts[L.STAFFING.name]: staffing}))
    assert status in (IMPORTED, NEEDS_CONFIRMATION)


def _part(data: bytes, name: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name)


# --- strategies --------------------------------------------------------------------------------------------

_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
_HUGE = st.builds(lambda piece, n: piece * n, st.sampled_from(["9", "x", "é", "1,5 ", "\u202e", "=1+"]),
                  st.sampled_from([200, 5_000, 40_000]))
_NUMBERISH = st.sampled_from(["12", "12,5", "1.234,5", "1,234.5", " 7 ", "-3", "1e308", "1e-320", "nan", "inf",
                              "0x10", "½", "٣", "12 fte", "", " ", "31-12-2025", "2025-12-31", "TRUE", "#N/A",
                              "#DIV/0!", "GZ", "JGP", "Vrouwen", "Alfa", "mbo_bbl"])
_FORMULA = st.tuples(st.just("formula"), st.sampled_from(["1+1", "SUM(D7:J7)", "1/0", "HYPERLINK(\"x\")", "A1"]),
                     st.sampled_from([None, "", "2", "#DIV/0!", "abc"]))
VALUES = st.one_of(
    st.none(), st.booleans(),
    st.integers(-10**15, 10**15), st.integers(0, 200),
    st.floats(allow_nan=True, allow_infinity=True), st.floats(0, 2, allow_nan=False),
    _TEXT, _NUMBERISH, _HUGE, _FORMULA,
)
TARGET_SHEETS = [s.name for s in L.TOPIC_SHEETS] + [L.META_SHEET, L.INSTRUCTIONS_SHEET]


@st.composite
def typed_cells(draw) -> dict[str, list[tuple[int, int, object]]]:
    """A few cells per sheet, mostly in the input area, sometimes in headers, keys or the meta sheet."""
    edits: dict[str, list] = {}
    for _ in range(draw(st.integers(0, 10))):
        sheet = draw(st.sampled_from(TARGET_SHEETS))
        spec = next((s for s in L.TOPIC_SHEETS if s.name == sheet), None)
        if spec is None:
            row, column = draw(st.integers(1, 9)), draw(st.integers(1, 3))
        else:
            where = draw(st.integers(0, 49))  # mostly the input area; now and then anywhere, rarely far down
            row = draw(st.integers(1, 2100) if where == 0 else st.integers(1, L.FIRST_ROW + 20) if where < 10
                       else st.integers(L.FIRST_ROW, L.FIRST_ROW + 8))
            column = draw(st.integers(1, 40) if where < 5 else st.integers(1, len(spec.columns)))
        edits.setdefault(sheet, []).append((row, column, draw(VALUES)))
    return edits


@pytest.mark.slow
@FUZZ
@given(prefill=st.booleans(), edits=typed_cells())
def test_fuzz_cells_typed_into_a_real_template(fx, prefill, edits):
    base = fx.bases[prefill]
    changes = {fx.sheet_parts[sheet]: set_cells(_part(base, fx.sheet_parts[sheet]), cells)
               for sheet, cells in edits.items()}
    fx.import_and_check(rezip(base, changes))


# --- hostile files -------------------------------------------------------------------------------------------

_LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
           + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
                      for i in range(1, 10))
           + b']>\n<worksheet xmlns="' + MAIN_NS.encode() + b'"><sheetData><row r="7"><c r="D7" t="inlineStr"><is>'
           b"<t>&lol9;</t></is></c></row></sheetData></worksheet>")
_EXTERNAL = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
             b'<worksheet xmlns="' + MAIN_NS.encode() + b'"><sheetData><row r="7"><c r="D7" t="inlineStr"><is>'
             b"<t>&xxe;</t></is></c></row></sheetData></worksheet>")
_LONG_PROLOG = b'<?xml version="1.0"?>' + b"<!-- " + b"x" * 70_000 + b" -->" + _LAUGHS[len(b'<?xml version="1.0"?>'):]
_UTF16 = _LAUGHS.replace(b'<?xml version="1.0"?>', b'<?xml version="1.0" encoding="UTF-16"?>').decode().encode("utf-16")


def _bomb_part(size: int) -> bytes:
    return b"\0" * size


@st.composite
def hostile_files(draw, bases: dict[bool, bytes], parts: dict[str, str]) -> bytes:
    base = bases[draw(st.booleans())]
    kind = draw(st.sampled_from(["random", "prefixed", "truncated", "flipped", "sheet name", "entity", "bomb",
                                 "ratio", "drop part", "extra parts", "content types", "huge string", "ole"]))
    names = list(parts.values())
    if kind == "random":
        return draw(st.binary(max_size=4096))
    if kind == "prefixed":
        return draw(st.sampled_from([b"PK\x03\x04", b"PK\x05\x06", b"\xd0\xcf\x11\xe0"])) + draw(st.binary(max_size=2048))
    if kind == "ole":
        return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + draw(st.binary(max_size=512))
    if kind == "truncated":
        return base[: draw(st.integers(0, len(base) - 1))]
    if kind == "flipped":
        data = bytearray(base)
        for _ in range(draw(st.integers(1, 8))):
            position = draw(st.integers(0, len(data) - 1))
            data[position] = draw(st.integers(0, 255))
        return bytes(data)
    if kind == "sheet name":
        old = draw(st.sampled_from(list(parts)))
        new = draw(st.one_of(_TEXT, st.sampled_from(["Bezetting", "bezetting", "Bezetting ", "x" * 40, "",
                                                     "Verzuim", "_hrplanner", "Sheet1", "'", "&amp;"])))
        workbook = _part(base, "xl/workbook.xml").decode()
        escaped = new.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
        workbook = workbook.replace(f'name="{old}"', f'name="{escaped}"', 1)
        return rezip(base, {"xl/workbook.xml": workbook.encode("utf-8", "surrogatepass")})
    if kind == "entity":
        bomb = draw(st.sampled_from([_LAUGHS, _EXTERNAL, _LONG_PROLOG, _UTF16,
                                     _LAUGHS.replace(b"DOCTYPE", b"doctype"), _LAUGHS.replace(b"\n", b"\r\n  ")]))
        target = draw(st.sampled_from([*names, "[Content_Types].xml", "xl/workbook.xml", "xl/styles.xml",
                                       "xl/sharedStrings.xml"]))
        return rezip(base, {target: bomb}) if target in _names(base) else rezip(base, {}, extra={target: bomb})
    if kind == "bomb":  # declared sizes beyond the limits
        size = draw(st.sampled_from([21 * 1024 * 1024, 30 * 1024 * 1024]))
        return _cached_bomb(base, draw(st.sampled_from(names)), size)
    if kind == "ratio":  # a part compressed far more than a workbook ever is
        return _cached_bomb(base, draw(st.sampled_from(names)), draw(st.sampled_from([1, 2, 3])) * 1024 * 1024)
    if kind == "drop part":
        return rezip(base, {draw(st.sampled_from([*names, "[Content_Types].xml", "xl/workbook.xml", "_rels/.rels",
                                                  "xl/_rels/workbook.xml.rels"])): None})
    if kind == "extra parts":
        count = draw(st.sampled_from([1, 10, 501]))
        return rezip(base, {}, extra={f"xl/extra/part{i}.bin": b"x" for i in range(count)})
    if kind == "content types":
        text = draw(st.sampled_from([b"", b"<Types/>", b"not xml", b"<Types><Override ContentType="
                                     b'"application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>']))
        return rezip(base, {"[Content_Types].xml": text})
    # a huge string in one cell
    return _cached_huge(base, parts[draw(st.sampled_from(list(parts)))], draw(st.integers(1, 5)),
                        draw(st.sampled_from([32_767, 100_000, 2_000_000])))


def _names(data: bytes) -> set[str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return set(archive.namelist())


_BUILT: dict[tuple, bytes] = {}


def _cached_bomb(base: bytes, part: str, size: int) -> bytes:
    """A copy of ``base`` with one part replaced by ``size`` zero bytes (built once, then reused)."""
    key = ("bomb", hash(base), part, size)
    if key not in _BUILT:
        _BUILT[key] = rezip(base, {part: _bomb_part(size)})
    return _BUILT[key]


def _cached_huge(base: bytes, part: str, column: int, length: int) -> bytes:
    key = ("huge", hash(base), part, column, length)
    if key not in _BUILT:
        _BUILT[key] = rezip(base, {part: set_cells(_part(base, part), [(L.FIRST_ROW, column, "9" * length)])})
    return _BUILT[key]


@pytest.mark.slow
@FUZZ
@given(data=st.data())
def test_fuzz_hostile_files(fx, data):
    payload = data.draw(hostile_files(fx.bases, fx.sheet_parts))
    fx.import_and_check(payload)


def test_known_bombs_are_refused_by_name(fx):
    """The attacks the fuzzing draws from, each refused for its reason (not by accident)."""
    part = fx.sheet_parts[L.STAFFING.name]
    cases = {
        "entity": rezip(fx.bases[True], {part: _LAUGHS}),
        "external": rezip(fx.bases[True], {part: _EXTERNAL}),
        "long prolog": rezip(fx.bases[True], {part: _LONG_PROLOG}),
        "utf-16": rezip(fx.bases[True], {part: _UTF16}),
        "zip bomb": _cached_bomb(fx.bases[True], part, 30 * 1024 * 1024),
        "ratio": rezip(fx.bases[True], {part: _bomb_part(2 * 1024 * 1024)}),
        "parts": rezip(fx.bases[True], {}, extra={f"xl/extra/part{i}.bin": b"x" for i in range(501)}),
    }
    expected = {"entity": "document type or XML entities", "external": "document type or XML entities",
                "long prolog": "not a well-formed workbook part", "utf-16": "document type or XML entities",
                "zip bomb": "zip bomb", "ratio": "zip bomb", "parts": "parts; a workbook of at most 500"}
    for name, payload in cases.items():
        path = fx.write(payload)
        [report] = import_files(fx.register, [path], "fuzzer")
        assert report.status == REJECTED, name
        assert expected[name] in report.errors[0].message(), (name, report.errors[0].message())
