"""What-if levers (MODEL.md 4.3): the lever arithmetic on projection parameters, shared by the
scenario page's sliders and ``hrplanner project --lever``.

A lever either sets a value (lever intake n3, other inflow, unmet demand, a yearly trend factor) or
scales a curve (graduate retention ER, fte factor, outflow U, demography). Setting a value shifts the
low, middle and high values by the same amount, so the uncertainty around it keeps its width; scaling
multiplies all three. Results are clipped to the parameter's rule (a share stays within 0..1), so a
lever never produces parameters the validation refuses. Pure Python; the widgets are in
``ui/levers.py``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from hrplanner.domain.projection.params import (
    TREND_FACTORS,
    ProjectionParams,
    Triple,
    from_flat,
    to_flat,
)
from hrplanner.domain.validation import Issue, ValidationError

__all__ = [
    "LEVERS",
    "LEVER_BY_KEY",
    "LeverSpec",
    "apply_levers",
    "lever_bounds",
    "lever_changes",
    "lever_defaults",
    "lever_range",
    "parse_levers",
]


@dataclass(frozen=True)
class LeverSpec:
    """One lever: which flat parameters it moves and how.

    ``kind`` is "value" (the lever is the parameter's value; all matching keys are shifted by the
    change) or "scale" (a factor, 1 = unchanged, applied to every matching key). ``pattern`` is a
    regular expression over flat keys (see ``params.to_flat``); ``clip`` the parameter's own bounds.
    ``percent`` shows the value times 100 with a % sign. ``minimum``/``maximum`` are the slider's
    bounds; ``maximum`` None = worked out from the occupation's figures (:func:`lever_range`).
    """

    key: str
    kind: str
    pattern: str
    minimum: float
    maximum: float | None
    step: float
    decimals: int
    clip: tuple[float, float]
    percent: bool = False


_INF = math.inf

LEVERS: tuple[LeverSpec, ...] = (
    LeverSpec("intake", "value", r"^training\.lever\.intake$", 0, None, 1, 1, (0, _INF)),
    LeverSpec("retention", "scale", r"^group\.[^.]+\.retention\.", 0.5, 1.5, 0.01, 0, (0, 1), True),
    LeverSpec("fte", "scale", r"^group\.[^.]+\.fte\.", 0.8, 1.25, 0.01, 0, (0, 2), True),
    LeverSpec("outflow", "scale", r"^group\.[^.]+\.outflow\.", 0.5, 1.5, 0.01, 0, (0, 1), True),
    LeverSpec("other_inflow", "value", r"^other_inflow\.per_year$", 0, None, 1, 1, (0, _INF)),
    LeverSpec("unmet", "value", r"^demand\.unmet$", 0, 0.3, 0.005, 1, (0, 1), True),
    LeverSpec("demography", "scale", r"^demand\.demography\.", 0, 2, 0.05, 0, (-1, 10), True),
    *(
        LeverSpec(f"trend.{name}", "value", rf"^demand\.trend\.{name}$", -0.03, 0.03, 0.001, 1,
                  (-0.5, 0.5) if name == "working_time" else (-1, 1), True)
        for name in TREND_FACTORS
    ),
)
LEVER_BY_KEY = {spec.key: spec for spec in LEVERS}


def _keys(spec: LeverSpec, flat: dict[str, Triple]) -> list[str]:
    pattern = re.compile(spec.pattern)
    return [k for k in flat if pattern.search(k)]


def lever_defaults(params: ProjectionParams, variant: str = "middle") -> dict[str, float]:
    """The levers' positions for unchanged parameters: the value of the variant, or 1 for a scale."""
    flat = to_flat(params)
    out = {}
    for spec in LEVERS:
        if spec.kind == "scale":
            out[spec.key] = 1.0
        else:
            keys = _keys(spec, flat)
            out[spec.key] = flat[keys[0]].pick(variant) if keys else 0.0
    return out


def lever_range(spec: LeverSpec, current: float, advice: float | None = None) -> tuple[float, float]:
    """Slider bounds: the spec's, widened to hold the current value; intake and other inflow reach to
    twice the larger of today's value and the advice (at least 50 and 20), in round tens."""
    low, high = spec.minimum, spec.maximum
    if high is None:
        base = max(current, advice or 0.0)
        high = max(50.0 if spec.key == "intake" else 20.0, math.ceil(2 * base / 10) * 10)
    return min(low, current), max(high, current)


def lever_bounds(spec: LeverSpec) -> tuple[float, float]:
    """The values a lever accepts from the command line: a factor within the slider's bounds for a
    scale, the parameter's own bounds for a value (the slider's upper end depends on the figures)."""
    if spec.kind == "scale":
        assert spec.maximum is not None
        return spec.minimum, spec.maximum
    return spec.clip


def _clip(value: float, bounds: tuple[float, float]) -> float:
    return min(max(value, bounds[0]), bounds[1])


def lever_changes(params: ProjectionParams, values: dict[str, float],
                  variant: str = "middle") -> dict[str, Triple]:
    """The flat parameters the levers change (only those that differ from ``params``)."""
    flat = to_flat(params)
    defaults = lever_defaults(params, variant)
    changes: dict[str, Triple] = {}
    for spec in LEVERS:
        if spec.key not in values:
            continue
        value = float(values[spec.key])
        if spec.kind == "scale":
            if value == 1.0:
                continue
            fn = lambda x, f=value: x * f  # noqa: E731
        else:
            delta = value - defaults[spec.key]
            if delta == 0:
                continue
            fn = lambda x, d=delta: x + d  # noqa: E731
        for key in _keys(spec, flat):
            old = flat[key]
            new = Triple(*sorted(_clip(fn(v), spec.clip) for v in (old.low, old.mid, old.high)))
            if new != old:
                changes[key] = new
    return changes


def apply_levers(params: ProjectionParams, values: dict[str, float],
                 variant: str = "middle") -> ProjectionParams:
    """``params`` with the levers applied (``params`` itself when no lever moved)."""
    changes = lever_changes(params, values, variant)
    return from_flat(params, changes) if changes else params


def _format_bound(value: float) -> str:
    return f"{value:g}"


def parse_levers(texts: Iterable[str], *, location: str = "--lever") -> dict[str, float]:
    """Lever settings written as ``NAME=VALUE`` (``retention=1.1``, ``intake=60``) as a mapping.

    Every bad setting becomes one :class:`Issue` naming the lever, the value and the rule; any issue
    raises :class:`ValidationError` with all of them, so nothing is computed with half the levers.
    """
    values: dict[str, float] = {}
    issues: list[Issue] = []
    names = ", ".join(LEVER_BY_KEY)
    for text in texts:
        name, sep, raw = text.partition("=")
        name, raw = name.strip(), raw.strip()
        if not sep or not name:
            issues.append(Issue(location, text, "must be written as NAME=VALUE, e.g. retention=1.1"))
            continue
        spec = LEVER_BY_KEY.get(name)
        if spec is None:
            issues.append(Issue(name, raw, f"is not a lever (levers: {names})", location=location))
            continue
        if name in values:
            issues.append(Issue(name, raw, "is given twice", location=location))
            continue
        try:
            value = float(raw)
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            issues.append(Issue(name, raw, "must be a number", location=location))
            continue
        low, high = lever_bounds(spec)
        if not low <= value <= high:
            what = "a factor (1 = unchanged)" if spec.kind == "scale" else "a value"
            rule = (f"must be {what} of at least {_format_bound(low)}" if high == _INF
                    else f"must be {what} between {_format_bound(low)} and {_format_bound(high)}")
            issues.append(Issue(name, value, rule, location=location))
            continue
        values[name] = value
    if issues:
        raise ValidationError(issues)
    return values
