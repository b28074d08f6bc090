"""What a feedback report says: an organisation's key figures against the region and against
organisations of its kind, now and at the previous round, with the comparison in plain Dutch.

Privacy is decided here, once, before anything is laid out:

- the organisation's own figures are its own and are always shown;
- a regional or peer-group figure is an aggregate over organisations; it passes the disclosure layer
  through the round's publication (:func:`hrplanner.services.publication.publication_for`, the one the
  meeting workbook shows, audited): the region's figures are its totals, a peer group's its row
  ``group:KIND``, and :func:`disclose` shows a figure only where the publication shows its persons and
  every count it is built from (:meth:`Publication.figure_hidden`); the previous round's figures come
  from that round's publication;
- a peer group is published only when it has at least :data:`MIN_ORGANISATIONS` organisations with
  figures and the rest of the region (outside the group) is empty or has as many
  (:func:`hrplanner.services.publication.group_shown`): otherwise the region's figure minus the peer
  group's would describe one or two organisations;
- no other organisation is ever named, and no figure of one other organisation is ever given.

Both groups include the organisation itself (a reader compares with the whole region).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

import hrplanner
from hrplanner.domain import reference as ref
from hrplanner.domain.disclosure.publication import group_row
from hrplanner.domain.figures import KeyFigures, key_figures, whole_region
from hrplanner.domain.records import RoundData
from hrplanner.domain.disclosure.rules import Rules
from hrplanner.services.errors import NotFoundError, ServiceError
from hrplanner.services.export.styles import PageInfo
from hrplanner.services.publication import MIN_GROUP, group_shown, publication_for
from hrplanner.services.register import Register

if TYPE_CHECKING:
    from hrplanner.domain.disclosure.publication import Publication
    from hrplanner.services.coordination import Plan

#: A peer group (or region) of fewer organisations with figures is not shown.
MIN_ORGANISATIONS = MIN_GROUP

HIDDEN_GROUP = "group"      # too few organisations
HIDDEN_SMALL = "small"      # a small number of persons
HIDDEN_NONE = "none"        # no figure (nothing to divide by)

PEER_LABELS = {
    "provider": "jeugdhulpaanbieders",
    "certified_institution": "gecertificeerde instellingen",
    "access_team": "gemeentelijke toegangsteams",
    "education_institution": "onderwijsinstellingen",
}

HIGHER_IS_WORSE = "worse"
HIGHER_IS_BETTER = "better"
NEUTRAL = "neutral"


@dataclass(frozen=True)
class MetricSpec:
    """One key figure: its value, the count and base that disclosure checks, how it reads."""

    key: str
    label: str
    #: the Dutch noun phrase in a sentence ("uw verloop")
    phrase: str
    value: Callable[[KeyFigures], float | None]
    count: Callable[[KeyFigures], float]
    base: Callable[[KeyFigures], float]
    percent: bool
    higher: str
    definition: str


METRICS: tuple[MetricSpec, ...] = (
    MetricSpec("vacancy_rate", "Vacaturegraad", "vacaturegraad", lambda f: f.vacancy_rate,
               lambda f: f.open_positions, lambda f: f.persons, True, HIGHER_IS_WORSE,
               "open fte / (bezette fte + open fte)"),
    MetricSpec("long_open_share", "Vacatures 3 maanden of langer open", "aandeel vacatures dat 3 maanden of "
               "langer openstaat", lambda f: f.long_open_share, lambda f: f.open_long,
               lambda f: f.open_positions, True, HIGHER_IS_WORSE,
               "vacatures 3 maanden of langer open / alle open vacatures"),
    MetricSpec("turnover", "Verloop", "verloop", lambda f: f.turnover, lambda f: f.leavers,
               lambda f: f.persons, True, HIGHER_IS_WORSE,
               "vertrokken personen in 12 maanden / gemiddeld aantal personen"),
    MetricSpec("circulation_share", "Circulatie (instroom uit de regio)", "circulatie",
               lambda f: f.circulation_share, lambda f: f.joiners_from_region, lambda f: f.joiners, True,
               NEUTRAL, "nieuwe medewerkers van een andere organisatie in de regio / alle nieuwe medewerkers"),
    MetricSpec("share_55_plus", "55 jaar en ouder", "aandeel medewerkers van 55 jaar en ouder",
               lambda f: f.share_55_plus, lambda f: f.persons_55_plus, lambda f: f.persons, True, NEUTRAL,
               "personen van 55 jaar en ouder / alle personen"),
    MetricSpec("share_60_plus", "60 jaar en ouder", "aandeel medewerkers van 60 jaar en ouder",
               lambda f: f.share_60_plus, lambda f: f.persons_60_plus, lambda f: f.persons, True, NEUTRAL,
               "personen van 60 jaar en ouder / alle personen"),
    MetricSpec("trainees_per_100_fte", "Leerlingen per 100 fte", "aantal leerlingen per 100 fte",
               lambda f: f.trainees_per_100_fte, lambda f: f.in_training, lambda f: f.persons, False,
               HIGHER_IS_BETTER, "personen in opleiding / bezette fte x 100"),
)


@dataclass(frozen=True)
class Published:
    """A group's figure as a shared view may show it: the value, or None and why it is hidden."""

    value: float | None
    hidden: str = ""

    @property
    def shown(self) -> bool:
        return self.value is not None


@dataclass(frozen=True)
class Metric:
    """One key figure of the report: own, region and peer group, now and at the previous round."""

    spec: MetricSpec
    own: float | None
    own_previous: float | None
    region: Published
    region_previous: Published
    peer: Published
    peer_previous: Published
    sentence: str


@dataclass(frozen=True)
class PlanShare:
    """The organisation's part of the shared training plan (places a year, all occupations)."""

    own_places: int
    region_places: int
    own_fte_share: float | None

    @property
    def share(self) -> float | None:
        return self.own_places / self.region_places if self.region_places else None


@dataclass
class FeedbackContent:
    """Everything one organisation's report shows."""

    organisation: str
    kind: str
    peer_label: str
    region: str
    fictitious: bool
    reference_date: date
    previous_date: date | None
    rules: Rules
    organisations_in_region: int
    organisations_in_peer: int
    persons: int
    fte: float
    metrics: list[Metric]
    plan: PlanShare | None
    plan_note: str = ""
    version: str = hrplanner.__version__
    made_at: datetime = field(default_factory=datetime.now)
    #: The publications the group figures come from (this round's and the previous round's).
    publications: list = field(default_factory=list, repr=False)

    @property
    def threshold(self) -> int:
        return self.rules.threshold

    def audit(self) -> None:
        """The interval attack on the publications the report's group figures come from
        (DisclosureError if a hidden figure would be exposed); run before the report is written."""
        for publication in self.publications:
            publication.audit()

    @property
    def page(self) -> PageInfo:
        """What every printed page's header and footer say (the meeting workbook's layout)."""
        made_by = f"hrplanner {self.version}, {self.made_at.strftime('%d-%m-%Y %H:%M')}"
        return PageInfo(f"{self.organisation} \u2014 {self.region}", self.reference_date, self.fictitious, made_by)


# --- numbers in Dutch -------------------------------------------------------------------------------


def dutch_number(value: float, decimals: int = 1) -> str:
    """1234.56 -> "1.234,6" (rounded half up, as the tables show it)."""
    rounded = Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{decimals}f}"
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def shown(value: float, spec: MetricSpec) -> str:
    return f"{dutch_number(value * 100)}%" if spec.percent else dutch_number(value)


def _rounded(value: float, spec: MetricSpec) -> Decimal:
    scaled = value * 100 if spec.percent else value
    return Decimal(repr(scaled)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


# --- disclosure ---------------------------------------------------------------------------------------


def disclose(figures: KeyFigures | None, publication: Publication | None, row: str | None,
             spec: MetricSpec) -> Published:
    """A group's figure for a report shared with one organisation, or why it is hidden: ``row`` is the
    group's row in ``publication`` (None: the region; ``group:KIND``: a peer group)."""
    if figures is None or publication is None or not publication.has("persons", row, None):
        return Published(None, HIDDEN_GROUP)
    if publication.figure_hidden(spec.key, row, None):
        return Published(None, HIDDEN_SMALL)
    value = spec.value(figures)
    return Published(value, "" if value is not None else HIDDEN_NONE)


def peer_group_shown(in_peer: int, in_region: int) -> bool:
    """Whether a peer group's figures may be shown next to the region's (module docstring)."""
    return group_shown(in_peer, in_region)


# --- sentences ----------------------------------------------------------------------------------------


def _compare(own: float, other: float, spec: MetricSpec) -> str:
    a, b = _rounded(own, spec), _rounded(other, spec)
    return "gelijk aan" if a == b else ("boven" if a > b else "onder")


def sentence(spec: MetricSpec, own: float | None, own_previous: float | None, region: Published,
             peer: Published, peer_label: str) -> str:
    """The comparison in plain Dutch, e.g. "Uw verloop van 16,2% ligt boven dat van de regio (14,8%)"."""
    if own is None:
        return f"Voor uw {spec.phrase} zijn geen cijfers (niets om door te delen)."
    parts = [f"Uw {spec.phrase} van {shown(own, spec)}"]
    comparisons = []
    if region.shown:
        comparisons.append(f"{_compare(own, region.value, spec)} dat van de regio ({shown(region.value, spec)})")
    if peer.shown:
        comparisons.append(f"{_compare(own, peer.value, spec)} dat van {peer_label} ({shown(peer.value, spec)})")
    text = parts[0] + (" ligt " + " en ".join(comparisons) if comparisons else " kan niet met anderen worden "
                       "vergeleken (te weinig organisaties of personen)") + "."
    if own_previous is not None:
        change = _rounded(own, spec) - _rounded(own_previous, spec)
        unit = " procentpunt" if spec.percent else ""
        if change == 0:
            text += f" Dat is gelijk aan de vorige peildatum ({shown(own_previous, spec)})."
        else:
            word = "gestegen" if change > 0 else "gedaald"
            text += (f" Sinds de vorige peildatum ({shown(own_previous, spec)}) is het {word} met "
                     f"{dutch_number(float(abs(change)))}{unit}.")
    return text


# --- gathering --------------------------------------------------------------------------------------------


def _with_figures(data: RoundData | None) -> set[str]:
    """Organisations with staffing figures in a round."""
    return {row.organisation for row in data.staffing} if data else set()


def _group(current: RoundData, previous: RoundData | None, members: set[str]) -> tuple[KeyFigures | None, int]:
    """Key figures over a set of organisations (with the persons at the start from ``previous``)."""
    inside = members & _with_figures(current)
    if not inside:
        return None, 0
    figures = key_figures(_restricted(current, inside), _restricted(previous, inside) if previous else None,
                          whole_region)
    return next(iter(figures.values()), None), len(inside)


def _restricted(data: RoundData, members: set[str]) -> RoundData:
    return RoundData(data.reference_date, data.label, data.closed,
                     [r for r in data.staffing if r.organisation in members],
                     [r for r in data.establishment if r.organisation in members],
                     [r for r in data.flows if r.organisation in members],
                     [r for r in data.training if r.organisation in members],
                     [r for r in data.sickness if r.organisation in members])


def _own(data: RoundData | None, before: RoundData | None, name: str) -> KeyFigures | None:
    if data is None or name not in _with_figures(data):
        return None
    return key_figures(data.for_organisation(name), before.for_organisation(name) if before else None,
                       whole_region).get("(region)")


def report_round(register: Register, reference_date: date | None) -> date:
    """The round a report is about: the given one, or the latest round with figures."""
    if reference_date is not None:
        return register.round(reference_date).reference_date
    for round_ in reversed(register.rounds()):
        if _with_figures(register.round_data(round_)):
            return round_.reference_date
    raise NotFoundError(f"{register.path.name} has no round with figures yet")


def shared_plan(register: Register, reference_date: date) -> Plan | str:
    """The shared training plan of a round (the same for every report), or why there is none."""
    from hrplanner.services.coordination import training_plan

    try:
        return training_plan(register, round_date=reference_date)
    except ServiceError as exc:
        return f"Het gezamenlijke opleidingsplan is niet beschikbaar: {exc}"


def _plan_share(plan: Plan | str, name: str) -> tuple[PlanShare | None, str]:
    if isinstance(plan, str):
        return None, plan
    own = sum(line.places for o in plan.occupations for line in o.lines if line.organisation == name)
    total = sum(o.advice for o in plan.occupations)
    note = ""
    if plan.advice_source != "projection" or any(o.advice_source != "projection" for o in plan.occupations):
        note = ("Voor sommige beroepen is er geen instroomadvies uit de raming; daar telt de nu geplande instroom "
                "als plaatsen in het plan.")
    return PlanShare(own, total, None), note


def gather(register: Register, organisation: str, reference_date: date | None = None,
           rules: Rules | None = None, plan: Plan | str | None = None) -> FeedbackContent:
    """The content of one organisation's report for a round (by default the latest with figures).
    ``plan``: the round's :func:`shared_plan`, when several reports share it (made here when None)."""
    rules = rules or Rules()
    org = register.organisation(organisation)
    day = report_round(register, reference_date)
    round_ = register.round(day)
    current = register.round_data(round_)
    if organisation not in _with_figures(current):
        raise NotFoundError(f"{organisation} has no figures in round {day.isoformat()}; there is nothing to "
                            f"report on")
    before_round = register.previous_round(round_)
    previous = register.round_data(before_round) if before_round else None
    older_round = register.previous_round(before_round) if before_round else None
    older = register.round_data(older_round) if older_round else None

    everyone = {o.name for o in register.organisations()}
    peers = {o.name for o in register.organisations() if o.kind == org.kind}
    region_now, n_region = _group(current, previous, everyone)
    peer_now, n_peer = _group(current, previous, peers)
    region_before, n_region_before = _group(previous, older, everyone) if previous else (None, 0)
    peer_before, n_peer_before = _group(previous, older, peers) if previous else (None, 0)
    if not peer_group_shown(n_peer, n_region):
        peer_now = None
    if not peer_group_shown(n_peer_before, n_region_before):
        peer_before = None
    own_now = _own(current, previous, organisation)
    own_before = _own(previous, older, organisation)
    assert own_now is not None
    now = publication_for(register, current, rules)
    before = publication_for(register, previous, rules) if previous is not None else None
    peer_row = group_row(org.kind)
    peer_label = PEER_LABELS.get(org.kind, ref.label(org.kind, "nl"))
    metrics = []
    for spec in METRICS:
        region = disclose(region_now, now, None, spec)
        peer = disclose(peer_now, now, peer_row, spec)
        own = spec.value(own_now)
        own_previous = spec.value(own_before) if own_before else None
        metrics.append(Metric(spec, own, own_previous, region, disclose(region_before, before, None, spec), peer,
                              disclose(peer_before, before, peer_row, spec),
                              sentence(spec, own, own_previous, region, peer, peer_label)))
    share, plan_note = _plan_share(plan if plan is not None else shared_plan(register, day), organisation)
    if share is not None and region_now is not None and region_now.fte and not now.persons_hidden(None, None):
        share = PlanShare(share.own_places, share.region_places, own_now.fte / region_now.fte)
    return FeedbackContent(
        organisation=organisation, kind=org.kind, peer_label=peer_label, region=register.region,
        fictitious=register.fictitious, reference_date=day,
        previous_date=before_round.reference_date if before_round else None, rules=rules,
        organisations_in_region=n_region, organisations_in_peer=n_peer, persons=own_now.persons,
        fte=own_now.fte, metrics=metrics, plan=share, plan_note=plan_note,
        publications=[p for p in (now, before) if p is not None])
