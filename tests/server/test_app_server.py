"""The app on a server register: File > Connect to server…, the password in the keyring only, the
hr-lead's start page (own figures of the open round beside the region's published ones) and the
steering group's single page."""

from __future__ import annotations

import sqlite3

import pytest

from hrplanner.db.server.address import parse_server_url
from tests.ui.conftest import dialogs, dutch, main_window, settings_dir, sync_workers, ui_language  # noqa: F401

from .conftest import ORG_A, PASSWORDS


@pytest.fixture
def memory_keyring():
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1

        def __init__(self):
            super().__init__()
            self.store: dict = {}

        def get_password(self, service, username):
            return self.store.get((service, username))

        def set_password(self, service, username, password):
            self.store[(service, username)] = password

        def delete_password(self, service, username):
            self.store.pop((service, username), None)

    previous = keyring.get_keyring()
    memory = Memory()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


def visible_pages(window) -> list[str]:
    return [p.page_id for i, p in enumerate(window.pages()) if not window.navigation.item(i).isHidden()]


def table_rows(page) -> list[list[str]]:
    return [list(row) for row in page.model.rows]


def test_hr_lead_starts_on_own_figures_beside_the_region(main_window, pg, base_register, demo_template,
                                                        memory_keyring, settings_dir):
    address = parse_server_url(pg.url("lead_a", base_register))
    main_window.server_actions.connect_to(address, PASSWORDS["lead_a"], remember=True)
    register = main_window.context.register
    assert register.on_server and register.role == "hr-lead"
    with sqlite3.connect(demo_template) as db:
        day, = db.execute("SELECT max(reference_date) FROM round WHERE NOT closed").fetchone()
        own = db.execute("SELECT sum(s.persons) FROM staffing s JOIN round r ON r.id = s.round_id "
                         "JOIN organisation o ON o.id = s.organisation_id WHERE r.reference_date = ? AND o.name = ?",
                         (day, ORG_A)).fetchone()[0]
        region = db.execute("SELECT sum(s.persons) FROM staffing s JOIN round r ON r.id = s.round_id "
                            "WHERE r.reference_date = ?", (day,)).fetchone()[0]
    assert main_window.context.current_round.isoformat() == day
    page = main_window.current_page()
    assert page.page_id == "shared_figures"
    assert page.heading.text() == f"{ORG_A} en de regio"
    total = table_rows(page)[-1]
    # Dutch numbers: the own persons with a thousands separator, the region's as published
    assert total[1] == f"{own:,}".replace(",", ".")
    assert total[4] == f"{region:,}".replace(",", ".")
    # the password went to the keyring, never to the settings
    assert memory_keyring.store == {("hrplanner", address.keyring_key): PASSWORDS["lead_a"]}
    stored = "".join(p.read_text(errors="replace") for p in settings_dir.rglob("*") if p.is_file())
    assert address.url in stored and PASSWORDS["lead_a"] not in stored
    # the register pages show only the own organisation
    assert [o.name for o in register.organisations()] == [ORG_A]
    assert "register_figures" in visible_pages(main_window)


def test_steering_sees_only_the_published_figures(main_window, pg, base_register, memory_keyring):
    main_window.server_actions.connect_to(parse_server_url(pg.url("steer", base_register)), PASSWORDS["steer"],
                                          remember=False)
    assert visible_pages(main_window) == ["shared_figures"]
    page = main_window.current_page()
    rows = table_rows(page)
    assert any(row[0] == ORG_A for row in rows)
    assert any("x" in row for row in rows)
    assert memory_keyring.store == {}


def test_a_refused_login_brings_the_dialog_back_with_the_reason(main_window, pg, base_register, dialogs,
                                                               memory_keyring):
    before = main_window.context.register
    main_window.server_actions.connect_to(parse_server_url(pg.url("lead_a", base_register)), "wrong-password")
    assert main_window.context.register is before
    shown = dialogs.dialogs[-1]
    assert shown.objectName() == "connect_dialog"
    assert "wrong or missing password" in shown.message.text()
    assert shown.user.text() == "lead_a" and shown.database.text() == base_register
    assert memory_keyring.store == {}


def test_the_dialog_names_the_field_that_is_wrong(qtbot):
    from hrplanner.ui.dialogs.connect_dialog import ConnectDialog

    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    dialog.user.setText("lead_a")
    dialog.database.setText("bad name")
    dialog.accept()
    assert "Database = 'bad name'" in dialog.message.text()
    assert dialog.result() == 0


def test_a_save_over_someone_elses_newer_value_is_refused_in_the_app(main_window, pg, register_db, memory_keyring):
    from hrplanner.services.editing import Change, Editor
    from hrplanner.services.register import Register

    main_window.server_actions.connect_to(parse_server_url(pg.url("lead_a", register_db)), PASSWORDS["lead_a"])
    main_window.show_page("register_figures")
    page = main_window.current_page()
    model = page.staffing.model
    assert model.rowCount() > 0
    row = next(i for i in range(model.rowCount()) if model.rows()[i].values[3] is not None
               and model.is_editable(i, 3))
    cell = model.cell(model.rows()[row], 3)
    seen = model.rows()[row].values[3]
    # a colleague saves the same figure first
    with Register.open(pg.url("lead_a2", register_db), password=PASSWORDS["lead_a2"]) as other:
        Editor(other).apply_changes([Change(cell, seen + 2, expected=seen)], confirm_warnings=True)
    messages: list[str] = []
    model.message.connect(messages.append)
    assert model.setData(model.index(row, 3), str(seen + 5)) is False
    assert messages and f"to {seen + 2} while you changed {seen} to {seen + 5}" in messages[-1]
    assert "lead_a2" in messages[-1]
    with pg.connect("coord", register_db) as conn:
        org_id, occ_id = conn.execute(
            "SELECT o.id, c.id FROM organisation o, occupation c WHERE o.name = %s AND c.code = %s",
            (cell.organisation, cell.occupation)).fetchone()
        stored = conn.execute(
            "SELECT persons FROM staffing s JOIN round r ON r.id = s.round_id WHERE organisation_id = %s "
            "AND occupation_id = %s AND r.reference_date = %s AND age_band = %s AND sex = %s",
            (org_id, occ_id, cell.round, *cell.detail)).fetchone()[0]
    assert stored == seen + 2
    # the table now shows the colleague's value
    assert model.rows()[row].values[3] == seen + 2


def test_a_coordinators_change_is_published_for_the_steering_group(main_window, pg, register_db, memory_keyring):
    """An edit in the coordinator's app publishes the round again (ui/server_publisher.py): the
    region's published persons move by the change, with a newer stamp; the steering page says when."""
    main_window.server_actions.connect_to(parse_server_url(pg.url("coord", register_db)), PASSWORDS["coord"])
    register = main_window.context.register
    assert register.role == "coordinator"
    day = main_window.context.current_round

    def region_persons():  # noqa: ANN202
        with pg.connect("coord", register_db) as conn:
            return conn.execute("SELECT value, published_at FROM published_figures WHERE round_date = %s AND "
                                "organisation IS NULL AND occupation = '' AND measure = 'persons'",
                                (day,)).fetchone()

    total, stamp = region_persons()
    main_window.show_page("register_figures")
    model = main_window.current_page().staffing.model
    row = next(i for i in range(model.rowCount()) if model.rows()[i].values[3] is not None
               and model.is_editable(i, 3))
    seen = model.rows()[row].values[3]
    assert model.setData(model.index(row, 3), str(seen + 7)) is True
    new_total, new_stamp = region_persons()
    assert new_total == total + 7 and new_stamp > stamp
    # the steering group reads the new figures with the time they were published
    main_window.server_actions.connect_to(parse_server_url(pg.url("steer", register_db)), PASSWORDS["steer"])
    page = main_window.current_page()
    assert new_stamp.strftime("%d-%m-%Y %H:%M") in page.caption.text() and "coord" in page.caption.text()


def test_the_steering_page_names_a_peer_group_by_its_kind(main_window, pg, base_register, memory_keyring):
    main_window.server_actions.connect_to(parse_server_url(pg.url("steer", base_register)), PASSWORDS["steer"],
                                          remember=False)
    names = {row[0] for row in table_rows(main_window.current_page())}
    assert not [n for n in names if n.startswith("group:")]
    # the demo's 16 providers and 4 access teams are published as groups (fewer than 3: not)
    groups = [n for n in names if n.startswith(("Soort:", "Kind:"))]
    assert len(groups) == 2
