"""Work-arounds for bugs of the Qt binding, each limited to the versions that have the bug.

PySide6 6.12.0 on Python 3.11 loses one reference to ``True`` for every signal it delivers to a Python
callable (a function, lambda or method), and one reference to ``None`` for some connections to
methods. ``True`` starts with a few hundred references, so after some hundreds of signals Python
frees it and aborts with "Fatal Python error: bool_dealloc" (or "none_dealloc") - in the middle of a
session, or at exit. PySide6 6.11.3 does not do this, and on Python 3.12+ ``True`` and ``None`` are
immortal, so the bug is harmless there. Reproduce::

    o.sig.connect(lambda v: None); [o.sig.emit(1) for _ in range(100)]  # sys.getrefcount(True) -100

The real fix is to avoid that version (pyproject: ``PySide6-Essentials!=6.12.0``). Until then
:func:`make_bools_immortal` does for True, False and None what Python 3.12 does for them: it gives
them a reference count so large that it can never reach zero. They are static singletons that are never
freed in a running interpreter, so nothing else changes.
"""

from __future__ import annotations

import ctypes
import sys

AFFECTED_PYSIDE = ("6.12.0",)
_IMMORTAL = 1 << 40


def affected(pyside_version: str, python: tuple[int, int] = sys.version_info[:2]) -> bool:
    return python < (3, 12) and pyside_version in AFFECTED_PYSIDE


def make_bools_immortal() -> bool:
    """Apply the work-around when this PySide6 and Python need it; True if it was applied."""
    import PySide6

    if not affected(PySide6.__version__):
        return False
    for value in (True, False, None):
        count = ctypes.c_ssize_t.from_address(id(value))  # ob_refcnt, the first field of every object
        if count.value < _IMMORTAL:
            count.value += _IMMORTAL
    return True
