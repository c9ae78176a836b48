"""The asynchronous shell: ``AsyncWorkflows``, its handles, trace views and event streams.

Written by hand; ``_sync_client.py`` is generated from it by ``scripts/unasync.py`` (``make
generate``; ``make check-generated`` fails when it is stale), so the two flavours cannot drift,
docstrings included. Every call is one line that runs a flow of ``_calls`` (or of a stream
core) on the httpx client: the logic lives below this layer, once.
"""

from __future__ import annotations

import contextlib
import datetime
import time
import uuid
from collections.abc import AsyncIterator, Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, ParamSpec, Self, TypeAlias, TypeVar, Unpack

import httpx

from . import _calls as calls
from ._client_base import ClientBase, DeploymentHandleBase, HandleBase, ScheduleHandleBase, Timeout
from ._config import (
    DEFAULT_BATCH_CONCURRENCY,
    DEFAULT_FAN_OUT_CONCURRENCY,
    DEFAULT_MAX_RETRIES,
    NOT_GIVEN,
    STREAM_READ_TIMEOUT,
    NotGiven,
)
from ._context import JSON, CallOptions, ResultOptions
from ._events import Ending, StreamEvent, UnknownLogRecord
from ._flow import SEND_ERRORS, Flow, capture_responses, iter_async, run_async
from ._logging import logger
from ._operations import (
    DELETE_DEPLOYMENT,
    RESTART_DEPLOYMENT,
    START_DEPLOYMENT,
    STOP_DEPLOYMENT,
)

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from mistral_workflows_api.client import AuthenticatedClient
    from mistral_workflows_api.models import (
        ActivityFilter,
        DeploymentArchiveResponse,
        DeploymentDetailResponse,
        DeploymentListResponse,
        DeploymentLogRecord,
        DeploymentLogSearchResponse,
        DeploymentResourceConfig,
        DeploymentResourceConfigUpdate,
        DeploymentResponse,
        DeploymentWorkerListResponse,
        DeploymentWorkerResponse,
        EventScope,
        ExecutionLogRecord,
        ExecutionTraceInfoResponse,
        ListWorkflowEventResponse,
        ManagedDeploymentResponse,
        ScheduleCalendar,
        ScheduleDefinitionOutput,
        ScheduleInterval,
        ScheduleOverlapPolicy,
        ScheduleStatus,
        SignalWorkflowResponse,
        Workflow,
        WorkflowBasicDefinition,
        WorkflowBulkArchiveResponse,
        WorkflowBulkUnarchiveResponse,
        WorkflowEventType,
        WorkflowExecutionListResponse,
        WorkflowExecutionResponse,
        WorkflowExecutionStatus,
        WorkflowExecutionTraceEventsResponse,
        WorkflowExecutionTraceOTelResponse,
        WorkflowExecutionTraceSummaryResponse,
        WorkflowExecutionWithoutResultResponse,
        WorkflowListResponse,
        WorkflowMetrics,
        WorkflowRegistration,
        WorkflowRegistrationListResponse,
        WorkflowRegistrationWithWorkerStatus,
        WorkflowScheduleListResponse,
        WorkflowWithWorkerStatus,
    )
    from mistral_workflows_api.models.event_source import EventSource

    from ._batch import AsyncExecutionIds, BatchRun
    from ._payloads import PayloadCodec
    from ._report import BatchReport, ProgressCallback
    from ._results import QueryResult, RawResponse, UpdateResult
    from ._streaming import ReconnectAttempt, StreamCore

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")
S = TypeVar("S")

#: One schedule spec or a list of them (None: not given).
ScheduleSpecs: TypeAlias = "S | list[S] | tuple[S, ...] | None"


# ----- event streams ----------------------------------------------------------------------------
async def _open_async(core: StreamCore[T], http: httpx.AsyncClient) -> httpx.Response | None:
    """One connection attempt: the open stream, or None once the core has handled the failure."""
    try:
        response = await http.send(http.build_request(**core.request()), stream=True)
    except SEND_ERRORS as exc:
        await run_async(core.after_connection_flow(core.mendable(exc)), http)
        return None
    try:
        if not response.is_success:
            await response.aread()
        if core.accept(response):
            return response
    except SEND_ERRORS as exc:
        await response.aclose()
        await run_async(core.after_connection_flow(core.mendable(exc)), http)
        return None
    except BaseException:
        await response.aclose()
        raise
    await response.aclose()
    await run_async(core.after_connection_flow(None), http)
    return None


class AsyncEventStream(AsyncIterator[T]):
    """A resumable server-sent event stream: ``async with`` it, ``async for`` over it.

    The request goes out on entering ``async with`` (or at the first item); the connection is
    closed on exit, on ``break`` (when the stream is dropped), on error and by ``aclose()``.
    Once the execution's end has been delivered, the rest of the body (the server ends it
    there) is read before the connection is let go, so that it serves the client's next
    stream (not so for the global stream, whose body never ends: it is closed).
    ``last_event_id`` says where another stream may resume later.
    """

    def __init__(self, core: StreamCore[T], http: httpx.AsyncClient) -> None:
        self._core = core
        self._http = http
        #: The open connection and the reader of its body (None between connections).
        self._response: httpx.Response | None = None
        self._chunks: AsyncIterator[bytes] | None = None
        #: The items of the last piece of the body not delivered yet, the next one last.
        self._items: list[T] = []
        #: How many of them ``aclose()`` dropped: the stream still says it stopped before them.
        self._dropped = 0
        self._started = False
        self._closed = False

    @property
    def last_event_id(self) -> str | None:
        """The id of the last item delivered (None: none yet and none given)."""
        undelivered = len(self._items) or self._dropped
        return self._core.marks[-1 - undelivered] if undelivered else self._core.last_event_id

    @property
    def ending(self) -> Ending | None:
        """How the execution ended, once the stream has delivered its last event."""
        return None if self._items or self._dropped else self._core.ending

    def __repr__(self) -> str:
        return f"{type(self).__name__}(url={self._core.url!r}, last_event_id={self.last_event_id!r})"

    async def __aenter__(self) -> Self:
        if not self._started and not self._closed:
            self._started = True
            await self._connect()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> T:
        items = self._items
        if items:
            return items.pop()
        try:
            return await self._read()
        except BaseException:
            self._closed = True  # a stream that raised is over, as a generator is
            raise

    async def _read(self) -> T:
        """The next item, once those of the last piece are out: read on, or end the connection
        and reconnect, or end the stream."""
        core = self._core
        while not self._closed:
            chunks = self._chunks
            if chunks is None:
                if core.finished:
                    break
                self._started = True
                await self._connect()
                continue
            if core.finished:
                await self._release(drain=core.body_ends)
                break
            error: BaseException | None = core.cut
            if error is None:
                try:
                    chunk = await anext(chunks)
                except StopAsyncIteration:
                    pass  # the server ended the body
                except SEND_ERRORS as exc:
                    error = await self._mendable(exc)
                except BaseException:
                    await self._release(drain=False)
                    raise
                else:
                    items = core.feed(chunk)
                    if items:
                        items.reverse()
                        self._items = items
                        return items.pop()
                    continue
            received = self._response.num_bytes_downloaded if self._response is not None else 0
            await self._release(drain=False)
            await run_async(core.after_connection_flow(error, received), self._http)
        raise StopAsyncIteration

    async def _connect(self) -> None:
        """Open the next connection, unless the attempt failed (the core has dealt with it)."""
        from ._streaming import chunks_async

        response = await _open_async(self._core, self._http)
        if response is not None:
            self._response, self._chunks = response, chunks_async(response)

    async def _mendable(self, exc: httpx.RequestError | httpx.InvalidURL) -> httpx.RequestError:
        """The cut to resume after; a failure no new connection mends is raised, connection closed."""
        try:
            return self._core.mendable(exc)
        except BaseException:
            await self._release(drain=False)
            raise

    async def _release(self, *, drain: bool) -> None:
        """Let the open connection go: back to the pool when its body has ended (``drain``:
        read what is left of it first), closed otherwise."""
        from ._streaming import release_async

        response, chunks = self._response, self._chunks
        self._response = self._chunks = None
        if response is not None and chunks is not None:
            await release_async(response, chunks, drain=drain)

    async def aclose(self) -> None:
        """Close the connection (after the execution's end: once its body is read, see the
        class); iterating further yields nothing."""
        self._closed = True
        if self._items:
            self._dropped, self._items = len(self._items), []
        await self._release(drain=self._core.finished and self._core.body_ends)

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            if self._response is not None:
                from ._streaming import discard_async

                discard_async(self._response, self._chunks)


async def _wait_ending_async(stream: AsyncEventStream[StreamEvent]) -> Ending | None:
    """Read ``stream`` to the execution's end; None when streaming is unavailable or time ran
    out (the caller then polls, which checks the status once more and raises in time)."""
    from ._streaming import STREAM_UNAVAILABLE, DeadlineReached

    try:
        async with stream:
            async for _ in stream:
                pass
    except DeadlineReached:
        return None
    except STREAM_UNAVAILABLE as exc:
        logger.debug("streaming unavailable (%s); polling instead", exc)
        return None
    return stream.ending


# ----- handles ------------------------------------------------------------------------------------
class AsyncExecutionHandle(HandleBase):
    """One execution and every call on it. Making a handle sends no request.

    Every method takes the keyword-only per-call options ``timeout`` (seconds, per HTTP
    request), ``max_retries`` and ``extra_headers``.
    """

    def __init__(
        self,
        client: AsyncWorkflows,
        execution_id: str,
        workflow_name: str | None = None,
        *,
        started: calls.StartResponse | None = None,
    ) -> None:
        super().__init__(client._settings, execution_id, workflow_name, started)
        self._client = client
        #: Trace views: ``handle.trace.info()``, ``.otel()``, ``.summary()``, ``.events()``.
        self.trace = AsyncTrace(self)

    async def _run(self, flow: Flow[R]) -> R:
        return await self._client._run(flow)

    async def get(
        self, *, include_search_keys: bool = False, **options: Unpack[CallOptions]
    ) -> WorkflowExecutionResponse:
        """The execution's current state (latest run); with ``include_search_keys``, its search
        attributes too (``.search_keys``, a mapping; left out otherwise)."""
        ctx = self._ctx(options)
        return await self._run(calls.get_execution(ctx, self.execution_id, include_search_keys))

    async def history(self, *, decode_payloads: bool = False, **options: Unpack[CallOptions]) -> JSON:
        """The event history of the current run, as the server's JSON (Temporal's shape; see
        ``reset_points`` to pick a reset point from it)."""
        return await self._run(calls.get_history(self._ctx(options), self.execution_id, decode_payloads))

    async def signal(
        self, name: str, input: JSON = None, **options: Unpack[CallOptions]
    ) -> SignalWorkflowResponse:
        """Send signal ``name`` with an optional JSON input. Not resent once it may have arrived
        (only when it surely did not, or was refused: 429, 503 with ``Retry-After``); a failure
        after it may have arrived has ``outcome_unknown=True``."""
        return await self._run(calls.signal(self._ctx(options), self.execution_id, name, input))

    async def query(self, name: str, input: JSON = None, **options: Unpack[CallOptions]) -> QueryResult:
        """Run query ``name``; the answer is in ``.result``."""
        return await self._run(calls.query(self._ctx(options), self.execution_id, name, input))

    async def update(self, name: str, input: JSON = None, **options: Unpack[CallOptions]) -> UpdateResult:
        """Run update ``name``; its return value is in ``.result``. Not resent once it may have
        arrived (see ``signal``); a failure after it may have arrived has ``outcome_unknown=True``."""
        return await self._run(calls.update(self._ctx(options), self.execution_id, name, input))

    async def cancel(self, **options: Unpack[CallOptions]) -> None:
        """Ask the execution to stop; the workflow may clean up and ends CANCELED."""
        await self._run(calls.cancel(self._ctx(options), self.execution_id))

    async def terminate(self, **options: Unpack[CallOptions]) -> None:
        """Stop the execution at once; it ends TERMINATED."""
        await self._run(calls.terminate(self._ctx(options), self.execution_id))

    async def reset(
        self,
        event_id: int,
        *,
        reason: str | None = None,
        exclude_signals: bool = False,
        exclude_updates: bool = False,
        **options: Unpack[CallOptions],
    ) -> None:
        """Start a new run from event ``event_id`` of the history (a workflow-task event, see
        ``reset_points``), dropping what came after; signals and updates received after it are
        replayed unless excluded."""
        ctx = self._ctx(options)
        await self._run(
            calls.reset(ctx, self.execution_id, event_id, reason, exclude_signals, exclude_updates)
        )

    def logs(
        self,
        *,
        order: calls.LogOrder = "asc",
        run_id: str | uuid.UUID | None = None,
        activity_id: str | None = None,
        after: datetime.datetime | None = None,
        before: datetime.datetime | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[ExecutionLogRecord]:
        """Every log record of the execution, fetching page after page as you iterate."""
        filters = calls.log_filters(order, run_id, activity_id, after, before, page_size)
        return self._client._iter(calls.list_logs(self._ctx(options), self.execution_id, filters))

    def stream(
        self,
        *,
        last_event_id: str | None = None,
        event_source: EventSource | str | None = None,
        reconnect: bool = True,
        max_reconnects: int | None = None,
        on_reconnect: Callable[[ReconnectAttempt], None] | None = None,
        read_timeout: float | None = STREAM_READ_TIMEOUT,
        include_children: bool = False,
        **options: Unpack[CallOptions],
    ) -> AsyncEventStream[StreamEvent]:
        """The execution's events, stored then live, until its end: ``async with ex.stream() as events:``.

        ``include_children=True`` watches the execution and all its descendants (child
        workflows and theirs) through the global event stream: their events arrive in one
        stream, in the order of the global sequence, and the stream ends on the execution's
        own terminal event only (a child's end does not end it). It resumes by sequence as
        below; an execution terminated or timed out (no event says so) is seen by a status
        check when the stream goes quiet (``read_timeout``) or is closed. ``event_source``
        does not apply to it.

        ``event_source`` says what the server sends:

        - ``"HYBRID"`` (the server's default when None): the stored events, then live ones
          until the execution ends;
        - ``"LIVE"``: only events published from now on, until the execution ends;
        - ``"DATABASE"``: a replay of the stored events; the server's close ends the stream
          (a normal end of iteration, not a cut to resume).

        Every frame but ``event: error`` is an event, whatever its SSE name; one this client
        cannot type arrives as an ``UnknownEvent``. A cut connection, or one the server ends
        with an ``event: error`` frame (reasons ``read_error``, ``stream_error``,
        ``internal_error``), is resumed after the last event (``Last-Event-ID``, which falls
        back to the broker sequence when the server sends no ``id:``), with backoff, up to
        ``max_reconnects`` failures in a row (then ``StreamReconnectError``, or ``StreamError``
        with the server's ``error`` and ``reason`` when error frames were the cause). What a
        resumed connection repeats is dropped; nothing else ever is, so no event is skipped or
        repeated. ``last_event_id`` resumes a stream read earlier (see
        ``events.last_event_id``); ``on_reconnect`` is told of each reconnection.

        No wait without end: a connection that receives nothing for ``read_timeout`` seconds
        (default 60; keep-alive comments count as something) is dropped and resumed at once.
        One that was accepted and then received no byte at all is *silent* (a proxy buffering
        the stream does that to every connection): from the second silent connection in a
        row on, each one checks the execution's status and counts toward ``max_reconnects``,
        so a stream whose connections all stay silent raises ``StreamReconnectError`` after
        ``1 + max_reconnects + 1`` of them, saying so (and whether the execution has ended:
        its last events can only come from a connection). ``timeout`` bounds connecting and
        the wait for a free connection of the client's stream pool (``stream_limits``): when
        none frees up, ``APITimeoutError`` says the pool is exhausted.
        """
        from ._streaming import Reconnection, event_stream_core, global_stream_core

        reconnection = Reconnection(reconnect, max_reconnects, on_reconnect, read_timeout)
        if include_children:
            if event_source is not None:
                raise ValueError("event_source does not apply with include_children=True")
            tree = global_stream_core(
                self._ctx(options),
                reconnection,
                filters={},
                root=self.execution_id,
                last_event_id=calls.check_last_event_id(last_event_id),
                pool_size=self._client._stream_pool_size(),
            )
            return AsyncEventStream(tree, self._client._stream_http())
        core = event_stream_core(
            self._ctx(options),
            self.execution_id,
            reconnection,
            last_event_id=calls.check_last_event_id(last_event_id),
            event_source=event_source,
            pool_size=self._client._stream_pool_size(),
        )
        return AsyncEventStream(core, self._client._stream_http())

    def stream_logs(
        self,
        *,
        run_id: str | uuid.UUID | None = None,
        activity_id: str | None = None,
        after: datetime.datetime | None = None,
        last_event_id: str | None = None,
        reconnect: bool = True,
        max_reconnects: int | None = None,
        on_reconnect: Callable[[ReconnectAttempt], None] | None = None,
        read_timeout: float | None = STREAM_READ_TIMEOUT,
        **options: Unpack[CallOptions],
    ) -> AsyncEventStream[ExecutionLogRecord | UnknownLogRecord]:
        """The execution's log records as they are written, until it ends; resumes like
        ``stream()``, silent connections and ``read_timeout`` included.

        A frame that is not a readable log record arrives as an ``UnknownLogRecord``."""
        from ._streaming import Reconnection, log_stream_core  # loaded by the first stream

        reconnection = Reconnection(reconnect, max_reconnects, on_reconnect, read_timeout)
        filters = {"run_id": run_id, "activity_id": activity_id, "after": after}
        core = log_stream_core(
            self._ctx(options),
            self.execution_id,
            reconnection,
            filters=filters,
            last_event_id=calls.check_last_event_id(last_event_id),
            pool_size=self._client._stream_pool_size(),
        )
        return AsyncEventStream(core, self._client._stream_http())

    async def result(
        self,
        timeout: float | None = None,
        *,
        read_timeout: float | None = STREAM_READ_TIMEOUT,
        **options: Unpack[ResultOptions],
    ) -> JSON:
        """Wait until the execution ends and return its result.

        Waits on the event stream and returns as soon as the terminal event arrives; polls
        when streaming is unavailable. Sends no request when the answer to
        ``execute(wait_for_result=True)`` already carried the outcome. ``timeout`` bounds
        the whole wait (None: wait for ever). Follows continue-as-new to the final run.
        Raises ``ExecutionFailed`` / ``ExecutionCanceled`` / ``ExecutionTerminated`` /
        ``ExecutionTimedOut`` when it ends otherwise, ``ResultTimeoutError`` when time runs out.

        Even without a ``timeout`` the wait ends with the execution when its stream stalls:
        ``read_timeout`` is that of the stream's connections (see ``stream()``); from the
        second silent connection in a row on, each checks the status, so ``result()`` returns
        (or raises) within about a ``read_timeout`` of the end; once silent connections have
        spent the reconnection budget, it polls instead.
        """
        from ._streaming import Reconnection, event_stream_core  # loaded by the first stream

        ctx = self._ctx(options)
        calls.check_wait(timeout)
        deadline = None if timeout is None else time.monotonic() + timeout
        ending = calls.start_ending(self.started)
        if ending is None:
            reconnection = Reconnection(read_timeout=read_timeout)
            pool_size = self._client._stream_pool_size()
            core = event_stream_core(
                ctx,
                self.execution_id,
                reconnection,
                deadline=deadline,
                pool_size=pool_size,
                outcome_only=True,
            )
            ending = await _wait_ending_async(AsyncEventStream(core, self._client._stream_http()))
        return await self._run(calls.finish(ctx, self.execution_id, ending, timeout, deadline))


class AsyncTrace:
    """The trace views of one execution (``handle.trace``)."""

    def __init__(self, handle: AsyncExecutionHandle) -> None:
        self._handle = handle

    async def info(self, **options: Unpack[CallOptions]) -> ExecutionTraceInfoResponse:
        """The trace id, and whether trace data exists."""
        h = self._handle
        return await h._run(calls.trace_info(h._ctx(options), h.execution_id))

    async def otel(self, **options: Unpack[CallOptions]) -> WorkflowExecutionTraceOTelResponse:
        """The execution with its OpenTelemetry trace (Tempo layout)."""
        h = self._handle
        return await h._run(calls.trace_otel(h._ctx(options), h.execution_id))

    async def summary(self, **options: Unpack[CallOptions]) -> WorkflowExecutionTraceSummaryResponse:
        """The execution with its span tree (``.span_tree``)."""
        h = self._handle
        return await h._run(calls.trace_summary(h._ctx(options), h.execution_id))

    async def events(
        self,
        *,
        merge_same_id_events: bool = False,
        include_internal_events: bool = False,
        **options: Unpack[CallOptions],
    ) -> WorkflowExecutionTraceEventsResponse:
        """The execution with its trace events."""
        h = self._handle
        flow = calls.trace_events(
            h._ctx(options), h.execution_id, merge_same_id_events, include_internal_events
        )
        return await h._run(flow)


# ----- the client ---------------------------------------------------------------------------------
# ----- listings and runs --------------------------------------------------------------------------
class AsyncListing(Generic[T, R]):
    """A lazy, paginated listing. ``async for item in listing`` goes through every item,
    fetching each page only once the previous one is used up; ``listing.pages()`` gives the
    pages themselves. Nothing is sent before iteration starts, and each iteration starts again
    from the first page."""

    def __init__(
        self, client: AsyncWorkflows, items: Callable[[], Flow[None]], pages: Callable[[], Flow[None]]
    ) -> None:
        self._client = client
        self._items = items
        self._pages = pages

    def __aiter__(self) -> AsyncIterator[T]:
        return self._client._iter(self._items())

    def pages(self) -> AsyncIterator[R]:
        """The raw pages, one request each, fetched as you iterate."""
        return self._client._iter(self._pages())


class AsyncRuns:
    """Runs across workflows (``wf.runs``): list them with filters, read one and its history."""

    def __init__(self, client: AsyncWorkflows) -> None:
        self._client = client

    def list(
        self,
        *,
        workflow: str | None = None,
        status: WorkflowExecutionStatus | str | Iterable[WorkflowExecutionStatus | str] | None = None,
        started_after: datetime.datetime | None = None,
        started_before: datetime.datetime | None = None,
        ended_after: datetime.datetime | None = None,
        ended_before: datetime.datetime | None = None,
        root_execution_id: str | None = None,
        search: str | None = None,
        deployment: str | None = None,
        user_id: str | None = None,
        tags: Iterable[str] | None = None,
        search_keys: Mapping[str, str | None] | Iterable[str] | None = None,
        include_internal: bool = True,
        sort_by: calls.RunSortBy = "start_time",
        order: calls.RunOrder = "desc",
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncListing[WorkflowExecutionWithoutResultResponse, WorkflowExecutionListResponse]:
        """Every run that matches, newest first (``order="asc"``: oldest first), read lazily
        page by page: ``async for run in wf.runs.list(workflow="x", status="RUNNING")``.

        Filters: ``workflow`` (name or id); ``status``, one or several; ``started_after`` /
        ``started_before`` / ``ended_after`` / ``ended_before``, timezone-aware datetimes
        (a run that has not ended has no end time and is left out by the last two);
        ``root_execution_id``, a whole execution tree; ``search``, text in the workflow's name
        or the execution id; ``deployment``; ``user_id`` (``"current"``: the caller);
        ``tags``, all of them; ``search_keys``, all of them (3 at most): ``{"key": "value"}``
        (a similar value) or ``{"key": None}`` (a null one), or the server's strings
        ``"key:value"``, ``"key==:value"`` (the exact value), ``"key"`` (has the key),
        ``"key=="`` (null). ``page_size`` is the runs per request (1 to 1000;
        the server's default when None). A listing feeds the batch calls directly:
        ``await wf.cancel_many(wf.runs.list(status="RUNNING", workflow="x"))``."""
        args = calls.run_filters(
            workflow=workflow,
            status=status,
            started_after=started_after,
            started_before=started_before,
            ended_after=ended_after,
            ended_before=ended_before,
            root_execution_id=root_execution_id,
            search=search,
            deployment=deployment,
            user_id=user_id,
            tags=tags,
            search_keys=search_keys,
            include_internal=include_internal,
            sort_by=sort_by,
            order=order,
            page_size=page_size,
        )
        return self._client._listing(calls.RUNS, args, options)

    async def get(self, run_id: str | uuid.UUID, **options: Unpack[CallOptions]) -> WorkflowExecutionResponse:
        """The execution ``run_id`` belongs to, as of that run (its ``run_id`` and status)."""
        return await self._client._run(calls.get_run(self._client._ctx(options), run_id))

    async def history(
        self, run_id: str | uuid.UUID, *, decode_payloads: bool = False, **options: Unpack[CallOptions]
    ) -> JSON:
        """The event history of one run, past or current (free-form JSON, as ``handle.history()``)."""
        ctx = self._client._ctx(options)
        return await self._client._run(calls.run_history(ctx, run_id, decode_payloads))


class AsyncEvents:
    """Events across executions (``wf.events``): the stored ones page by page, or the global
    stream, live and resumable."""

    def __init__(self, client: AsyncWorkflows) -> None:
        self._client = client

    def list(
        self,
        *,
        root_execution_id: str | None = None,
        execution_id: str | None = None,
        run_id: str | uuid.UUID | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncListing[Any, ListWorkflowEventResponse]:
        """Every stored event that matches, oldest first, read lazily page by page: typed
        event models (``WorkflowExecutionStartedResponse``, ...; ``UnknownWorkflowEvent`` for
        a type this client does not know). ``root_execution_id`` takes a whole execution tree;
        ``page_size`` is the events per request (1 to 1000)."""
        args = calls.event_filters(root_execution_id, execution_id, run_id, page_size)
        return self._client._listing(calls.EVENTS, args, options)

    def stream(
        self,
        *,
        workflow: str | None = None,
        execution_id: str | None = None,
        root_execution_id: str | None = None,
        parent_execution_id: str | None = None,
        activity_name: str | None = None,
        activity_id: str | None = None,
        event_types: Iterable[WorkflowEventType | str] | None = None,
        scope: EventScope | calls.EventScope | None = None,
        metadata: Mapping[str, str] | None = None,
        start_seq: int | None = None,
        last_event_id: str | None = None,
        reconnect: bool = True,
        max_reconnects: int | None = None,
        on_reconnect: Callable[[ReconnectAttempt], None] | None = None,
        read_timeout: float | None = STREAM_READ_TIMEOUT,
        **options: Unpack[CallOptions],
    ) -> AsyncEventStream[StreamEvent]:
        """The global event stream: every execution's events that match, stored then live, as
        typed ``StreamEvent`` s; it ends when you stop reading (``break``, ``aclose()``).

        Filters (all of them must match): ``workflow`` (name), ``execution_id``,
        ``root_execution_id`` (a whole tree), ``parent_execution_id``, ``activity_name`` /
        ``activity_id`` (activity events only), ``event_types`` (one or several
        ``WorkflowEventType`` or names), ``scope`` (``"workflow"``, ``"activity"``, ``"*"``)
        and ``metadata`` (``{"key": "value"}``, all of them). ``start_seq`` starts at that
        global sequence (default: the start); ``last_event_id`` resumes after a stream read
        earlier (its ``last_event_id``).

        Resumes after cuts and ``event: error`` frames as ``handle.stream()`` does, at the
        sequence after the last event delivered (``start_seq``, and ``Last-Event-ID``): no
        event is skipped or repeated. The server may close a quiet stream: it is reopened,
        with back-off, without counting toward ``max_reconnects``; so are connections that
        stay quiet for ``read_timeout``."""
        from ._streaming import Reconnection, global_stream_core

        filters = calls.stream_filters(
            workflow=workflow,
            execution_id=execution_id,
            root_execution_id=root_execution_id,
            parent_execution_id=parent_execution_id,
            activity_name=activity_name,
            activity_id=activity_id,
            event_types=event_types,
            scope=scope,
            metadata=metadata,
        )
        core = global_stream_core(
            self._client._ctx(options),
            Reconnection(reconnect, max_reconnects, on_reconnect, read_timeout),
            filters=filters,
            start_seq=calls.check_start_seq(start_seq),
            last_event_id=calls.check_last_event_id(last_event_id),
            pool_size=self._client._stream_pool_size(),
        )
        return AsyncEventStream(core, self._client._stream_http())


class AsyncWorkflowCatalog:
    """The workflows themselves (``wf.workflows``): list, read, update, archive and tag them.
    ``workflow`` is a workflow's name or id."""

    def __init__(self, client: AsyncWorkflows) -> None:
        self._client = client

    def list(
        self,
        *,
        search: str | None = None,
        archived: bool | None = None,
        tags: Iterable[str] | None = None,
        deployment: str | Iterable[str] | None = None,
        deployment_status: ActivityFilter | Literal["active", "inactive"] | None = None,
        status: WorkflowExecutionStatus | str | Iterable[WorkflowExecutionStatus | str] | None = None,
        available_in_chat_assistant: bool | None = None,
        include_shared: bool = True,
        active_only: bool | None = None,
        sort_by: Literal["display_name"] | None = None,
        order: calls.WorkflowOrder = "asc",
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncListing[WorkflowBasicDefinition, WorkflowListResponse]:
        """Every workflow that matches, read lazily page by page (``page_size``: 1 to 1000).

        ``search`` (text in the name), ``archived`` (None: both), ``tags`` (all of them),
        ``deployment`` (one or several names) and ``deployment_status`` (``"active"`` /
        ``"inactive"``), ``status`` (of their executions), ``include_shared``,
        ``active_only``; ``sort_by="display_name"`` and ``order``."""
        args = calls.workflow_filters(
            search=search,
            archived=archived,
            tags=tags,
            deployment=deployment,
            deployment_status=deployment_status,
            status=status,
            available_in_chat_assistant=available_in_chat_assistant,
            include_shared=include_shared,
            active_only=active_only,
            sort_by=sort_by,
            order=order,
            page_size=page_size,
        )
        return self._client._listing(calls.WORKFLOWS, args, options)

    async def get(self, workflow: str, **options: Unpack[CallOptions]) -> WorkflowWithWorkerStatus:
        """The workflow, with whether a worker serves it."""
        return await self._client._run(calls.get_workflow(self._client._ctx(options), workflow))

    async def update(
        self,
        workflow: str,
        *,
        display_name: str | None = None,
        description: str | None = None,
        available_in_chat_assistant: bool | None = None,
        tags: Iterable[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> Workflow:
        """Change the fields given (None: left as it is; ``tags`` replaces them all)."""
        fields = {
            "display_name": display_name,
            "description": description,
            "available_in_chat_assistant": available_in_chat_assistant,
            "tags": tags,
        }
        return await self._client._run(calls.update_workflow(self._client._ctx(options), workflow, fields))

    async def archive(self, workflow: str, **options: Unpack[CallOptions]) -> Workflow:
        """Archive the workflow: it can no longer be executed until unarchived."""
        return await self._client._run(calls.archive_workflow(self._client._ctx(options), workflow, True))

    async def unarchive(self, workflow: str, **options: Unpack[CallOptions]) -> Workflow:
        """Bring an archived workflow back."""
        return await self._client._run(calls.archive_workflow(self._client._ctx(options), workflow, False))

    async def archive_many(
        self, workflow_ids: Iterable[str | uuid.UUID], **options: Unpack[CallOptions]
    ) -> WorkflowBulkArchiveResponse:
        """Archive several workflows (by id) in one request; the answer says which failed."""
        ids = calls.workflow_ids(workflow_ids)
        return await self._client._run(calls.bulk_archive(self._client._ctx(options), ids))

    async def unarchive_many(
        self, workflow_ids: Iterable[str | uuid.UUID], **options: Unpack[CallOptions]
    ) -> WorkflowBulkUnarchiveResponse:
        """Unarchive several workflows (by id) in one request; the answer says which failed."""
        ids = calls.workflow_ids(workflow_ids)
        return await self._client._run(calls.bulk_unarchive(self._client._ctx(options), ids))

    async def add_tags(self, workflow: str, tags: Iterable[str], **options: Unpack[CallOptions]) -> None:
        """Add ``tags`` to the workflow's (those it has stay)."""
        await self._client._run(calls.add_workflow_tags(self._client._ctx(options), workflow, tags))


class AsyncRegistrations:
    """Workflow registrations (``wf.registrations``): the versions workers registered; list,
    read and execute them."""

    def __init__(self, client: AsyncWorkflows) -> None:
        self._client = client

    def list(
        self,
        *,
        workflow_id: str | uuid.UUID | None = None,
        search: str | None = None,
        active_only: bool = False,
        archived: bool | None = None,
        with_workflow: bool = False,
        include_shared: bool = True,
        available_in_chat_assistant: bool | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncListing[WorkflowRegistration, WorkflowRegistrationListResponse]:
        """Every registration that matches, read lazily page by page (``page_size``: 1 to
        1000): of one workflow (``workflow_id``), by text in the workflow's name
        (``search``), only those a worker serves (``active_only``); ``with_workflow``
        includes each one's workflow."""
        args = calls.registration_filters(
            workflow_id=workflow_id,
            search=search,
            active_only=active_only,
            archived=archived,
            with_workflow=with_workflow,
            include_shared=include_shared,
            available_in_chat_assistant=available_in_chat_assistant,
            page_size=page_size,
        )
        return self._client._listing(calls.REGISTRATIONS, args, options)

    async def get(
        self,
        registration_id: str | uuid.UUID,
        *,
        with_workflow: bool = False,
        include_shared: bool = True,
        **options: Unpack[CallOptions],
    ) -> WorkflowRegistrationWithWorkerStatus:
        """One registration, with whether a worker serves it."""
        flow = calls.get_registration(
            self._client._ctx(options), registration_id, with_workflow, include_shared
        )
        return await self._client._run(flow)

    async def execute(
        self,
        registration_id: str | uuid.UUID,
        input: Mapping[str, JSON] | None = None,
        *,
        execution_id: str | None = None,
        wait_for_result: bool = False,
        timeout_seconds: float | None = None,
        deployment_name: str | None = None,
        custom_tracing_attributes: Mapping[str, str] | None = None,
        force_new_trace: bool | None = None,
        extensions: Mapping[str, JSON] | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncExecutionHandle:
        """Start an execution of this registration and return its handle; the same arguments
        and guarantees as ``wf.execute()`` (a retried start never creates a second one)."""
        flow = calls.execute(
            self._client._ctx(options),
            None,
            input,
            execution_id,
            calls.check_uuid(registration_id, "registration_id"),
            wait_for_result=wait_for_result or None,
            timeout_seconds=timeout_seconds,
            deployment_name=deployment_name,
            custom_tracing_attributes=custom_tracing_attributes,
            force_new_trace=force_new_trace,
            extensions=extensions,
        )
        started_id, started = await self._client._run(flow)
        name = getattr(started, "workflow_name", None)
        return AsyncExecutionHandle(
            self._client, started_id, name if isinstance(name, str) else None, started=started
        )


class AsyncScheduleHandle(ScheduleHandleBase):
    """One schedule (``wf.schedule(id)``) and every call on it. Making a handle sends no request."""

    def __init__(self, client: AsyncWorkflows, schedule_id: str) -> None:
        super().__init__(client._settings, schedule_id)
        self._client = client

    async def get(self, **options: Unpack[CallOptions]) -> ScheduleDefinitionOutput:
        """The schedule: its spec, state, recent and next executions."""
        return await self._client._run(calls.get_schedule(self._ctx(options), self.schedule_id))

    async def update(
        self,
        *,
        cron: str | Iterable[str] | None = None,
        interval: ScheduleSpecs[datetime.timedelta | str | ScheduleInterval] = None,
        calendar: ScheduleSpecs[Mapping[str, Any] | ScheduleCalendar] = None,
        input: JSON = None,
        skip: ScheduleSpecs[Mapping[str, Any] | ScheduleCalendar] = None,
        start_at: datetime.datetime | None = None,
        end_at: datetime.datetime | None = None,
        jitter: datetime.timedelta | str | None = None,
        time_zone: str | None = None,
        overlap: ScheduleOverlapPolicy | str | None = None,
        pause_on_failure: bool | None = None,
        catchup_window: datetime.timedelta | None = None,
        max_executions: int | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Change the fields given (None: left as it is); see ``wf.schedules.create``."""
        spec = calls.schedule_spec(
            {
                "cron": cron,
                "interval": interval,
                "calendar": calendar,
                "input": input,
                "skip": skip,
                "start_at": start_at,
                "end_at": end_at,
                "jitter": jitter,
                "time_zone": time_zone,
                "overlap": overlap,
                "pause_on_failure": pause_on_failure,
                "catchup_window": catchup_window,
                "max_executions": max_executions,
            },
            partial=True,
        )
        await self._client._run(calls.update_schedule(self._ctx(options), self.schedule_id, spec))

    async def pause(self, *, note: str | None = None, **options: Unpack[CallOptions]) -> None:
        """Stop starting executions until ``resume()``; ``note`` says why."""
        await self._client._run(calls.pause_schedule(self._ctx(options), self.schedule_id, True, note))

    async def resume(self, *, note: str | None = None, **options: Unpack[CallOptions]) -> None:
        """Start executions again on the schedule's times."""
        await self._client._run(calls.pause_schedule(self._ctx(options), self.schedule_id, False, note))

    async def trigger(
        self, *, overlap: ScheduleOverlapPolicy | str | None = None, **options: Unpack[CallOptions]
    ) -> None:
        """Start an execution now, outside the schedule's times (``overlap``: what to do
        when one is still running; default: the schedule's policy). Not resent once it may
        have arrived."""
        await self._client._run(calls.trigger_schedule(self._ctx(options), self.schedule_id, overlap))

    async def delete(self, **options: Unpack[CallOptions]) -> None:
        """Delete the schedule (its executions are left alone)."""
        await self._client._run(calls.delete_schedule(self._ctx(options), self.schedule_id))


class AsyncSchedules:
    """Schedules (``wf.schedules``): create and list them; ``wf.schedule(id)`` is one of them."""

    def __init__(self, client: AsyncWorkflows) -> None:
        self._client = client

    async def create(
        self,
        workflow: str | None = None,
        *,
        cron: str | Iterable[str] | None = None,
        interval: ScheduleSpecs[datetime.timedelta | str | ScheduleInterval] = None,
        calendar: ScheduleSpecs[Mapping[str, Any] | ScheduleCalendar] = None,
        input: JSON = None,
        skip: ScheduleSpecs[Mapping[str, Any] | ScheduleCalendar] = None,
        start_at: datetime.datetime | None = None,
        end_at: datetime.datetime | None = None,
        jitter: datetime.timedelta | str | None = None,
        time_zone: str | None = None,
        overlap: ScheduleOverlapPolicy | str | None = None,
        pause_on_failure: bool | None = None,
        catchup_window: datetime.timedelta | None = None,
        max_executions: int | None = None,
        schedule_id: str | None = None,
        deployment_name: str | None = None,
        registration_id: str | uuid.UUID | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncScheduleHandle:
        """Run ``workflow`` (or the registration ``registration_id``) on a schedule; returns
        its handle.

        When: ``cron`` (one or several cron strings, ``"0 9 * * 1-5"``), ``interval`` (a
        ``timedelta`` or an ISO 8601 duration, or several; a ``ScheduleInterval`` for an
        offset) and ``calendar`` (``{"hour": 9, "day_of_week": range(1, 6)}``: each field an
        int, a range or a list of them; or a ``ScheduleCalendar``), any of them together;
        ``skip``, calendars of times to leave out; ``start_at`` / ``end_at`` (aware
        datetimes), ``jitter``, ``time_zone`` (an IANA name), ``max_executions``. What when
        one is still running: ``overlap`` (``"skip"``, ``"buffer_one"``, ``"buffer_all"``,
        ``"cancel_other"``, ``"terminate_other"``, ``"allow_all"``); ``pause_on_failure``,
        ``catchup_window``. ``input`` is each execution's input. Not resent once it may have
        arrived (give ``schedule_id`` to find it again)."""
        spec = calls.schedule_spec(
            {
                "cron": cron,
                "interval": interval,
                "calendar": calendar,
                "input": input,
                "skip": skip,
                "start_at": start_at,
                "end_at": end_at,
                "jitter": jitter,
                "time_zone": time_zone,
                "overlap": overlap,
                "pause_on_failure": pause_on_failure,
                "catchup_window": catchup_window,
                "max_executions": max_executions,
            },
            partial=False,
        )
        ctx = self._client._ctx(options)
        flow = calls.create_schedule(ctx, workflow, registration_id, schedule_id, deployment_name, spec)
        return AsyncScheduleHandle(self._client, await self._client._run(flow))

    def list(
        self,
        *,
        workflow: str | None = None,
        status: ScheduleStatus | Literal["active", "paused"] | None = None,
        search: str | None = None,
        user_id: str | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncListing[ScheduleDefinitionOutput, WorkflowScheduleListResponse]:
        """Every schedule that matches, read lazily page by page (``page_size``: 1 to 1000)."""
        args = calls.schedule_filters(workflow, status, search, user_id, page_size)
        return self._client._listing(calls.SCHEDULES, args, options)

    async def get(self, schedule_id: str, **options: Unpack[CallOptions]) -> ScheduleDefinitionOutput:
        """One schedule (``wf.schedule(schedule_id).get()``)."""
        return await self._client.schedule(schedule_id).get(**options)

    async def delete(self, schedule_id: str, **options: Unpack[CallOptions]) -> None:
        """Delete a schedule (``wf.schedule(schedule_id).delete()``)."""
        await self._client.schedule(schedule_id).delete(**options)

    async def pause(
        self, schedule_id: str, *, note: str | None = None, **options: Unpack[CallOptions]
    ) -> None:
        """Pause a schedule (``wf.schedule(schedule_id).pause()``)."""
        await self._client.schedule(schedule_id).pause(note=note, **options)

    async def resume(
        self, schedule_id: str, *, note: str | None = None, **options: Unpack[CallOptions]
    ) -> None:
        """Resume a schedule (``wf.schedule(schedule_id).resume()``)."""
        await self._client.schedule(schedule_id).resume(note=note, **options)

    async def trigger(
        self,
        schedule_id: str,
        *,
        overlap: ScheduleOverlapPolicy | str | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Start an execution of a schedule now (``wf.schedule(schedule_id).trigger()``)."""
        await self._client.schedule(schedule_id).trigger(overlap=overlap, **options)


class AsyncDeploymentHandle(DeploymentHandleBase):
    """One deployment (``wf.deployment(name)``) and every call on it. Making a handle sends no
    request."""

    def __init__(self, client: AsyncWorkflows, name: str) -> None:
        super().__init__(client._settings, name)
        self._client = client

    async def get(
        self, *, workflow: str | None = None, **options: Unpack[CallOptions]
    ) -> DeploymentDetailResponse:
        """The deployment with its workers (``workflow``: only those serving it)."""
        return await self._client._run(calls.get_deployment(self._ctx(options), self.name, workflow))

    async def update(
        self,
        *,
        github_url: str | None = None,
        revision: str | None = None,
        entrypoint: str | None = None,
        working_dir: str | None = None,
        resources: Mapping[str, Any] | DeploymentResourceConfigUpdate | None = None,
        **options: Unpack[CallOptions],
    ) -> ManagedDeploymentResponse:
        """Change the worker spec fields given (None: left as they are) or the resources."""
        spec = calls.worker_spec(
            {
                "github_url": github_url,
                "revision": revision,
                "entrypoint": entrypoint,
                "working_dir": working_dir,
            }
        )
        flow = calls.update_deployment(self._ctx(options), self.name, spec, calls.resources(resources))
        return await self._client._run(flow)

    async def delete(self, **options: Unpack[CallOptions]) -> ManagedDeploymentResponse:
        """Delete the deployment (its workers stop)."""
        return await self._client._run(
            calls.deployment_action(self._ctx(options), DELETE_DEPLOYMENT, self.name)
        )

    async def start(self, **options: Unpack[CallOptions]) -> ManagedDeploymentResponse:
        """Start the deployment's workers."""
        return await self._client._run(
            calls.deployment_action(self._ctx(options), START_DEPLOYMENT, self.name)
        )

    async def stop(self, **options: Unpack[CallOptions]) -> ManagedDeploymentResponse:
        """Stop the deployment's workers."""
        return await self._client._run(
            calls.deployment_action(self._ctx(options), STOP_DEPLOYMENT, self.name)
        )

    async def restart(self, **options: Unpack[CallOptions]) -> ManagedDeploymentResponse:
        """Restart the deployment's workers. Not resent once it may have arrived."""
        return await self._client._run(
            calls.deployment_action(self._ctx(options), RESTART_DEPLOYMENT, self.name)
        )

    async def archive(self, **options: Unpack[CallOptions]) -> DeploymentArchiveResponse:
        """Where to download the deployment's code archive."""
        flow = calls.deployment_archive(self._ctx(options), self.name)
        return await self._client._run(flow)

    def workers(
        self,
        *,
        status: ActivityFilter | Literal["active", "inactive"] | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncListing[DeploymentWorkerResponse, DeploymentWorkerListResponse]:
        """The deployment's workers, read lazily page by page (``page_size``: 1 to 100)."""
        args = calls.worker_filters(self.name, status, page_size)
        return self._client._listing(calls.WORKERS, args, options)

    def logs(
        self,
        *,
        worker: str | None = None,
        workflow: str | None = None,
        after: datetime.datetime | None = None,
        before: datetime.datetime | None = None,
        order: Literal["asc", "desc"] = "asc",
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncListing[DeploymentLogRecord, DeploymentLogSearchResponse]:
        """The deployment's log records, read lazily page by page (``page_size``: 1 to 100):
        of one ``worker`` or ``workflow``, between ``after`` and ``before`` (aware datetimes)."""
        args = calls.deployment_log_filters(
            self.name,
            worker=worker,
            workflow=workflow,
            after=after,
            before=before,
            order=order,
            page_size=page_size,
        )
        return self._client._listing(calls.DEPLOYMENT_LOGS, args, options)

    def stream_logs(
        self,
        *,
        worker: str | None = None,
        workflow: str | None = None,
        after: datetime.datetime | None = None,
        last_event_id: str | None = None,
        reconnect: bool = True,
        max_reconnects: int | None = None,
        on_reconnect: Callable[[ReconnectAttempt], None] | None = None,
        read_timeout: float | None = STREAM_READ_TIMEOUT,
        **options: Unpack[CallOptions],
    ) -> AsyncEventStream[DeploymentLogRecord | UnknownLogRecord]:
        """The deployment's log records as they are written; it ends when you stop reading.
        Resumes after cuts and error frames (``Last-Event-ID``) as ``handle.stream()`` does;
        a frame that is not a readable record arrives as an ``UnknownLogRecord``."""
        from ._streaming import Reconnection, deployment_log_stream_core

        filters = calls.deployment_log_filters(self.name, worker=worker, workflow=workflow, after=after)
        del filters["name"]
        core = deployment_log_stream_core(
            self._ctx(options),
            self.name,
            Reconnection(reconnect, max_reconnects, on_reconnect, read_timeout),
            filters=filters,
            last_event_id=calls.check_last_event_id(last_event_id),
            pool_size=self._client._stream_pool_size(),
        )
        return AsyncEventStream(core, self._client._stream_http())


class AsyncDeployments:
    """Deployments (``wf.deployments``): list and create them, unharden one;
    ``wf.deployment(name)`` is one of them."""

    def __init__(self, client: AsyncWorkflows) -> None:
        self._client = client

    def list(
        self,
        *,
        active_only: bool = True,
        hardened: bool | None = None,
        workflow: str | None = None,
        search: str | None = None,
        sort_by: Literal["created_at", "updated_at"] | None = None,
        order: Literal["asc", "desc"] = "desc",
        workspace_id: str | uuid.UUID | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncListing[DeploymentResponse, DeploymentListResponse]:
        """Every deployment that matches, read lazily page by page (``page_size``: 1 to 100)."""
        args = calls.deployment_filters(
            active_only=active_only,
            hardened=hardened,
            workflow=workflow,
            search=search,
            sort_by=sort_by,
            order=order,
            workspace_id=workspace_id,
            page_size=page_size,
        )
        return self._client._listing(calls.DEPLOYMENTS, args, options)

    async def create(
        self,
        name: str,
        *,
        github_url: str,
        revision: str | None = None,
        entrypoint: str | None = None,
        working_dir: str | None = None,
        resources: Mapping[str, Any] | DeploymentResourceConfig | None = None,
        hardened: bool = False,
        **options: Unpack[CallOptions],
    ) -> ManagedDeploymentResponse:
        """Deploy the workers of ``github_url`` (at ``revision``, running ``entrypoint``) as
        ``name``; ``resources``: replicas, CPU and memory requests and limits. Not resent once
        it may have arrived (``wf.deployment(name).get()`` tells)."""
        spec = calls.worker_spec(
            {
                "github_url": github_url,
                "revision": revision,
                "entrypoint": entrypoint,
                "working_dir": working_dir,
            }
        )
        flow = calls.create_deployment(
            self._client._ctx(options), name, spec, calls.resources(resources), hardened
        )
        return await self._client._run(flow)

    async def get(
        self, name: str, *, workflow: str | None = None, **options: Unpack[CallOptions]
    ) -> DeploymentDetailResponse:
        """One deployment (``wf.deployment(name).get()``)."""
        return await self._client.deployment(name).get(workflow=workflow, **options)

    async def delete(self, name: str, **options: Unpack[CallOptions]) -> ManagedDeploymentResponse:
        """Delete a deployment (``wf.deployment(name).delete()``)."""
        return await self._client.deployment(name).delete(**options)

    async def unharden(
        self,
        deployment_id: str,
        *,
        workspace_id: str | uuid.UUID | None = None,
        **options: Unpack[CallOptions],
    ) -> None:
        """Lift the hardening of a deployment (by id)."""
        flow = calls.unharden_deployment(self._client._ctx(options), deployment_id, workspace_id)
        await self._client._run(flow)


async def _run_batch_async(
    run: BatchRun, http: httpx.AsyncClient, max_concurrency: int, raise_on_failure: bool
) -> BatchReport:
    """Run a batch: its code (and anyio's) is imported by the first batch call, not with the client."""
    from ._batch import run_batch_async

    return await run_batch_async(run, http, max_concurrency, raise_on_failure)


class AsyncWorkflows(ClientBase):
    """The asynchronous client.

    ``AsyncWorkflows()`` reads the key from ``MISTRAL_API_KEY``; ``base_url`` defaults to
    ``https://api.mistral.ai``; ``timeout`` (seconds per HTTP request, default 60 s with
    a 5 s connect limit; None for none) and ``max_retries`` (default 2) apply to every call
    unless a call overrides them. Use it as ``async with AsyncWorkflows() as wf:``, or call
    ``aclose()``. ``http_client`` lets you bring your own ``httpx.AsyncClient`` (your TLS,
    proxies, transport): it is used as it is (each request carries the absolute URL and the
    key; the client is not changed) and is not closed by ``aclose()``.

    Connections: calls and event streams (``result()`` waits included) draw from two pools,
    so that streams, which hold their connection while the execution runs, never starve the
    calls. ``limits`` sizes the calls' pool (default: httpx's, 100 connections) and
    ``stream_limits`` the streams' (default: 1000 connections, sized for many concurrent
    streams), both ``httpx.Limits``. A stream that has delivered the execution's end gives
    its connection back for the next stream or wait to reuse. A stream that finds no free
    connection within the pool timeout raises ``APITimeoutError`` saying so (not a cut: it
    is not retried). With ``http_client``, everything shares that client's pool and limits.

    ``payloads`` (a ``PayloadCodec``) encodes the inputs this client sends (execute, signal,
    query, update, schedules) and decodes every payload it reads (results, history, events,
    streams, query and update answers), as the official SDK's payload encoding does.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        limits: httpx.Limits | None = None,
        stream_limits: httpx.Limits | None = None,
        payloads: PayloadCodec | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            limits=limits,
            stream_limits=stream_limits,
            payloads=payloads,
        )
        if http_client is not None:
            self._adopt(http_client, base_url, timeout)
            self._settings.api.set_async_httpx_client(http_client)

    def _share_http(self, original: ClientBase, api: AuthenticatedClient) -> None:
        api.set_async_httpx_client(original._settings.api.get_async_httpx_client())

    def _http(self) -> httpx.AsyncClient:
        # Built on first use, under a lock: threads making their first calls at once share one.
        with self._first_use:
            return self._settings.api.get_async_httpx_client()

    def _stream_http(self) -> httpx.AsyncClient:
        """Where event streams connect: their own pool, or the ``http_client`` passed in."""
        if self._settings.foreign_http:
            return self._http()
        return self._streams.http_async(self._settings.api)

    async def _run(self, flow: Flow[R]) -> R:
        return await run_async(flow, self._http())

    def _iter(self, flow: Flow[None]) -> AsyncIterator[Any]:
        return iter_async(flow, self._http())

    def _listing(
        self, paging: calls.Paging, args: Mapping[str, Any], options: CallOptions
    ) -> AsyncListing[Any, Any]:
        ctx = self._ctx(options)
        return AsyncListing(
            self, lambda: calls.list_items(ctx, paging, args), lambda: calls.list_pages(ctx, paging, args)
        )

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with other settings: ``extra_headers`` are added to every request of the copy;
        the others replace this client's. The copy shares this client's connections, except
        with another ``api_key`` or ``base_url`` (a pool of its own, closed by the copy) or
        ``http_client`` (yours, used as ``AsyncWorkflows(http_client=...)`` uses it)."""
        clone = self._copy_with(timeout, max_retries, extra_headers, api_key=api_key, base_url=base_url)
        if http_client is not None:
            clone._adopt(http_client, base_url, timeout)
            clone._settings.api.set_async_httpx_client(http_client)
        return clone

    def with_raw_response(self, call: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[RawResponse[R]]]:
        """``call`` (any call of this client or of its handles) returning a ``RawResponse``:
        its value and the HTTP responses it got, e.g.
        ``raw = await wf.with_raw_response(wf.execution(id).get)()``, then ``raw.parsed``,
        ``raw.status_code``, ``raw.headers``, ``raw.request_id``, ``raw.http_responses``."""
        from ._results import RawResponse

        async def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
            with capture_responses() as responses:
                parsed = await call(*args, **kwargs)
            return RawResponse(parsed, tuple(responses))

        return raw

    @property
    def runs(self) -> AsyncRuns:
        """Runs across workflows: ``wf.runs.list(...)``, ``wf.runs.get(run_id)``,
        ``wf.runs.history(run_id)``."""
        return AsyncRuns(self)

    def execution(self, execution_id: str, *, workflow_name: str | None = None) -> AsyncExecutionHandle:
        """A handle on an existing execution. Sends no request."""
        return AsyncExecutionHandle(self, execution_id, workflow_name)

    @property
    def events(self) -> AsyncEvents:
        """Events across executions: ``wf.events.list(...)``, ``wf.events.stream(...)``."""
        return AsyncEvents(self)

    @property
    def workflows(self) -> AsyncWorkflowCatalog:
        """The workflows: ``wf.workflows.list()``, ``.get(name)``, ``.update``, ``.archive``, ..."""
        return AsyncWorkflowCatalog(self)

    @property
    def registrations(self) -> AsyncRegistrations:
        """Workflow registrations: ``wf.registrations.list()``, ``.get(id)``, ``.execute(id)``."""
        return AsyncRegistrations(self)

    @property
    def schedules(self) -> AsyncSchedules:
        """Schedules: ``wf.schedules.create(workflow, cron=...)``, ``.list()``, ..."""
        return AsyncSchedules(self)

    @property
    def deployments(self) -> AsyncDeployments:
        """Deployments: ``wf.deployments.list()``, ``.create(name, github_url=...)``, ..."""
        return AsyncDeployments(self)

    def schedule(self, schedule_id: str) -> AsyncScheduleHandle:
        """A handle on an existing schedule. Sends no request."""
        return AsyncScheduleHandle(self, schedule_id)

    def deployment(self, name: str) -> AsyncDeploymentHandle:
        """A handle on an existing deployment. Sends no request."""
        return AsyncDeploymentHandle(self, name)

    async def metrics(
        self,
        workflow: str,
        *,
        start: datetime.datetime | None = None,
        end: datetime.datetime | None = None,
        **options: Unpack[CallOptions],
    ) -> WorkflowMetrics:
        """The metrics of ``workflow``'s executions (counts, latency, retries) started
        between ``start`` and ``end`` (aware datetimes; None: unbounded)."""
        return await self._run(calls.workflow_metrics(self._ctx(options), workflow, start, end))

    async def execute(
        self,
        workflow: str,
        input: Mapping[str, JSON] | None = None,
        *,
        execution_id: str | None = None,
        wait_for_result: bool = False,
        timeout_seconds: float | None = None,
        deployment_name: str | None = None,
        custom_tracing_attributes: Mapping[str, str] | None = None,
        force_new_trace: bool | None = None,
        extensions: Mapping[str, JSON] | None = None,
        task_queue: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncExecutionHandle:
        """Start an execution of ``workflow`` and return its handle.

        ``execution_id`` makes the start idempotent; when not given one is generated, so
        that a retried start never creates a second execution. ``wait_for_result=True`` asks
        the server to answer once the execution has ended (for at most ``timeout_seconds``):
        ``handle.result()`` then returns at once, without another request, when it did.
        ``deployment_name`` routes the execution; ``custom_tracing_attributes``,
        ``force_new_trace`` and ``extensions`` go to the workflow's context as the API says;
        ``task_queue`` is deprecated by the API in favour of ``deployment_name``. The server's
        answer is kept as ``handle.started``. An error of the start carries the id it used
        (``exc.execution_id``); with ``exc.outcome_unknown`` the execution may have started:
        ``wf.execution(exc.execution_id)`` attaches to it.
        """
        flow = calls.execute(
            self._ctx(options),
            workflow,
            input,
            execution_id,
            wait_for_result=wait_for_result or None,
            timeout_seconds=timeout_seconds,
            deployment_name=deployment_name,
            custom_tracing_attributes=custom_tracing_attributes,
            force_new_trace=force_new_trace,
            extensions=extensions,
            task_queue=calls.deprecated_task_queue(task_queue),
        )
        started_id, started = await self._run(flow)
        return AsyncExecutionHandle(self, started_id, workflow, started=started)

    # ----- many executions at once (see _batch) ----------------------------------------
    async def cancel_many(
        self,
        ids: AsyncExecutionIds,
        *,
        chunk_size: int | None = None,
        max_concurrency: int = DEFAULT_BATCH_CONCURRENCY,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        **options: Unpack[CallOptions],
    ) -> BatchReport:
        """Cancel many executions through the batch endpoint; returns a report with every id.

        ``ids``: execution ids, or executions (anything with an ``execution_id``, such as the
        runs of ``wf.runs.list(...)``), from any iterable, a generator or a listing included:
        read lazily, a page at a time for a listing; duplicates collapsed.
        Chunks of ``chunk_size`` ids (default: the server's limit of 100; halved when the
        server says a chunk is too large) go out ``max_concurrency`` at a time, each retried
        under the client's retry policy. ``on_progress(done, total_or_None)`` is called as
        chunks finish. ``raise_on_failure`` raises ``BatchError`` unless every id succeeded.
        An interruption (Ctrl-C, a cancelled task) waits for the requests in flight, then goes
        on with the partial report attached (see ``BatchInterrupted``).
        """
        run = self._cancel_run(ids, False, chunk_size, on_progress, options)
        return await _run_batch_async(run, self._http(), max_concurrency, raise_on_failure)

    async def terminate_many(
        self,
        ids: AsyncExecutionIds,
        *,
        chunk_size: int | None = None,
        max_concurrency: int = DEFAULT_BATCH_CONCURRENCY,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        **options: Unpack[CallOptions],
    ) -> BatchReport:
        """Terminate many executions through the batch endpoint (see ``cancel_many``)."""
        run = self._cancel_run(ids, True, chunk_size, on_progress, options)
        return await _run_batch_async(run, self._http(), max_concurrency, raise_on_failure)

    async def signal_many(
        self,
        ids: AsyncExecutionIds,
        name: str,
        input: JSON = None,
        *,
        max_concurrency: int = DEFAULT_FAN_OUT_CONCURRENCY,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        **options: Unpack[CallOptions],
    ) -> BatchReport:
        """Send signal ``name`` to many executions, ``max_concurrency`` calls at a time.

        The report maps each id to None (sent) or a ``BatchFailure``; see ``cancel_many``.
        """
        run = self._single_call_run(ids, "signal", name, input, on_progress, options)
        return await _run_batch_async(run, self._http(), max_concurrency, raise_on_failure)

    async def query_many(
        self,
        ids: AsyncExecutionIds,
        name: str,
        input: JSON = None,
        *,
        max_concurrency: int = DEFAULT_FAN_OUT_CONCURRENCY,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        **options: Unpack[CallOptions],
    ) -> BatchReport:
        """Run query ``name`` on many executions; ``report.results[id]`` is each answer."""
        run = self._single_call_run(ids, "query", name, input, on_progress, options)
        return await _run_batch_async(run, self._http(), max_concurrency, raise_on_failure)

    async def update_many(
        self,
        ids: AsyncExecutionIds,
        name: str,
        input: JSON = None,
        *,
        max_concurrency: int = DEFAULT_FAN_OUT_CONCURRENCY,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        **options: Unpack[CallOptions],
    ) -> BatchReport:
        """Run update ``name`` on many executions; ``report.results[id]`` is each result."""
        run = self._single_call_run(ids, "update", name, input, on_progress, options)
        return await _run_batch_async(run, self._http(), max_concurrency, raise_on_failure)

    async def aclose(self) -> None:
        """Close the connections (not those of an ``http_client`` you passed in)."""
        if self._owns_http:
            await self._http().aclose()
            await self._streams.aclose()

    close = aclose  # async only: ``await wf.close()`` works too

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()
