"""The feedback reports of every organisation and the meeting workbook of the same round, attacked
together (issue 17 with issue 10): an attacker who holds all of them learns only what the round's
publication shows.

- Every group figure a report shows (region and peer group, this round and the previous one) is a
  rate of counts the publication shows for that group: the test's own list of what each rate is made
  of, so a share times a shown count gives back only a shown count.
- Every count the workbook's per-organisation sheet shows is the publication's shown value.
- Then the independent interval attack (tests/unit/attack.py) runs over everything the publication
  shows, with the peer groups as sums of their members: no hidden figure is narrowed below the
  threshold.
"""

from __future__ import annotations

from collections import defaultdict

from hrplanner.domain.records import RoundData
from hrplanner.services.export import export_workbook
from hrplanner.services.feedback.content import gather, shared_plan
from hrplanner.services.publication import publication_for
from hrplanner.services.register import Register
from tests.unit.test_disclosure import attack_of, truth
from tests.unit.test_export_privacy import per_organisation
from tests.unit.test_export_xml import read_xml

#: What each group rate of a report is made of (the persons of the group, and these counts).
MADE_OF = {
    "vacancy_rate": (), "long_open_share": (),
    "turnover": ("leavers",), "circulation_share": ("joiners_from_region", "joiners"),
    "share_55_plus": ("persons_55_plus",), "share_60_plus": ("persons_60_plus",),
    "trainees_per_100_fte": ("trainees",),
}


def _kinds(register: Register, data: RoundData) -> dict[str, list[str]]:
    present = {r.organisation for r in data.staffing}
    out: dict[str, list[str]] = defaultdict(list)
    for organisation in register.organisations():
        if organisation.name in present:
            out[organisation.kind].append(organisation.name)
    return dict(out)


def test_every_report_and_the_workbook_together_survive_the_attack(demo_template, tmp_path):
    with Register.open(demo_template, read_only=True) as register:
        current_round = register.round()
        current = register.round_data(current_round)
        previous = register.round_data(register.previous_round(current_round))
        kinds = _kinds(register, current)
        publication = publication_for(register, current)
        before = publication_for(register, previous)
        plan = shared_plan(register, current_round.reference_date)
        shown_groups = 0
        for name in sorted({r.organisation for r in current.staffing}):
            kind = next(k for k, members in kinds.items() if name in members)
            content = gather(register, name, plan=plan)
            for metric in content.metrics:
                for published, source, row in ((metric.region, publication, None),
                                               (metric.region_previous, before, None),
                                               (metric.peer, publication, f"group:{kind}"),
                                               (metric.peer_previous, before, f"group:{kind}")):
                    if not published.shown:
                        continue
                    shown_groups += 1
                    for table in ("persons", *MADE_OF[metric.spec.key]):
                        assert source.value(table, row, None) is not None, (name, metric.spec.key, row, table)
        workbook = read_xml(export_workbook(register, tmp_path / "meeting.xlsx"))
    assert shown_groups > 0
    # the workbook's counts are the publication's shown counts
    tables = per_organisation(workbook["Per organisatie"])
    for key in ("persons", "trainees"):
        for (organisation, occupation), shown in tables[key].items():
            value = publication.value(key, organisation, occupation)
            assert (shown == "x") == (value is None), (key, organisation, occupation)
            if value is not None:
                assert shown == value, (key, organisation, occupation)
    # what the publication shows is true (summed here from the records) ...
    real = truth(current, kinds)
    for row in publication.as_rows():
        if row["value"] is not None:
            assert row["value"] == real.get((row["table"], row["organisation"], row["occupation"]), 0), row
    # ... and no hidden figure can be narrowed below the threshold, the peer groups included
    assert publication.rules.threshold == 5
    assert attack_of(publication, kinds).exposed(5) == {}
    assert attack_of(before, _kinds_of(before, kinds)).exposed(5) == {}


def _kinds_of(publication, kinds: dict[str, list[str]]) -> dict[str, list[str]]:  # noqa: ANN001
    """The peer groups as a publication of another round has them (its organisations only)."""
    present = set(publication.organisations)
    return {k: [m for m in members if m in present] for k, members in kinds.items()}


def test_a_peer_group_row_is_the_sum_of_its_members(demo_template):
    """The group rows hold the sum of the group's organisations (checked against the records)."""
    with Register.open(demo_template, read_only=True) as register:
        data = register.round_data(register.round())
        kinds = _kinds(register, data)
        publication = publication_for(register, data)
    groups = {r["organisation"] for r in publication.as_rows() if (r["organisation"] or "").startswith("group:")}
    # the demo: 16 providers, 4 access teams (both published), 2 certified institutions (fewer than 3: not)
    assert groups == {"group:provider", "group:access_team"}
    real = truth(data, kinds)
    for row in publication.as_rows():
        if row["organisation"] in groups and row["value"] is not None:
            assert row["value"] == real[(row["table"], row["organisation"], None)]
