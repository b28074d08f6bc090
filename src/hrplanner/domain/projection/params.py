"""Inputs of the projection model (MODEL.md 4): frozen dataclasses, their validation, a flat key
scheme for storing scenarios, and the low/middle/high variants.

Conventions
-----------
* Every uncertain scalar is a :class:`Triple` ``(low, mid, high)``; a plain number means
  ``low = mid = high``. Constructors accept plain numbers (and dicts for curves) and coerce them,
  so ``Group(name="all", share=1, fte=0.8, outflow={5: 0.1}, retention={1: 1.0})`` works.
* A :class:`Curve` is a set of points ``year -> Triple`` (years after the base year). It is
  evaluated with :func:`pw`: piecewise-linear through the points, extrapolated linearly from the
  last segment beyond the last point (MODEL.md 4), and **held constant at the first value before the
  first point** (MODEL.md leaves this open; clamping never invents negative values for a curve that
  starts late, e.g. clients counted from t = 3). A one-point curve is a constant. Outflow and
  demography curves are *anchored*: the model adds the point ``0: 0`` (``U(0) = 0``,
  ``demo(0) = 0``), so their own points must lie after year 0.
* Years in :class:`ProjectionParams` are calendar years. Defaults (adjustment year ``B + 2``,
  trend year ``B + 10``, equilibrium years ``B + 12`` and ``B + 18``) are resolved when the object
  is built, so a parameter set always holds concrete years. Default equilibrium years beyond the
  horizon are left out; if none is left, ``B + horizon`` is used. Equilibrium years must lie in
  ``B + 1 .. B + horizon``; the adjustment and trend years may lie beyond the horizon.
* Group shares (``share``, ``training_share``, ``other_inflow_share``) must each sum to 1 within
  1e-6 (checked on the middle values). When shares are uncertain, the model renormalises the drawn
  or picked values so that they sum to 1 again.
* Parameter sets validate themselves on construction and raise :class:`ParameterError` naming the
  flat key (see :func:`to_flat`), the value and the rule.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal, Union

import numpy as np

from .errors import ParameterError

__all__ = [
    "VARIANTS",
    "TREND_FACTORS",
    "STREAMS",
    "Variant",
    "Triple",
    "Curve",
    "pw",
    "pw_weights",
    "Group",
    "Stream",
    "Training",
    "Trend",
    "CareType",
    "Demand",
    "ProjectionParams",
    "validate",
    "to_flat",
    "from_flat",
    "variant",
    "format_year",
]

Variant = Literal["low", "middle", "high"]
VARIANTS: tuple[str, ...] = ("low", "middle", "high")

#: The yearly demand trend factors of MODEL.md 4.2, in the order used everywhere.
TREND_FACTORS: tuple[str, ...] = (
    "epidemiology",
    "socio_cultural",
    "professional",
    "efficiency",
    "horizontal_substitution",
    "vertical_substitution",
    "working_time",
)

#: The three standard training streams of MODEL.md 4.1.2.
STREAMS: tuple[str, ...] = ("in_training", "decided", "lever")

SHARE_TOLERANCE = 1e-6

Number = Union[int, float]


# --------------------------------------------------------------------------------------------
# Triple
# --------------------------------------------------------------------------------------------


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool)


@dataclass(frozen=True)
class Triple:
    """An uncertain scalar: low, middle and high value (``low <= mid <= high``, all finite)."""

    low: float
    mid: float
    high: float

    def __post_init__(self) -> None:
        for name in ("low", "mid", "high"):
            value = getattr(self, name)
            if not _is_number(value) or not math.isfinite(value):
                raise ValueError(f"Triple.{name} must be a finite number, got {value!r}")
            object.__setattr__(self, name, float(value))
        if not self.low <= self.mid <= self.high:
            raise ValueError(
                "Triple must satisfy low <= middle <= high, "
                f"got {self.low}, {self.mid}, {self.high}"
            )

    @classmethod
    def of(cls, value: "Triple | Number | Mapping[str, Number] | tuple") -> "Triple":
        """Coerce a number, a ``{low, middle, high}`` mapping or a 3-tuple to a Triple."""
        if isinstance(value, Triple):
            return value
        if _is_number(value):
            return cls(value, value, value)
        if isinstance(value, Mapping):
            mid = value.get("middle", value.get("mid"))
            return cls(value["low"], mid, value["high"])
        if isinstance(value, tuple) and len(value) == 3:
            return cls(*value)
        raise ValueError(f"cannot make a low/middle/high value of {value!r}")

    @property
    def certain(self) -> bool:
        """True when low = middle = high."""
        return self.low == self.high

    def pick(self, which: str = "middle") -> float:
        """The value of one variant: ``"low"``, ``"middle"`` (or ``"mid"``) or ``"high"``."""
        if which == "middle" or which == "mid":
            return self.mid
        if which == "low":
            return self.low
        if which == "high":
            return self.high
        raise ValueError(f"variant must be 'low', 'middle' or 'high', got {which!r}")

    def collapse(self, which: str = "middle") -> "Triple":
        """A certain Triple holding the value of one variant."""
        value = self.pick(which)
        return Triple(value, value, value)


# --------------------------------------------------------------------------------------------
# Curves and piecewise-linear evaluation
# --------------------------------------------------------------------------------------------


def pw_weights(xs: Iterable[float], t: Any) -> np.ndarray:
    """Weights ``W`` (shape ``(len(t), len(xs))``) with ``pw(points, t) = W @ ys``.

    The piecewise-linear curve through fixed years ``xs`` is linear in the values ``ys``; the
    engine uses this to evaluate a curve for thousands of Monte Carlo draws with one matrix
    product. Before the first point the curve is held at the first value; beyond the last point it
    is extrapolated linearly from the last segment. ``xs`` must be strictly increasing.
    """
    x = np.asarray(list(xs), dtype=float)
    tt = np.asarray(t, dtype=float).reshape(-1)
    n = x.size
    w = np.zeros((tt.size, n))
    if n == 0:
        raise ValueError("a curve needs at least one point")
    if n == 1:
        w[:, 0] = 1.0
        return w
    # Segment i covers [x[i], x[i+1]); the last segment also covers everything beyond x[-1].
    seg = np.clip(np.searchsorted(x, tt, side="right") - 1, 0, n - 2)
    x0 = x[seg]
    x1 = x[seg + 1]
    frac = (tt - x0) / (x1 - x0)
    before = tt < x[0]
    frac = np.where(before, 0.0, frac)
    rows = np.arange(tt.size)
    w[rows, seg] = 1.0 - frac
    w[rows, seg + 1] += frac
    return w


@lru_cache(maxsize=4096)
def _weights_cached(xs: tuple[float, ...], n_years: int) -> np.ndarray:
    """Weights for t = 0 .. n_years - 1 (read-only, shared)."""
    w = pw_weights(xs, np.arange(n_years, dtype=float))
    w.setflags(write=False)
    return w


def pw(points: "Mapping[Number, Number] | Iterable[tuple[Number, Number]]", t: Any) -> Any:
    """Piecewise-linear interpolation through ``points`` (year -> value), vectorised over ``t``.

    Extrapolated linearly from the last segment beyond the last point and held at the first value
    before the first point. Returns a float for a scalar ``t`` and an array otherwise.
    """
    pairs = sorted((points.items() if isinstance(points, Mapping) else points), key=lambda p: p[0])
    xs = [float(x) for x, _ in pairs]
    ys = np.asarray([float(y) for _, y in pairs])
    if len(set(xs)) != len(xs):
        raise ValueError("curve years must be unique")
    out = pw_weights(xs, t) @ ys
    if np.ndim(t) == 0:
        return float(out[0])
    return out.reshape(np.shape(t))


def format_year(year: float) -> str:
    """A curve year as written in keys: ``5`` for 5.0, ``2.5`` for 2.5."""
    year = float(year)
    return str(int(year)) if year.is_integer() else repr(year)


@dataclass(frozen=True)
class Curve:
    """Points ``year -> Triple`` (years after the base year), sorted by year, years unique.

    Build one from a mapping (``Curve.of({5: 0.1, 10: 0.2})``), a number (a constant, stored as the
    single point ``0: value``) or a sequence of ``(year, value)`` pairs.
    """

    points: tuple[tuple[float, Triple], ...] = ()

    def __post_init__(self) -> None:
        raw = self.points.items() if isinstance(self.points, Mapping) else self.points
        pts = []
        for item in raw:
            year, value = item
            if not _is_number(year) or not math.isfinite(year):
                raise ValueError(f"curve year must be a finite number, got {year!r}")
            pts.append((float(year), Triple.of(value)))
        pts.sort(key=lambda p: p[0])
        years = [p[0] for p in pts]
        if len(set(years)) != len(years):
            raise ValueError(f"curve years must be unique, got {years}")
        object.__setattr__(self, "points", tuple(pts))

    @classmethod
    def of(cls, value: "Curve | Number | Triple | Mapping | Iterable") -> "Curve":
        if isinstance(value, Curve):
            return value
        if _is_number(value) or isinstance(value, Triple):
            return cls(((0.0, Triple.of(value)),))
        return cls(value)  # type: ignore[arg-type]

    @property
    def years(self) -> tuple[float, ...]:
        return tuple(p[0] for p in self.points)

    def values(self, which: str = "middle") -> tuple[float, ...]:
        return tuple(p[1].pick(which) for p in self.points)

    @property
    def is_constant(self) -> bool:
        """True for a single point at year 0 (written as a plain number in files)."""
        return len(self.points) == 1 and self.points[0][0] == 0.0

    def at(self, t: Any, which: str = "middle", *, anchored: bool = False) -> Any:
        """Evaluate the curve for one variant; ``anchored`` adds the point ``0: 0``."""
        pts = list(zip(self.years, self.values(which)))
        if anchored:
            pts = [(0.0, 0.0)] + pts
        if not pts:
            raise ValueError("an empty curve cannot be evaluated")
        return pw(pts, t)

    def map_values(self, fn) -> "Curve":
        """A curve with the same years and ``fn(Triple) -> Triple`` applied to each value."""
        return Curve(tuple((y, fn(v)) for y, v in self.points))


# --------------------------------------------------------------------------------------------
# Parameter dataclasses
# --------------------------------------------------------------------------------------------


def _set(obj: object, name: str, value: object) -> None:
    object.__setattr__(obj, name, value)


@dataclass(frozen=True)
class Group:
    """A supply group (e.g. women, men): its share of today's stock and its own curves.

    ``fte``: fte factor f_g(t) (a constant or a curve at t = 0, 5, 10, 15, 20);
    ``outflow``: cumulative share of today's stock gone, U_g (anchored, U(0) = 0);
    ``retention``: graduate retention ER_g by years since graduation (1, 5, 10, 15), floored at 0;
    ``training_share`` / ``other_inflow_share``: the group's share of trainees / other inflow
    (default: the group's ``share``).
    """

    name: str
    share: Triple
    fte: Curve
    outflow: Curve
    retention: Curve
    training_share: Triple | None = None
    other_inflow_share: Triple | None = None

    def __post_init__(self) -> None:
        _set(self, "share", Triple.of(self.share))
        _set(self, "fte", Curve.of(self.fte))
        _set(self, "outflow", Curve.of(self.outflow))
        _set(self, "retention", Curve.of(self.retention))
        _set(
            self,
            "training_share",
            self.share if self.training_share is None else Triple.of(self.training_share),
        )
        _set(
            self,
            "other_inflow_share",
            self.share if self.other_inflow_share is None else Triple.of(self.other_inflow_share),
        )


@dataclass(frozen=True)
class Stream:
    """A training stream: trainees starting per year and the completion rate (intern rendement)."""

    intake: Triple = Triple(0.0, 0.0, 0.0)
    completion: Triple = Triple(1.0, 1.0, 1.0)

    def __post_init__(self) -> None:
        _set(self, "intake", Triple.of(self.intake))
        _set(self, "completion", Triple.of(self.completion))


@dataclass(frozen=True)
class Training:
    """Training duration d (years, fractional allowed) and the three standard streams.

    ``in_training.intake`` is per year, like the other streams: ``intake * duration`` trainees are
    in training on the reference date (MODEL.md 4.1.2, s0 = -d, s1 = 0).
    """

    duration: Triple
    in_training: Stream = Stream()
    decided: Stream = Stream()
    lever: Stream = Stream()

    def __post_init__(self) -> None:
        _set(self, "duration", Triple.of(self.duration))
        for name in STREAMS:
            value = getattr(self, name)
            if isinstance(value, Mapping):
                value = Stream(**value)
            _set(self, name, value)

    def stream(self, name: str) -> Stream:
        return getattr(self, name)


@dataclass(frozen=True)
class Trend:
    """Yearly demand trend factors (MODEL.md 4.2). ``working_time`` is the yearly change atv in
    hours; it enters R as ``1 / (1 - atv) - 1``."""

    epidemiology: Triple = Triple(0.0, 0.0, 0.0)
    socio_cultural: Triple = Triple(0.0, 0.0, 0.0)
    professional: Triple = Triple(0.0, 0.0, 0.0)
    efficiency: Triple = Triple(0.0, 0.0, 0.0)
    horizontal_substitution: Triple = Triple(0.0, 0.0, 0.0)
    vertical_substitution: Triple = Triple(0.0, 0.0, 0.0)
    working_time: Triple = Triple(0.0, 0.0, 0.0)

    def __post_init__(self) -> None:
        for name in TREND_FACTORS:
            _set(self, name, Triple.of(getattr(self, name)))

    def factor(self, name: str) -> Triple:
        return getattr(self, name)


@dataclass(frozen=True)
class CareType:
    """Bottom-up demand for one care type: clients(t) (a curve) x fte per 100 clients."""

    name: str
    clients: Curve
    fte_per_100_clients: Triple

    def __post_init__(self) -> None:
        _set(self, "clients", Curve.of(self.clients))
        _set(self, "fte_per_100_clients", Triple.of(self.fte_per_100_clients))


@dataclass(frozen=True)
class Demand:
    """Demand inputs (MODEL.md 4.2).

    Top-down: ``D(t) = S(0) (1 + unmet) (1 + demo(t)) (1 + R min(t, trend year - B))`` (``t``
    instead of the min when ``sustained``). When ``care_types`` is not empty, demand is bottom-up
    instead: ``D(t) = sum over care types of clients(t) * fte_per_100_clients / 100``; ``unmet``,
    ``demography`` and ``trend`` are then not used (they are still validated and stored).
    """

    unmet: Triple = Triple(0.0, 0.0, 0.0)
    demography: Curve = Curve()
    sustained: bool = False
    trend: Trend = Trend()
    care_types: tuple[CareType, ...] = ()

    def __post_init__(self) -> None:
        _set(self, "unmet", Triple.of(self.unmet))
        _set(self, "demography", Curve.of(self.demography))
        if isinstance(self.trend, Mapping):
            _set(self, "trend", Trend(**self.trend))
        _set(self, "care_types", tuple(self.care_types))
        if not isinstance(self.sustained, (bool, np.bool_)):
            raise ParameterError("demand.sustained", "must be true or false", self.sustained, code="boolean")
        _set(self, "sustained", bool(self.sustained))

    @property
    def bottom_up(self) -> bool:
        return bool(self.care_types)


@dataclass(frozen=True)
class ProjectionParams:
    """Everything one projection of one occupation needs (MODEL.md 4.4)."""

    occupation: str
    base_year: int
    persons: Triple
    groups: tuple[Group, ...]
    training: Training
    demand: Demand = Demand()
    other_inflow: Triple = Triple(0.0, 0.0, 0.0)
    code: str = ""
    horizon: int = 20
    adjustment_year: int | None = None
    trend_year: int | None = None
    equilibrium_years: tuple[int, ...] | None = None

    def __post_init__(self) -> None:
        _set(self, "persons", Triple.of(self.persons))
        _set(self, "other_inflow", Triple.of(self.other_inflow))
        _set(self, "groups", tuple(self.groups))
        for name in ("base_year", "horizon", "adjustment_year", "trend_year"):
            value = getattr(self, name)
            if value is not None:
                _set(self, name, _whole(value, _YEAR_KEYS[name]))
        base, horizon = self.base_year, self.horizon
        if self.adjustment_year is None:
            _set(self, "adjustment_year", base + 2)
        if self.trend_year is None:
            _set(self, "trend_year", base + 10)
        if self.equilibrium_years is None:
            default = tuple(y for y in (base + 12, base + 18) if y <= base + horizon)
            _set(self, "equilibrium_years", default or (base + horizon,))
        else:
            years = self.equilibrium_years
            if isinstance(years, (int, np.integer)):
                years = (years,)
            _set(
                self,
                "equilibrium_years",
                tuple(_whole(y, f"years.equilibrium.{i}") for i, y in enumerate(years)),
            )
        validate(self)

    # Offsets (years after the base year) used by the model.
    @property
    def adjustment_offset(self) -> int:
        return self.adjustment_year - self.base_year

    @property
    def trend_offset(self) -> int:
        return self.trend_year - self.base_year

    @property
    def years(self) -> np.ndarray:
        """Calendar years base_year .. base_year + horizon."""
        return np.arange(self.base_year, self.base_year + self.horizon + 1)

    def group(self, name: str) -> Group:
        for g in self.groups:
            if g.name == name:
                return g
        raise KeyError(name)


_YEAR_KEYS = {
    "base_year": "years.base",
    "horizon": "years.horizon",
    "adjustment_year": "years.adjustment",
    "trend_year": "years.trend",
}


def _whole(value: object, key: str) -> int:
    if isinstance(value, Triple):
        if not value.certain:
            raise ParameterError(key, "must be a single whole number (low = middle = high)", value, code="single")
        value = value.mid
    if isinstance(value, bool) or not _is_number(value) or not float(value).is_integer():
        raise ParameterError(key, "must be a whole number", value, code="whole")
    return int(value)


# --------------------------------------------------------------------------------------------
# Flat key scheme
# --------------------------------------------------------------------------------------------


def _curve_flat(prefix: str, curve: Curve, out: dict[str, Triple]) -> None:
    for year, value in curve.points:
        out[f"{prefix}.{format_year(year)}"] = value


def _certain(value: float) -> Triple:
    return Triple(value, value, value)


def to_flat(params: ProjectionParams) -> dict[str, Triple]:
    """All numeric parameters as ``flat key -> Triple`` (for scenario storage).

    Keys: ``years.base``, ``years.horizon``, ``years.adjustment``, ``years.trend``,
    ``years.equilibrium.<i>``, ``supply.persons``, ``group.<name>.share``,
    ``group.<name>.fte.<year>``, ``group.<name>.outflow.<year>``, ``group.<name>.retention.<year>``,
    ``group.<name>.training_share``, ``group.<name>.other_inflow_share``, ``training.duration``,
    ``training.<stream>.intake``, ``training.<stream>.completion``, ``other_inflow.per_year``,
    ``demand.unmet``, ``demand.sustained`` (0/1), ``demand.demography.<year>``,
    ``demand.trend.<factor>``, ``demand.care.<name>.clients.<year>``,
    ``demand.care.<name>.fte_per_100_clients``. Years and the sustained flag are certain Triples.
    Names (occupation, group and care type names) are structure and stay in the base parameters.
    """
    out: dict[str, Triple] = {
        "years.base": _certain(params.base_year),
        "years.horizon": _certain(params.horizon),
        "years.adjustment": _certain(params.adjustment_year),
        "years.trend": _certain(params.trend_year),
    }
    for i, year in enumerate(params.equilibrium_years):
        out[f"years.equilibrium.{i}"] = _certain(year)
    out["supply.persons"] = params.persons
    for g in params.groups:
        p = f"group.{g.name}"
        out[f"{p}.share"] = g.share
        _curve_flat(f"{p}.fte", g.fte, out)
        _curve_flat(f"{p}.outflow", g.outflow, out)
        _curve_flat(f"{p}.retention", g.retention, out)
        out[f"{p}.training_share"] = g.training_share
        out[f"{p}.other_inflow_share"] = g.other_inflow_share
    out["training.duration"] = params.training.duration
    for name in STREAMS:
        stream = params.training.stream(name)
        out[f"training.{name}.intake"] = stream.intake
        out[f"training.{name}.completion"] = stream.completion
    out["other_inflow.per_year"] = params.other_inflow
    d = params.demand
    out["demand.unmet"] = d.unmet
    out["demand.sustained"] = _certain(1.0 if d.sustained else 0.0)
    _curve_flat("demand.demography", d.demography, out)
    for name in TREND_FACTORS:
        out[f"demand.trend.{name}"] = d.trend.factor(name)
    for c in d.care_types:
        _curve_flat(f"demand.care.{c.name}.clients", c.clients, out)
        out[f"demand.care.{c.name}.fte_per_100_clients"] = c.fte_per_100_clients
    return out


_CURVE_KEY = re.compile(
    r"^(group\.[^.]+\.(?:fte|outflow|retention)|demand\.demography|demand\.care\.[^.]+\.clients)"
    r"\.(-?[0-9]+(?:\.[0-9]+)?)$"
)


def curve_point(key: str) -> tuple[str, float] | None:
    """(curve key, year) of a flat key that is a point of a curve (``group.women.outflow.5`` ->
    (``group.women.outflow``, 5.0)); None for any other key. Lists (the scenario editor, the
    workbook's assumptions) group a curve's points by it."""
    m = _CURVE_KEY.match(key)
    return (m.group(1), float(m.group(2))) if m else None


def _curve_from(prefix: str, flat: Mapping[str, Triple]) -> Curve:
    start = prefix + "."
    pts = []
    for key, value in flat.items():
        if key.startswith(start):
            m = _CURVE_KEY.match(key)
            if m and m.group(1) == prefix:
                pts.append((float(m.group(2)), value))
    return Curve(tuple(pts))


def from_flat(base: ProjectionParams, flat: Mapping[str, "Triple | Number"]) -> ProjectionParams:
    """Parameters equal to ``base`` with the values of ``flat`` put in.

    ``flat`` may hold any subset of the keys of ``to_flat(base)``; it may also add points to an
    existing curve (a curve key with a new year). Any other key raises :class:`ParameterError`, so
    a stored scenario with a typo is not silently ignored. ``from_flat(p, to_flat(p)) == p``.
    """
    merged = to_flat(base)
    for key, value in flat.items():
        if key not in merged:
            m = _CURVE_KEY.match(key)
            if not (m and any(k.startswith(m.group(1) + ".") for k in merged)):
                raise ParameterError(key, "is not a parameter of this projection", value, code="unknown")
        try:
            merged[key] = Triple.of(value)
        except (ValueError, KeyError, TypeError) as exc:
            raise ParameterError(key, f"is not a valid value ({exc})", value, code="value") from None

    def whole(key: str) -> int:
        return _whole(merged[key], key)

    groups = []
    for g in base.groups:
        p = f"group.{g.name}"
        groups.append(
            Group(
                name=g.name,
                share=merged[f"{p}.share"],
                fte=_curve_from(f"{p}.fte", merged),
                outflow=_curve_from(f"{p}.outflow", merged),
                retention=_curve_from(f"{p}.retention", merged),
                training_share=merged[f"{p}.training_share"],
                other_inflow_share=merged[f"{p}.other_inflow_share"],
            )
        )
    training = Training(
        duration=merged["training.duration"],
        **{
            name: Stream(merged[f"training.{name}.intake"], merged[f"training.{name}.completion"])
            for name in STREAMS
        },
    )
    sustained = whole("demand.sustained")
    if sustained not in (0, 1):
        raise ParameterError("demand.sustained", "must be 0 (false) or 1 (true)", sustained, code="boolean")
    care_types = tuple(
        CareType(
            name=c.name,
            clients=_curve_from(f"demand.care.{c.name}.clients", merged),
            fte_per_100_clients=merged[f"demand.care.{c.name}.fte_per_100_clients"],
        )
        for c in base.demand.care_types
    )
    demand = Demand(
        unmet=merged["demand.unmet"],
        demography=_curve_from("demand.demography", merged),
        sustained=bool(sustained),
        trend=Trend(**{name: merged[f"demand.trend.{name}"] for name in TREND_FACTORS}),
        care_types=care_types,
    )
    return ProjectionParams(
        occupation=base.occupation,
        code=base.code,
        base_year=whole("years.base"),
        horizon=whole("years.horizon"),
        adjustment_year=whole("years.adjustment"),
        trend_year=whole("years.trend"),
        equilibrium_years=tuple(
            whole(f"years.equilibrium.{i}") for i in range(len(base.equilibrium_years))
        ),
        persons=merged["supply.persons"],
        groups=tuple(groups),
        training=training,
        other_inflow=merged["other_inflow.per_year"],
        demand=demand,
    )


def variant(params: ProjectionParams, which: str) -> ProjectionParams:
    """The parameters with every Triple collapsed to its ``"low"``, ``"middle"`` or ``"high"``
    value (each parameter independently; e.g. "low" takes low outflow *and* low demand growth)."""
    if which not in VARIANTS and which != "mid":
        raise ValueError(f"variant must be one of {VARIANTS}, got {which!r}")
    flat = {key: value.collapse(which) for key, value in to_flat(params).items()}
    return from_flat(params, flat)


# --------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------

_INF = math.inf

# (flat key pattern, low, high, rule text). The first matching pattern applies.
_RANGE_RULES: list[tuple[re.Pattern[str], float, float, str]] = [
    (re.compile(p), lo, hi, text)
    for p, lo, hi, text in [
        (r"^supply\.persons$", 0, _INF, "must be 0 or more"),
        (r"^group\.[^.]+\.(share|training_share|other_inflow_share)$", 0, 1,
         "must be between 0 and 1"),
        (r"^group\.[^.]+\.fte\.", 0, 2, "must be between 0 and 2 (fte per person)"),
        (r"^group\.[^.]+\.outflow\.", 0, 1, "must be between 0 and 1"),
        (r"^group\.[^.]+\.retention\.", 0, 1, "must be between 0 and 1"),
        (r"^training\.duration$", 0, 30, "must be between 0 and 30 years"),
        (r"^training\.[^.]+\.intake$", 0, _INF, "must be 0 or more"),
        (r"^training\.[^.]+\.completion$", 0, 1, "must be between 0 and 1"),
        (r"^other_inflow\.per_year$", 0, _INF, "must be 0 or more"),
        (r"^demand\.unmet$", 0, 1, "must be between 0 and 1"),
        (r"^demand\.demography\.", -1, 10, "must be between -1 and 10"),
        (r"^demand\.trend\.working_time$", -0.5, 0.5, "must be between -0.5 and 0.5"),
        (r"^demand\.trend\.", -1, 1, "must be between -1 and 1"),
        (r"^demand\.care\.[^.]+\.clients\.", 0, _INF, "must be 0 or more"),
        (r"^demand\.care\.[^.]+\.fte_per_100_clients$", 0, _INF, "must be 0 or more"),
    ]
]

_NAME = re.compile(r"^[^.\s][^.]*$")


def _check_range(key: str, value: Triple) -> None:
    for pattern, lo, hi, text in _RANGE_RULES:
        if pattern.search(key):
            for v in (value.low, value.mid, value.high):
                if not lo <= v <= hi:
                    shown = v if value.certain else value
                    raise ParameterError(key, text, shown, code="range")
            return


def _check_curve(
    key: str, curve: Curve, *, anchored: bool, required: bool, first_year: float = 0.0
) -> None:
    if required and not curve.points:
        raise ParameterError(key, "is required (at least one year = number)", code="required")
    for year, _ in curve.points:
        if anchored and year <= 0:
            raise ParameterError(
                f"{key}.{format_year(year)}",
                "year must be after 0 (the value at year 0 is 0 by definition)",
                year,
                code="year",
            )
        if year < first_year:
            raise ParameterError(
                f"{key}.{format_year(year)}",
                f"year must be {format_year(first_year)} or later",
                year,
                code="year",
            )
        if year > 200:
            raise ParameterError(f"{key}.{format_year(year)}", "year must be at most 200", year, code="year")


def _check_names(kind: str, names: list[str]) -> None:
    seen: set[str] = set()
    for i, name in enumerate(names):
        key = f"{kind}[{i + 1}].name"
        if not isinstance(name, str) or not _NAME.match(name):
            raise ParameterError(key, "must be a non-empty name without dots", name, code="name")
        if name in seen:
            raise ParameterError(key, "must be unique", name, code="name")
        seen.add(name)


def _check_sum(key: str, values: list[Triple]) -> None:
    total = sum(v.mid for v in values)
    if abs(total - 1.0) > SHARE_TOLERANCE:
        raise ParameterError(key, "must sum to 1 over the groups", round(total, 9), code="sum")


def validate(params: ProjectionParams) -> None:
    """Raise :class:`ParameterError` (flat key, value, rule) for the first broken rule."""
    if not isinstance(params.occupation, str) or not params.occupation.strip():
        raise ParameterError("projection.occupation", "is required", params.occupation, code="required")
    base, horizon = params.base_year, params.horizon
    if not 1900 <= base <= 2200:
        raise ParameterError("years.base", "must be between 1900 and 2200", base, code="range")
    if not 1 <= horizon <= 100:
        raise ParameterError("years.horizon", "must be between 1 and 100", horizon, code="range")
    if params.adjustment_year < base:
        raise ParameterError("years.adjustment", f"must be {base} (the base year) or later",
                             params.adjustment_year, code="order")
    if params.trend_year < base:
        raise ParameterError("years.trend", f"must be {base} (the base year) or later",
                             params.trend_year, code="order")
    if not params.equilibrium_years:
        raise ParameterError("years.equilibrium", "needs at least one year", code="required")
    for i, year in enumerate(params.equilibrium_years):
        if not base < year <= base + horizon:
            raise ParameterError(
                f"years.equilibrium.{i}",
                f"must be between {base + 1} and {base + horizon} (base year + horizon)",
                year,
                code="order",
            )
    if not params.groups:
        raise ParameterError("supply.group", "is required (at least one group)", code="required")
    _check_names("supply.group", [g.name for g in params.groups])
    for g in params.groups:
        p = f"group.{g.name}"
        _check_curve(f"{p}.fte", g.fte, anchored=False, required=True)
        _check_curve(f"{p}.outflow", g.outflow, anchored=True, required=True)
        _check_curve(f"{p}.retention", g.retention, anchored=False, required=True)
    _check_curve("demand.demography", params.demand.demography, anchored=True, required=False)
    _check_names("demand.care", [c.name for c in params.demand.care_types])
    for c in params.demand.care_types:
        _check_curve(f"demand.care.{c.name}.clients", c.clients, anchored=False, required=True)
    for key, value in to_flat(params).items():
        _check_range(key, value)
    for name in ("share", "training_share", "other_inflow_share"):
        _check_sum(f"group.*.{name}", [getattr(g, name) for g in params.groups])
