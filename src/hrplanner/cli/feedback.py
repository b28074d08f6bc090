"""The ``feedback`` command: a feedback report per organisation (its own figures against the region and
against organisations of its kind; Dutch, print-ready Excel).

    hrplanner feedback --register PATH (--organisation NAME | --all) [--round DATE] [--threshold N]
                       [--min-contributors N] [--dominance PCT] [--force] OUT

OUT is a .xlsx file for one organisation, or a folder (one file per organisation). An error is one line
and exit code 2, and no report is written when any of them cannot be made.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from hrplanner.cli.common import EXIT_OK, add_disclosure_options, existing_file, parse_date, rules_from


def cmd_feedback(args: argparse.Namespace) -> int:
    from hrplanner.services.feedback import write_feedback_reports
    from hrplanner.services.locking import open_for_reading

    organisations = None if args.all else [args.organisation]
    with open_for_reading(args.register) as register:
        written = write_feedback_reports(register, organisations, Path(args.out), round_date=args.round,
                                         rules=rules_from(args), overwrite=args.force)
        note = "; fictitious figures" if register.fictitious else ""
    for path in written:
        print(f"Wrote {path}")
    print(f"{len(written)} feedback report{'s' * (len(written) != 1)}{note}")
    return EXIT_OK


def add_commands(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("feedback", help="write feedback reports: each organisation's own figures against "
                                             "the region and organisations of its kind")
    parser.add_argument("--register", required=True, type=existing_file, metavar="PATH")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--organisation", metavar="NAME", help="one organisation (OUT is a .xlsx file or a folder)")
    which.add_argument("--all", action="store_true", help="every organisation with figures (OUT is a folder)")
    parser.add_argument("--round", type=parse_date, metavar="DATE",
                        help="reference date (default: the latest round with figures)")
    add_disclosure_options(parser, full=False)
    parser.add_argument("--force", action="store_true", help="overwrite existing files")
    parser.add_argument("out", metavar="OUT", help="the .xlsx file or folder to write")
    parser.set_defaults(func=cmd_feedback)
