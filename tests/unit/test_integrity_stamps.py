"""SQLite's integrity check before opening for writing runs once per state of a register file: the
bytes a check passed on, and those a writer session leaves, are stamped; anything changed elsewhere is
checked in full (services/integrity.py, hrplanner/stamps.py)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from hrplanner.db import engine as db
from hrplanner.db import repositories as repo
from hrplanner.services import integrity
from hrplanner.services.locking import open_for_editing, open_for_writing
from hrplanner.stamps import KEY_NAME
from tests.unit.helpers import small_register
from tests.unit.test_hostile_files import _damage


@pytest.fixture
def stamps_here(tmp_path, monkeypatch) -> Path:
    """A stamps folder of this test's own."""
    where = tmp_path / "stamps"
    monkeypatch.setattr(integrity, "folder", lambda: where)
    return where


@pytest.fixture
def checks(monkeypatch) -> list[int]:
    """One entry per full integrity check run."""
    ran: list[int] = []
    real = db.snapshot_integrity_problems

    def counted(data: bytes) -> list[str]:
        ran.append(len(data))
        return real(data)

    monkeypatch.setattr(db, "snapshot_integrity_problems", counted)
    return ran


@pytest.fixture
def register(tmp_path) -> Path:
    small_register(tmp_path / "small.hrplan").close()
    return tmp_path / "small.hrplan"


def test_a_sound_register_is_checked_once_and_not_again_while_unchanged(register, stamps_here, checks):
    with open_for_editing(register) as session:
        assert not session.read_only
    assert len(checks) == 1
    key = (stamps_here / KEY_NAME).stat()
    assert key.st_size == 32 and key.st_mode & 0o077 == 0  # the user's alone
    assert stamps_here.stat().st_mode & 0o077 == 0
    for _ in range(2):
        with open_for_editing(register) as session:
            assert not session.read_only
    assert len(checks) == 1  # the stamp vouched for the same bytes


def test_what_a_writer_session_leaves_is_stamped_at_closing(register, stamps_here, checks):
    before = register.read_bytes()
    with open_for_writing(register) as session, session.register.transaction() as s:
        repo.set_meta("note", "changed in the app", session=s)
    assert register.read_bytes() != before and not Path(f"{register}-wal").exists()
    assert len(checks) == 1  # at the opening
    with open_for_writing(register) as session:
        assert session.register.meta()["note"] == "changed in the app"
    assert len(checks) == 1  # the state the session left was stamped


def test_a_change_made_elsewhere_is_checked_in_full_and_damage_found(register, stamps_here, checks):
    with open_for_editing(register):
        pass
    _damage(register, "index out of step")  # another program: other bytes, the stamp no longer fits
    with open_for_editing(register) as session:
        assert session.read_only and session.lock is None
        assert "fails the SQLite integrity check" in session.read_only_reason
    assert len(checks) == 2
    with pytest.raises(db.DamagedRegisterError):
        open_for_writing(register)
    assert len(checks) == 3  # damage is never stamped: checked every time


@pytest.mark.parametrize("how", ["stamp changed", "key replaced", "stamp from another file", "stamp is a link",
                                 "key is a link"])
def test_a_stamp_that_does_not_fit_gets_the_file_checked_in_full(register, stamps_here, checks, tmp_path, how):
    with open_for_editing(register):
        pass
    (stamp,) = stamps_here.glob("*.checked")
    key = stamps_here / KEY_NAME
    if how == "stamp changed":
        stamp.write_bytes(stamp.read_bytes()[::-1])
    elif how == "key replaced":
        key.write_bytes(os.urandom(32))
    elif how == "stamp from another file":  # a copy of the same bytes under another name: its own stamp
        other = tmp_path / "other.hrplan"
        shutil.copyfile(register, other)
        with open_for_editing(other):
            pass
        (other_stamp,) = set(stamps_here.glob("*.checked")) - {stamp}
        assert other_stamp.read_bytes() != stamp.read_bytes()  # the name is in the stamp
        stamp.write_bytes(other_stamp.read_bytes())
    elif how in ("stamp is a link", "key is a link"):
        target = stamp if how == "stamp is a link" else key
        good = tmp_path / "good"
        good.write_bytes(target.read_bytes())
        target.unlink()
        target.symlink_to(good)
    checked = len(checks)
    with open_for_editing(register) as session:
        assert not session.read_only
    assert len(checks) == checked + 1


def test_a_file_replaced_while_open_is_not_stamped_at_closing(register, stamps_here, checks, tmp_path):
    session = open_for_writing(register)
    (stamp,) = stamps_here.glob("*.checked")
    stamp.unlink()
    replacement = tmp_path / "replacement.hrplan"
    small_register(replacement).close()
    os.replace(replacement, register)  # another program put another file in its place
    session.close()
    assert list(stamps_here.glob("*.checked")) == []
    with open_for_editing(register):
        pass
    assert len(checks) == 2


def test_no_stamp_when_the_stamps_cannot_be_written(register, tmp_path, monkeypatch, checks):
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("x")
    monkeypatch.setattr(integrity, "folder", lambda: blocked / "stamps")
    for _ in range(2):
        with open_for_editing(register) as session:
            assert not session.read_only  # opening works as before
    assert len(checks) == 2


def test_at_most_keep_stamps_are_kept(tmp_path, stamps_here, monkeypatch):
    monkeypatch.setattr(integrity, "KEEP", 2)
    paths = []
    for number in range(3):
        path = tmp_path / f"r{number}.hrplan"
        small_register(path).close()
        paths.append(path)
        with open_for_editing(path):
            pass
        for stamp in stamps_here.glob("*.checked"):  # each older than the next
            os.utime(stamp, (stamp.stat().st_mtime - 10, stamp.stat().st_mtime - 10))
    assert len(list(stamps_here.glob("*.checked"))) == 2
    assert (stamps_here / KEY_NAME).exists()
