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


class _Rows:
    """The server's published rows as the attack of test_disclosure reads a publication."""

    def __init__(self, rows):  # noqa: ANN001
        self.rows = rows

    def as_rows(self):  # noqa: ANN201
        return [{"table": r["measure"], "organisation": r["organisation"], "occupation": r["occupation"] or None,
                 "value": r["value"]} for r in self.rows if r["measure"] not in ("fte", "open_positions", "open_fte")]


def _data() -> RoundData:
    """Persons A-X 10, A-Y 3, B-X 7, C-X 12, C-Y 8; open positions A-X 6 (5.0 fte), B-X 2 (1.5 fte)."""
    return RoundData(date(2025, 12, 31), staffing=[
        StaffingRecord("A", "X", "<25", "women", 10, 8.0),
        StaffingRecord("A", "Y", "<25", "women", 3, 2.5),
        StaffingRecord("B", "X", "<25", "women", 7, 6.0),
        StaffingRecord("C", "X", "<25", "women", 12, 9.6),
        StaffingRecord("C", "Y", "<25", "women", 8, 6.4),
    ], establishment=[
        EstablishmentRecord("A", "X", None, 6, 5.0, 0),
        EstablishmentRecord("B", "X", None, 2, 1.5, 0),
    ])


def test_published_rows_are_the_publication_and_survive_the_attack():
    from hrplanner.domain.disclosure import Rules, publish
    from tests.unit.test_disclosure import attack_of

    data = _data()
    rows = published_rows(data, ["X", "Y"])
    # primary: A-Y (3 persons); the region's Y (A 3 + C 8 = 11) has two contributors
    assert _published(rows, "A", "Y", "persons") == (None, "x")
    assert _published(rows, None, "Y", "persons") == (None, "x")
    # every figure of the publication is a row, with its value or the mark, and nothing else is
    publication = publish(data, Rules(), ["X", "Y"])
    counts = [(r["organisation"], r["occupation"] or None, r["measure"], r["value"]) for r in rows
              if r["measure"] not in ("fte", "open_positions", "open_fte")]
    assert sorted(counts, key=repr) == sorted(((f["organisation"], f["occupation"], f["table"], f["value"])
                                               for f in publication.as_rows()), key=repr)
    # the true persons (summed here) where shown; fte and open positions hidden exactly where persons are
    persons = {("A", "X"): 10, ("A", "Y"): 3, ("B", "X"): 7, ("C", "X"): 12, ("C", "Y"): 8}
    fte = {("A", "X"): 8.0, ("A", "Y"): 2.5, ("B", "X"): 6.0, ("C", "X"): 9.6, ("C", "Y"): 6.4}
    open_positions = {("A", "X"): 6, ("B", "X"): 2}
    for organisation in ("A", "B", "C", None):
        for occupation in ("X", "Y", ""):
            def total(table):  # noqa: ANN001, ANN202
                return sum(v for (o, c), v in table.items()
                           if organisation in (None, o) and occupation in ("", c))
            value, shown = _published(rows, organisation, occupation, "persons")
            for measure, table in (("fte", fte), ("open_positions", open_positions)):
                amount = _published(rows, organisation, occupation, measure)
                if value is None:
                    assert amount == (None, "x")
                else:
                    assert amount[0] == pytest.approx(total(table))
            if value is not None:
                assert value == total(persons) and not 0 < value < 5
    assert _published(rows, "B", "Y", "persons") == (0.0, "0")  # a zero is shown
    assert attack_of(_Rows(rows)).exposed(5) == {}


def test_published_rows_refuse_what_the_audit_refuses(monkeypatch):
    """Rows are made only from an audited publication: a publication whose audit fails gives none."""
    from hrplanner.domain.disclosure import DisclosureError, publication as module
    from hrplanner.services import server_publish

    def refuse(self):  # noqa: ANN001, ANN202
        raise DisclosureError("refusing to publish: 1 hidden figure(s) can be worked out")

    monkeypatch.setattr(module.Publication, "audit", refuse)
    with pytest.raises(DisclosureError, match="refusing to publish"):
        server_publish.published_rows(_data(), ["X", "Y"])
