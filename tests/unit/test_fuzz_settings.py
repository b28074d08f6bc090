"""The hypothesis set-up (tests/fuzzing.py): seeded in CI, 1,000 examples per fuzz test in CI and a
lighter 200 locally, every long fuzz run marked ``slow``."""

from __future__ import annotations

import importlib

import pytest
from hypothesis import settings

from tests import fuzzing

FUZZ_MODULES = ("tests.unit.test_fuzz_cli", "tests.unit.test_fuzz_excel", "tests.unit.test_fuzz_params")


def test_examples_per_environment():
    assert fuzzing.fuzz_examples({"CI": "true"}) == 1000
    assert fuzzing.fuzz_examples({"CI": "1"}) == 1000
    assert fuzzing.fuzz_examples({}) == 200 and fuzzing.fuzz_examples({"CI": "false"}) == 200
    assert fuzzing.fuzz_examples({"CI": "true", "HRPLANNER_FUZZ_EXAMPLES": "5000"}) == 5000


def test_this_run_uses_the_profile_of_its_environment():
    assert fuzzing.FUZZ.max_examples == fuzzing.fuzz_examples()
    if fuzzing.in_ci():
        assert settings.default.derandomize and fuzzing.FUZZ.derandomize
        assert fuzzing.FUZZ.max_examples >= 1000
    else:
        assert not settings.default.derandomize


@pytest.mark.parametrize("module", FUZZ_MODULES)
def test_every_fuzz_test_is_slow_and_uses_the_shared_settings(module):
    tests = {name: fn for name, fn in vars(importlib.import_module(module)).items()
             if name.startswith("test_fuzz")}
    assert tests
    for name, fn in tests.items():
        assert any(mark.name == "slow" for mark in getattr(fn, "pytestmark", [])), name
        assert fn._hypothesis_internal_use_settings.max_examples == fuzzing.FUZZ_EXAMPLES, name
