"""Data rounds: who has delivered, and opening and closing a round.

The status of a round per organisation is one of, in this order of progress:

- ``not_started``: no template sent, no figures;
- ``template_sent``: a collection template was written for the organisation (when, by whom);
- ``received``: figures arrived (when, by whom, by template or in the app) and the register check
  finds nothing to look at;
- ``warnings``: figures arrived and the check finds errors, warnings or suspicious changes;
- ``accepted``: the coordinator accepted the figures after they last changed.

The facts come from the ``round_delivery`` table, which every import and every edit of figures stamps
in its own transaction (:func:`note_received`), so the status follows them; an acceptance older than
the last change no longer counts. Figures that predate the table count as received at an unknown time.

For the region the status counts the organisations that delivered against those expected (the round's
delivery rows, the active organisations and any with figures), per topic too, and the share of the
region's persons covered; an organisation without figures is counted with last round's persons,
marked as carried over.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from sqlmodel import Session, select

from hrplanner.db import repositories as repo
from hrplanner.db.engine import table_names
from hrplanner.db.models import Organisation, Round, RoundDelivery, utc_now
from hrplanner.domain import validation as v
from hrplanner.domain.records import RoundData
from hrplanner.domain.validation import Issue, ValidationError
from hrplanner.services.errors import NotFoundError, RoundClosedError, ServiceError
from hrplanner.services.register import Register

NOT_STARTED = "not_started"
TEMPLATE_SENT = "template_sent"
RECEIVED = "received"
WARNINGS = "warnings"
ACCEPTED = "accepted"
STATES = (NOT_STARTED, TEMPLATE_SENT, RECEIVED, WARNINGS, ACCEPTED)

VIA_TEMPLATE = "template"
VIA_APP = "app"

#: The topics of a round, in the order of the templates.
TOPICS = ("staffing", "establishment", "flows", "training", "absence")


@dataclass(frozen=True)
class OrganisationStatus:
    """Where one organisation stands in one round."""

    organisation: str
    kind: str
    state: str
    template_sent: datetime | None = None
    template_sent_by: str = ""
    received: datetime | None = None
    received_by: str = ""
    received_via: str = ""
    received_source: str = ""
    accepted: datetime | None = None
    accepted_by: str = ""
    #: topic -> whether the organisation has figures for it in this round
    topics: dict[str, bool] = field(default_factory=dict)
    persons: int = 0
    #: persons in the previous round (None: no figures there)
    persons_last_round: int | None = None
    #: no figures in this round; the region counts last round's persons for it
    carried_over: bool = False
    errors: int = 0
    warnings: int = 0
    notices: int = 0
    findings: tuple[str, ...] = ()

    @property
    def delivered(self) -> bool:
        return any(self.topics.values())

    def as_dict(self) -> dict[str, object]:
        def when(value: datetime | None) -> str | None:
            return value.isoformat(timespec="seconds") if value else None

        return {
            "organisation": self.organisation, "kind": self.kind, "state": self.state,
            "template_sent": when(self.template_sent), "template_sent_by": self.template_sent_by,
            "received": when(self.received), "received_by": self.received_by,
            "received_via": self.received_via, "received_source": self.received_source,
            "accepted": when(self.accepted), "accepted_by": self.accepted_by,
            "topics": dict(self.topics), "persons": self.persons, "persons_last_round": self.persons_last_round,
            "carried_over": self.carried_over, "errors": self.errors, "warnings": self.warnings,
            "notices": self.notices, "findings": list(self.findings),
        }


@dataclass(frozen=True)
class RoundStatus:
    """The status of a round for every organisation expected to deliver, and for the region."""

    region: str
    fictitious: bool
    reference_date: date
    label: str
    closed: bool
    previous_date: date | None
    organisations: list[OrganisationStatus]

    @property
    def expected(self) -> int:
        return len(self.organisations)

    @property
    def delivered(self) -> int:
        return sum(o.delivered for o in self.organisations)

    def topic_count(self, topic: str) -> int:
        """How many organisations have figures for a topic."""
        return sum(o.topics.get(topic, False) for o in self.organisations)

    def state_count(self, state: str) -> int:
        return sum(o.state == state for o in self.organisations)

    @property
    def persons_delivered(self) -> int:
        return sum(o.persons for o in self.organisations if o.delivered)

    @property
    def persons_carried_over(self) -> int:
        return sum(o.persons_last_round or 0 for o in self.organisations if o.carried_over)

    @property
    def persons_region(self) -> int:
        """The region's persons: delivered now, plus last round's for those that did not deliver."""
        return self.persons_delivered + self.persons_carried_over

    @property
    def coverage(self) -> float | None:
        """Share of the region's persons covered by this round's figures (None: no persons known)."""
        return self.persons_delivered / self.persons_region if self.persons_region else None

    @property
    def missing(self) -> list[str]:
        return [o.organisation for o in self.organisations if not o.delivered]

    def as_dict(self) -> dict[str, object]:
        return {
            "region": self.region, "fictitious": self.fictitious,
            "reference_date": self.reference_date.isoformat(), "label": self.label, "closed": self.closed,
            "previous_date": self.previous_date.isoformat() if self.previous_date else None,
            "expected": self.expected, "delivered": self.delivered,
            "topics": {t: self.topic_count(t) for t in TOPICS},
            "states": {s: self.state_count(s) for s in STATES},
            "persons_delivered": self.persons_delivered, "persons_carried_over": self.persons_carried_over,
            "persons_region": self.persons_region, "coverage": self.coverage, "missing": self.missing,
            "organisations": [o.as_dict() for o in self.organisations],
        }


# --- reading ------------------------------------------------------------------------------------------


def has_delivery_table(register: Register) -> bool:
    return "round_delivery" in table_names(register.engine)


def default_round(register: Register) -> Round:
    """The round a status is about when none is named: the latest open round, else the latest."""
    rounds = register.rounds()
    if not rounds:
        raise NotFoundError(f"{register.path.name} has no rounds yet")
    open_rounds = [r for r in rounds if not r.closed]
    return (open_rounds or rounds)[-1]


def _topics(data: RoundData) -> dict[str, dict[str, bool]]:
    """organisation -> topic -> has figures."""
    present: dict[str, dict[str, bool]] = defaultdict(lambda: dict.fromkeys(TOPICS, False))
    for topic, records in (("staffing", data.staffing), ("establishment", data.establishment),
                           ("flows", data.flows), ("training", data.training), ("absence", data.sickness)):
        for record in records:
            present[record.organisation][topic] = True
    return present


def _persons(data: RoundData | None) -> dict[str, int]:
    totals: dict[str, int] = defaultdict(int)
    for row in data.staffing if data else ():
        totals[row.organisation] += row.persons
    return totals


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value


def round_status(register: Register, reference_date: date | None = None) -> RoundStatus:
    """The status of a round (by default the latest open one) per organisation and for the region."""
    from hrplanner.services.check import check_round

    round_ = register.round(reference_date) if reference_date else default_round(register)
    before = register.previous_round(round_)
    current = register.round_data(round_)
    previous = register.round_data(before) if before else None
    deliveries: dict[str, RoundDelivery] = {}
    if has_delivery_table(register):
        with register.session() as session:
            ids = {o.id: o.name for o in session.exec(select(Organisation))}
            for row in session.exec(select(RoundDelivery).where(RoundDelivery.round_id == round_.id)):
                deliveries[ids[row.organisation_id]] = row
    topics = _topics(current)
    persons_now, persons_before = _persons(current), _persons(previous)
    findings: dict[str, list] = defaultdict(list)
    for finding in check_round(current, previous):
        findings[finding.organisation].append(finding)
    rows = []
    for organisation in register.organisations():
        name = organisation.name
        if not (organisation.active or name in deliveries or name in topics):
            continue
        d = deliveries.get(name)
        present = topics.get(name, dict.fromkeys(TOPICS, False))
        delivered = any(present.values())
        own = findings.get(name, [])
        errors = sum(f.severity == v.ERROR for f in own)
        warnings = sum(f.severity == v.WARNING for f in own)
        notices = len(own) - errors - warnings
        received, accepted = _aware(d.received if d else None), _aware(d.accepted if d else None)
        if delivered and accepted is not None and (received is None or accepted >= received):
            state = ACCEPTED
        elif delivered:
            state = WARNINGS if own else RECEIVED
        elif d is not None and d.template_sent is not None:
            state = TEMPLATE_SENT
        else:
            state = NOT_STARTED
        rows.append(OrganisationStatus(
            organisation=name, kind=organisation.kind, state=state,
            template_sent=_aware(d.template_sent) if d else None, template_sent_by=d.template_sent_by if d else "",
            received=received if delivered else None, received_by=d.received_by if d and delivered else "",
            received_via=d.received_via if d and delivered else "",
            received_source=d.received_source if d and delivered else "",
            accepted=accepted if state == ACCEPTED else None,
            accepted_by=d.accepted_by if d and state == ACCEPTED else "",
            topics=dict(present), persons=persons_now.get(name, 0),
            persons_last_round=persons_before[name] if name in persons_before else None,
            carried_over=not delivered and persons_before.get(name, 0) > 0,
            errors=errors, warnings=warnings, notices=notices,
            findings=tuple(f"{f.occupation + ': ' if f.occupation else ''}{f.message}" for f in own),
        ))
    return RoundStatus(register.region, register.fictitious, round_.reference_date, round_.label, round_.closed,
                       before.reference_date if before else None, rows)


# --- changing -------------------------------------------------------------------------------------------


def _delivery(session: Session, round_id: int, organisation_id: int) -> RoundDelivery:
    row = session.exec(select(RoundDelivery).where(RoundDelivery.round_id == round_id,
                                                   RoundDelivery.organisation_id == organisation_id)).first()
    if row is None:
        row = RoundDelivery(round_id=round_id, organisation_id=organisation_id)
    return row


def note_received(session: Session, round_id: int, organisation_ids: Iterable[int], *, user: str, via: str,
                  source: str = "") -> None:
    """Stamp that figures of these organisations in this round changed now (inside the caller's
    transaction: the import or the edit that changed them)."""
    now = utc_now()
    for organisation_id in sorted(set(organisation_ids)):
        row = _delivery(session, round_id, organisation_id)
        row.received, row.received_by, row.received_via = now, user[:80], via
        row.received_source = source[:500]
        session.add(row)


def _require(register: Register, reference_date: date, organisation: str | None = None,
             ) -> tuple[Round, Organisation | None]:
    round_ = register.round(reference_date)
    register.require_open_round(round_)
    return round_, register.organisation(organisation) if organisation is not None else None


def mark_template_sent(register: Register, reference_date: date, organisations: Iterable[str], *,
                       user: str) -> int:
    """Record that collection templates were written for these organisations; returns how many."""
    names = list(dict.fromkeys(organisations))
    round_, _ = _require(register, reference_date)
    with register.transaction() as session:
        now = utc_now()
        for name in names:
            organisation = repo.organisation_by_name(name, session=session)
            if organisation is None:
                raise NotFoundError(f"No organisation named {name!r} in {register.path.name}")
            row = _delivery(session, round_.id, organisation.id)  # type: ignore[arg-type]
            row.template_sent, row.template_sent_by = now, user[:80]
            session.add(row)
            repo.add_audit("send", "template", session=session, key=f"{name} | {reference_date.isoformat()}",
                           new=now.isoformat(timespec="seconds"), user=user, source="collection template")
    return len(names)


Acceptance = tuple[datetime | None, str]
"""When and by whom an organisation's figures were accepted (None: not accepted)."""


def accept(register: Register, reference_date: date, organisation: str, *, user: str) -> Acceptance:
    """The coordinator accepts an organisation's figures of a round as they are now; returns the
    acceptance it replaces (for undo, :func:`restore_acceptance`)."""
    round_, org = _require(register, reference_date, organisation)
    assert org is not None
    if not any(_topics(register.round_data(round_).for_organisation(organisation)).values()):
        raise ValidationError([Issue("organisation", organisation,
                                     f"has no figures in round {reference_date.isoformat()} to accept")])
    return _set_acceptance(register, round_, org, (utc_now(), user[:80]), user=user)


def acceptance(register: Register, reference_date: date, organisation: str) -> Acceptance:
    """When and by whom an organisation's figures of a round were last accepted."""
    round_, org = register.round(reference_date), register.organisation(organisation)
    with register.session() as session:
        row = session.exec(select(RoundDelivery).where(RoundDelivery.round_id == round_.id,
                                                       RoundDelivery.organisation_id == org.id)).first()
    return (row.accepted, row.accepted_by) if row is not None else (None, "")


def restore_acceptance(register: Register, reference_date: date, organisation: str, acceptance: Acceptance, *,
                       user: str) -> Acceptance:
    """Put back an earlier acceptance (or none): the undo of :func:`accept`."""
    round_, org = _require(register, reference_date, organisation)
    assert org is not None
    return _set_acceptance(register, round_, org, acceptance, user=user)


def _set_acceptance(register: Register, round_: Round, org: Organisation, acceptance: Acceptance, *,
                    user: str) -> Acceptance:
    with register.transaction() as session:
        row = _delivery(session, round_.id, org.id)  # type: ignore[arg-type]
        before = (row.accepted, row.accepted_by)
        row.accepted, row.accepted_by = acceptance
        session.add(row)
        repo.add_audit("accept" if acceptance[0] else "unaccept", "figures", session=session,
                       key=f"{org.name} | {round_.reference_date.isoformat()}",
                       old="accepted" if before[0] else "", new="accepted" if acceptance[0] else "", user=user,
                       source="round status")
    return before


def open_round(register: Register, reference_date: date, *, label: str = "", user: str) -> Round:
    """A new round after the latest one: the active organisations are expected to deliver (one
    delivery row each, not started); organisations and occupations carry over, figures do not."""
    from hrplanner.services.editing import Editor

    latest = register.latest_round()
    if latest is not None and reference_date <= latest.reference_date:
        raise ValidationError([Issue(
            "reference_date", reference_date.isoformat(),
            f"a new round must come after the latest round ({latest.reference_date.isoformat()})")])
    active = register.organisations(active_only=True)
    if not active:
        raise ServiceError(f"{register.path.name} has no active organisations to collect figures from")
    created = Editor(register, user=user, source="round open").add_round(reference_date, label)
    with register.transaction() as session:
        for organisation in active:
            session.add(_delivery(session, created.id, organisation.id))  # type: ignore[arg-type]
    return created


def close_round(register: Register, reference_date: date, *, user: str) -> bool:
    """Close a round: read-only from then on. Returns False when it was closed already."""
    from hrplanner.services.editing import Editor

    register.round(reference_date)
    return not Editor(register, user=user, source="round close").close_round(reference_date)


__all__ = [
    "ACCEPTED", "NOT_STARTED", "RECEIVED", "STATES", "TEMPLATE_SENT", "TOPICS", "VIA_APP", "VIA_TEMPLATE",
    "WARNINGS", "Acceptance", "OrganisationStatus", "acceptance", "RoundClosedError", "RoundStatus", "accept", "close_round",
    "default_round", "mark_template_sent", "note_received", "open_round", "restore_acceptance", "round_status",
]
