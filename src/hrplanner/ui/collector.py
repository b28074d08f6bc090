"""Memory housekeeping at quiet moments: Python's full garbage collections (not in the middle of
showing a page), and freed memory handed back to the system.

A full collection looks at every object the process holds and stops every thread while it does, the
window's included. Python starts one from whichever thread happens to allocate, so with a register of
hundreds of organisations open, a background read of a round set one off and froze the window for 50
to 200 ms at a time. In the app, :class:`QuietCollector` turns the automatic full collections off
(young objects are still collected as Python makes them, which takes a millisecond or two) and runs
the full one itself when nothing has been read or shown for a while (:func:`hrplanner.ui.workers.idle_for`),
no mouse button is down, and as many young collections have passed since the last full one as Python
itself would wait for.

Objects alive when the collector starts (modules, classes, the window's widgets) are frozen first
(:func:`gc.freeze`): they live as long as the app, and a full collection no longer looks at them.

Memory that Python frees goes back to the C library, which on Linux (glibc) keeps much of it from
the system: one heap per thread that ever allocated, freed pages at the top of a heap only, and once a
large block (a register's copy in memory: tens of megabytes) has been freed, later blocks up to that
size come from the heap as well. With a register of 300 organisations reopened a few times that was
60 to 100 MB that the process no longer used. So the collector limits the C library to two heaps,
keeps blocks of a megabyte or more out of the heaps (given back the moment they are freed) and, after
each full collection, hands the heaps' freed pages back (``malloc_trim``); elsewhere all of this is
left to the system. It hands them back as well at the end of each long background task, on its own
thread (:func:`hrplanner.ui.workers.after_long_work`): the app is busy for as long as a large
region's publications are made, so no full collection comes between the round's and the previous
round's, and the second, made in the other heap, grew the process by what the first had freed (at
300 organisations the window's peak fell from 480-515 MB to under 400 MB).

Every few seconds, busy or not, the collector also lets go of the source lines Python has cached
(:func:`drop_source_lines`). PySide6 reads the source of every module imported after it, to see
whether it uses PySide6's ``__feature__`` switches, and the lines stay in :mod:`linecache`: 21 MB of
source text, 40 to 50 MB of memory, for the app's thousand-odd modules. Emptying the cache
(``linecache.clearcache``) could fail a thread reading it at that moment (it reads an entry twice), so
each entry is replaced instead, never removed.
"""

from __future__ import annotations

import ctypes
import gc
import linecache
import sys

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from hrplanner.ui import workers

#: How often the collector looks whether the app is quiet enough for a full collection.
QUIET_MS = 3000
#: Seconds without background work or pieces shown that make the app quiet.
QUIET_SECONDS = 1.0
#: A generation-2 threshold that the young collections never reach: no automatic full collection.
_NEVER = 1_000_000_000
#: Heaps glibc may keep for the app's threads (its default: eight per core).
HEAPS = 2
#: Blocks from this size on are mapped on their own, outside the heaps (glibc's default starts at
#: 128 KiB and grows with every large block freed, up to 32 MiB).
OWN_MAPPING_BYTES = 1 << 20
_M_ARENA_MAX, _M_MMAP_THRESHOLD = -8, -3  # glibc's mallopt parameters
_DEFAULT_MMAP_THRESHOLD = 128 * 1024


def _glibc() -> ctypes.CDLL | None:
    """The C library when it is glibc (Linux), else None. By its fixed name: looking it up
    (``ctypes.util.find_library``) runs ``ldconfig``, 30 ms of the app's start."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:
        return None
    return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None


class QuietCollector(QObject):
    """Runs Python's full garbage collection at quiet moments while it lives (until :meth:`stop`)."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = QUIET_MS):
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        #: Young collections between two full ones, as Python's own threshold has it.
        self.young_per_full = self._thresholds[2]
        gc.freeze()
        gc.set_threshold(self._thresholds[0], self._thresholds[1], _NEVER)
        self.collections = 0
        #: Times the freed pages went back to the system.
        self.handed_back = 0
        self._libc = _glibc()
        if self._libc is not None:
            self._libc.mallopt(_M_ARENA_MAX, HEAPS)
            self._libc.mallopt(_M_MMAP_THRESHOLD, OWN_MAPPING_BYTES)
            workers.after_long_work(self.hand_back)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.tick)
        self._timer.start()

    def quiet(self) -> bool:
        """Whether nothing has been read or shown in pieces for a while and no mouse button is down."""
        return workers.idle_for() >= QUIET_SECONDS and QApplication.mouseButtons() == Qt.MouseButton.NoButton

    def tick(self) -> None:
        """What the timer runs: the cached source lines go, and a full collection when it is due and the
        app is quiet."""
        drop_source_lines()
        self.collect_if_quiet()

    def collect_if_quiet(self) -> bool:
        """A full collection, when it is due and the app is quiet; True when it ran."""
        if gc.get_count()[2] < self.young_per_full or not self.quiet():
            return False
        gc.collect()
        self.hand_back()
        self.collections += 1
        return True

    def hand_back(self) -> None:
        """Hand the pages the C library holds freed back to the system (glibc; elsewhere nothing).
        Also run on the worker's thread after each long task (:func:`hrplanner.ui.workers.after_long_work`)."""
        if self._libc is not None:
            self._libc.malloc_trim(0)
            self.handed_back += 1

    def stop(self) -> None:
        """Back to Python's own collections (the app quits, or a test ends)."""
        self._timer.stop()
        workers.after_long_work(None)
        gc.set_threshold(*self._thresholds)
        gc.unfreeze()
        if self._libc is not None:
            self._libc.mallopt(_M_ARENA_MAX, 0)  # 0: glibc's own limit again
            self._libc.mallopt(_M_MMAP_THRESHOLD, _DEFAULT_MMAP_THRESHOLD)


#: The date a dropped entry of the source-line cache claims: no file has it, so the next check of the
#: cache (``linecache.checkcache``, which tracebacks and ``inspect`` run first) reads the file again.
_STALE = -1.0


def drop_source_lines() -> int:
    """Let go of the source lines in :mod:`linecache` without removing an entry another thread may be
    reading: each becomes one with no lines and a date no file has (:data:`_STALE`). A thread that reads
    an entry just then gets no lines (PySide6 then takes the module as not using it; a warning shows no
    source line); a traceback or ``inspect`` checks the cache first and reads the file again. Returns
    how many entries let go of their lines."""
    cache = linecache.cache
    dropped = 0
    for name in list(cache):
        entry = cache.get(name)
        if entry is not None and len(entry) == 4 and entry[2]:
            cache[name] = (entry[0], _STALE, [], entry[3])
            dropped += 1
    return dropped


def install(app: QApplication) -> QuietCollector:
    """The app's collector, from now until the app quits."""
    collector = QuietCollector(app)
    app.aboutToQuit.connect(collector.stop)
    return collector
