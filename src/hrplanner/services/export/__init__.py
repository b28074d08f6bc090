"""The meeting workbook export (an Excel summary for steering-group meetings)."""

from .workbook import export_workbook

__all__ = ["export_workbook"]
