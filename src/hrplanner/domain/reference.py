"""Reference data of the register: age bands, flow categories, organisation kinds, the default
youth-care occupations and the 14 Twente municipalities; the period flows are counted over.

Everything here is fixed vocabulary shared by every layer; the register stores the codes, the UI
and the exports show the labels (:func:`label`, and :func:`occupation_name` for an occupation's name
in a language).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

AGE_BANDS: tuple[str, ...] = ("<25", "25-34", "35-44", "45-54", "55-59", "60-64", "65+")
#: Lower and upper age (inclusive, in whole years) of each band, used to age the stock.
AGE_BAND_RANGES: dict[str, tuple[int, int]] = {
    "<25": (18, 24),
    "25-34": (25, 34),
    "35-44": (35, 44),
    "45-54": (45, 54),
    "55-59": (55, 59),
    "60-64": (60, 64),
    "65+": (65, 69),
}
AGE_BANDS_55_PLUS: tuple[str, ...] = ("55-59", "60-64", "65+")
AGE_BANDS_60_PLUS: tuple[str, ...] = ("60-64", "65+")

SEXES: tuple[str, ...] = ("women", "men", "unknown")

#: Where joiners came from (the 12 months before the reference date).
ORIGINS: tuple[str, ...] = (
    "education",
    "region",
    "youth_care_elsewhere",
    "other_sector",
    "reentry",
    "unknown",
)
#: Where leavers went.
DESTINATIONS: tuple[str, ...] = (
    "region",
    "youth_care_elsewhere",
    "other_sector",
    "retirement",
    "unknown",
)
#: Destinations that take a person out of the region's workforce in this occupation.
EXIT_DESTINATIONS: tuple[str, ...] = ("youth_care_elsewhere", "other_sector", "retirement", "unknown")

FLOW_DIRECTIONS: tuple[str, ...] = ("in", "out")

TRAINING_ROUTES: tuple[str, ...] = ("mbo_bbl", "hbo_wo_internship", "post_master")

ORGANISATION_KINDS: tuple[str, ...] = (
    "provider",
    "certified_institution",
    "access_team",
    "education_institution",
)

LEVELS: tuple[str, ...] = ("MBO", "HBO", "WO", "post-master", "medical specialist", "none")
REGISTERS: tuple[str, ...] = ("SKJ", "BIG", "none")

MUNICIPALITIES: tuple[str, ...] = (
    "Almelo",
    "Borne",
    "Dinkelland",
    "Enschede",
    "Haaksbergen",
    "Hellendoorn",
    "Hengelo",
    "Hof van Twente",
    "Losser",
    "Oldenzaal",
    "Rijssen-Holten",
    "Tubbergen",
    "Twenterand",
    "Wierden",
)

#: Dutch and English labels of the codes above, for tables, templates and exports.
LABELS: dict[str, tuple[str, str]] = {
    "education": ("opleiding", "education"),
    "region": ("andere organisatie in de regio", "other organisation in the region"),
    "youth_care_elsewhere": ("jeugdzorg buiten de regio", "youth care outside the region"),
    "other_sector": ("andere sector", "other sector"),
    "reentry": ("herintreder", "re-entry"),
    "retirement": ("pensioen", "retirement"),
    "unknown": ("onbekend", "unknown"),
    "women": ("vrouwen", "women"),
    "men": ("mannen", "men"),
    "mbo_bbl": ("MBO-BBL", "MBO work-based"),
    "hbo_wo_internship": ("HBO/WO-stage", "HBO/WO internship"),
    "post_master": ("postmasterplaats (GZ/OG)", "post-master place (GZ/OG)"),
    "provider": ("jeugdhulpaanbieder", "provider"),
    "certified_institution": ("gecertificeerde instelling", "certified institution"),
    "access_team": ("gemeentelijk toegangsteam", "municipal access team"),
    "education_institution": ("onderwijsinstelling", "education institution"),
}


def label(code: str, language: str = "nl") -> str:
    """The Dutch (``nl``) or English label of a vocabulary code; the code itself when unknown."""
    pair = LABELS.get(code)
    if pair is None:
        return code
    return pair[0] if language == "nl" else pair[1]


def occupation_name(language: str, code: str, names: tuple[str, str] | None) -> str:
    """An occupation's name in the language: ``names`` is its (Dutch, English) pair, or None when
    unknown. English falls back to the Dutch name, Dutch to the English one, and both to the code."""
    dutch, english = names or ("", "")
    if language == "en":
        return english or dutch or code
    return dutch or english or code


def flow_period_start(reference_date: date) -> date:
    """The first day of the 12 months up to and including the reference date, over which joiners
    and leavers are counted: the day after the same date a year earlier (after 28 February for a
    29 February), so 31-12-2024 -> 01-01-2024 and 29-02-2024 -> 01-03-2023."""
    try:
        year_before = reference_date.replace(year=reference_date.year - 1)
    except ValueError:  # 29 February: the year before has no such day
        year_before = reference_date.replace(year=reference_date.year - 1, day=28)
    return year_before + timedelta(days=1)


@dataclass(frozen=True)
class OccupationSpec:
    """One occupation of the default code list (MODEL.md 3, FACTS.md)."""

    code: str
    name_nl: str
    name_en: str
    level: str
    register: str
    registration_required: bool
    training_route: str
    training_years: float
    #: Route code of trainees in training for this occupation (TRAINING_ROUTES), or "" if none.
    trainee_route: str
    #: Default graduate retention in the region after 1, 5, 10 and 15 years.
    retention: tuple[float, float, float, float]


DEFAULT_OCCUPATIONS: tuple[OccupationSpec, ...] = (
    OccupationSpec("PM", "Pedagogisch medewerker (jeugdzorg)", "Pedagogical worker (youth care)",
                   "MBO", "none", False, "MBO-4, BOL or BBL", 3.0, "mbo_bbl",
                   (0.80, 0.62, 0.50, 0.42)),
    OccupationSpec("JZW", "Jeugdzorgwerker (MBO)", "Youth-care worker (MBO)",
                   "MBO", "none", False, "MBO-4, BOL or BBL", 3.0, "mbo_bbl",
                   (0.80, 0.60, 0.48, 0.40)),
    OccupationSpec("JGP", "Jeugd- en gezinsprofessional", "Youth and family professional",
                   "HBO", "SKJ", True, "HBO Social Work, youth profile (240 EC)", 4.0,
                   "hbo_wo_internship", (0.75, 0.60, 0.50, 0.43)),
    OccupationSpec("SW", "Sociaal werker (wijkteam)", "Social worker (access team)",
                   "HBO", "SKJ", True, "HBO Social Work", 4.0, "hbo_wo_internship",
                   (0.70, 0.55, 0.46, 0.40)),
    OccupationSpec("GW", "Gedragswetenschapper / orthopedagoog", "Behavioural scientist / remedial educationalist",
                   "WO", "SKJ", True, "Bachelor and master", 4.0, "hbo_wo_internship",
                   (0.80, 0.68, 0.58, 0.52)),
    OccupationSpec("OG", "Orthopedagoog-generalist", "Remedial educationalist-generalist",
                   "post-master", "BIG", True, "Post-master OG (3,600 hours)", 2.0, "post_master",
                   (0.92, 0.82, 0.74, 0.68)),
    OccupationSpec("GZ", "GZ-psycholoog", "Healthcare psychologist",
                   "post-master", "BIG", True, "Post-master GZ, subsidised place", 2.0, "post_master",
                   (0.92, 0.80, 0.72, 0.66)),
    OccupationSpec("KJP", "Kinder- en jeugdpsycholoog", "Child and youth psychologist",
                   "post-master", "SKJ", True, "Post-master K&J", 2.0, "post_master",
                   (0.92, 0.82, 0.74, 0.68)),
    OccupationSpec("KP", "Klinisch psycholoog", "Clinical psychologist",
                   "medical specialist", "BIG", True, "Specialist training after GZ", 4.0,
                   "post_master", (0.95, 0.88, 0.80, 0.74)),
    OccupationSpec("KJPS", "Kinder- en jeugdpsychiater", "Child and adolescent psychiatrist",
                   "medical specialist", "BIG", True, "Specialist training after medical school", 4.5,
                   "post_master", (0.95, 0.88, 0.82, 0.76)),
    OccupationSpec("VT", "Vaktherapeut", "Arts and psychomotor therapist",
                   "HBO", "SKJ", False, "HBO arts or psychomotor therapy", 4.0, "hbo_wo_internship",
                   (0.75, 0.62, 0.52, 0.46)),
    OccupationSpec("OP", "Ondersteunend personeel", "Support staff",
                   "none", "none", False, "None required", 0.0, "",
                   (0.85, 0.70, 0.60, 0.52)),
)

OCCUPATION_BY_CODE: dict[str, OccupationSpec] = {o.code: o for o in DEFAULT_OCCUPATIONS}
