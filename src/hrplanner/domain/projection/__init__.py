"""The projection engine (MODEL.md 4): a deterministic stock-flow model of supply and demand per
occupation, its intake advice and impact decomposition, Monte Carlo uncertainty, explanations and
the TOML parameter file. Pure Python + numpy; no Qt, no database.

Typical use::

    from hrplanner.domain.projection import load_params, project, simulate, explain

    params = load_params("gz_psycholoog.toml")
    result = project(params, "middle")
    result.to_dict()                      # JSON-ready
    explain(result, 2043).render()        # additive parts of supply and demand
    simulate(params, draws=1000, seed=0)  # p10 / p50 / p90
"""

from .errors import Cancelled, ParameterError, ParameterFileError
from .explain import Explanation, Part, explain
from .model import Advice, Impact, ProjectionResult, project, project_many
from .montecarlo import Percentiles, simulate
from .params import (
    STREAMS,
    TREND_FACTORS,
    VARIANTS,
    CareType,
    Curve,
    Demand,
    Group,
    ProjectionParams,
    Stream,
    Training,
    Trend,
    Triple,
    from_flat,
    pw,
    to_flat,
    validate,
    variant,
)
from .report import format_csv, format_table
from .toml_file import dump_toml, load_params, loads_params

__all__ = [
    "Advice",
    "Cancelled",
    "CareType",
    "Curve",
    "Demand",
    "Explanation",
    "Group",
    "Impact",
    "ParameterError",
    "ParameterFileError",
    "Part",
    "Percentiles",
    "ProjectionParams",
    "ProjectionResult",
    "STREAMS",
    "Stream",
    "TREND_FACTORS",
    "Training",
    "Trend",
    "Triple",
    "VARIANTS",
    "dump_toml",
    "explain",
    "format_csv",
    "format_table",
    "from_flat",
    "load_params",
    "loads_params",
    "project",
    "project_many",
    "pw",
    "simulate",
    "to_flat",
    "validate",
    "variant",
]
