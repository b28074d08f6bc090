"""No accidental edits by scrolling: a combo box, spin box or slider that does not have the keyboard
focus passes the mouse wheel on to the page around it, which scrolls, instead of changing its value.

One event filter on the application (installed by :func:`install`, idempotent) does it for every such
widget, also those built later; they take the focus by click or Tab only (``StrongFocus``), not by
the wheel. Once focused (clicked or tabbed to), the wheel changes them as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


class WheelGuard(QObject):
    """The application-wide filter; see the module docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and isinstance(watched, GUARDED) and not _focused(watched):
            parent = watched.parentWidget()
            if parent is not None:
                QCoreApplication.sendEvent(parent, event)  # bubbles up to the scroll area
            return True
        return False


def _focused(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


_guard: WheelGuard | None = None


def install() -> WheelGuard:
    """Install the guard on the running application (once)."""
    global _guard
    if _guard is None:
        _guard = WheelGuard()
        QCoreApplication.instance().installEventFilter(_guard)
    return _guard
