"""The shared view of a register's round: the disclosure layer's publication (MODEL.md 5) for the
headless commands and the pages' steering view.

Commands print the shared view by default: every figure passes :func:`round_publication` and
:func:`shown`, and the publication has survived the interval attack before anything is printed. With
``--full`` they print the coordinator's view under :data:`FULL_BANNER`.
"""

from __future__ import annotations

from datetime import date

from typing import TYPE_CHECKING

from hrplanner.domain.disclosure.rules import MARK, Rules
from hrplanner.services.errors import ServiceError

if TYPE_CHECKING:  # the layer itself (numpy, SciPy) is loaded only when a publication is made
    from hrplanner.domain.disclosure.publication import Publication
    from hrplanner.services.register import Register

#: The one line above every full (coordinator's) view.
FULL_BANNER = "COORDINATOR'S FULL VIEW - NOT FOR SHARING: small numbers are not hidden"


def round_publication(register: Register, round_date: date | None = None, rules: Rules | None = None) -> Publication:
    """The publication of a round (the latest by default), audited; a ServiceError if no safe one exists."""
    from hrplanner.domain.disclosure.audit import DisclosureError
    from hrplanner.domain.disclosure.publication import publish

    current, _ = register.round_pair(round_date)
    order = [o.code for o in register.occupations()]
    try:
        publication = publish(current, rules or Rules(), order)
        publication.audit()
    except DisclosureError as exc:
        raise ServiceError(str(exc)) from None
    return publication


def shown(publication: Publication | None, name: str, organisation: str | None, occupation: str | None,
          value: object) -> object:
    """``value`` as a shared output may show it: itself, or the mark when the figure is hidden
    (``publication`` None: the full view)."""
    if publication is not None and publication.figure_hidden(name, organisation, occupation):
        return MARK
    return value
