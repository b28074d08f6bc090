"""Crash safety: a short run of the kill harness (tools/crash_harness.py; run it with --kills 200 for
the full proof). A child imports Excel templates and applies edit batches in a loop and is killed at
random moments; after each kill the register must be sound and every action wholly there or absent."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import crash_harness  # noqa: E402


def test_ten_kills_leave_a_sound_register_with_whole_actions(tmp_path):
    result = crash_harness.run_harness(10, seed=20251231, workdir=tmp_path)
    assert result.failures == []
    assert result.kills == 10
    assert result.actions_committed >= 1  # the child got work done between the kills
    assert result.in_flight_present + result.in_flight_absent == 10


def test_the_harness_notices_an_edit_batch_that_is_not_one_transaction(tmp_path):
    """Its self-test: with each edit batch split into single-cell transactions, a kill in the middle
    of a batch leaves a mix of old and new values, which the harness must report."""
    result = crash_harness.run_harness(40, seed=7, workdir=tmp_path, split_batches=True)
    assert len(result.failures) == 1
    assert "edit batch) is half there: edited cells are a mix" in result.failures[0]
