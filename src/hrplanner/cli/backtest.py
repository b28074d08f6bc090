"""The ``backtest`` command: how far each round's projection was from what the next round recorded.

``hrplanner backtest --register PATH [--format table|csv|json]``

For every pair of consecutive rounds it projects from the earlier round (basis scenario, middle
variant) to the later round's reference date and prints, per occupation and for the region, the
projected and recorded persons, fte, leavers and demand (filled + open fte), the error (recorded -
projected) and the error as a percentage of the recorded figure; then where the region's supply error
a year stands against the Capaciteitsorgaan's 0.2-0.9 % a year (domain.backtest).
"""

from __future__ import annotations

import argparse
import json

from hrplanner.cli.common import EXIT_OK, CommandError, existing_file, format_ratio, render_csv, render_table
from hrplanner.domain.rounding import fixed, rounded

COLUMNS = ("occupation", "measure", "projected", "recorded", "error", "error %")
CSV_COLUMNS = ("start", "end", "years", "code", "occupation", "measure", "projected", "recorded", "error",
               "error_percent")
STANDING = {"below": "below that band (a smaller error)", "within": "within that band",
            "above": "above that band (a larger error)"}


def _one(value: float) -> str:
    return fixed(value, 1, thousands=",")


def region_sentence(pair) -> str:  # noqa: ANN001 - domain.backtest.PairBacktest
    """"Projection from 2024-12-31 for 2025: 531.0 fte; recorded: 524.0 fte; -1.3%" and the benchmark."""
    from hrplanner.domain.backtest import BENCHMARK_HIGH, BENCHMARK_LOW

    fte = pair.region["fte"]
    text = (f"Region: the projection from {pair.start.isoformat()} for {pair.end.year}: {_one(fte.projected)} fte; "
            f"recorded: {_one(fte.recorded)} fte; {format_ratio(fte.percent)}")
    if pair.supply_error_per_year is not None:
        text += (f". That is {format_ratio(pair.supply_error_per_year)} a year; the Capaciteitsorgaan's "
                 f"evaluation found {format_ratio(BENCHMARK_LOW)} to {format_ratio(BENCHMARK_HIGH)} a year "
                 f"against realised supply: this region is {STANDING[pair.benchmark]}.")
    return text


def cmd_backtest(args: argparse.Namespace) -> int:
    from hrplanner.domain.backtest import MEASURES
    from hrplanner.services.backtest import backtest
    from hrplanner.services.register import Register

    with Register.open(args.register) as register:
        if len(register.rounds()) < 2:
            raise CommandError(f"{register.path.name} has {len(register.rounds())} round(s); a backtest needs "
                               "two consecutive rounds")
        result = backtest(register)
    if not result.pairs:
        reasons = "; ".join(f"{a.isoformat()} -> {b.isoformat()}: {why}" for a, b, why in result.skipped)
        raise CommandError(f"no pair of rounds can be backtested ({reasons})")
    if args.format == "json":
        print(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
        return EXIT_OK

    def rows(pair, csv: bool) -> list[list[object]]:  # noqa: ANN001
        out = []
        for entry in (*pair.occupations, pair.region):
            for measure in MEASURES:
                c = entry[measure]
                if csv:
                    out.append([pair.start.isoformat(), pair.end.isoformat(), pair.years, entry.code,
                                result.name(entry.code), measure, rounded(c.projected, 2), rounded(c.recorded, 2),
                                rounded(c.error, 2), "" if c.percent is None else rounded(c.percent, 4)])
                else:
                    label = f"{entry.code} {result.name(entry.code)}" if entry.code != "region" else "region"
                    out.append([label if measure == MEASURES[0] else "", measure, _one(c.projected),
                                _one(c.recorded), _one(c.error), format_ratio(c.percent)])
        return out

    if args.format == "csv":
        print(render_csv(CSV_COLUMNS, [row for pair in result.pairs for row in rows(pair, True)]), end="")
        return EXIT_OK
    title = f"{result.region}: backtest of the projection (basis scenario, middle variant)"
    if result.fictitious:
        title += " (fictitious figures)"
    blocks = [title]
    for pair in result.pairs:
        head = (f"From {pair.start.isoformat()} to {pair.end.isoformat()} ({pair.years} year"
                f"{'s' if pair.years != 1 else ''}); error = recorded - projected, % of recorded")
        blocks.append(f"{head}\n{render_table(COLUMNS, rows(pair, False))}\n\n{region_sentence(pair)}")
    for a, b, why in result.skipped:
        blocks.append(f"No backtest from {a.isoformat()} to {b.isoformat()}: {why}")
    blocks.append("Leavers: today's staff who leave the occupation in the region (to youth care elsewhere, "
                  "another sector, retirement or unknown); demand: filled + open fte.")
    print("\n\n".join(blocks))
    return EXIT_OK


def add_commands(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("backtest", help="how far each round's projection was from the next round's figures")
    parser.add_argument("--register", required=True, type=existing_file, metavar="PATH")
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")
    parser.set_defaults(func=cmd_backtest)
