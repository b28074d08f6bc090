"""The quiet collector: Python's full garbage collections only when the app is quiet."""

from __future__ import annotations

import gc
import time

import pytest

from hrplanner.ui import collector as collector_module
from hrplanner.ui import workers
from hrplanner.ui.collector import QuietCollector


class Cycle:
    """An object in a reference cycle: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def collector(qapp):
    made = QuietCollector(interval_ms=60_000)  # the test calls it; its timer does not
    yield made
    made.stop()


def _old_cycle_garbage() -> int:
    """The id of a cycle that lived through the young collections and is garbage now: only a full
    collection frees it (found with gc.get_objects while it lives)."""
    cycle = Cycle()
    gc.collect(1)  # it lives: moved to the oldest generation
    identity = id(cycle)
    del cycle
    return identity


def _alive(identity: int) -> bool:
    return any(id(o) == identity for o in gc.get_objects() if type(o) is Cycle)


def test_automatic_full_collections_are_off_while_it_runs_and_back_after(qapp):
    before = gc.get_threshold()
    made = QuietCollector(interval_ms=60_000)
    try:
        assert gc.get_threshold()[:2] == before[:2]  # young collections as before
        assert gc.get_threshold()[2] > 10**8  # the young ones never add up to a full one
        assert gc.get_freeze_count() > 0  # what lived at the start is frozen
    finally:
        made.stop()
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_a_full_collection_runs_when_due_and_quiet(collector, monkeypatch):
    monkeypatch.setattr(workers, "_last_active", time.monotonic() - 10)  # nothing for ten seconds
    garbage = _old_cycle_garbage()
    for _ in range(collector.young_per_full):
        gc.collect(1)
    assert _alive(garbage)  # the young collections leave it
    assert collector.collect_if_quiet()
    assert not _alive(garbage) and collector.collections == 1


def test_no_full_collection_while_work_was_just_shown(collector, monkeypatch):
    for _ in range(collector.young_per_full):
        gc.collect(1)
    monkeypatch.setattr(workers, "_last_active", time.monotonic())  # a piece was shown just now
    assert not collector.collect_if_quiet()
    monkeypatch.setattr(workers, "_last_active", time.monotonic() - collector_module.QUIET_SECONDS - 1)
    assert collector.collect_if_quiet()


def test_no_full_collection_while_a_task_runs(collector, monkeypatch):
    for _ in range(collector.young_per_full):
        gc.collect(1)
    monkeypatch.setattr(workers, "_last_active", time.monotonic() - 10)
    monkeypatch.setattr(workers, "_running", {object()})
    assert workers.idle_for() == 0.0
    assert not collector.collect_if_quiet()


def test_no_full_collection_before_it_is_due(collector, monkeypatch):
    monkeypatch.setattr(workers, "_last_active", time.monotonic() - 10)
    gc.collect()  # a full collection resets the count of young ones
    assert gc.get_count()[2] == 0
    assert not collector.collect_if_quiet()


def test_freed_memory_is_handed_back_after_each_full_collection(collector, monkeypatch):
    """On Linux the C library is glibc, which keeps freed memory from the system until asked: the
    collector asks after each full collection it runs, and only then."""
    import sys

    assert (collector_module._glibc() is not None) == sys.platform.startswith("linux")
    trims: list[int] = []

    class Libc:
        def malloc_trim(self, pad: int) -> int:
            trims.append(pad)
            return 1

        def mallopt(self, parameter: int, value: int) -> int:
            return 1

    monkeypatch.setattr(collector, "_libc", Libc())
    monkeypatch.setattr(workers, "_last_active", time.monotonic() - 10)
    gc.collect()
    assert not collector.collect_if_quiet() and trims == []  # not due: no collection, no trim
    for _ in range(collector.young_per_full):
        gc.collect(1)
    assert collector.collect_if_quiet() and trims == [0]


def test_the_c_library_is_told_to_keep_less_while_the_collector_runs(qapp, monkeypatch):
    """Two heaps, and blocks of a megabyte or more mapped on their own, from the start; glibc's
    defaults again when it stops."""
    calls: list[tuple[int, int]] = []

    class Libc:
        def mallopt(self, parameter: int, value: int) -> int:
            calls.append((parameter, value))
            return 1

        def malloc_trim(self, pad: int) -> int:
            return 1

    monkeypatch.setattr(collector_module, "_glibc", lambda: Libc())
    made = QuietCollector(interval_ms=60_000)
    assert calls == [(-8, collector_module.HEAPS), (-3, 1 << 20)]  # M_ARENA_MAX, M_MMAP_THRESHOLD
    made.stop()
    assert calls[2:] == [(-8, 0), (-3, 128 * 1024)]


def test_cached_source_lines_go_at_every_tick_busy_or_not(collector, monkeypatch):
    """PySide6 reads every imported module's source into linecache; each tick lets go of the lines,
    also while a task runs, and leaves every entry in place (a thread may be reading it)."""
    import linecache

    lines = linecache.getlines(__file__)
    before = linecache.cache[__file__]
    assert lines and before[2] is lines
    monkeypatch.setattr(workers, "_running", {object()})  # busy: no full collection ...
    for _ in range(collector.young_per_full):
        gc.collect(1)
    collections = collector.collections
    collector.tick()
    assert collector.collections == collections
    entry = linecache.cache[__file__]  # ... but the lines went, the entry stays (size and path as they were)
    assert entry[2] == [] and (entry[0], entry[3]) == (before[0], before[3]) and entry[1] != before[1]
    linecache.checkcache(__file__)  # what a traceback and inspect do first: the file is read again
    assert linecache.getlines(__file__) == lines


def test_a_traceback_after_the_lines_went_still_shows_its_source_line():
    import linecache
    import traceback

    from hrplanner.ui.collector import drop_source_lines

    def fail() -> None:
        raise ValueError("a marker line of this test")

    try:
        fail()
    except ValueError as exc:
        caught = exc
    linecache.getlines(__file__)
    assert drop_source_lines() >= 1
    text = "".join(traceback.format_exception(caught))
    assert 'raise ValueError("a marker line of this test")' in text


def test_freed_memory_is_handed_back_after_each_long_task_on_its_thread(qapp, qtbot, monkeypatch):
    """The app stays busy while a large region's publications are made, one after the other, so no
    full collection comes between them: the memory one freed goes back to the system on the worker's
    thread as soon as its work is done, before its result is delivered, and only after long work."""
    import threading

    events: list[tuple[str, int]] = []
    delivered: list[float] = []  # the results, in the order they reached the GUI thread
    delivered_at_trim: list[int] = []

    class Libc:
        def malloc_trim(self, pad: int) -> int:
            events.append(("trim", threading.get_ident()))
            delivered_at_trim.append(len(delivered))
            return 1

        def mallopt(self, parameter: int, value: int) -> int:
            return 1

    monkeypatch.setattr(collector_module, "_glibc", lambda: Libc())
    monkeypatch.setattr(workers, "LONG_WORK_SECONDS", 0.05)
    made = QuietCollector(interval_ms=60_000)

    def work(seconds: float):
        def run(token):
            time.sleep(seconds)
            events.append(("work", threading.get_ident()))
            return seconds
        return run

    try:
        for seconds in (0.1, 0.0):  # long work, then short work
            task = workers.run_task(work(seconds), on_result=delivered.append, on_error=delivered.append,
                                    synchronous=False)
            qtbot.waitUntil(lambda: task.is_done, timeout=5000)
        assert delivered == [0.1, 0.0] and delivered_at_trim == [0]  # trimmed before the long work's result
        long_thread = events[0][1]
        assert long_thread != threading.get_ident()  # the work ran on a worker's thread ...
        assert events[:2] == [("work", long_thread), ("trim", long_thread)]  # ... and the trim after it there
        assert [kind for kind, _ in events] == ["work", "trim", "work"]  # the short work: none
        assert made.handed_back == 1
    finally:
        made.stop()
    workers.run_task(work(0.1), synchronous=True)
    assert [kind for kind, _ in events] == ["work", "trim", "work", "work"]  # stopped: no longer
