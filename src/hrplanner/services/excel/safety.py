"""Checks on an Excel file before any workbook parser touches it.

A workbook sent in by an organisation is untrusted input. The file is read into memory once (its
size capped) and checked as a zip archive with :mod:`zipfile` only: it must be an OOXML workbook
(``[Content_Types].xml`` and a spreadsheet main part), not encrypted (an encrypted .xlsx is an OLE
compound file, like an old .xls), not macro-enabled, with a bounded number of parts, bounded
uncompressed sizes and a bounded compression ratio (zip bombs), and without XML document type
declarations (entity expansion, external entities). zipfile never inflates a part beyond the size
its directory declares, so the declared sizes bound what openpyxl can be made to read. openpyxl
itself parses through defusedxml; :func:`require_defusedxml` refuses to go on if that is off.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from hrplanner import files
from hrplanner.services.errors import ServiceError

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TOTAL_UNCOMPRESSED = 50 * 1024 * 1024
MAX_PART_UNCOMPRESSED = 20 * 1024 * 1024
MAX_RATIO = 100
#: Parts smaller than this are not held to the ratio: tiny parts compress unpredictably.
RATIO_MIN_BYTES = 1024 * 1024
MAX_PARTS = 500
#: How much of each XML part is searched for a document type declaration (it must come before the
#: root element, so a prolog longer than this is refused as well).
PROLOG_BYTES = 64 * 1024

OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_HEADER = b"PK\x03\x04"
CONTENT_TYPES = "[Content_Types].xml"
WORKBOOK_TYPES = (
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
)
MACRO_TYPES = (
    "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    "application/vnd.ms-excel.template.macroEnabled.main+xml",
    "application/vnd.ms-excel.addin.macroEnabled.main+xml",
    "application/vnd.ms-office.vbaProject",
)
_SAVE_AS = "save it in Excel as 'Excel-werkmap (*.xlsx)' and send that file"


class ExcelFileError(ServiceError):
    """A file cannot be read as a collection template; the message says why and what to do."""


@dataclass(frozen=True)
class CheckedFile:
    """A file that passed the checks: its bytes (read once), name and SHA-256."""

    path: Path
    data: bytes
    sha256: str

    @property
    def name(self) -> str:
        return self.path.name

    def stream(self) -> io.BytesIO:
        return io.BytesIO(self.data)


def require_defusedxml() -> None:
    """openpyxl must parse through defusedxml (it does when defusedxml is installed and
    OPENPYXL_DEFUSEDXML is not "False")."""
    import openpyxl

    if not openpyxl.DEFUSEDXML:
        raise ExcelFileError(
            "Excel files cannot be read safely: openpyxl is not using defusedxml "
            "(install defusedxml and do not set OPENPYXL_DEFUSEDXML=False)"
        )


def check_file(path: Path | str) -> CheckedFile:
    """Read ``path`` and check it; raises :class:`ExcelFileError` naming the problem."""
    path = Path(path)
    name = path.name
    require_defusedxml()
    if not path.exists():
        raise ExcelFileError(f"{path}: file not found")
    if path.is_dir():
        raise ExcelFileError(f"{path}: is a folder, not an .xlsx file")
    try:  # a FIFO or a device (a link to /dev/zero) is refused without blocking; the size is bounded
        data = files.read_regular(path, MAX_FILE_BYTES, name)
    except files.FileProblem as exc:
        raise ExcelFileError(str(exc)) from None
    check_bytes(name, data)
    return CheckedFile(path, data, hashlib.sha256(data).hexdigest())


def check_bytes(name: str, data: bytes) -> None:
    """The checks of :func:`check_file` on a file's contents."""
    if data.startswith(OLE_HEADER):
        raise ExcelFileError(
            f"{name}: is protected with a password (encrypted) or is an old Excel 97-2003 (.xls) "
            f"file; remove the password and {_SAVE_AS}"
        )
    if not data.startswith(ZIP_HEADER):
        raise ExcelFileError(f"{name}: not an .xlsx file (it is not an Excel workbook); {_SAVE_AS}")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise ExcelFileError(f"{name}: not an .xlsx file: the file is damaged or incomplete "
                             f"(truncated?) ({exc})") from exc
    with archive:
        infos = archive.infolist()
        _check_parts(name, infos)
        names = {info.filename for info in infos}
        if CONTENT_TYPES not in names:
            raise ExcelFileError(f"{name}: not an .xlsx file (no [Content_Types].xml); {_SAVE_AS}")
        for info in infos:
            if info.filename.lower().endswith((".xml", ".rels")):
                _check_prolog(name, archive, info)
        _check_content_types(name, archive, names)


def _check_parts(name: str, infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_PARTS:
        raise ExcelFileError(f"{name}: has {len(infos)} parts; a workbook of at most {MAX_PARTS} is "
                             f"accepted")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise ExcelFileError(f"{name}: contains an encrypted part ({info.filename}); remove the "
                                 f"password and {_SAVE_AS}")
        if info.file_size > MAX_PART_UNCOMPRESSED:
            raise ExcelFileError(
                f"{name}: part {info.filename} unpacks to {info.file_size / 1e6:.0f} MB; at most "
                f"{MAX_PART_UNCOMPRESSED // (1024 * 1024)} MB per part is accepted (zip bomb?)"
            )
        if info.file_size >= RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size / max(info.compress_size, 1)
            raise ExcelFileError(
                f"{name}: part {info.filename} is compressed {ratio:.0f} times; at most {MAX_RATIO} "
                f"times is accepted (zip bomb?)"
            )
        total += info.file_size
        if total > MAX_TOTAL_UNCOMPRESSED:
            raise ExcelFileError(
                f"{name}: unpacks to more than {MAX_TOTAL_UNCOMPRESSED // (1024 * 1024)} MB, "
                f"which is more than a collection template can hold (zip bomb?)"
            )


def _check_prolog(name: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Refuse document type declarations: OOXML never has one, entity attacks always do."""
    try:
        with archive.open(info) as handle:
            head = handle.read(PROLOG_BYTES)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise ExcelFileError(f"{name}: part {info.filename} cannot be unpacked; the file is "
                             f"damaged ({exc})") from exc
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", errors="replace").encode("utf-8")
    upper = head.upper()
    if b"<!DOCTYPE" in upper or b"<!ENTITY" in upper:
        raise ExcelFileError(
            f"{name}: part {info.filename} declares a document type or XML entities, which Excel "
            f"files never contain; refused as unsafe (XML entity expansion or external entity)"
        )
    if len(head) == PROLOG_BYTES and not _has_root_element(head):
        raise ExcelFileError(f"{name}: part {info.filename} is not a well-formed workbook part")


def _has_root_element(head: bytes) -> bool:
    """True when an element starts in ``head`` (not a declaration, comment or instruction)."""
    position = head.find(b"<")
    while position != -1 and position + 1 < len(head):
        following = head[position + 1:position + 2]
        if following.isalpha() or following == b"_":
            return True
        position = head.find(b"<", position + 1)
    return False


def _check_content_types(name: str, archive: zipfile.ZipFile, names: set[str]) -> None:
    from defusedxml.ElementTree import ParseError, fromstring

    if any(n.lower().endswith("vbaproject.bin") for n in names):
        raise ExcelFileError(f"{name}: contains macros (VBA), which are refused; {_SAVE_AS}")
    try:
        root = fromstring(archive.read(CONTENT_TYPES))
    except (ParseError, ValueError) as exc:
        raise ExcelFileError(f"{name}: not an .xlsx file (unreadable [Content_Types].xml)") from exc
    types = {element.get("ContentType", "") for element in root}
    if types & set(MACRO_TYPES):
        raise ExcelFileError(f"{name}: is a macro-enabled workbook (.xlsm); macros are refused; "
                             f"{_SAVE_AS}")
    if not types & set(WORKBOOK_TYPES):
        raise ExcelFileError(f"{name}: not an .xlsx file (it holds no Excel workbook); {_SAVE_AS}")
