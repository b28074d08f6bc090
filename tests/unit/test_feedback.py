"""The feedback report: its figures worked out by hand, what is hidden, and that it names no other
organisation and gives no figure of one."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from hrplanner.cli import run
from hrplanner.db import repositories as repo
from hrplanner.domain.disclosure import Rules
from hrplanner.domain.rounding import rounded
from hrplanner.domain.records import (
    EstablishmentRecord,
    FlowRecord,
    OrganisationRecord,
    RoundData,
    StaffingRecord,
    TrainingRecord,
)
from hrplanner.services.feedback import gather, write_feedback_reports
from hrplanner.services.feedback.content import HIDDEN_GROUP, HIDDEN_SMALL, dutch_number, peer_group_shown
from hrplanner.services.register import Register

ALFA, BEVER, CEDER, DIJK = "Alfa Jeugdzorg", "Bever Opvoedhulp", "Ceder Gezinswerk", "Dijkwacht GI"
EILAND, FONTEIN = "Eiland Toegang", "Fontein Toegang"
EVERYONE = {ALFA, BEVER, CEDER, DIJK, EILAND, FONTEIN}


def _register(path: Path) -> Register:
    """Three providers (Alfa, Bever, Ceder), one certified institution (Dijkwacht) and two access teams
    (Eiland, Fontein), one occupation.

    2025-12-31:
      Alfa   30 persons, 24.0 fte (20 aged 35-44; 6 aged 55-59; 4 aged 60-64); 3 open (1 long), 2.0 open fte;
             joiners 2 from the region + 3 from education, leavers 4; 3 in training.
      Bever  50 persons, 40.0 fte (40 aged 35-44, 10 aged 55-59); 6 open (3 long), 4.0 open fte;
             joiners 6 from the region + 4 from another sector, leavers 7; 2 in training.
      Ceder  12 persons, 9.6 fte (25-34); 1 open, 0.8 open fte; joiners 2 from education; leavers 1.
      Dijk   15 persons, 12.0 fte (35-44); nothing open, no flows.
      Eiland and Fontein 10 persons, 8.0 fte each (35-44); nothing else.
    2024-12-31: Alfa 28, Bever 48, Ceder 11, Dijk 15, Eiland 10, Fontein 10 persons (35-44), no other figures.
    """
    register = Register.create(path, region="Proefregio")
    previous = RoundData(date(2024, 12, 31), "2024")
    previous.staffing = [StaffingRecord(ALFA, "GZ", "35-44", "women", 28, 22.4),
                         StaffingRecord(BEVER, "GZ", "35-44", "women", 48, 38.4),
                         StaffingRecord(CEDER, "GZ", "25-34", "women", 11, 8.8),
                         StaffingRecord(DIJK, "GZ", "35-44", "women", 15, 12.0),
                         StaffingRecord(EILAND, "GZ", "35-44", "women", 10, 8.0),
                         StaffingRecord(FONTEIN, "GZ", "35-44", "women", 10, 8.0)]
    current = RoundData(date(2025, 12, 31), "2025")
    current.staffing = [
        StaffingRecord(ALFA, "GZ", "35-44", "women", 20, 16.0), StaffingRecord(ALFA, "GZ", "55-59", "women", 6, 4.8),
        StaffingRecord(ALFA, "GZ", "60-64", "women", 4, 3.2),
        StaffingRecord(BEVER, "GZ", "35-44", "women", 40, 32.0), StaffingRecord(BEVER, "GZ", "55-59", "men", 10, 8.0),
        StaffingRecord(CEDER, "GZ", "25-34", "women", 12, 9.6),
        StaffingRecord(DIJK, "GZ", "35-44", "women", 15, 12.0),
        StaffingRecord(EILAND, "GZ", "35-44", "women", 10, 8.0), StaffingRecord(FONTEIN, "GZ", "35-44", "women", 10, 8.0),
    ]
    current.establishment = [EstablishmentRecord(ALFA, "GZ", 26.0, 3, 2.0, 1),
                             EstablishmentRecord(BEVER, "GZ", 44.0, 6, 4.0, 3),
                             EstablishmentRecord(CEDER, "GZ", 10.4, 1, 0.8, 0),
                             EstablishmentRecord(DIJK, "GZ", 12.0, 0, 0.0, 0)]
    current.flows = [FlowRecord(ALFA, "GZ", "in", "region", 2), FlowRecord(ALFA, "GZ", "in", "education", 3),
                     FlowRecord(ALFA, "GZ", "out", "other_sector", 4),
                     FlowRecord(BEVER, "GZ", "in", "region", 6), FlowRecord(BEVER, "GZ", "in", "other_sector", 4),
                     FlowRecord(BEVER, "GZ", "out", "region", 5), FlowRecord(BEVER, "GZ", "out", "retirement", 2),
                     FlowRecord(CEDER, "GZ", "in", "education", 2), FlowRecord(CEDER, "GZ", "out", "region", 1)]
    current.training = [TrainingRecord(ALFA, "GZ", "post_master", 3, 1, 3, 2),
                        TrainingRecord(BEVER, "GZ", "post_master", 2, 1, 2, 2)]
    with register.transaction() as session:
        for name, kind in ((ALFA, "provider"), (BEVER, "provider"), (CEDER, "provider"),
                           (DIJK, "certified_institution"), (EILAND, "access_team"), (FONTEIN, "access_team")):
            repo.add_organisation(OrganisationRecord(name, kind, "Enschede"), session=session)
        for data in (previous, current):
            round_ = repo.add_round(data.reference_date, data.label, session=session)
            repo.insert_figures(data, round_.id, session=session)
    return register


@pytest.fixture
def register(tmp_path):
    opened = _register(tmp_path / "proef.hrplan")
    yield opened
    opened.close()


def _metrics(content) -> dict[str, object]:  # noqa: ANN001
    return {m.spec.key: m for m in content.metrics}


#: Only the threshold (every group passes the contributor minimum and the dominance rule), so that the
#: arithmetic of the group figures can be checked; the default rules are checked below.
THRESHOLD_ONLY = Rules(min_contributors=1, dominance_percent=100)


def test_own_region_and_peer_figures_worked_out_by_hand(register):
    content = gather(register, ALFA, rules=THRESHOLD_ONLY)
    m = _metrics(content)
    assert (content.reference_date, content.previous_date) == (date(2025, 12, 31), date(2024, 12, 31))
    assert (content.organisations_in_region, content.organisations_in_peer) == (6, 3)
    # Alfa's own figures
    assert m["vacancy_rate"].own == pytest.approx(2.0 / (24.0 + 2.0))
    assert m["long_open_share"].own == pytest.approx(1 / 3)
    assert m["turnover"].own == pytest.approx(4 / ((28 + 30) / 2))
    assert m["circulation_share"].own == pytest.approx(2 / 5)
    assert m["share_55_plus"].own == pytest.approx(10 / 30)
    assert m["share_60_plus"].own == pytest.approx(4 / 30)
    assert m["trainees_per_100_fte"].own == pytest.approx(3 / 24.0 * 100)
    # the previous round: 28 persons, 22.4 fte, nothing open, no flows
    assert m["vacancy_rate"].own_previous == 0.0 and m["turnover"].own_previous == 0.0
    assert m["circulation_share"].own_previous is None  # no joiners: nothing to divide by
    # The region: all six organisations, 30 + 50 + 12 + 15 + 10 + 10 = 127 persons with
    # 24.0 + 40.0 + 9.6 + 12.0 + 8.0 + 8.0 = 101.6 fte; 102 + 20 = 122 persons a year before.
    assert m["vacancy_rate"].region.value == pytest.approx(6.8 / (101.6 + 6.8))
    # 1 + 3 = 4 of 10 vacancies open 3 months or longer: vacancies are not persons; the share is shown
    # where the persons are (as on the meeting workbook's coordination sheet)
    assert m["long_open_share"].region.value == pytest.approx(4 / 10)
    assert m["turnover"].region.value == pytest.approx(12 / ((122 + 127) / 2))
    assert m["share_55_plus"].region.value == pytest.approx(20 / 127)
    # Only 4 persons aged 60+ in the whole region: a small number, hidden in both groups.
    assert m["share_60_plus"].region.value is None and m["share_60_plus"].region.hidden == HIDDEN_SMALL
    assert m["share_60_plus"].peer.value is None and m["share_60_plus"].peer.hidden == HIDDEN_SMALL
    # Trainees: Alfa 3 and Bever 2 are small; their total 5 would give each back as 5 minus the other
    # (1 .. 4): hidden. Joiners from the region: Alfa 2 (small) and Bever 6; the region's 8 would give
    # Alfa's back: hidden, and circulation with it.
    for key in ("trainees_per_100_fte", "circulation_share"):
        assert m[key].region.hidden == HIDDEN_SMALL and m[key].peer.hidden == HIDDEN_SMALL, key
    # The peer group: the three providers.
    assert m["vacancy_rate"].peer.value == pytest.approx(6.8 / (73.6 + 6.8))
    assert m["turnover"].peer.value == pytest.approx(12 / ((87 + 92) / 2))
    assert m["share_55_plus"].peer.value == pytest.approx(20 / 92)
    # Turnover: Alfa 13.8%, region 12 / 124.5 = 9.6%, providers 12 / 89.5 = 13.4%; last round 0.0%.
    assert m["turnover"].sentence == (
        "Uw verloop van 13,8% ligt boven dat van de regio (9,6%) en boven dat van jeugdhulpaanbieders (13,4%). "
        "Sinds de vorige peildatum (0,0%) is het gestegen met 13,8 procentpunt.")


def test_group_figures_follow_the_contributor_minimum_and_the_dominance_rule(register):
    """The default rules (3 contributors, (2, 85)): the region's 55+ (Alfa 10, Bever 10: two
    contributors) and its leavers (Bever 7 + Alfa 4 = 11 of 12 = 92% > 85%, so turnover) are hidden;
    the providers' persons (Bever 50 + Alfa 30 = 80 of 92 = 87% > 85%) hide the whole peer group.
    The region's persons (50 + 30 = 80 of 127 = 63%) and its vacancy rate stay shown."""
    m = _metrics(gather(register, ALFA))
    assert m["share_55_plus"].region.hidden == HIDDEN_SMALL
    assert m["turnover"].region.hidden == HIDDEN_SMALL
    assert all(metric.peer.hidden == HIDDEN_SMALL for metric in m.values())
    assert m["vacancy_rate"].region.value == pytest.approx(6.8 / (101.6 + 6.8))


def test_a_peer_group_of_fewer_than_three_organisations_is_not_shown(register):
    content = gather(register, DIJK)
    assert content.organisations_in_peer == 1
    for metric in content.metrics:
        assert metric.peer.value is None and metric.peer.hidden == HIDDEN_GROUP
    m = _metrics(content)
    # Dijkwacht's vacancy rate 0 / 12.0 = 0%, the region's 6.8 / 108.4 = 6.3%
    assert m["vacancy_rate"].sentence.startswith("Uw vacaturegraad van 0,0% ligt onder dat van de regio (6,3%).")
    assert "gecertificeerde instellingen" not in m["vacancy_rate"].sentence


def test_a_peer_group_is_not_shown_when_the_rest_of_the_region_is_one_or_two_organisations(tmp_path):
    """Region minus peer group would give away the rest: 3 providers out of 4 organisations."""
    assert peer_group_shown(3, 6) and peer_group_shown(3, 3) and peer_group_shown(4, 7)
    assert not peer_group_shown(3, 4) and not peer_group_shown(3, 5) and not peer_group_shown(2, 6)
    register = _register(tmp_path / "p.hrplan")
    with register.transaction() as session:  # the two access teams leave the region's figures
        for name in (EILAND, FONTEIN):
            organisation = repo.organisation_by_name(name, session=session)
            session.delete(organisation)
    content = gather(register, ALFA)
    assert (content.organisations_in_region, content.organisations_in_peer) == (4, 3)
    assert all(m.peer.value is None for m in content.metrics)
    # the region (the four left) is still shown: 6.8 open fte / (85.6 + 6.8)
    assert _metrics(content)["vacancy_rate"].region.value == pytest.approx(6.8 / 92.4)
    register.close()


def _workbook_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "\n".join(archive.read(n).decode("utf-8", "replace") for n in archive.namelist())


def _numbers(path: Path) -> list[float]:
    book = openpyxl.load_workbook(path)
    return [c.value for ws in book for row in ws.iter_rows() for c in row
            if isinstance(c.value, (int, float)) and not isinstance(c.value, bool)]


def _allowed(content) -> list[float]:  # noqa: ANN001
    """Every figure the report may show: the organisation's own (now, before, the change) and group
    figures that passed disclosure."""
    allowed = []
    for m in content.metrics:
        allowed += [v for v in (m.own, m.own_previous) if v is not None]
        if m.own is not None and m.own_previous is not None:
            allowed.append(m.own - m.own_previous)
        allowed += [p.value for p in (m.region, m.region_previous, m.peer, m.peer_previous) if p.shown]
    return allowed


@pytest.mark.parametrize("organisation", sorted(EVERYONE))
def test_a_report_names_no_other_organisation_and_gives_no_figure_of_one(register, tmp_path, organisation):
    [path] = write_feedback_reports(register, [organisation], tmp_path / "report.xlsx")
    text = _workbook_text(path)
    assert organisation in text
    for other in EVERYONE - {organisation}:
        assert other not in text and other.split()[0] not in text
    content = gather(register, organisation)
    allowed = _allowed(content)
    numbers = _numbers(path)
    assert numbers, "the report has figures"
    # the workbook stores each figure as it shows it (domain.rounding): a ratio as a percentage with one
    # decimal (3 decimals of the fraction), an amount with one decimal, a count whole
    as_shown = {rounded(a, d) for a in allowed for d in (0, 1, 3)} | set(allowed)
    for value in numbers:
        assert any(value == pytest.approx(a, abs=1e-9) for a in as_shown), value
    # No cell holds a figure of another single organisation (worked out from the register here).
    current = register.round_data(register.round(date(2025, 12, 31)))
    others = {}
    for other in EVERYONE - {organisation}:
        persons = sum(r.persons for r in current.staffing if r.organisation == other)
        fte = sum(r.fte for r in current.staffing if r.organisation == other)
        open_fte = sum(r.open_fte for r in current.establishment if r.organisation == other)
        others[other] = {"persons": persons, "vacancy_rate": open_fte / (fte + open_fte)}
    own_and_groups = set(round(a, 9) for a in as_shown)
    for other, figures in others.items():
        rate = rounded(figures["vacancy_rate"], 3)  # as a report would show it
        if round(rate, 9) not in own_and_groups:
            assert all(v != pytest.approx(rate, abs=1e-9) for v in numbers), other
    # Every percentage in the sentences is one of the allowed figures, as shown (one decimal).
    shown = {dutch_number(a * 100) for a in allowed} | {dutch_number(abs(a) * 100) for a in allowed}
    book = openpyxl.load_workbook(path)
    sentences = [c.value for row in book["Uw cijfers"].iter_rows() for c in row
                 if c.column == 2 and isinstance(c.value, str) and c.value.startswith(("Uw ", "Voor uw "))]
    assert len(sentences) == 7
    for sentence in sentences:
        for figure in re.findall(r"(\d+,\d)%", sentence):
            assert figure in shown or any(
                figure == dutch_number(abs(round(m.own * 100, 1) - round(m.own_previous * 100, 1)))
                for m in content.metrics if m.own is not None and m.own_previous is not None), (figure, sentence)


def test_the_report_is_dutch_print_ready_with_native_charts(register, tmp_path):
    [path] = write_feedback_reports(register, [ALFA], tmp_path / "report.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Uw cijfers", "Grafieken", "Toelichting"]
    charts = book["Grafieken"]._charts  # noqa: SLF001
    assert len(charts) == 2
    for ws in book:
        assert int(ws.page_setup.paperSize) == 9 and ws.oddFooter.center.text == "Pagina &P van &N"
    report = book["Uw cijfers"]
    texts = [c.value for row in report.iter_rows() for c in row if isinstance(c.value, str)]
    assert "Kerncijfers" in texts and "In het kort" in texts
    # 60+ is hidden for the region and the providers: the mark, never a number
    row = next(r for r in report.iter_rows() if r[0].value == "60 jaar en ouder")
    assert row[5].value == "x" and row[7].value == "x"  # the one mark of every shared output
    assert row[2].value == rounded(4 / 30, 3)  # 4 of 30 persons, stored as shown: 13,3%
    # the key figures' headings wrap between words only: a bold word takes about a unit a letter
    heading = next(r for r in report.iter_rows() if r[0].value == "Kengetal")
    for cell in heading[2:]:
        width = report.column_dimensions[cell.column_letter].width
        assert all(len(word) <= width for word in str(cell.value).split()), (cell.value, width)


def test_without_a_peer_group_the_chart_has_no_series_for_it(register, tmp_path):
    [with_peers] = write_feedback_reports(register, [ALFA], tmp_path / "alfa.xlsx", rules=THRESHOLD_ONLY)
    [without] = write_feedback_reports(register, [DIJK], tmp_path / "dijk.xlsx", rules=THRESHOLD_ONLY)
    series = [len(openpyxl.load_workbook(p)["Grafieken"]._charts[0].series) for p in (with_peers, without)]  # noqa: SLF001
    assert series == [3, 2]  # own, peers, region / own, region
    assert "gecertificeerde instellingen" not in openpyxl.load_workbook(without)["Grafieken"]["A2"].value


def test_feedback_command(tmp_path, capsys):
    path = tmp_path / "proef.hrplan"
    _register(path).close()
    assert run(["feedback", "--register", str(path), "--all", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "6 feedback reports" in out
    assert len(list((tmp_path / "out").glob("*.xlsx"))) == 6
    # a second run refuses to overwrite, in one line
    assert run(["feedback", "--register", str(path), "--all", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "already exists" in err and err.count("\n") == 1
    assert run(["feedback", "--register", str(path), "--organisation", "Nobody", str(tmp_path / "x.xlsx")]) == 2
    assert "No organisation named 'Nobody'" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()
