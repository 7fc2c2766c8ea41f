"""Background work: long jobs run on a thread pool, results come back on the main thread.

A job is a plain function ``fn(progress, cancel)`` — the shape ``app/`` uses for long
work. ``progress`` may be called as ``progress(done, total, message)`` (any of them
optional, a float in 0…1 also works); ``cancel`` is a flag the function polls, either as
``cancel()`` or ``cancel.is_set()``.

The function runs on a pool thread; its result (or its exception) is delivered on the main
thread through a queued signal to a slot, which calls the ``on_success``/``on_failure``
callbacks. Jobs that write to the database (``writes=True``) run one at a time, in order.
A progress dialog with Cancel appears only when a job lasts more than ``PROGRESS_DELAY_MS``.
For tests, ``JobManager(synchronous=True)`` runs every job at once on the calling thread
(as picard's fake thread pool does).

Threads belong to a private QThreadPool: :meth:`JobManager.shutdown` cancels the jobs and
waits for them, so no thread is ever destroyed while it runs.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

log = logging.getLogger(__name__)

#: A job's progress dialog appears only when the job lasts longer than this.
PROGRESS_DELAY_MS = 500
#: Progress reports are passed to the main thread at most this often.
_PROGRESS_INTERVAL_S = 0.05


class CancelFlag(threading.Event):
    """Set when the user cancels; the job polls it as ``cancel()`` or ``cancel.is_set()``."""

    def __call__(self) -> bool:
        return self.is_set()


class Progress:
    """The ``progress`` callable handed to a job; thread-safe, throttled."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self._last = 0.0

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        numbers = [a for a in args if isinstance(a, int | float) and not isinstance(a, bool)]
        texts = [a for a in args if isinstance(a, str)]
        done = kwargs.get("done", numbers[0] if numbers else 0)
        total = kwargs.get("total", numbers[1] if len(numbers) > 1 else 0)
        message = kwargs.get("message", texts[0] if texts else "")
        if isinstance(done, float) and not total and 0 <= done <= 1:
            done, total = round(done * 1000), 1000
        now = time.monotonic()
        final = bool(total) and done >= total
        if now - self._last < _PROGRESS_INTERVAL_S and not final:
            return
        self._last = now
        self._report(int(done or 0), int(total or 0), str(message or ""))


class Job(QObject):
    """One piece of background work; its signals are emitted on the main thread."""

    progressed = Signal(int, int, str)
    #: The function's return value.
    succeeded = Signal(object)
    #: The exception it raised (not emitted for a job stopped by Cancel).
    failed = Signal(object)
    #: Emitted last, whatever happened.
    finished = Signal()
    _done = Signal(object, object)
    _progress = Signal(int, int, str)

    def __init__(self, fn: Callable[[Progress, CancelFlag], Any], label: str, writes: bool) -> None:
        super().__init__()
        self.fn = fn
        self.label = label
        self.writes = writes
        self.cancel_flag = CancelFlag()
        self.running = False
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.last_progress: tuple[int, int, str] = (0, 0, "")
        self._done.connect(self._deliver)
        self._progress.connect(self._on_progress)

    @property
    def cancelled(self) -> bool:
        return self.cancel_flag.is_set()

    def cancel(self) -> None:
        self.cancel_flag.set()

    def execute(self) -> None:
        """Run the function (on whatever thread calls this) and post the outcome."""
        result: Any = None
        error: BaseException | None = None
        try:
            result = self.fn(Progress(self._progress.emit), self.cancel_flag)
        except BaseException as caught:  # delivered to the main thread, never lost
            error = caught
        self._done.emit(result, error)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.last_progress = (done, total, message)
        self.progressed.emit(done, total, message)

    @Slot(object, object)
    def _deliver(self, result: Any, error: BaseException | None) -> None:
        self.running = False
        self.done = True
        self.result, self.error = result, error
        if error is not None and self.cancelled:
            log.info("job %r stopped after cancel: %r", self.label, error)
        elif error is not None:
            self.failed.emit(error)
        else:  # done, even if the user asked too late to stop it
            self.succeeded.emit(result)
        self.finished.emit()


class JobManager(QObject):
    """Runs jobs in the background, one database writer at a time."""

    jobStarted = Signal(object)
    jobFinished = Signal(object)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        synchronous: bool = False,
        dialog_parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self.dialog_parent = dialog_parent
        self._pool = QThreadPool(self)
        self._jobs: list[Job] = []
        self._writes: deque[Job] = deque()
        self._writer: Job | None = None
        self._closed = False
        #: The progress dialog shown last (for tests and screenshots).
        self.progress_dialog: QProgressDialog | None = None
        self._dialogs: dict[Job, QProgressDialog] = {}

    # -- running ------------------------------------------------------------------------

    def run(
        self,
        fn: Callable[[Progress, CancelFlag], Any],
        *,
        label: str = "",
        writes: bool = False,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_finished: Callable[[], None] | None = None,
        show_progress: bool = True,
    ) -> Job:
        """Start ``fn(progress, cancel)``; the callbacks run on the main thread.

        Without ``on_failure``, a failure is shown with :func:`ui.errors.show_error`.
        A job stopped by Cancel (its function raised after the cancel) calls neither
        ``on_success`` nor ``on_failure``; one that finished all the same calls
        ``on_success``.
        """
        if self._closed:
            raise RuntimeError("the job manager was shut down")
        job = Job(fn, label, writes)
        # Owned by the manager: a finished job's pending deleteLater() dies with it, instead
        # of firing after a manager made in a test has been collected (a later crash).
        job.setParent(self)
        job.setParent(self)
        if on_success is not None:
            job.succeeded.connect(on_success)
        job.failed.connect(on_failure if on_failure is not None else self._show_failure)
        if on_finished is not None:
            job.finished.connect(on_finished)
        job.finished.connect(lambda: self._finished(job))
        self._jobs.append(job)
        if show_progress and not self.synchronous:
            QTimer.singleShot(PROGRESS_DELAY_MS, job, lambda: self._show_progress(job))
        if writes and self._writer is not None:
            self._writes.append(job)
        else:
            self._start(job)
        return job

    def _start(self, job: Job) -> None:
        if job.writes:
            self._writer = job
        job.running = True
        self.jobStarted.emit(job)
        if self.synchronous:
            job.execute()
        else:
            self._pool.start(job.execute)

    def _finished(self, job: Job) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        if job is self._writer:
            self._writer = None
            while self._writes and not self._closed:
                following = self._writes.popleft()
                if following.cancelled:  # cancelled before it started: it never runs
                    following._deliver(None, RuntimeError("cancelled before it started"))
                    continue
                self._start(following)
                break
        self.jobFinished.emit(job)
        job.deleteLater()

    def _show_failure(self, error: BaseException) -> None:
        from ui.errors import show_error

        show_error(self.dialog_parent, error)

    def _show_progress(self, job: Job) -> None:
        if job.done or self._closed:
            return
        dialog = QProgressDialog(self.dialog_parent)
        dialog.setWindowTitle(self.tr("Comptoir"))
        dialog.setLabelText(job.label or self.tr("Working…"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(380)

        def update(done: int, total: int, message: str) -> None:
            if total > 0:
                dialog.setRange(0, total)
                dialog.setValue(min(done, total))
            else:
                dialog.setRange(0, 0)
            if message:
                dialog.setLabelText(f"{job.label}\n{message}" if job.label else message)

        def cancel() -> None:
            if job.done:
                return
            job.cancel()
            dialog.setLabelText(self.tr("Cancelling…"))
            dialog.setCancelButton(None)  # type: ignore[arg-type]

        def close() -> None:
            dialog.canceled.disconnect(cancel)
            dialog.close()
            dialog.deleteLater()

        update(*job.last_progress)
        job.progressed.connect(update)
        dialog.canceled.connect(cancel)
        job.finished.connect(close)
        self.progress_dialog = dialog
        self._dialogs[job] = dialog
        job.finished.connect(lambda: self._dialogs.pop(job, None))
        dialog.open()

    # -- state and shutdown -------------------------------------------------------------

    def jobs(self) -> list[Job]:
        """The jobs started or queued and not finished yet."""
        return list(self._jobs)

    def is_busy(self) -> bool:
        return bool(self._jobs)

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Wait (processing events) until every job has finished; False on timeout."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self._jobs:
            if time.monotonic() > deadline:
                return False
            self._pool.waitForDone(20)
            QApplication.processEvents()
        return True

    def shutdown(self, timeout_ms: int = 30000) -> bool:
        """Cancel every job and wait for the running ones; True when all have stopped."""
        self._closed = True
        for job in list(self._jobs):
            job.cancel()
            job.blockSignals(True)  # nothing is delivered to windows that are closing
        self._writes.clear()
        for dialog in self._dialogs.values():
            dialog.close()
            dialog.deleteLater()
        self._dialogs.clear()
        self.progress_dialog = None
        stopped = self._pool.waitForDone(timeout_ms)
        if not stopped:
            log.warning("background jobs still running after %d ms", timeout_ms)
        return stopped


__all__ = ["CancelFlag", "Job", "JobManager", "Progress", "PROGRESS_DELAY_MS"]
