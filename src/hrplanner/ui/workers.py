"""The one way to run slow work (opening, importing, exporting, projecting) off the GUI thread.

:func:`run_task` runs ``fn(token)`` on Qt's global thread pool and delivers its result, its error or
its progress to the GUI thread through the signals of a :class:`Task`. The function gets a
:class:`CancelToken`: it reports progress through it and checks it to stop early. The function never
touches a widget; whatever it needs it takes from its arguments (bind them with a lambda or
functools.partial) and whatever it makes it returns.

Errors: a typed service error (``USER_ERRORS``) is shown as a plain message, anything else goes to
the last-resort error dialog with its traceback, unless the caller handles errors itself
(``on_error``). In tests, :func:`set_synchronous` makes every task run at once on the calling thread
so results are there when ``run_task`` returns.

A page that recomputes something whenever its inputs change (the overview's shortages, the projection
band, the regional advice) holds a :class:`LatestTask`: starting a task there cancels the previous one
and detaches its callbacks, so an older result can never arrive after a newer one and overwrite it.

Showing a large result can itself keep the window busy (five tables of ten thousand rows, a page of
charts). A result callback may therefore be a generator: each ``yield`` ends a piece, and the next
piece runs in a later turn of the event loop, so the window repaints and reacts in between. The
pieces stop when the callback's widget is gone or (:class:`LatestTask`) a newer task has started; in
synchronous mode (tests, or ``synchronous=True``) they all run at once, as :func:`whole` runs them
for a caller that needs the result shown before it goes on. :func:`busy` says whether
any task or piece is still to come, :func:`idle_for` for how long none has been.

A finished task drops its callbacks and its function (:meth:`Task._release`): they hold what the task
read, and Qt holds them, so otherwise every register opened in a session stayed in memory.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)

__all__ = ["Cancelled", "CancelToken", "LatestTask", "Task", "after_long_work", "busy", "idle_for", "run_task",
           "set_synchronous", "stop_all", "wait_for_all", "whole"]

_synchronous = os.environ.get("HRPLANNER_SYNC_WORKERS") == "1"
#: Threads the pool may run at once, at least: on a 2-core machine Qt's default (one per core) lets
#: two long tasks (a publication of a large region, a projection) hold back a short one (opening the
#: register's session) for as long as they run.
MIN_THREADS = 4
#: Tasks started and not yet done (they must outlive the call that started them).
_running: set["Task"] = set()
#: Result callbacks shown in pieces whose next piece is still to come.
_pieces: set[Iterator] = set()
#: When the last task or piece ended (time.monotonic()).
_last_active = 0.0
#: A task's work of at least this many seconds is long (see :func:`after_long_work`).
LONG_WORK_SECONDS = 1.0
_after_long_work: Callable[[], None] | None = None


def after_long_work(callback: Callable[[], None] | None) -> None:
    """Run ``callback`` on the worker's thread each time a task's work has taken at least
    :data:`LONG_WORK_SECONDS`, before its outcome is delivered (None: no longer). The app's collector
    hands the memory that work freed back to the system there (:mod:`hrplanner.ui.collector`)."""
    global _after_long_work
    _after_long_work = callback


def _cancelled_class() -> type[Exception]:
    """The domain's Cancelled (imported when first needed: the projection package loads numpy, which
    the app's first paint does without)."""
    from hrplanner.domain.projection.errors import Cancelled

    return Cancelled


def _is_cancelled(exc: BaseException) -> bool:
    """Whether ``exc`` is the domain's Cancelled (if its module was never loaded, nothing raised it)."""
    module = sys.modules.get("hrplanner.domain.projection.errors")
    return module is not None and isinstance(exc, module.Cancelled)


def __getattr__(name: str) -> object:
    if name == "Cancelled":
        return _cancelled_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def set_synchronous(on: bool) -> None:
    """Run tasks on the calling thread (tests) or on the thread pool (the app)."""
    global _synchronous
    _synchronous = on


class CancelToken:
    """Handed to a task's function: cancellation to check, progress to report. Thread-safe."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self._report: Callable[[float, str], None] | None = None
        self._percent = -1  # the whole percent :meth:`step` passed on last

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        self._event.set()

    def check(self) -> None:
        """Stop the task here (raise :class:`Cancelled`, the domain's own) if it was cancelled."""
        if self._event.is_set():
            raise _cancelled_class()()

    def progress(self, done: float, total: float | None = None, text: str = "") -> None:
        """Report progress: ``done`` of ``total`` (or a fraction 0..1 when total is None)."""
        fraction = done / total if total else done
        report = self._report
        if report is not None:
            try:
                report(max(0.0, min(1.0, float(fraction))), text)
            except RuntimeError:  # the task's receiver is gone (the app quits): nothing to report to
                self._report = None
                self.cancel()

    def step(self, fraction: float, text: str = "") -> None:
        """For work that reports very often (a publication being made: thousands of steps): stop here
        if cancelled, and pass the fraction on only when it reaches another whole percent."""
        self.check()
        percent = int(fraction * 100)
        if percent != self._percent:
            self._percent = percent
            self.progress(fraction, None, text)


class _Relay(QObject):
    """Carries the worker thread's outcome to the Task in the GUI thread (queued across threads)."""

    result = Signal(object)
    error = Signal(object)
    progress = Signal(float, str)
    cancelled = Signal()


class Task(QObject):
    """A running piece of background work; its signals arrive in the GUI thread."""

    #: The function's return value.
    finished = Signal(object)
    #: The exception the function raised (not Cancelled).
    failed = Signal(object)
    #: Progress as a fraction 0..1 and a short text.
    progress = Signal(float, str)
    #: The function stopped because the task was cancelled.
    cancelled = Signal()
    #: After any of finished, failed or cancelled.
    done = Signal()

    def __init__(self, fn: Callable[[CancelToken], Any], name: str = ""):
        super().__init__()
        self.fn: Callable[[CancelToken], Any] | None = fn
        self.name = name or getattr(fn, "__name__", "task")
        self.token = CancelToken()
        self.is_done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._relay = _Relay()
        self._relay.result.connect(self._on_result)
        self._relay.error.connect(self._on_error)
        self._relay.progress.connect(self._on_progress)
        self._relay.cancelled.connect(self._on_cancelled)
        self.token._report = self._relay.progress.emit

    def cancel(self) -> None:
        self.token.cancel()

    def execute(self) -> None:
        """Run the function here and now (on whichever thread calls this)."""
        started = time.monotonic()
        try:
            if self.fn is None:
                raise RuntimeError(f"task {self.name} ran twice")
            value = self.fn(self.token)
        except Exception as exc:  # delivered to the GUI thread, shown there
            outcome, values = (self._relay.cancelled, ()) if _is_cancelled(exc) else (self._relay.error, (exc,))
        else:
            outcome, values = self._relay.result, (value,)
        callback = _after_long_work
        if callback is not None and time.monotonic() - started >= LONG_WORK_SECONDS:
            try:
                callback()
            except Exception:  # noqa: BLE001 - housekeeping: never the task's outcome
                log.exception("after the long work of task %s", self.name)
        try:
            outcome.emit(*values)
        except RuntimeError:  # the relay is gone: the app quit while this ran, nobody is left to tell
            log.debug("task %s ended after the app quit", self.name)

    @Slot(object)
    def _on_result(self, value: object) -> None:
        self.result = value
        self._finish(self.finished, value)

    @Slot(object)
    def _on_error(self, exc: BaseException) -> None:
        self.error = exc
        self._finish(self.failed, exc)

    @Slot(float, str)
    def _on_progress(self, fraction: float, text: str) -> None:
        self.progress.emit(fraction, text)

    @Slot()
    def _on_cancelled(self) -> None:
        self._finish(self.cancelled)

    def _finish(self, signal, *values) -> None:
        self.is_done = True
        try:
            signal.emit(*values)
        finally:
            self.done.emit()
            _running.discard(self)
            _active()
            self._release()

    def _release(self) -> None:
        """Drop every connection and the function once done. A callback holds the task (or what the
        task holds: the register it read, its result) and Qt holds the callback, a cycle Python's
        collector cannot see: without this every finished task stayed, with the register it read."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # PySide's word for a signal without slots
            for signal in (self.finished, self.failed, self.progress, self.cancelled, self.done,
                           self._relay.result, self._relay.error, self._relay.progress, self._relay.cancelled):
                try:
                    signal.disconnect()
                except (RuntimeError, TypeError):  # nothing connected
                    pass
        self.token._report = None
        self.fn = None


class _Runnable(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self.task = task

    def run(self) -> None:
        self.task.execute()


def _alive(widget: QObject | None) -> bool:
    if widget is None:
        return True
    from shiboken6 import Shiboken

    return Shiboken.isValid(widget)


def run_task(
    fn: Callable[[CancelToken], Any],
    *,
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[float, str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    parent: QObject | None = None,
    name: str = "",
    synchronous: bool | None = None,
) -> Task:
    """Run ``fn(token)`` in the background and call back in the GUI thread.

    ``parent`` is the widget the callbacks belong to: if it is gone by the time the work ends, the
    callbacks are skipped, and errors are shown over it. Without ``on_error`` errors are shown by
    :func:`hrplanner.ui.dialogs.error_dialog.report_error`.
    """
    task = _prepare(fn, on_result, on_error, on_progress, on_cancelled, parent, name, lambda: True, synchronous)
    _launch(task, synchronous)
    return task


def _prepare(fn, on_result, on_error, on_progress, on_cancelled, parent, name, wanted, synchronous) -> Task:
    """A task whose callbacks run only while ``parent`` lives and ``wanted()`` is true; a callback that
    is a generator runs a piece at a time (:func:`_in_pieces`)."""
    task = Task(fn, name)
    at_once = _synchronous if synchronous is None else synchronous

    def still_wanted() -> bool:
        return _alive(parent) and wanted()

    def guarded(callback: Callable[..., object]) -> Callable[..., None]:
        def call(*values: object) -> None:  # returns None: PySide6 slots must not return a value
            if still_wanted():
                outcome = callback(*values)
                if isinstance(outcome, Iterator):
                    _in_pieces(outcome, still_wanted, at_once)
        return call

    if on_result is not None:
        task.finished.connect(guarded(on_result))
    if on_error is not None:
        task.failed.connect(guarded(on_error))
    else:  # shown even when the parent is gone (then without a parent), unless superseded
        task.failed.connect(lambda exc: _show_error(exc, parent) if wanted() else None)
    if on_progress is not None:
        task.progress.connect(guarded(on_progress))
    if on_cancelled is not None:
        task.cancelled.connect(guarded(on_cancelled))
    return task


def whole(pieces: Iterable[object]) -> None:
    """Run every piece of something shown in pieces now (a synchronous caller: an edit, a switch)."""
    for _ in pieces:
        pass


def _in_pieces(pieces: Iterator, wanted: Callable[[], bool], at_once: bool) -> None:
    """Run a generator's pieces: the first now, each next one in a later turn of the event loop while
    ``wanted()`` (all now when ``at_once``)."""
    if at_once:
        whole(pieces)
        return

    def piece() -> None:
        if not wanted():
            _pieces.discard(pieces)
            pieces.close()
            return
        try:
            next(pieces)
        except StopIteration:
            _pieces.discard(pieces)
            return
        except BaseException:
            _pieces.discard(pieces)
            raise
        finally:
            _active()
        QTimer.singleShot(0, piece)

    _pieces.add(pieces)
    piece()


def busy() -> bool:
    """Whether a task is running or a result is still being shown in pieces."""
    return bool(_running or _pieces)


def idle_for() -> float:
    """Seconds since the last task or piece ended (0 while one is under way)."""
    return 0.0 if busy() else time.monotonic() - _last_active


def _active() -> None:
    global _last_active
    _last_active = time.monotonic()


def _launch(task: Task, synchronous: bool | None) -> None:
    _running.add(task)
    if _synchronous if synchronous is None else synchronous:
        task.execute()
    else:
        pool = QThreadPool.globalInstance()
        if pool.maxThreadCount() < MIN_THREADS:
            pool.setMaxThreadCount(MIN_THREADS)
        pool.start(_Runnable(task))


class LatestTask:
    """A slot for one task at a time, whose outcome arrives only while it is the latest.

    :meth:`start` cancels the task before it (its token says so, and a function that checks it stops
    early) and detaches that task's callbacks: whatever the older task still returns, raises or
    reports is dropped, so a newer result is never overwritten by an older one. :meth:`cancel` stops
    the current task and lets its ``on_cancelled`` arrive (the user pressed Cancel).
    """

    def __init__(self, parent: QObject | None = None, name: str = ""):
        self.parent = parent
        self.name = name
        self.task: Task | None = None
        #: Counts the tasks started and discarded: a task's outcome is delivered (and shown, piece by
        #: piece) only while no other has started since.
        self._generation = 0

    @property
    def running(self) -> bool:
        """Whether the latest task has not finished yet."""
        return self.task is not None and not self.task.is_done

    def start(
        self,
        fn: Callable[[CancelToken], Any],
        *,
        on_result: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[float, str], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        synchronous: bool | None = None,
    ) -> Task:
        """Replace the current task (if any) by ``fn(token)``; the callbacks as in :func:`run_task`."""
        self.discard()
        generation = self._generation

        def wanted() -> bool:  # no task started (or discarded) since: its result may still be shown
            return self._generation == generation

        task = _prepare(fn, on_result, on_error, on_progress, on_cancelled, self.parent, self.name, wanted,
                        synchronous)
        self.task = task
        task.done.connect(lambda: self._finished(task))
        _launch(task, synchronous)
        return task

    def cancel(self) -> None:
        """Ask the current task to stop; its ``on_cancelled`` (or a result it still made) arrives."""
        if self.task is not None and not self.task.is_done:
            self.task.cancel()

    def discard(self) -> None:
        """Cancel the current task and drop whatever it still delivers or still has to show."""
        self._generation += 1
        task, self.task = self.task, None
        if task is not None and not task.is_done:
            task.cancel()

    def _finished(self, task: Task) -> None:
        if self.task is task:
            self.task = None


def _show_error(exc: BaseException, parent: QObject | None) -> None:
    from hrplanner.ui.dialogs.error_dialog import report_error

    report_error(exc, parent if _alive(parent) else None)


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Wait for the pool to finish (tests use synchronous mode)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


def stop_all(timeout_ms: int = 10_000) -> bool:
    """When the app quits: cancel every task still running (a publication being made stops at its next
    step instead of running on for a minute) and wait for the pool; False when one did not stop in
    time (its outcome is then told to nobody)."""
    for task in list(_running):
        task.cancel()
    return wait_for_all(timeout_ms)
