"""The colours of the gap heatmap (all occupations x years) and its colour legend.

A diverging scale from blue (surplus) through white to vermillion (shortage), both ends from the
Okabe-Ito palette, so it reads with the common forms of colour blindness. A cell's colour follows the
gap as a share of demand (a shortage of 10 fte is large for 40 psychiatrists and small for 600 group
workers); the cell's text is the gap in fte.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QLinearGradient, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from hrplanner.ui.charts import palette
from hrplanner.ui.format import fmt_percent

#: The share of demand at which the colour is at its strongest.
LIMIT = 0.10
_LOW = QColor(palette.BLUE)
_MID = QColor("#ffffff")
_HIGH = QColor(palette.VERMILLION)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(round(a.red() + (b.red() - a.red()) * t), round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


def diverging_colour(relative: float, limit: float = LIMIT) -> QColor:
    """Blue for a surplus, white for balance, vermillion for a shortage; ``relative`` = gap / demand."""
    if relative != relative:  # NaN
        return QColor("#eeeeee")
    t = max(-1.0, min(1.0, relative / limit))
    return _mix(_MID, _HIGH, t) if t >= 0 else _mix(_MID, _LOW, -t)


def text_colour(background: QColor) -> QColor:
    """Black or white, whichever reads better on ``background``."""
    luminance = 0.299 * background.red() + 0.587 * background.green() + 0.114 * background.blue()
    return QColor("#ffffff") if luminance < 140 else QColor(palette.TEXT)


class HeatmapLegend(QWidget):
    """A horizontal colour bar: surplus on the left, shortage on the right."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("gap_heatmap_legend")
        self.setMinimumHeight(34)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def texts(self) -> tuple[str, str, str]:
        return (QCoreApplication.translate("HeatmapLegend", "surplus %1 of demand").replace("%1", fmt_percent(LIMIT, 0)),
                QCoreApplication.translate("HeatmapLegend", "balance"),
                QCoreApplication.translate("HeatmapLegend", "shortage %1 of demand").replace("%1", fmt_percent(LIMIT, 0)))

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        bar = QRectF(4, 2, self.width() - 8, 12)
        gradient = QLinearGradient(bar.topLeft(), bar.topRight())
        gradient.setColorAt(0.0, diverging_colour(-LIMIT))
        gradient.setColorAt(0.5, diverging_colour(0.0))
        gradient.setColorAt(1.0, diverging_colour(LIMIT))
        painter.fillRect(bar, gradient)
        painter.setPen(QColor(palette.GRID))
        painter.drawRect(bar)
        painter.setPen(QColor(palette.TEXT))
        left, middle, right = self.texts()
        text_box = QRectF(4, 16, self.width() - 8, 16)
        painter.drawText(text_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
        painter.drawText(text_box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter, middle)
        painter.drawText(text_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)
        painter.end()
