"""The ``export`` command: the meeting workbook (an Excel summary for the steering group).

    hrplanner export --register PATH [--scenario NAME] [--round DATE] [--threshold N]
                     [--min-contributors N] [--dominance PCT] OUT.xlsx

The workbook is always the shared view (it is made to be shared): every figure passes the disclosure
layer, and the interval attack runs on it before it is written (the export refuses if a hidden figure
could be worked out). An error (unknown scenario or round, a path that cannot be written) is one line and exit code 2, and
no file is left behind.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from hrplanner.cli.common import EXIT_OK, add_disclosure_options, existing_file, parse_date, rules_from


def cmd_export(args: argparse.Namespace) -> int:
    from hrplanner.services.export import export_workbook
    from hrplanner.services.register import Register

    out = Path(args.out)
    replaced = out.exists()
    with Register.open(args.register, read_only=True) as register:
        export_workbook(register, out, scenario=args.scenario, round_date=args.round, rules=rules_from(args))
        note = "; fictitious figures" if register.fictitious else ""
    print(f"Wrote {out}{' (replaced the existing file)' if replaced else ''}{note}")
    return EXIT_OK


def add_commands(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("export", help="write the meeting workbook (Excel summary) of a round and scenario")
    parser.add_argument("--register", required=True, type=existing_file, metavar="PATH")
    parser.add_argument("--scenario", metavar="NAME", help="scenario of the projection (default: basis)")
    parser.add_argument("--round", type=parse_date, metavar="DATE", help="reference date (default: latest)")
    add_disclosure_options(parser, full=False)
    parser.add_argument("out", metavar="OUT.xlsx", help="the workbook to write")
    parser.set_defaults(func=cmd_export)

