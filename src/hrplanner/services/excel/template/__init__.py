"""Collection templates: one Excel workbook per organisation per round, in Dutch.

A template has an instructions sheet, one sheet per topic (staffing, establishment and vacancies,
flows, training, sickness absence), a hidden sheet of dropdown lists and a very hidden meta sheet
with the template version, the organisation and the reference date. Every sheet is protected
without a password; only the yellow input cells are unlocked. Last round's figures are shown in
grey for reference. The cell positions come from :mod:`..layout`, which the importer reads too.
Every text from the register goes into a cell through :func:`..textsafe.put_text`.

The package has the shape of the meeting workbook's (:mod:`hrplanner.services.export`):

- :mod:`.files`: the service: which organisations, which files (:func:`write_templates`);
- :mod:`.content`: what one template shows (:class:`TemplateContext`, the rows of each sheet);
- :mod:`.workbook`: the workbook of one organisation (:func:`build_workbook`), lists and meta;
- :mod:`.sheets_instructions`, :mod:`.sheets_topic`: one module per kind of sheet;
- :mod:`.styles`: the look, the input checks, protection and printing.
"""

from hrplanner.services.excel.template.content import TemplateContext
from hrplanner.services.excel.template.files import safe_file_stem, write_templates
from hrplanner.services.excel.template.workbook import build_workbook

__all__ = ["TemplateContext", "build_workbook", "safe_file_stem", "write_templates"]
