"""Shared test set-up: headless Qt, a private data folder and settings per test session."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_DATA = Path(tempfile.mkdtemp(prefix="hrplanner-test-data-"))
os.environ["HRPLANNER_DATA_DIR"] = str(_DATA)
os.environ.setdefault("HRPLANNER_SETTINGS_DIR", str(_DATA / "settings"))

import tests.fuzzing  # noqa: E402,F401 - loads the hypothesis profile (seeded in CI) before any test module


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """The demo register, generated once per test session; copy it before changing it."""
    from hrplanner.services.demo import write_demo

    path = tmp_path_factory.mktemp("demo") / "demo.hrplan"
    write_demo(path).close()
    return path


@pytest.fixture
def demo_path(demo_template, tmp_path) -> Path:
    """A private copy of the demo register for one test."""
    from hrplanner.db.engine import backup_file

    return backup_file(demo_template, tmp_path / "demo.hrplan")
