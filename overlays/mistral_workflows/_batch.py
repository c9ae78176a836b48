"""Batch helpers: act on many executions at once, with every id accounted for.

Three layers, only the last of which differs between sync and async:

- ``BatchReport`` / ``BatchFailure`` (``_report``): pure accounting, one entry per distinct
  input id, in input order.
- ``BatchRun``: the plan, no I/O. It takes ids lazily from any iterable, or (async calls)
  any async iterable, of ids or of objects with an ``execution_id`` (a runs listing; collapsing
  duplicates), cuts them into jobs (chunks of the batch endpoints, or one id per single
  call), halves the chunk size when the server says a chunk is too large, and turns each job
  into a flow built on ``_transport`` (so retries follow the overlay's retry policy).
- ``run_batch_sync`` (a fixed set of threads, ``_flow.run_sync`` on the shared
  ``httpx.Client``) and ``run_batch_async`` (a task group of workers, ``_flow.run_async``,
  on any event loop anyio runs on).

At most ``chunk_size * max_concurrency`` ids are held besides the report, so memory grows only
with the report itself, however long the input.
"""

from __future__ import annotations

import collections
import queue
import threading
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Sized
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias, TypeVar

import anyio
import anyio.lowlevel
import httpx

from . import _calls as calls
from . import _operations as ops
from . import _retry
from ._config import BATCH_STOP_POLL, MAX_BATCH_CONCURRENCY
from ._context import JSON, CallContext
from ._exceptions import UnprocessableEntityError, WorkflowsError
from ._flow import Flow, FlowAbandoned, SendError, run_async, run_sync, watched
from ._report import BatchError, BatchFailure, BatchInterrupted, BatchReport, ProgressCallback
from ._request_flow import status_error

if TYPE_CHECKING:
    from mistral_workflows_api.models import BatchExecutionResponse

R = TypeVar("R")

#: Words by which a 422 says that a batch had too many ids.
_TOO_LARGE_HINTS = ("too_long", "too long", "too many", "too large", "at most", "maximum", "limit")
#: What the report says of an id whose request was given up in flight (a second Ctrl-C).
_GIVEN_UP_IN_FLIGHT = (
    "the batch call was interrupted again while this request was in flight: its outcome is unknown"
)
#: The start of the note an interrupted batch call adds to the exception.
_NOTE = "mistral_workflows: "


@dataclass(slots=True)
class _Outcome:
    """What one job produced: an answer per id, or "too large, split me"."""

    answers: list[tuple[str, JSON | BatchFailure]]
    #: The server refused the job as too large (it comes back as two halves).
    too_large: bool = False
    #: The server took the job whole (a batch endpoint's 200 answer).
    fitted: bool = False


#: Marks the end of the input ids (None could be a caller's mistake to report).
_END: Any = object()
#: Marks an async input whose next ids have not been fetched yet.
_LATER: Any = object()


class HasExecutionId(Protocol):
    """An execution as a listing gives it (a run of ``wf.runs.list()``): its id is enough."""

    @property
    def execution_id(self) -> str: ...


#: What batch calls take: execution ids, or executions (a runs listing), from any iterable.
ExecutionIds: TypeAlias = "Iterable[str | HasExecutionId]"
#: The same, for async calls: an async iterable too (``awf.runs.list(...)``), read lazily.
AsyncExecutionIds: TypeAlias = "Iterable[str | HasExecutionId] | AsyncIterable[str | HasExecutionId]"


def _execution_id(item: object) -> str:
    """The id of an input item: a string, or an object's ``execution_id``."""
    if isinstance(item, str):
        return item
    execution_id = getattr(item, "execution_id", None)
    if isinstance(execution_id, str):
        return execution_id
    raise TypeError(f"execution ids must be strings or have an execution_id, got {type(item).__name__}")


@dataclass(slots=True)
class _Attempts:
    """What the watcher saw of one call's attempts."""

    #: A failed attempt may have been carried out by the server (its answer was lost).
    may_have_acted: bool = False
    last_reply: httpx.Response | SendError | None = None

    def note(self, reply: httpx.Response | SendError) -> None:
        self.last_reply = reply
        if not (isinstance(reply, httpx.Response) and reply.is_success):
            self.may_have_acted |= _retry.may_have_acted(reply)


class _Action(Protocol):
    """What a batch call does to a job's ids."""

    @property
    def name(self) -> str: ...

    @property
    def chunked(self) -> bool:
        """Many ids per job (the batch endpoints), or one (single calls)."""
        ...

    @property
    def may_act(self) -> bool:
        """A request changes the execution (all but queries): a lost answer leaves it unknown."""
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
        ids: AsyncExecutionIds,
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
        #: An async input is read ahead into ``_buffer`` by ``refill_async`` (one chunk at most).
        self._source: AsyncIterator[object] | None = None
        self._source_done = False
        self._buffer: collections.deque[object] = collections.deque()
        self._input: Iterator[object]
        if isinstance(ids, AsyncIterable):
            self._source = aiter(ids)
            self._input = iter(())
        else:
            self._input = iter(ids)
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
            item = self._next_item()
            if item is _LATER:
                break
            if item is _END:
                self._exhausted = True
            elif self.report._register(execution_id := _execution_id(item)):
                job.append(execution_id)
        return job or None

    @property
    def async_input(self) -> bool:
        return self._source is not None

    @property
    def input_done(self) -> bool:
        """No job can come from the input any more (read to the end, or stopping)."""
        return self._exhausted or self.stopping or self._source is None

    def _next_item(self) -> object:
        if self._source is None:
            return next(self._input, _END)
        if self._buffer:
            return self._buffer.popleft()
        return _END if self._source_done else _LATER

    async def refill_async(self) -> None:
        """Read an async input ahead, up to one chunk (call it before ``next_job``)."""
        if self._source is None:
            return
        while not self._source_done and len(self._buffer) < self._chunk_size:
            item = await anext(self._source, _END)
            if item is _END:
                self._source_done = True
            else:
                self._buffer.append(item)

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
        missing = BatchFailure("no result returned")
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

    def interrupted(self, exc: BaseException, cancelled: type[BaseException] = KeyboardInterrupt) -> None:
        """Close the partial report; attach it to ``exc`` (as its cause), which goes on.

        ``cancelled``: the event loop's cancellation exception (async calls only)."""
        self.report._close(interrupted=True)
        if isinstance(exc, KeyboardInterrupt | cancelled) and not isinstance(exc.__cause__, BatchInterrupted):
            partial = BatchInterrupted(f"{self.report.summary()}; see .report", report=self.report)
            # Trio's Cancelled may already have a cause (the nursery's group): keep it behind.
            partial.__cause__ = exc.__cause__
            exc.__cause__ = partial
        if not any(note.startswith(_NOTE) for note in getattr(exc, "__notes__", ())):
            exc.add_note(f"{_NOTE}{self.report.summary()}")

    def give_up(self, jobs: Iterable[list[str]]) -> None:
        """Report the ids of ``jobs``, whose requests are in flight and will not be waited
        for (a second interruption), as failed with an unknown outcome."""
        failure = BatchFailure(_GIVEN_UP_IN_FLIGHT, outcome_unknown=self.action.may_act)
        for job in jobs:
            for execution_id in job:
                self.report._record(execution_id, failure)

    def watched(self, flow: Flow[R], attempts: _Attempts) -> Flow[R]:
        """Run ``flow``, noting its attempts; once stopping, give it up (``FlowAbandoned``)
        at its next retry wait instead of waiting."""
        return watched(flow, on_reply=attempts.note, stopping=lambda: self.stopping, poll=BATCH_STOP_POLL)

    def abandoned_failure(self, attempts: _Attempts) -> BatchFailure:
        """Why a job given up at a retry wait failed (its last answer, if it had one)."""
        prefix = "not retried, the batch call was interrupted: "
        last = attempts.last_reply
        unknown = attempts.may_have_acted and self.action.may_act
        if isinstance(last, httpx.Response):
            return BatchFailure.from_error(status_error(last, self.ctx), prefix, outcome_unknown=unknown)
        if last is None:
            return BatchFailure(prefix + "no request was sent")
        return BatchFailure(
            prefix + self.ctx.redact(f"{type(last).__name__}: {last}"), outcome_unknown=unknown
        )


def _all_failed(ids: list[str], failure: BatchFailure) -> _Outcome:
    return _Outcome([(i, failure) for i in ids])


def _says_too_large(error: UnprocessableEntityError) -> bool:
    text = " ".join([str(error.detail), error.text, *(f"{e.type} {e.msg}" for e in error.errors)]).lower()
    return any(hint in text for hint in _TOO_LARGE_HINTS)


@dataclass(frozen=True)
class BatchEndpointAction:
    """Cancel or terminate through the batch endpoint, many ids per request."""

    name: str
    op: ops.Operation
    #: The status the action leads to: how a doubtful per-id failure is checked.
    target_status: str
    chunked: bool = True
    may_act: bool = True

    def flow(self, run: BatchRun, ids: list[str]) -> Flow[_Outcome]:
        attempts = _Attempts()
        try:
            answer: BatchExecutionResponse = yield from run.watched(
                calls.batch_stop(run.ctx, self.op, ids), attempts
            )
        except UnprocessableEntityError as exc:
            if len(ids) > 1 and _says_too_large(exc):
                return _Outcome([], too_large=True)
            return _all_failed(ids, BatchFailure.from_error(exc, outcome_unknown=attempts.may_have_acted))
        except WorkflowsError as exc:
            return _all_failed(ids, BatchFailure.from_error(exc, outcome_unknown=attempts.may_have_acted))
        except FlowAbandoned:
            return _all_failed(ids, run.abandoned_failure(attempts))
        per_id = getattr(answer.results, "additional_properties", {})
        answers: list[tuple[str, JSON | BatchFailure]] = []
        for execution_id in ids:
            result = per_id.get(execution_id)
            if result is None:
                continue  # BatchRun.complete reports it as "no result returned"
            if result.status == "success":
                answers.append((execution_id, None))
                continue
            # The server's words, the key blanked out should it echo it.
            message = run.ctx.redact(str(result.error if isinstance(result.error, str) else result.status))
            failure = BatchFailure(message, server_status=run.ctx.redact(str(result.status)))
            if attempts.may_have_acted:
                # An earlier attempt may have done it before its answer was lost.
                done = yield from self._recheck_flow(run, execution_id)
                if done:
                    answers.append((execution_id, None))
                    continue
            answers.append((execution_id, failure))
        return _Outcome(answers, fitted=True)

    def _recheck_flow(self, run: BatchRun, execution_id: str) -> Flow[bool]:
        """Whether the execution is already in the target status (so the action is done)."""
        try:
            execution = yield from run.watched(calls.get_execution(run.ctx, execution_id), _Attempts())
        except (WorkflowsError, FlowAbandoned):
            return False
        return calls.status_name(execution.status) == self.target_status


@dataclass(frozen=True)
class SingleCallAction:
    """Signal, query or update: one call per execution."""

    name: str
    kind: str
    invocation: str
    input: JSON
    chunked: bool = False

    @property
    def may_act(self) -> bool:
        return self.kind != "query"

    def flow(self, run: BatchRun, ids: list[str]) -> Flow[_Outcome]:
        answers: list[tuple[str, JSON | BatchFailure]] = []
        for execution_id in ids:
            try:
                calls.check_execution_id(execution_id)
            except ValueError as exc:  # "", "." or "..": cannot be sent as a path segment
                answers.append((execution_id, BatchFailure(str(exc))))
                continue
            attempts = _Attempts()
            try:
                answer = yield from run.watched(self._call(run.ctx, execution_id), attempts)
            except WorkflowsError as exc:
                answers.append((execution_id, BatchFailure.from_error(exc)))
            except FlowAbandoned:
                answers.append((execution_id, run.abandoned_failure(attempts)))
            else:
                answers.append((execution_id, answer))
        return _Outcome(answers)

    def _call(self, ctx: CallContext, execution_id: str) -> Flow[JSON]:
        if self.kind == "signal":
            yield from calls.signal(ctx, execution_id, self.invocation, self.input)
            return None
        if self.kind == "query":
            return (yield from calls.query(ctx, execution_id, self.invocation, self.input)).result
        return (yield from calls.update(ctx, execution_id, self.invocation, self.input)).result


def cancel_action(terminate: bool) -> BatchEndpointAction:
    if terminate:
        return BatchEndpointAction("terminate", ops.BATCH_TERMINATE_EXECUTIONS, "TERMINATED")
    return BatchEndpointAction("cancel", ops.BATCH_CANCEL_EXECUTIONS, "CANCELED")


def single_call_action(kind: str, invocation: str, input: JSON) -> SingleCallAction:
    calls.check_name(invocation)
    return SingleCallAction(f"{kind} {invocation!r}", kind, invocation, input)


def check_concurrency(max_concurrency: int) -> int:
    """``max_concurrency`` of a batch call: an int from 1 to ``MAX_BATCH_CONCURRENCY``."""
    if isinstance(max_concurrency, bool) or not isinstance(max_concurrency, int):
        raise TypeError(f"max_concurrency must be an int, not {type(max_concurrency).__name__}")
    if not 1 <= max_concurrency <= MAX_BATCH_CONCURRENCY:
        raise ValueError(f"max_concurrency must be from 1 to {MAX_BATCH_CONCURRENCY}, not {max_concurrency}")
    return max_concurrency


# ----- the scheduling shells: the only code that differs between sync and async ---------------
def run_batch_sync(
    run: BatchRun, http: httpx.Client, max_concurrency: int, raise_on_failure: bool
) -> BatchReport:
    """Run every job on up to ``max_concurrency`` threads sharing ``http``.

    A thread is started only when every thread so far is busy (one id, one thread). A Ctrl-C
    waits for the requests in flight, then goes on with the partial report attached; a second
    Ctrl-C while waiting stops the wait: the ids in flight are reported with an unknown
    outcome, and the report is attached all the same.
    """
    check_concurrency(max_concurrency)
    if run.async_input:
        raise TypeError("ids is an async iterable: read it with AsyncWorkflows, or pass an iterable")
    lock = threading.Lock()
    jobs: queue.SimpleQueue[list[str] | None] = queue.SimpleQueue()
    finished: queue.SimpleQueue[BaseException | None] = queue.SimpleQueue()
    #: The job each thread is running (its requests may be in flight).
    running: dict[int, list[str]] = {}

    def work() -> None:
        me = threading.get_ident()
        while (job := jobs.get()) is not None:
            try:
                with lock:
                    skip = run.stopping
                    if not skip:
                        running[me] = job
                if not skip:
                    outcome = run_sync(run.job_flow(job), http)
                    with lock:
                        run.complete(job, outcome)
                        running.pop(me, None)
                finished.put(None)
            except BaseException as exc:
                with lock:
                    running.pop(me, None)
                finished.put(exc)

    threads: list[threading.Thread] = []
    try:
        in_flight = 0
        while True:
            while in_flight < max_concurrency:
                with lock:
                    job = run.next_job()
                if job is None:
                    break
                if in_flight >= len(threads):
                    thread = threading.Thread(target=work, name=f"mistral-batch-{len(threads)}", daemon=True)
                    threads.append(thread)
                    thread.start()
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
        _stop_threads(threads, jobs)
    except BaseException as exc:
        run.stopping = True
        _wind_down(run, threads, jobs, lock, running, exc)
        raise
    return run.finish(raise_on_failure)


def _wind_down(
    run: BatchRun,
    threads: list[threading.Thread],
    jobs: queue.SimpleQueue[list[str] | None],
    lock: threading.Lock,
    running: dict[int, list[str]],
    exc: BaseException,
) -> None:
    """After ``exc`` stopped a sync batch call: wait for the requests in flight, unless a
    Ctrl-C comes again (then give them up, reported with an unknown outcome), and attach the
    partial report to ``exc``, whatever further Ctrl-C land meanwhile."""
    waiting = True
    released = False
    while True:
        try:
            if not released:
                _release(threads, jobs)
                released = True
            if waiting:
                _join(threads)
            with lock:
                if not waiting:
                    run.give_up(dict(running).values())
                run.interrupted(exc)
            return
        except KeyboardInterrupt:
            waiting = False


def _release(threads: list[threading.Thread], jobs: queue.SimpleQueue[list[str] | None]) -> None:
    """Tell every thread to end once the jobs queued before are done (or skipped)."""
    for _ in threads:
        jobs.put(None)


def _join(threads: list[threading.Thread]) -> None:
    for thread in threads:
        if thread.is_alive():
            thread.join()


def _stop_threads(threads: list[threading.Thread], jobs: queue.SimpleQueue[list[str] | None]) -> None:
    _release(threads, jobs)
    _join(threads)


async def run_batch_async(
    run: BatchRun, http: httpx.AsyncClient, max_concurrency: int, raise_on_failure: bool
) -> BatchReport:
    """Run every job on ``max_concurrency`` workers of one task group sharing ``http``.

    Each request, once sent, is shielded from cancellation, so that its answer is recorded:
    a cancelled call stops taking jobs and gives up retry waits, then re-raises the
    cancellation with the partial report attached.
    """
    check_concurrency(max_concurrency)

    workers_left = max_concurrency
    all_done = anyio.Event()
    reading = anyio.Lock()

    async def next_job() -> list[str] | None:
        # One worker at a time reads the input: an async iterator takes one reader at a time.
        async with reading:
            while True:
                await run.refill_async()
                job = run.next_job()
                if job is not None or run.input_done:
                    return job

    async def worker() -> None:
        nonlocal workers_left
        try:
            while (job := await next_job()) is not None:
                with anyio.CancelScope(shield=True):
                    outcome = await run_async(run.job_flow(job), http)
                    run.complete(job, outcome)
                    run.progress()
                await anyio.lowlevel.checkpoint()
        finally:
            workers_left -= 1
            if not workers_left:
                all_done.set()

    async def stop_when_cancelled() -> None:
        # Not shielded: told of a cancellation at once, it stops new jobs and retry waits.
        try:
            await all_done.wait()
        except anyio.get_cancelled_exc_class():
            run.stopping = True
            raise

    try:
        async with anyio.create_task_group() as tasks:
            tasks.start_soon(stop_when_cancelled)
            for _ in range(max_concurrency):
                tasks.start_soon(worker)
    except BaseException as exc:
        run.stopping = True
        error = _single(exc)
        run.interrupted(error, anyio.get_cancelled_exc_class())
        if error is exc:
            raise
        raise error from None
    return run.finish(raise_on_failure)


def _single(exc: BaseException) -> BaseException:
    """The one exception inside (nested) exception groups of one member, else ``exc``."""
    while isinstance(exc, BaseExceptionGroup) and len(exc.exceptions) == 1:
        exc = exc.exceptions[0]
    return exc
