"""The disclosure layer: every figure that leaves one organisation passes through here (MODEL.md 5).

Use it like this (Qt-free; SciPy is imported only when a publication is made)::

    from hrplanner.domain.disclosure import Rules, publish

    publication = publish(round_data, Rules(threshold=5))       # a RoundData of the region
    publication.hidden("persons", "Organisation A", "JGP")      # True / False
    publication.value("persons", None, "JGP")                   # the regional total, or None if hidden
    publication.text("persons", None, None, "2,632")            # the figure, or "x"
    publication.as_rows()                                       # plain rows, to store or send
    publication.audit()                                         # the interval attack (DisclosureError)

Tables (``table`` of a figure; ``row`` = organisation, ``column`` = occupation, ``None`` = total):
``persons``, ``persons_55_plus``, ``persons_60_plus``, ``trainees``, ``hires_from_education``,
``supervisors`` (see :mod:`.publication`). Regional and peer-group figures for a feedback report: call
:func:`publish` on the region's round and read the totals (``row=None``); for a group of organisations,
call it on ``RoundData`` restricted to them. Anything about a group's staff other than these counts (fte,
vacancies, rates, projections) is shown only where :meth:`Publication.persons_hidden` is False.

- :mod:`.rules`: the threshold, the contributor minimum and the dominance rule; the mark ``x``.
- :mod:`.tables`: linked tables of counts as the optimiser sees them.
- :mod:`.primary`: the figures the rules themselves hide.
- :mod:`.secondary`: the optimiser's (SciPy HiGHS) choice of further cells.
- :mod:`.audit`: the interval attack that every shared output runs before it is written.
- :mod:`.proof`: the attack's proof (witness tables), checked with arithmetic: a publication kept on
  disk is trusted again only when its proof holds.
- :mod:`.publication`: a round's publication (:func:`publish`).
"""

import importlib

#: Public name -> the module (below this package) that holds it. Loaded on first use (PEP 562), so a
#: command that only needs the mark or the rules does not load numpy and SciPy.
_WHERE = {
    "DisclosureError": "rules", "Interval": "audit", "attack": "audit", "check": "audit", "exposed": "audit",
    "AGES": "publication", "HIRES": "publication", "PERSONS": "publication", "PERSONS_55_PLUS": "publication",
    "PERSONS_60_PLUS": "publication", "SUPERVISORS": "publication", "TABLES": "publication",
    "TRAINEES": "publication", "Publication": "publication", "PublishedFigure": "publication",
    "linked_tables": "publication", "publish": "publication",
    "MARK": "rules", "Rules": "rules", "certified": "proof", "primary": "primary",
    "protect": "secondary",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> object:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
