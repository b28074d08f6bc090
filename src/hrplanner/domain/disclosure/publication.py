"""A round's shared figures: which counts every shared output may show (:func:`publish`).

The blocks of one round (:mod:`.tables`), each a table of organisations x occupations with totals:

- ``persons``: every organisation x occupation cell, the organisations' totals, the occupations'
  regional totals and the region's total (the tables of the workbook, the summary, the pages);
- ``persons_55_plus`` and ``persons_60_plus``: only their totals per organisation, per occupation and
  for the region are published, as the shares 55+ and 60+ (a share times the shown persons gives the
  count back, so the count is what must be protected);
- ``trainees``: cells, organisation totals, occupation totals and the region's total;
- ``supervisors``: per organisation x occupation and per occupation (the training plan);
- ``joiners`` by origin and ``leavers`` by destination (the tables behind turnover, circulation and the
  coordination page's flows chart), each one block of base cells organisation x occupation x origin
  (destination): published are the joiners (leavers) per organisation, per occupation and for the region,
  per origin (destination) for every occupation and the region (:func:`flow_table` names those tables:
  ``joiners_from_region``, ``leavers_to_retirement``, ...), and the joiners from the region per
  organisation (circulation). The joiners from education are ``hires_from_education`` (per organisation,
  per occupation and for the region: the hiring shares), in the same block, so the attack sees that
  they are part of the joiners.

*Groups* of organisations (the peer groups of the feedback reports: all organisations of one kind) are
extra rows ``group:NAME`` of the tables published per organisation, about a group (so the contributor
and dominance rules apply), protected and attacked together with everything else: a group's figure
minus the figures of its shown members never gives a hidden one away.

Figures per occupation or for the region are about a group of organisations, so the contributor
minimum and the dominance rule apply to them as well as the threshold. The links an attacker knows
(60+ <= 55+ <= persons of each cell) join the blocks in the audit.

Anything else a shared output shows about staff (fte, open vacancies, rates, shares, projections of
an occupation) is hidden where the persons it is about are hidden: :meth:`Publication.persons_hidden`.
A rate built from another count (the shares 55+/60+, trainees per 100 fte, the training and hiring
shares) is also hidden with that count.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

from hrplanner.domain import reference as ref
from hrplanner.domain.records import RoundData

from .primary import primary
from .proof import Change, certified, pack, packed_from, packed_record
from .rules import MARK, DisclosureError, Progress, Rules
from .tables import Key, LinkedTables

PERSONS = "persons"
PERSONS_55_PLUS = "persons_55_plus"
PERSONS_60_PLUS = "persons_60_plus"
TRAINEES = "trainees"
HIRES = "hires_from_education"
SUPERVISORS = "supervisors"
JOINERS = "joiners"
LEAVERS = "leavers"
JOINERS_FROM_REGION = "joiners_from_region"
#: The row of a group of organisations (a peer group) in the tables published per organisation.
GROUP_PREFIX = "group:"
#: The age tables share the persons block: their base cells (55-59 and 60+ per cell) are linked to the
#: persons of the cell, and the optimiser must see that link to protect them (hiding a person count can
#: be what protects an age count).
AGES = PERSONS
TABLES = (PERSONS, PERSONS_55_PLUS, PERSONS_60_PLUS, TRAINEES, HIRES, SUPERVISORS, JOINERS, LEAVERS)


def flow_table(direction: str, category: str) -> str:
    """The table of joiners from one origin (``direction`` "in") or leavers to one destination ("out")."""
    if direction == "in":
        return HIRES if category == "education" else f"joiners_from_{category}"
    return f"leavers_to_{category}"


def group_row(name: str) -> str:
    """The row under which a group of organisations (see the module docstring) is published."""
    return GROUP_PREFIX + name


#: The count each rate or share is built from (besides the persons of its group): a rate is hidden
#: where any of them is (turnover uses the joiners too where the previous round has no figures).
_BUILT_FROM: dict[str, tuple[str, ...]] = {
    "share_55_plus": (PERSONS_55_PLUS,), "persons_55_plus": (PERSONS_55_PLUS,),
    "share_60_plus": (PERSONS_60_PLUS,), "persons_60_plus": (PERSONS_60_PLUS,),
    "in_training": (TRAINEES,), "trainees_per_100_fte": (TRAINEES,), "training_share": (TRAINEES,),
    "joiners_from_education": (HIRES,), "hiring_share": (HIRES,),
    "joiners": (JOINERS,), "leavers": (LEAVERS,), "joiners_from_region": (JOINERS_FROM_REGION,),
    "turnover": (LEAVERS, JOINERS), "circulation_share": (JOINERS_FROM_REGION, JOINERS),
}


class PublishedFigure(NamedTuple):
    """One published figure as a plain row: ``row`` is the organisation (None: all organisations),
    ``column`` the occupation (None: all occupations); ``value`` is None when hidden. (A named tuple:
    a region of 300 organisations publishes tens of thousands, made in a fifth of a frozen dataclass's
    time.)"""

    table: str
    row: str | None
    column: str | None
    value: int | None

    @property
    def hidden(self) -> bool:
        return self.value is None


@dataclass
class Publication:
    """What may be shared of a round: every published count, shown or hidden, and the rules used."""

    rules: Rules
    organisations: tuple[str, ...]
    occupations: tuple[str, ...]
    rows: list[PublishedFigure]
    #: The full values (the coordinator's view) and the linked tables, for the audit; not for sharing
    #: (the tables are let go once the publication is audited and kept in a store: :func:`publish`).
    _values: dict[Key, int] = field(default_factory=dict, repr=False)
    _tables: LinkedTables | None = field(default=None, repr=False)
    _hidden: dict[str, set[int]] = field(default_factory=dict, repr=False)
    _index: dict[Key, PublishedFigure] = field(default_factory=dict, repr=False)
    #: Whether the attack has run on exactly these tables and hidden figures and found nothing.
    _audited: bool = field(default=False, repr=False)
    #: The attack's proof that nothing is exposed (:mod:`.proof`): hidden figure -> witness tables
    #: (empty once a store keeps it: :func:`publish`).
    _witnesses: dict[tuple[str, int], list[Mapping[int, int]]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._index = {(f.table, f.row, f.column): f for f in self.rows}

    def has(self, table: str, row: str | None, column: str | None) -> bool:
        return (table, row, column) in self._index

    def hidden(self, table: str, row: str | None, column: str | None) -> bool:
        """Whether a figure is hidden (a figure that is not published at all counts as hidden)."""
        figure = self._index.get((table, row, column))
        return figure is None or figure.hidden

    def value(self, table: str, row: str | None, column: str | None) -> int | None:
        """The shown value, or None when hidden."""
        figure = self._index.get((table, row, column))
        return None if figure is None else figure.value

    def full_value(self, table: str, row: str | None, column: str | None) -> int:
        """The value whether hidden or not (the coordinator's view; never for a shared output)."""
        return self._values.get((table, row, column), 0)

    def text(self, table: str, row: str | None, column: str | None, shown: str) -> str:
        """``shown`` (the formatted figure) or the mark."""
        return MARK if self.hidden(table, row, column) else shown

    def persons_hidden(self, organisation: str | None, occupation: str | None) -> bool:
        """Whether everything about the staff of this group is hidden (its persons are)."""
        if not self.has(PERSONS, organisation, occupation):
            return False
        return self.hidden(PERSONS, organisation, occupation)

    def occupation_hidden(self, occupation: str | None) -> bool:
        """Whether an occupation's regional figures (None: the region's) are hidden, projections too."""
        return self.persons_hidden(None, occupation)

    def hidden_occupations(self) -> list[str]:
        return [c for c in self.occupations if self.occupation_hidden(c)]

    def share_hidden(self, count_table: str, organisation: str | None, occupation: str | None) -> bool:
        """Whether a share of persons (55+, 60+) about a group is hidden: its persons or its count are."""
        return self.persons_hidden(organisation, occupation) or self.hidden(count_table, organisation, occupation)

    def figure_hidden(self, name: str, organisation: str | None, occupation: str | None) -> bool:
        """Whether a key figure ``name`` (``persons``, ``fte``, ``vacancy_rate``, ``share_60_plus``,
        ``in_training``, ``trainees_per_100_fte``, ``turnover``, ``circulation_share``, ...) of a group is
        hidden: everything about the group's staff goes with its persons; a share or rate also with every
        count it is built from. A count this publication does not publish for the group (the 55+ of one
        organisation x occupation, say) counts as hidden: what is not published cannot be shown."""
        if self.persons_hidden(organisation, occupation):
            return True
        return any(self.hidden(count, organisation, occupation) for count in _BUILT_FROM.get(name, ()))

    def hidden_counts(self) -> dict[str, tuple[int, int]]:
        """Per table: (hidden figures, published figures)."""
        out: dict[str, tuple[int, int]] = {}
        for f in self.rows:
            hidden, total = out.get(f.table, (0, 0))
            out[f.table] = (hidden + f.hidden, total + 1)
        return out

    def audit(self) -> None:
        """The interval attack on what is published; DisclosureError when a hidden figure is exposed.
        The publication cannot change, so a verdict once reached (by :func:`publish`) is kept."""
        if self._tables is not None and not self._audited:
            from .audit import check

            check(self._tables, self._hidden, self.rules.threshold, self._witnesses)
            self._audited = True

    def as_rows(self) -> list[dict[str, object]]:
        """Plain rows that can be stored or sent (hidden values are None)."""
        return [{"table": f.table, "organisation": f.row, "occupation": f.column, "value": f.value}
                for f in self.rows]


def _organisations(data: RoundData) -> list[str]:
    return sorted({r.organisation for r in data.staffing} | {r.organisation for r in data.training}
                  | {r.organisation for r in data.flows} | {r.organisation for r in data.establishment})


def _occupations(data: RoundData, order: Iterable[str] = ()) -> list[str]:
    present = ({r.occupation for r in data.staffing} | {r.occupation for r in data.training}
               | {r.occupation for r in data.flows} | {r.occupation for r in data.establishment})
    ordered = [c for c in order if c in present]
    return ordered + sorted(present - set(ordered))


def _grid(tables: LinkedTables, name: str, counts: dict[tuple[str, str], int], organisations: list[str],
          occupations: list[str], *, cells: bool, organisation_totals: bool = True,
          grand_total: bool = True) -> None:  # noqa: PLR0913
    """A block of organisations x occupations: base cells and the figures published of it."""
    block = tables.block(name)
    keys = [(o, c) for o in organisations for c in occupations]
    index = dict(zip(keys, block.bases(keys, [counts.get(key, 0) for key in keys], [o for o, _ in keys])))
    if cells:
        for (o, c), b in index.items():
            block.figure((name, o, c), [b], False)
    if organisation_totals:
        for o in organisations:
            block.figure((name, o, None), [index[o, c] for c in occupations], False)
    for c in occupations:
        block.figure((name, None, c), [index[o, c] for o in organisations], True)
    if grand_total:
        block.figure((name, None, None), list(index.values()), True)


def _ages(tables: LinkedTables, older: dict[tuple[str, str], int], oldest: dict[tuple[str, str], int],
          organisations: list[str], occupations: list[str], detail: bool) -> None:
    """The age tables: per cell the persons aged 55-59 and 60+ (base cells, never shown themselves);
    published are the totals 55+ and 60+ per organisation, per occupation and for the region. Linked
    to the persons of the cell: 55-59 plus 60+ are at most its persons."""
    block = tables.block(AGES)
    pairs = [(o, c) for o in organisations for c in occupations]
    names = [(o, c, band) for o, c in pairs for band in ("55-59", "60+")]
    counts = [count for pair in pairs for count in (older.get(pair, 0) - oldest.get(pair, 0), oldest.get(pair, 0))]
    cells = iter(block.bases(names, counts, [o for o, _ in pairs for _band in (1, 2)]))
    middle, top = {}, {}
    persons = tables.blocks[PERSONS].base_index
    for pair in pairs:  # the cells of one organisation x occupation: 55-59, then 60+
        middle[pair], top[pair] = next(cells), next(cells)
        tables.link([(AGES, middle[pair]), (AGES, top[pair])], (PERSONS, persons(pair)))
    for table, parts in ((PERSONS_55_PLUS, (middle, top)), (PERSONS_60_PLUS, (top,))):
        for o in organisations if detail else ():
            block.figure((table, o, None), [p[o, c] for p in parts for c in occupations], False)
        for c in occupations:
            block.figure((table, None, c), [p[o, c] for p in parts for o in organisations], True)
        block.figure((table, None, None), [p[o, c] for p in parts for o in organisations for c in occupations], True)


def _flows(tables: LinkedTables, name: str, counts: dict[tuple[str, str, str], int], categories: Iterable[str],
           direction: str, organisations: list[str], occupations: list[str]) -> None:
    """A block of joiners by origin (leavers by destination): see the module docstring."""
    block = tables.block(name)
    categories = list(categories)
    keys = [(o, c, k) for o in organisations for c in occupations for k in categories]
    index = dict(zip(keys, block.bases(keys, [counts.get(key, 0) for key in keys], [o for o, _, _ in keys])))
    for o in organisations:
        block.figure((name, o, None), [index[o, c, k] for c in occupations for k in categories], False)
    for c in occupations:
        block.figure((name, None, c), [index[o, c, k] for o in organisations for k in categories], True)
    block.figure((name, None, None), list(index.values()), True)
    for k in categories:
        table = flow_table(direction, k)
        for c in occupations:
            block.figure((table, None, c), [index[o, c, k] for o in organisations], True)
        block.figure((table, None, None), [index[o, c, k] for o in organisations for c in occupations], True)
        if table in (HIRES, JOINERS_FROM_REGION):  # per organisation: the hiring share, circulation
            for o in organisations:
                block.figure((table, o, None), [index[o, c, k] for c in occupations], False)


def _groups(tables: LinkedTables, groups: Mapping[str, Iterable[str]], organisations: list[str]) -> None:
    """The figures of each group of organisations: the sum of its members' figures of every table
    published per organisation (a group without members of this round is left out)."""
    for name in sorted(groups):
        members = set(groups[name]) & set(organisations)
        if not members:
            continue
        row = group_row(name)
        for block in tables.blocks.values():
            by_table: dict[str, list[int]] = {}
            for figure in list(block.figures):
                table, organisation, occupation = figure.key
                if organisation in members and occupation is None:
                    by_table.setdefault(table, []).extend(figure.members)
            for table, cells in by_table.items():
                block.figure((table, row, None), cells, True)


def linked_tables(data: RoundData, occupation_order: Iterable[str] = (), detail: bool = True,
                  groups: Mapping[str, Iterable[str]] | None = None) -> tuple[LinkedTables, list[str], list[str]]:
    """The blocks of a round (see the module docstring) with the links between them; without
    ``detail`` only the regional figures (per occupation and for the region) of persons and ages.
    ``groups``: name -> organisations, published as rows ``group:NAME`` (:func:`group_row`)."""
    organisations = _organisations(data)
    occupations = _occupations(data, occupation_order)
    persons: dict[tuple[str, str], int] = {}
    older: dict[tuple[str, str], int] = {}
    oldest: dict[tuple[str, str], int] = {}
    for r in data.staffing:
        pair = (r.organisation, r.occupation)
        persons[pair] = persons.get(pair, 0) + r.persons
        if r.age_band in ref.AGE_BANDS_55_PLUS:
            older[pair] = older.get(pair, 0) + r.persons
        if r.age_band in ref.AGE_BANDS_60_PLUS:
            oldest[pair] = oldest.get(pair, 0) + r.persons
    trainees: dict[tuple[str, str], int] = {}
    supervisors: dict[tuple[str, str], int] = {}
    for r in data.training:
        pair = (r.organisation, r.occupation)
        trainees[pair] = trainees.get(pair, 0) + r.in_training
        supervisors[pair] = supervisors.get(pair, 0) + r.supervisors
    joiners: dict[tuple[str, str, str], int] = {}
    leavers: dict[tuple[str, str, str], int] = {}
    for r in data.flows:
        target = joiners if r.direction == "in" else leavers
        key = (r.organisation, r.occupation, r.category)
        target[key] = target.get(key, 0) + r.persons
    tables = LinkedTables()
    _grid(tables, PERSONS, persons, organisations, occupations, cells=detail, organisation_totals=detail)
    _ages(tables, older, oldest, organisations, occupations, detail)
    if not detail:
        return tables, organisations, occupations
    _grid(tables, TRAINEES, trainees, organisations, occupations, cells=True)
    _grid(tables, SUPERVISORS, supervisors, organisations, occupations, cells=True, organisation_totals=False,
          grand_total=False)
    _flows(tables, JOINERS, joiners, ref.ORIGINS, "in", organisations, occupations)
    _flows(tables, LEAVERS, leavers, ref.DESTINATIONS, "out", organisations, occupations)
    if groups:
        _groups(tables, groups, organisations)
    return tables, organisations, occupations


def publication_of(tables: LinkedTables, hidden: dict[str, set[int]], rules: Rules, organisations: list[str],
                   occupations: list[str]) -> Publication:
    rows: list[PublishedFigure] = []
    values: dict[Key, int] = {}
    for name, block in tables.blocks.items():
        shut = hidden.get(name, set())
        sums = [block.value(k) for k in range(len(block.figures))]
        for k, (figure, value) in enumerate(zip(block.figures, sums)):
            values[figure.key] = value
            rows.append(PublishedFigure(*figure.key, None if k in shut else value))
    return Publication(rules, tuple(organisations), tuple(occupations), rows, values, tables, hidden)


class Store(Protocol):
    """Where publications are kept between sessions (a folder of files: the services' store). A kept
    publication is a record of plain JSON values; ``load`` returns None when there is none (or it cannot
    be read), ``save`` never raises.

    ``checked`` tells whether the store itself vouches that a check (named with its version, e.g.
    :data:`PROOF_CHECK`) passed on exactly the record ``load`` last gave for a digest: a record this
    installation has checked before (the digest names the figures it is for). ``check_passed`` asks it
    to vouch for that record from now on; it never raises. ``load(digest, witnesses=False)`` may leave
    out the proof's witness tables (nearly all of a large region's record), which a record the store
    vouches for does not need; what it vouches for is the rest."""

    def load(self, digest: str, witnesses: bool = True) -> object: ...

    def save(self, digest: str, record: dict) -> None: ...

    def checked(self, digest: str, check: str) -> bool: ...

    def check_passed(self, digest: str, check: str) -> None: ...


#: The check :func:`restore` runs on a kept record's proof, with its version: a store vouches for a
#: record by it (a new version of the check checks every record again).
PROOF_CHECK = "proof of the interval attack v1"


def publish(data: RoundData, rules: Rules | None = None, occupation_order: Iterable[str] = (),
            groups: Mapping[str, Iterable[str]] | None = None, store: Store | None = None,
            progress: Progress | None = None) -> Publication:
    """The shared figures of a round: primary suppression by the rules, secondary suppression chosen by
    the optimiser, then the interval attack (DisclosureError if anything would still be exposed).
    ``groups``: the peer groups (name -> organisations) published with it (see the module docstring).

    ``store``: where a publication made before from exactly the same figures, rules, order and groups
    is kept. A kept one is used only when it still hides everything the rules hide and its proof
    (:mod:`.proof`) holds for these figures: checked with arithmetic, it replaces the optimiser and the
    attack (seconds) by a fraction of a second. Otherwise the publication is made and kept.

    ``progress(fraction)``: called now and then while a publication is made (never for one at hand),
    with how much of the work is done (0 to 1); whatever it raises (a cancellation) stops the work."""
    made = _publish(data, rules or Rules(), occupation_order, detail=True, groups=_frozen(groups), store=store,
                    progress=progress)
    if made is None:  # cannot happen: _publish makes what it does not find
        raise DisclosureError("no publication was made")
    return made


def publish_kept(data: RoundData, rules: Rules | None = None, occupation_order: Iterable[str] = (),
                 groups: Mapping[str, Iterable[str]] | None = None, store: Store | None = None) -> Publication | None:
    """The publication :func:`publish` gives, when it is at hand: made in this process or kept in
    ``store`` with a proof that holds for these figures; None when it would have to be made (the
    optimiser and the attack: seconds to minutes). For a quick first look at a round."""
    return _publish(data, rules or Rules(), occupation_order, detail=True, groups=_frozen(groups), store=store,
                    make=False)


def _frozen(groups: Mapping[str, Iterable[str]] | None) -> tuple:
    return tuple(sorted((name, tuple(sorted(set(members)))) for name, members in (groups or {}).items()))


#: Publications made in this process, by the digest of what they were made from (the round's counts,
#: the rules, the order, the groups: :func:`made_from`): the pages, the export and the commands of one
#: session ask for the same round more than once, and the same figures and rules always give the same
#: publication. Kept small; oldest dropped first. A second caller asking for a publication that is being
#: made waits for it instead of making it again (the pages make theirs on background threads).
_made: dict[str, Publication] = {}
_making: dict[str, threading.Lock] = {}
_guard = threading.Lock()
CACHE_SIZE = 6


def _fingerprint(data: RoundData) -> tuple:
    """What a publication depends on: the round's staffing, training and flow records."""
    return (data.reference_date, tuple(data.staffing), tuple(data.training), tuple(data.flows))


def _publish(data: RoundData, rules: Rules, occupation_order: Iterable[str], detail: bool,
             groups: tuple = (), store: Store | None = None, make: bool = True,
             progress: Progress | None = None) -> Publication | None:
    """The publication (made in this process, kept in ``store``, else made and kept); ``make`` False:
    None instead of making one."""
    order = tuple(occupation_order)
    # by digest: a key of the round's records themselves would keep every cached round's records alive
    key = made_from((_fingerprint(data), rules, order, detail, groups))
    with _guard:
        if key in _made:
            return _made[key]
        lock = _making.setdefault(key, threading.Lock())
    with lock:
        with _guard:
            if key in _made:
                return _made[key]
        made = _kept(store, key, data, rules, order, detail, dict(groups)) if store is not None else None
        if made is None:
            if not make:
                return None
            made = _make(data, rules, order, detail, dict(groups), progress)
            if store is not None:
                made._tables = None  # not kept (below); the record is made and written without them
                record = stored(made)
                made._witnesses = {}  # what is written next is the record's packed copy
                store.save(key, record)
        if store is not None:
            # audited, its proof in the store: the proof and the linked tables (what the attack and the
            # proof work on) would be most of each publication held in memory
            made._witnesses, made._tables = {}, None
        with _guard:
            _made[key] = made
            _making.pop(key, None)
            while len(_made) > CACHE_SIZE:
                _made.pop(next(iter(_made)))
        return made


def _make(data: RoundData, rules: Rules, occupation_order: Iterable[str], detail: bool,
          groups: Mapping[str, Iterable[str]] | None = None, progress: Progress | None = None) -> Publication:
    from .secondary import protect

    tables, organisations, occupations = linked_tables(data, occupation_order, detail, groups)
    witnesses: dict = {}
    # ends with the attack: only a choice that survives it
    hidden = protect(tables, rules, witnesses=witnesses, progress=progress)
    publication = publication_of(tables, hidden, rules, organisations, occupations)
    publication._audited = True
    publication._witnesses = witnesses
    return publication


#: The version of the kept records (:func:`stored`); a record of another version is not used.
RECORD_FORMAT = 2


def made_from(key: tuple) -> str:
    """The name a publication is kept under: a digest of what it was made from (the round's counts,
    the rules, the order, the groups) and of the record format."""
    return hashlib.sha256(repr((RECORD_FORMAT, key)).encode("utf-8")).hexdigest()


def stored(publication: Publication) -> dict:
    """A publication as a record of plain JSON values: the hidden figures per block and the attack's
    proof, its witness tables each once, packed (:func:`.proof.packed_record`)."""
    numbers: dict[object, int] = {}  # a witness's number by the digest of its cells and counts
    witnesses: list[Mapping[int, int]] = []
    proof = []
    for (name, k), tables in sorted(publication._witnesses.items()):
        ids = []
        for witness in tables:
            same = hashlib.sha256(witness.key() if isinstance(witness, Change)
                                  else repr(sorted(witness.items())).encode("ascii")).digest()
            if same not in numbers:
                numbers[same] = len(witnesses)
                witnesses.append(witness)
            ids.append(numbers[same])
        proof.append([name, k, ids])
    packed = pack(witnesses)
    if packed is None:
        raise DisclosureError("a witness of the attack's proof is not a table of whole numbers")
    return {"format": RECORD_FORMAT, "hidden": {name: sorted(ks) for name, ks in publication._hidden.items()},
            "witnesses": packed_record(packed), "proof": proof}


def restore(record: object, tables: LinkedTables, rules: Rules,
            proof_checked: bool = False) -> dict[str, set[int]] | None:
    """The hidden figures of a kept ``record`` for ``tables``, or None unless the record is well formed,
    hides every figure the rules hide and its proof holds (:func:`certified`). ``proof_checked``: the
    store vouches that this very record's proof was checked against these tables (:class:`Store`), so
    it is not checked again; the rest still is."""
    try:
        if not isinstance(record, dict) or record.get("format") != RECORD_FORMAT:
            return None
        hidden = {name: {int(k) for k in ks if isinstance(k, int) and not isinstance(k, bool)}
                  for name, ks in record["hidden"].items() if name in tables.blocks}
        if any(len(hidden.get(name, ())) != len(ks) for name, ks in record["hidden"].items()) \
                or set(record["hidden"]) != set(tables.blocks):
            return None
        if proof_checked:
            witnesses, proof = None, {}
        else:
            witnesses = packed_from(record["witnesses"])
            proof = {(str(name), int(k)): [int(i) for i in ids] for name, k, ids in record["proof"]}
    except (AttributeError, KeyError, TypeError, ValueError):
        return None
    if witnesses is None and not proof_checked:
        return None
    for name, block in tables.blocks.items():
        if not primary(block, rules) <= hidden[name]:
            return None
    if not proof_checked and not certified(tables, hidden, rules.threshold, witnesses, proof):
        return None
    return hidden


def _kept(store: Store, key: str, data: RoundData, rules: Rules, occupation_order: Iterable[str], detail: bool,
          groups: Mapping[str, Iterable[str]]) -> Publication | None:
    """The publication kept in ``store`` under ``key`` (:func:`made_from`), if its proof holds for these
    figures."""
    record = store.load(key, witnesses=False)
    if record is None:
        return None
    proof_checked = store.checked(key, PROOF_CHECK)
    if not proof_checked:
        record = store.load(key)  # with the witness tables its proof is checked with
        if record is None:
            return None
    tables, organisations, occupations = linked_tables(data, occupation_order, detail, groups)
    hidden = restore(record, tables, rules, proof_checked)  # its proof stays in the store
    if hidden is None:
        return None
    if not proof_checked:
        store.check_passed(key, PROOF_CHECK)
    publication = publication_of(tables, hidden, rules, organisations, occupations)
    publication._audited = True  # the proof holds: the attack cannot narrow any hidden figure
    return publication


PYRAMID = "pyramid"
#: The sexes a pyramid draws (persons of unknown sex are one figure beside it).
PYRAMID_SEXES = ("women", "men")


def publish_pyramid(data: RoundData, occupation: str, publication: Publication) -> Publication | None:
    """The age pyramid of one occupation (the region's persons per age band x sex) as a shared view may
    show it, protected together with what ``publication`` (the round's) already shows of it; None when
    that publication hides the occupation's persons, 55+ or 60+ (the pyramid would tell them), or when
    no choice of hidden cells protects the small ones around the figures the round already shows.

    One block (table ``pyramid``) over base cells organisation x band x sex: the cells (row = band,
    column = sex, women and men), the persons of unknown sex (row None, column "unknown"), and the
    occupation's total, 55+ and 60+ (rows None, "55+", "60+"; column None). Those three are the round's
    published figures, known to every reader, so they stay shown and the optimiser protects the cells
    around them. Every figure is about a group of organisations: the contributor minimum and the
    dominance rule apply."""
    if any(publication.hidden(table, None, occupation) for table in (PERSONS, PERSONS_55_PLUS, PERSONS_60_PLUS)):
        return None
    counts: dict[tuple[str, str, str], int] = {}
    for r in data.staffing:
        if r.occupation == occupation:
            key = (r.organisation, r.age_band, r.sex if r.sex in PYRAMID_SEXES else "unknown")
            counts[key] = counts.get(key, 0) + r.persons
    organisations = sorted({o for o, _, _ in counts})
    tables = LinkedTables()
    block = tables.block(PYRAMID)
    sexes = (*PYRAMID_SEXES, "unknown")
    index = {(o, band, sex): block.base((o, band, sex), counts.get((o, band, sex), 0), o)
             for o in organisations for band in ref.AGE_BANDS for sex in sexes}
    for band in ref.AGE_BANDS:
        for sex in PYRAMID_SEXES:
            block.figure((PYRAMID, band, sex), [index[o, band, sex] for o in organisations], True)
    block.figure((PYRAMID, None, "unknown"), [index[o, b, "unknown"] for o in organisations for b in ref.AGE_BANDS],
                 True)
    known = set()
    for row, bands in ((None, ref.AGE_BANDS), ("55+", ref.AGE_BANDS_55_PLUS), ("60+", ref.AGE_BANDS_60_PLUS)):
        known.add(block.figure((PYRAMID, row, None), [index[o, b, s] for o in organisations for b in bands
                                                      for s in sexes], True))
    from .secondary import protect

    try:
        hidden = protect(tables, publication.rules, {PYRAMID: known})
    except DisclosureError:  # no cells to hide around the figures already shown: the pyramid is not shown
        return None
    return publication_of(tables, hidden, publication.rules, organisations, [occupation])
