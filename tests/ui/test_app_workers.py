"""The background helper: results, errors, progress and cancellation reach the GUI thread."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from hrplanner.services.errors import NotFoundError
from hrplanner.ui import workers
from hrplanner.ui.dialogs.error_dialog import ErrorDialog
from hrplanner.ui.workers import Cancelled, run_task


def test_synchronous_mode_delivers_the_result_at_once():
    results = []
    task = run_task(lambda token: 6 * 7, on_result=results.append)
    assert results == [42]
    assert task.is_done and task.result == 42


def test_synchronous_mode_delivers_the_error_to_on_error(dialogs):
    errors = []
    task = run_task(lambda token: 1 / 0, on_error=errors.append)
    assert len(errors) == 1 and isinstance(errors[0], ZeroDivisionError)
    assert task.error is errors[0]
    assert dialogs.messages == [] and dialogs.dialogs == []


def test_a_service_error_is_shown_as_a_plain_message(dialogs):
    def fail(token):
        raise NotFoundError("No round with reference date 2030-12-31 (rounds: 2024-12-31, 2025-12-31)")

    run_task(fail)
    assert len(dialogs.messages) == 1
    assert dialogs.messages[0]["icon"] == QMessageBox.Icon.Warning
    assert "2030-12-31" in dialogs.messages[0]["text"]
    assert dialogs.dialogs == []


def test_an_unexpected_error_goes_to_the_error_dialog_with_its_traceback(dialogs, caplog):
    def fail(token):
        raise KeyError("missing key")

    run_task(fail)
    assert dialogs.messages == []
    assert len(dialogs.dialogs) == 1 and isinstance(dialogs.dialogs[0], ErrorDialog)
    report = dialogs.dialogs[0].report
    assert "KeyError: 'missing key'" in report and "in fail" in report
    assert any(r.levelname == "ERROR" and r.exc_info for r in caplog.records)


def test_progress_and_cancellation():
    progress = []
    cancelled = []
    results = []

    def work(token):
        for step in range(4):
            token.progress(step + 1, 4, f"stap {step + 1}")
            if step == 1:
                token.cancel()  # as if the user pressed Cancel during the second step
            token.check()
        return "klaar"

    task = run_task(work, on_result=results.append, on_progress=lambda f, t: progress.append((f, t)),
                    on_cancelled=lambda: cancelled.append(True))
    assert progress == [(0.25, "stap 1"), (0.5, "stap 2")]
    assert cancelled == [True] and results == [] and task.is_done


def test_threaded_mode_runs_off_the_gui_thread_and_calls_back_on_it(qtbot):
    workers.set_synchronous(False)
    seen = {}

    def work(token):
        seen["worker"] = threading.get_ident()
        return "resultaat"

    def done(value):
        seen["callback_on_gui_thread"] = QThread.currentThread() is QApplication.instance().thread()
        seen["value"] = value

    task = run_task(work, on_result=done)
    with qtbot.waitSignal(task.done, timeout=5000):
        pass
    assert seen["worker"] != threading.get_ident()
    assert seen["callback_on_gui_thread"] is True
    assert seen["value"] == "resultaat"


def test_a_step_passes_on_a_whole_percent_at_most_and_stops_once_cancelled():
    """Thousands of steps (a publication being made) give one report per whole percent reached."""
    progress = []
    cancelled = []

    def work(token):
        for done in range(1, 1001):  # 0.001 .. 1.0: 1,000 steps
            token.step(done / 1000, "publicatie")
            if done == 255:
                token.cancel()
        return "klaar"

    run_task(work, on_progress=lambda f, t: progress.append(f), on_cancelled=lambda: cancelled.append(True))
    # 0.001 .. 0.009 are 0 %, 0.010 .. 0.019 are 1 %, ..., 0.250 .. 0.255 are 25 %: one report each
    assert progress == [0.001, *(p / 100 for p in range(1, 26))]
    assert cancelled == [True]  # step 256 stopped it


def test_cancel_token_check_raises_once_cancelled():
    token = workers.CancelToken()
    token.check()
    token.cancel()
    assert token.cancelled
    try:
        token.check()
    except Cancelled:
        pass
    else:
        raise AssertionError("check() did not stop a cancelled task")


def test_only_the_latest_task_delivers_even_when_an_older_one_finishes_later(qtbot):
    """The race of issue 14: task A (an older round) is slow, task B (the newer round) is quick; A
    finishes after B. Only B's result may arrive, and A is told to stop."""
    workers.set_synchronous(False)
    slot = workers.LatestTask(name="shortages")
    release_a = threading.Event()
    a_started = threading.Event()
    results, cancelled = [], []

    def slow_a(token):
        a_started.set()
        release_a.wait(10)
        return "round 2024"  # returns although cancelled: the slot must drop it

    try:
        task_a = slot.start(slow_a, on_result=results.append, on_cancelled=lambda: cancelled.append("a"))
        assert a_started.wait(10)
        task_b = slot.start(lambda token: "round 2025", on_result=results.append)
        assert task_a.token.cancelled and not task_b.token.cancelled
        qtbot.waitUntil(lambda: task_b.is_done, timeout=10000)
        assert results == ["round 2025"]
        release_a.set()
        qtbot.waitUntil(lambda: task_a.is_done, timeout=10000)
        assert task_a.result == "round 2024"  # it did finish, later ...
        assert results == ["round 2025"] and cancelled == []  # ... and nothing of it arrived
        assert not slot.running
    finally:
        release_a.set()
        workers.wait_for_all()


def test_the_latest_task_can_be_cancelled_by_the_user():
    slot = workers.LatestTask()
    outcomes = []

    def work(token):
        token.cancel()  # as if Cancel was pressed during the run
        token.check()
        return "never"

    slot.start(work, on_result=outcomes.append, on_cancelled=lambda: outcomes.append("cancelled"))
    assert outcomes == ["cancelled"] and not slot.running


def test_one_cancelled_exception_for_the_domain_and_the_workers():
    from hrplanner.domain.projection import Cancelled as DomainCancelled

    assert Cancelled is DomainCancelled


def test_a_result_shown_in_pieces_lets_the_event_loop_run_between_them(qtbot):
    """A result callback that is a generator shows its first piece when the result arrives and each
    next piece in a later turn of the event loop; something queued meanwhile runs in between."""
    from PySide6.QtCore import QTimer

    workers.set_synchronous(False)
    events: list[str] = []

    def show(value):
        for table in ("staffing", "establishment", "flows"):
            events.append(f"{table} {value}")
            if table == "staffing":
                QTimer.singleShot(0, lambda: events.append("repaint"))
            yield

    try:
        slot = workers.LatestTask(name="round")
        slot.start(lambda token: 2025, on_result=show)
        qtbot.waitUntil(lambda: len(events) == 4, timeout=10000)
        assert not workers.busy()
    finally:
        workers.wait_for_all()
        workers.set_synchronous(True)
    # the repaint queued by the first piece ran before the second piece
    assert events == ["staffing 2025", "repaint", "establishment 2025", "flows 2025"]


def test_pieces_stop_when_a_newer_task_starts(qtbot):
    """A newer task on the same slot stops the older result's pieces still to come: the tables never
    end up half old, half new."""
    workers.set_synchronous(False)
    shown: list[str] = []

    def show(value):
        for table in ("staffing", "establishment", "flows"):
            shown.append(f"{table} {value}")
            if value == 2024 and table == "staffing":
                slot.start(lambda token: 2025, on_result=show)  # the user picks another round meanwhile
            yield

    try:
        slot = workers.LatestTask(name="round")
        slot.start(lambda token: 2024, on_result=show)
        qtbot.waitUntil(lambda: "flows 2025" in shown, timeout=10000)
        qtbot.waitUntil(lambda: not workers.busy(), timeout=10000)
    finally:
        workers.wait_for_all()
        workers.set_synchronous(True)
    assert shown == ["staffing 2024", "staffing 2025", "establishment 2025", "flows 2025"]


def test_pieces_run_at_once_in_synchronous_mode():
    shown: list[str] = []

    def show(value):
        for table in ("staffing", "establishment"):
            shown.append(f"{table} {value}")
            yield

    workers.LatestTask().start(lambda token: 1, on_result=show)
    assert shown == ["staffing 1", "establishment 1"] and not workers.busy()


def test_a_finished_task_lets_go_of_what_it_read_and_made(qtbot):
    """A task's callbacks hold what the task read (a register) and Qt holds the callbacks: once done,
    the task drops them, so an earlier register and its figures are freed when another is opened."""
    import gc
    import weakref

    class Register:  # stands for what a task reads
        pass

    class Figures:  # stands for what it makes
        pass

    def start(slot, register):  # noqa: ANN001, ANN202 - the function and its callback both hold the register
        return slot.start(lambda token: (register, Figures())[1],
                          on_result=lambda figures: shown.append((type(register), type(figures))))

    workers.set_synchronous(False)
    shown: list[type] = []
    try:
        slot = workers.LatestTask(name="round")
        register = Register()
        read, made = weakref.ref(register), []
        task = start(slot, register)
        task.finished.connect(lambda figures: made.append(weakref.ref(figures)))
        qtbot.waitUntil(lambda: task.is_done, timeout=10000)
        assert shown == [(Register, Figures)]
        del register, task
        slot.start(lambda token: None)  # the next task (another register opened)
        qtbot.waitUntil(lambda: not workers.busy(), timeout=10000)
        gc.collect()
        assert read() is None  # the earlier register is freed ...
        assert made and made[0]() is None  # ... and what the task made of it
    finally:
        workers.wait_for_all()
        workers.set_synchronous(True)


def test_quitting_stops_the_running_tasks_instead_of_waiting_for_them(qtbot):
    """The app quits through stop_all: a task that checks its token (a publication being made) stops
    at its next step, long before it would have ended."""
    workers.set_synchronous(False)
    started, steps, outcomes = threading.Event(), [], []

    def long_work(token):
        started.set()
        for n in range(10_000):  # 100 s if it ran to the end
            token.step(n / 10_000)
            steps.append(n)
            time.sleep(0.01)
        return "made"

    try:
        task = workers.run_task(long_work, on_result=outcomes.append,
                                on_cancelled=lambda: outcomes.append("cancelled"))
        assert started.wait(10)
        begun = time.monotonic()
        assert workers.stop_all(10_000)
        assert time.monotonic() - begun < 5
        qtbot.waitUntil(lambda: task.is_done, timeout=10000)
        assert outcomes == ["cancelled"] and len(steps) < 10_000
    finally:
        workers.wait_for_all()
        workers.set_synchronous(True)


def test_a_task_that_ends_after_its_receiver_is_gone_ends_quietly(caplog):
    """When the app has quit (the relay deleted) a task still running has nobody to tell: its outcome
    and its progress are dropped, no traceback."""
    from shiboken6 import delete

    outcomes = []
    task = workers.Task(lambda token: (token.progress(0.5), token.check(), "late")[-1], name="late task")
    task.finished.connect(outcomes.append)
    delete(task._relay)
    with caplog.at_level("DEBUG", logger="hrplanner.ui.workers"):
        task.execute()  # raised RuntimeError("Signal source has been deleted") before
    assert outcomes == [] and task.token.cancelled
    assert "late task ended after the app quit" in caplog.text
