"""A refused scenario parameter in the Dutch app (issue 13): the projection's ParameterError has the
shape of a validation issue (code, key, value, rule), and the app shows it as it shows every validation
message, in Dutch with Dutch numbers; the command line keeps the domain's English."""

from __future__ import annotations

import dataclasses
import re

import pytest

from hrplanner.domain.projection import examples
from hrplanner.domain.projection.errors import CODES, ParameterError
from hrplanner.domain.projection.params import Triple, from_flat
from hrplanner.ui.issues import parameter_error_text


def _base():
    return examples.gz_psycholoog()  # MODEL.md's worked example: groups women and men


def _raise(make) -> ParameterError:  # noqa: ANN001
    with pytest.raises(ParameterError) as caught:
        make()
    return caught.value


def kinds(base) -> dict[str, list[ParameterError]]:  # noqa: ANN001
    """At least one real error of every kind the app can meet, made by the domain itself."""
    group = base.groups[0].name
    errors = [
        _raise(lambda: from_flat(base, {f"group.{group}.share": 1.5})),                   # range 0..1
        _raise(lambda: from_flat(base, {f"group.{group}.fte.0": 2.5})),                   # range 0..2 fte
        _raise(lambda: from_flat(base, {"training.duration": 31})),                       # range 0..30 years
        _raise(lambda: from_flat(base, {"other_inflow.per_year": -1})),                   # 0 or more
        _raise(lambda: from_flat(base, {"years.base": 1800})),                            # 1900..2200
        _raise(lambda: from_flat(base, {"years.horizon": 20.5})),                         # whole
        _raise(lambda: from_flat(base, {"years.base": Triple(2024, 2025, 2026)})),        # single
        _raise(lambda: from_flat(base, {"demand.sustained": 2})),                         # 0 or 1
        _raise(lambda: dataclasses.replace(base.demand, sustained="ja")),                 # true or false
        _raise(lambda: from_flat(base, {"training.levr.intake": 5})),                     # unknown key
        _raise(lambda: from_flat(base, {"training.lever.intake": (3, 2, 1)})),            # not low <= mid <= high
        _raise(lambda: dataclasses.replace(base, occupation="")),                         # required
        _raise(lambda: dataclasses.replace(base, equilibrium_years=())),                  # needs a year
        _raise(lambda: dataclasses.replace(base, groups=())),                             # at least one group
        _raise(lambda: from_flat(base, {f"group.{group}.outflow.0": 0.1})),               # year after 0
        _raise(lambda: from_flat(base, {f"group.{group}.outflow.250": 0.9})),             # year at most 200
        _raise(lambda: from_flat(base, {"years.adjustment": base.base_year - 1})),        # base year or later
        _raise(lambda: from_flat(base, {"years.equilibrium.0": base.base_year + 500})),   # within the horizon
        _raise(lambda: dataclasses.replace(base, groups=(dataclasses.replace(base.groups[0], name="a.b"),))),
        _raise(lambda: dataclasses.replace(base, groups=(base.groups[0], base.groups[0]))),  # unique name
        _raise(lambda: from_flat(base, {f"group.{group}.share": 0.1})),                   # shares sum to 1
    ]
    out: dict[str, list[ParameterError]] = {}
    for error in errors:
        out.setdefault(error.code, []).append(error)
    return out


#: Words of the domain's English rules and keys that are Dutch too ("fte per persoon") are not counted.
SHARED = {"fte", "per", "horizon", "parameter", "later", "over"}


def english_words(error: ParameterError) -> set[str]:
    # an unknown key is shown as written (quoted): it is the user's text, not the app's
    key = "" if error.code == "unknown" else error.key
    words = set(re.findall(r"[a-z]{3,}", f"{error.rule} {key}".lower()))
    return words - SHARED


@pytest.mark.usefixtures("dutch")
def test_every_kind_of_parameter_error_reads_in_dutch():
    found = kinds(_base())
    # every kind but "file" (a parameter file: read only by the command line, never by the app)
    assert set(found) == set(CODES) - {"file"}
    for code, errors in found.items():
        for error in errors:
            text = parameter_error_text(error, "GZ")
            assert text.startswith("GZ: "), text
            words = set(re.findall(r"[a-z]{3,}", text.lower()))
            assert not words & english_words(error), (code, text, words & english_words(error))
            if code != "unknown":
                assert error.key not in text, text  # never the internal key
    (unknown,) = found["unknown"]
    assert parameter_error_text(unknown) == "\u201ctraining.levr.intake\u201d = 5: is geen parameter van deze raming"
    (horizon,) = found["whole"]
    assert parameter_error_text(horizon) == "Horizon (jaren) = 20,5: moet een geheel getal zijn"  # not rounded


@pytest.mark.usefixtures("dutch")
def test_a_share_out_of_range_in_dutch_words_and_numbers():
    base = _base()
    group = base.groups[0].name
    error = _raise(lambda: from_flat(base, {f"group.{group}.share": 1.5}))
    assert error.code == "range" and error.value == 1.5 and error.rule == "must be between 0 and 1"
    # the group's name in Dutch ("vrouwen", "mannen" or "alle"), 1.5 as 1,5
    assert parameter_error_text(error, "GZ") in {
        f"GZ: Aandeel personen ({name}) = 1,5: moet tussen 0 en 1 liggen"
        for name in ("vrouwen", "mannen", "alle")}


@pytest.mark.usefixtures("dutch")
def test_years_keep_their_digits():
    base = _base()
    error = _raise(lambda: from_flat(base, {"years.adjustment": base.base_year - 1}))
    # e.g. base year 2025: "Bijsturingsjaar = 2024: moet 2025 (het basisjaar) of later zijn" (no "2.025")
    assert parameter_error_text(error) == (f"Bijsturingsjaar = {base.base_year - 1}: moet {base.base_year} "
                                           "(het basisjaar) of later zijn")


def test_the_command_line_keeps_english():
    base = _base()
    group = base.groups[0].name
    error = _raise(lambda: from_flat(base, {f"group.{group}.share": 1.5}))
    assert str(error) == f"group.{group}.share = 1.5: must be between 0 and 1"
    issue = error.issue("GZ")
    assert issue.message() == f"GZ: group.{group}.share = 1.5: must be between 0 and 1"
    assert issue.code == "parameter.range"
