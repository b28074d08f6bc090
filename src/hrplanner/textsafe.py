"""The one text guard for every CSV and workbook text field: text is never run as a formula.

A spreadsheet program treats a cell that starts with ``= + - @`` (or a tab or carriage return, or
their full-width forms) as a formula, so text from a register (organisation and occupation names,
audit values, notes) could run commands when a CSV or workbook is opened ("formula injection";
``-1+1+cmd|' /C calc'!A0`` is the classic). :func:`needs_guard` is the one rule; CSV cells get a
leading apostrophe (:func:`csv_cell`), workbook cells are stored as plain strings with Excel's
*quotePrefix* (``hrplanner.services.excel.textsafe.put_text``). Numbers stay numbers: an ``int`` or
``float`` is never touched, and neither is text that is nothing but a number (``-12.5``), which a
spreadsheet reads as that number and cannot run.
"""

from __future__ import annotations

import re

#: First characters that make a spreadsheet program treat text as a formula or a command.
TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?")


def needs_guard(text: str) -> bool:
    """Whether a spreadsheet program could run ``text`` as a formula."""
    return text.startswith(TRIGGERS) and _PLAIN_NUMBER.fullmatch(text) is None


def csv_cell(value: object) -> object:
    """A value for a CSV cell: text that could run as a formula gets a leading apostrophe."""
    if isinstance(value, str) and needs_guard(value):
        return "'" + value
    return value
