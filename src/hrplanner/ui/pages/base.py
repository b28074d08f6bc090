"""The base class of a page in the main window's side navigation."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from hrplanner.ui.context import AppContext


class Page(QWidget):
    """One page of the main window. Subclasses set ``page_id`` and implement ``title()`` (translated)
    and ``refresh()``; they react to the context's signals and never open files themselves."""

    page_id = "page"
    #: Pages with a lower order come first in the navigation.
    order = 100

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"page_{self.page_id}")
        context.register_changed.connect(lambda _r: self.refresh())
        context.language_changed.connect(lambda _l: self.retranslate())

    def title(self) -> str:  # pragma: no cover - overridden
        return self.page_id

    def refresh(self) -> None:
        """Reload what the page shows from the register."""

    def retranslate(self) -> None:
        """Set every visible text again after a language switch."""
        self.refresh()

    def can_show(self) -> bool:
        """Whether the page works with the current register (hidden from the navigation if not)."""
        return True
