"""Inserting a round's figures: each record lands with its organisation's and occupation's ids, whether
the names are looked up in one list (an import: one organisation) or the whole tables are read (many)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from hrplanner.db import repositories as repo
from hrplanner.db.models import Organisation
from tests.unit.helpers import small_register

STORED_STAFFING = (
    "SELECT organisation.name, occupation.code, staffing.age_band, staffing.persons FROM staffing "
    "JOIN organisation ON organisation.id = staffing.organisation_id "
    "JOIN occupation ON occupation.id = staffing.occupation_id "
    "JOIN round ON round.id = staffing.round_id WHERE round.reference_date = (SELECT max(reference_date) FROM round)")
STORED_SICKNESS = (
    "SELECT organisation.name, sickness.percentage FROM sickness "
    "JOIN organisation ON organisation.id = sickness.organisation_id")


@pytest.mark.parametrize("in_one_list", [500, 1])
def test_every_record_gets_the_ids_of_its_names(tmp_path, monkeypatch, in_one_list):
    monkeypatch.setattr(repo, "_IDS_IN_ONE_LIST", in_one_list)  # 1: the two organisations as a whole table
    register = small_register(tmp_path / "r.hrplan")  # written with insert_figures
    try:
        data = register.round_data(register.rounds()[-1])
        with register.engine.connect() as conn:
            staffing = conn.execute(text(STORED_STAFFING)).all()
            sickness = conn.execute(text(STORED_SICKNESS)).all()
        assert sorted(staffing) == sorted((s.organisation, s.occupation, s.age_band, s.persons) for s in data.staffing)
        assert ("A", 5.5) in sickness and ("B", 7.0) in sickness
    finally:
        register.close()


def test_only_the_ids_of_the_names_asked_for_are_read(tmp_path):
    register = small_register(tmp_path / "r.hrplan")
    try:
        with register.session() as session:
            every = dict(session.exec(repo.select(Organisation.name, Organisation.id)).all())
            assert repo._ids(Organisation.name, Organisation.id, {"B"}, session) == {"B": every["B"]}
            assert repo._ids(Organisation.name, Organisation.id, set(), session) == {}
    finally:
        register.close()
