"""What the steering group may read from a server register: a round's publication by the disclosure
layer (:func:`hrplanner.services.publication.publication_for`, the same one the meeting workbook and the
pages' steering view read), as rows for the server's ``published_figure`` table.

Every figure of the publication becomes a row (``measure`` = its table: persons, persons_55_plus,
trainees, joiners, leavers_to_retirement, ...; ``organisation`` None = the region, ``group:KIND`` = a
peer group; ``occupation`` "" = all occupations). Beside the persons of every organisation x occupation,
organisation and occupation, the rows carry its fte, open positions and open fte, hidden where its
persons are (as on the workbook's per-organisation sheet). The publication has survived the interval
attack before any row is made; otherwise a ServiceError says why and nothing is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

from hrplanner.domain.disclosure.rules import MARK, Rules
from hrplanner.domain.records import RoundData

#: The amounts that go with the persons of a group (hidden with them).
AMOUNTS = ("fte", "open_positions", "open_fte")
MEASURES = ("persons", *AMOUNTS)


def _text(value: float, digits: int) -> str:
    return str(Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP))


def _amounts(data: RoundData) -> dict[tuple[str | None, str | None], dict[str, float]]:
    """fte, open positions and open fte per (organisation, occupation) with every total (None)."""
    out: dict[tuple[str | None, str | None], dict[str, float]] = {}

    def add(organisation: str, occupation: str, measure: str, value: float) -> None:
        for o in (organisation, None):
            for c in (occupation, None):
                cell = out.setdefault((o, c), dict.fromkeys(AMOUNTS, 0.0))
                cell[measure] += value

    for r in data.staffing:
        add(r.organisation, r.occupation, "fte", r.fte)
    for r in data.establishment:
        add(r.organisation, r.occupation, "open_positions", r.open_positions)
        add(r.organisation, r.occupation, "open_fte", r.open_fte)
    return out


def rows_of(publication, data: RoundData) -> list[dict[str, object]]:  # noqa: ANN001 - a Publication
    """The published rows of an audited publication of ``data`` (see the module docstring)."""
    publication.audit()  # a DisclosureError before anything is made
    amounts = _amounts(data)
    out: list[dict[str, object]] = []
    for row in publication.as_rows():
        value, table = row["value"], row["table"]
        organisation, occupation = row["organisation"], row["occupation"]
        out.append({"organisation": organisation, "occupation": occupation or "", "measure": table,
                    "value": None if value is None else float(value),
                    "shown": MARK if value is None else _text(value, 0)})
        if table != "persons" or (organisation or "").startswith("group:"):
            continue
        extra = amounts.get((organisation, occupation), dict.fromkeys(AMOUNTS, 0.0))
        for measure in AMOUNTS:
            amount = extra[measure]
            digits = 0 if measure == "open_positions" else 1
            out.append({"organisation": organisation, "occupation": occupation or "", "measure": measure,
                        "value": None if value is None else round(float(amount), 6),
                        "shown": MARK if value is None else _text(amount, digits)})
    return out


def published_rows(data: RoundData, occupations: Sequence[str], rules: Rules | None = None,
                   groups: dict[str, list[str]] | None = None) -> list[dict[str, object]]:
    """The published rows of a round's figures (without a register: the order and groups given)."""
    from hrplanner.domain.disclosure.publication import publish

    return rows_of(publish(data, rules or Rules(), occupations, groups), data)
