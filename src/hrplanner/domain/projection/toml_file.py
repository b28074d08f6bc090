"""Reading and writing the projection parameter file of MODEL.md 4.4 (TOML).

Reading uses the standard library's ``tomllib``; writing is done by hand (:func:`dump_toml`), so no
third-party TOML writer is needed, and the written file reads back to equal parameters.

Rules of the file format, beyond MODEL.md 4.4:

* Any amount may be a plain number or an uncertain value ``{low = .., middle = .., high = ..}``.
  A curve is a table ``{year = value}`` (years after the base year); the fte factor may also be a
  single value (a constant).
* ``[projection]``: ``occupation`` and ``base_year`` are required; ``code``, ``adjustment_year``
  (default base + 2), ``trend_year`` (base + 10), ``horizon`` (20) are optional. Equilibrium years:
  either ``equilibrium_year = 2043`` (one year, replacing the defaults) or
  ``equilibrium_years = [2037, 2043]``, not both; without either, base + 12 and base + 18.
* ``[supply]``: ``persons`` and one or more ``[[supply.group]]`` tables (``name``, ``share``,
  ``fte``, ``outflow``, ``retention`` required; ``share`` may be left out for a single group;
  ``training_share`` and ``other_inflow_share`` default to ``share``). A file with a single group
  may instead put ``fte``, ``outflow``, ``retention`` directly under ``[supply]`` (group "all").
* ``[training]``: ``duration`` and the tables ``in_training``, ``decided``, ``lever`` (each with
  ``intake`` per year and ``completion``) are required.
* ``[other_inflow]`` (``per_year``) is optional (default 0).
* ``[demand]``: ``unmet`` is required (unless care types are given); ``demography``, ``sustained``
  and ``[demand.trend]`` (each factor) are optional and default to no change. Bottom-up demand:
  ``[[demand.care_type]]`` tables with ``name``, ``clients = {year = number}`` and
  ``fte_per_100_clients``.
* Unknown keys are errors (a typo must not silently drop a parameter).
* Bounded input: a file of at most 1 MB (a regular file: a FIFO or device is refused without
  blocking), nested at most 20 levels, every number finite and at most 1e9 in size, at most
  100 groups, 100 care types and 200 years per curve. Beyond that the file is refused with one
  message, instead of overflowing to infinity or taking minutes.

Errors raise :class:`ParameterFileError` naming the file, the key path (``supply.group[2].share``;
groups and care types are counted from 1 in the order of the file), the value and the rule.
"""

from __future__ import annotations

import difflib
import math
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from hrplanner import files

from .errors import ParameterError, ParameterFileError
from .params import (
    STREAMS,
    TREND_FACTORS,
    CareType,
    Curve,
    Demand,
    Group,
    ProjectionParams,
    Stream,
    Training,
    Trend,
    Triple,
    format_year,
)

__all__ = ["load_params", "loads_params", "dump_toml"]

_TRIPLE_KEYS = ("low", "middle", "high")
_MISSING = object()
#: Bounds on a parameter file (see the module docstring).
MAX_FILE_BYTES = 1 << 20
MAX_DEPTH = 20
MAX_AMOUNT = 1e9
MAX_GROUPS = 100
MAX_CARE_TYPES = 100
MAX_CURVE_POINTS = 200


def load_params(path: str | Path) -> ProjectionParams:
    """Read a parameter file; raises :class:`ParameterFileError` (nothing is computed)."""
    path = Path(path)
    try:
        text = files.read_regular(path, MAX_FILE_BYTES, "").decode("utf-8")
    except files.FileProblem as exc:
        raise ParameterFileError("(file)", f"cannot be read: {str(exc).removeprefix(': ')}",
                                 source=str(path)) from None
    except UnicodeDecodeError:
        raise ParameterFileError("(file)", "is not UTF-8 text", source=str(path)) from None
    return loads_params(text, source=str(path))


def _nesting(text: str) -> int:
    """How deeply brackets and braces nest in TOML text, outside strings and comments (an upper
    bound is enough: it only has to keep the parser from recursing without end)."""
    depth = deepest = 0
    quote = ""
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if quote:
            if c == "\\" and quote in ('"', '"""'):
                i += 2
                continue
            if text.startswith(quote, i):
                i += len(quote)
                quote = ""
                continue
        elif c == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        elif c in "\"'":
            quote = c * 3 if text.startswith(c * 3, i) else c
            i += len(quote)
            continue
        elif c in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif c in "]}":
            depth = max(0, depth - 1)
        i += 1
    return deepest


def loads_params(text: str, source: str = "<string>") -> ProjectionParams:
    """Parse parameter-file text (see the module docstring for the format)."""
    if len(text) > MAX_FILE_BYTES:
        raise ParameterFileError("(file)", f"is longer than {MAX_FILE_BYTES // 1024} KB", source=source)
    if _nesting(text) > MAX_DEPTH:
        raise ParameterFileError("(file)", f"nests tables or lists more than {MAX_DEPTH} levels deep",
                                 source=source)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ParameterFileError("(file)", f"is not valid TOML: {exc}", source=source) from None
    except RecursionError:
        raise ParameterFileError("(file)", "nests tables or lists too deeply", source=source) from None
    return _Reader(source).params(data)


# --------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------


class _Reader:
    """Turns the parsed TOML document into parameters, remembering TOML paths for errors."""

    def __init__(self, source: str) -> None:
        self.source = source
        # flat-key prefix -> TOML path prefix, for errors raised by params.validate
        self.prefixes: dict[str, str] = {
            "years.base": "projection.base_year",
            "years.horizon": "projection.horizon",
            "years.adjustment": "projection.adjustment_year",
            "years.trend": "projection.trend_year",
            "years.equilibrium": "projection.equilibrium_years",
            "group.*": "supply.group[*]",
            "demand.care[": "demand.care_type[",
        }
        self.exact: dict[str, str] = {}

    # -- errors and primitives ------------------------------------------------------------------

    def error(self, key: str, rule: str, value: object = _MISSING, *, code: str = "file") -> ParameterFileError:
        if value is _MISSING:
            return ParameterFileError(key, rule, source=self.source, code=code)
        return ParameterFileError(key, rule, value, source=self.source, code=code)

    def table(
        self,
        value: object,
        path: str,
        allowed: tuple[str, ...],
        required: tuple[str, ...] = (),
    ) -> dict[str, Any]:
        if not isinstance(value, Mapping):
            raise self.error(path, "must be a table", value)
        for key in value:
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                raise self.error(_join(path, key), f"is not a known key{hint}", value[key])
        for key in required:
            if key not in value:
                raise self.error(_join(path, key), "is required")
        return dict(value)

    def number(self, value: object, path: str) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.error(path, "must be a number", value)
        if not math.isfinite(value):
            raise self.error(path, "must be a finite number", value)
        if abs(value) > MAX_AMOUNT:
            raise self.error(path, f"must be at most {MAX_AMOUNT:,.0f} in size", value)
        return float(value)

    def whole(self, value: object, path: str) -> int:
        number = self.number(value, path)
        if not number.is_integer():
            raise self.error(path, "must be a whole number", value)
        return int(number)

    def text(self, value: object, path: str) -> str:
        if not isinstance(value, str):
            raise self.error(path, "must be text in quotes", value)
        return value

    def triple(self, value: object, path: str) -> Triple:
        if isinstance(value, Mapping):
            t = self.table(value, path, _TRIPLE_KEYS, _TRIPLE_KEYS)
            low, mid, high = (self.number(t[k], _join(path, k)) for k in _TRIPLE_KEYS)
            if not low <= mid <= high:
                raise self.error(path, "must have low <= middle <= high", value)
            return Triple(low, mid, high)
        return Triple.of(self.number(value, path))

    def curve(self, value: object, path: str) -> Curve:
        rule = "must be a table of year = number"
        if not isinstance(value, Mapping) or _is_triple_table(value):
            raise self.error(path, rule, value)
        if len(value) > MAX_CURVE_POINTS:
            raise self.error(path, f"has {len(value)} years; at most {MAX_CURVE_POINTS} are accepted")
        points = []
        for key, item in value.items():
            try:
                year = float(key)
            except ValueError:
                raise self.error(_join(path, key), f"is not a year ({path} {rule})", item) from None
            if not math.isfinite(year):
                raise self.error(_join(path, key), f"is not a year ({path} {rule})", item)
            if isinstance(item, Mapping) and not _is_triple_table(item):
                raise self.error(_join(path, key), rule.replace("must be", f"{path} must be"),
                                 item)
            points.append((year, self.triple(item, _join(path, key))))
        years = [y for y, _ in points]
        if len(set(years)) != len(years):
            raise self.error(path, "has the same year twice", value)
        return Curve(tuple(points))

    def fte(self, value: object, path: str) -> Curve:
        if isinstance(value, Mapping) and not _is_triple_table(value):
            return self.curve(value, path)
        return Curve.of(self.triple(value, path))

    # -- sections -------------------------------------------------------------------------------

    def params(self, data: Mapping[str, Any]) -> ProjectionParams:
        top = self.table(
            data, "", ("projection", "supply", "training", "other_inflow", "demand"),
            ("projection", "supply", "training", "demand"),
        )
        proj = self.table(
            top["projection"],
            "projection",
            ("occupation", "code", "base_year", "adjustment_year", "trend_year",
             "equilibrium_year", "equilibrium_years", "horizon"),
            ("occupation", "base_year"),
        )
        occupation = self.text(proj["occupation"], "projection.occupation")
        code = self.text(proj.get("code", ""), "projection.code")
        years: dict[str, Any] = {"base_year": self.whole(proj["base_year"], "projection.base_year")}
        for key in ("adjustment_year", "trend_year", "horizon"):
            if key in proj:
                years[key] = self.whole(proj[key], f"projection.{key}")
        if "equilibrium_year" in proj and "equilibrium_years" in proj:
            raise self.error(
                "projection.equilibrium_year",
                "give either equilibrium_year or equilibrium_years, not both",
                proj["equilibrium_year"],
            )
        if "equilibrium_year" in proj:
            years["equilibrium_years"] = (
                self.whole(proj["equilibrium_year"], "projection.equilibrium_year"),
            )
            self.prefixes["years.equilibrium"] = "projection.equilibrium_year"
            self.exact["years.equilibrium.0"] = "projection.equilibrium_year"
        elif "equilibrium_years" in proj:
            raw = proj["equilibrium_years"]
            if not isinstance(raw, list) or not raw:
                raise self.error("projection.equilibrium_years", "must be a list of years", raw)
            years["equilibrium_years"] = tuple(
                self.whole(y, f"projection.equilibrium_years[{i + 1}]") for i, y in enumerate(raw)
            )
            for i in range(len(raw)):
                self.exact[f"years.equilibrium.{i}"] = f"projection.equilibrium_years[{i + 1}]"

        persons, groups = self.supply(top["supply"])
        training = self.training(top["training"])
        other = Triple.of(0.0)
        if "other_inflow" in top:
            o = self.table(top["other_inflow"], "other_inflow", ("per_year",), ("per_year",))
            other = self.triple(o["per_year"], "other_inflow.per_year")
        demand = self.demand(top["demand"])
        try:
            return ProjectionParams(
                occupation=occupation,
                code=code,
                persons=persons,
                groups=groups,
                training=training,
                other_inflow=other,
                demand=demand,
                **years,
            )
        except ParameterError as exc:
            raise self.error(self.toml_path(exc.key), exc.rule,
                             *((exc.value,) if exc.has_value else ()), code=exc.code) from None

    def supply(self, value: object) -> tuple[Triple, tuple[Group, ...]]:
        group_keys = ("name", "share", "fte", "outflow", "retention", "training_share",
                      "other_inflow_share")
        s = self.table(
            value, "supply", ("persons", "group", "fte", "outflow", "retention"), ("persons",)
        )
        persons = self.triple(s["persons"], "supply.persons")
        if "group" not in s:
            # A single group written directly under [supply].
            for key in ("fte", "outflow", "retention"):
                if key not in s:
                    raise self.error(
                        f"supply.{key}", "is required (or give [[supply.group]] tables)"
                    )
            self.prefixes["group.all"] = "supply"
            g = Group(
                name="all",
                share=1.0,
                fte=self.fte(s["fte"], "supply.fte"),
                outflow=self.curve(s["outflow"], "supply.outflow"),
                retention=self.curve(s["retention"], "supply.retention"),
            )
            if not isinstance(s["fte"], Mapping) or _is_triple_table(s["fte"]):
                self.exact["group.all.fte.0"] = "supply.fte"
            return persons, (g,)
        for key in ("fte", "outflow", "retention"):
            if key in s:
                raise self.error(f"supply.{key}", "belongs in a [[supply.group]] table "
                                 "when groups are given", s[key])
        raw = s["group"]
        if not isinstance(raw, list) or not raw:
            raise self.error("supply.group", "must be one or more [[supply.group]] tables", raw)
        if len(raw) > MAX_GROUPS:
            raise self.error("supply.group", f"has {len(raw)} groups; at most {MAX_GROUPS} are accepted")
        groups = []
        for i, item in enumerate(raw):
            path = f"supply.group[{i + 1}]"
            required = ("name", "fte", "outflow", "retention")
            if len(raw) > 1:
                required += ("share",)
            gt = self.table(item, path, group_keys, required)
            name = self.text(gt["name"], f"{path}.name")
            share = self.triple(gt.get("share", 1.0), f"{path}.share")
            fte = self.fte(gt["fte"], f"{path}.fte")
            g = Group(
                name=name,
                share=share,
                fte=fte,
                outflow=self.curve(gt["outflow"], f"{path}.outflow"),
                retention=self.curve(gt["retention"], f"{path}.retention"),
                training_share=(
                    self.triple(gt["training_share"], f"{path}.training_share")
                    if "training_share" in gt else None
                ),
                other_inflow_share=(
                    self.triple(gt["other_inflow_share"], f"{path}.other_inflow_share")
                    if "other_inflow_share" in gt else None
                ),
            )
            if isinstance(name, str) and "." not in name:
                self.prefixes[f"group.{name}"] = path
            if not isinstance(gt["fte"], Mapping) or _is_triple_table(gt["fte"]):
                self.exact[f"group.{name}.fte.0"] = f"{path}.fte"  # written as one value
            groups.append(g)
        return persons, tuple(groups)

    def training(self, value: object) -> Training:
        t = self.table(value, "training", ("duration",) + STREAMS, ("duration",) + STREAMS)
        streams = {}
        for name in STREAMS:
            path = f"training.{name}"
            st = self.table(t[name], path, ("intake", "completion"), ("intake", "completion"))
            streams[name] = Stream(
                self.triple(st["intake"], f"{path}.intake"),
                self.triple(st["completion"], f"{path}.completion"),
            )
        return Training(duration=self.triple(t["duration"], "training.duration"), **streams)

    def demand(self, value: object) -> Demand:
        if isinstance(value, Mapping) and "care_type" in value:
            required: tuple[str, ...] = ()
        else:
            required = ("unmet",)
        d = self.table(
            value, "demand", ("unmet", "demography", "sustained", "trend", "care_type"), required
        )
        unmet = self.triple(d.get("unmet", 0.0), "demand.unmet")
        demography = self.curve(d["demography"], "demand.demography") if "demography" in d \
            else Curve()
        sustained = d.get("sustained", False)
        if not isinstance(sustained, bool):
            raise self.error("demand.sustained", "must be true or false", sustained)
        trend = Trend()
        if "trend" in d:
            tt = self.table(d["trend"], "demand.trend", TREND_FACTORS)
            trend = Trend(**{k: self.triple(v, f"demand.trend.{k}") for k, v in tt.items()})
        care_types = []
        if "care_type" in d:
            raw = d["care_type"]
            if not isinstance(raw, list) or not raw:
                raise self.error(
                    "demand.care_type", "must be one or more [[demand.care_type]] tables", raw
                )
            if len(raw) > MAX_CARE_TYPES:
                raise self.error("demand.care_type",
                                 f"has {len(raw)} care types; at most {MAX_CARE_TYPES} are accepted")
            for i, item in enumerate(raw):
                path = f"demand.care_type[{i + 1}]"
                keys = ("name", "clients", "fte_per_100_clients")
                ct = self.table(item, path, keys, keys)
                name = self.text(ct["name"], f"{path}.name")
                if "." not in name:
                    self.prefixes[f"demand.care.{name}"] = path
                care_types.append(
                    CareType(
                        name=name,
                        clients=self.curve(ct["clients"], f"{path}.clients"),
                        fte_per_100_clients=self.triple(
                            ct["fte_per_100_clients"], f"{path}.fte_per_100_clients"
                        ),
                    )
                )
        return Demand(
            unmet=unmet,
            demography=demography,
            sustained=sustained,
            trend=trend,
            care_types=tuple(care_types),
        )

    def toml_path(self, flat_key: str) -> str:
        """The TOML path of a flat key (for errors found by ``params.validate``)."""
        if flat_key in self.exact:
            return self.exact[flat_key]
        best = ""
        for prefix in self.prefixes:
            if (
                flat_key == prefix
                or flat_key.startswith(prefix + ".")
                or (prefix.endswith("[") and flat_key.startswith(prefix))
            ) and len(prefix) > len(best):
                best = prefix
        if not best:
            return flat_key
        rest = flat_key[len(best):]
        if best == "years.equilibrium" and rest.startswith("."):
            return f"{self.prefixes[best]}[{int(rest[1:]) + 1}]"
        return self.prefixes[best] + rest


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _is_triple_table(value: object) -> bool:
    return isinstance(value, Mapping) and bool(value) and set(value) <= set(_TRIPLE_KEYS)


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------


def _string(text: str) -> str:
    out = ['"']
    for ch in text:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _float(value: float) -> str:
    return repr(float(value))  # shortest text that reads back to the same float


def _triple(value: Triple) -> str:
    if value.certain:
        return _float(value.mid)
    low, mid, high = _float(value.low), _float(value.mid), _float(value.high)
    return f"{{low = {low}, middle = {mid}, high = {high}}}"


def _curve(curve: Curve) -> str:
    items = []
    for year, value in curve.points:
        key = format_year(year)
        if not float(year).is_integer() or year < 0:
            key = _string(key)
        items.append(f"{key} = {_triple(value)}")
    return "{" + ", ".join(items) + "}"


def dump_toml(params: ProjectionParams) -> str:
    """The parameters as parameter-file text; ``loads_params(dump_toml(p)) == p``."""
    lines = [
        "# hrplanner projection parameters (MODEL.md 4.4)",
        "",
        "[projection]",
        f"occupation = {_string(params.occupation)}",
    ]
    if params.code:
        lines.append(f"code = {_string(params.code)}")
    lines += [
        f"base_year = {params.base_year}",
        f"adjustment_year = {params.adjustment_year}",
        f"trend_year = {params.trend_year}",
    ]
    if len(params.equilibrium_years) == 1:
        lines.append(f"equilibrium_year = {params.equilibrium_years[0]}")
    else:
        lines.append(f"equilibrium_years = [{', '.join(map(str, params.equilibrium_years))}]")
    lines += [f"horizon = {params.horizon}", "", "[supply]", f"persons = {_triple(params.persons)}"]
    for g in params.groups:
        fte = _triple(g.fte.points[0][1]) if g.fte.is_constant else _curve(g.fte)
        lines += [
            "",
            "[[supply.group]]",
            f"name = {_string(g.name)}",
            f"share = {_triple(g.share)}",
            f"fte = {fte}",
            f"outflow = {_curve(g.outflow)}",
            f"retention = {_curve(g.retention)}",
            f"training_share = {_triple(g.training_share)}",
            f"other_inflow_share = {_triple(g.other_inflow_share)}",
        ]
    tr = params.training
    lines += ["", "[training]", f"duration = {_triple(tr.duration)}"]
    for name in STREAMS:
        s = tr.stream(name)
        lines.append(
            f"{name} = {{intake = {_triple(s.intake)}, completion = {_triple(s.completion)}}}"
        )
    lines += ["", "[other_inflow]", f"per_year = {_triple(params.other_inflow)}"]
    d = params.demand
    lines += ["", "[demand]", f"unmet = {_triple(d.unmet)}"]
    if d.demography.points:
        lines.append(f"demography = {_curve(d.demography)}")
    lines += [f"sustained = {'true' if d.sustained else 'false'}", "", "[demand.trend]"]
    lines += [f"{name} = {_triple(d.trend.factor(name))}" for name in TREND_FACTORS]
    for c in d.care_types:
        lines += [
            "",
            "[[demand.care_type]]",
            f"name = {_string(c.name)}",
            f"clients = {_curve(c.clients)}",
            f"fte_per_100_clients = {_triple(c.fte_per_100_clients)}",
        ]
    return "\n".join(lines) + "\n"
