"""The core commands: ``demo`` (write the fictitious demo register) and ``summary`` (regional key figures)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import hrplanner
from hrplanner.cli.common import (
    EXIT_OK,
    CommandError,
    add_disclosure_options,
    existing_file,
    format_cell,
    parse_date,
    render_csv,
    render_table,
    rules_from,
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


def _figures_row(figures: KeyFigures, publication, occupation: str | None) -> dict[str, object]:  # noqa: ANN001
    """The summary columns of a group, each as the shared view may show it ("x" when hidden)."""
    from hrplanner.services.publication import shown

    data = figures.as_dict()
    return {name: shown(publication, name, None, occupation, data[name]) for name in SUMMARY_COLUMNS}


def cmd_demo(args: argparse.Namespace) -> int:
    """Write the demo register: built under a temporary name and moved into place complete; a file it
    replaces must be a register that nobody edits (its writer lock is held while it is replaced)."""
    from hrplanner import files
    from hrplanner.db.engine import recognise
    from hrplanner.services.demo import write_demo
    from hrplanner.services.locking import acquire_writer

    path = Path(args.path)
    if path.suffix != hrplanner.REGISTER_SUFFIX:
        raise CommandError(f"a register file name must end in {hrplanner.REGISTER_SUFFIX}: {path}")
    if os.path.lexists(path):
        if not args.force:
            raise CommandError(f"{path} already exists; use --force to overwrite it")
        files.require_regular(path, "register")
        if path.stat().st_size:
            recognise(path)  # --force replaces a register, never another kind of file
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise CommandError(f"the folder {folder} does not exist")
    with acquire_writer(path):
        with write_demo(path, seed=args.seed, overwrite=args.force, organisations=args.organisations,
                        rounds=args.rounds) as register:
            summary_line = f"{register.region}: {len(register.organisations())} organisations, " \
                           f"{len(register.rounds())} rounds"
    print(f"Wrote {path} ({summary_line}; fictitious figures)")
    return EXIT_OK


def cmd_summary(args: argparse.Namespace) -> int:
    from hrplanner.services.publication import FULL_BANNER, publication_for
    from hrplanner.services.reading import open_to_read
    from hrplanner.services.summary import summarise

    with open_to_read(args.register) as register:  # sqlite3 alone at the current schema
        pair = register.round_pair(args.round)  # read once: the summary's and the publication's
        summary = summarise(register, args.round, pair)
        publication = None if args.full else publication_for(register, pair[0], rules_from(args))
    rows = [("occupation", f.key, _figures_row(f, publication, f.key)) for f in summary.occupations]
    rows.append(("region", "total", _figures_row(summary.total, publication, None)))
    if args.full:
        print(FULL_BANNER, file=sys.stdout if args.format == "table" else sys.stderr)
    if args.format == "json":
        payload = {
            "region": summary.region,
            "fictitious": summary.fictitious,
            "reference_date": summary.reference_date.isoformat(),
            "previous_date": summary.previous_date.isoformat() if summary.previous_date else None,
            "occupations": [{"occupation": key, **values} for kind, key, values in rows if kind == "occupation"],
            "total": rows[-1][2],
            "view": "full" if args.full else "shared",
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
    demo.add_argument("--seed", type=whole_number(0), default=DEMO_SEED,
                      help=f"random seed, a whole number of at least 0 (default {DEMO_SEED})")
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
    add_disclosure_options(summary)
    summary.set_defaults(func=cmd_summary)
