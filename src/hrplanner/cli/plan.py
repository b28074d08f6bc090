"""The ``plan`` command: the shared training plan per occupation, split over organisations.

``hrplanner plan --register PATH [--scenario NAME] [--rule fte|shortage|equal] [--round DATE]
[--places-per-supervisor N] [--format table|csv|json]``
"""

from __future__ import annotations

import argparse
import json

from hrplanner.cli.common import (
    EXIT_OK,
    existing_file,
    format_ratio,
    parse_date,
    render_csv,
    render_table,
    whole_number,
)
from hrplanner.domain import reference as ref
from hrplanner.domain.allocation import DEFAULT_PLACES_PER_SUPERVISOR, DEFAULT_RULE, RULES
from hrplanner.domain.coordination import NOTES
from hrplanner.domain.rounding import fixed, rounded

PLAN_COLUMNS = ("organisation", "basis", "rule_share", "supervisors", "cap", "places", "today_places",
                "today_intake", "note")
CSV_COLUMNS = ("occupation", "advice", "advice_source", "rule", *PLAN_COLUMNS[:-1], "at_cap", "shortfall")


def _note(line) -> str:  # noqa: ANN001 - services.coordination.PlanLine
    if not line.at_cap:
        return ""
    return "no supervisors" if line.cap == 0 else "at cap"


def _table(plan) -> str:  # noqa: ANN001 - services.coordination.Plan
    title = f"{plan.region}, reference date {plan.reference_date.isoformat()}: shared training plan, " \
            f"rule {plan.rule}, {plan.places_per_supervisor} place(s) per supervisor"
    if plan.fictitious:
        title += " (fictitious figures)"
    parts = [title]
    if plan.advice_note:
        parts.append(f"Note: {plan.advice_note}")
    for occ in plan.occupations:
        name = ref.occupation_name("en", occ.occupation, (occ.name_nl, occ.name_en))
        head = f"{occ.occupation} {name}: advice {occ.advice} places a year ({occ.advice_source}" \
               + (f": {occ.advice_note}" if occ.advice_note and occ.advice_note != plan.advice_note else "") + ")"
        rows = [[line.organisation, fixed(line.basis, 1, thousands=","), format_ratio(line.rule_share), str(line.supervisors),
                 str(line.cap), str(line.places), str(line.today_places), str(line.today_intake),
                 _note(line)] for line in occ.lines]
        rows.append(["total", "", "", str(sum(line.supervisors for line in occ.lines)),
                     str(sum(line.cap for line in occ.lines)), str(occ.planned), str(occ.today_places),
                     str(occ.today_intake), ""])
        block = [head]
        if occ.rule_note:
            block.append(f"  {occ.rule_note}")
        block.append(render_table(PLAN_COLUMNS, rows))
        if occ.shortfall > 0:
            block.append(occ.shortfall_text())
        parts.append("\n".join(block))
    parts.append(NOTES["en"]["law"])
    return "\n\n".join(parts)


def cmd_plan(args: argparse.Namespace) -> int:
    from hrplanner.services.coordination import training_plan
    from hrplanner.services.register import Register

    with Register.open(args.register, read_only=False) as register:
        plan = training_plan(register, scenario=args.scenario, rule=args.rule, round_date=args.round,
                             places_per_supervisor=args.places_per_supervisor)
    if args.format == "json":
        print(json.dumps(plan.as_dict(), indent=2, ensure_ascii=False))
    elif args.format == "csv":
        rows = [[occ.occupation, occ.advice, occ.advice_source, occ.rule, line.organisation, rounded(line.basis, 2),
                 "" if line.rule_share is None else rounded(line.rule_share, 6), line.supervisors, line.cap,
                 line.places, line.today_places, line.today_intake, int(line.at_cap), occ.shortfall]
                for occ in plan.occupations for line in occ.lines]
        print(render_csv(CSV_COLUMNS, rows), end="")
    else:
        print(_table(plan))
    return EXIT_OK


def add_commands(sub: argparse._SubParsersAction) -> None:
    plan = sub.add_parser("plan", help="print the shared training plan: the intake advice split over organisations")
    plan.add_argument("--register", required=True, type=existing_file, metavar="PATH")
    plan.add_argument("--scenario", metavar="NAME", help="projection scenario for the advice (default: basis)")
    plan.add_argument("--rule", choices=RULES, default=DEFAULT_RULE,
                      help="split by share of fte, of shortage (open vacancy fte), or equally (default fte)")
    plan.add_argument("--round", type=parse_date, metavar="DATE", help="reference date (default: latest)")
    plan.add_argument("--places-per-supervisor", type=whole_number(1, 20), default=DEFAULT_PLACES_PER_SUPERVISOR,
                      metavar="N", help="new trainees a year per qualified supervisor (default 1)")
    plan.add_argument("--format", choices=("table", "csv", "json"), default="table")
    plan.set_defaults(func=cmd_plan)

