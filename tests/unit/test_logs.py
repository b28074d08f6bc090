"""The log file: rotated at start once full, three earlier files kept, links moved and never followed."""

from __future__ import annotations

import logging
import os

import pytest

from hrplanner import logs


def _write(path, text):
    path.write_text(text, encoding="utf-8")


def test_a_small_log_is_not_rotated(tmp_path):
    log = tmp_path / "hrplanner.log"
    _write(log, "x" * 99)
    logs.rotate(log, max_bytes=100)
    assert log.read_text(encoding="utf-8") == "x" * 99
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hrplanner.log"]


def test_a_full_log_moves_up_and_the_oldest_beyond_the_backups_goes(tmp_path):
    log = tmp_path / "hrplanner.log"
    for name, text in (("hrplanner.log", "now" * 50), ("hrplanner.log.1", "one"), ("hrplanner.log.2", "two"),
                       ("hrplanner.log.3", "three")):
        _write(tmp_path / name, text)
    logs.rotate(log, max_bytes=100, backups=3)  # "now" * 50 is 150 bytes: 100 or more
    assert not log.exists()
    assert (tmp_path / "hrplanner.log.1").read_text(encoding="utf-8") == "now" * 50
    assert (tmp_path / "hrplanner.log.2").read_text(encoding="utf-8") == "one"
    assert (tmp_path / "hrplanner.log.3").read_text(encoding="utf-8") == "two"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hrplanner.log.1", "hrplanner.log.2", "hrplanner.log.3"]


def test_no_log_yet_is_nothing_to_rotate(tmp_path):
    logs.rotate(tmp_path / "hrplanner.log", max_bytes=1)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_link_in_place_of_the_log_is_judged_by_itself_and_moved_not_followed(tmp_path):
    target = tmp_path / "elsewhere.txt"
    _write(target, "y" * 500)
    log = tmp_path / "hrplanner.log"
    log.symlink_to(target)
    logs.rotate(log, max_bytes=len(str(target)) + 1)  # the link is shorter than that: kept
    assert log.is_symlink()
    logs.rotate(log, max_bytes=1)
    assert (tmp_path / "hrplanner.log.1").is_symlink() and target.read_text(encoding="utf-8") == "y" * 500


def test_setup_rotates_a_full_log_and_writes_to_a_fresh_one(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "data_dir", lambda: tmp_path)
    log = tmp_path / "logs" / "hrplanner.log"
    log.parent.mkdir()
    _write(log, "z" * logs.MAX_BYTES)
    root = logging.getLogger()
    before = list(root.handlers)
    monkeypatch.setattr(root, "handlers", [h for h in before if not getattr(h, "_hrplanner", False)])
    level = root.level
    try:
        assert logs.setup_logging() == log
        logging.getLogger("hrplanner.test").info("after the rotation")
        for handler in root.handlers:
            handler.flush()
        assert (tmp_path / "logs" / "hrplanner.log.1").stat().st_size == logs.MAX_BYTES
        assert "after the rotation" in log.read_text(encoding="utf-8")
        assert log.stat().st_size < 200
    finally:
        for handler in root.handlers:
            if getattr(handler, "_hrplanner", False):
                handler.close()
        root.setLevel(level)
