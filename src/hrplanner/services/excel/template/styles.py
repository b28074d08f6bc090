"""The look of a collection template: fonts, fills, borders, the style of each kind of data cell,
the input checks (data validation) with their Dutch messages, and sheet protection
with print setup."""

from __future__ import annotations

from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
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
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = 0.5
    ws.page_margins.bottom = 0.75
    ws.page_margins.footer = 0.3
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.right.text = "Pagina &P van &N"
    if spec is not None:
        ws.print_title_rows = f"{L.GROUP_ROW}:{L.HEADER_ROW}"
