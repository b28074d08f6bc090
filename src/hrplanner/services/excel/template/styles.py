"""The look of a collection template: fonts, fills, borders, the style of each kind of data cell,
the input checks (data validation) with their Dutch messages, and sheet protection
with print setup."""

from __future__ import annotations

from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from hrplanner.services.excel import layout as L

DARK = "1F4E78"
TITLE_FONT = Font(name="Calibri", size=14, bold=True, color=DARK)
BIG_TITLE_FONT = Font(name="Calibri", size=16, bold=True, color=DARK)
BOLD = Font(name="Calibri", size=11, bold=True)
NORMAL = Font(name="Calibri", size=11)
NOTE_FONT = Font(name="Calibri", size=10, italic=True, color="404040")
WARN_FONT = Font(name="Calibri", size=11, bold=True, color="C00000")
GROUP_FONT = Font(name="Calibri", size=10, bold=True, color="FFFFFF")
HEADER_FONT = Font(name="Calibri", size=10, bold=True, color="1F1F1F")
REF_FONT = Font(name="Calibri", size=10, italic=True, color="7F7F7F")
CELL_FONT = Font(name="Calibri", size=10)
QUIET_FONT = Font(name="Calibri", size=10, color="A6A6A6")
GROUP_FILL = PatternFill("solid", fgColor=DARK)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")
REF_FILL = PatternFill("solid", fgColor="EDEDED")
FORMULA_FILL = PatternFill("solid", fgColor="E2EFDA")
ERROR_FILL = PatternFill("solid", fgColor="F8CBAD")
THIN = Side(style="thin", color="BFBFBF")
GROUP_SIDE = Side(style="medium", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="top", wrap_text=True)
LEFT = Alignment(vertical="center")
UNLOCKED = Protection(locked=False)

PERSONS_ERROR = "Vul een heel getal in van 0 of meer (aantal personen)."
FTE_ERROR = "Vul een getal in van 0 of meer (fte, hoogstens twee decimalen)."
PERCENT_ERROR = "Vul een percentage in tussen 0 en 100, bijvoorbeeld 6,3."


def cell_style(kind: str, *, free: bool, group_end: bool, group_start: bool, quiet: bool) -> dict[str, object]:
    """The look of a data cell of a column kind (free: a training row the user fills in whole;
    group_end: the last row of an occupation; group_start: the first column of a column group)."""
    border = Border(left=GROUP_SIDE if group_start else THIN, right=THIN, top=THIN,
                    bottom=GROUP_SIDE if group_end else THIN)
    style: dict[str, object] = {"border": border, "font": QUIET_FONT if quiet else CELL_FONT}
    if kind in L.INPUT_KINDS or (free and kind == L.KEY):
        style.update(fill=INPUT_FILL, protection=UNLOCKED)
        if kind in L.INPUT_KINDS:
            style["number_format"] = L.NUMBER_FORMATS[kind]
    elif kind in L.REFERENCE_KINDS:
        style.update(fill=REF_FILL, font=REF_FONT, number_format=L.NUMBER_FORMATS[kind])
    elif kind == L.FORMULA:
        style.update(fill=FORMULA_FILL, number_format=L.NUMBER_FORMATS[kind])
    if kind in (L.KEY, L.LABEL):
        style["alignment"] = LEFT
    return style


def validation(kind: str) -> DataValidation:
    if kind == L.WHOLE:
        dv = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                            error=PERSONS_ERROR)
    elif kind == L.FTE:
        dv = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                            error=FTE_ERROR)
    else:
        dv = DataValidation(type="decimal", operator="between", formula1="0", formula2="100",
                            allow_blank=True, error=PERCENT_ERROR)
    dv.errorTitle = "Ongeldige waarde"
    dv.showErrorMessage = True
    return dv


def protect_and_print(ws: Worksheet, spec: L.SheetSpec | None) -> None:
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.protection.selectLockedCells = False
    ws.protection.selectUnlockedCells = False
    ws.page_setup.orientation = "landscape" if spec is not None else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if spec is not None:
        split_into_pages(ws, spec)
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = 0.5
    ws.page_margins.bottom = 0.75
    ws.page_margins.footer = 0.3
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.right.text = "Pagina &P van &N"
    if spec is not None:
        ws.print_title_rows = f"{L.GROUP_ROW}:{L.HEADER_ROW}"


#: The printable width of an A4 landscape page with the margins above, in cm.
PRINTABLE_CM = 29.7 - 2 * 0.4 * 2.54
#: A page of columns up to this wide prints at 95% or more (fonts of 10 pt stay above 9 pt).
PAGE_CM = PRINTABLE_CM / 0.95


def column_cm(width: float) -> float:
    """How wide a column of ``width`` Excel units prints: 7 pixels a unit plus 5 of padding, at 96 dpi."""
    return (width * 7 + 5) / 96 * 2.54


def page_groups(spec: L.SheetSpec) -> list[list[int]]:
    """The column numbers of each printed page of a topic sheet: one page when it fits, else whole
    groups of columns (persons | fte | ...) per page, each page after the key columns (code, name, ...)."""
    keys = [n for n, c in enumerate(spec.columns, start=1) if not c.group]
    keys = keys[:next((i for i, n in enumerate(keys, start=1) if n != i), len(keys))]  # the leading ones
    if sum(column_cm(c.width) for c in spec.columns) <= PAGE_CM or not keys:
        return [list(range(1, len(spec.columns) + 1))]
    key_cm = sum(column_cm(spec.columns[n - 1].width) for n in keys)
    groups: list[list[int]] = []
    for number, column in enumerate(spec.columns, start=1):
        if number in keys:
            continue
        if groups and spec.columns[groups[-1][-1] - 1].group == column.group:
            groups[-1].append(number)
        else:
            groups.append([number])
    pages: list[list[int]] = [[]]
    for group in groups:
        cm = sum(column_cm(spec.columns[n - 1].width) for n in pages[-1] + group)
        if pages[-1] and key_cm + cm > PAGE_CM:
            pages.append([])
        pages[-1].extend(group)
    return [keys + page for page in pages]


def split_into_pages(ws: Worksheet, spec: L.SheetSpec) -> None:
    """A sheet too wide for one legible page prints over several, split between groups of columns, the
    key columns repeated on each: fitted to one page, the staffing sheet's 21 columns printed at 7 pt.
    A fixed scale, not "fit to": Excel ignores manual page breaks on a sheet fitted to a page count."""
    pages = page_groups(spec)
    if len(pages) == 1:
        return
    keys = [n for n in pages[0] if n in pages[1]]
    widest = max(sum(column_cm(spec.columns[n - 1].width) for n in page) for page in pages)
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.page_setup.scale = min(100, int(100 * PRINTABLE_CM / widest))
    ws.print_title_cols = f"A:{get_column_letter(keys[-1])}"
    for page in pages[:-1]:
        ws.col_breaks.append(Break(id=page[-1]))
