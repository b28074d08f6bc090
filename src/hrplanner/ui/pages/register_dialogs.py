"""The small dialogs of register editing: add an organisation, an occupation or a round, and the
question that confirms unusual figures.

A dialog hands its values to a ``submit`` function (which runs an undoable command) when OK is
pressed; a refused entry keeps the dialog open with the message under the form, so the user can
correct it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hrplanner.domain import reference as ref
from hrplanner.domain.validation import Issue
from hrplanner.ui import format as fmt
from hrplanner.ui.commands import Outcome
from hrplanner.ui.dialogs import messages
from hrplanner.ui.issues import issue_text
from hrplanner.ui.labels import level_label, register_label

Submit = Callable[[dict[str, object]], Outcome]


def ask_to_confirm(parent: QWidget | None, warnings: list[Issue]) -> bool:
    """Ask whether unusual figures (warnings, e.g. fte per person 1.5) are right."""
    return messages.ask(
        parent, QCoreApplication.translate("RegisterDialogs", "These figures are unusual. Save them anyway?"),
        title=QCoreApplication.translate("RegisterDialogs", "Confirm figures"),
        informative="\n".join(issue_text(w) for w in warnings),
        yes_text=QCoreApplication.translate("RegisterDialogs", "Save anyway"))


class EntryDialog(QDialog):
    """A form whose OK runs ``submit``; a refusal is shown under the form and the dialog stays open."""

    def __init__(self, parent: QWidget | None, submit: Submit):
        super().__init__(parent)
        self._submit = submit
        self.form = QFormLayout()
        self.error_label = QLabel(self)
        self.error_label.setObjectName("dialog_error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet("color: #a3121b;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        parent=self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def add_row(self, label: str, widget: QWidget) -> None:
        """A labelled field; the label's mnemonic moves the focus to it and names it for screen readers."""
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        self.form.addRow(caption, widget)

    def values(self) -> dict[str, object]:
        raise NotImplementedError

    def accept(self) -> None:
        outcome = self._submit(self.values())
        if outcome.ok:
            super().accept()
            return
        self.error_label.setText(outcome.message)
        self.error_label.show()


def _combo(parent: QWidget, pairs: list[tuple[str, str]]) -> QComboBox:
    combo = QComboBox(parent)
    for code, label in pairs:
        combo.addItem(label, code)
    return combo


class OrganisationDialog(EntryDialog):
    """Add an organisation: name, kind, municipality."""

    def __init__(self, parent: QWidget | None, submit: Submit, language: str = "nl"):
        super().__init__(parent, submit)
        self.setWindowTitle(self.tr("Add organisation"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(120)
        self.kind_combo = _combo(self, [(k, ref.label(k, language)) for k in ref.ORGANISATION_KINDS])
        self.municipality_combo = _combo(self, [(m, m) for m in ref.MUNICIPALITIES])
        self.add_row(self.tr("&Name:"), self.name_edit)
        self.add_row(self.tr("&Kind:"), self.kind_combo)
        self.add_row(self.tr("&Municipality:"), self.municipality_combo)

    def values(self) -> dict[str, object]:
        return {"name": self.name_edit.text(), "kind": self.kind_combo.currentData(),
                "municipality": self.municipality_combo.currentData()}


class OccupationDialog(EntryDialog):
    """Add an occupation to the code list."""

    def __init__(self, parent: QWidget | None, submit: Submit):
        super().__init__(parent, submit)
        self.setWindowTitle(self.tr("Add occupation"))
        self.code_edit = QLineEdit(self)
        self.code_edit.setMaxLength(12)
        self.name_nl_edit = QLineEdit(self)
        self.name_en_edit = QLineEdit(self)
        self.level_combo = _combo(self, [(level, level_label(level)) for level in ref.LEVELS])
        self.register_combo = _combo(self, [(r, register_label(r)) for r in ref.REGISTERS])
        self.registration_check = QCheckBox(self.tr("The work requires registration"), self)
        self.route_edit = QLineEdit(self)
        self.years_edit = QLineEdit(self)
        self.years_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.add_row(self.tr("&Code:"), self.code_edit)
        self.add_row(self.tr("&Dutch name:"), self.name_nl_edit)
        self.add_row(self.tr("&English name:"), self.name_en_edit)
        self.add_row(self.tr("&Level:"), self.level_combo)
        self.add_row(self.tr("&Register:"), self.register_combo)
        self.add_row(self.tr("Re&gistration:"), self.registration_check)
        self.add_row(self.tr("&Training route:"), self.route_edit)
        self.add_row(self.tr("Training &years:"), self.years_edit)

    def values(self) -> dict[str, object]:
        return {"code": self.code_edit.text(), "name_nl": self.name_nl_edit.text(),
                "name_en": self.name_en_edit.text(), "level": self.level_combo.currentData(),
                "register": self.register_combo.currentData(),
                "registration_required": self.registration_check.isChecked(),
                "training_route": self.route_edit.text(), "training_years": self.years_edit.text() or "0"}


class RoundDialog(EntryDialog):
    """Add a round: its reference date and label."""

    def __init__(self, parent: QWidget | None, submit: Submit, suggested: date | None = None):
        super().__init__(parent, submit)
        self.setWindowTitle(self.tr("Add round"))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setLocale(fmt.locale())
        self.date_edit.setDisplayFormat(fmt.locale().dateFormat(fmt.locale().FormatType.ShortFormat))
        day = suggested or date.today()
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.label_edit = QLineEdit(self)
        self.label_edit.setMaxLength(80)
        self.label_edit.setPlaceholderText(self.tr("e.g. Reference date 31-12-2026"))
        hint = self.label_edit.fontMetrics().horizontalAdvance(self.label_edit.placeholderText())
        self.label_edit.setMinimumWidth(hint + 24)  # the example reads whole
        self.add_row(self.tr("Reference &date:"), self.date_edit)
        self.add_row(self.tr("&Label:"), self.label_edit)

    def values(self) -> dict[str, object]:
        day = self.date_edit.date()
        return {"reference_date": date(day.year(), day.month(), day.day()), "label": self.label_edit.text()}
