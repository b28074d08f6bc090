"""The ``plan`` command: the shared training plan per occupation, split over organisations.

``hrplanner plan --register PATH [--scenario NAME] [--rule fte|shortage|equal] [--round DATE]
[--places-per-supervisor N] [--format table|csv|json] [--threshold N] [--min-contributors N]
[--dominance PCT] [--full]``

The shared view by default: figures the disclosure layer hides show the mark ``x`` (an occupation whose
regional figures are hidden is one line); ``--full`` is the coordinator's view under a one-line banner.
"""

from __future__ import annotations

import argparse
import json
import sys

from hrplanner.cli.common import (
    EXIT_OK,
    add_disclosure_options,
    existing_file,
    format_ratio,
    parse_date,
    render_csv,
    render_table,
    rules_from,
    whole_number,
)
from hrplanner.domain import reference as ref
from hrplanner.domain.allocation import DEFAULT_PLACES_PER_SUPERVISOR, DEFAULT_RULE, RULES
from hrplanner.domain.coordination import NOTES
from hrplanner.domain.disclosure.rules import MARK
from hrplanner.domain.rounding import fixed, rounded

PLAN_COLUMNS = ("organisation", "basis", "rule_share", "supervisors", "cap", "places", "today_places",
                "today_intake", "note")
CSV_COLUMNS = ("occupation", "advice", "advice_source", "rule", *PLAN_COLUMNS[:-1], "at_cap", "shortfall")


def _note(line: dict) -> str:
    if line["at_cap"] == MARK:
        return ""
    if not line["at_cap"]:
        return ""
    return "no supervisors" if line["cap"] == 0 else "at cap"


def _number(value: object, digits: int | None = None) -> str:
    if isinstance(value, str):
        return value
    return str(value) if digits is None else fixed(value, digits, thousands=",")


def _share(value: object) -> str:
    return value if isinstance(value, str) else format_ratio(value)


def _table(plan: dict, hidden_note: str) -> str:
    title = f"{plan['region']}, reference date {plan['reference_date']}: shared training plan, " \
            f"rule {plan['rule']}, {plan['places_per_supervisor']} place(s) per supervisor"
    if plan["fictitious"]:
        title += " (fictitious figures)"
    parts = [title]
    if plan["advice_note"]:
        parts.append(f"Note: {plan['advice_note']}")
    for occ in plan["occupations"]:
        name = ref.occupation_name("en", occ["occupation"], (occ["name_nl"], occ["name_en"]))
        if occ.get("hidden"):
            parts.append(f"{occ['occupation']} {name}: {MARK} (hidden: small numbers in the region)")
            continue
        note = occ["advice_note"]
        head = f"{occ['occupation']} {name}: advice {occ['advice']} places a year ({occ['advice_source']}" \
               + (f": {note}" if note and note != plan["advice_note"] else "") + ")"
        lines = occ["organisations"]
        rows = [[line["organisation"], _number(line["basis"], 1), _share(line["rule_share"]),
                 _number(line["supervisors"]), _number(line["cap"]), str(line["places"]), str(line["today_places"]),
                 str(line["today_intake"]), _note(line)] for line in lines]

        def total(key: str) -> str:
            values = [line[key] for line in lines]
            return MARK if MARK in values or occ["shortfall"] == MARK else str(sum(values))

        rows.append(["total", "", "", total("supervisors"), total("cap"), str(occ["planned"]), str(occ["today_places"]),
                     str(occ["today_intake"]), ""])
        block = [head]
        if occ["rule_note"]:
            block.append(f"  {occ['rule_note']}")
        block.append(render_table(PLAN_COLUMNS, rows))
        if isinstance(occ["shortfall"], int) and occ["shortfall"] > 0:
            unit = "place" if occ["shortfall"] == 1 else "places"
            block.append(f"short by {occ['shortfall']} {unit}: not enough supervisors")
        parts.append("\n".join(block))
    if hidden_note:
        parts.append(hidden_note)
    parts.append(NOTES["en"]["law"])
    return "\n\n".join(parts)


def cmd_plan(args: argparse.Namespace) -> int:
    from hrplanner.services.coordination import training_plan
    from hrplanner.services.publication import FULL_BANNER, round_publication
    from hrplanner.services.register import Register

    with Register.open(args.register, read_only=True) as register:
        plan = training_plan(register, scenario=args.scenario, rule=args.rule, round_date=args.round,
                             places_per_supervisor=args.places_per_supervisor)
        publication = None if args.full else round_publication(register, plan.reference_date, rules_from(args))
    data = plan.as_dict(publication)
    if args.full:
        print(FULL_BANNER, file=sys.stdout if args.format == "table" else sys.stderr)
    if args.format == "json":
        print(json.dumps(data, indent=2, ensure_ascii=False))
    elif args.format == "csv":
        rows = []
        for occ in data["occupations"]:
            if occ.get("hidden"):
                rows.append([occ["occupation"], *[MARK] * (len(CSV_COLUMNS) - 1)])
                continue
            for line in occ["organisations"]:
                basis = line["basis"]
                share = line["rule_share"]
                rows.append([occ["occupation"], occ["advice"], occ["advice_source"], occ["rule"], line["organisation"],
                             basis if isinstance(basis, str) else rounded(basis, 2),
                             "" if share is None else (share if isinstance(share, str) else rounded(share, 6)),
                             line["supervisors"], line["cap"], line["places"], line["today_places"],
                             line["today_intake"], line["at_cap"] if isinstance(line["at_cap"], str)
                             else int(line["at_cap"]), occ["shortfall"]])
        print(render_csv(CSV_COLUMNS, rows), end="")
    else:
        note = "" if publication is None else publication.rules.describe("en")
        print(_table(data, note))
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
    add_disclosure_options(plan)
    plan.set_defaults(func=cmd_plan)

