"""Writing text into a workbook cell so that no spreadsheet program ever evaluates it.

Any text that came from a user (organisation names, labels, occupation names, notes) can start
with a character a spreadsheet reads as the start of a formula: ``= + - @``, a tab or a carriage
return ("formula injection"); the rule is :func:`hrplanner.textsafe.needs_guard`, shared with every
CSV. openpyxl itself turns a string starting with ``=`` into a formula
and a string such as ``#N/A`` into an error value. :func:`put_text` always stores a plain string
cell, and marks a risky one with the cell style's *quotePrefix* flag (what Excel and LibreOffice
set when a user types a leading apostrophe), so the text is shown exactly as written and editing
the cell does not turn it into a formula either. Characters that XML cannot hold are dropped.
"""

from __future__ import annotations

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell

from hrplanner.textsafe import TRIGGERS, needs_guard  # noqa: F401 - TRIGGERS re-exported for tests


def clean_text(value: object) -> str:
    """The text of a value without the control characters a worksheet cannot store."""
    text = "" if value is None else str(value)
    return ILLEGAL_CHARACTERS_RE.sub("", text)[:32767]


def needs_quote(text: str) -> bool:
    return needs_guard(text)


def put_text(cell: Cell, value: object) -> Cell:
    """Write ``value`` into ``cell`` as a literal string; returns the cell."""
    text = clean_text(value)
    cell.value = text
    cell.data_type = "s"  # openpyxl made "=..." a formula and "#N/A" an error: undo that
    if needs_quote(text):
        cell.quotePrefix = True
    return cell
