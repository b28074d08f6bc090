"""The base class of a page in the main window's side navigation."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from hrplanner.ui.context import AppContext


class Page(QWidget):
    """One page of the main window. Subclasses set ``page_id`` and implement ``title()`` (translated)
    and ``refresh()``; they react to the context's signals and never open files themselves."""

    page_id = "page"
    #: Pages with a lower order come first in the navigation.
    order = 100
    #: The navigation icon: ``hrplanner/resources/nav_<icon_name>.svg`` (page_id when empty).
    icon_name = ""
    #: On a server register, the login roles the page is for (the steering group reads only what is
    #: published, so the pages over raw figures are not for it; "" is an administrator).
    server_roles: tuple[str, ...] = ("coordinator", "hr-lead", "")

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"page_{self.page_id}")
        #: Set by the main window: a hidden page refreshes when it is next shown, not at once, so
        #: opening a register only computes the page the user looks at. A page built on its own
        #: (in a test) refreshes at once.
        self.defer_refresh = False
        self._stale = False
        context.register_changed.connect(self._register_changed)
        context.language_changed.connect(lambda _l: self.retranslate())

    def _register_changed(self, _register: object) -> None:
        """Another register was opened (or closed): refresh (a page may keep what it shows when the
        session replaces the start-up preview of the same file: AppContext.replaced_preview)."""
        self.request_refresh()

    def request_refresh(self, *_args: object) -> None:
        """Refresh now when the page is visible (or not deferred), else when it is next shown.
        Connect the context's ``data_changed``/``round_changed`` to this rather than to refresh."""
        if self.defer_refresh and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def read_failed(self, register: object, exc: BaseException) -> bool:
        """For a background read of ``register`` that raised ``exc``: True when ``exc`` is a user error
        for the page to show; False when there is nothing more to do (another register is open by now,
        or an unexpected error went to the error dialog)."""
        from hrplanner.services.errors import USER_ERRORS
        from hrplanner.ui.dialogs.error_dialog import report_error

        if register is not self.context.register:
            return False
        if not isinstance(exc, USER_ERRORS):
            report_error(exc, self)
            return False
        return True

    def install_actions(self, window) -> None:
        """Called once by the main window after every page is built: add the page's menu actions,
        e.g. ``window.add_action("file", action)`` (see MainWindow.add_action)."""

    def title(self) -> str:  # pragma: no cover - overridden
        return self.page_id

    def refresh(self) -> None:
        """Reload what the page shows from the register."""

    def retranslate(self) -> None:
        """Set every visible text again after a language switch."""
        self.request_refresh()

    def can_show(self) -> bool:
        """Whether the page works with the current register (hidden from the navigation if not)."""
        return True

    def shown_for_role(self) -> bool:
        """Whether the login's role on a server register may use this page (always for a file)."""
        register = self.context.register
        return register is None or not register.on_server or register.role in self.server_roles

    def scrolling_content(self, name: str = "") -> tuple[QWidget, QVBoxLayout]:
        """Give the page a frameless, resizable scroll area and return its content widget and layout
        (the margins and spacing every long page uses)."""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        content = QWidget()
        if name:
            content.setObjectName(name)
        scroll.setWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 14, 24, 14)
        layout.setSpacing(8)
        return content, layout
