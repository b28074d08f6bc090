"""Which counts the meeting workbook may show: the round's publication (:mod:`hrplanner.domain.disclosure`),
looked up by every sheet, so one sheet never shows what another hides.

- the chosen round: :func:`hrplanner.domain.disclosure.publish` (persons, ages 55+/60+, trainees,
  hires from education, supervisors; cells, totals and regional totals, attacked together);
- the previous round (its regional figures on the key figures sheet): its own publication, the same
  one ``summary --round`` of that round prints, so the two never disagree.

Every hidden figure shows the one mark ``x``; the workbook explains it once (the methods sheet, and a
plain sentence on the coordination sheet). Everything about the staff of a group (fte, vacancies,
rates) is hidden where its persons are; a share 55+/60+ also where its count is.
"""

from __future__ import annotations

from dataclasses import dataclass

from hrplanner.domain.disclosure import (
    HIRES,
    MARK,
    PERSONS,
    SUPERVISORS,
    TRAINEES,
    Publication,
    Rules,
)


@dataclass(frozen=True)
class Grid:
    """One published table of the round, addressable by organisation x occupation; None = total."""

    publication: Publication
    table: str

    def hidden(self, row: str | None, column: str | None) -> bool:
        return self.publication.hidden(self.table, row, column)

    def value(self, row: str | None, column: str | None) -> float:
        """The full value (only call it for a figure that is shown)."""
        return float(self.publication.full_value(self.table, row, column))

    def mark(self, row: str | None, column: str | None) -> str:
        """What a hidden figure shows instead ("" when shown)."""
        return MARK if self.hidden(row, column) else ""


@dataclass(frozen=True)
class SharedFigures:
    """The publication of the round (and of the previous round's regional figures)."""

    publication: Publication
    previous: Publication | None

    @property
    def rules(self) -> Rules:
        return self.publication.rules

    @property
    def threshold(self) -> int:
        return self.publication.rules.threshold

    @property
    def organisations(self) -> tuple[str, ...]:
        return self.publication.organisations

    @property
    def occupations(self) -> tuple[str, ...]:
        return self.publication.occupations

    @property
    def persons(self) -> Grid:
        return Grid(self.publication, PERSONS)

    @property
    def trainees(self) -> Grid:
        return Grid(self.publication, TRAINEES)

    @property
    def hires_from_education(self) -> Grid:
        return Grid(self.publication, HIRES)

    @property
    def supervisors(self) -> Grid:
        return Grid(self.publication, SUPERVISORS)

    def occupation_hidden(self, code: str | None) -> bool:
        """Whether the region's figures of an occupation (``None``: all occupations) are hidden."""
        return self.publication.occupation_hidden(code)

    def share_hidden(self, attribute: str, organisation: str | None, occupation: str | None,
                     previous: bool = False) -> bool:
        """Whether a figure ``attribute`` of a group is hidden (:meth:`Publication.figure_hidden`)."""
        publication = self.previous if previous else self.publication
        if publication is None:
            return False
        return publication.figure_hidden(attribute, organisation, occupation)

    def previous_hidden(self, code: str | None) -> bool:
        if self.previous is None:
            return False
        return self.previous.occupation_hidden(code)

    def any_hidden(self) -> bool:
        return any(f.hidden for f in self.publication.rows) or (
            self.previous is not None and any(f.hidden for f in self.previous.rows))

    def audit(self) -> None:
        """The interval attack on everything the workbook publishes (DisclosureError if exposed)."""
        self.publication.audit()
        if self.previous is not None:
            self.previous.audit()
