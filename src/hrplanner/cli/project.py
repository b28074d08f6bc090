"""The ``project`` command: a projection from a parameter file or from a register's scenario.

    hrplanner project --params FILE.toml [--format table|json|csv] [--explain YEAR] [--draws N]
                      [--lever NAME=VALUE ...]
    hrplanner project --register PATH [--scenario NAME] [--occupation CODE] [--format ...]
                      [--explain YEAR] [--draws N] [--variant low|middle|high] [--lever NAME=VALUE ...]

A parameter-file error names the key and the rule; each bad ``--lever`` is one line naming the lever,
the value and the rule; nothing is computed. Levers are the scenario page's (domain/projection/levers.py).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from hrplanner.cli.common import EXIT_OK, CommandError, whole_number
from hrplanner.domain.projection.errors import ParameterError
from hrplanner.domain.projection.explain import explain
from hrplanner.domain.projection.levers import LEVER_BY_KEY, apply_levers, parse_levers
from hrplanner.domain.projection.model import ProjectionResult, project
from hrplanner.domain.projection.montecarlo import simulate
from hrplanner.domain.projection.params import ProjectionParams
from hrplanner.domain.projection.report import format_csv, format_table
from hrplanner.domain.projection.toml_file import load_params
from hrplanner.domain.rounding import fixed

MAX_DRAWS = 1_000_000


def result_payload(result: ProjectionResult, *, draws: int | None, seed: int,
                   explain_year: int | None, levers: dict[str, float] | None = None) -> dict:
    """The JSON object of one occupation (MODEL.md 4.3 results; the levers applied; percentiles when
    draws are asked)."""
    payload = result.to_dict()
    if levers:
        payload["levers"] = dict(levers)
    if draws:
        payload["percentiles"] = simulate(result.params, draws, seed).to_dict()
    if explain_year is not None:
        payload["explain"] = explain(result, explain_year).to_dict()
    return payload


def _check_explain_year(params: ProjectionParams, year: int | None) -> None:
    if year is None:
        return
    first, last = params.base_year, params.base_year + params.horizon
    if not first <= year <= last:
        raise CommandError(f"--explain {year}: the year must lie between {first} and {last}")


def cmd_project(args: argparse.Namespace) -> int:
    levers = parse_levers(args.lever or [])
    header = ""
    if args.params is not None:
        if args.scenario or args.occupation:
            raise CommandError("--scenario and --occupation go with --register, not with --params")
        path = Path(args.params)
        if not path.is_file():
            raise CommandError(f"parameter file not found: {path}")
        try:
            params = [load_params(path)]
        except ParameterError as exc:
            raise CommandError(str(exc) if str(path) in str(exc) else f"{path}: {exc}") from None
    else:
        from hrplanner.services import projection as projection_service
        from hrplanner.services.register import Register

        with Register.open(args.register) as register:
            scenario = projection_service.load(register, args.scenario)
            if args.occupation:
                if args.occupation not in scenario.params:
                    known = ", ".join(scenario.params) or "none"
                    raise CommandError(f"no projection for occupation {args.occupation!r} "
                                       f"(occupations with staff: {known})")
                params = [scenario.params[args.occupation]]
            else:
                params = list(scenario.params.values())
            header = f"{register.region}, scenario {scenario.name}, reference date " \
                     f"{scenario.reference_date.isoformat()}"
            if register.fictitious:
                header += " (fictitious figures)"
    if levers:
        params = [apply_levers(p, levers, args.variant) for p in params]
        header = (header + "\n" if header else "") + "levers: " + ", ".join(args.lever)
    for p in params:
        _check_explain_year(p, args.explain)
    results = [project(p, args.variant) for p in params]
    if args.format == "json":
        items = [result_payload(r, draws=args.draws, seed=args.seed, explain_year=args.explain, levers=levers)
                 for r in results]
        print(json.dumps(items if len(items) != 1 or args.params is None else items[0], indent=2,
                         ensure_ascii=False))
        return EXIT_OK
    if args.format == "csv":
        print(format_csv(results), end="")
        return EXIT_OK
    if header:
        print(header + "\n")
    print(format_table(results), end="")
    for r in results:
        if args.draws:
            pct = simulate(r.params, args.draws, args.seed)
            print(f"\n{r.occupation}: gap fte, 10th / 50th / 90th percentile of {args.draws:,} draws")
            for i, year in enumerate(pct.years):
                print(f"  {int(year)}  " + " ".join(f"{fixed(pct.gap_fte[k, i], 1, thousands=','):>9}"
                                                     for k in range(3)))
        if args.explain is not None:
            print("\n" + explain(r, args.explain).render(), end="")
    return EXIT_OK


def add_commands(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("project", help="project supply, demand, gap and intake advice per occupation")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--params", metavar="FILE.toml", help="a parameter file (MODEL.md 4.4)")
    source.add_argument("--register", metavar="PATH", help="a register file (.hrplan)")
    parser.add_argument("--scenario", metavar="NAME", help="scenario of the register (default: basis)")
    parser.add_argument("--occupation", metavar="CODE", help="only this occupation (with --register)")
    parser.add_argument("--format", choices=("table", "json", "csv"), default="table")
    parser.add_argument("--explain", type=whole_number(1), metavar="YEAR",
                        help="list every part of supply and demand in YEAR")
    parser.add_argument("--draws", type=whole_number(1, MAX_DRAWS), metavar="N", help="Monte Carlo draws for percentiles")
    parser.add_argument("--seed", type=whole_number(0), default=0, help="random seed of the Monte Carlo run (default 0)")
    parser.add_argument("--variant", choices=("low", "middle", "high"), default="middle")
    parser.add_argument("--lever", action="append", metavar="NAME=VALUE",
                        help="move a what-if lever as on the scenario page (repeatable): "
                             + ", ".join(LEVER_BY_KEY) + "; e.g. --lever retention=1.1 --lever intake=60")
    parser.set_defaults(func=cmd_project)

