"""Reading the cells of a collection template that passed the safety checks.

openpyxl reads the workbook in read-only mode with ``data_only=True``: formulas are never evaluated,
a formula cell gives the result the spreadsheet program stored with it. A formula without a stored
result (a file written by a program that does not calculate) looks empty to openpyxl, so the sheet
XML is scanned for such cells separately; the importer refuses them by name. The meta sheet gives
the template version, the organisation and the reference date; another version is refused with a
message that says what to do.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
import zipfile
import zlib
from dataclasses import dataclass, field
from posixpath import dirname, join, normpath

from hrplanner.services.excel import layout as L
from hrplanner.services.excel.safety import CheckedFile, ExcelFileError

log = logging.getLogger(__name__)

#: Rows read per sheet at most; a template has far fewer.
MAX_ROWS = 2000
_FORMULA_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?f[\s>/]")


class TemplateError(ExcelFileError):
    """The file is a workbook but not a collection template this version can read."""


@dataclass
class SheetValues:
    """The values of one sheet by row number (1-based) and column number (1-based)."""

    title: str
    rows: dict[int, tuple[object, ...]] = field(default_factory=dict)

    def get(self, row: int, column: int) -> object:
        values = self.rows.get(row, ())
        value = values[column - 1] if column <= len(values) else None
        if isinstance(value, str) and not value.strip():
            return None
        return value

    @property
    def last_row(self) -> int:
        return max(self.rows, default=0)


@dataclass
class TemplateFile:
    """What a template holds: its meta values and the values of its topic sheets."""

    checked: CheckedFile
    version: int
    organisation: str
    reference_date: str
    sheets: dict[str, SheetValues]
    #: Cells (e.g. "D9") per sheet that hold a formula without a stored result.
    formulas_without_value: dict[str, set[str]]
    #: Sheets that have more rows than :data:`MAX_ROWS`.
    too_long: list[str] = field(default_factory=list)


def read_template(checked: CheckedFile) -> TemplateFile:
    """Read a checked file; raises :class:`TemplateError` when it is not a readable template and
    :class:`ExcelFileError` when its contents are damaged."""
    try:
        return _read(checked)
    except ExcelFileError:
        raise
    except Exception as exc:  # openpyxl and the XML parser raise many kinds on damaged contents
        log.info("cannot read %s", checked.name, exc_info=True)
        raise ExcelFileError(f"{checked.name}: cannot be read as an Excel workbook; the file is damaged "
                             f"({type(exc).__name__}: {exc})") from exc


def _read(checked: CheckedFile) -> TemplateFile:
    from openpyxl import load_workbook

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about extensions it does not read
        workbook = load_workbook(checked.stream(), read_only=True, data_only=True, keep_links=False)
    try:
        meta = _read_meta(checked, workbook)
        version = _check_version(checked, meta.get("template_version"))
        sheets: dict[str, SheetValues] = {}
        too_long: list[str] = []
        for spec in L.TOPIC_SHEETS:
            if spec.name not in workbook.sheetnames:
                raise TemplateError(f"{checked.name}: sheet {spec.name!r} is missing (renamed or deleted?); "
                                    f"use the template as it was sent")
            sheet = _read_sheet(workbook[spec.name], spec.name)
            if sheet.last_row > MAX_ROWS:
                too_long.append(spec.name)
            _check_headers(checked, spec, sheet)
            sheets[spec.name] = sheet
    finally:
        workbook.close()
    organisation = meta.get("organisation")
    reference_date = meta.get("reference_date")
    return TemplateFile(
        checked=checked,
        version=version,
        organisation=organisation.strip() if isinstance(organisation, str) else "",
        reference_date=str(reference_date).strip() if reference_date is not None else "",
        sheets=sheets,
        formulas_without_value=formula_cells_without_value(checked, [s.name for s in L.TOPIC_SHEETS]),
        too_long=too_long,
    )


def _read_sheet(worksheet, title: str) -> SheetValues:  # noqa: ANN001 - openpyxl read-only sheet
    worksheet.reset_dimensions()  # a wrong <dimension> must not cut rows off
    sheet = SheetValues(title)
    for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
        if number > MAX_ROWS:
            sheet.rows[number] = values
            break
        if any(v is not None for v in values):
            sheet.rows[number] = values
    return sheet


def _read_meta(checked: CheckedFile, workbook) -> dict[str, object]:  # noqa: ANN001
    if L.META_SHEET not in workbook.sheetnames:
        raise TemplateError(
            f"{checked.name}: not an hrplanner collection template (it has no template version); "
            f"fill in a template made with 'hrplanner template' or the app"
        )
    meta: dict[str, object] = {}
    for key, value, *_ in workbook[L.META_SHEET].iter_rows(max_col=2, values_only=True):
        if isinstance(key, str):
            meta[key.strip()] = value
    return meta


def _check_version(checked: CheckedFile, raw: object) -> int:
    try:
        version = int(str(raw).strip())
    except (TypeError, ValueError):
        raise TemplateError(f"{checked.name}: the template version ({raw!r}) cannot be read; "
                            f"fill in a new template") from None
    if version < L.TEMPLATE_VERSION:
        raise TemplateError(
            f"{checked.name}: made from template version {version}, which this hrplanner no longer "
            f"reads (it reads version {L.TEMPLATE_VERSION}); ask the region for a new template and "
            f"copy the figures into it"
        )
    if version > L.TEMPLATE_VERSION:
        raise TemplateError(
            f"{checked.name}: made by a newer hrplanner (template version {version}; this one reads "
            f"version {L.TEMPLATE_VERSION}); update hrplanner to import it"
        )
    return version


def _check_headers(checked: CheckedFile, spec: L.SheetSpec, sheet: SheetValues) -> None:
    """The column headers must be where the layout puts them (columns moved = wrong figures)."""
    from openpyxl.utils import get_column_letter

    for number, column in enumerate(spec.columns, start=1):
        found = sheet.get(L.HEADER_ROW, number)
        if not isinstance(found, str) or found.strip() != column.header:
            cell = f"{get_column_letter(number)}{L.HEADER_ROW}"
            raise TemplateError(
                f"{checked.name}: sheet {spec.name!r} cell {cell} should read {column.header!r} but reads "
                f"{found!r}; columns were moved or changed, use the template as it was sent"
            )


# --- formulas without a stored result -------------------------------------------------------------


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet title -> part name, from the workbook part and its relationships."""
    from defusedxml.ElementTree import fromstring

    package_rels = fromstring(archive.read("_rels/.rels"))
    workbook_part = next((rel.get("Target", "") for rel in package_rels
                          if rel.get("Type", "").endswith("/officeDocument")), "xl/workbook.xml")
    workbook_part = workbook_part.lstrip("/")
    base = dirname(workbook_part)
    rels_part = join(base, "_rels", workbook_part.rsplit("/", 1)[-1] + ".rels")
    targets = {}
    for rel in fromstring(archive.read(rels_part)):
        target = rel.get("Target", "")
        targets[rel.get("Id")] = target.lstrip("/") if target.startswith("/") else normpath(join(base, target))
    parts = {}
    for element in fromstring(archive.read(workbook_part)).iter():
        if _local(element.tag) == "sheet":
            rel_id = next((v for k, v in element.attrib.items() if _local(k) == "id"), None)
            if rel_id in targets:
                parts[element.get("name", "")] = targets[rel_id]
    return parts


def formula_cells_without_value(checked: CheckedFile, titles: list[str]) -> dict[str, set[str]]:
    """Cells of the named sheets that hold a formula but no stored result."""
    from defusedxml.ElementTree import iterparse

    found: dict[str, set[str]] = {}
    try:
        with zipfile.ZipFile(checked.stream()) as archive:
            parts = _sheet_parts(archive)
            for title in titles:
                part = parts.get(title)
                if part is None:
                    continue
                data = archive.read(part)
                if not _FORMULA_TAG.search(data):
                    continue
                cells: set[str] = set()
                for _, element in iterparse(io.BytesIO(data), events=("end",)):
                    if _local(element.tag) != "c":
                        continue
                    children = {_local(child.tag): child for child in element}
                    value = children.get("v")
                    if "f" in children and (value is None or not (value.text or "").strip()):
                        cells.add(element.get("r", "?"))
                    element.clear()
                if cells:
                    found[title] = cells
    except (KeyError, zipfile.BadZipFile, ValueError, SyntaxError, NotImplementedError, EOFError, OSError,
            zlib.error) as exc:  # a damaged or unsupported part (e.g. a zip of a newer version)
        raise ExcelFileError(f"{checked.name}: the workbook structure cannot be read ({exc})") from exc
    return found

