"""The scenario page: copy, rename and delete scenarios (undoable), edit parameters with validation and
undo/redo, levers that redraw the chart live, saving levers, and comparing two scenarios."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog

from hrplanner.domain.projection.levers import apply_levers, lever_changes, lever_defaults
from hrplanner.domain.projection.model import project
from hrplanner.domain.projection.params import Triple, to_flat
from hrplanner.services import projection as P
from hrplanner.services.register import Register
from hrplanner.ui import format as fmt
from hrplanner.ui.context import AppContext
from hrplanner.ui.models.scenario_compare import AdviceCompareModel
from hrplanner.ui.models.scenario_parameters import ParameterTableModel, parameter_label
from hrplanner.ui.pages.scenarios import ScenariosPage

LOW, MIDDLE, HIGH = ParameterTableModel.LOW, ParameterTableModel.MIDDLE, ParameterTableModel.HIGH


@pytest.fixture
def context(demo_path):
    fmt.set_language("en")
    context = AppContext()
    context.language = "en"
    context.set_register(Register.open(demo_path))
    yield context
    context.register.close()
    fmt.set_language("nl")


@pytest.fixture
def page(qtbot, context):
    page = ScenariosPage(context)
    qtbot.addWidget(page)
    page.resize(1180, 800)
    page.refresh()
    return page


def test_the_basis_is_derived_in_the_background(qtbot, context, in_background):
    page = ScenariosPage(context)
    qtbot.addWidget(page)
    with in_background():
        page.refresh()
        assert page.basis_set is None and page.heading.text() == "Reading the figures…"
        section = page.list_section
        assert not any(b.isEnabled() for b in (section.copy_button, section.rename_button, section.delete_button,
                                               section.description_button))
        qtbot.waitUntil(lambda: page.scenario_set is not None, timeout=20000)
    basis = P.basis(context.register)
    assert page.basis_set.params.keys() == basis.params.keys()
    assert page.heading.text().startswith("Scenario ")
    assert page.occupation_combo.count() == len(basis.params)


def names(context) -> list[str]:
    return [s.name for s in P.list_scenarios(context.register)]


def settle(qtbot, page: ScenariosPage) -> None:
    """Let the page's coalesced refresh run (it reloads on the next event-loop turn)."""
    qtbot.waitUntil(lambda: not page._refresh_timer.isActive(), timeout=2000)


def choose_occupation(page: ScenariosPage, code: str) -> None:
    page.occupation_combo.setCurrentIndex(page.occupation_combo.findData(code))


# --- scenarios ---------------------------------------------------------------------------------------


def test_the_basis_is_read_only_and_says_so(page):
    assert page.scenario_name == "basis"
    assert page.list_section.basis_note.text() == "Derived from the register; copy it to change."
    assert page.list_section.basis_note.isVisibleTo(page)
    assert not page.list_section.rename_button.isEnabled() and not page.list_section.delete_button.isEnabled()
    assert page.list_section.copy_button.isEnabled()
    index = page.parameters.parameter_model.index(0, MIDDLE)
    assert not page.parameters.parameter_model.flags(index) & page.parameters.parameter_model.flags(index).ItemIsEditable
    assert page.parameters.set_parameter("training.lever.intake", MIDDLE, "20") is False
    assert not page.lever_section.lever_save_button.isEnabled()


def test_copy_rename_delete_through_the_page_and_undo(qtbot, page, context):
    stack = context.undo_stack
    assert page.copy_scenario("Meer opleiden")
    assert names(context) == ["basis", "Meer opleiden"]
    assert page.scenario_name == "Meer opleiden" and not page.list_section.basis_note.isVisibleTo(page)
    P.set_parameters(context.register, "Meer opleiden", "GZ", {"training.lever.intake": Triple(9, 9, 9)})
    context.notify("scenario")
    settle(qtbot, page)
    assert page.copy_scenario("Kopie")  # a copy of a stored scenario keeps its parameters
    assert P.overrides(context.register, "Kopie") == {"GZ": {"training.lever.intake": Triple(9, 9, 9)}}
    assert page.rename_scenario("Variant B")
    assert names(context) == ["basis", "Meer opleiden", "Variant B"]
    assert page.scenario_name == "Variant B"
    assert page.delete_scenario(confirm=False)
    assert names(context) == ["basis", "Meer opleiden"]
    assert page.scenario_name == "basis"

    stack.undo()  # the delete: the scenario comes back with its parameters
    settle(qtbot, page)
    assert names(context) == ["basis", "Meer opleiden", "Variant B"]
    assert P.overrides(context.register, "Variant B") == {"GZ": {"training.lever.intake": Triple(9, 9, 9)}}
    stack.undo()  # the rename
    assert names(context) == ["basis", "Kopie", "Meer opleiden"]
    stack.undo()  # the copy
    assert names(context) == ["basis", "Meer opleiden"]
    stack.redo()
    assert P.overrides(context.register, "Kopie") == {"GZ": {"training.lever.intake": Triple(9, 9, 9)}}


def test_a_refused_name_changes_nothing(page, context, dialogs):
    assert page.copy_scenario("Plan")
    assert not page.copy_scenario("Plan")  # taken
    assert not page.copy_scenario("basis")  # reserved
    assert names(context) == ["basis", "Plan"]
    assert [m["title"] for m in dialogs.messages] == ["Scenario not changed"] * 2
    assert "already exists" in dialogs.messages[0]["text"]
    assert context.undo_stack.count() == 1  # only the successful copy


def test_copy_asks_for_a_name_in_a_dialog(page, context, monkeypatch):
    def accept(dialog):
        assert isinstance(dialog, QInputDialog)
        assert dialog.textValue() == "Copy of basis"
        dialog.setTextValue("Uit de dialoog")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QDialog, "exec", accept)
    page.list_section.copy_button.click()
    assert names(context) == ["basis", "Uit de dialoog"]


def test_delete_asks_first(page, context, dialogs):
    page.copy_scenario("Weg")
    dialogs.answers = [False]
    page.list_section.delete_button.click()
    assert names(context) == ["basis", "Weg"]
    dialogs.answers = [True]
    page.list_section.delete_button.click()
    assert names(context) == ["basis"]
    assert dialogs.messages[0]["text"] == "Delete scenario Weg?"


def test_description_is_saved_and_undone(qtbot, page, context):
    page.copy_scenario("Met tekst")
    page.list_section.description_edit.setPlainText("Twice the intake from 2027")
    assert page.list_section.description_button.isEnabled()
    page.list_section.description_button.click()
    info = next(s for s in P.list_scenarios(context.register) if s.name == "Met tekst")
    assert info.description == "Twice the intake from 2027"
    context.undo_stack.undo()
    settle(qtbot, page)
    info = next(s for s in P.list_scenarios(context.register) if s.name == "Met tekst")
    assert info.description == ""
    assert page.list_section.description_edit.toPlainText() == ""


# --- parameters ----------------------------------------------------------------------------------------


def test_a_parameter_edit_is_validated_saved_undone_and_redone(qtbot, page, context):
    register = context.register
    page.copy_scenario("Edits")
    choose_occupation(page, "GZ")
    key = "group.women.share"
    assert parameter_label(key) == "Share of persons (women)"
    before_figures = register.round_data(register.round())

    # not a number
    assert page.parameters.set_parameter(key, MIDDLE, "abc") is False
    assert page.parameters.parameter_error.text() == "Not saved: Share of persons (women) = abc: is not a number"
    # breaks the rule (validated by the service): the parameter (in words), the value and the rule are named
    assert page.parameters.set_parameter("training.duration", MIDDLE, "40") is False
    assert page.parameters.parameter_error.text() == ("Not saved: GZ: Training duration (years) = 40: must be "
                                                      "between 0 and 30 years")
    assert page.parameters.set_parameter("demand.unmet", HIGH, "1.5") is False
    assert page.parameters.parameter_error.text().startswith("Not saved: GZ: Unmet demand today = ")
    assert page.parameters.parameter_error.text().endswith("must be between 0 and 1")
    assert page.parameters.parameter_error.isVisibleTo(page)
    # low above middle
    assert page.parameters.set_parameter("training.lever.completion", LOW, "0.99") is False
    assert "low must not exceed middle" in page.parameters.parameter_error.text()
    assert P.overrides(register, "Edits") == {}
    assert context.undo_stack.count() == 1  # the copy only: refused edits leave no command
    assert register.round_data(register.round()).staffing == before_figures.staffing

    # a good value, typed the Dutch way (the UI is Dutch by default)
    fmt.set_language("nl")
    old = to_flat(page.scenario_set.params["GZ"])["training.lever.completion"]
    assert page.parameters.set_parameter("training.lever.completion", HIGH, "0,97") is True
    fmt.set_language("en")
    expected = Triple(old.low, old.mid, 0.97)
    assert P.overrides(register, "Edits") == {"GZ": {"training.lever.completion": expected}}
    settle(qtbot, page)
    assert not page.parameters.parameter_error.isVisibleTo(page)
    row = page.parameters.parameter_model.row_of("training.lever.completion")
    assert page.parameters.parameter_model.is_changed("training.lever.completion")
    assert page.parameters.parameter_model.index(row, HIGH).data() == "0.97"
    assert page.parameters.parameter_model.index(row, MIDDLE).data(page.parameters.parameter_model.VALUE_ROLE) == old.mid
    # GZ's parameters: 2 groups x (share, fte, 20 yearly outflow and 20 yearly retention points (issue 12),
    # training and other inflow shares) = 88, plus 6 years, persons, 7 training, other inflow and 13 demand
    total = len(to_flat(P.load(register).params["GZ"]))
    assert total == 2 * (1 + 1 + 20 + 20 + 1 + 1) + 6 + 1 + 7 + 1 + 13
    assert page.parameters.changed_label.text() == f"1 of {total} parameters differ from the register"

    context.undo_stack.undo()
    assert P.overrides(register, "Edits") == {}
    context.undo_stack.redo()
    assert P.overrides(register, "Edits") == {"GZ": {"training.lever.completion": expected}}
    settle(qtbot, page)

    # typing the middle of a certain value moves all three; the register's value removes the change
    intake = to_flat(page.basis_set.params["GZ"])["training.lever.intake"]
    assert intake.certain
    assert page.parameters.set_parameter("training.lever.intake", MIDDLE, "12") is True
    assert P.overrides(register, "Edits")["GZ"]["training.lever.intake"] == Triple(12, 12, 12)
    settle(qtbot, page)
    assert page.parameters.set_parameter("training.lever.intake", MIDDLE, str(intake.mid)) is True
    assert "training.lever.intake" not in P.overrides(register, "Edits")["GZ"]


def test_reset_to_register(qtbot, page, context):
    page.copy_scenario("Reset")
    choose_occupation(page, "JGP")
    assert page.parameters.set_parameter("demand.unmet", MIDDLE, "0.045")
    assert page.parameters.set_parameter("other_inflow.per_year", LOW, "50")
    settle(qtbot, page)
    assert set(P.overrides(context.register, "Reset")["JGP"]) == {"demand.unmet", "other_inflow.per_year"}
    assert page.parameters.reset_selected_parameters(["demand.unmet"])
    assert set(P.overrides(context.register, "Reset")["JGP"]) == {"other_inflow.per_year"}
    # through the button, on the selected row
    row = page.parameters.parameter_model.row_of("other_inflow.per_year")
    page.parameters.parameter_table.selectRow(row)
    assert page.parameters.reset_button.isEnabled()
    page.parameters.reset_button.click()
    assert P.overrides(context.register, "Reset") == {}
    context.undo_stack.undo()
    assert set(P.overrides(context.register, "Reset")["JGP"]) == {"other_inflow.per_year"}


# --- levers --------------------------------------------------------------------------------------------


def chart_supply(page: ScenariosPage) -> np.ndarray:
    return np.asarray(page.lever_section.lever_chart.supply_curve.getData()[1])


def test_more_lever_intake_raises_supply_after_adjustment_year_plus_duration(qtbot, page):
    choose_occupation(page, "JGP")
    base = page.lever_section.lever_base
    before = chart_supply(page).copy()
    demand_before = np.asarray(page.lever_section.lever_chart.demand_curve.getData()[1]).copy()
    intake = lever_defaults(base)["intake"]
    with qtbot.waitSignal(page.lever_section.redrawn, timeout=2000):
        page.lever_section.levers.rows["intake"].slider.setValue(page.lever_section.levers.rows["intake"].slider.value() + 20)
    after = chart_supply(page)
    assert page.lever_section.levers.values()["intake"] == pytest.approx(intake + 20)
    # Lever trainees start in the adjustment year (2027) and graduate after the training duration (4 years
    # for JGP): supply is unchanged up to 2031 and higher from 2032 on.
    first = base.adjustment_year - base.base_year + int(base.training.duration.mid)
    assert first == 6
    np.testing.assert_allclose(after[:first + 1], before[:first + 1], atol=1e-9)
    assert np.all(after[first + 1:] > before[first + 1:])
    np.testing.assert_allclose(np.asarray(page.lever_section.lever_chart.demand_curve.getData()[1]), demand_before)
    # exactly the projection with those parameters; the scenario itself is unchanged
    expected = project(apply_levers(base, page.lever_section.levers.values(), "middle"), "middle")
    np.testing.assert_allclose(after, expected.supply_fte)
    assert page.lever_section.lever_chart.has_reference  # the scenario without levers, dotted
    assert page.lever_section.lever_cards.cards[0].advice.current_intake == pytest.approx(intake + 20)
    # the graduates of one extra trainee a year: 20 x completion x retention x fte in the first year
    g = base.groups
    first_year = sum(20 * base.training.lever.completion.mid * grp.training_share.mid *
                     grp.retention.at(1) * grp.fte.at(first + 1) for grp in g)
    assert after[first + 1] - before[first + 1] == pytest.approx(first_year, rel=1e-9)


def test_levers_in_every_direction(qtbot, page):
    choose_occupation(page, "PM")
    before = chart_supply(page).copy()
    gap_before = np.asarray(page.lever_section.lever_chart.gap_curve.getData()[1]).copy()
    for key, value, supply_sign in (("outflow", 1.2, -1), ("retention", 1.2, 1), ("fte", 1.1, 1),
                                    ("other_inflow", lever_defaults(page.lever_section.lever_base)["other_inflow"] + 10, 1)):
        page.lever_section.levers.reset()
        with qtbot.waitSignal(page.lever_section.redrawn, timeout=2000):
            page.lever_section.levers.set_value(key, value)
        after = chart_supply(page)
        assert np.all(np.sign(after[1:] - before[1:]) == supply_sign), key
    page.lever_section.levers.reset()
    with qtbot.waitSignal(page.lever_section.redrawn, timeout=2000):
        page.lever_section.levers.set_value("trend.epidemiology", 0.02)
    gap = np.asarray(page.lever_section.lever_chart.gap_curve.getData()[1])
    assert np.all(gap[1:] > gap_before[1:])  # more demand growth, larger gap
    with qtbot.waitSignal(page.lever_section.redrawn, timeout=2000):
        page.lever_section.lever_reset_button.click()
    np.testing.assert_allclose(chart_supply(page), before)
    assert page.lever_section.levers.moved() == []


def test_a_burst_of_lever_moves_is_one_redraw(qtbot, page):
    choose_occupation(page, "GZ")
    redraws = []
    page.lever_section.redrawn.connect(lambda: redraws.append(1))
    slider = page.lever_section.levers.rows["intake"].slider
    for step in range(1, 11):
        slider.setValue(slider.value() + 1)
    assert redraws == []  # computed, not yet drawn
    qtbot.waitUntil(lambda: redraws == [1], timeout=2000)
    expected = project(apply_levers(page.lever_section.lever_base, page.lever_section.levers.values()))
    np.testing.assert_allclose(chart_supply(page), expected.supply_fte)


def test_save_levers_to_a_stored_scenario_and_as_a_new_one(qtbot, page, context):
    register = context.register
    choose_occupation(page, "KJP")
    assert not page.lever_section.lever_save_button.isEnabled()  # basis
    page.lever_section.levers.set_value("intake", 10)
    page.lever_section.levers.set_value("unmet", 0.05)
    assert page.lever_section.save_levers_as_new("Meer KJP")
    assert page.scenario_name == "Meer KJP"
    stored = P.overrides(register, "Meer KJP")["KJP"]
    assert stored["training.lever.intake"] == Triple(10, 10, 10)
    basis_unmet = to_flat(page.basis_set.params["KJP"])["demand.unmet"]
    shift = 0.05 - basis_unmet.mid
    assert stored["demand.unmet"].mid == pytest.approx(0.05)
    assert stored["demand.unmet"].low == pytest.approx(basis_unmet.low + shift)
    assert set(stored) == {"training.lever.intake", "demand.unmet"}
    # the levers now stand at the scenario's values, unmoved
    choose_occupation(page, "KJP")
    assert page.lever_section.levers.moved() == []
    assert page.lever_section.levers.values()["intake"] == 10

    with qtbot.waitSignal(page.lever_section.redrawn, timeout=2000):
        page.lever_section.levers.set_value("intake", 14)
    assert page.lever_section.lever_save_button.isEnabled()
    assert page.lever_section.save_levers()
    assert P.overrides(register, "Meer KJP")["KJP"]["training.lever.intake"] == Triple(14, 14, 14)
    context.undo_stack.undo()
    assert P.overrides(register, "Meer KJP")["KJP"]["training.lever.intake"] == Triple(10, 10, 10)
    context.undo_stack.undo()  # the new scenario as a whole
    assert names(context) == ["basis"]


# --- compare -------------------------------------------------------------------------------------------


def test_compare_shows_the_parameters_and_advice_that_differ(qtbot, page, context):
    register = context.register
    P.create_scenario(register, "Meer opleiden")
    P.set_parameters(register, "Meer opleiden", "JGP", {"training.lever.intake": Triple(40, 40, 40)})
    context.notify("scenario")
    settle(qtbot, page)
    page.tabs.setCurrentIndex(2)
    page.compare_section.set_compare("basis", "Meer opleiden")
    rows = [page.compare_section.difference_model.data(page.compare_section.difference_model.index(r, 0), page.compare_section.difference_model.ROW_ROLE)
            for r in range(page.compare_section.difference_model.rowCount())]
    assert [(r.code, r.key, r.a, r.b) for r in rows] == [("JGP", "training.lever.intake", Triple(6, 6, 6),
                                                          Triple(40, 40, 40))]
    assert page.compare_section.difference_model.index(0, 3).data() == "40"
    assert page.compare_section.compare_caption.text() == "1 parameters differ in 1 occupations; highlighted advice differs."
    # the advice table: the lever intake itself does not change the advice, but "now" does and the gap falls
    comparison = P.compare(register, "basis", "Meer opleiden")
    model = page.compare_section.advice_model
    row = model.codes.index("JGP")
    for k in range(2):
        a = model.index(row, 1 + 2 * k).data(AdviceCompareModel.VALUE_ROLE)
        b = model.index(row, 2 + 2 * k).data(AdviceCompareModel.VALUE_ROLE)
        assert a == comparison.results_a["JGP"].advice[k].intake_clipped
        assert b == comparison.results_b["JGP"].advice[k].intake_clipped
    # every other occupation: the same advice in A and B
    for r, code in enumerate(model.codes):
        if code != "JGP":
            assert model.index(r, 1).data() == model.index(r, 2).data()
    # the chart: the gap of the chosen occupation in A and B
    choose_occupation(page, "JGP")
    gap_a = page.compare_section.compare_chart.curve_a.getData()[1]
    gap_b = page.compare_section.compare_chart.curve_b.getData()[1]
    np.testing.assert_allclose(gap_a, comparison.results_a["JGP"].gap_fte)
    np.testing.assert_allclose(gap_b, comparison.results_b["JGP"].gap_fte)
    assert np.all(gap_b[7:] < gap_a[7:])  # 34 more trainees a year graduate from 2031 on
    np.testing.assert_allclose(gap_b[:7], gap_a[:7])


def test_models_pass_the_model_tester(qtbot, page, context, qtmodeltester):
    page.copy_scenario("Model")
    page.tabs.setCurrentIndex(2)
    page.compare_section.set_compare("basis", "Model")
    qtmodeltester.check(page.parameters.parameter_model)
    qtmodeltester.check(page.list_model)
    qtmodeltester.check(page.compare_section.difference_model)
    qtmodeltester.check(page.compare_section.advice_model)


def test_lever_arithmetic_shifts_and_scales_within_the_rules(page):
    params = page.basis_set.params["PM"]
    flat = to_flat(params)
    changes = lever_changes(params, {"outflow": 1.5, "unmet": 0.0, "retention": 2.0, "intake": 30})
    for key, t in changes.items():
        if ".outflow." in key:
            old = flat[key]
            assert t == Triple(*(min(1.0, v * 1.5) for v in (old.low, old.mid, old.high)))
        if ".retention." in key:
            assert t.high <= 1.0
    unmet = flat["demand.unmet"]
    assert changes["demand.unmet"] == Triple(max(0.0, unmet.low - unmet.mid), 0.0, unmet.high - unmet.mid)
    assert changes["training.lever.intake"] == Triple(30, 30, 30)
    assert lever_changes(params, lever_defaults(params)) == {}
    assert apply_levers(params, lever_defaults(params)) is params


def test_only_changed_parameters_can_be_listed(qtbot, page, context):
    page.copy_scenario("Filter")
    choose_occupation(page, "GZ")
    assert page.parameters.set_parameter("demand.trend.professional", HIGH, "0.01")
    assert page.parameters.set_parameter("training.lever.intake", MIDDLE, "11")
    settle(qtbot, page)
    view = page.parameters.parameter_table.model()
    # every parameter, the four 20-year curves each as one row: 116 - 4 x 20 + 4 = 40
    assert len(to_flat(P.load(context.register).params["GZ"])) == 116
    assert view.rowCount() == 40
    page.parameters.only_changed.setChecked(True)
    shown = [view.index(r, 0).data(ParameterTableModel.KEY_ROLE) for r in range(view.rowCount())]
    assert shown == page.parameters.parameter_model.changed_keys()
    assert "training.lever.intake" in shown
    # resetting the only row shown through the filtered view
    page.parameters.parameter_table.selectRow(shown.index("training.lever.intake"))
    page.parameters.reset_button.click()
    assert "training.lever.intake" not in P.overrides(context.register, "Filter").get("GZ", {})


def test_a_scenario_named_with_a_placeholder_shows_as_typed(page):
    """targs fills %1 and %2 at once: a name containing "%2" is not filled in again (issue 14 item 7)."""
    assert page.copy_scenario("x%2")
    assert page.scenario_name == "x%2"
    from datetime import date

    from hrplanner.ui import format as fmt

    assert page.heading.text() == f"Scenario x%2, from the round of {fmt.fmt_date(date(2025, 12, 31))}"


def test_the_translation_helper_fills_each_placeholder_once():
    from hrplanner.ui.labels import targs

    assert targs("%1 and %2", "x%2", "y") == "x%2 and y"
    assert targs("%2 before %1", "a", "b") == "b before a"
    assert targs("%1 of %3", "a") == "a of %3"  # a placeholder without a value stays


def test_a_scenario_name_that_looks_like_markup_shows_as_typed(page):
    """User text is never read as rich text (issue 14 item 7): the tags show, nothing turns bold."""
    from PySide6.QtCore import Qt

    assert page.copy_scenario("<b>vet</b>")
    assert "Scenario <b>vet</b>," in page.heading.text()
    assert page.heading.textFormat() == Qt.TextFormat.PlainText


def test_the_list_counts_changes_with_dutch_plurals(qtbot, page, context, dutch):
    """Plurals through Qt's %n forms: "1 wijziging", "2 wijzigingen" (issue 13 item 4); a change is a
    parameter that differs from the register."""
    page.copy_scenario("Meer")
    choose_occupation(page, "GZ")

    def shown() -> str:
        model = page.list_model
        return model.index(model.row_of("Meer")).data()

    assert page.parameters.set_parameter("training.lever.completion", HIGH, "0,97") is True
    page.apply_now()
    assert shown() == "Meer (1 wijziging)"
    assert page.parameters.set_parameter("training.lever.intake", MIDDLE, "12") is True
    page.apply_now()
    assert shown() == "Meer (2 wijzigingen)"


def test_a_long_curve_is_one_row_that_opens_to_its_years(qtbot, page, context):
    page.copy_scenario("Curves")
    choose_occupation(page, "GZ")
    model = page.parameters.parameter_model
    # GZ: 116 parameters, of which 4 curves of 20 yearly points (outflow and retention, women and men):
    # 116 - 4 x 20 + 4 curve rows = 40 rows
    assert len(model.keys) == 116 and model.rowCount() == 40
    outflow = model.rows.index("curve:group.women.outflow")
    assert model.index(outflow, 0).data() == "\u25b8 Outflow, cumulative (women): 20 years"
    assert not model.flags(model.index(outflow, MIDDLE)) & Qt.ItemFlag.ItemIsEditable
    values = to_flat(page.scenario_set.params["GZ"])
    first, last = values["group.women.outflow.1"].mid, values["group.women.outflow.20"].mid
    # the first and the last year, two decimals (as the app writes numbers)
    assert model.index(outflow, MIDDLE).data() == f"{fmt.fmt_number(first, 2)} \u2026 {fmt.fmt_number(last, 2)}"
    # a click on its name opens it: its 20 years follow it, indented
    table = page.parameters.parameter_table
    page.parameters._clicked(page.parameters.parameter_filter.mapFromSource(model.index(outflow, 0)))
    assert model.rowCount() == 60
    assert model.index(outflow + 1, 0).data() == "    Outflow, cumulative (women), year 1"
    assert model.index(outflow + 20, 0).data() == "    Outflow, cumulative (women), year 20"
    model.toggle_row(outflow)
    assert model.rowCount() == 40
    # editing a year opens its curve; the curve's row is marked changed, and only-changed shows it
    year5 = values["group.women.outflow.5"]
    assert page.parameters.set_parameter("group.women.outflow.5", MIDDLE, str((year5.low + year5.mid) / 2)) is True
    settle(qtbot, page)
    model = page.parameters.parameter_model
    assert model.row_changed(model.rows.index("curve:group.women.outflow"))
    page.parameters.only_changed.setChecked(True)
    shown = [page.parameters.parameter_filter.index(r, 0).data(ParameterTableModel.KEY_ROLE)
             for r in range(page.parameters.parameter_filter.rowCount())]
    assert shown == ["group.women.outflow", "group.women.outflow.5"]
    # the curve's row selected: reset sets all its years back to the register
    page.parameters.only_changed.setChecked(False)
    row = model.rows.index("curve:group.women.outflow")
    table.setCurrentIndex(page.parameters.parameter_filter.mapFromSource(model.index(row, 0)))
    assert page.parameters.selected_keys() == [f"group.women.outflow.{y}" for y in range(1, 21)]
    assert page.parameters.reset_selected_parameters() is True
    assert P.overrides(context.register, "Curves") == {}
