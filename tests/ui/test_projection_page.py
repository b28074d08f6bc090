"""The projection dashboard shows exactly what ``hrplanner project --register ... --format json`` prints,
runs the Monte Carlo band in the background helper (cancellable), explains a clicked year and shows the
age structure with small numbers hidden."""

from __future__ import annotations

import json
import re
from datetime import date

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt

from hrplanner.cli import run
from hrplanner.domain.projection.params import Triple
from hrplanner.services import projection as P
from hrplanner.services.register import Register
from hrplanner.ui import format as fmt
from hrplanner.ui import settings
from hrplanner.ui.charts.axis import LocaleAxisItem
from hrplanner.ui.charts.projection_chart import YearAxisItem
from hrplanner.ui.context import AppContext
from hrplanner.ui.models.projection_explain import ExplainModel
from hrplanner.ui.models.projection_gap import GapTableModel
from hrplanner.ui.pages.projection import ProjectionPage

DRAWS = 200  # the smallest band the settings allow is 100; 200 keeps the test quick


def cli_json(capsys, path, *extra: str) -> list[dict]:
    capsys.readouterr()
    assert run(["project", "--register", str(path), "--format", "json", "--full", *extra]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.fixture
def context(demo_path):
    settings.put(settings.MONTE_CARLO_DRAWS, DRAWS)
    fmt.set_language("en")
    context = AppContext()
    context.language = "en"
    context.set_register(Register.open(demo_path))
    yield context
    context.register.close()
    fmt.set_language("nl")


@pytest.fixture
def page(qtbot, context):
    page = ProjectionPage(context)
    qtbot.addWidget(page)
    page.resize(1180, 800)
    page.refresh()
    return page


def chart_arrays(page: ProjectionPage) -> dict[str, np.ndarray]:
    x, supply = page.chart.supply_curve.getData()
    x2, demand = page.chart.demand_curve.getData()
    x3, gap = page.chart.gap_curve.getData()
    assert list(x) == list(x2) == list(x3)
    return {"years": x, "supply_fte": supply, "demand_fte": demand, "gap_fte": gap}


def check_against_cli(page: ProjectionPage, items: list[dict]) -> None:
    """Every occupation of the CLI output: chart arrays, advice cards, heatmap row and impact bars."""
    assert [page.occupation_combo.itemData(i) for i in range(page.occupation_combo.count())] == \
        [item["code"] for item in items]
    for item in items:
        page.select_occupation(item["code"])
        arrays = chart_arrays(page)
        assert [int(y) for y in arrays["years"]] == item["years"]
        for name in ("supply_fte", "demand_fte", "gap_fte"):
            # the CLI rounds to 2 decimals; the chart holds the unrounded values
            np.testing.assert_allclose(arrays[name], item[name], atol=0.005 + 1e-9, err_msg=name)
        cards = [c for c in page.cards.cards if c.advice is not None]
        assert len(cards) == len(item["advice"])
        for card, advice in zip(cards, item["advice"]):
            assert card.advice.equilibrium_year == advice["equilibrium_year"]
            assert round(card.advice.current_intake, 2) == advice["current_intake"]
            if advice["intake_clipped"] is None:
                assert "Not reachable by training before" in card.caption.text()
            else:
                assert round(card.advice.intake_clipped, 1) == advice["intake_clipped"]
                # the advice reads as in the command's JSON: one decimal, halves up (issue 12)
                assert card.sentence() == (f"Advice {advice['equilibrium_year']}: "
                                           f"{fmt.fmt_number(advice['intake_clipped'], 1)} per year "
                                           f"(now {fmt.fmt_number(advice['current_intake'], 0)})")
        row = page.gap_model.row_of(item["code"])
        gaps = [page.gap_model.index(row, 1 + t).data(GapTableModel.VALUE_ROLE) for t in range(len(item["years"]))]
        np.testing.assert_allclose(gaps, item["gap_fte"], atol=0.005 + 1e-9)
        impact = item["impact"][0]
        if impact["parts"] is not None:
            bars = page.impact_chart.items
            assert bars[-1][1] == pytest.approx(impact["total"], abs=0.05 + 1e-9)
            shown = sorted(round(v, 2) for _, v in bars[:-1])
            expected = sorted(v for v in impact["parts"].values() if v != 0)
            assert shown == pytest.approx(expected, abs=0.01 + 1e-9)
            # the parts add up to the advice
            assert sum(v for _, v in bars[:-1]) == pytest.approx(bars[-1][1], abs=1e-6)


def test_the_page_shows_the_numbers_of_the_project_command(page, capsys, context):
    items = cli_json(capsys, context.register.path, "--scenario", "basis")
    assert len(items) == 12
    check_against_cli(page, items)
    # The demo's youth and family professionals in one line: "Advice 2037: 50.8 per year (now 6)", the
    # advice as the command's JSON gives it (one decimal, halves up: issue 12), today's intake whole
    advice = next(item for item in items if item["code"] == "JGP")["advice"][0]
    page.select_occupation("JGP")
    sentence = re.fullmatch(r"Advice (\d{4}): ([\d.,]+) per year \(now (\d+)\)", page.cards.sentences()[0])
    assert sentence and int(sentence[1]) == advice["equilibrium_year"]
    assert sentence[2] == fmt.fmt_number(advice["intake_clipped"], 1)
    assert abs(int(sentence[3]) - advice["current_intake"]) <= 0.505  # the command gives two decimals


def test_a_stored_scenario_and_the_high_variant_match_the_command_too(page, capsys, context):
    register = context.register
    P.create_scenario(register, "Meer opleiden")
    P.set_parameters(register, "Meer opleiden", "JGP", {"training.lever.intake": Triple(40, 40, 40),
                                                        "demand.unmet": Triple(0.05, 0.08, 0.1)})
    context.notify("scenario")
    page.select_scenario("Meer opleiden")
    page.select_variant("high")
    page.select_occupation("JGP")
    assert page.heading.text().startswith("Youth and family professional: scenario Meer opleiden, high variant")
    items = cli_json(capsys, register.path, "--scenario", "Meer opleiden", "--variant", "high")
    check_against_cli(page, items)
    page.select_occupation("JGP")
    assert round(page.result.advice[0].current_intake, 2) == 40.0


def test_the_band_is_the_seeded_monte_carlo_run_of_the_command(page, capsys, context):
    page.select_occupation("GZ")
    assert page.percentiles is not None and page.chart.has_band
    items = cli_json(capsys, context.register.path, "--occupation", "GZ", "--draws", str(DRAWS), "--seed", "0")
    pct = items[0]["percentiles"]
    for name in ("supply_fte", "demand_fte", "gap_fte"):
        low, high = page.chart.band_data(name.removesuffix("_fte"))
        np.testing.assert_allclose(low, pct[name]["p10"], atol=0.005 + 1e-9)
        np.testing.assert_allclose(high, pct[name]["p90"], atol=0.005 + 1e-9)
    advice = pct["advice"]
    card = page.cards.cards[0]
    expected = (f"10-90%: {fmt.fmt_number(max(0.0, advice['p10'][0]), 1)} to "
                f"{fmt.fmt_number(max(0.0, advice['p90'][0]), 1)}")
    assert card.range.text() == expected
    assert page.band_status.text() == f"Band: 10-90% of {DRAWS} draws"
    assert page.band_progress_bar.isHidden() and page.cancel_button.isHidden()


def test_the_band_reports_progress_and_can_be_cancelled(page):
    seen: list[float] = []
    outcomes: list[str] = []
    page.band_finished.connect(outcomes.append)

    def progress(fraction: float) -> None:
        seen.append(fraction)
        if fraction >= 0.5:
            page.cancel_button.click()  # what the user does half-way

    page.band_progress.connect(progress)
    page.select_occupation("GW")  # a new occupation starts a new band
    assert outcomes == ["cancelled"]
    # chunks of max(50, 200 // 20) = 50 draws: progress 0.25, 0.5, then the next chunk stops
    assert seen == [0.25, 0.5]
    assert page.percentiles is None and not page.chart.has_band
    assert page.chart.band_data("supply")[0].size == 0
    assert page.band_status.text() == "Uncertainty band cancelled"
    assert page.band_button.isVisibleTo(page) and page.cancel_button.isHidden()
    assert all(c.range.text() == "" for c in page.cards.cards)

    page.band_progress.disconnect(progress)
    page.band_button.click()
    assert outcomes == ["cancelled", "done"]
    assert page.chart.has_band and page.percentiles.draws == DRAWS


def wait_for_layout(qtbot, page: ProjectionPage) -> None:
    """Show the page and wait until pyqtgraph has laid out the chart (its view range is lazy)."""
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.chart.top.vb.viewRange()[0][0] > 2000)


def click_year(qtbot, page: ProjectionPage, year: int) -> None:
    chart = page.chart
    (_, _), (y0, y1) = chart.top.vb.viewRange()
    scene = chart.top.vb.mapViewToScene(QPointF(year, (y0 + y1) / 2))
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.mapFromScene(scene))


def test_clicking_a_year_explains_it_and_the_parts_add_up(qtbot, page, capsys, context):
    page.select_occupation("JZW")
    wait_for_layout(qtbot, page)
    click_year(qtbot, page, 2041)
    assert page.year_spin.value() == 2041
    model = page.explain_model
    rows = [(model.index(r, 0).data(ExplainModel.KIND_ROLE), model.index(r, 1).data(ExplainModel.VALUE_ROLE),
             model.index(r, 2).data(ExplainModel.VALUE_ROLE)) for r in range(model.rowCount())]
    kinds = [k for k, _, _ in rows]
    totals = [i for i, k in enumerate(kinds) if k == "total"]
    supply_parts = rows[1:totals[0]]
    demand_parts = rows[totals[0] + 2:totals[1]]
    supply_total, demand_total, gap = rows[totals[0]], rows[totals[1]], rows[-1]
    assert sum(p for _, p, _ in supply_parts) == pytest.approx(supply_total[1], abs=1e-9)
    assert sum(f for _, _, f in supply_parts) == pytest.approx(supply_total[2], abs=1e-9)
    assert sum(f for _, _, f in demand_parts) == pytest.approx(demand_total[2], abs=1e-9)
    assert gap[2] == pytest.approx(demand_total[2] - supply_total[2], abs=1e-9)
    items = cli_json(capsys, context.register.path, "--occupation", "JZW", "--explain", "2041")
    explained = items[0]["explain"]
    assert explained["year"] == 2041
    assert round(supply_total[2], 2) == explained["supply"]["fte"]
    assert round(demand_total[2], 2) == explained["demand"]["fte"]
    assert round(gap[2], 2) == explained["gap_fte"]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Part (2041)"
    # The spin box does the same for keyboard users.
    page.year_spin.setValue(2030)
    assert page.explain_model.explanation.year == 2030


def test_hovering_shows_year_supply_demand_and_gap(qtbot, page):
    page.select_occupation("GZ")
    wait_for_layout(qtbot, page)
    chart = page.chart
    (_, _), (y0, y1) = chart.top.vb.viewRange()
    scene = chart.top.vb.mapViewToScene(QPointF(2033.2, (y0 + y1) / 2))
    qtbot.mouseMove(chart.viewport(), chart.mapFromScene(scene))
    qtbot.waitUntil(lambda: page.readout.text().startswith("2033:"))
    r = page.result
    i = 2033 - 2025
    assert page.readout.text() == (f"2033: supply {fmt.fmt_number(r.supply_fte[i], 1)} fte, demand "
                                   f"{fmt.fmt_number(r.demand_fte[i], 1)} fte, gap {fmt.fmt_signed(r.gap_fte[i], 1)} fte")
    assert chart.readout.isVisible() and chart.crosshair[0].value() == 2033
    assert chart.readout.toPlainText().splitlines()[0] == "2033"


def test_dutch_number_formats_on_axes_and_read_outs(page):
    fmt.set_language("nl")
    page.select_occupation("PM")
    # value axis: thousands with a dot, decimals with a comma; years never get a separator
    assert LocaleAxisItem("left").tickStrings([1000.0, 1500.5], 1, 0.5) == ["1.000,0", "1.500,5"]
    assert YearAxisItem("bottom").tickStrings([2030.0, 2035.0], 1, 5) == ["2030", "2035"]
    text = page.chart.readout_text(2030)
    supply = page.result.supply_fte[5]
    whole, decimals = f"{supply:.1f}".split(".")
    assert f"Supply: {whole},{decimals} fte" in text


def test_age_pyramid_counts_the_rounds_staff_and_hides_small_numbers(page, context):
    # GZ: shown in the round's publication, with small cells in its pyramid
    page.select_occupation("GZ")
    data = context.register.round_data(context.register.round())
    women = {}
    men = {}
    for s in data.staffing:
        if s.occupation == "GZ":
            target = women if s.sex == "women" else men if s.sex == "men" else None
            if target is not None:
                target[s.age_band] = target.get(s.age_band, 0) + s.persons
    chart = page.pyramid_chart
    assert chart.publication is not None
    assert chart.women == tuple(women.get(b, 0) for b in chart.bands)
    assert chart.men == tuple(men.get(b, 0) for b in chart.bands)
    small = 0
    for band in range(len(chart.bands)):
        for sex, counts in enumerate((chart.women, chart.men)):
            count = counts[band]
            if 0 < count < 5:
                small += 1
                assert chart.cell_text(band, sex) == "x" and chart.cell_hidden(band, sex)
            elif not chart.cell_hidden(band, sex):
                assert chart.cell_text(band, sex) == fmt.fmt_number(count, 0)
    assert small and any(chart.cell_hidden(b, s) for b in range(7) for s in (0, 1))
    assert "Hatched bars are hidden" in page.pyramid_caption.text()
    # KJPS: the round's publication hides the occupation, so its pyramid shows nothing at all
    page.select_occupation("KJPS")
    assert chart.publication is None and chart.total_text() is None
    assert all(chart.cell_text(b, s) == "x" for b in range(7) for s in (0, 1))
    assert page.pyramid_caption.text().startswith("Hidden (x)")


def test_the_service_gives_the_largest_shortages_with_their_share_of_demand(context):
    found = P.largest_shortages(context.register)
    _, results = P.run(context.register)
    by_code = {r.code: r for r in results}
    expected = sorted(((r.code, r.advice[0].equilibrium_year, r.advice[0].gap_fte) for r in results
                       if r.advice[0].gap_fte > 0), key=lambda t: -t[2])[:5]
    assert [(s.code, s.year, s.gap_fte) for s in found] == expected
    for s in found:
        r = by_code[s.code]
        demand = float(r.demand_fte[s.year - 2025])  # the demo's base year is 2025
        assert s.demand_fte == pytest.approx(demand)
        assert s.share == pytest.approx(s.gap_fte / demand)


def test_no_register_shows_an_empty_page(qtbot):
    context = AppContext()
    page = ProjectionPage(context)
    qtbot.addWidget(page)
    page.refresh()
    assert page.stack.currentIndex() == 0
    assert page.empty.text() == "Open a register to see the projection."


def test_the_scenario_is_read_in_the_background(qtbot, page, context, in_background):
    """The page reads the scenario and the backtest (two rounds of every organisation) off the GUI
    thread: on return from refresh it says so, and the projection arrives the same as read at once."""
    shown = {code: list(result.gap_fte) for code, result in page.results.items()}
    fresh = ProjectionPage(context)
    qtbot.addWidget(fresh)
    with in_background():
        fresh.refresh()
        assert fresh.results == {} and fresh.stack.currentIndex() == 0
        assert fresh.empty.text() == "Reading the figures…"
        qtbot.waitUntil(lambda: bool(fresh.results), timeout=20000)
    assert fresh.stack.currentIndex() == 1
    assert {code: list(result.gap_fte) for code, result in fresh.results.items()} == shown
    assert fresh.backtest_label.text() == page.backtest_label.text() != ""


def test_a_failed_read_shows_a_user_error_and_reports_any_other(page, monkeypatch):
    from hrplanner.services.errors import ServiceError
    from hrplanner.ui.dialogs import error_dialog

    reported = []
    monkeypatch.setattr(error_dialog, "report_error", lambda exc, parent=None: reported.append(exc))

    def refused(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise ServiceError("No scenario named 'gone'")

    monkeypatch.setattr(P, "load", refused)
    page.refresh()
    assert page.error_label.text() == "No scenario named 'gone'" and page.results == {} and reported == []

    def broken(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise RuntimeError("a bug")

    monkeypatch.setattr(P, "load", broken)
    page.refresh()
    assert [str(e) for e in reported] == ["a bug"]  # to the error dialog, not the page's label
    # a read of a register that is no longer open comes to nothing
    assert not page.read_failed(object(), ServiceError("late")) and len(reported) == 1


def test_models_pass_the_model_tester(page, qtmodeltester):
    qtmodeltester.check(page.gap_model)
    qtmodeltester.check(page.explain_model)


def test_the_band_runs_in_the_background_in_the_app(qtbot, page):
    from hrplanner.ui import workers

    page.select_occupation("OG")
    synchronous = page.chart.band_data("gap")
    workers.set_synchronous(False)
    try:
        with qtbot.waitSignal(page.band_finished, timeout=10000) as finished:
            page.start_band()
            assert page.band_running() and page.cancel_button.isVisibleTo(page)  # not done on return
    finally:
        workers.set_synchronous(True)
    assert finished.args == ["done"]
    # seeded: the same band as the synchronous run
    np.testing.assert_array_equal(page.chart.band_data("gap")[0], synchronous[0])
    np.testing.assert_array_equal(page.chart.band_data("gap")[1], synchronous[1])


def test_the_backtest_line_is_the_backtest_commands(page, capsys, context):
    capsys.readouterr()
    # the page is the coordinator's view: the command's full view
    assert run(["backtest", "--register", str(context.register.path), "--format", "json", "--full"]) == 0
    pair = json.loads(capsys.readouterr().out)["pairs"][-1]
    page.select_occupation("PM")
    pm = next(o for o in pair["occupations"] if o["code"] == "PM")["fte"]
    text = page.backtest_label.text()
    assert page.backtest_label.isVisibleTo(page)
    assert text.startswith(f"Backtest: the projection from 31/12/2024 for 2025: {fmt.fmt_number(pm['projected'], 1)} "
                           f"fte; recorded: {fmt.fmt_number(pm['recorded'], 1)} fte; "
                           f"{fmt.fmt_percent(pm['percent'])}.")
    band = {"below": "below", "within": "within", "above": "above"}[pair["benchmark"]]
    assert f"Region: {fmt.fmt_percent(pair['supply_error_per_year'])} a year, {band} the Capaciteitsorgaan's" in text


def test_no_backtest_line_with_one_round(qtbot, tmp_path):
    from tests.unit.helpers import small_register

    small_register(tmp_path / "s.hrplan").close()
    context = AppContext()
    context.set_register(Register.open(tmp_path / "s.hrplan"))
    try:
        page = ProjectionPage(context)
        qtbot.addWidget(page)
        page.refresh()
        page.select_occupation("GZ")
        # the small register has two rounds: one pair, so a line; its earlier round alone has none
        assert page.backtest_label.text()
        context.set_round(date(2024, 12, 31))
        page.refresh()
        assert page.backtest_label.text() == "" and not page.backtest_label.isVisibleTo(page)
    finally:
        context.register.close()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_factor_of_the_impact_chart_has_room_for_its_name(qtbot, request, language):
    """pyqtgraph leaves out a tick label wider than its axis: the Dutch "Gediplomeerden van wie nu in
    opleiding is" went missing at a width of 230 px. The axis is as wide as the longest name."""
    from PySide6.QtGui import QFontMetrics

    from hrplanner.domain.projection.model import Impact
    from hrplanner.ui.charts.projection_impact import ImpactChart

    if language == "nl":
        request.getfixturevalue("dutch")
    chart = ImpactChart()
    qtbot.addWidget(chart)
    parts = {"unmet": 5.0, "demography": -15.8, "supply.outflow": 147.8, "supply.in_training": -2.5,
             "supply.decided": -2.0, "supply.other_inflow": -127.6, "supply.fte_factor": 1.0}
    chart.set_impact(Impact(2037, parts, parts, sum(parts.values())))
    axis = chart.category_axis
    metrics = QFontMetrics(axis.font())
    labels = [label for label, _ in chart.items]
    assert len(labels) == len(parts) + 1 and all(labels)
    assert max(metrics.horizontalAdvance(label) for label in labels) < axis.maximumWidth()
    # the values beside the bars stay inside the range shown
    low, high = chart.plot_item.viewRange()[0]
    assert low < min(parts.values()) * 1.2 and high > max(parts.values()) * 1.2
