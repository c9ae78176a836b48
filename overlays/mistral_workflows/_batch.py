"""Batch helpers: act on many executions at once, with every id accounted for.

Three layers, only the last of which differs between sync and async:

- ``BatchReport`` / ``BatchFailure``: pure accounting, one entry per distinct input id, in
  input order.
- ``BatchRun``: the plan, no I/O. It takes ids lazily from any iterable (collapsing
  duplicates), cuts them into jobs (chunks of the batch endpoints, or one id per single
  call), halves the chunk size when the server says a chunk is too large, and turns each job
  into a flow built on ``_transport`` (so retries follow the overlay's retry policy).
- ``run_batch_sync`` (a fixed set of threads, ``_flow.run_sync`` on the shared
  ``httpx.Client``) and ``run_batch_async`` (bounded asyncio tasks, ``_flow.run_async``).

At most ``chunk_size * max_concurrency`` ids are held besides the report, so memory grows only
with the report itself, however long the input.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import queue
import threading
from collections.abc import Callable, Iterable, Iterator, Sized
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import httpx

from . import _operations as ops
from ._config import BATCH_STOP_POLL
from ._exceptions import BatchError, BatchInterrupted, UnprocessableEntityError, WorkflowsError
from ._flow import Flow, Send, Sleep, run_async, run_sync
from ._handle import _HandleCore, status_name
from ._options import OptionsHolder
from ._retry import _NEVER_SENT
from ._transport import CallContext, call_flow, status_error

if TYPE_CHECKING:
    from mistral_workflows_api.models import BatchExecutionResponse

R = TypeVar("R")

#: ``on_progress(done, total)``: ``done`` input ids accounted for (duplicates included);
#: ``total`` is ``len(ids)`` when the input has a length, else None.
ProgressCallback = Callable[[int, int | None], object]

#: Words by which a 422 says that a batch had too many ids.
_TOO_LARGE_HINTS = ("too_long", "too long", "too many", "too large", "at most", "maximum", "limit")
#: Statuses after which a request may have been carried out although it failed.
_MAYBE_ACTED_STATUSES = frozenset({500, 502, 504})


@dataclass(frozen=True, slots=True)
class BatchFailure:
    """Why one id failed.

    ``status`` is the HTTP status of the failed request, or the server's per-id status of a
    batch answer (e.g. ``"failure"``), or None when there was no HTTP answer or no result.
    ``error`` is the exception behind an HTTP-level failure, shared by the ids of its request.
    """

    status: int | str | None
    message: str
    error: WorkflowsError | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_error(cls, error: WorkflowsError, prefix: str = "") -> BatchFailure:
        return cls(getattr(error, "status_code", None), prefix + str(error), error)


class _Pending:
    """Marks an id taken from the input whose answer has not come yet."""

    def __repr__(self) -> str:
        return "<pending>"


_PENDING = _Pending()


class BatchReport:
    """The outcome of a batch call: one entry per distinct input id, in input order.

    ``results[id]`` is the value of a success (a query's or update's result; None for cancel,
    terminate and signal) or a ``BatchFailure``. A report of an interrupted call
    (``complete`` False) holds only the ids that were sent and answered; ``not_sent`` lists
    those taken from the input that were not.
    """

    def __init__(self, action: str) -> None:
        #: What was done: "cancel", "terminate", "signal 'approve'", ...
        self.action = action
        self._results: dict[str, Any] = {}
        self._failed: dict[str, BatchFailure] = {}
        self._answered = 0
        #: How many input ids repeated an earlier one (each id is acted on once).
        self.duplicates = 0
        #: False when the call was interrupted before every id was handled.
        self.complete = True
        #: Ids taken from the input but never answered (only when interrupted).
        self.not_sent: list[str] = []

    @property
    def results(self) -> dict[str, Any]:
        """Id -> success value or ``BatchFailure``, in input order."""
        return self._results

    @property
    def failed(self) -> dict[str, BatchFailure]:
        """Id -> why it failed, in the order failures arrived."""
        return self._failed

    @property
    def succeeded(self) -> list[str]:
        """The ids that succeeded, in input order."""
        return [i for i, value in self._results.items() if not isinstance(value, BatchFailure | _Pending)]

    @property
    def ok(self) -> bool:
        """Every id succeeded and none was left out."""
        return self.complete and not self._failed

    def __len__(self) -> int:
        return len(self._results)

    def __repr__(self) -> str:
        return f"<BatchReport {self.summary()}>"

    def summary(self) -> str:
        """One line: what was done, to how many ids, how it went."""
        text = (
            f"{self.action}: {len(self._results)} ids, {len(self._results) - len(self._failed)} succeeded, "
            f"{len(self._failed)} failed, {self.duplicates} duplicates collapsed"
        )
        if not self.complete:
            text += f"; interrupted, {len(self.not_sent)} taken but not sent"
        return text

    # ----- accounting (used by BatchRun only) ----------------------------------------------
    def _register(self, execution_id: str) -> bool:
        """Take one input id; False (and counted) when it repeats an earlier one."""
        if execution_id in self._results:
            self.duplicates += 1
            return False
        self._results[execution_id] = _PENDING
        return True

    def _record(self, execution_id: str, value: Any) -> None:
        if self._results.get(execution_id) is not _PENDING:
            return  # not sent by us, or answered already: keep the first answer
        self._results[execution_id] = value
        self._answered += 1
        if isinstance(value, BatchFailure):
            self._failed[execution_id] = value

    def _close(self, interrupted: bool) -> None:
        """Drop the ids never answered (listing them in ``not_sent``)."""
        if interrupted:
            self.complete = False
        unanswered = [i for i, value in self._results.items() if value is _PENDING]
        for execution_id in unanswered:
            del self._results[execution_id]
        self.not_sent.extend(unanswered)


@dataclass(slots=True)
class _Outcome:
    """What one job produced: an answer per id, or "too large, split me"."""

    answers: list[tuple[str, Any]]
    #: The server refused the job as too large (it comes back as two halves).
    too_large: bool = False
    #: The server took the job whole (a batch endpoint's 200 answer).
    fitted: bool = False


class _Abandoned(Exception):
    """A retry was not made because the batch call is being interrupted."""

    def __init__(self, failure: BatchFailure) -> None:
        super().__init__(failure.message)
        self.failure = failure


#: Marks the end of the input ids (None could be a caller's mistake to report).
_END: Any = object()


@dataclass(slots=True)
class _Attempts:
    """What the watcher saw of one call's attempts."""

    #: A failed attempt may have been carried out by the server (its answer was lost).
    may_have_acted: bool = False
    last_reply: httpx.Response | httpx.RequestError | None = None

    def note(self, reply: httpx.Response | httpx.RequestError) -> None:
        self.last_reply = reply
        if isinstance(reply, httpx.Response):
            self.may_have_acted |= reply.status_code in _MAYBE_ACTED_STATUSES
        else:
            self.may_have_acted |= not isinstance(reply, _NEVER_SENT)


class _Action(Protocol):
    """What a batch call does to a job's ids."""

    @property
    def name(self) -> str: ...

    @property
    def chunked(self) -> bool:
        """Many ids per job (the batch endpoints), or one (single calls)."""
        ...

    def flow(self, run: BatchRun, ids: list[str]) -> Flow[_Outcome]: ...


class BatchRun:
    """One batch call in progress: the input, the jobs, the report. No I/O, no threads.

    The shells call ``next_job`` to get work, run ``job_flow(job)``, and hand the outcome to
    ``complete``. The sync shell serialises these calls with a lock.
    """

    def __init__(
        self,
        action: _Action,
        ids: Iterable[str],
        *,
        chunk_size: int,
        ctx: CallContext,
        on_progress: ProgressCallback | None,
    ) -> None:
        if chunk_size < 1:
            raise ValueError("chunk_size must be >= 1")
        if isinstance(ids, str | bytes):
            raise TypeError("ids must be an iterable of execution ids, not a single string")
        self.action = action
        self.ctx = ctx
        self.report = BatchReport(action.name)
        self._input: Iterator[str] = iter(ids)
        self._total = len(ids) if isinstance(ids, Sized) else None
        self._chunk_size = chunk_size if action.chunked else 1
        self._split: collections.deque[list[str]] = collections.deque()
        #: Chunk sizing: the smallest half made, the largest chunk the server took, the
        #: smallest it refused as too large.
        self._halved = self._chunk_size
        self._accepted = 0
        self._refused = self._chunk_size + 1
        self._exhausted = False
        self._on_progress = on_progress
        self._last_progress = 0
        #: Set when interrupted: no new job starts and no retry is made.
        self.stopping = False

    def next_job(self) -> list[str] | None:
        """The ids of the next request, or None when there is nothing to start now."""
        if self.stopping:
            return None
        if self._split:
            return self._split.popleft()
        job: list[str] = []
        while not self._exhausted and len(job) < self._chunk_size:
            execution_id = next(self._input, _END)
            if execution_id is _END:
                self._exhausted = True
            elif not isinstance(execution_id, str):
                raise TypeError(f"execution ids must be strings, got {type(execution_id).__name__}")
            elif self.report._register(execution_id):
                job.append(execution_id)
        return job or None

    def job_flow(self, job: list[str]) -> Flow[_Outcome]:
        return self.action.flow(self, job)

    def complete(self, job: list[str], outcome: _Outcome) -> None:
        """Record a job's answers; a job refused as too large comes back as two halves."""
        if outcome.too_large and len(job) > 1:
            half = (len(job) + 1) // 2
            self._split.extendleft([job[half:], job[:half]])
            self._halved = min(self._halved, half)
            self._refused = min(self._refused, len(job))
            self._resize()
            return
        if outcome.fitted and len(job) > self._accepted:
            self._accepted = len(job)
            self._resize()
        for execution_id, value in outcome.answers:
            self.report._record(execution_id, value)
        missing = BatchFailure(None, "no result returned")
        for execution_id in job:
            self.report._record(execution_id, missing)  # a no-op for the ids answered above

    def _resize(self) -> None:
        """Halve after a refusal, but never below a size the server has taken."""
        self._chunk_size = max(1, min(max(self._halved, self._accepted), self._refused - 1))

    def progress(self) -> None:
        """Tell ``on_progress`` how far we are, when that changed."""
        done = self.report._answered + self.report.duplicates
        if self._on_progress is not None and done != self._last_progress:
            self._last_progress = done
            self._on_progress(done, self._total)

    def finish(self, raise_on_failure: bool) -> BatchReport:
        self.report._close(interrupted=False)
        self.progress()
        if raise_on_failure and not self.report.ok:
            raise BatchError(f"{self.report.summary()}; see .report", report=self.report)
        return self.report

    def interrupted(self, exc: BaseException) -> None:
        """Close the partial report; attach it to ``exc`` (as its cause), which goes on."""
        self.report._close(interrupted=True)
        if isinstance(exc, KeyboardInterrupt | asyncio.CancelledError) and exc.__cause__ is None:
            exc.__cause__ = BatchInterrupted(f"{self.report.summary()}; see .report", report=self.report)
        exc.add_note(f"mistral_workflows: {self.report.summary()}")

    def watched(self, flow: Flow[R], attempts: _Attempts) -> Flow[R]:
        """Run ``flow``, noting its attempts; once stopping, abandon it instead of retrying.

        Retry waits are cut into short slices so that an interruption is noticed quickly.
        """
        reply: Any = None
        error: BaseException | None = None
        try:
            while True:
                try:
                    action = flow.send(reply) if error is None else flow.throw(error)
                except StopIteration as stop:
                    result: R = stop.value
                    return result
                reply, error = None, None
                if isinstance(action, Sleep):
                    left = action.seconds
                    while left > 0 and not self.stopping:
                        step = min(left, BATCH_STOP_POLL)
                        yield Sleep(step)
                        left -= step
                    if self.stopping:
                        raise _Abandoned(self._abandoned_failure(attempts))
                    continue
                try:
                    reply = yield action
                except httpx.RequestError as exc:
                    error = exc
                    attempts.note(exc)
                else:
                    if isinstance(action, Send) and isinstance(reply, httpx.Response):
                        attempts.note(reply)
        finally:
            flow.close()

    def _abandoned_failure(self, attempts: _Attempts) -> BatchFailure:
        prefix = "not retried, the batch call was interrupted: "
        last = attempts.last_reply
        if isinstance(last, httpx.Response):
            return BatchFailure.from_error(status_error(last, self.ctx), prefix)
        if last is None:
            return BatchFailure(None, prefix + "no request was sent")
        return BatchFailure(None, prefix + self.ctx.redact(f"{type(last).__name__}: {last}"))


def _all_failed(ids: list[str], failure: BatchFailure) -> _Outcome:
    return _Outcome([(i, failure) for i in ids])


def _says_too_large(error: UnprocessableEntityError) -> bool:
    text = " ".join([str(error.detail), error.body, *(f"{e.type} {e.msg}" for e in error.errors)]).lower()
    return any(hint in text for hint in _TOO_LARGE_HINTS)


@dataclass(frozen=True)
class BatchEndpointAction:
    """Cancel or terminate through the batch endpoint, many ids per request."""

    name: str
    op: ops.Operation
    #: The status the action leads to: how a doubtful per-id failure is checked.
    target_status: str
    chunked: bool = True

    def flow(self, run: BatchRun, ids: list[str]) -> Flow[_Outcome]:
        from mistral_workflows_api.models.batch_execution_body import BatchExecutionBody

        attempts = _Attempts()
        try:
            answer: BatchExecutionResponse = yield from run.watched(
                call_flow(self.op, run.ctx, body=BatchExecutionBody(execution_ids=list(ids))), attempts
            )
        except UnprocessableEntityError as exc:
            if len(ids) > 1 and _says_too_large(exc):
                return _Outcome([], too_large=True)
            return _all_failed(ids, BatchFailure.from_error(exc))
        except WorkflowsError as exc:
            return _all_failed(ids, BatchFailure.from_error(exc))
        except _Abandoned as abandoned:
            return _all_failed(ids, abandoned.failure)
        per_id = getattr(answer.results, "additional_properties", {})
        answers: list[tuple[str, Any]] = []
        for execution_id in ids:
            result = per_id.get(execution_id)
            if result is None:
                continue  # BatchRun.complete reports it as "no result returned"
            if result.status == "success":
                answers.append((execution_id, None))
                continue
            failure = BatchFailure(
                result.status, result.error if isinstance(result.error, str) else result.status
            )
            if attempts.may_have_acted:
                # An earlier attempt may have done it before its answer was lost.
                failure = yield from self._recheck_flow(run, execution_id, failure)
            answers.append((execution_id, failure))
        return _Outcome(answers, fitted=True)

    def _recheck_flow(self, run: BatchRun, execution_id: str, failure: BatchFailure) -> Flow[Any]:
        """None (done) when the execution is already in the target status, else ``failure``."""
        try:
            execution = yield from run.watched(
                call_flow(ops.GET_EXECUTION, run.ctx, execution_id=execution_id), _Attempts()
            )
        except (WorkflowsError, _Abandoned):
            return failure
        return None if status_name(execution.status) == self.target_status else failure


@dataclass(frozen=True)
class SingleCallAction:
    """Signal, query or update: one call per execution."""

    name: str
    options: OptionsHolder
    kind: str
    invocation: str
    input: Any
    chunked: bool = False

    def flow(self, run: BatchRun, ids: list[str]) -> Flow[_Outcome]:
        answers: list[tuple[str, Any]] = []
        for execution_id in ids:
            try:
                handle = _HandleCore(self.options, execution_id)
            except ValueError as exc:  # "", "." or "..": cannot be sent as a path segment
                answers.append((execution_id, BatchFailure(None, str(exc))))
                continue
            if self.kind == "signal":
                call: Flow[Any] = handle._signal_flow(run.ctx, self.invocation, self.input)
            elif self.kind == "query":
                call = handle._query_flow(run.ctx, self.invocation, self.input)
            else:
                call = handle._update_flow(run.ctx, self.invocation, self.input)
            try:
                answer = yield from run.watched(call, _Attempts())
            except WorkflowsError as exc:
                answers.append((execution_id, BatchFailure.from_error(exc)))
            except _Abandoned as abandoned:
                answers.append((execution_id, abandoned.failure))
            else:
                answers.append((execution_id, None if self.kind == "signal" else answer.result))
        return _Outcome(answers)


def cancel_action(terminate: bool) -> BatchEndpointAction:
    if terminate:
        return BatchEndpointAction("terminate", ops.BATCH_TERMINATE_EXECUTIONS, "TERMINATED")
    return BatchEndpointAction("cancel", ops.BATCH_CANCEL_EXECUTIONS, "CANCELED")


def single_call_action(options: OptionsHolder, kind: str, invocation: str, input: Any) -> SingleCallAction:
    return SingleCallAction(f"{kind} {invocation!r}", options, kind, invocation, input)


def _check_concurrency(max_concurrency: int) -> None:
    if max_concurrency < 1:
        raise ValueError("max_concurrency must be >= 1")


# ----- the scheduling shells: the only code that differs between sync and async ---------------
def run_batch_sync(
    run: BatchRun, http: httpx.Client, max_concurrency: int, raise_on_failure: bool
) -> BatchReport:
    """Run every job on ``max_concurrency`` threads sharing ``http``.

    The threads are started before any job is queued, so that a Ctrl-C landing anywhere in
    this thread cannot lose track of a job in flight; a job picked up after it is skipped.
    """
    _check_concurrency(max_concurrency)
    lock = threading.Lock()
    jobs: queue.SimpleQueue[list[str] | None] = queue.SimpleQueue()
    finished: queue.SimpleQueue[BaseException | None] = queue.SimpleQueue()

    def work() -> None:
        while (job := jobs.get()) is not None:
            try:
                with lock:
                    skip = run.stopping
                if not skip:
                    outcome = run_sync(run.job_flow(job), http)
                    with lock:
                        run.complete(job, outcome)
                finished.put(None)
            except BaseException as exc:
                finished.put(exc)

    threads = [
        threading.Thread(target=work, name=f"mistral-batch-{n}", daemon=True) for n in range(max_concurrency)
    ]
    try:
        for thread in threads:
            thread.start()
        in_flight = 0
        while True:
            while in_flight < max_concurrency:
                with lock:
                    job = run.next_job()
                if job is None:
                    break
                jobs.put(job)
                in_flight += 1
            if not in_flight:
                break
            try:
                # A timed wait: a Ctrl-C that lands just before an untimed one would wait for it.
                error = finished.get(timeout=BATCH_STOP_POLL)
            except queue.Empty:
                continue
            in_flight -= 1
            if error is not None:
                raise error
            run.progress()
    except BaseException as exc:
        with lock:
            run.stopping = True
        _stop_threads(threads, jobs)
        run.interrupted(exc)
        raise
    _stop_threads(threads, jobs)
    return run.finish(raise_on_failure)


def _stop_threads(threads: list[threading.Thread], jobs: queue.SimpleQueue[list[str] | None]) -> None:
    for _ in threads:
        jobs.put(None)
    for thread in threads:
        if thread.is_alive():
            thread.join()


async def run_batch_async(
    run: BatchRun, http: httpx.AsyncClient, max_concurrency: int, raise_on_failure: bool
) -> BatchReport:
    """Run every job as one of at most ``max_concurrency`` asyncio tasks sharing ``http``."""
    _check_concurrency(max_concurrency)

    async def work(job: list[str]) -> None:
        if run.stopping:
            return  # created, but cancelled before it could start: not sent
        outcome = await run_async(run.job_flow(job), http)
        run.complete(job, outcome)

    in_flight: set[asyncio.Task[None]] = set()
    try:
        while True:
            while len(in_flight) < max_concurrency and (job := run.next_job()) is not None:
                in_flight.add(asyncio.create_task(work(job)))
            if not in_flight:
                break
            done, in_flight = await asyncio.wait(in_flight, return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                task.result()
            run.progress()
    except BaseException as exc:
        run.stopping = True
        await _wait_through_cancellation(in_flight)
        run.interrupted(exc)
        raise
    return run.finish(raise_on_failure)


async def _wait_through_cancellation(tasks: set[asyncio.Task[None]]) -> None:
    """Wait until ``tasks`` are done, even while this task is being cancelled again."""
    pending = {t for t in tasks if not t.done()}
    while pending:
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.shield(asyncio.wait(pending))
        pending = {t for t in pending if not t.done()}
