"""One writer per register: a second process gets a read-only view with a message naming who edits
since when; a lock left by a crashed process is taken over; network and removable drives are warned."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hrplanner.db.engine import RegisterFileError
from hrplanner.services import locking
from hrplanner.services.locking import opening, storage
from hrplanner.services.locking import (
    LockHolder,
    LockUnavailable,
    RegisterInUse,
    acquire_writer,
    break_lock,
    lock_path,
    open_for_editing,
)


def run_python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=60)


def test_lock_file_names_the_writer_and_goes_on_release(demo_path):
    lock = acquire_writer(demo_path)
    data = json.loads(lock_path(demo_path).read_text())
    assert data["pid"] == os.getpid()
    assert data["host"] == socket.gethostname()
    assert data["user"] and data["started"].endswith("+00:00")
    lock.release()
    assert not lock_path(demo_path).exists()
    lock.release()  # twice is harmless
    with acquire_writer(demo_path) as again:
        assert again.held
    assert not lock_path(demo_path).exists()


def test_second_process_gets_a_read_only_view_with_a_clear_message(demo_path):
    _session = open_for_editing(demo_path)
    register, lock, reason = _session.register, _session.lock, _session.read_only_reason
    try:
        assert lock is not None and reason is None and not register.read_only
        result = run_python(f"""
            from hrplanner.services.locking import open_for_editing
            _session = open_for_editing({str(demo_path)!r})
            register, lock, reason = _session.register, _session.lock, _session.read_only_reason
            print(lock is None, register.read_only, len(register.organisations()))
            print(reason)
            try:
                with register.transaction():
                    pass
            except Exception as exc:
                print(type(exc).__name__)
        """)
        assert result.returncode == 0, result.stderr
        flags, reason_line, attempt = result.stdout.strip().splitlines()
        assert flags == f"True True {len(register.organisations())}"
        holder = lock.holder
        assert f"being edited by {holder.user} on {holder.host} since {holder.since}" in reason_line
        assert f"process {os.getpid()}" in reason_line and "read-only" in reason_line
        assert attempt == "ReadOnlyError"
    finally:
        register.close()
        lock.release()


def test_same_process_cannot_take_the_lock_twice(demo_path):
    with acquire_writer(demo_path):
        with pytest.raises(RegisterInUse, match="already open for editing in this hrplanner"):
            acquire_writer(demo_path)


def test_lock_of_a_killed_process_is_taken_over(demo_path):
    child = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import time
        from hrplanner.services.locking import acquire_writer
        lock = acquire_writer({str(demo_path)!r})
        print("locked", flush=True)
        time.sleep(60)
    """)], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "locked"
    with pytest.raises(RegisterInUse):
        acquire_writer(demo_path)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    assert json.loads(lock_path(demo_path).read_text())["pid"] == child.pid  # left behind
    with acquire_writer(demo_path) as lock:
        assert lock.holder.pid == os.getpid()
        assert json.loads(lock_path(demo_path).read_text())["pid"] == os.getpid()


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_stale_lock_file_of_a_gone_process_on_this_computer(demo_path, caplog):
    stale = LockHolder(_dead_pid(), socket.gethostname(), "anna", "2025-01-06T08:00:00+00:00", "hrplanner 0.1.0")
    lock_path(demo_path).write_text(stale.to_text())
    assert not locking.pid_alive(stale.pid)
    with caplog.at_level("WARNING"), acquire_writer(demo_path) as lock:
        assert lock.holder.pid == os.getpid()
    assert "stale lock" in caplog.text and "ended" in caplog.text


def test_unheld_lock_from_another_computer_is_not_taken_silently(demo_path):
    other = LockHolder(4242, "pc-of-bert", "bert", "2025-01-06T08:00:00+00:00")
    lock_path(demo_path).write_text(other.to_text())
    with pytest.raises(RegisterInUse) as busy:
        acquire_writer(demo_path)
    assert busy.value.possibly_stale and busy.value.holder == other
    assert "bert on pc-of-bert" in str(busy.value) and "Open anyway" in str(busy.value)
    _session = open_for_editing(demo_path)
    register, lock, reason = _session.register, _session.lock, _session.read_only_reason
    assert lock is None and register.read_only and "bert on pc-of-bert" in reason
    register.close()
    assert break_lock(demo_path) == other
    with acquire_writer(demo_path) as lock:
        assert lock.held


def test_break_lock_refuses_a_lock_that_is_held(demo_path):
    with acquire_writer(demo_path):
        result = run_python(f"""
            from hrplanner.services.locking import break_lock, RegisterInUse
            try:
                break_lock({str(demo_path)!r})
            except RegisterInUse as exc:
                print("refused:", exc)
        """)
        assert result.stdout.startswith("refused:"), result.stderr
        assert lock_path(demo_path).exists()


def _race(path: str, start, results) -> None:
    start.wait()
    try:
        lock = acquire_writer(path)
        results.put("won")
        start.wait()  # hold it until everyone has tried
        lock.release()
    except RegisterInUse:
        results.put("in use")
        start.wait()


def test_only_one_of_several_racing_processes_becomes_the_writer(demo_path):
    context = multiprocessing.get_context("spawn")
    contenders = 4
    start = context.Barrier(contenders)
    results = context.Queue()
    processes = [context.Process(target=_race, args=(str(demo_path), start, results)) for _ in range(contenders)]
    for p in processes:
        p.start()
    outcome = sorted(results.get(timeout=60) for _ in processes)
    for p in processes:
        p.join(timeout=30)
    assert outcome == ["in use"] * (contenders - 1) + ["won"]


def test_open_for_editing_releases_the_lock_when_opening_fails(tmp_path):
    not_a_register = tmp_path / "notes.hrplan"
    import sqlite3

    with sqlite3.connect(not_a_register) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")
    conn.close()
    with pytest.raises(RegisterFileError):
        open_for_editing(not_a_register)
    assert not lock_path(not_a_register).exists()


def test_no_lock_possible_gives_a_read_only_view(demo_path, monkeypatch):
    def unavailable(path):
        raise LockUnavailable(f"Cannot write the lock file beside {Path(path).name} (Read-only file system)")

    monkeypatch.setattr(opening, "acquire_writer", unavailable)
    _session = open_for_editing(demo_path)
    register, lock, reason = _session.register, _session.lock, _session.read_only_reason
    assert lock is None and register.read_only
    assert reason.startswith("Cannot write the lock file") and reason.endswith("It is opened read-only.")
    register.close()


MOUNTS = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
server:/export/hr /srv/hr nfs4 rw,relatime 0 0
//fileserver/jeugdzorg /home/anna/Gedeeld cifs rw 0 0
anna@host:/data /home/anna/ssh fuse.sshfs rw 0 0
/dev/sdb1 /media/anna/USB\\040STICK vfat rw 0 0
/dev/sdc1 /mnt/backup ext4 rw 0 0
portal /run/user/1000/doc fuse.portal rw 0 0
"""


@pytest.mark.parametrize("path, kind", [
    ("/home/anna/registers/twente.hrplan", "local"),
    ("/srv/hr/twente.hrplan", "network"),
    ("/srv/hrx/twente.hrplan", "local"),  # not under /srv/hr
    ("/home/anna/Gedeeld/twente.hrplan", "network"),
    ("/home/anna/ssh/twente.hrplan", "network"),
    ("/media/anna/USB STICK/twente.hrplan", "removable"),
    ("/mnt/backup/twente.hrplan", "removable"),
    ("/run/user/1000/doc/twente.hrplan", "local"),
])
def test_linux_storage_kinds(path, kind):
    assert storage.linux_storage(Path(path), MOUNTS).kind == kind


def test_storage_warning_names_the_problem_and_the_remedy():
    warning = locking.storage_warning("/srv/hr/twente.hrplan", platform="linux", mounts=MOUNTS)
    assert "twente.hrplan is on a network drive (nfs4 at /srv/hr)" in warning
    assert "SQLite's locking is unreliable there; copy the file to a local disk" in warning
    assert locking.storage_warning("/home/anna/twente.hrplan", platform="linux", mounts=MOUNTS) is None
    mac = locking.storage_warning("/Volumes/USB/twente.hrplan", platform="darwin")
    assert "removable or external drive (volume /Volumes/USB)" in mac
    assert locking.storage_warning("/Users/anna/twente.hrplan", platform="darwin") is None

