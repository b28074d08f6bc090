"""Hostile parameter files against the loader (hrplanner.domain.projection.loads_params): random
TOML-ish text, and random structured documents (mutations of a valid file, dumped to TOML). The loader
must return valid parameters or raise ParameterFileError naming the problem, nothing else; and valid
parameters must survive a write and read back unchanged."""

from __future__ import annotations

import json
import math
import tomllib
from datetime import date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hrplanner.domain.projection import ParameterFileError, ProjectionParams, dump_toml, loads_params
from hrplanner.domain.projection.examples import gz_psycholoog, synthetic_occupation

from tests.fuzzing import FUZZ


VALID_FILES = [dump_toml(gz_psycholoog()), dump_toml(synthetic_occupation(3))]
VALID_LINES = sorted({line for text in VALID_FILES for line in text.splitlines()})
KEYS = sorted({line.split("=")[0].strip() for line in VALID_LINES if "=" in line} | {
    "low", "middle", "high", "equilibrium_years", "code", "care_type", "clients", "fte_per_100_clients",
    "intake", "completion", "per_year", "group"})


def load(text: str) -> ProjectionParams | None:
    """The loader's answer: parameters, or None for a ParameterFileError with a usable message."""
    try:
        params = loads_params(text, source="fuzz.toml")
    except ParameterFileError as exc:
        message = str(exc)
        assert message.startswith("fuzz.toml: ") and len(message) < 2000
        return None
    assert isinstance(params, ProjectionParams)
    assert loads_params(dump_toml(params)) == params  # what is written reads back the same
    return params


# --- random TOML-ish text ---------------------------------------------------------------------------------

_VALUE_TOKENS = st.sampled_from([
    "0", "-1", "1e999", "-1e999", "nan", "inf", "-inf", "+inf", "0.5", "1_000", "0x10", "1e-400", "9" * 40,
    '"x"', "'x'", '""', "true", "false", "2025-12-31", "1979-05-27T07:32:00Z", "[]", "[1, 2]", "{}",
    "{low = 1, middle = 2, high = 3}", "{low = 3, middle = 2, high = 1}", "{5 = 0.1}", "{-5 = 0.1}",
    "{0 = 1}", "{1000 = 1}", '{"a" = 1}', "{1 = nan}", "[[1]]", '"""multi\nline"""',
])
_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20)


@st.composite
def tomlish(draw) -> str:
    lines = list(draw(st.sampled_from(VALID_FILES)).splitlines())
    for _ in range(draw(st.integers(0, 12))):
        action = draw(st.sampled_from(["drop", "duplicate", "swap", "value", "key", "insert", "garbage"]))
        if not lines:
            lines.append(draw(st.sampled_from(VALID_LINES)))
        i = draw(st.integers(0, len(lines) - 1))
        if action == "drop":
            del lines[i]
        elif action == "duplicate":
            lines.insert(i, lines[i])
        elif action == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif action == "value" and "=" in lines[i]:
            lines[i] = lines[i].split("=")[0] + "= " + draw(_VALUE_TOKENS)
        elif action == "key" and "=" in lines[i]:
            key = draw(st.one_of(st.sampled_from(KEYS), _TEXT.map(toml_string)))
            lines[i] = key + " =" + lines[i].split("=", 1)[1]
        elif action == "insert":
            lines.insert(i, draw(st.one_of(st.sampled_from(VALID_LINES), st.sampled_from(
                ["[projection]", "[supply]", "[[supply.group]]", "[demand.trend]", "[[demand.care_type]]",
                 "[training]", "[other_inflow]", "[unknown]", "[supply.group]", "[[projection]]"]))))
        else:
            lines.insert(i, draw(_TEXT))
    return "\n".join(lines)


@pytest.mark.slow
@FUZZ
@given(text=tomlish())
def test_fuzz_tomlish_text(text):
    load(text)


@pytest.mark.slow
@FUZZ
@given(text=st.text(max_size=300))
def test_fuzz_random_text(text):
    load(text)


# --- random structured documents --------------------------------------------------------------------------

SCALARS = st.one_of(
    st.integers(-10**20, 10**20), st.integers(-3, 3000),
    st.floats(allow_nan=True, allow_infinity=True), st.floats(-2, 2),
    _TEXT, st.booleans(), st.dates(), st.just(time(7, 30)), st.just(datetime(2025, 1, 1, 12, 0)),
)
VALUES = st.recursive(SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.one_of(st.sampled_from(KEYS), _TEXT, st.integers(-5, 60).map(str)),
                                                 inner, max_size=4)), max_leaves=12)


def toml_string(text: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped, the rest as it is."""
    escaped = "".join(
        "\\" + ch if ch in '"\\' else f"\\u{ord(ch):04x}" if ord(ch) < 0x20 or ord(ch) == 0x7F else ch
        for ch in text)
    return f'"{escaped}"'


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        unique = {str(k): v for k, v in value.items()}  # 5 and "5" are one key in TOML
        return "{" + ", ".join(f"{toml_string(k)} = {toml_value(v)}" for k, v in unique.items()) + "}"
    raise TypeError(type(value))


def toml_document(data: dict) -> str:
    return "\n".join(f"{toml_string(str(k))} = {toml_value(v)}" for k, v in data.items())


BASE_DOCUMENTS = [tomllib.loads(text) for text in VALID_FILES]


def paths(value: object, prefix: tuple = ()) -> list[tuple]:
    found = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            found += paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            found += paths(v, (*prefix, i))
    return found


def _at(document: object, path: tuple) -> object:
    for step in path:
        document = document[step]
    return document


@st.composite
def documents(draw) -> dict:
    document = json.loads(json.dumps(draw(st.sampled_from(BASE_DOCUMENTS)), default=str))  # a deep copy
    for _ in range(draw(st.integers(1, 6))):
        path = draw(st.sampled_from(paths(document)[1:]))
        parent, last = _at(document, path[:-1]), path[-1]
        action = draw(st.sampled_from(["replace", "delete", "add", "scale"]))
        if action == "replace":
            parent[last] = draw(VALUES)
        elif action == "delete":
            del parent[last]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.one_of(st.sampled_from(KEYS), _TEXT))] = draw(VALUES)
        elif action == "scale" and isinstance(parent[last], (int, float)) and not isinstance(parent[last], bool):
            parent[last] = parent[last] * draw(st.sampled_from([-1, 0, 0.5, 2, 1e6, 1e300]))
    return document


@pytest.mark.slow
@FUZZ
@given(document=documents())
def test_fuzz_structured_documents(document):
    load(toml_document(document))


def test_the_generators_start_from_valid_files():
    """The valid files load; the document writer reproduces them; a mutation can be refused."""
    for text, document in zip(VALID_FILES, BASE_DOCUMENTS):
        assert load(text) is not None
        assert load(toml_document(document)) == loads_params(text)
    broken = json.loads(json.dumps(BASE_DOCUMENTS[0]))
    broken["supply"]["group"][0]["share"] = "veel"
    assert load(toml_document(broken)) is None
