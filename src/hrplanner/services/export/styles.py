"""The look of the meeting workbook: fonts, colours, number formats, and the helpers every sheet uses
to write cells, size columns and set up printing.

One place for the house style, so that every sheet looks made by the same analyst: Arial 10 (Excel has
it everywhere and LibreOffice maps it to the metric-compatible Liberation Sans, so column widths
computed here hold in both), dark blue titles, light blue table headers, a grey total row, and the
Okabe-Ito colours (safe for colour-blind readers) for charts and the shortage colour scale: blue for a
surplus, orange for a shortage.

Every text goes through :func:`hrplanner.services.excel.textsafe.put_text` (no user text is ever read
as a formula); numbers are always stored as numbers with a number format, never as text.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from hrplanner import colours
from hrplanner.domain.rounding import rounded
from hrplanner.services.excel.textsafe import clean_text, put_text

FONT_NAME = "Arial"
FONT_SIZE = 10

# Colours (RGB hex). Okabe-Ito: blue, orange, vermillion, sky blue.
NAVY = "1F3864"
# The chart colours are the app's (hrplanner.colours): the same series has the same colour on screen
# and on paper.
BLUE = colours.hex6(colours.BLUE)
ORANGE = colours.hex6(colours.ORANGE)
VERMILLION = colours.hex6(colours.VERMILLION)
SKY = colours.hex6(colours.SKY_BLUE)
SUPPLY = colours.hex6(colours.SUPPLY)
DEMAND = colours.hex6(colours.DEMAND)
SHORTAGE = colours.hex6(colours.SHORTAGE)
SURPLUS = colours.hex6(colours.SURPLUS)
CURRENT = colours.hex6(colours.CURRENT)
PREVIOUS = colours.hex6(colours.PREVIOUS)
GREY = "595959"
LIGHT_GREY = "F2F2F2"
RULE_GREY = "A6A6A6"
HEADER_FILL = "DCE6F1"
EQUILIBRIUM_FILL = "FCE4C4"
CHANGED_FILL = "FFF2CC"



def tint(colour: str, share: float) -> str:
    """``colour`` (RRGGBB) mixed with white: ``share`` of the colour, the rest white."""
    channels = [int(colour[i:i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{int(255 - (255 - c) * share + 0.5):02X}" for c in channels)  # halves up


def colour_name(colour: str) -> str:
    """The Dutch name of a chart colour (RRGGBB), for notes that say which colour means what."""
    return colours.dutch_name(f"#{colour.upper()}")


# The ends of the gap tables' colour scale: tints of the app's surplus and shortage colours, so
# the black figures on them stay readable.
SURPLUS_END = tint(SURPLUS, 0.6)
SHORTAGE_END = tint(SHORTAGE, 0.8)

# Number formats. Excel shows them with the reader's own separators (1.234,5 in a Dutch Excel).
INT = "#,##0"
ONE = "#,##0.0"
TWO = "0.00"
PCT = "0.0%"
PCT2 = "0.00%"
YEAR = "0"
DATE = "dd-mm-yyyy"
DIFF_INT = "+#,##0;-#,##0;0"
DIFF_ONE = "+#,##0.0;-#,##0.0;0.0"
DIFF_PCT = "+0.0%;-0.0%;0.0%"

TITLE_FONT = Font(name=FONT_NAME, size=15, bold=True, color=NAVY)
SUBTITLE_FONT = Font(name=FONT_NAME, size=10, italic=True, color=GREY)
SECTION_FONT = Font(name=FONT_NAME, size=12, bold=True, color=NAVY)
HEADER_FONT = Font(name=FONT_NAME, size=FONT_SIZE, bold=True, color=NAVY)
BOLD_FONT = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
NOTE_FONT = Font(name=FONT_NAME, size=9, italic=True, color=GREY)
MARK_FONT = Font(name=FONT_NAME, size=FONT_SIZE, color=GREY)
LINK_FONT = Font(name=FONT_NAME, size=FONT_SIZE, color=BLUE, underline="single")
WARNING_FONT = Font(name=FONT_NAME, size=14, bold=True, color="FFFFFF")

HEADER_FILL_STYLE = PatternFill("solid", fgColor=HEADER_FILL)
TOTAL_FILL_STYLE = PatternFill("solid", fgColor=LIGHT_GREY)
WARNING_FILL_STYLE = PatternFill("solid", fgColor=VERMILLION)
EQUILIBRIUM_FILL_STYLE = PatternFill("solid", fgColor=EQUILIBRIUM_FILL)
CHANGED_FILL_STYLE = PatternFill("solid", fgColor=CHANGED_FILL)

_THIN = Side(style="thin", color=RULE_GREY)
_MEDIUM = Side(style="medium", color=NAVY)
HEADER_BORDER = Border(bottom=_MEDIUM)
TOTAL_BORDER = Border(top=_THIN)
GROUP_BORDER = Border(left=_THIN)

WRAP_TOP = Alignment(wrap_text=True, vertical="top")
#: Names in tables: wrapped only when longer than their column, on the same baseline as the figures.
NAME_ALIGN = Alignment(wrap_text=True)
HEADER_ALIGN = Alignment(wrap_text=True, vertical="bottom", horizontal="center")
HEADER_ALIGN_LEFT = Alignment(wrap_text=True, vertical="bottom", horizontal="left")
HEADER_ALIGN_RIGHT = Alignment(wrap_text=True, vertical="bottom", horizontal="right")
RIGHT = Alignment(horizontal="right")
CENTER = Alignment(horizontal="center")

#: Points per line of Arial 10 text, for row heights of wrapped text.
LINE_POINTS = 12.75


# --- named cell styles -----------------------------------------------------------------------------------
# Cells take one of these named styles (they also appear in Excel's cell style gallery, so an analyst
# who adds a row can give it the same look). Applying a named style is cheap; setting font, fill and
# border on thousands of cells one by one is what makes openpyxl slow.

TITLE = "Titel (hrplanner)"
SUBTITLE = "Ondertitel (hrplanner)"
SECTION = "Kop (hrplanner)"
HEAD = "Tabelkop (hrplanner)"
HEAD_LEFT = "Tabelkop links (hrplanner)"
TOTAL = "Totaal (hrplanner)"
MARK = "Verborgen (hrplanner)"
NAME = "Naam (hrplanner)"
NOTE = "Voetnoot (hrplanner)"
TEXT = "Tekst (hrplanner)"
BOLD = "Vet (hrplanner)"
LINK = "Link (hrplanner)"
REMARK = "Opmerking (hrplanner)"


@dataclass(frozen=True)
class Traits:
    """What column widths and row heights need to know of a named style."""

    wrap: bool = False
    bold: bool = False
    size: float = FONT_SIZE
    #: Titles and headings run on over empty neighbours: they do not set a column's width.
    runs_on: bool = False


TRAITS: dict[str, Traits] = {
    TITLE: Traits(bold=True, size=15, runs_on=True),
    # Keep subtitles short enough for a page: they run on, unwrapped.
    SUBTITLE: Traits(runs_on=True),
    SECTION: Traits(bold=True, size=12, runs_on=True),
    HEAD: Traits(wrap=True, bold=True),
    HEAD_LEFT: Traits(wrap=True, bold=True),
    TOTAL: Traits(bold=True),
    MARK: Traits(),
    NAME: Traits(wrap=True),
    NOTE: Traits(wrap=True, size=9),
    TEXT: Traits(wrap=True),
    BOLD: Traits(bold=True),
    LINK: Traits(),
    REMARK: Traits(runs_on=True),
}
PLAIN = Traits()


def _named_styles() -> list[NamedStyle]:
    """Fresh named style objects (a named style belongs to the one workbook it is added to)."""
    plain = Font(name=FONT_NAME, size=FONT_SIZE)
    return [
        NamedStyle(TITLE, font=TITLE_FONT),
        NamedStyle(SUBTITLE, font=SUBTITLE_FONT),
        NamedStyle(SECTION, font=SECTION_FONT),
        # Right-aligned: a heading stands over its numbers (a heading over a group of columns is centred).
        NamedStyle(HEAD, font=HEADER_FONT, fill=HEADER_FILL_STYLE, border=HEADER_BORDER,
                   alignment=HEADER_ALIGN_RIGHT),
        NamedStyle(HEAD_LEFT, font=HEADER_FONT, fill=HEADER_FILL_STYLE, border=HEADER_BORDER,
                   alignment=HEADER_ALIGN_LEFT),
        NamedStyle(TOTAL, font=BOLD_FONT, fill=TOTAL_FILL_STYLE, border=TOTAL_BORDER),
        NamedStyle(MARK, font=MARK_FONT, alignment=RIGHT),
        NamedStyle(NAME, font=plain, alignment=NAME_ALIGN),
        NamedStyle(NOTE, font=NOTE_FONT, alignment=WRAP_TOP),
        NamedStyle(TEXT, font=plain, alignment=WRAP_TOP),
        NamedStyle(BOLD, font=BOLD_FONT),
        NamedStyle(LINK, font=LINK_FONT, alignment=Alignment(vertical="top")),
        NamedStyle(REMARK, font=Font(name=FONT_NAME, size=FONT_SIZE, italic=True, color=GREY)),
    ]


def prepare(wb: Workbook) -> None:
    """The house style on a new workbook: Arial 10 as the default font (cells without a font of their
    own, and the unit of column widths) and the named cell styles."""
    font = Font(name=FONT_NAME, size=FONT_SIZE, family=2)
    wb._fonts[0] = font  # noqa: SLF001 - openpyxl has no public setter for the default font
    wb._named_styles["Normal"].font = font  # noqa: SLF001
    for style in _named_styles():
        wb.add_named_style(style)


def traits(cell: Cell) -> Traits:
    return TRAITS.get(cell.style, PLAIN)


# --- writing cells ------------------------------------------------------------------------------------


def text(ws: Worksheet, row: int, column: int, value: object, *, style: str | None = None,
         font: Font | None = None, align: Alignment | None = None, fill: PatternFill | None = None) -> Cell:
    """A text cell, written through the formula-injection guard; no text leaves the cell empty. A
    named ``style`` first, then any one-off font, alignment or fill."""
    cell = ws.cell(row=row, column=column)
    if style is not None:
        cell.style = style
    if value is not None and value != "":
        put_text(cell, value)
    if font is not None:
        cell.font = font
    if align is not None:
        cell.alignment = align
    if fill is not None:
        cell.fill = fill
    return cell


def number(ws: Worksheet, row: int, column: int, value: float | int | None, fmt: str, *,
           style: str | None = None, font: Font | None = None, fill: PatternFill | None = None) -> Cell:
    """A number cell with its format; None (no figure) leaves the cell empty. A float is stored rounded
    half up to the decimals the format shows (domain.rounding), so the workbook reads as the app and the
    command line do, whatever rounding the spreadsheet program applies."""
    cell = ws.cell(row=row, column=column)
    if style is not None:
        cell.style = style
    if value is not None and not (isinstance(value, float) and not math.isfinite(value)):
        decimals = shown_decimals(fmt)
        cell.value = rounded(value, decimals) if isinstance(value, float) and decimals is not None else value
        cell.number_format = fmt
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    return cell


def mark(ws: Worksheet, row: int, column: int, value: str) -> Cell:
    """The mark of a hidden figure ("x") in a number column: grey, right-aligned."""
    return text(ws, row, column, value, style=MARK)


def title_block(ws: Worksheet, title: str, subtitle: str, *, column: int = 1) -> int:
    """The sheet's title (row 1) and subtitle (row 2); returns the first free row after a gap."""
    text(ws, 1, column, title, style=TITLE)
    ws.row_dimensions[1].height = 22
    text(ws, 2, column, subtitle, style=SUBTITLE)
    return 4


def section(ws: Worksheet, row: int, label: str, *, column: int = 1) -> None:
    text(ws, row, column, label, style=SECTION)
    ws.row_dimensions[row].height = 18


def header(ws: Worksheet, row: int, first_column: int, labels: Sequence[str | int], *,
           left_columns: int = 0) -> None:
    """A table header: bold, light blue, wrapped, with a rule under it. The first ``left_columns``
    labels are left-aligned (they head text columns). A whole number (a year) is stored as a number,
    so no spreadsheet flags it as a number stored as text."""
    for i, label in enumerate(labels):
        style = HEAD_LEFT if i < left_columns else HEAD
        if isinstance(label, int) and not isinstance(label, bool):
            number(ws, row, first_column + i, label, YEAR, style=style)
        else:
            text(ws, row, first_column + i, label, style=style)


def extend_header(ws: Worksheet, row: int, first_column: int, last_column: int) -> None:
    """The header style on the other cells of a header cell merged over several columns."""
    for column in range(first_column + 1, last_column + 1):
        ws.cell(row=row, column=column).style = HEAD


def total_row(ws: Worksheet, row: int, first_column: int, last_column: int) -> None:
    """Bold, grey, ruled: the total row of a table (number formats and marks keep their look)."""
    for column in range(first_column, last_column + 1):
        cell = ws.cell(row=row, column=column)
        was_mark = cell.style == MARK
        fmt = cell.number_format
        cell.style = TOTAL
        cell.number_format = fmt
        if was_mark:
            cell.alignment = RIGHT


def paragraph(ws: Worksheet, row: int, value: str, *, column: int = 1, last_column: int | None = None) -> int:
    """Running text in the normal font, merged over the table width and wrapped; returns the next row."""
    text(ws, row, column, value, style=TEXT)
    if last_column is not None and last_column > column:
        ws.merge_cells(start_row=row, start_column=column, end_row=row, end_column=last_column)
    return row + 1


def note(ws: Worksheet, row: int, value: str, *, column: int = 1, last_column: int | None = None) -> int:
    """A footnote (small, grey, italic), merged over the table width and wrapped; returns the next
    row. Its height comes from :func:`fit_row_heights` once the columns have their widths."""
    text(ws, row, column, value, style=NOTE)
    if last_column is not None and last_column > column:
        ws.merge_cells(start_row=row, start_column=column, end_row=row, end_column=last_column)
    return row + 1


# --- sizes ----------------------------------------------------------------------------------------------


def shown_decimals(fmt: str) -> int | None:
    """Decimals of the value a number format shows (a percentage shows the fraction x 100); None for a
    format that is not a fixed number of decimals ("General")."""
    first = fmt.split(";")[0]
    if "0" not in first:
        return None
    decimals = len(first.split(".")[1].rstrip('"%')) if "." in first else 0
    return decimals + 2 if "%" in first else decimals


def shown_text(value: object, fmt: str) -> str:
    """Roughly how a cell's value is shown, for column widths."""
    if value is None:
        return ""
    if isinstance(value, (datetime, date)):
        return "00-00-0000"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    v = float(value)
    sign = "+" if fmt.startswith("+") and v > 0 else ""
    if "%" in fmt:
        decimals = fmt.split("%")[0].count("0") - 1
        return f"{sign}{v * 100:,.{max(decimals, 0)}f}%"
    if "." in fmt.split(";")[0]:
        decimals = len(fmt.split(";")[0].split(".")[1].rstrip('"'))
        return f"{sign}{v:,.{decimals}f}"
    return f"{sign}{v:,.0f}"


def wrapped_lines(value: str, width: float) -> int:
    """Lines a text needs when wrapped at ``width`` characters (word wrap, explicit newlines kept)."""
    total = 0
    for paragraph in value.split("\n"):
        line, lines = 0, 1
        for word in paragraph.split():
            need = len(word) + (1 if line else 0)
            if line + need > width and line:
                lines += 1
                line = len(word)
            else:
                line += need
        total += lines
    return total


def fit_columns(ws: Worksheet, *, skip_rows: Iterable[int] = (), minimum: float = 5.0,
                maximum: float = 48.0, fixed: dict[int, float] | None = None,
                header_rows: Iterable[int] = (), names: dict[int, float] | None = None) -> None:
    """Set every column's width from its content. Cells with wrapped text (and header rows) count
    by their longest word, except in ``names`` columns (column -> widest), which are as wide as their
    longest text up to that width; merged and ``skip_rows`` cells (titles, notes) do not count."""
    fixed = fixed or {}
    names = names or {}
    skip = set(skip_rows)
    headers = set(header_rows)
    merged = set()
    for rng in ws.merged_cells.ranges:
        for row in range(rng.min_row, rng.max_row + 1):
            for column in range(rng.min_col, rng.max_col + 1):
                merged.add((row, column))
    widths: dict[int, float] = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None or cell.row in skip or (cell.row, cell.column) in merged:
                continue
            kind = traits(cell)
            if kind.runs_on:
                continue
            shown = shown_text(cell.value, cell.number_format)
            if cell.row in headers or (kind.wrap and cell.column not in names):
                length = max((len(w) for w in shown.split()), default=0)
            else:
                length = len(shown)
            # Numbers count as bold (a total, or a figure in a one-off bold font) so they always fit.
            bold = kind.bold or not isinstance(cell.value, str)
            need = length * (1.1 if bold else 1.0) * kind.size / FONT_SIZE + 2
            if cell.column in names and cell.row not in headers:
                need = min(need, names[cell.column])
            widths[cell.column] = max(widths.get(cell.column, 0.0), need)
    for column in range(1, ws.max_column + 1):
        width = fixed.get(column, widths.get(column, minimum))
        ws.column_dimensions[get_column_letter(column)].width = round(min(max(width, minimum), maximum), 1)


def same_width(ws: Worksheet, first_column: int, last_column: int) -> None:
    """Give a run of columns (the years of a table) the width of the widest, so they read as a grid."""
    letters = [get_column_letter(c) for c in range(first_column, last_column + 1)]
    widest = max((ws.column_dimensions[c].width or 0.0) for c in letters) if letters else 0.0
    for c in letters:
        ws.column_dimensions[c].width = widest


def fit_row_heights(ws: Worksheet, rows: Iterable[int]) -> None:
    """Row heights for wrapped text (Excel does not grow rows it did not lay out itself). Rows whose
    text fits on one line keep the default height."""
    merged_widths: dict[tuple[int, int], float] = {}
    for rng in ws.merged_cells.ranges:
        merged_widths[(rng.min_row, rng.min_col)] = sum(
            ws.column_dimensions[get_column_letter(c)].width or 8.43 for c in range(rng.min_col, rng.max_col + 1))
    last_column = ws.max_column  # ws[row] would work this out again for every row
    for row in rows:
        lines, height = 1, 0.0
        for cell in next(ws.iter_rows(min_row=row, max_row=row, max_col=last_column)):
            if not isinstance(cell.value, str):
                continue
            kind = traits(cell)
            if not kind.wrap:
                continue
            width = merged_widths.get((row, cell.column),
                                      ws.column_dimensions[get_column_letter(cell.column)].width or 8.43)
            bold, size = kind.bold, kind.size
            # Text is narrower than the digits a column width counts: about 1.2 letters a unit.
            factor = (1.0 if bold else 1 / 1.2) * size / FONT_SIZE
            need = wrapped_lines(cell.value, max(1.0, (width - 1.5) / factor))
            lines = max(lines, need)
            height = max(height, need * LINE_POINTS * size / FONT_SIZE + 3)
        if lines > 1:
            current = ws.row_dimensions[row].height or 0.0
            ws.row_dimensions[row].height = max(current, height)


#: The height a landscape A4 page has for rows, in points: 21 cm (595 pt) less the top and bottom margins
#: of :func:`print_setup` (0.75 and 0.7 inch, 104 pt), less a little for the spreadsheet's own rounding
#: (LibreOffice fits 443 pt of rows and breaks before 483).
PAGE_POINTS = 465.0


def row_points(ws: Worksheet, row: int) -> float:
    """A row's printed height: as set, or the default height of a line."""
    return ws.row_dimensions[row].height or LINE_POINTS


def keep_together(ws: Worksheet, blocks: Sequence[range], *, title_rows: int = 2) -> None:
    """Page breaks so that a heading stays with its text: a block of rows (a heading and its paragraphs)
    that does not fit under what is already on the page starts a new page. A block taller than a page
    starts a new page when its heading and first paragraph would not fit. Call it after the row heights
    are set; ``title_rows`` repeat on every page."""
    if not blocks:
        return
    room = PAGE_POINTS - sum(row_points(ws, r) for r in range(1, title_rows + 1))
    used, after = 0.0, title_rows + 1  # points on the page so far; the first row not yet counted
    for block in blocks:
        for r in range(after, block.start):  # the gap above the block
            used = row_points(ws, r) if used + row_points(ws, r) > room else used + row_points(ws, r)
        need = sum(row_points(ws, r) for r in block)
        keep = need if need <= room else sum(row_points(ws, r) for r in block[:2])
        if used and used + keep > room:
            ws.row_breaks.append(Break(id=block.start - 1))
            used = 0.0
        for r in block:  # rows run on over the page end like the printer's
            used = row_points(ws, r) if used + row_points(ws, r) > room else used + row_points(ws, r)
        after = block.stop


# --- printing ---------------------------------------------------------------------------------------


def header_footer_text(value: str) -> str:
    """User text for a page header or footer: '&' starts a control code there, so it is doubled."""
    return clean_text(value).replace("&", "&&")


@dataclass(frozen=True)
class PageInfo:
    """What every page's header and footer say."""

    region: str
    reference_date: date
    fictitious: bool
    made_by: str


def print_setup(ws: Worksheet, page: PageInfo, sheet_title: str, *, title_rows: str | None,
                freeze: str | None, landscape: bool = True) -> None:
    """Landscape A4, fit to one page wide, margins, header and footer, repeated title rows and frozen
    panes. ``title_rows`` like "4:5"; ``freeze`` the top-left cell that stays scrollable."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.HeaderFooter.scaleWithDoc = False  # the 8-pt header and footer stay 8 pt on a sheet fitted to the width
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = 0.75
    ws.page_margins.bottom = 0.7
    ws.page_margins.header = 0.3
    ws.page_margins.footer = 0.3
    region = header_footer_text(page.region)
    ws.oddHeader.left.text = region
    ws.oddHeader.left.size = 8
    ws.oddHeader.center.text = f"&B{header_footer_text(sheet_title)}"
    ws.oddHeader.center.size = 9
    ws.oddHeader.right.text = f"Peildatum {page.reference_date.strftime('%d-%m-%Y')}"
    ws.oddHeader.right.size = 8
    ws.oddFooter.left.text = header_footer_text(page.made_by)
    ws.oddFooter.left.size = 8
    ws.oddFooter.center.text = "Pagina &P van &N"
    ws.oddFooter.center.size = 8
    if page.fictitious:
        ws.oddFooter.right.text = "&BFictieve cijfers"
        ws.oddFooter.right.size = 8
        ws.oddFooter.right.color = VERMILLION
    if title_rows:
        ws.print_title_rows = title_rows
    if freeze:
        ws.freeze_panes = freeze
    ws.sheet_view.showGridLines = False
