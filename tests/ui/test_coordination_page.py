"""The coordination page on a copy of the demo register: it opens, the steering view shows no small
number, and the rule picker changes the training plan, which still adds up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hrplanner.ui import settings
from hrplanner.ui.charts.coordination_matrix import FIGURES_ROLE, HIDDEN_ROLE


@pytest.fixture
def page(qtbot, demo_path):
    from hrplanner.services.register import Register
    from hrplanner.ui.context import AppContext
    from hrplanner.ui.pages.coordination import CoordinationPage

    context = AppContext()
    context.language = "en"
    widget = CoordinationPage(context)
    qtbot.addWidget(widget)
    widget.resize(1300, 900)
    context.set_register(Register.open(demo_path))
    yield widget
    context.register.close()


def persons_in(page, row: int, column: int) -> int:
    figures = page.coordination.figures.by_pair.get((page.matrix_model.organisations[row],
                                                     page.matrix_model.occupations[column]))
    return 0 if figures is None else figures.current.persons


def all_cells(model):
    return [(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())]


def test_page_opens_on_the_demo(page):
    model = page.matrix_model
    assert page.view == "steering"
    assert page.steering_button.isChecked()
    assert model.rowCount() == len(page.coordination.organisations()) == 22
    assert model.columnCount() == len(page.coordination.occupations())
    assert not page.banner.isHidden()  # the demo is fictitious and the page says so
    assert "Fictitious figures" in page.subheading.text()
    assert "no-poach" in page.notes_label.text() and "no-poach" in page.law_label.text()
    assert page.plan is not None and page.plan_model.rowCount() > 1
    # one flow row per occupation, and the training chart drew points
    assert page.flow_chart.labels == page.coordination.occupations()
    assert page.training_chart.points


def test_steering_view_shows_no_number_below_the_threshold(page):
    threshold = settings.get(settings.SMALL_NUMBER_THRESHOLD)
    assert threshold == 5
    model = page.matrix_model
    small = 0
    for row, column in all_cells(model):
        index = model.index(row, column)
        persons = persons_in(page, row, column)
        text = model.data(index, Qt.ItemDataRole.DisplayRole)
        if 0 < persons < threshold:
            small += 1
            assert text == "x"
            assert "Persons" not in model.data(index, Qt.ItemDataRole.ToolTipRole)
        if model.data(index, HIDDEN_ROLE):
            assert model.data(index, FIGURES_ROLE) is None
        elif text is not None:
            assert persons >= threshold or persons == 0
    assert small > 10  # the demo has many small cells: the check above is not empty
    # the steering view hides exactly what the meeting workbook's publication hides
    publication = page.publication
    for row, column in all_cells(model):
        hidden = publication.hidden("persons", model.organisations[row], model.occupations[column])
        assert bool(model.data(model.index(row, column), HIDDEN_ROLE)) == hidden
    # the charts draw no count of persons below the threshold
    for count in page.flow_chart.shown_counts() + page.training_chart.shown_counts():
        assert count == 0 or count >= threshold
    assert page.training_chart.left_out > 0


def test_coordinator_view_shows_everything(page):
    page.set_view("full")
    assert page.view == "full"
    model = page.matrix_model
    marks = [model.data(model.index(r, c), HIDDEN_ROLE) for r, c in all_cells(model)]
    assert not any(marks)
    small = [(r, c) for r, c in all_cells(model) if 0 < persons_in(page, r, c) < 5]
    r, c = small[0]
    assert model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole).endswith("%")
    assert any(0 < n < 5 for n in page.flow_chart.shown_counts())
    assert page.training_chart.left_out == 0
    page.set_view("steering")
    assert model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) == "x"


def test_the_threshold_setting_is_followed(page):
    settings.put(settings.SMALL_NUMBER_THRESHOLD, 10)
    page.context.settings_changed.emit(settings.SMALL_NUMBER_THRESHOLD.key)
    model = page.matrix_model
    cells = [(r, c) for r, c in all_cells(model) if 5 <= persons_in(page, r, c) < 10]
    assert cells
    for r, c in cells:
        assert model.data(model.index(r, c), Qt.ItemDataRole.DisplayRole) == "x"
    assert "10" in page.view_note.text()


def test_a_long_plan_has_one_line_a_row_with_the_whole_name_in_its_tooltip(page, monkeypatch):
    from hrplanner.ui.pages import coordination_plan

    table, model = page.plan_table, page.plan_model
    assert table.wordWrap()  # the demo's 22 organisations: rows as high as their wrapped text
    monkeypatch.setattr(coordination_plan, "ROWS_FITTED", 5)  # as a plan of hundreds of organisations
    page.set_rule("equal")
    assert not table.wordWrap()
    header = table.verticalHeader()
    assert len({header.sectionSize(row) for row in range(model.rowCount())}) == 1
    first = model.index(0, model.COLUMNS.index("organisation"))
    assert model.data(first, Qt.ItemDataRole.ToolTipRole) == model.data(first) == page.occupation_plan().lines[0].organisation


def test_rule_picker_changes_the_plan_and_it_still_adds_up(page):
    page.set_rule("fte")
    by_fte = {o.occupation: {line.organisation: line.places for line in o.lines} for o in page.plan.occupations}
    page.set_rule("shortage")
    assert page.plan.rule == "shortage"
    by_shortage = {o.occupation: {line.organisation: line.places for line in o.lines}
                   for o in page.plan.occupations}
    assert by_fte != by_shortage
    for rule in ("equal", "shortage", "fte"):
        page.set_rule(rule)
        for occupation in page.plan.occupations:
            assert sum(line.places for line in occupation.lines) + occupation.shortfall == occupation.advice
            assert all(line.places <= line.cap for line in occupation.lines)
    # the table shows the selected occupation's plan, with its total in the last row
    shown = page.occupation_plan()
    model = page.plan_model
    total_row = model.rowCount() - 1
    places_column = model.COLUMNS.index("places")
    assert model.data(model.index(total_row, places_column), Qt.ItemDataRole.EditRole) == shown.planned
    assert sum(model.data(model.index(r, places_column), Qt.ItemDataRole.EditRole)
               for r in range(total_row)) == shown.planned


def test_shortfall_is_said(page, monkeypatch):
    from hrplanner.services.coordination import RegionalAdvice
    from hrplanner.ui.pages import coordination_plan as module

    # an advice of 500 JGP places a year: far more than the demo's JGP supervisors can take on
    monkeypatch.setattr(module, "regional_advice", lambda register, **kw: RegionalAdvice({"JGP": 500}, "projection"))
    page.refresh()
    page.occupation_combo.setCurrentIndex(page.occupation_combo.findData("JGP"))
    plan = page.occupation_plan()
    caps = sum(line.cap for line in plan.lines if line.basis > 0)
    assert plan.shortfall == 500 - caps > 0
    assert not page.shortfall_label.isHidden()
    assert f"Short by {plan.shortfall} place" in page.shortfall_label.text()
    assert "500 places a year (from the projection)" in page.advice_label.text()
    page.occupation_combo.setCurrentIndex(page.occupation_combo.findData("PM"))
    assert page.occupation_plan().advice == 0
    assert page.shortfall_label.isHidden()


def test_language_switch_changes_the_notes(page):
    page.context.language = "nl"
    page.retranslate()
    assert "geen salarissen" in page.notes_label.text()
    page.context.language = "en"
    page.retranslate()
    assert "no salaries" in page.notes_label.text()


@pytest.mark.parametrize("language, titles", [("nl", ["Opleidingsinspanning", "Mededingingsrecht"]),
                                               ("en", ["Training effort", "Competition law"])])
def test_a_note_that_starts_with_its_title_does_not_repeat_it(page, request, language, titles):
    """Not "<b>Competition law.</b> Competition law (ACM, 2022): ...": the note's own start is bold."""
    if language == "nl":
        request.getfixturevalue("dutch")
    page.context.language = language
    page.retranslate()
    text = page.notes_label.text()
    for title in titles:
        assert text.count(title) == 1, title
        assert f"<b>{title}</b>" in text


def test_page_is_in_the_main_window(main_window):
    from hrplanner.ui.pages.coordination import CoordinationPage

    pages = main_window.findChildren(CoordinationPage)
    assert len(pages) == 1


def flow(key: str, joiners: dict, leavers: dict):
    from hrplanner.domain.coordination import FlowSummary

    summary = FlowSummary(key)
    summary.joiners.update(joiners)
    summary.leavers.update(leavers)
    return summary


def flow_publication(flows, threshold: int = 5):
    """The publication of a round whose flows are ``flows`` (occupation key -> FlowSummary), all at
    three organisations O1..O3 with equal shares where possible (the rules then act on the region's
    figures per occupation x origin: counts below the threshold are hidden)."""
    from datetime import date

    from hrplanner.domain.disclosure import Rules, publish
    from hrplanner.domain.records import FlowRecord, RoundData, StaffingRecord

    data = RoundData(date(2025, 12, 31))
    for f in flows:
        for organisation in ("O1", "O2", "O3"):
            data.staffing.append(StaffingRecord(organisation, f.key, "35-44", "women", 30, 24.0))
        for direction, counts in (("in", f.joiners), ("out", f.leavers)):
            for category, n in counts.items():
                for k in range(n):  # spread over the three organisations, one by one
                    data.flows.append(FlowRecord(("O1", "O2", "O3")[k % 3], f.key, direction, category, 1))
    merged: dict = {}
    for r in data.flows:
        key = (r.organisation, r.occupation, r.direction, r.category)
        merged[key] = merged.get(key, 0) + 1
    data.flows = [FlowRecord(o, c, d, k, n) for (o, c, d, k), n in merged.items()]
    return publish(data, Rules(threshold=threshold))


def test_flow_segments_full_and_steering():
    from hrplanner.ui.charts.coordination_flows import HIDDEN, layout_segments, region_totals_shown

    flows = [flow("A", {"region": 2, "education": 10, "other_sector": 12}, {"region": 1, "other_sector": 9, "retirement": 6}),
             flow("B", {"region": 1, "education": 6}, {"region": 2}),
             flow("C", {"region": 20, "education": 30, "other_sector": 25},
                  {"region": 25, "other_sector": 30, "retirement": 10})]
    codes = ["A", "B", "C"]
    segments, nets = layout_segments(flows, codes, None)
    assert sorted((s.row, s.direction, s.category, s.persons) for s in segments if s.row < 2) == sorted([
        (0, "in", "region", 2), (0, "in", "education", 10), (0, "in", "other_sector", 12),
        (0, "out", "region", 1), (0, "out", "other_sector", 9), (0, "out", "retirement", 6),
        (1, "in", "region", 1), (1, "in", "education", 6), (1, "out", "region", 2)])
    # net for the region: A from outside 22 - exits 15 = +7; B 6 - 0 = +6; C 55 - 40 = +15
    assert nets == [7, 6, 15]

    publication = flow_publication(flows)
    segments, nets = layout_segments(flows, codes, publication)
    # every segment drawn one by one is a figure the publication shows, with its value
    for s in segments:
        if s.category != HIDDEN:
            table = ("hires_from_education" if s.category == "education" else f"joiners_from_{s.category}") \
                if s.direction == "in" else f"leavers_to_{s.category}"
            assert publication.value(table, None, codes[s.row]) == s.persons
    # joiners: 2 (A) and 1 (B) inside the region are small, so hidden; A's total 24 stays shown or is
    # hidden, and if shown the hidden part is drawn as one hatched piece of 24 - the shown ones
    assert publication.hidden("joiners_from_region", None, "A") and publication.hidden("joiners_from_region", None, "B")
    a_in = {s.category: s.persons for s in segments if s.row == 0 and s.direction == "in"}
    if not publication.hidden("joiners", None, "A"):
        assert sum(a_in.values()) == 2 + 10 + 12 and a_in[HIDDEN] >= 2
    # B's leavers add up to 2: nothing of them is drawn
    assert not [s for s in segments if s.row == 1 and s.direction == "out"]
    assert all(s.persons >= 5 for s in segments if s.category != HIDDEN)
    assert nets[0] is None and nets[1] is None
    # the region's moves inside the region, 23 in and 28 out, may be written out when published
    assert region_totals_shown(flows, publication) == (
        not publication.hidden("joiners_from_region", None, None) and not publication.hidden("leavers_to_region", None, None)
        and not publication.hidden("joiners", None, None) and not publication.hidden("leavers", None, None))


def test_region_moves_below_the_threshold_are_not_written_out():
    from hrplanner.ui.charts.coordination_flows import layout_segments, region_totals_shown

    flows = [flow("A", {"region": 2, "education": 10, "other_sector": 12}, {"region": 1, "other_sector": 9}),
             flow("B", {"region": 1, "education": 3}, {"region": 2})]
    assert region_totals_shown(flows, None)
    # 3 joined from and 3 left to another organisation in the region: below 5
    publication = flow_publication(flows)
    assert not region_totals_shown(flows, publication)
    segments, _ = layout_segments(flows, ["A", "B"], publication)
    assert all(s.persons >= 5 for s in segments if s.category != "hidden")

def test_the_plan_in_the_steering_view_hides_small_supervisor_counts(page):
    """A supervisor count of 1-4 is a count of persons: the steering view shows "x" for it and for the
    cap it sets (supervisors x places per supervisor); the coordinator's view shows them."""
    model = page.plan_model
    found = 0
    for k in range(page.occupation_combo.count()):
        page.occupation_combo.setCurrentIndex(k)
        plan = model.plan
        if plan is None or plan.hidden(model.publication):
            continue
        for row, line in enumerate(plan.lines):
            if 0 < line.supervisors < 5:
                found += 1
                assert model.index(row, 3).data() == "x" and model.index(row, 4).data() == "x"
    assert found  # the demo has small supervisor counts
    page.set_view("full")
    texts = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert "x" not in texts


# --- rows per organisation, kind or municipality; sorted; filtered (300 organisations) ----------------


def _round_pairs(page):
    """Persons, open fte, fte, open positions and long-open per (organisation, occupation), read from the
    register's round directly (not through the coordination figures)."""
    register = page.context.register
    data = register.round_data(register.rounds()[-1])
    cells: dict[tuple[str, str], list[float]] = {}
    for s in data.staffing:
        cell = cells.setdefault((s.organisation, s.occupation), [0, 0.0, 0.0, 0, 0])
        cell[0] += s.persons
        cell[2] += s.fte
    for e in data.establishment:
        cell = cells.setdefault((e.organisation, e.occupation), [0, 0.0, 0.0, 0, 0])
        cell[1] += e.open_fte
        cell[3] += e.open_positions
        cell[4] += e.open_long
    return cells


def test_rows_per_kind_add_up_the_organisations_of_that_kind(page):
    from hrplanner.ui.charts.coordination_matrix import BY_KIND

    model = page.matrix_model
    kinds = {o.name: o.kind for o in page.context.register.organisations()}
    page.matrix_controls.grouping.setCurrentIndex(page.matrix_controls.grouping.findData(BY_KIND))
    page.matrix_controls.grouping.activated.emit(page.matrix_controls.grouping.currentIndex())
    assert model.grouping == BY_KIND
    labels = {"provider": "provider", "certified_institution": "certified institution",
              "access_team": "municipal access team"}
    assert model.organisations == sorted(labels.values())
    headers = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert headers == ["certified institution (2)", "municipal access team (4)", "provider (16)"]
    cells = _round_pairs(page)
    for row, kind_label in enumerate(model.organisations):
        kind = next(k for k, label in labels.items() if label == kind_label)
        for column, occupation in enumerate(model.occupations):
            members = [v for (org, occ), v in cells.items() if occ == occupation and kinds[org] == kind]
            figures = model.figures(row, column)
            if not members:
                assert figures is None
                continue
            persons = sum(m[0] for m in members)
            open_fte, fte = sum(m[1] for m in members), sum(m[2] for m in members)
            positions, long_open = sum(m[3] for m in members), sum(m[4] for m in members)
            assert figures.current.persons == persons
            expected = open_fte / (fte + open_fte) * (1 + (long_open / positions if positions else 0.0)) \
                if fte + open_fte else None
            assert figures.tension == pytest.approx(expected)


def test_rows_sorted_by_tension_and_filtered_by_place(page):
    from hrplanner.ui.charts.coordination_matrix import BY_ORGANISATION, SORT_TENSION

    model = page.matrix_model
    page.full_button.setChecked(True)  # the coordinator's view: every cell counts
    assert not model.steering
    model.set_view(grouping=BY_ORGANISATION, sort=SORT_TENSION)
    cells = _round_pairs(page)
    tensions = {}
    for organisation in model.all_rows:
        mine = [v for (org, _), v in cells.items() if org == organisation]
        fte, open_fte = sum(m[2] for m in mine), sum(m[1] for m in mine)
        positions, long_open = sum(m[3] for m in mine), sum(m[4] for m in mine)
        tensions[organisation] = open_fte / (fte + open_fte) * (1 + (long_open / positions if positions else 0))
    assert model.organisations == sorted(tensions, key=lambda o: (-tensions[o], o))
    places = {o.name: o.municipality for o in page.context.register.organisations()}
    page.matrix_controls.filter.setText("enschede")
    expected = [o for o in sorted(tensions, key=lambda o: (-tensions[o], o))
                if places[o] == "Enschede" or "enschede" in o.lower()]
    assert model.organisations == expected and 0 < len(expected) < 22
    assert page.matrix_controls.count.text() == f"{len(expected)} of 22 rows"
    page.matrix_controls.filter.clear()
    assert model.rowCount() == 22 and page.matrix_controls.count.text() == ""


def test_in_the_steering_view_the_order_by_tension_counts_only_shown_cells(page):
    """Sorting must not reveal hidden cells: a row's place comes from the figures of its shown cells;
    rows with every cell hidden come last, by name."""
    from hrplanner.ui.charts.coordination_matrix import BY_ORGANISATION, SORT_NAME, SORT_TENSION

    model = page.matrix_model
    assert model.steering
    model.set_view(grouping=BY_ORGANISATION, sort=SORT_NAME)
    cells = _round_pairs(page)
    shown_tension = {}
    for row, organisation in enumerate(model.organisations):
        shown = [cells[(organisation, occupation)] for column, occupation in enumerate(model.occupations)
                 if (organisation, occupation) in cells and not model.index(row, column).data(HIDDEN_ROLE)]
        fte, open_fte = sum(c[2] for c in shown), sum(c[1] for c in shown)
        positions, long_open = sum(c[3] for c in shown), sum(c[4] for c in shown)
        shown_tension[organisation] = (open_fte / (fte + open_fte) * (1 + (long_open / positions if positions else 0))
                                       if shown and fte + open_fte else None)
    model.set_view(sort=SORT_TENSION)
    expected = sorted(shown_tension, key=lambda o: (shown_tension[o] is None, -(shown_tension[o] or 0.0), o))
    assert model.organisations == expected


def test_a_filter_never_shows_what_the_whole_table_hides(page):
    """Suppression is worked out on every row; a filtered row keeps exactly the marks it had."""
    model = page.matrix_model
    marks = {(model.organisations[r], c): model.index(r, c).data(HIDDEN_ROLE) for r, c in all_cells(model)}
    assert any(marks.values())  # the demo has hidden cells in the steering view
    for text in ("stichting", "jeugd", "team"):
        model.set_view(filter_text=text)
        assert model.rowCount() > 0
        for row, column in all_cells(model):
            assert model.index(row, column).data(HIDDEN_ROLE) == marks[(model.organisations[row], column)]
    model.set_view(filter_text="")


def test_a_large_region_opens_grouped_by_municipality_and_scrolls(qtbot, tmp_path):
    from hrplanner.services.demo import write_demo
    from hrplanner.ui.charts.coordination_matrix import BY_MUNICIPALITY, GROUP_ABOVE, SORT_TENSION
    from hrplanner.ui.context import AppContext
    from hrplanner.ui.pages.coordination import CoordinationPage

    register = write_demo(tmp_path / "large.hrplan", organisations=GROUP_ABOVE + 20, rounds=2)
    context = AppContext()
    context.language = "en"
    widget = CoordinationPage(context)
    qtbot.addWidget(widget)
    context.set_register(register)
    model = widget.matrix_model
    try:
        assert (model.grouping, model.sort) == (BY_MUNICIPALITY, SORT_TENSION)
        places = {o.municipality for o in register.organisations()}
        assert sorted(model.organisations) == sorted(places)
        assert sum(model._members.values()) == GROUP_ABOVE + 20
        # per organisation, the matrix keeps its height and scrolls
        widget.matrix_controls.filter.setText("")
        model.set_view(grouping="organisation")
        assert model.rowCount() == GROUP_ABOVE + 20
        rows_high = widget.matrix.verticalHeader().defaultSectionSize()
        assert widget.matrix.height() < (widget.MATRIX_ROWS_SHOWN + 3) * rows_high
    finally:
        context.set_register(None)


def test_figures_are_read_in_the_background_and_only_the_newest_is_shown(page, monkeypatch):
    """A round switch hands the reading to the background helper; when two switches overlap, the older
    result arriving last is dropped (ui/workers.LatestTask)."""
    from hrplanner.ui import workers

    register = page.context.register
    first, latest = [r.reference_date for r in register.rounds()]
    assert page.coordination.reference_date == latest
    pending = []  # tasks started but not run: run below in the order the race needs
    monkeypatch.setattr(workers, "_launch", lambda task, synchronous: pending.append(task))
    page.context.set_round(first)
    assert page.subheading.text() == "Reading the figures…"
    page.context.set_round(latest)
    figures = [t for t in pending if t.name == "coordination figures"]
    assert len(figures) == 2 and figures[0].token.cancelled  # the newer request cancels the older
    assert page.coordination.reference_date == latest  # nothing read on the GUI thread
    figures[1].execute()
    assert page.coordination.reference_date == latest
    figures[0].execute()  # arrives late: dropped
    assert page.coordination.reference_date == latest
    assert "Reading the figures" not in page.subheading.text()


def test_a_name_that_would_run_into_the_next_point_goes_left_of_its_point(qtbot):
    """Two organisations that hire without training, at 5.5% and 7.7%: "Kleurrijk Opgroeien" on the
    right of its point ran into "Trampoline Jeugdhulp" and read as one name."""
    from hrplanner.domain.coordination import TrainingEffort
    from hrplanner.ui.charts.coordination_training import TrainingEffortChart

    chart = TrainingEffortChart()
    qtbot.addWidget(chart)
    chart.resize(700, 300)
    efforts = [TrainingEffort("De Wilgenkrans", 69.2, 8, 3, 0.29, 0.088),
               TrainingEffort("Zevensprong Jeugdhulp", 43.2, 4, 2, 0.12, 0.055),
               TrainingEffort("Kleurrijk Opgroeien", 27.6, 0, 2, 0.0, 0.055),
               TrainingEffort("Trampoline Jeugdhulp", 50.7, 0, 3, 0.0, 0.077)]
    chart.set_efforts(efforts, 4.8, publication=None)
    assert set(chart.labels) == {e.organisation for e in efforts}
    assert tuple(chart.labels["Kleurrijk Opgroeien"].anchor) == (1, 1)  # left of its point
    assert tuple(chart.labels["Trampoline Jeugdhulp"].anchor) == (0, 1)  # nothing to its right
    assert tuple(chart.labels["De Wilgenkrans"].anchor) == (0, 1)


def test_a_view_switched_while_the_charts_are_drawn_in_pieces_keeps_the_new_view(page):
    """The figures are shown a piece at a time (matrix, flows, training). A switch to the steering view
    between two pieces shows everything in the steering view, and the pieces still to come of the
    coordinator's view draw nothing: no small count of the coordinator's view appears afterwards."""
    threshold = settings.disclosure_rules().threshold
    page.set_view("full")
    pieces = page._figures_in_pieces()
    next(pieces)  # the matrix, in the coordinator's view
    page.set_view("steering")  # meanwhile: every piece again, in the steering view
    for _ in pieces:  # what the coordinator's view still had to draw
        pass
    assert all(count == 0 or count >= threshold
               for count in page.flow_chart.shown_counts() + page.training_chart.shown_counts())
    assert page.training_chart.left_out > 0
    # the same pieces without a switch do draw the coordinator's small counts (the check above can fail)
    page.set_view("full")
    for _ in page._figures_in_pieces():
        pass
    assert any(0 < count < threshold for count in page.flow_chart.shown_counts())


def test_another_occupation_chosen_while_a_plan_is_shown_in_pieces_keeps_its_own_texts(page, monkeypatch):
    """The training plan is shown in two pieces (the rows, then the fitting and the texts). Choosing
    another occupation in between shows that one whole; what the first still had to show is dropped,
    so its texts (a shortfall of JGP) never appear over the other's table."""
    from hrplanner.services.coordination import RegionalAdvice
    from hrplanner.ui.pages import coordination_plan as module

    monkeypatch.setattr(module, "regional_advice", lambda register, **kw: RegionalAdvice({"JGP": 500}, "projection"))
    page.refresh()
    page.occupation_combo.setCurrentIndex(page.occupation_combo.findData("JGP"))
    assert "500 places a year" in page.advice_label.text()  # JGP whole: its shortfall is said
    pieces = page.plan_section._plan_in_pieces()
    next(pieces)  # JGP's rows again
    page.occupation_combo.setCurrentIndex(page.occupation_combo.findData("PM"))  # meanwhile: PM, whole
    for _ in pieces:  # what JGP still had to show
        pass
    assert page.occupation_plan().occupation == "PM" and page.plan_model.plan is page.occupation_plan()
    assert "500 places a year" not in page.advice_label.text()
    assert page.shortfall_label.isHidden()


def test_the_total_row_is_never_cut_short_in_a_long_plan(page, monkeypatch):
    """Qt fits a plan's columns to its first rows only (60 of hundreds); the total, the last row, can be
    wider than every line before it and than the header (a region's thousands) and must still be whole."""
    from hrplanner.ui.pages.coordination_plan import PlanTableModel

    table, model = page.plan_table, page.plan_model
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(1)  # as the first 60 rows of 300: the total row is not looked at
    shown = PlanTableModel.data

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN202
        value = shown(self, index, role)
        if role == Qt.ItemDataRole.DisplayRole and index.row() == self.rowCount() - 1 and index.column() > 0 \
                and value not in (None, ""):
            return "1.234.567.890"  # a total far wider than the lines and the header
        return value

    monkeypatch.setattr(PlanTableModel, "data", data)
    page.plan_model = page.plan_section.plan_model = model = PlanTableModel(page.plan_section)  # patched data()
    table.setModel(model)
    page.full_button.setChecked(True)  # the coordinator's view: every total a number
    page.set_rule("shortage")
    total = model.rowCount() - 1
    long_totals = [c for c in range(1, model.columnCount() - 1) if model.index(total, c).data() == "1.234.567.890"]
    assert long_totals  # the case exists
    grid = 1 if table.showGrid() else 0  # a grid line takes a pixel of the cell
    for column in long_totals:
        assert header.sectionSize(column) >= table.sizeHintForIndex(model.index(total, column)).width() + grid


def test_a_round_switch_never_shows_the_other_round_s_plan(page, monkeypatch, qtbot):
    """While the new round's plan is made in the background, the table shows no plan rather than the
    round before's (which was also fitted again for nothing, a fifth of a second at 300 organisations)."""
    from hrplanner.ui import workers

    register = page.context.register
    first, latest = [r.reference_date for r in register.rounds()]
    page.full_button.setChecked(True)
    assert page.plan_section.plan.reference_date == latest and page.plan_model.rowCount() > 0
    pending: list = []
    monkeypatch.setattr(workers, "_launch", lambda task, synchronous: pending.append(task))
    page.context.set_round(first)
    while pending:  # the figures, then the advice, then the plan, each started by the one before
        pending.pop(0).execute()
        qtbot.wait(50)  # what is shown in pieces
        shown = page.plan_section.plan if page.plan_model.rowCount() else None
        assert shown is None or shown.reference_date == first  # never the latest round's under the first
    assert page.plan_section.plan.reference_date == first and page.plan_model.rowCount() > 0
