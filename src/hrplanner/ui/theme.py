"""The app's look: Qt's Fusion style with a light palette, one sans font and a small style sheet.

Pages set object names or the dynamic property ``role`` ("card", "banner", "caption", "heading",
"figure", "muted") on their widgets instead of writing colours themselves, so the app looks the same
on every page and every platform.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

ACCENT = "#0b5cad"
WINDOW = "#f5f6f8"
BORDER = "#d5d9df"
TEXT = "#1f2328"
MUTED = "#5b6470"

STYLE_SHEET = f"""
QListWidget#navigation {{
    background: #eceff3;
    border: none;
    border-right: 1px solid {BORDER};
    outline: 0;
    padding-top: 6px;
}}
QListWidget#navigation::item {{
    padding: 8px 10px;
    margin: 1px 6px;
    border-radius: 4px;
    color: {TEXT};
}}
QListWidget#navigation::item:selected {{
    background: #d4e3f5;
    color: #08345f;
}}
QListWidget#navigation::item:hover:!selected {{
    background: #e1e6ec;
}}
QLabel[role="banner"] {{
    background: #fff3cd;
    border: 1px solid #e0b000;
    border-radius: 4px;
    color: #4d3a00;
    padding: 6px 10px;
    font-weight: 600;
}}
QFrame[role="card"] {{
    background: white;
    border: 1px solid {BORDER};
    border-radius: 6px;
}}
QFrame[role="card"] QLabel {{
    border: none;
    background: transparent;
}}
QLabel[role="heading"] {{
    font-size: 15pt;
    font-weight: 600;
    color: {TEXT};
}}
QLabel[role="subheading"] {{
    font-size: 11pt;
    font-weight: 600;
    color: {TEXT};
}}
QLabel[role="caption"], QLabel[role="muted"] {{
    color: {MUTED};
}}
QLabel[role="figure"] {{
    font-size: 17pt;
    font-weight: 600;
    color: {TEXT};
}}
QLabel[role="change"] {{
    color: {MUTED};
}}
QTableView {{
    background: white;
    alternate-background-color: #f7f9fb;
    gridline-color: #e4e7eb;
    border: 1px solid {BORDER};
    selection-background-color: #cfe0f3;
    selection-color: {TEXT};
}}
QHeaderView::section {{
    background: #eef1f4;
    border: none;
    border-right: 1px solid {BORDER};
    border-bottom: 1px solid {BORDER};
    padding: 5px 6px;
    font-weight: 600;
    color: {TEXT};
}}
QGroupBox {{
    font-weight: 600;
    border: 1px solid {BORDER};
    border-radius: 6px;
    margin-top: 12px;
    padding: 10px 8px 8px 8px;
    background: white;
}}
QGroupBox::title {{
    subcontrol-origin: margin;
    left: 10px;
    padding: 0 4px;
}}
QToolBar {{
    border: none;
    border-bottom: 1px solid {BORDER};
    spacing: 6px;
    padding: 3px 6px;
}}
QStatusBar {{
    border-top: 1px solid {BORDER};
}}
"""


def apply_theme(app: QApplication) -> None:
    """Fusion, a light palette, a 10-point sans font and the style sheet."""
    app.setStyle("Fusion")
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(WINDOW))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#f7f9fb"))
    palette.setColor(QPalette.ColorRole.Text, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Button, QColor("#eef0f3"))
    palette.setColor(QPalette.ColorRole.ButtonText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor("#ffffe8"))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(TEXT))
    palette.setColor(QPalette.ColorRole.Link, QColor(ACCENT))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#9aa1aa"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#9aa1aa"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#9aa1aa"))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setFamilies(["Segoe UI", "Noto Sans", "Cantarell", "Liberation Sans", "DejaVu Sans", "Helvetica"])
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)


def set_role(widget, role: str) -> None:
    """Give a widget a style role (see the module docstring) and re-apply the style sheet to it."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
