"""Intake advice cards: one card per equilibrium year with the advised intake, today's intake and, once
the Monte Carlo run is done, the 10-90 percentile range of the advice."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from hrplanner.domain.projection.model import Advice
from hrplanner.ui.format import fmt_number
from hrplanner.ui.theme import set_role
from hrplanner.ui.labels import targs



class AdviceCard(QFrame):
    """The advice for one equilibrium year."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        set_role(self, "card")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers reach the advice with Tab
        self.advice: Advice | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.title = QLabel(self)
        set_role(self.title, "subheading")
        self.figure = QLabel(self)
        set_role(self.figure, "figure")
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        set_role(self.caption, "caption")
        self.range = QLabel(self)
        set_role(self.range, "caption")
        for label in (self.title, self.figure, self.caption, self.range):
            layout.addWidget(label)
        layout.addStretch(1)

    def set_advice(self, advice: Advice | None, percentiles: tuple[float, float] | None = None) -> None:
        self.advice = advice
        if advice is None:
            for label in (self.title, self.figure, self.caption, self.range):
                label.clear()
            return
        year = str(advice.equilibrium_year)
        now = fmt_number(advice.current_intake, 0)
        self.title.setText(targs(QCoreApplication.translate("AdviceCards", "Intake advice %1"), year))
        if advice.intake is None:
            self.figure.setText("\u2013")
            self.caption.setText(targs(QCoreApplication.translate("AdviceCards", "Not reachable by training before %1"), year))
        else:
            self.figure.setText(targs(QCoreApplication.translate("AdviceCards", "%1 per year"), fmt_number(advice.intake_clipped, 0)))
            caption = targs(QCoreApplication.translate("AdviceCards", "now %1 per year"), now)
            if advice.clipped:
                caption += "; " + QCoreApplication.translate("AdviceCards", "supply exceeds demand even without lever intake")
            self.caption.setText(caption)
        if percentiles and all(math.isfinite(v) for v in percentiles):
            low, high = (max(0.0, v) for v in percentiles)
            self.range.setText(targs(QCoreApplication.translate("AdviceCards", "10-90%: %1 to %2"), fmt_number(low, 0), fmt_number(high, 0)))
        else:
            self.range.clear()
        self.setAccessibleName(self.sentence())
        self.setToolTip(self.sentence())

    def sentence(self) -> str:
        """The card in one line: "Advice 2037: 46 per year (now 6)"."""
        a = self.advice
        if a is None:
            return ""
        year = str(a.equilibrium_year)
        if a.intake is None:
            return targs(QCoreApplication.translate("AdviceCards", "Advice %1: not reachable by training before %1"), year)
        return (targs(QCoreApplication.translate("AdviceCards", "Advice %1: %2 per year (now %3)"), year, fmt_number(a.intake_clipped, 0), fmt_number(a.current_intake, 0)))


class AdviceCards(QWidget):
    """A row (or column) of advice cards, one per equilibrium year. A row wraps into a column when
    its widget is narrower than the cards side by side (so it never widens a small window)."""

    def __init__(self, parent: QWidget | None = None, *, vertical: bool = False):
        super().__init__(parent)
        self.setObjectName("advice_cards")
        self.vertical = vertical
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        self.cards: list[AdviceCard] = []
        self.per_row = 1 if vertical else 0

    def set_advice(self, advice: tuple[Advice, ...], percentiles: list[tuple[float, float]] | None = None) -> None:
        while len(self.cards) < len(advice):
            card = AdviceCard(self)
            card.setObjectName(f"advice_card_{len(self.cards)}")
            self.cards.append(card)
            self._place(self.per_row, force=True)
        for i, card in enumerate(self.cards):
            card.setVisible(i < len(advice))
            if i < len(advice):
                card.set_advice(advice[i], percentiles[i] if percentiles else None)
            else:
                card.set_advice(None)

    def _place(self, per_row: int, force: bool = False) -> None:
        per_row = per_row if per_row > 0 else max(1, len(self.cards))
        if per_row == self.per_row and not force:
            return
        self.per_row = per_row
        for card in self.cards:
            self._layout.removeWidget(card)
        for i, card in enumerate(self.cards):
            self._layout.addWidget(card, i // per_row, i % per_row)

    def _card_width(self) -> int:
        return max((c.minimumSizeHint().width() for c in self.cards), default=0)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        if self.vertical or not self.cards:
            return hint
        return QSize(self._card_width(), hint.height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.vertical or not self.cards:
            return
        spacing = self._layout.spacing()
        fits = max(1, (event.size().width() + spacing) // (self._card_width() + spacing))
        self._place(min(fits, len(self.cards)) if fits < len(self.cards) else 0)

    def sentences(self) -> list[str]:
        return [c.sentence() for c in self.cards if c.advice is not None]
