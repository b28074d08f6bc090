"""Excel in: collection templates for organisations and the validated import of filled-in templates.

The service API for the command line and the GUI:

- :func:`write_templates` (register, round date, organisation names or None for all, file or folder)
  -> the files written;
- :func:`import_files` (register, paths, user, accept_warnings=, dry_run=, progress=, cancelled=) -> one
  :class:`ImportReport` per file, with its status, problems (sheet, cell, field, value, rule) and
  the changes; :func:`check_files` validates without importing.
"""

from hrplanner.services.excel.figures import ImportProblem
from hrplanner.services.excel.importer import (
    CANCELLED,
    CHECKED,
    IMPORTED,
    NEEDS_CONFIRMATION,
    REJECTED,
    UNCHANGED,
    ImportReport,
    check_files,
    import_files,
    summarise,
)
from hrplanner.services.excel.safety import ExcelFileError
from hrplanner.services.excel.template import write_templates

__all__ = [
    "CANCELLED", "CHECKED", "IMPORTED", "NEEDS_CONFIRMATION", "REJECTED", "UNCHANGED",
    "ExcelFileError", "ImportProblem", "ImportReport", "check_files", "import_files", "summarise",
    "write_templates",
]
