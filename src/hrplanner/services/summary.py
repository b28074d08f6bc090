"""Regional key figures per occupation for a round: the summary command and the overview page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from typing import TYPE_CHECKING

from hrplanner.domain.figures import KeyFigures, by_occupation, key_figures, ordered, region_figures

if TYPE_CHECKING:  # a Register or the sqlite3 reader (services.reading): both read the same way
    from hrplanner.db.reader import RegisterReader
    from hrplanner.domain.records import RoundData
    from hrplanner.services.register import Register


@dataclass
class Summary:
    """Key figures of a round per occupation and for the region, with the previous round's."""

    region: str
    fictitious: bool
    reference_date: date
    previous_date: date | None
    occupations: list[KeyFigures]
    total: KeyFigures
    previous_occupations: dict[str, KeyFigures]
    previous_total: KeyFigures | None
    occupation_names: dict[str, tuple[str, str]]


def summarise(register: Register | RegisterReader, reference_date: date | None = None,
              pair: tuple[RoundData, RoundData | None] | None = None) -> Summary:
    """Key figures of a round (the latest by default) and of the round before it; ``pair``: those two
    rounds' figures already read (``register.round_pair``), for a caller that needs them too."""
    current, previous = pair if pair is not None else register.round_pair(reference_date)
    occupations = register.occupations()
    codes = [o.code for o in occupations]
    names = {o.code: (o.name_nl, o.name_en) for o in occupations}
    figures = key_figures(current, previous, by_occupation)
    before_previous = None
    previous_figures: dict[str, KeyFigures] = {}
    previous_total = None
    if previous is not None:
        prev_round = register.previous_round(register.round(previous.reference_date))
        # only its persons count (the previous round's persons at the start of its year)
        before_previous = register.round_data(prev_round, tables=("staffing",)) if prev_round else None
        previous_figures = key_figures(previous, before_previous, by_occupation)
        previous_total = region_figures(previous, before_previous)
    return Summary(
        region=register.region,
        fictitious=register.fictitious,
        reference_date=current.reference_date,
        previous_date=previous.reference_date if previous else None,
        occupations=ordered(figures, codes),
        total=region_figures(current, previous),
        previous_occupations=previous_figures,
        previous_total=previous_total,
        occupation_names=names,
    )
