"""The overview page shows the figures of ``hrplanner summary``, in Dutch formats, and says when they
are fictitious."""

from __future__ import annotations

import json
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pytest
from PySide6.QtCore import Qt

from hrplanner.cli import run
from hrplanner.ui import settings
from hrplanner.services import projection as projection_service
from hrplanner.ui.pages.overview import COLUMNS, OverviewPage, SummaryTableModel

pytestmark = pytest.mark.usefixtures("dutch")


def dutch(value: float, decimals: int) -> str:
    """Dutch notation worked out by hand: half up, '.' for thousands, ',' for decimals."""
    rounded = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    english = f"{rounded:,.{decimals}f}"
    return english.replace(",", "_").replace(".", ",").replace("_", ".")


def dutch_percent(fraction: float | None) -> str:
    return "\u2013" if fraction is None else dutch(fraction * 100, 1) + "%"


def summary_json(capsys, path, *extra: str) -> dict:
    capsys.readouterr()
    assert run(["summary", "--register", str(path), "--format", "json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def expected_cells(values: dict) -> list[str]:
    """The row as the summary command's shared view has it; its mark "x" where a figure is hidden."""
    def cell(name: str, shown) -> str:  # noqa: ANN001
        return "x" if values[name] == "x" else shown(values[name])

    return [cell("persons", lambda v: dutch(v, 0)), cell("fte", lambda v: dutch(v, 1)),
            cell("open_positions", lambda v: dutch(v, 0)),
            *(cell(name, dutch_percent) for name in ("vacancy_rate", "long_open_share", "turnover",
                                                     "circulation_share", "share_55_plus", "share_60_plus"))]


def table_rows(page: OverviewPage) -> dict[str, list[str]]:
    model = page.model
    rows = {}
    for row in range(model.rowCount()):
        key = model.index(row, 0).data(SummaryTableModel.ROW_ROLE).key
        rows[key] = [model.index(row, column).data() for column in range(1, model.columnCount())]
    return rows


def test_overview_table_shows_the_summary_commands_figures(main_window, demo_path, capsys):
    page = main_window.page("overview")
    assert main_window.current_page() is page
    payload = summary_json(capsys, demo_path)
    rows = table_rows(page)
    assert len(payload["occupations"]) == 12
    for occupation in payload["occupations"]:
        assert rows[occupation["occupation"]] == expected_cells(occupation), occupation["occupation"]
    assert rows["(region)"] == expected_cells(payload["total"])
    # the overview is a shared view: the occupations the command hides are hidden here too
    assert any(o["persons"] == "x" for o in payload["occupations"])
    assert rows["(region)"][0] == dutch(payload["total"]["persons"], 0)


def test_region_cards_show_totals_and_change_since_previous_round(main_window, demo_path, capsys):
    page = main_window.page("overview")
    now = summary_json(capsys, demo_path)["total"]
    before = summary_json(capsys, demo_path, "--round", "2024-12-31")["total"]
    cards = {card.column.name: card for card in page.cards}
    assert cards["persons"].value.text() == dutch(now["persons"], 0)
    delta = now["persons"] - before["persons"]
    arrow = "\u25b2" if delta > 0 else "\u25bc"
    assert cards["persons"].change.text() == f"{arrow} {'+' if delta > 0 else ''}{dutch(delta, 0)}"
    assert cards["vacancy_rate"].value.text() == dutch_percent(now["vacancy_rate"])
    points = (now["turnover"] - before["turnover"]) * 100
    assert cards["turnover"].change.text().endswith(f"{dutch(points, 1)} %-punt")


def test_choosing_the_previous_round_shows_its_figures(main_window, demo_path, capsys):
    payload = summary_json(capsys, demo_path, "--round", "2024-12-31")
    combo = main_window.round_combo
    index = combo.findData("2024-12-31")
    assert index >= 0 and "afgesloten" in combo.itemText(index)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert main_window.context.current_round == date(2024, 12, 31)
    rows = table_rows(main_window.page("overview"))
    for occupation in payload["occupations"]:
        assert rows[occupation["occupation"]] == expected_cells(occupation)


def test_demo_banner_and_tooltips_say_the_figures_are_fictitious(main_window):
    page = main_window.page("overview")
    assert page.banner.isVisible()
    assert "Fictieve cijfers" in page.banner.text()
    tip = page.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "Fictieve cijfers (demoregio)" in tip
    assert "Vorige ronde (31-12-2024)" in tip
    assert all("Fictieve cijfers" in card.toolTip() for card in page.cards)
    assert "Fictieve cijfers" in page.subheading.text()


def test_a_real_register_has_no_banner_and_explains_an_empty_register(qtbot, tmp_path):
    from hrplanner.services.register import Register
    from hrplanner.ui.context import AppContext

    context = AppContext()
    page = OverviewPage(context)
    qtbot.addWidget(page)
    page.show()
    with Register.create(tmp_path / "new.hrplan", region="Achterhoek") as register:
        context.set_register(register)
        assert page.banner.isHidden()
        assert page.table.isHidden()
        assert "geen rondes" in page.empty.text()
        context.set_register(None)
    assert "geen register" in page.empty.text()


def test_rows_of_fewer_persons_than_the_threshold_are_hidden(main_window, demo_path, capsys):
    full = summary_json(capsys, demo_path, "--full")
    small = {o["occupation"] for o in full["occupations"] if 0 < o["persons"] < 50}
    assert small  # the demo has occupations below 50 persons
    settings.put(settings.SMALL_NUMBER_THRESHOLD, 50)
    main_window.context.settings_changed.emit(settings.SMALL_NUMBER_THRESHOLD.key)
    rows = table_rows(main_window.page("overview"))
    shared = summary_json(capsys, demo_path, "--threshold", "50")
    for occupation in shared["occupations"]:
        hidden = rows[occupation["occupation"]] == ["x"] * len(COLUMNS)
        assert hidden == (occupation["persons"] == "x")
        if occupation["occupation"] in small:  # every occupation under the threshold among them
            assert hidden
    # the region total is built from well over 50 persons
    assert rows["(region)"][0] == dutch(full["total"]["persons"], 0)


def test_shortage_slot_shows_the_largest_shortages_of_the_basis_projection(main_window):
    page = main_window.page("overview")
    register = main_window.context.register
    expected = projection_service.largest_shortages(register)
    assert expected, "the demo region has shortages"
    text = page.shortage_label.text()
    names = page.summary.occupation_names
    for s in expected:
        assert names[s.code][0] in text and str(s.year) in text
        assert f"{dutch(s.gap_fte, 1)}&nbsp;fte" in text
    assert "Fictieve cijfers" in text


def test_shortage_slot_shows_given_shortages_and_escapes_names(main_window):
    page = main_window.page("overview")
    found = [projection_service.Shortage("GZ", "GZ-psycholoog", 2035, 12.34, None, 0.0, None, 100.0),
             projection_service.Shortage("JGP", "x", 2040, 1234.5, None, 0.0, None, 5000.0)]
    page.set_shortages(None)
    assert "zodra de raming beschikbaar is" in page.shortage_label.text()
    page.set_shortages(found)
    text = page.shortage_label.text()
    assert "GZ-psycholoog" in text and "12,3&nbsp;fte" in text and "2035" in text
    assert "1.234,5&nbsp;fte" in text and "Fictieve cijfers" in text
    page.set_shortages(None, "<b>kapot</b>")
    assert "&lt;b&gt;kapot&lt;/b&gt;" in page.shortage_label.text()


def test_summary_model_passes_the_model_tester(qtmodeltester, main_window):
    qtmodeltester.check(main_window.page("overview").model)


@pytest.mark.parametrize("language, separator", [("nl", "."), ("en", ",")])
def test_overview_formats_numbers_in_the_ui_language(main_window, language, separator):
    register = main_window.context.register
    persons = sum(s.persons for s in register.round_data(register.rounds()[-1]).staffing)
    assert 1000 <= persons < 10000  # the demo region: four digits, one thousands separator
    main_window.set_language("en")
    main_window.set_language(language)
    page = main_window.page("overview")
    region = page.model.rowCount() - 1
    assert page.model.index(region, 1).data() == f"{persons // 1000}{separator}{persons % 1000:03d}"


def test_charts_show_the_retirement_wave_and_the_vacancy_trend(main_window, demo_path, capsys, qtbot):
    page = main_window.page("overview")
    if not page.charts.built:
        with qtbot.waitSignal(page.charts_drawn, timeout=10000):
            pass
    now = summary_json(capsys, demo_path)
    before = summary_json(capsys, demo_path, "--round", "2024-12-31")
    (bars_55, series_55), (bars_60, series_60) = page.charts.retirement_chart._bars
    assert series_55.name == "55+" and series_60.name == "60+"
    # the shared view's shares: hidden occupations are left out, hidden shares have no bar
    shown = [o for o in now["occupations"] if o["persons"] != "x"]
    assert list(bars_55.opts["height"]) == pytest.approx([o["share_55_plus"] for o in shown
                                                          if o["share_55_plus"] != "x"])
    assert list(bars_60.opts["height"]) == pytest.approx([o["share_60_plus"] for o in shown
                                                          if o["share_60_plus"] != "x"])
    # ... and are marked x on the baseline instead, so they do not read as 0%
    hidden_shares = sum(o[key] == "x" for o in shown for key in ("share_55_plus", "share_60_plus"))
    assert hidden_shares > 0
    marks = page.charts.retirement_chart.marks
    assert [mark.toPlainText() for mark in marks] == ["x"] * hidden_shares
    assert all(mark.pos().y() == 0 for mark in marks)
    ticks = page.charts.retirement_chart.category_axis._tickLevels[0]
    assert [text for _, text in ticks] == [o["occupation"] for o in shown]
    (trend, _series), = page.charts.trend_chart._bars
    assert list(trend.opts["height"]) == [before["total"]["open_positions"], now["total"]["open_positions"]]
    # a round a year: named by its year under the bars, by its date in the tooltip
    assert [t for _, t in page.charts.trend_chart.category_axis._tickLevels[0]] == ["2024", "2025"]
    assert "31-12-2024: " in page.charts.trend_chart.toolTip()
    assert "Fictieve cijfers (demoregio)" in page.charts.trend_chart.toolTip()


def test_hidden_marks_follow_the_publication():
    """Occupation R has 3 persons (at A): its regional figures are hidden, whatever else is hidden to
    protect it; without a publication (no round) nothing is marked."""
    from datetime import date

    from hrplanner.domain.disclosure import publish
    from hrplanner.domain.records import RoundData, StaffingRecord
    from hrplanner.ui.pages.overview_figures import hidden_marks

    assert hidden_marks(None, ["R", "Z"]) == ["", "", ""]
    data = RoundData(date(2025, 12, 31))
    for organisation, occupation, n in [("A", "R", 3), ("A", "Z", 30), ("B", "Z", 30), ("C", "Z", 30)]:
        data.staffing.append(StaffingRecord(organisation, occupation, "35-44", "women", n, n * 0.8))
    publication = publish(data)
    marks = hidden_marks(publication, ["R", "Z"])
    assert marks[0] == "x"
    assert marks == ["x" if publication.occupation_hidden(code) else "" for code in ["R", "Z", None]]


def test_after_the_first_paint_figures_are_read_in_the_background_and_only_the_newest_is_shown(
        main_window, monkeypatch):
    """A round switch hands the reading to the background helper (the GUI thread only shows the result);
    when two switches overlap, the older result arriving last is dropped (ui/workers.LatestTask)."""
    from hrplanner.ui import workers

    page = main_window.page("overview")
    assert page._painted  # the window was shown: the first view was read at once
    register = main_window.context.register
    first, latest = [r.reference_date for r in register.rounds()]
    pending = []  # tasks started but not run: run below in the order the race needs
    monkeypatch.setattr(workers, "_launch", lambda task, synchronous: pending.append(task))
    main_window.context.set_round(first)
    figures = [t for t in pending if t.name == "overview figures"]
    assert len(figures) == 1 and page.summary.reference_date == latest  # not read here
    assert page.subheading.text() == "Cijfers inlezen…"
    main_window.context.set_round(latest)
    figures = [t for t in pending if t.name == "overview figures"]
    assert len(figures) == 2 and figures[0].token.cancelled  # the newer request cancels the older
    figures[1].execute()
    assert page.summary.reference_date == latest
    figures[0].execute()  # arrives late: dropped
    assert page.summary.reference_date == latest
    assert "Cijfers inlezen" not in page.subheading.text()


def test_a_previous_value_hidden_by_its_own_round_shows_the_mark(main_window):
    """The tooltips' previous-round values and the cards' changes go through the previous round's
    publication (services.publication.shown_change): hidden there, they show x, never the figure."""
    from hrplanner.services.publication import round_publication

    page = main_window.page("overview")
    model = page.model
    register = main_window.context.register
    before = model.previous_publication
    assert before is round_publication(register, model.summary.previous_date, before.rules)

    class HidesAll:  # a previous round whose publication hides every figure
        rules = before.rules

        def figure_hidden(self, name, organisation, occupation):  # noqa: ANN001, ANN201
            return True

    row = next(r for r in range(len(model.rows) - 1) if not model.cell_hidden(r, 1) and model.previous[r])
    tip = model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "(31-12-2024): x (x)" not in tip
    model.previous_publication = HidesAll()
    assert "(31-12-2024): x (x)" in model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    # the cards: a figure shown now keeps its value; its change is x
    page.figure_cards.show_summary(model.summary, model.publication, HidesAll())
    persons = next(card for card in page.cards if card.column.name == "persons")
    assert persons.value.text() != "x" and persons.change.text() == "x"
    model.previous_publication = before
    page.figure_cards.show_summary(model.summary, model.publication, before)
    assert persons.change.text() != "x"


def test_the_charts_follow_the_figures_and_never_for_a_round_switched_away(main_window, monkeypatch):
    """The round's publication arrives: the figures are shown at once, the charts in the next piece (the
    window repaints between). When another round is shown meanwhile, the older round's charts are not
    drawn."""
    from hrplanner.services.publication import round_publication

    page = main_window.page("overview")
    register = main_window.context.register
    summary = page.summary
    made = round_publication(register, summary.reference_date, page.model.publication.rules)
    drawn: list[tuple[object, str]] = []

    def charts():  # noqa: ANN202 - the two charts, a piece each
        drawn.append((page.summary, "retirement"))
        yield
        drawn.append((page.summary, "vacancy trend"))

    monkeypatch.setattr(page, "_charts_in_pieces", charts)
    pieces = page._published(summary, made)
    next(pieces)  # the figures
    assert page.figure_cards.isVisible() and drawn == []  # ... the charts not yet
    next(pieces)
    assert drawn == [(summary, "retirement")]  # a chart a piece
    assert list(pieces) == [] and drawn == [(summary, "retirement"), (summary, "vacancy trend")]
    drawn.clear()
    pieces = page._published(summary, made)
    next(pieces)
    next(pieces)
    page.summary = object()  # stands for another round's summary, shown meanwhile
    try:
        list(pieces)
    finally:
        page.summary = summary
    assert drawn == [(summary, "retirement")]  # the round switched away gets no more charts


def test_the_subheading_tells_how_far_the_publication_is_and_a_round_switched_away_stops_it(
        main_window, monkeypatch):
    """A publication still to be made (a large region's takes up to a minute) reports its progress in
    the subheading; once another round is shown, the progress stops the older one's work."""
    from hrplanner.services import publication as publication_service
    from hrplanner.ui import workers

    page = main_window.page("overview")
    register = main_window.context.register
    first, latest = [r.reference_date for r in register.rounds()]
    made = publication_service.round_publication  # the real one, at hand in this process
    told: list[str] = []
    stopped: list[str] = []

    def slow(register, day, rules=None, progress=None):  # noqa: ANN001, ANN202 - as round_publication
        publication = made(register, day, rules)
        if day == first:
            progress(0.424)
            told.append((page._subheading, page.subheading.text()))
            main_window.context.set_round(latest)  # the user moves on meanwhile: that round is shown
            [t for t in pending if t.name == "overview figures"][-1].execute()
            try:
                progress(0.5)
            except Exception as exc:  # noqa: BLE001 - the domain's Cancelled, whatever its module
                stopped.append(type(exc).__name__)
                raise
        return publication

    monkeypatch.setattr(publication_service, "round_publication", slow)
    pending = []
    monkeypatch.setattr(workers, "_launch", lambda task, synchronous: pending.append(task))
    main_window.context.set_round(first)
    next(t for t in pending if t.name == "overview figures").execute()
    assert page.summary.reference_date == first
    next(t for t in pending if t.name == "overview publication").execute()
    [(heading, text)] = told
    assert "31 december 2024" in heading
    assert text == heading + " \u2014 kleine aantallen controleren voordat de cijfers worden getoond (42%)\u2026"
    assert stopped == ["Cancelled"]
    assert page.summary.reference_date == latest
