"""The backtest use case: for every pair of consecutive rounds of a register, how far the projection
made from the earlier round was from what the later round recorded (arithmetic: domain.backtest).

The projection of a round is its basis scenario (derived from that round and the one before it, as
the projection page shows it on that reference date), middle variant. Used by the ``backtest`` command,
the projection page and the workbook's methods sheet, so they all show the same figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from hrplanner.domain import backtest as bt
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
                            for a, b, why in self.skipped]}


def backtest(register: Register, *, until: date | None = None, last: int | None = None) -> Backtest:
    """Backtest every pair of consecutive rounds (up to the round of ``until`` when given; only the
    ``last`` latest pairs when given, e.g. 1 for the projection page)."""
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
        out.pairs.append(pair)
    return out
