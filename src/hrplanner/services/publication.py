"""The shared view of a register's round: the disclosure layer's publication (MODEL.md 5), the one front
through which every shared output of a register takes its hidden figures (the meeting workbook, the
headless commands, the pages' steering view and charts, the server's published figures, the feedback
reports).

:func:`round_publication` (a round of the register) and :func:`publication_for` (a round's figures
already read) publish with the register's occupation order and its *peer groups* (the organisations of
one kind, :func:`peer_groups`), so every output of a round reads the same publication: one output never
shows what another hides. Publications are kept by what they are made of (the round's counts, the
rules, the order and the groups: ``hrplanner.domain.disclosure.publication``), so the export, the
overview and the coordination page of one session make each only once, and on disk between sessions
(:mod:`hrplanner.services.publication_store`), trusted again only when the attack's proof still holds.

Commands print the shared view by default: every figure passes :func:`shown`, and the publication has
survived the interval attack before anything is printed. With ``--full`` they print the coordinator's
view under :data:`FULL_BANNER`.
"""

from __future__ import annotations

from datetime import date

from typing import TYPE_CHECKING

from hrplanner.domain.disclosure.rules import MARK, Progress, Rules

if TYPE_CHECKING:  # the layer itself (numpy, SciPy) is loaded only when a publication is made
    from hrplanner.domain.disclosure.publication import Publication
    from hrplanner.domain.records import RoundData
    from hrplanner.services.register import Register

#: The one line above every full (coordinator's) view.
FULL_BANNER = "COORDINATOR'S FULL VIEW - NOT FOR SHARING: small numbers are not hidden"
#: A peer group (and the rest of the region beside it) of fewer organisations with figures is not shown.
MIN_GROUP = 3


def group_shown(in_group: int, in_region: int) -> bool:
    """Whether a peer group's figures may be shown next to the region's: at least :data:`MIN_GROUP`
    organisations with figures, and the rest of the region either empty or at least as many (else the
    region's figure minus the group's would describe one or two organisations)."""
    rest = in_region - in_group
    return in_group >= MIN_GROUP and (rest == 0 or rest >= MIN_GROUP)


def peer_groups(register: Register, data: RoundData) -> dict[str, list[str]]:
    """The peer groups a round publishes: kind -> its organisations with staffing figures in the round,
    for every kind whose group may be shown (:func:`group_shown`)."""
    with_figures = {r.organisation for r in data.staffing}
    groups: dict[str, list[str]] = {}
    for organisation in register.organisations():
        if organisation.name in with_figures:
            groups.setdefault(organisation.kind, []).append(organisation.name)
    return {kind: sorted(names) for kind, names in groups.items() if group_shown(len(names), len(with_figures))}


def _layout(register: Register, data: RoundData) -> tuple[list[str], dict[str, list[str]]]:
    """How a round of ``register`` is published: the register's occupation order and its peer groups."""
    return [o.code for o in register.occupations()], peer_groups(register, data)


def publication_for(register: Register, data: RoundData, rules: Rules | None = None,
                    progress: Progress | None = None) -> Publication:
    """The publication of a round's figures read from ``register`` (the register's occupation order and
    peer groups), audited; a ServiceError when no safe one exists. ``progress(fraction)``: told now and
    then while the publication is made (never when it is at hand); what it raises stops the work."""
    from hrplanner.domain.disclosure.publication import publish
    from hrplanner.domain.disclosure.rules import DisclosureError
    from hrplanner.services.publication_store import PublicationFiles

    order, groups = _layout(register, data)
    try:
        publication = publish(data, rules or Rules(), order, groups, store=PublicationFiles(), progress=progress)
        publication.audit()
    except DisclosureError as exc:
        from hrplanner.services.errors import ServiceError  # not loaded for the first paint's publication

        raise ServiceError(str(exc)) from None
    return publication


def round_publication(register: Register, round_date: date | None = None, rules: Rules | None = None,
                      progress: Progress | None = None) -> Publication:
    """The publication of a round (the latest by default), audited; a ServiceError if no safe one exists
    (``progress``: see :func:`publication_for`)."""
    return publication_for(register, register.round_data(register.round(round_date)), rules, progress)


def kept_round_publication(register: Register, round_date: date | None = None,
                           rules: Rules | None = None, read_at_most: int | None = None) -> Publication | None:
    """The publication :func:`round_publication` gives when it is at hand (made in this process, or
    kept on disk with a proof that holds for the round's figures as they are), else None: nothing is
    made. What the overview shows first at start-up, from the preview of the register. ``read_at_most``:
    a kept file of more bytes is left unread (None), for a caller that can wait only for a small one."""
    from hrplanner.domain.disclosure.publication import publish_kept
    from hrplanner.services.publication_store import PublicationFiles

    data = register.round_data(register.round(round_date))
    return publish_kept(data, rules or Rules(), *_layout(register, data),
                        store=PublicationFiles(read_at_most=read_at_most))


def shown(publication: Publication | None, name: str, organisation: str | None, occupation: str | None,
          value: object) -> object:
    """``value`` as a shared output may show it: itself, or the mark when the figure is hidden
    (``publication`` None: the full view)."""
    if publication is not None and publication.figure_hidden(name, organisation, occupation):
        return MARK
    return value


def shown_change(name: str, now: object, before: object, publication: Publication | None,
                 previous: Publication | None, occupation: str | None = None) -> tuple[object, object]:
    """A key figure ``name`` of the region (or of one ``occupation`` in the region) now and at the
    previous round as a shared view may show them and the change between them: ``now`` is None when
    this round's publication hides it, ``before`` None when the previous round's publication
    (``previous``; None with a shared view: not published) hides it. A change is shown only when both
    are. ``publication`` None: the full view, both as they are."""
    if publication is None:
        return now, before
    if publication.figure_hidden(name, None, occupation):
        now = None
    if previous is None or previous.figure_hidden(name, None, occupation):
        before = None
    return now, before


def pyramid_publication(register: Register, occupation: str, round_date: date | None = None,
                        rules: Rules | None = None) -> Publication | None:
    """The shared view of an occupation's age pyramid in a round (None: the round's publication hides
    the occupation's persons or ages, so no pyramid is shown); protected with the round's publication
    (:func:`hrplanner.domain.disclosure.publication.publish_pyramid`), audited."""
    from hrplanner.domain.disclosure.publication import publish_pyramid
    from hrplanner.domain.disclosure.rules import DisclosureError

    data = register.round_data(register.round(round_date))
    publication = publication_for(register, data, rules)
    try:
        pyramid = publish_pyramid(data, occupation, publication)
        if pyramid is not None:
            pyramid.audit()
    except DisclosureError as exc:
        from hrplanner.services.errors import ServiceError  # not loaded for the first paint's publication

        raise ServiceError(str(exc)) from None
    return pyramid
