"""The vectorised arithmetic of MODEL.md 4, shared by the deterministic projection and Monte Carlo.

A parameter set is compiled once into a :class:`Layout`: every uncertain scalar gets a column in a
value vector, and every curve becomes a weight matrix (a piecewise-linear curve through fixed years
is linear in its values, see :func:`params.pw_weights`). :func:`compute` then takes a value matrix
of shape ``(batch, columns)`` - one row for a variant, thousands of rows for Monte Carlo draws - and
computes everything with numpy operations over ``(batch, group, stream, year)`` arrays; there is no
Python loop over years, draws or streams.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from .params import STREAMS, TREND_FACTORS, Curve, ProjectionParams, Triple, _weights_cached

__all__ = ["Layout", "EngineOutput", "layout_of", "compute", "SUPPLY_STREAMS"]

#: Supply streams in engine order: the three training streams and other inflow.
SUPPLY_STREAMS: tuple[str, ...] = STREAMS + ("other_inflow",)
_LEVER = 2  # index of the lever in SUPPLY_STREAMS

#: FTE3 per trainee below this counts as "no lever graduate can be working by T".
REACHABLE_EPS = 1e-12


@dataclass(frozen=True, eq=False)
class Layout:
    """The structure of one parameter set: value columns and curve weight matrices.

    All curves are evaluated with one product ``v[:, curve_idx] @ curve_w`` giving, per row, the
    curves in this order (each over t = 0..H): fte factor per group, outflow per group, retention
    per group (by years since graduation), demography, clients per care type.
    """

    n_years: int
    n_groups: int
    n_curves: int
    group_names: tuple[str, ...]
    care_names: tuple[str, ...]
    variant_rows: np.ndarray  # rows low, middle, high of every value column
    lows: np.ndarray
    mids: np.ndarray
    highs: np.ndarray
    i_persons: int
    i_shares: np.ndarray  # 3 x G columns: share, training share, other inflow share
    curve_idx: np.ndarray
    curve_w: np.ndarray
    i_duration: int
    i_intake: np.ndarray
    i_completion: np.ndarray
    i_other: int
    i_unmet: int
    i_trend: np.ndarray
    i_care_fte: np.ndarray
    start_offset: np.ndarray  # graduation start of each stream = d * _START_D + start_offset
    span_offset: np.ndarray  # intake years of each stream = d * _SPAN_D + span_offset
    tau: np.ndarray  # years of trend growth at t: min(t, trend year - B), or t when sustained
    adjustment_offset: int
    eq_offsets: np.ndarray

    def values(self, which: str) -> np.ndarray:
        """The value row (shape ``(1, columns)``) of one variant."""
        if which in ("middle", "mid"):
            return self.mids[None, :]
        if which == "low":
            return self.lows[None, :]
        if which == "high":
            return self.highs[None, :]
        raise ValueError(f"variant must be 'low', 'middle' or 'high', got {which!r}")


# Streams in SUPPLY_STREAMS order, with s0 / s1 of MODEL.md 4.1.2 (A = adjustment offset):
#   in training: s0 = -d, s1 = 0   -> graduation starts at d + s0 = 0,     span s1 - s0 = d
#   decided:     s0 = 0,  s1 = A   -> graduation starts at d,              span A
#   lever:       s0 = A,  s1 = inf -> graduation starts at d + A,          span inf
#   other inflow: no training (d = 0), from t = 1 on: starts at 0,         span inf
_START_D = np.array([0.0, 1.0, 1.0, 0.0])
_SPAN_D = np.array([1.0, 0.0, 0.0, 0.0])


class _Columns:
    """Collects Triples into value columns while compiling a layout."""

    def __init__(self) -> None:
        self.triples: list[Triple] = []

    def add(self, value: Triple) -> int:
        self.triples.append(value)
        return len(self.triples) - 1

    def curve(self, curve: Curve) -> list[int]:
        return [self.add(v) for _, v in curve.points]


@lru_cache(maxsize=1024)
def _curve_block(curves: tuple[tuple[tuple[float, ...], bool], ...], n_years: int) -> np.ndarray:
    """Block-diagonal weights of all curves, given as (years, anchored) pairs: curve k's points map
    to columns k*Y .. (k+1)*Y. Cached by structure (read-only), since occupations, variants and
    lever moves mostly share the same curve years."""
    blocks = []
    for years, anchored in curves:
        if anchored:
            w = _weights_cached((0.0,) + years, n_years)[:, 1:]
        elif years:
            w = _weights_cached(years, n_years)
        else:
            w = np.zeros((n_years, 0))
        blocks.append(w.T)
    rows = sum(b.shape[0] for b in blocks)
    out = np.zeros((rows, len(blocks) * n_years))
    r = 0
    for k, b in enumerate(blocks):
        out[r : r + b.shape[0], k * n_years : (k + 1) * n_years] = b
        r += b.shape[0]
    out.setflags(write=False)
    return out


def layout_of(params: ProjectionParams) -> Layout:
    """The compiled layout of ``params`` (cached on the immutable parameter object)."""
    cached = params.__dict__.get("_engine_layout")
    if cached is not None:
        return cached
    layout = _compile(params)
    object.__setattr__(params, "_engine_layout", layout)
    return layout


def _compile(params: ProjectionParams) -> Layout:
    Y = params.horizon + 1
    cols = _Columns()
    i_persons = cols.add(params.persons)
    groups = params.groups
    i_shares = [cols.add(g.share) for g in groups]
    i_shares += [cols.add(g.training_share) for g in groups]
    i_shares += [cols.add(g.other_inflow_share) for g in groups]
    curve_idx: list[int] = []
    structure: list[tuple[tuple[float, ...], bool]] = []

    def curve(c: Curve, anchored: bool) -> None:
        curve_idx.extend(cols.curve(c))
        structure.append((c.years, anchored))

    for g in groups:
        curve(g.fte, anchored=False)
    for g in groups:
        curve(g.outflow, anchored=True)
    for g in groups:
        curve(g.retention, anchored=False)
    dm = params.demand
    curve(dm.demography, anchored=True)
    for c in dm.care_types:
        curve(c.clients, anchored=False)
    tr = params.training
    i_duration = cols.add(tr.duration)
    i_intake = [cols.add(tr.stream(s).intake) for s in STREAMS]
    i_completion = [cols.add(tr.stream(s).completion) for s in STREAMS]
    i_other = cols.add(params.other_inflow)
    i_unmet = cols.add(dm.unmet)
    i_trend = [cols.add(dm.trend.factor(f)) for f in TREND_FACTORS]
    i_care_fte = [cols.add(c.fte_per_100_clients) for c in dm.care_types]
    triples = cols.triples
    rows = np.array([[x.low for x in triples], [x.mid for x in triples], [x.high for x in triples]])
    A = float(params.adjustment_offset)
    t = np.arange(Y, dtype=float)
    tau = t if dm.sustained else np.minimum(t, float(params.trend_offset))
    idx = lambda xs: np.asarray(xs, dtype=np.intp)  # noqa: E731
    return Layout(
        n_years=Y,
        n_groups=len(groups),
        n_curves=len(structure),
        group_names=tuple(g.name for g in groups),
        care_names=tuple(c.name for c in dm.care_types),
        variant_rows=rows,
        lows=rows[0],
        mids=rows[1],
        highs=rows[2],
        i_persons=i_persons,
        i_shares=idx(i_shares),
        curve_idx=idx(curve_idx),
        curve_w=_curve_block(tuple(structure), Y),
        i_duration=i_duration,
        i_intake=idx(i_intake),
        i_completion=idx(i_completion),
        i_other=i_other,
        i_unmet=i_unmet,
        i_trend=idx(i_trend),
        i_care_fte=idx(i_care_fte),
        start_offset=np.array([0.0, 0.0, A, 0.0]),
        span_offset=np.array([0.0, A, np.inf, np.inf]),
        tau=tau,
        adjustment_offset=params.adjustment_offset,
        eq_offsets=idx([y - params.base_year for y in params.equilibrium_years]),
    )


@dataclass(frozen=True, eq=False)
class EngineOutput:
    """Arrays for a batch of value rows; shapes use b = batch, G = groups, Y = years.

    ``flows`` has shape (b, G, 4, Y): persons per group of each supply stream (SUPPLY_STREAMS
    order) at the stream's actual intake; ``lever_unit`` (b, G, Y) is the lever per trainee of
    yearly intake. ``stream_fte`` (b, 4, Y) is each stream's fte. ``demand_parts`` (b, P, Y) are
    additive parts of demand named by ``demand_part_names``. ``advice`` (b, E) is NaN where the
    equilibrium year cannot be reached by training.
    """

    fte_factor: np.ndarray
    outflow: np.ndarray
    today: np.ndarray
    stock: np.ndarray
    flows: np.ndarray
    lever_unit: np.ndarray
    stream_fte: np.ndarray
    supply_persons: np.ndarray
    supply_fte: np.ndarray
    lever_fte_per_trainee: np.ndarray
    group_share: np.ndarray
    demand_fte: np.ndarray
    demand_parts: np.ndarray
    demand_part_names: tuple[str, ...]
    gap_fte: np.ndarray
    mean_fte_factor: np.ndarray
    gap_persons: np.ndarray
    lever_intake: np.ndarray
    advice: np.ndarray
    advice_fte_per_trainee: np.ndarray


@dataclass(frozen=True)
class _Grid:
    t: np.ndarray
    lag: np.ndarray


_GRIDS: dict[int, _Grid] = {}
_TOPDOWN_PARTS = ("base", "unmet", "demography") + tuple(f"trend.{f}" for f in TREND_FACTORS)


def _grid(n_years: int) -> _Grid:
    grid = _GRIDS.get(n_years)
    if grid is None:
        tt = np.arange(n_years)[:, None]
        jj = np.arange(n_years)[None, :]
        # ER lag (years since graduation + 1) of the graduates of year j seen at year t; entries
        # with j = 0 or j > t point at lag 0, whose ER value the engine sets to 0.
        lag = np.where((jj >= 1) & (jj <= tt), tt - jj + 1, 0)
        grid = _Grid(t=np.arange(n_years, dtype=float), lag=lag)
        _GRIDS[n_years] = grid
    return grid


def compute(layout: Layout, v: np.ndarray) -> EngineOutput:
    """Run the model for every row of ``v`` (shape (batch, columns))."""
    Y, G = layout.n_years, layout.n_groups
    b = v.shape[0]
    grid = _grid(Y)
    t = grid.t

    # --- curves and shares ---------------------------------------------------------------------
    X = (v[:, layout.curve_idx] @ layout.curve_w).reshape(b, layout.n_curves, Y)
    F = np.maximum(X[:, :G], 0.0)
    U = np.minimum(np.maximum(X[:, G : 2 * G], 0.0), 1.0)
    ER = np.maximum(X[:, 2 * G : 3 * G], 0.0)
    ER[:, :, 0] = 0.0  # lag 0 is never a real lag (see _grid)
    shares = v[:, layout.i_shares].reshape(b, 3, G)
    total = shares.sum(axis=2, keepdims=True)
    if (total <= 0).any():  # every share drawn 0: split equally
        shares = np.where(total > 0, shares, 1.0)
        total = np.where(total > 0, total, float(G))
    shares = shares / total
    p = shares[:, 0]

    # --- 4.1.1 today's stock -------------------------------------------------------------------
    today = v[:, layout.i_persons, None] * p  # N p_g
    stock = today[:, :, None] * (1.0 - U)

    # --- 4.1.2 / 4.1.3 streams: in training, decided, lever, other inflow ------------------------
    d = v[:, layout.i_duration, None]
    grad_start = d * _START_D + layout.start_offset  # (b, 4)
    span = d * _SPAN_D + layout.span_offset
    cum = np.minimum(np.maximum(t - grad_start[:, :, None], 0.0), span[:, :, None])  # (b, 4, Y)
    inc = np.empty_like(cum)
    inc[:, :, 0] = 0.0
    np.subtract(cum[:, :, 1:], cum[:, :, :-1], out=inc[:, :, 1:])  # cum(j) - cum(j - 1)
    # T(t) = sum_{j=1..t} G(j) ER(t - j + 1), for all streams and groups in one product.
    er_matrix = ER[:, :, grid.lag]  # (b, G, Y(t), Y(j))
    flows = np.matmul(inc[:, None], er_matrix.transpose(0, 1, 3, 2))  # (b, G, 4, Y)
    n = v[:, layout.i_intake]
    ir = v[:, layout.i_completion]
    rate = np.empty((b, 4))
    np.multiply(n, ir, out=rate[:, :3])
    rate[:, 2] = ir[:, 2]  # the lever per trainee of yearly intake
    rate[:, 3] = v[:, layout.i_other]
    stream_shares = shares[:, (1, 1, 1, 2), :]  # (b, 4, G): q, q, q, other inflow share
    flows *= (rate[:, :, None] * stream_shares).transpose(0, 2, 1)[:, :, :, None]
    lever_unit = flows[:, :, 2, :].copy()
    n3 = n[:, 2]
    flows[:, :, 2, :] *= n3[:, None, None]

    persons = stock + flows.sum(axis=2)  # (b, G, Y)
    supply_persons = persons.sum(axis=1)
    supply_fte = (persons * F).sum(axis=1)
    stream_fte = (flows * F[:, :, None, :]).sum(axis=1)  # (b, 4, Y)
    lever_fte_pt = (lever_unit * F).sum(axis=1)
    base = supply_fte[:, 0]

    # --- 4.2 demand ------------------------------------------------------------------------------
    if layout.care_names:
        C = len(layout.care_names)
        clients = np.maximum(X[:, 3 * G + 1 :], 0.0)
        care = clients * (v[:, layout.i_care_fte] / 100.0)[:, :, None]
        demand = care.sum(axis=1)
        names = ("base", "unmet") + tuple(f"care.{c}" for c in layout.care_names)
        parts = np.empty((b, 2 + C, Y))
        parts[:, 0] = base[:, None]
        parts[:, 1] = (demand[:, 0] - base)[:, None]
        np.subtract(care, care[:, :, :1], out=parts[:, 2:])
    else:
        onv = v[:, layout.i_unmet]
        demo = X[:, 3 * G]
        r = v[:, layout.i_trend]
        r[:, -1] = 1.0 / (1.0 - r[:, -1]) - 1.0  # working time atv -> 1/(1-atv) - 1
        level = base * (1.0 + onv)  # S(0)(1 + onv)
        level_demo = level[:, None] * demo
        grown = level[:, None] + level_demo  # S(0)(1 + onv)(1 + demo(t))
        demand = grown * (1.0 + r.sum(axis=1)[:, None] * layout.tau)
        names = _TOPDOWN_PARTS
        parts = np.empty((b, 3 + len(TREND_FACTORS), Y))
        parts[:, 0] = base[:, None]
        parts[:, 1] = (base * onv)[:, None]
        parts[:, 2] = level_demo
        np.multiply((grown * layout.tau)[:, None, :], r[:, :, None], out=parts[:, 3:])

    # --- 4.3 gap and intake advice ---------------------------------------------------------------
    gap = demand - supply_fte
    if (supply_persons > 0).all():
        mean_f = supply_fte / supply_persons
    else:
        mean_f = (p[:, :, None] * F).sum(axis=1)
        np.divide(supply_fte, supply_persons, out=mean_f, where=supply_persons > 0)
    gap_persons = np.full_like(gap, np.nan)
    np.divide(gap, mean_f, out=gap_persons, where=mean_f > 0)
    f3 = lever_fte_pt[:, layout.eq_offsets]
    advice = np.full_like(f3, np.nan)
    np.divide(gap[:, layout.eq_offsets], f3, out=advice, where=f3 > REACHABLE_EPS)
    advice += n3[:, None]
    return EngineOutput(
        fte_factor=F,
        outflow=U,
        today=today,
        stock=stock,
        flows=flows,
        lever_unit=lever_unit,
        stream_fte=stream_fte,
        supply_persons=supply_persons,
        supply_fte=supply_fte,
        lever_fte_per_trainee=lever_fte_pt,
        group_share=p,
        demand_fte=demand,
        demand_parts=parts,
        demand_part_names=names,
        gap_fte=gap,
        mean_fte_factor=mean_f,
        gap_persons=gap_persons,
        lever_intake=n3,
        advice=advice,
        advice_fte_per_trainee=f3,
    )
