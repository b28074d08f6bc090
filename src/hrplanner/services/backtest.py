"""The backtest use case: for every pair of consecutive rounds of a register, how far the projection
made from the earlier round was from what the later round recorded (arithmetic: domain.backtest).

The projection of a round is its basis scenario (derived from that round and the one before it, as
the projection page shows it on that reference date), middle variant. Used by the ``backtest`` command,
the projection page and the workbook's methods sheet, so they all show the same figures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

from hrplanner.domain import backtest as bt
from hrplanner.domain.disclosure.rules import Rules
from hrplanner.domain.projection.model import project
from hrplanner.services import projection as projection_service
from hrplanner.services.register import Register


@dataclass
class Backtest:
    """Every pair of consecutive rounds that could be backtested, oldest first, and the ones that could not."""

    region: str
    fictitious: bool
    pairs: list[bt.PairBacktest]
    #: (earlier date, later date, why there is no backtest)
    skipped: list[tuple[date, date, str]] = field(default_factory=list)
    #: occupation code -> (Dutch name, English name)
    names: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: Occupations left out of the shared view (hidden by the disclosure layer in a round of a pair).
    hidden: list[str] = field(default_factory=list)

    @property
    def latest(self) -> bt.PairBacktest | None:
        """The backtest of the two latest rounds that could be compared (None when there is none)."""
        return self.pairs[-1] if self.pairs else None

    def name(self, code: str, language: str = "en") -> str:
        if code == bt.REGION:
            return "regio" if language == "nl" else "region"
        names = self.names.get(code)
        return code if names is None else names[0 if language == "nl" else 1]

    def as_dict(self) -> dict:
        english = {code: names[1] for code, names in self.names.items()}
        return {"region": self.region, "fictitious": self.fictitious,
                "pairs": [bt.as_dict(p, english) for p in self.pairs],
                "skipped": [{"start": a.isoformat(), "end": b.isoformat(), "reason": why}
                            for a, b, why in self.skipped],
                "hidden_occupations": list(self.hidden)}


def backtest(register: Register, *, until: date | None = None, last: int | None = None,
             rules: Rules | None = None, hidden_on: Callable[[date], Iterable[str]] | None = None) -> Backtest:
    """Backtest every pair of consecutive rounds (up to the round of ``until`` when given; only the
    ``last`` latest pairs when given, e.g. 1 for the projection page).

    With disclosure ``rules`` the result is the shared view: an occupation whose regional figures are
    hidden in either round of a pair is left out, and the region is the shown occupations together
    (:func:`hrplanner.domain.backtest.without`); ``hidden_on(date)`` names them instead when the caller
    has the rounds' publications already (the export); with neither, the coordinator's full view."""
    if hidden_on is None and rules is not None:
        from hrplanner.services.publication import round_publication

        def hidden_on(day: date) -> list[str]:
            return round_publication(register, day, rules).hidden_occupations()

    rounds = [r for r in register.rounds() if until is None or r.reference_date <= until]
    out = Backtest(register.region, register.fictitious, [],
                   names={o.code: (o.name_nl, o.name_en) for o in register.occupations()})
    pairs = list(zip(rounds, rounds[1:]))
    if last is not None:
        pairs = pairs[-last:] if last > 0 else []
    for earlier, later in pairs:
        start, end = earlier.reference_date, later.reference_date
        basis = projection_service.basis(register, start)
        results = [project(p) for p in basis.params.values()]
        if not results:
            out.skipped.append((start, end, f"no occupation has staff on {start.isoformat()}"))
            continue
        pair = bt.compare_pair(results, register.round_data(later), start)
        if pair is None:
            years = end.year - start.year
            why = (f"{end.isoformat()} is in the same year as {start.isoformat()}" if years < 1
                   else f"{end.isoformat()} lies beyond the projection's horizon")
            out.skipped.append((start, end, why))
            continue
        if hidden_on is not None:
            hidden = {code for day in (start, end) for code in hidden_on(day)}
            pair = bt.without(pair, hidden)
            out.hidden = sorted(set(out.hidden) | hidden)
            if not pair.occupations:
                out.skipped.append((start, end, "every occupation is hidden in the shared view (small numbers "
                                                "in the region)"))
                continue
        out.pairs.append(pair)
    return out
