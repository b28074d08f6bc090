"""The overview page: the region's key figures of the current round against the previous round.

It arranges three sections: the region cards (pages/overview_figures.py), the table per occupation
and the charts with the largest expected shortages (pages/overview_charts.py). The figures are those
of ``hrplanner summary`` (services.summary.summarise); for the demo register a banner and every tooltip
say that they are fictitious.

The figures are a shared view: which of them may be shown is the round's publication
(services.publication), which takes seconds of CPU for a real region. It is made in the background;
until it arrives the page shows the occupations and the region with every figure pending ("…"), never
a figure the publication might hide. At start-up a publication kept from an earlier start is checked
against the preview and shown before the session opens. The charts follow the publication.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from datetime import date

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget

from hrplanner.services.summary import Summary, summarise
from hrplanner.ui import format as fmt
from hrplanner.ui import settings
from hrplanner.ui.labels import targs
from hrplanner.ui.pages.base import Page
from hrplanner.ui.pages.overview_charts import OverviewCharts
from hrplanner.ui.pages.overview_figures import (  # noqa: F401 - COLUMNS and the model are the page's API
    COLUMNS,
    PENDING,
    FigureCards,
    SummaryTableModel,
    fictitious_note,
)
from hrplanner.ui.pages.sections import FittedTable
from hrplanner.ui.theme import set_role
from hrplanner.ui.workers import LatestTask, whole

log = logging.getLogger(__name__)

#: What the background work of the page imports (loaded by the session's opening at start-up).
BACKGROUND_MODULES = ("hrplanner.services.projection", "hrplanner.services.publication",
                      "hrplanner.domain.disclosure.publication")


#: A kept publication up to this size (a region of some tens of organisations: its proof is checked in
#: a few tens of milliseconds) is read before the window's first paint, which then has the figures;
#: a larger one is read after it, the figures pending meanwhile.
FIRST_PAINT_BYTES = 1 << 20


def _publisher(register, day: date, preview: bool) -> Callable[[object], object]:  # noqa: ANN001
    """The background work that gives the publication of the round of ``day``: on the start-up preview
    only one at hand (None when it would have to be made: the session makes it), else made if need be."""
    rules = settings.disclosure_rules()

    def publication(token):  # noqa: ANN001, ANN202 - a CancelToken; a Publication or None
        from hrplanner.services.publication import kept_round_publication, round_publication

        if preview:
            return kept_round_publication(register, day, rules)
        # while it is made: how far, and stopped once the page wants another round
        return round_publication(register, day, rules, token.step)

    return publication


class OverviewPage(Page):
    """Key figures of the current round, per occupation and for the region, with charts."""

    page_id = "overview"
    order = 0

    #: The page was painted for the first time: its heading and occupations, the figures pending the
    #: publication, or the note that there are none (the app then opens the register's session).
    first_painted = Signal()
    #: The figures of the shared view (checked by the round's publication) were put on the page.
    figures_shown = Signal()
    #: The changes since the previous round followed (checked by that round's publication), or there
    #: is no previous round.
    changes_shown = Signal()
    #: The charts were drawn (after the first paint they follow the figures).
    charts_drawn = Signal()

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.summary: Summary | None = None
        self._painted = False
        self._charts_pending = False
        #: The figures were put on the page before its first paint (a small publication at hand).
        self._figures_before_paint = False
        self._figures_task = LatestTask(self, "overview figures")
        self._publication_task = LatestTask(self, "overview publication")
        #: The previous round's publication (the changes), read after the round's own.
        self._previous_task = LatestTask(self, "overview previous publication")
        self._subheading = ""
        self._shortages_after_publication = False
        #: The summary whose publication (or the reason there is none) was shown, and that publication.
        self._published_for: Summary | None = None
        self._publication = None
        #: The summary whose changes since the previous round were shown (or hidden for good).
        self._changes_for: Summary | None = None
        content, layout = self.scrolling_content("overview_content")

        self.banner = QLabel(content)
        self.banner.setObjectName("fictitious_banner")
        set_role(self.banner, "banner")
        self.banner.setWordWrap(True)
        layout.addWidget(self.banner)
        self.heading = QLabel(content)
        set_role(self.heading, "heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # the region's name as typed
        self.heading.installEventFilter(self)
        layout.addWidget(self.heading)
        self.subheading = QLabel(content)
        set_role(self.subheading, "muted")
        self.subheading.setWordWrap(True)
        layout.addWidget(self.subheading)

        self.figure_cards = FigureCards(content)
        self.cards = self.figure_cards.cards
        layout.addWidget(self.figure_cards)

        self.table_heading = QLabel(content)
        set_role(self.table_heading, "subheading")
        layout.addWidget(self.table_heading)
        self.model = SummaryTableModel(self)
        self.table = FittedTable(content, fill_first=True)
        self.table.setObjectName("overview_table")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        # Names in full (never "Pedago..."), numbers as wide as they need (sections.fill_with_first_column).
        self.table.horizontalHeader().setMinimumSectionSize(56)
        layout.addWidget(self.table)

        self.charts = OverviewCharts(content)
        self.charts.drawn.connect(self.charts_drawn)
        self.shortage_box, self.shortage_label = self.charts.shortage_box, self.charts.shortage_label
        layout.addWidget(self.charts)

        self.empty = QLabel(content)
        self.empty.setWordWrap(True)
        self.empty.installEventFilter(self)
        set_role(self.empty, "muted")
        layout.addWidget(self.empty)
        layout.addStretch(1)

        for widget in (self.banner, self.heading, self.subheading, self.figure_cards, self.table_heading,
                       self.table, self.charts):
            widget.hide()  # until the first refresh: no empty cards while a register opens
        context.data_changed.connect(self.request_refresh)
        context.round_changed.connect(self.request_refresh)
        context.settings_changed.connect(self._settings_changed)
        self.retranslate_labels()

    def title(self) -> str:
        return self.tr("Overview")

    def _settings_changed(self, key: str) -> None:
        if key == settings.SMALL_NUMBER_THRESHOLD.key:
            self.request_refresh()

    def retranslate_labels(self) -> None:
        self.banner.setText(self.tr("Fictitious figures (demo region): the organisations and numbers of "
                                    "this register are made up for demonstration."))
        self.table_heading.setText(self.tr("Key figures per occupation"))
        self.table.setAccessibleName(self.tr("Key figures per occupation"))
        self.charts.retranslate()

    def retranslate(self) -> None:
        self.retranslate_labels()
        self.request_refresh()

    # --- refreshing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the figures of the current round and show them. The first view is read at once, so the
        window's first paint has its figures; later ones (another round, changed figures) are read in
        the background (a register of 300 organisations takes longer than a GUI-thread moment) through
        a latest-task slot, so only the newest request is shown."""
        register = self.context.register
        if register is None or not register.rounds():
            self._figures_task.discard()
            self._publication_task.discard()
            self._previous_task.discard()
            self._show(None)
            return
        reference = self.context.current_round
        if not self._painted:
            self._figures_task.discard()
            self._show(summarise(register, reference))
            return
        self.subheading.setText(self.tr("Reading the figures…"))
        self._figures_task.start(lambda _token: summarise(register, reference), on_result=self._shown)

    def _shown(self, summary: Summary) -> None:
        if self.context.register is not None:
            self._show(summary)

    def _show(self, summary: Summary | None) -> None:
        """Show a summary with its figures pending, and make the round's publication in the background."""
        register = self.context.register
        self.summary = summary
        self._publication_task.discard()
        self._previous_task.discard()
        self.model.set_summary(summary, self.context.language, None, pending=PENDING)
        has_figures = summary is not None
        for widget in (self.heading, self.subheading, self.table_heading, self.table, self.figure_cards,
                       self.charts):
            widget.setVisible(has_figures)
        self.banner.setVisible(bool(register is not None and register.fictitious))
        if not has_figures:
            self.table.fit()
            self.charts.cancel()
            self.empty.setText(self.tr("No register is open.") if register is None else self.tr(
                "This register has no rounds yet. Add a round and its figures, or import the "
                "collection templates of the organisations."))
            self.empty.setVisible(True)
            return
        self.empty.setVisible(False)
        self.heading.setText(summary.region)
        if summary.previous_date is not None:
            sub = targs(self.tr("Reference date %1, compared with %2"), fmt.fmt_date_long(summary.reference_date),
                        fmt.fmt_date_long(summary.previous_date))
        else:
            sub = targs(self.tr("Reference date %1 (no previous round to compare with)"),
                        fmt.fmt_date_long(summary.reference_date))
        if summary.fictitious:
            sub += " \u2014 " + fictitious_note()
        self._subheading = sub
        self.subheading.setText(sub + " \u2014 " + self.tr("checking small numbers before the figures are shown…"))
        self.figure_cards.show_pending(summary, PENDING)
        self._charts_pending = False
        self._start_background(summary)
        if self._published_for is not summary:  # the figures follow (a publication read before the
            self.table.fit()                   # first paint has fitted the table to them already)

    def _start_background(self, summary: Summary) -> None:
        """Make the round's publication and the shortages in the background.

        On the start-up preview, once the window has been painted (:meth:`_after_first_paint`), the
        publications are those at hand (kept on disk, their proof checked against the preview itself,
        the very copy its figures were read from), so the figures come without waiting for SQLAlchemy;
        the app opens the session after that (:meth:`after_preview_publication`). A publication still
        to be made, and the shortages (the projection's basis), wait for the session
        (:meth:`_register_changed`)."""
        register = self.context.register
        if register is None:
            return
        preview = self.context.is_preview
        if preview and not self._painted:
            self._small_publication_at_hand(summary)
            return
        publication = _publisher(register, summary.reference_date, preview)
        self._published_for = self._changes_for = self._publication = None
        self._shortages_after_publication = False
        if not preview:
            self._request_shortages(summary)
        if preview:
            self._publication_task.start(publication, on_result=lambda made: self._from_preview(summary, made),
                                         on_error=lambda exc: self._none_from_preview(summary, exc))
            return
        self._publication_task.start(publication, on_result=lambda made: self._published(summary, made),
                                     on_error=lambda exc: self._not_published(summary, exc),
                                     on_progress=lambda fraction, _text: self._publication_progress(summary, fraction))

    def _small_publication_at_hand(self, summary: Summary) -> None:
        """Before the first paint of the start-up preview: the round's publication when it is kept and
        small (:data:`FIRST_PAINT_BYTES`), read now, so the window's first paint has the figures.
        Otherwise (none kept, a large one, or reading failed: logged) they follow the first paint."""
        from hrplanner.services.publication import kept_round_publication

        self._figures_before_paint = False
        try:
            made = kept_round_publication(self.context.register, summary.reference_date,
                                          settings.disclosure_rules(), FIRST_PAINT_BYTES)
        except Exception as exc:  # noqa: BLE001 - read again after the first paint, which reports
            log.warning("the kept publication was not read before the first paint: %s", exc)
            return
        if made is not None:
            self._figures_before_paint = True
            whole(self._published(summary, made))

    def _publication_progress(self, summary: Summary, fraction: float) -> None:
        """The round's publication is being made (a large region's takes up to a minute): how far."""
        if summary is self.summary and self._published_for is not summary:
            self.subheading.setText(self._subheading + " \u2014 " + targs(
                self.tr("checking small numbers before the figures are shown (%1%)…"), str(int(fraction * 100))))

    def _start_changes(self, summary: Summary) -> None:
        """Read the previous round's publication in the background, for the changes since it (a change
        shows x where that round hides its figure): on the preview the one at hand, else made if need
        be. Without a previous round there are no changes to wait for."""
        register, previous_date = self.context.register, summary.previous_date
        if register is None or previous_date is None:
            self._changes_for = summary
            self.changes_shown.emit()  # none to wait for
            return
        preview = self.context.is_preview
        self._previous_task.start(_publisher(register, previous_date, preview),
                                  on_result=lambda made: self._changes_published(summary, made),
                                  on_error=lambda exc: self._changes_not_published(summary, exc, preview))

    def _changes_published(self, summary: Summary, previous) -> None:  # noqa: ANN001 - a Publication or None
        """The previous round's publication arrived: show the changes it lets through. None: none at
        hand for the preview, so the session's makes it (at once if the session came meanwhile)."""
        if summary is not self.summary or self._published_for is not summary:
            return
        if previous is not None:
            self._show_changes(summary, previous)
        elif not self.context.is_preview:
            self._start_changes(summary)

    def _changes_not_published(self, summary: Summary, exc: BaseException, preview: bool) -> None:
        """No publication of the previous round: read from the preview, the session's tries again (logged);
        otherwise that round's figures count as hidden, so every change shows x."""
        if summary is not self.summary or self._published_for is not summary:
            return
        if not preview:
            self._show_changes(summary, None)
            return
        log.warning("the previous round's kept publication was not read for the first view: %s", exc)
        if not self.context.is_preview:
            self._start_changes(summary)

    def _show_changes(self, summary: Summary, previous) -> None:  # noqa: ANN001 - a Publication or None
        """The changes since the previous round as its publication ``previous`` lets them through (None:
        none, every change x)."""
        self._changes_for = summary
        self.model.changes_pending = False
        self.model.previous_publication = previous  # the table's tooltips ask for it when shown
        self.figure_cards.show_summary(summary, self._publication, previous)
        self.changes_shown.emit()

    def _from_preview(self, summary: Summary, made) -> Iterator[None]:  # noqa: ANN001 - as _published's, or None
        """The publications at hand for the preview arrived: show them; None (nothing kept) leaves the
        figures pending for the session, or, should it be there already, lets it make them."""
        if made is not None:
            yield from self._published(summary, made)
        else:
            self._none_from_preview(summary, None)

    def _none_from_preview(self, summary: Summary, exc: BaseException | None) -> None:
        """No publication at hand for the preview (or reading it failed: logged; the session's own
        publication decides what is shown, and reports)."""
        if exc is not None:
            log.warning("the kept publication was not read for the first view: %s", exc)
        if summary is self.summary and self.context.register is not None and not self.context.is_preview:
            self._start_background(summary)

    def _request_shortages(self, summary: Summary) -> None:
        """The shortages of the round, now when what they need is loaded, else after the publication:
        two threads importing one package side by side can see it half-initialised."""
        register = self.context.register
        loaded = all(name in sys.modules for name in BACKGROUND_MODULES)
        self._shortages_after_publication = not loaded
        if loaded and register is not None:
            self.charts.request_shortages(register, summary, self.context.language)

    def _register_changed(self, register) -> None:  # noqa: ANN001
        """The session that replaced the start-up preview has the same figures: keep them and the
        publication made (or being made) from the preview, and compute the shortages now."""
        if self.context.replaced_preview and self.summary is not None:
            if self._published_for is self.summary:  # nothing else is loading modules
                self.charts.request_shortages(register, self.summary, self.context.language)
                if self._changes_for is not self.summary and not self._previous_task.running:
                    self._start_changes(self.summary)  # none at hand on the preview: made now
            elif self._publication_task.running:
                self._request_shortages(self.summary)
            else:
                self._start_background(self.summary)
            return
        super()._register_changed(register)

    def _shortages_follow(self, summary: Summary) -> None:
        if self._shortages_after_publication and self.context.register is not None and not self.context.is_preview:
            self._shortages_after_publication = False
            self.charts.request_shortages(self.context.register, summary, self.context.language)

    def _published(self, summary: Summary, publication) -> Iterator[None]:  # noqa: ANN001 - a Publication
        """The round's publication arrived: show the figures it lets through, the mark x for the others,
        and the changes since the previous round pending ("…") until that round's publication follows
        (:meth:`_start_changes`); the charts in a next piece (the window repaints between)."""
        if summary is not self.summary:
            return
        self._published_for, self._publication = summary, publication
        self._shortages_follow(summary)
        changes_pending = summary.previous_date is not None
        self.model.changes_pending = changes_pending
        self.model.previous_publication = None
        self.model.set_summary(summary, self.context.language, publication)
        self.table.fit()
        self.subheading.setText(self._subheading)
        self.figure_cards.show_summary(summary, publication, None, changes_pending=changes_pending)
        if self._figures_before_paint and not self._painted:
            # read before the first paint: the changes since the previous round follow that paint
            # (_after_first_paint), so that nothing else runs before it
            self._charts_pending = True
            return
        self._start_changes(summary)
        self.figures_shown.emit()
        if not self._painted:
            # The first time, the figures are painted before the charts (pyqtgraph takes a moment
            # to load): the charts follow right after.
            self._charts_pending = True
            return
        yield  # then the charts, a piece each, unless another round is shown meanwhile
        if summary is not self.summary:
            return
        for _ in self._charts_in_pieces():
            yield
            if summary is not self.summary:
                return

    def _not_published(self, summary: Summary, exc: BaseException) -> None:
        """No safe publication: every figure stays hidden, and the subheading says why."""
        from hrplanner.domain.disclosure.rules import MARK

        if summary is not self.summary:
            return
        self._published_for = summary
        self._shortages_follow(summary)
        self.model.set_summary(summary, self.context.language, None, pending=MARK)
        self.figure_cards.show_pending(summary, MARK)
        self.subheading.setText(self._subheading + "\n" + targs(
            self.tr("The figures are hidden: no safe publication of this round exists (%1)"), str(exc)))

    def set_shortages(self, shortages: list | None, error: str = "") -> None:
        """Show these shortages (services.projection.Shortage) in the shortage box."""
        self.charts.set_shortages(shortages, error)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        """The first paint of the page (its heading with the figures, or the note that there are
        none) lets the charts and the rest of the app follow."""
        if watched in (self.heading, self.empty) and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.heading.removeEventFilter(self)
            self.empty.removeEventFilter(self)
            QTimer.singleShot(0, self._after_first_paint)
        return False

    def _after_first_paint(self) -> None:
        in_first_paint = self._figures_before_paint and self.summary is not None and \
            self._published_for is self.summary
        self._figures_before_paint = False
        if in_first_paint:
            self._start_changes(self.summary)
            self.figures_shown.emit()
        elif self.context.is_preview and self.summary is not None and not self._publication_task.running:
            self._start_background(self.summary)
        self.first_painted.emit()
        if self._charts_pending:
            self._draw_charts()

    def after_preview_publication(self, then: Callable[[], None]) -> None:
        """Run ``then`` once the publications at hand for the start-up preview (the round's, then the
        previous round's) have been read (at once when none are being read). The app opens the
        register's session then: side by side they would share the processor (and Python's lock) and
        the figures would come later."""
        for task in (self._publication_task.task, self._previous_task.task):
            if task is not None and not task.is_done and self.context.is_preview:
                task.done.connect(lambda: self.after_preview_publication(then))  # the previous round's next
                return
        then()

    def _draw_charts(self) -> None:
        whole(self._charts_in_pieces())

    def _charts_in_pieces(self) -> Iterator[None]:
        """Draw the charts, one a piece; nothing in the steering view (no raw figures)."""
        self._charts_pending = False
        register, summary = self.context.register, self.summary
        if summary is None or register is None or not self.shown_for_role():
            return
        shown = [i for i, mark in enumerate(self.model.hidden[:-1]) if not mark]
        column = {c.name: k + 1 for k, c in enumerate(COLUMNS)}
        yield from self.charts.drawing(register, summary, [f.key for f in summary.occupations], self.model.names,
                                       shown, lambda row, name: self.model.cell_hidden(row, column[name]))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        room = event.size().width() - 48 - 20  # page margins and a vertical scroll bar
        self.figure_cards.fit_width(room)
        self.charts.fit_width(room)

