"""The stock-flow simulation behind the demo region (:mod:`hrplanner.domain.demo`): organisations, the
persons of every organisation x occupation per age band and sex, and one year of leavers, ageing and
joiners per round. Kept apart so that only generating a demo imports numpy.

Rates and shares below are chosen so that every round stays in FACTS.md's ranges (see the module
docstring of :mod:`hrplanner.domain.demo`); the steady state of the age model keeps the mean age near
40 and 45 % of the leavers under 35.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from hrplanner.domain import reference as ref
from hrplanner.domain.demo import DEMO_ORGANISATIONS
from hrplanner.domain.records import (
    EstablishmentRecord,
    FlowRecord,
    OrganisationRecord,
    RoundData,
    SicknessRecord,
    StaffingRecord,
    TrainingRecord,
)

#: Made-up names; none is meant to resemble a real organisation.
_PROVIDER_NAMES = (
    "Stichting Boomhut", "Kleurrijk Opgroeien", "Het Vlechtwerk", "Jeugdhulp Lindehof",
    "Kompasroos Jeugd", "Zevensprong Jeugdhulp", "Zonnewijzer Gezinszorg", "De Wilgenkrans",
    "Opgroeihuis Esrand", "Vlinderveld Jeugd", "Trampoline Jeugdhulp", "Stichting Kantelpunt",
    "De Brugwachter", "Jeugdhulp Hoeksteen-Oost", "Steigerwerk Jeugd", "Gezinshuis De Eikel",
    "Stichting Dwarsligger",
)
_INSTITUTION_NAMES = ("Jeugdbescherming Tukkerland", "Gezinsvoogdij Oost-Twente", "Voogdijhuis Dinkeldal")
_TEAM_NAMES = (
    "Toegangsteam Noord", "Toegangsteam Midden", "Toegangsteam Zuid", "Toegangsteam Stedelijk",
)
_TEAM_PLACES = ("Tubbergen", "Hengelo", "Haaksbergen", "Enschede")
#: Name parts of the small providers of a larger region (forms x words: 320 made-up names).
_SMALL_FORMS = ("Gezinshuis {}", "Praktijk {}", "{} Jeugdhulp", "Stichting {}", "Zorgboerderij {}",
                "{} Opvoedsteun", "Jeugdatelier {}", "{} Gezinsbegeleiding")
_SMALL_WORDS = (
    "Beukennootje", "Klaproosveld", "Heidebloesem", "Otterspoor", "Zwaluwnest", "Meidoornhaag", "Kievitsbloem",
    "Vlonderpad", "Lijsterbes", "Walnotenhof", "Hazelaartje", "Pimpelmees", "Korenbloem", "Roodborstje",
    "Sleedoorn", "Waterhoen", "Elzenbroek", "Berkenlaantje", "Zandloper", "Boterbloem", "Vossenhol",
    "Eekhoorntje", "Weidevogel", "Kamperfoelie", "Wilgenhoek", "Dassenburcht", "Hooiberg", "Molenwiek",
    "Plukbos", "Stapsteen", "Regenboogje", "Windvaan", "Knotwilg", "Klimrek", "Zeepbel", "Boomgaardje",
    "Vijverhof", "Bramenpad", "Kastanjehof", "Uilenest",
)
#: Municipalities weighted by their (rounded) population, for the small providers.
_MUNICIPALITY_WEIGHT = {
    "Almelo": 74, "Borne": 24, "Dinkelland": 26, "Enschede": 160, "Haaksbergen": 24, "Hellendoorn": 36,
    "Hengelo": 82, "Hof van Twente": 35, "Losser": 23, "Oldenzaal": 32, "Rijssen-Holten": 38,
    "Tubbergen": 21, "Twenterand": 34, "Wierden": 25,
}

#: Occupation mix (share of persons) per kind of organisation.
_MIX = {
    "provider": {"PM": 0.30, "JZW": 0.14, "JGP": 0.19, "GW": 0.09, "OG": 0.03, "GZ": 0.05, "KJP": 0.02,
                 "KP": 0.01, "KJPS": 0.006, "VT": 0.04, "OP": 0.10},
    "certified_institution": {"JGP": 0.70, "GW": 0.10, "OG": 0.02, "OP": 0.18},
    "access_team": {"SW": 0.50, "JGP": 0.28, "GW": 0.10, "OG": 0.02, "OP": 0.10},
}
#: Share of persons per age band at the start of the first round's year (mean age close to 40).
_AGE_SHARES = np.array([0.10, 0.28, 0.24, 0.20, 0.10, 0.07, 0.01])
#: Yearly share of a band that leaves the organisation (not retirement), before the pair's noise:
#: the young leave more often, so that about 45 % of the leavers are under 35 (FACTS.md).
_EXIT_RATE = np.array([0.17, 0.14, 0.10, 0.085, 0.08, 0.07, 0.0])
#: Yearly share of a band (of those not leaving otherwise) that retires.
_RETIRE_RATE = np.array([0.0, 0.0, 0.0, 0.0, 0.005, 0.10, 0.45])
#: Yearly share of a band that grows into the next band: one over the band's width in years.
_AGEING = np.array([1 / 7, 1 / 10, 1 / 10, 1 / 10, 1 / 5, 1 / 5, 0.0])
#: Age profile of joiners (younger than the stock; keeps the average age near 40 year after year).
_JOINER_AGE = np.array([0.26, 0.36, 0.20, 0.12, 0.05, 0.01, 0.0])
_WOMEN_SHARE = {"KJPS": 0.68, "KP": 0.75, "OP": 0.70}
_FTE_FACTOR = {"women": 0.77, "men": 0.86}
_SEXES = ("women", "men")
#: Yearly vacancy rate (open fte / fte) per occupation, before noise.
_VACANCY = {"GZ": 0.07, "GW": 0.06, "OG": 0.06, "KJP": 0.06, "KP": 0.07, "KJPS": 0.10, "JGP": 0.045,
            "SW": 0.04, "PM": 0.03, "JZW": 0.035, "VT": 0.02, "OP": 0.015}
_MEAN_VACANCY_FTE = 0.85
_HARD_TO_FILL = ("GZ", "GW", "OG", "KJP", "KP", "KJPS")
#: Trainees in training per person, for organisations that train.
_TRAINEE_RATE = {"PM": 0.07, "JZW": 0.06, "JGP": 0.05, "SW": 0.05, "GW": 0.03, "OG": 0.12, "GZ": 0.15,
                 "KJP": 0.12, "KP": 0.10, "KJPS": 0.10, "VT": 0.03, "OP": 0.0}
#: Where leavers (other than retirements) go, and where joiners from outside the region come from.
_LEAVER_DESTINATIONS = ("region", "youth_care_elsewhere", "other_sector", "unknown")
_LEAVER_SHARES = np.array([0.30, 0.10, 0.45, 0.15])
_JOINER_ORIGINS = ("education", "youth_care_elsewhere", "other_sector", "reentry", "unknown")
_JOINER_SHARES = np.array([0.40, 0.12, 0.32, 0.08, 0.08])
#: Sickness absence: an organisation's own level (about 6.3 %), to which its yearly figure returns.
_SICKNESS_MEAN, _SICKNESS_SD, _SICKNESS_PULL = 6.3, 1.3, 0.5


def _split(rng: np.random.Generator, total: int, shares: dict[str, float]) -> dict[str, int]:
    keys = list(shares)
    p = np.array([shares[k] for k in keys], dtype=float)
    counts = rng.multinomial(total, p / p.sum())
    return {k: int(c) for k, c in zip(keys, counts)}


# --- organisations ---------------------------------------------------------------------------------------


def _small_provider_name(index: int) -> str:
    """The ``index``-th made-up small-provider name; unique for every index."""
    forms, words = len(_SMALL_FORMS), len(_SMALL_WORDS)
    block, rest = divmod(index, forms * words)
    quotient, remainder = divmod(rest, forms)
    name = _SMALL_FORMS[remainder].format(_SMALL_WORDS[(quotient + 3 * remainder) % words])
    if block:  # past the 320 combinations: the same names again, told apart by a place
        name += f" ({ref.MUNICIPALITIES[(block - 1) % len(ref.MUNICIPALITIES)]}"
        name += f" {(block - 1) // len(ref.MUNICIPALITIES) + 2})" if block > len(ref.MUNICIPALITIES) else ")"
    return name


def _kind_counts(n: int) -> tuple[int, int, int]:
    """Providers, certified institutions and access teams of a region with ``n`` organisations."""
    institutions = 1 if n < 10 else 2 if n < 150 else 3
    teams = min(len(ref.MUNICIPALITIES), max(1, round(n * len(_TEAM_NAMES) / DEMO_ORGANISATIONS)))
    return n - institutions - teams, institutions, teams


def _organisations(rng: np.random.Generator, n: int) -> list[OrganisationRecord]:
    municipalities = list(ref.MUNICIPALITIES)
    n_providers, n_institutions, n_teams = _kind_counts(n)
    orgs = []
    for i, name in enumerate(_PROVIDER_NAMES[:n_providers]):
        orgs.append(OrganisationRecord(name, "provider", municipalities[(i * 5) % len(municipalities)]))
    weights = np.array(list(_MUNICIPALITY_WEIGHT.values()), dtype=float)
    places = rng.choice(list(_MUNICIPALITY_WEIGHT), size=max(0, n_providers - len(_PROVIDER_NAMES)),
                        p=weights / weights.sum())
    for i, place in enumerate(places):
        orgs.append(OrganisationRecord(_small_provider_name(i), "provider", str(place)))
    for i, name in enumerate(_INSTITUTION_NAMES[:n_institutions]):
        orgs.append(OrganisationRecord(name, "certified_institution", ("Enschede", "Almelo", "Oldenzaal")[i]))
    for i in range(n_teams):
        if i < len(_TEAM_NAMES):
            orgs.append(OrganisationRecord(_TEAM_NAMES[i], "access_team", _TEAM_PLACES[i]))
        else:  # one team for every other municipality
            rest = [m for m in municipalities if m not in _TEAM_PLACES]
            place = rest[i - len(_TEAM_NAMES)]
            orgs.append(OrganisationRecord(f"Toegangsteam {place}", "access_team", place))
    return orgs


def _size(rng: np.random.Generator, kind: str, small: bool) -> int:
    if small:  # a family home or small practice of a region that contracts many providers
        return int(np.clip(rng.lognormal(np.log(7), 0.7), 2, 60))
    if kind == "provider":
        return int(np.clip(rng.lognormal(np.log(95), 0.65), 25, 420))
    if kind == "certified_institution":
        return int(rng.integers(120, 190))
    return int(rng.integers(35, 75))


# --- the stock of every organisation x occupation ------------------------------------------------------------


@dataclass
class _Stock:
    """Persons per organisation x occupation (rows) x age band x sex, and what stays with a row."""

    organisations: list[str]
    occupations: list[str]
    cells: np.ndarray  # (pairs, bands, 2) whole persons: women, men
    women_share: np.ndarray  # (pairs,)
    fte_factor: np.ndarray  # (pairs, 2) fte per person of women and men (the youngest band works a little more)

    def fte(self) -> np.ndarray:
        """fte per cell, rounded to 2 decimals as the register stores them."""
        factor = np.repeat(self.fte_factor[:, None, :], len(ref.AGE_BANDS), axis=1)
        factor[:, 0, :] = np.minimum(1.0, factor[:, 0, :] + 0.03)
        return np.round(self.cells * factor, 2)


@dataclass
class _Year:
    """The flows of one year per pair: leavers by destination, joiners by origin."""

    leavers: dict[str, np.ndarray]
    joiners: dict[str, np.ndarray]


def _initial_stock(rng: np.random.Generator, organisations: list[OrganisationRecord]) -> tuple[_Stock, dict[str, bool]]:
    org_names, occupations, persons = [], [], []
    trains: dict[str, bool] = {}
    for index, org in enumerate(organisations):
        small = org.kind == "provider" and org.name not in _PROVIDER_NAMES
        size = _size(rng, org.kind, small)
        for occ, n in _split(rng, size, _MIX[org.kind]).items():
            if n > 0:
                org_names.append(org.name)
                occupations.append(occ)
                persons.append(n)
        trains[org.name] = org.kind != "access_team" and rng.random() > 0.25 or org.kind == "certified_institution"
    bands = rng.multinomial(np.array(persons), _AGE_SHARES / _AGE_SHARES.sum())
    women_share = np.array([_WOMEN_SHARE.get(occ, 0.82) for occ in occupations])
    women = rng.binomial(bands, women_share[:, None])
    cells = np.stack([women, bands - women], axis=2)
    fte_factor = np.clip(rng.normal([_FTE_FACTOR[s] for s in _SEXES], 0.04, size=(len(persons), 2)), 0.5, 1.0)
    return _Stock(org_names, occupations, cells, women_share, fte_factor), trains


def _advance(rng: np.random.Generator, stock: _Stock, trains: dict[str, bool]) -> _Year:
    """One year of the stock: leavers, ageing and joiners; returns the year's flows per pair."""
    cells = stock.cells
    pairs = len(cells)
    n_start = cells.sum(axis=(1, 2))
    noise = np.clip(rng.normal(1.0, 0.17, size=pairs), 0.6, 1.6)
    exits = rng.binomial(cells, np.clip(_EXIT_RATE[None, :, None] * noise[:, None, None], 0.0, 0.6))
    staying = cells - exits
    retired = rng.binomial(staying, _RETIRE_RATE[None, :, None])
    survivors = staying - retired
    moving = rng.binomial(survivors[:, :-1, :], _AGEING[None, :-1, None])
    survivors[:, :-1, :] -= moving
    survivors[:, 1:, :] += moving
    growth = rng.normal(0.01, 0.03, size=pairs)
    target = np.maximum(1, np.rint(n_start * (1 + growth))).astype(np.int64)
    joiners = np.maximum(0, target - survivors.sum(axis=(1, 2)))
    joiner_bands = rng.multinomial(joiners, _JOINER_AGE / _JOINER_AGE.sum())
    joiner_women = rng.binomial(joiner_bands, stock.women_share[:, None])
    stock.cells = survivors + np.stack([joiner_women, joiner_bands - joiner_women], axis=2)
    stock.fte_factor = np.clip(stock.fte_factor + rng.normal(0.0, 0.01, size=stock.fte_factor.shape), 0.5, 1.0)

    destination = rng.multinomial(exits.sum(axis=(1, 2)), _LEAVER_SHARES / _LEAVER_SHARES.sum())
    leavers = {name: destination[:, i].copy() for i, name in enumerate(_LEAVER_DESTINATIONS)}
    leavers["retirement"] = retired.sum(axis=(1, 2))
    arrivals = _place_regional_movers(rng, stock.occupations, leavers, joiners)
    origin = rng.multinomial(joiners - arrivals, _JOINER_SHARES / _JOINER_SHARES.sum())
    joined = {name: origin[:, i].copy() for i, name in enumerate(_JOINER_ORIGINS)}
    # organisations that do not train take fewer people straight from education
    no_training = np.array([not trains[org] for org in stock.organisations])
    moved = np.where(no_training, joined["education"] // 2, 0)
    joined["education"] -= moved
    joined["other_sector"] += moved
    joined["region"] = arrivals
    return _Year(leavers, joined)


def _place_regional_movers(rng: np.random.Generator, occupations: list[str], leavers: dict[str, np.ndarray],
                           joiners: np.ndarray) -> np.ndarray:
    """Joiners from the region per pair: the occupation's leavers to the region arrive elsewhere in it.

    Movers go to pairs in proportion to their joiners and never beyond them; movers that find no room
    (more movers than joiners) are recorded as leaving for youth care elsewhere, so that movement inside
    the region balances per occupation. Changes ``leavers["region"]`` for those.
    """
    arrivals = np.zeros(len(joiners), dtype=np.int64)
    codes = np.array(occupations)
    for occ in dict.fromkeys(occupations):
        index = np.flatnonzero(codes == occ)
        pool = int(leavers["region"][index].sum())
        capacity = joiners[index]
        weights = capacity.astype(float) if capacity.sum() else np.ones(len(index))
        arriving = np.minimum(rng.multinomial(pool, weights / weights.sum()), capacity)
        overflow = pool - int(arriving.sum())
        for i in np.argsort(-(capacity - arriving), kind="stable"):  # the most room first
            if overflow == 0:
                break
            take = min(int(capacity[i] - arriving[i]), overflow)
            arriving[i] += take
            overflow -= take
        for i in index:  # what does not fit in the region leaves it
            if overflow == 0:
                break
            moved = min(overflow, int(leavers["region"][i]))
            leavers["region"][i] -= moved
            leavers["youth_care_elsewhere"][i] += moved
            overflow -= moved
        arrivals[index] = arriving
    return arrivals


# --- one round's records ------------------------------------------------------------------------------------


def _round_data(rng: np.random.Generator, reference_date: date, closed: bool, stock: _Stock, year: _Year,
                trains: dict[str, bool]) -> RoundData:
    data = RoundData(reference_date, f"Peildatum {reference_date.strftime('%d-%m-%Y')}", closed=closed)
    fte = stock.fte()
    pair_fte = np.round(fte.sum(axis=(1, 2)), 2)
    pair_persons = stock.cells.sum(axis=(1, 2))
    for p, b, s in zip(*np.nonzero(stock.cells)):
        data.staffing.append(StaffingRecord(stock.organisations[p], stock.occupations[p], ref.AGE_BANDS[b],
                                            _SEXES[s], int(stock.cells[p, b, s]), float(fte[p, b, s])))
    vacancy = np.array([_VACANCY[occ] for occ in stock.occupations])
    rate = np.clip(rng.normal(vacancy, vacancy * 0.5), 0.0, 0.2)
    positions = rng.poisson(pair_fte * rate / _MEAN_VACANCY_FTE)
    size = np.clip(rng.normal(_MEAN_VACANCY_FTE, 0.1, size=len(positions)), 0.5, 1.0)
    open_fte = np.round(positions * size, 2)
    long_share = np.array([0.45 if occ in _HARD_TO_FILL else 0.3 for occ in stock.occupations])
    open_long = rng.binomial(positions, long_share)
    for p, (org, occ) in enumerate(zip(stock.organisations, stock.occupations)):
        data.establishment.append(EstablishmentRecord(
            org, occ, round(float(pair_fte[p] + open_fte[p]), 2), int(positions[p]), float(open_fte[p]),
            int(open_long[p])))
        for origin in ref.ORIGINS:
            data.flows.append(FlowRecord(org, occ, "in", origin, int(year.joiners[origin][p])))
        for destination in ref.DESTINATIONS:
            data.flows.append(FlowRecord(org, occ, "out", destination, int(year.leavers[destination][p])))
        spec = ref.OCCUPATION_BY_CODE[occ]
        if spec.trainee_route and trains[org]:
            trainees = int(rng.poisson(pair_persons[p] * _TRAINEE_RATE[occ]))
            duration = max(spec.training_years, 1.0)
            intake = int(round(trainees / duration + rng.normal(0, 0.3)))
            places = trainees + int(rng.integers(0, 3))
            supervisors = int(np.ceil(places / 2)) + int(rng.integers(0, 2)) if places else int(rng.integers(0, 2))
            data.training.append(TrainingRecord(org, occ, spec.trainee_route, trainees, max(intake, 0),
                                                places, supervisors))
    return data


def simulate(seed: int, organisations: int,
             dates: tuple[date, ...]) -> tuple[list[OrganisationRecord], list[RoundData]]:
    """The organisations and one round per reference date (oldest first; all but the last closed)."""
    rng = np.random.default_rng(seed)
    orgs = _organisations(rng, organisations)
    stock, trains = _initial_stock(rng, orgs)
    own_sickness = np.clip(rng.normal(_SICKNESS_MEAN, _SICKNESS_SD, size=len(orgs)), 3.0, 11.0)
    sickness = own_sickness.copy()
    rounds = []
    for round_no, reference_date in enumerate(dates):
        year = _advance(rng, stock, trains)
        data = _round_data(rng, reference_date, round_no < len(dates) - 1, stock, year, trains)
        sickness = own_sickness + _SICKNESS_PULL * (sickness - own_sickness) + rng.normal(0, 0.5, size=len(orgs))
        data.sickness = [SicknessRecord(org.name, round(float(np.clip(pct, 2.0, 14.0)), 1))
                         for org, pct in zip(orgs, sickness)]
        rounds.append(data)
    return orgs, rounds
