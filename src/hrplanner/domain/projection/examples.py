"""Ready-made parameter sets: the MODEL.md 4.4 example and a synthetic region of made-up
occupations (for tests, benchmarks and trying the engine). The figures are fictitious."""

from __future__ import annotations

import numpy as np

from .params import Demand, Group, ProjectionParams, Stream, Training, Trend, Triple

__all__ = ["gz_psycholoog", "synthetic_occupation", "synthetic_region", "OCCUPATIONS"]

#: Youth-care occupations of MODEL.md 3 (names used for the synthetic region).
OCCUPATIONS: tuple[str, ...] = (
    "pedagogisch medewerker",
    "jeugdzorgwerker MBO",
    "jeugd- en gezinsprofessional (SKJ)",
    "sociaal werker",
    "gedragswetenschapper / orthopedagoog (SKJ)",
    "orthopedagoog-generalist (BIG)",
    "GZ-psycholoog (BIG)",
    "kinder- en jeugdpsycholoog",
    "klinisch psycholoog",
    "kinder- en jeugdpsychiater",
    "vaktherapeut",
    "ondersteunend personeel",
)


def gz_psycholoog() -> ProjectionParams:
    """The example of MODEL.md 4.4 (the men's group repeats the women's curves, which MODEL.md
    elides); equal to ``tests/data/params/gz_psycholoog.toml``."""
    outflow = {5: 0.10, 10: 0.21, 15: 0.33, 20: 0.46}
    retention = {1: 0.98, 5: 0.93, 10: 0.88, 15: 0.84}
    return ProjectionParams(
        occupation="GZ-psycholoog",
        base_year=2025,
        adjustment_year=2027,
        trend_year=2035,
        equilibrium_years=(2043,),
        horizon=20,
        persons=1200,
        groups=(
            Group("women", 0.8, 0.75, outflow, retention, 0.8, 0.8),
            Group("men", 0.2, 0.75, outflow, retention, 0.2, 0.2),
        ),
        training=Training(2.0, Stream(60, 0.95), Stream(60, 0.95), Stream(60, 0.95)),
        other_inflow=5,
        demand=Demand(
            unmet=0.04,
            demography={5: 0.02, 10: 0.03, 15: 0.035, 20: 0.04},
            sustained=False,
            trend=Trend(
                epidemiology=0.005,
                socio_cultural=0.005,
                professional=0.0,
                efficiency=-0.002,
                horizontal_substitution=0.0,
                vertical_substitution=-0.003,
                working_time=0.0,
            ),
        ),
    )


def _tri(rng: np.random.Generator, mid: float, spread: float, lo: float = -np.inf,
         hi: float = np.inf) -> Triple:
    low = max(lo, round(mid * (1 - spread), 6))
    high = min(hi, round(mid * (1 + spread), 6))
    mid = round(mid, 6)
    low, high = min(low, mid), max(high, mid)
    return Triple(low, mid, high)


def synthetic_occupation(index: int, seed: int = 2025) -> ProjectionParams:
    """One made-up occupation of realistic size with uncertain parameters (reproducible)."""
    rng = np.random.default_rng([seed, index])
    name = OCCUPATIONS[index % len(OCCUPATIONS)]
    if index >= len(OCCUPATIONS):
        name = f"{name} #{index // len(OCCUPATIONS) + 1}"
    persons = float(rng.integers(80, 2500))
    two_groups = index % 3 != 2
    women = round(float(rng.uniform(0.65, 0.9)), 3)

    def group(gname: str, share: float, fte: float) -> Group:
        u20 = float(rng.uniform(0.35, 0.6))
        out = {
            y: _tri(rng, u20 * y / 20 * (1 + 0.1 * (y == 5)), 0.15, 0, 1) for y in (5, 10, 15, 20)
        }
        er1 = float(rng.uniform(0.9, 0.99))
        ret = {1: _tri(rng, er1, 0.02, 0, 1), 5: _tri(rng, er1 - 0.05, 0.04, 0, 1),
               10: _tri(rng, er1 - 0.10, 0.05, 0, 1), 15: _tri(rng, er1 - 0.14, 0.06, 0, 1)}
        fte_curve = {0: Triple.of(fte), 20: _tri(rng, fte + 0.02, 0.03, 0, 2)}
        return Group(gname, share, fte_curve, out, ret, share, share)

    if two_groups:
        groups = (group("women", women, 0.72), group("men", round(1 - women, 3), 0.86))
    else:
        groups = (group("all", 1.0, 0.78),)
    intake = round(persons * float(rng.uniform(0.03, 0.08)), 1)
    training = Training(
        duration=_tri(rng, float(rng.choice([1.0, 1.5, 2.0, 3.0, 4.0])), 0.1, 0.5),
        in_training=Stream(intake, _tri(rng, 0.9, 0.05, 0, 1)),
        decided=Stream(intake, _tri(rng, 0.88, 0.05, 0, 1)),
        lever=Stream(_tri(rng, intake, 0.2, 0), _tri(rng, 0.88, 0.05, 0, 1)),
    )
    demand = Demand(
        unmet=_tri(rng, float(rng.uniform(0.02, 0.12)), 0.3, 0, 1),
        demography={y: _tri(rng, 0.004 * y, 0.5, -1, 10) for y in (5, 10, 15, 20)},
        trend=Trend(
            epidemiology=_tri(rng, 0.005, 1.0, -1, 1),
            socio_cultural=_tri(rng, 0.004, 1.0, -1, 1),
            professional=_tri(rng, 0.002, 1.0, -1, 1),
            efficiency=Triple(-0.004, -0.002, 0.0),
            horizontal_substitution=Triple(-0.002, 0.0, 0.002),
            vertical_substitution=Triple(-0.003, -0.001, 0.0),
            working_time=Triple(-0.002, 0.0, 0.002),
        ),
    )
    return ProjectionParams(
        occupation=name,
        code=f"SYN{index:03d}",
        base_year=2025,
        persons=_tri(rng, persons, 0.02, 0),
        groups=groups,
        training=training,
        other_inflow=_tri(rng, persons * 0.01, 0.5, 0),
        demand=demand,
    )


def synthetic_region(n_occupations: int = 12, seed: int = 2025) -> list[ProjectionParams]:
    """``n_occupations`` made-up occupations (a "demo region" of 12 by default)."""
    return [synthetic_occupation(i, seed) for i in range(n_occupations)]
