"""Pieces of the server register that need no server: the address rules and the published rows."""

from __future__ import annotations

from datetime import date

import pytest

from hrplanner.db.server.address import ServerAddressError, is_server_url, parse_server_url
from hrplanner.domain.records import EstablishmentRecord, RoundData, StaffingRecord
from hrplanner.services.server_publish import published_rows


def test_an_address_names_user_host_port_and_database():
    address = parse_server_url("postgresql://bram@db.example:6543/twente")
    assert (address.user, address.host, address.port, address.database) == ("bram", "db.example", 6543, "twente")
    assert parse_server_url("postgres://bram@db/twente").port == 5432
    assert address.keyring_key == "bram@db.example:6543/twente"
    assert address.name == "twente (db.example:6543)"
    assert is_server_url("postgresql://x@y/z") and not is_server_url("regio.hrplan")
    assert not is_server_url("postgresql.hrplan")


@pytest.mark.parametrize(("text", "rule"), [
    ("postgresql://bram:geheim@db/twente", "must not contain a password"),
    ("postgresql://db/twente", "must name the user"),
    ("postgresql://bram@/twente", "must name the host"),
    ("postgresql://bram@db", "must name the database"),
    ("postgresql://bram@db:99999/twente", "port must be a number"),
    ("postgresql://bram@db/twente?sslmode=disable", "must not have ?options"),
    ("postgresql://br am@db/twente", "must start with a letter"),
    ("mysql://bram@db/twente", "must start with postgresql://"),
])
def test_a_wrong_address_names_the_rule(text, rule):
    with pytest.raises(ServerAddressError, match=rule.replace("?", r"\?")) as refused:
        parse_server_url(text)
    assert "geheim" not in str(refused.value)


def _published(rows, organisation, occupation, measure):
    found = [r for r in rows if (r["organisation"], r["occupation"], r["measure"]) == (organisation, occupation, measure)]
    assert len(found) == 1, (organisation, occupation, measure)
    return found[0]["value"], found[0]["shown"]


def test_published_rows_hide_small_counts_and_what_gives_them_away():
    # persons: A-X 10, A-Y 3, B-X 7, B-Y none -> totals A 13, B 7, X 17, Y 3, region 20.
    # Primary: A-Y (3) and the region's Y (3). Secondary, rows first: row A has one hidden -> its
    # smallest other non-zero, A-X (10); the totals row has one (Y) -> X's total (17, before 20).
    # Then every line has 0 or 2 hidden: row A (10, 3), totals row (17, 3), column X (10, 17),
    # column Y (3, 3). B-X 7, A's 13, B's 7 and the region's 20 show; a + y = 13 and a + 7 = x,
    # x + y = 20 leave one unknown free, so nothing can be worked out.
    data = RoundData(date(2025, 12, 31), staffing=[
        StaffingRecord("A", "X", "<25", "women", 10, 8.0),
        StaffingRecord("A", "Y", "<25", "women", 3, 2.5),
        StaffingRecord("B", "X", "<25", "women", 7, 6.0),
    ], establishment=[
        EstablishmentRecord("A", "X", None, 6, 5.0, 0),
        EstablishmentRecord("B", "X", None, 2, 1.5, 0),
    ])
    rows = published_rows(data, ["X", "Y"])
    assert _published(rows, None, "", "persons") == (20.0, "20")
    assert _published(rows, None, "", "fte") == (16.5, "16.5")  # 8.0 + 2.5 + 6.0
    # one mark, x, for every hidden figure (domain.disclosure), so the mark gives no range away
    assert _published(rows, "A", "Y", "persons") == (None, "x")
    assert _published(rows, "A", "Y", "fte") == (None, "x")
    assert _published(rows, None, "Y", "persons") == (None, "x")
    for organisation, occupation in (("A", "X"), (None, "X")):
        assert _published(rows, organisation, occupation, "persons") == (None, "x"), (organisation, occupation)
        assert _published(rows, organisation, occupation, "fte") == (None, "x"), (organisation, occupation)
    assert _published(rows, "B", "X", "persons") == (7.0, "7")
    assert _published(rows, "B", "X", "fte") == (6.0, "6.0")
    assert _published(rows, "A", "", "persons") == (13.0, "13")
    assert _published(rows, "A", "", "fte") == (10.5, "10.5")  # 8.0 + 2.5
    assert _published(rows, "B", "Y", "persons") == (0.0, "0")
    # open positions: A-X 6, B-X 2 -> B-X and B's total (2) primary; rows A and B and the totals row
    # have 0 or 2 hidden; column X then has one -> A-X (6), the totals column one -> A's total (6).
    # The region's X (8) and total (8) show.
    assert _published(rows, "B", "X", "open_positions") == (None, "x")
    assert _published(rows, "A", "X", "open_positions") == (None, "x")
    assert _published(rows, "A", "", "open_positions") == (None, "x")
    assert _published(rows, None, "X", "open_positions") == (8.0, "8")
    assert _published(rows, None, "X", "open_fte") == (6.5, "6.5")  # 5.0 + 1.5
    # every element of both extended tables (3 x 3) has a count and an amount row
    assert len(rows) == 2 * 2 * 9
    assert not [r for r in rows if r["measure"] in ("persons", "open_positions") and r["value"]
                and 0 < r["value"] < 5]
