"""The fictitious demo region "Twente (demo)": a seeded, reproducible generator of organisations and
two rounds of figures of realistic size (FACTS.md, MODEL.md 6).

The figures are made up. They are scaled from national youth-care figures: about 0.79 fte per person,
about 81 % women, an average age near 40, open vacancies about 3-5 % of fte with a share open three
months or longer, yearly outflow of about 11-15 % of which part moves to other organisations in the
region. Movement inside the region balances: every leaver to another organisation in the region is a
joiner from the region somewhere else, per occupation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np

from hrplanner.domain import reference as ref
from hrplanner.domain.records import (
    EstablishmentRecord,
    FlowRecord,
    OrganisationRecord,
    RoundData,
    SicknessRecord,
    StaffingRecord,
    TrainingRecord,
)

DEMO_REGION = "Twente (demo)"
DEMO_SEED = 2025
DEMO_ROUNDS = (date(2024, 12, 31), date(2025, 12, 31))
FICTITIOUS_NOTE = "Fictitious figures for demonstration; not the figures of any real organisation."

#: Made-up names; none is meant to resemble a real organisation.
_PROVIDER_NAMES = (
    "Stichting Boomhut", "Kleurrijk Opgroeien", "Het Vlechtwerk", "Jeugdhulp Lindehof",
    "Kompasroos Jeugd", "Zevensprong Jeugdhulp", "Zonnewijzer Gezinszorg", "De Wilgenkrans",
    "Opgroeihuis Esrand", "Vlinderveld Jeugd", "Trampoline Jeugdhulp", "Stichting Kantelpunt",
    "De Brugwachter", "Jeugdhulp Hoeksteen-Oost", "Steigerwerk Jeugd", "Gezinshuis De Eikel",
    "Stichting Dwarsligger",
)
_INSTITUTION_NAMES = ("Jeugdbescherming Tukkerland", "Gezinsvoogdij Oost-Twente")
_TEAM_NAMES = (
    "Toegangsteam Noord", "Toegangsteam Midden", "Toegangsteam Zuid", "Toegangsteam Stedelijk",
)

#: Occupation mix (share of persons) per kind of organisation.
_MIX = {
    "provider": {"PM": 0.30, "JZW": 0.14, "JGP": 0.19, "GW": 0.09, "OG": 0.03, "GZ": 0.05, "KJP": 0.02,
                 "KP": 0.01, "KJPS": 0.006, "VT": 0.04, "OP": 0.10},
    "certified_institution": {"JGP": 0.70, "GW": 0.10, "OG": 0.02, "OP": 0.18},
    "access_team": {"SW": 0.50, "JGP": 0.28, "GW": 0.10, "OG": 0.02, "OP": 0.10},
}
#: Share of persons per age band, round 1 (mean age close to 40).
_AGE_SHARES = np.array([0.10, 0.28, 0.24, 0.20, 0.10, 0.07, 0.01])
_WOMEN_SHARE = {"KJPS": 0.68, "KP": 0.75, "OP": 0.70}
_FTE_FACTOR = {"women": 0.77, "men": 0.86}
#: Yearly vacancy rate (open fte / fte) per occupation, before noise.
_VACANCY = {"GZ": 0.07, "GW": 0.06, "OG": 0.06, "KJP": 0.06, "KP": 0.07, "KJPS": 0.10, "JGP": 0.045,
            "SW": 0.04, "PM": 0.03, "JZW": 0.035, "VT": 0.02, "OP": 0.015}
#: Trainees in training per person, for organisations that train.
_TRAINEE_RATE = {"PM": 0.07, "JZW": 0.06, "JGP": 0.05, "SW": 0.05, "GW": 0.03, "OG": 0.12, "GZ": 0.15,
                 "KJP": 0.12, "KP": 0.10, "KJPS": 0.10, "VT": 0.03, "OP": 0.0}
_LEAVER_DESTINATIONS = {"region": 0.30, "youth_care_elsewhere": 0.10, "other_sector": 0.45, "unknown": 0.15}
_JOINER_ORIGINS = {"education": 0.40, "youth_care_elsewhere": 0.12, "other_sector": 0.32, "reentry": 0.08,
                   "unknown": 0.08}


@dataclass
class DemoRegion:
    """The generated region: organisations and one :class:`RoundData` per round."""

    name: str
    seed: int
    organisations: list[OrganisationRecord]
    rounds: list[RoundData] = field(default_factory=list)


def _split(rng: np.random.Generator, total: int, shares: dict[str, float]) -> dict[str, int]:
    keys = list(shares)
    p = np.array([shares[k] for k in keys], dtype=float)
    counts = rng.multinomial(total, p / p.sum())
    return {k: int(c) for k, c in zip(keys, counts)}


def _organisations(rng: np.random.Generator) -> list[OrganisationRecord]:
    municipalities = list(ref.MUNICIPALITIES)
    orgs = []
    n_providers = int(rng.integers(16, 18))
    for i, name in enumerate(_PROVIDER_NAMES[:n_providers]):
        orgs.append(OrganisationRecord(name, "provider", municipalities[(i * 5) % len(municipalities)]))
    for i, name in enumerate(_INSTITUTION_NAMES):
        orgs.append(OrganisationRecord(name, "certified_institution", ("Enschede", "Almelo")[i]))
    team_places = ("Tubbergen", "Hengelo", "Haaksbergen", "Enschede")
    for name, place in zip(_TEAM_NAMES, team_places):
        orgs.append(OrganisationRecord(name, "access_team", place))
    return orgs


def _size(rng: np.random.Generator, kind: str) -> int:
    if kind == "provider":
        return int(np.clip(rng.lognormal(np.log(95), 0.65), 25, 420))
    if kind == "certified_institution":
        return int(rng.integers(120, 190))
    return int(rng.integers(35, 75))


def _staffing_rows(rng: np.random.Generator, org: str, occ: str, persons: int,
                   age_shares: np.ndarray) -> list[StaffingRecord]:
    bands = rng.multinomial(persons, age_shares / age_shares.sum())
    women_share = _WOMEN_SHARE.get(occ, 0.82)
    rows = []
    for band, count in zip(ref.AGE_BANDS, bands):
        women = int(rng.binomial(count, women_share))
        for sex, n in (("women", women), ("men", int(count) - women)):
            if n == 0:
                continue
            factor = float(np.clip(rng.normal(_FTE_FACTOR[sex], 0.04), 0.5, 1.0))
            if band == "<25":
                factor = min(1.0, factor + 0.03)
            rows.append(StaffingRecord(org, occ, band, sex, n, round(n * factor, 2)))
    return rows


def generate_demo(seed: int = DEMO_SEED) -> DemoRegion:
    """Generate the demo region; the same seed always gives the same figures."""
    rng = np.random.default_rng(seed)
    organisations = _organisations(rng)
    region = DemoRegion(DEMO_REGION, seed, organisations)
    # persons per organisation x occupation at the start of round 1's year
    base: dict[tuple[str, str], int] = {}
    trains: dict[str, bool] = {}
    for org in organisations:
        size = _size(rng, org.kind)
        for occ, n in _split(rng, size, _MIX[org.kind]).items():
            if n > 0:
                base[(org.name, occ)] = n
        trains[org.name] = org.kind != "access_team" and rng.random() > 0.25 or org.kind == "certified_institution"
    sick_base = {o.name: float(np.clip(rng.normal(6.3, 1.3), 3.0, 11.0)) for o in organisations}

    start = dict(base)
    age_shares = _AGE_SHARES.copy()
    for round_no, reference_date in enumerate(DEMO_ROUNDS):
        data = RoundData(reference_date, f"Peildatum {reference_date.strftime('%d-%m-%Y')}",
                         closed=round_no < len(DEMO_ROUNDS) - 1)
        end: dict[tuple[str, str], int] = {}
        leavers_by: dict[tuple[str, str], dict[str, int]] = {}
        joiners_by: dict[tuple[str, str], dict[str, int]] = {}
        region_pool: dict[str, int] = {}
        for key, n_start in start.items():
            org, occ = key
            rate = float(np.clip(rng.normal(0.115, 0.02), 0.07, 0.18))
            leavers = int(rng.binomial(n_start, rate))
            dest = _split(rng, leavers, _LEAVER_DESTINATIONS)
            retire = int(rng.binomial(max(1, round(n_start * 0.08)), 0.2))
            dest["retirement"] = retire
            leavers += retire
            growth = float(rng.normal(0.012, 0.03))
            n_end = max(1, int(round(n_start * (1 + growth))))
            joiners = max(0, n_end - n_start + leavers)
            n_end = n_start - leavers + joiners
            end[key] = n_end
            leavers_by[key] = dest
            joiners_by[key] = {"total": joiners}
            region_pool[occ] = region_pool.get(occ, 0) + dest["region"]
        # the region's internal movers arrive elsewhere in the region, in proportion to joiners
        for occ, pool in region_pool.items():
            keys = [k for k in start if k[1] == occ]
            weights = np.array([joiners_by[k]["total"] for k in keys], dtype=float)
            if weights.sum() == 0:
                weights = np.ones(len(keys))
            capacity = np.array([joiners_by[k]["total"] for k in keys])
            arrivals = rng.multinomial(pool, weights / weights.sum())
            overflow = int(np.maximum(arrivals - capacity, 0).sum())
            arrivals = np.minimum(arrivals, capacity)
            # joiners from the region beyond an organisation's joiners go to the largest receivers
            for idx in np.argsort(-(capacity - arrivals)):
                if overflow == 0:
                    break
                room = int(capacity[idx] - arrivals[idx])
                take = min(room, overflow)
                arrivals[idx] += take
                overflow -= take
            # what still does not fit (more movers than joiners) stays with the leavers as "region"
            # but is recorded as moving to youth care elsewhere, so regional movement balances
            if overflow:
                for k in keys:
                    moved = min(overflow, leavers_by[k]["region"])
                    leavers_by[k]["region"] -= moved
                    leavers_by[k]["youth_care_elsewhere"] += moved
                    overflow -= moved
                    if overflow == 0:
                        break
            for k, arriving in zip(keys, arrivals):
                rest = joiners_by[k]["total"] - int(arriving)
                split = _split(rng, rest, _JOINER_ORIGINS) if rest > 0 else {o: 0 for o in _JOINER_ORIGINS}
                if not trains[k[0]]:
                    split["other_sector"] += split["education"] // 2
                    split["education"] -= split["education"] // 2
                split["region"] = int(arriving)
                joiners_by[k] = split
        for key, n_end in end.items():
            org, occ = key
            data.staffing += _staffing_rows(rng, org, occ, n_end, age_shares)
            fte = round(sum(r.fte for r in data.staffing if r.organisation == org and r.occupation == occ), 2)
            open_fte = round(fte * float(np.clip(rng.normal(_VACANCY[occ], _VACANCY[occ] * 0.5), 0, 0.2)), 2)
            open_positions = int(np.ceil(open_fte / 0.85)) if open_fte > 0 else 0
            if open_positions == 0:
                open_fte = 0.0
            long_share = 0.45 if occ in ("GZ", "GW", "OG", "KJP", "KP", "KJPS") else 0.3
            open_long = int(rng.binomial(open_positions, long_share))
            data.establishment.append(EstablishmentRecord(org, occ, round(fte + open_fte, 2), open_positions,
                                                          open_fte, open_long))
            for origin in ref.ORIGINS:
                data.flows.append(FlowRecord(org, occ, "in", origin, joiners_by[key].get(origin, 0)))
            for destination in ref.DESTINATIONS:
                data.flows.append(FlowRecord(org, occ, "out", destination, leavers_by[key].get(destination, 0)))
            spec = ref.OCCUPATION_BY_CODE[occ]
            if spec.trainee_route and trains[org]:
                trainees = int(rng.poisson(n_end * _TRAINEE_RATE[occ]))
                duration = max(spec.training_years, 1.0)
                intake = int(round(trainees / duration + rng.normal(0, 0.3)))
                places = trainees + int(rng.integers(0, 3))
                supervisors = int(np.ceil(places / 2)) + int(rng.integers(0, 2)) if places else int(rng.integers(0, 2))
                data.training.append(TrainingRecord(org, occ, spec.trainee_route, trainees, max(intake, 0),
                                                    places, supervisors))
        for org in organisations:
            pct = round(float(np.clip(sick_base[org.name] + rng.normal(0.2 * round_no, 0.5), 2.0, 14.0)), 1)
            data.sickness.append(SicknessRecord(org.name, pct))
        region.rounds.append(data)
        start = end
        # one year older: move a little of the mass to the older bands
        age_shares = age_shares * np.array([0.97, 0.99, 1.0, 1.0, 1.02, 1.03, 1.0])
    return region
