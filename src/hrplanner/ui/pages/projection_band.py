"""The projection page's uncertainty band: the seeded Monte Carlo run of one occupation in the
background, its progress, Cancel and "Compute band".

Every start replaces the run before it (ui/workers.py's :class:`LatestTask`): an older run that still
finishes is dropped, so the band shown is always that of the occupation and parameters on screen.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from hrplanner.domain.projection.montecarlo import Percentiles, simulate
from hrplanner.ui import format as fmt
from hrplanner.ui.labels import targs
from hrplanner.ui.pages.sections import Section
from hrplanner.ui.theme import set_role
from hrplanner.ui.workers import LatestTask

log = logging.getLogger(__name__)

#: The seed of the Monte Carlo band (the command line's default), so the band is reproducible.
MC_SEED = 0


def run_band(params, draws: int, token) -> Percentiles:  # noqa: ANN001 - ProjectionParams, CancelToken
    """The Monte Carlo run of the band (in a worker thread; reports progress, stops when cancelled)."""
    def progress(done: int, total: int) -> bool:
        token.progress(done, total)
        return not token.cancelled  # False stops the run with the domain's Cancelled

    return simulate(params, draws, MC_SEED, chunk_size=max(50, draws // 20), progress=progress)


class BandControl(Section):
    """Status text, progress bar, Cancel and "Compute band" of the uncertainty band."""

    #: Progress as a fraction 0..1.
    progressed = Signal(float)
    #: The band's percentiles arrived.
    computed = Signal(object)
    #: The run ended without a band: "cancelled" or "failed".
    stopped = Signal(str)
    #: The user asked for a band ("Compute band").
    requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.status = QLabel(self)
        self.status.setObjectName("band_status")
        set_role(self.status, "muted")
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("band_progress")
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setFixedWidth(120)
        self.progress_bar.setTextVisible(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("band_cancel")
        self.start_button = QPushButton(self)
        self.start_button.setObjectName("band_start")
        layout.addWidget(self.status)
        for widget in (self.progress_bar, self.cancel_button, self.start_button):
            layout.addWidget(widget)
        self.task = LatestTask(self, "projection band")
        self.has_band = False
        self.cancel_button.clicked.connect(self.cancel)
        self.start_button.clicked.connect(self.requested)
        self._show_running(False)

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the uncertainty band"))
        self.start_button.setText(self.tr("Compute band"))
        self.start_button.setToolTip(self.tr("Compute the 10-90% uncertainty band (Monte Carlo)"))
        self.progress_bar.setAccessibleName(self.tr("Progress of the uncertainty band"))

    @property
    def running(self) -> bool:
        return self.task.running

    def start(self, params, draws: int) -> None:  # noqa: ANN001 - ProjectionParams
        """Compute the band of ``params`` with ``draws`` draws, replacing any run before it."""
        self.has_band = False
        self.progress_bar.setValue(0)
        self._show_running(True)
        self.status.setText(targs(self.tr("Uncertainty band: %1 draws…"), fmt.fmt_number(draws, 0)))
        self.task.start(lambda token: run_band(params, draws, token), on_result=self._done,
                        on_error=self._failed, on_progress=self._progressed, on_cancelled=self._cancelled)

    def cancel(self) -> None:
        """Stop the running band (the user's Cancel); "cancelled" follows."""
        self.task.cancel()

    def discard(self) -> None:
        """Drop the running band without a word (the page has nothing to show it for)."""
        self.task.discard()
        self._show_running(False)

    def forget(self) -> None:
        """The band shown no longer fits what is on screen."""
        self.has_band = False
        self._show_running(self.running)

    def _progressed(self, fraction: float, _text: str) -> None:
        self.progress_bar.setValue(round(fraction * 100))
        self.progressed.emit(fraction)

    def _done(self, pct: Percentiles) -> None:
        self.has_band = True
        self._show_running(False)
        self.status.setText(targs(self.tr("Band: 10-90% of %1 draws"), fmt.fmt_number(pct.draws, 0)))
        self.computed.emit(pct)

    def _failed(self, exc: BaseException) -> None:
        log.warning("Monte Carlo band failed: %s", exc)
        self._show_running(False)
        self.status.setText(targs(self.tr("The uncertainty band could not be computed: %1"), str(exc)))
        self.stopped.emit("failed")

    def _cancelled(self) -> None:
        self._show_running(False)
        self.status.setText(self.tr("Uncertainty band cancelled"))
        self.stopped.emit("cancelled")

    def _show_running(self, running: bool) -> None:
        self.progress_bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.start_button.setVisible(not running and not self.has_band)
