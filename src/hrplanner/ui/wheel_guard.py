"""No accidental edits by scrolling: a combo box, spin box or slider that does not have the keyboard
focus passes the mouse wheel on to the page around it, which scrolls, instead of changing its value.

One event filter on the application (installed by :func:`install`, idempotent) does it for every such
widget, those built before it and those built later; they take the focus by click or Tab only
(``StrongFocus``), not by the wheel. Once focused (clicked or tabbed to), the wheel changes them as
usual. The wheel goes to the nearest scroll area around the widget (a page, the lever column); a
combo inside a table's editor still scrolls the table.

The main window installs it, at start-up only after the first paint: every object that gets an event
passes a Python filter on the application as a Python object, and for the first of Qt's private
classes PySide6 creates every class of QtCore, QtGui and QtWidgets it had not created yet (128
enumerations: 57 ms of the window's first paint while the filter came first).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


class WheelGuard(QObject):
    """The application-wide filter; see the module docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and isinstance(watched, GUARDED) and not isinstance(watched, QScrollBar) \
                and not _focused(watched):  # a scroll bar always scrolls (a scroll area hands it the wheel)
            area = _scroll_area_around(watched)
            if area is not None:  # Qt does not pass a re-sent wheel event up, so it goes straight there
                QCoreApplication.sendEvent(area.viewport(), event)
            return True
        return False


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest scroll area that holds ``widget`` (not a combo's own drop-down list)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(parent, QAbstractItemView):
            return parent
        parent = parent.parentWidget()
    return None


def _focused(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


_guard: WheelGuard | None = None


def install() -> WheelGuard:
    """Install the guard on the running application (once); the guarded widgets there are already
    (polished before it came) take the focus by click or Tab only from now on."""
    global _guard
    if _guard is None:
        _guard = WheelGuard()
        QCoreApplication.instance().installEventFilter(_guard)
        for window in QApplication.topLevelWidgets():
            for kind in GUARDED:  # found by Qt by class: no private widget comes to Python
                for widget in window.findChildren(kind):
                    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return _guard
