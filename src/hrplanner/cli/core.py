"""The core commands: ``demo`` (write the fictitious demo register) and ``summary`` (regional key figures)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import hrplanner
from hrplanner.cli.common import (
    EXIT_OK,
    CommandError,
    existing_file,
    format_cell,
    parse_date,
    render_csv,
    render_table,
    whole_number,
)
from hrplanner.domain.demo import (
    DEMO_ORGANISATIONS,
    DEMO_ROUND_COUNT,
    DEMO_SEED,
    LAST_REFERENCE_DATE,
    MAX_ORGANISATIONS,
    MAX_ROUNDS,
    MIN_ORGANISATIONS,
    MIN_ROUNDS,
)
from hrplanner.domain.figures import SUMMARY_COLUMNS, KeyFigures



def _figures_row(figures: KeyFigures) -> dict[str, object]:
    data = figures.as_dict()
    return {name: data[name] for name in SUMMARY_COLUMNS}


def cmd_demo(args: argparse.Namespace) -> int:
    from hrplanner.services.demo import write_demo

    path = Path(args.path)
    if path.exists() and not args.force:
        raise CommandError(f"{path} already exists; use --force to overwrite it")
    if path.suffix != hrplanner.REGISTER_SUFFIX:
        raise CommandError(f"a register file name must end in {hrplanner.REGISTER_SUFFIX}: {path}")
    with write_demo(path, seed=args.seed, organisations=args.organisations, rounds=args.rounds) as register:
        summary_line = f"{register.region}: {len(register.organisations())} organisations, " \
                       f"{len(register.rounds())} rounds"
    print(f"Wrote {path} ({summary_line}; fictitious figures)")
    return EXIT_OK


def cmd_summary(args: argparse.Namespace) -> int:
    from hrplanner.services.register import Register
    from hrplanner.services.summary import summarise

    with Register.open(args.register, read_only=False) as register:
        summary = summarise(register, args.round)
    rows = [("occupation", f.key, _figures_row(f)) for f in summary.occupations]
    rows.append(("region", "total", _figures_row(summary.total)))
    if args.format == "json":
        payload = {
            "region": summary.region,
            "fictitious": summary.fictitious,
            "reference_date": summary.reference_date.isoformat(),
            "previous_date": summary.previous_date.isoformat() if summary.previous_date else None,
            "occupations": [{"occupation": key, **values} for kind, key, values in rows if kind == "occupation"],
            "total": rows[-1][2],
        }
        print(json.dumps(payload, indent=2, ensure_ascii=False))
        return EXIT_OK
    header = ["occupation", *SUMMARY_COLUMNS]
    if args.format == "csv":
        print(render_csv(header, [[key, *values.values()] for _, key, values in rows]), end="")
        return EXIT_OK
    title = f"{summary.region}, reference date {summary.reference_date.isoformat()}"
    if summary.fictitious:
        title += " (fictitious figures)"
    table = render_table(header, [[key, *(format_cell(n, v) for n, v in values.items())]
                                  for _, key, values in rows])
    print(f"{title}\n\n{table}")
    return EXIT_OK


def add_commands(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser("demo", help="write the fictitious demo register to PATH")
    demo.add_argument("path", metavar="PATH", help="the register file to write (.hrplan)")
    demo.add_argument("--seed", type=int, default=DEMO_SEED, help=f"random seed (default {DEMO_SEED})")
    demo.add_argument("--organisations", type=whole_number(MIN_ORGANISATIONS, MAX_ORGANISATIONS),
                      default=DEMO_ORGANISATIONS, metavar="N",
                      help=f"number of organisations (default {DEMO_ORGANISATIONS}; "
                           f"{MIN_ORGANISATIONS}-{MAX_ORGANISATIONS})")
    demo.add_argument("--rounds", type=whole_number(MIN_ROUNDS, MAX_ROUNDS), default=DEMO_ROUND_COUNT,
                      metavar="N", help=f"number of yearly rounds, the latest on {LAST_REFERENCE_DATE.isoformat()} (default "
                                        f"{DEMO_ROUND_COUNT}; {MIN_ROUNDS}-{MAX_ROUNDS})")
    demo.add_argument("--force", action="store_true", help="overwrite PATH if it exists")
    demo.set_defaults(func=cmd_demo)

    summary = sub.add_parser("summary", help="print the regional key figures per occupation")
    summary.add_argument("--register", required=True, type=existing_file, metavar="PATH")
    summary.add_argument("--round", type=parse_date, metavar="DATE", help="reference date (default: latest)")
    summary.add_argument("--format", choices=("table", "csv", "json"), default="table")
    summary.set_defaults(func=cmd_summary)
