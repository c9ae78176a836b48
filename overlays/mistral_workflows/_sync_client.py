# Generated from _async_client.py by scripts/unasync.py (make generate): do not edit.
"""The synchronous shell: ``Workflows``, its handles, trace views and event streams.

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
from collections.abc import Iterable, Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Self, TypeVar, Unpack

import httpx

from . import _calls as calls
from ._client_base import ClientBase, HandleBase, Timeout
from ._config import (
    DEFAULT_BATCH_CONCURRENCY,
    DEFAULT_FAN_OUT_CONCURRENCY,
    DEFAULT_MAX_RETRIES,
    NOT_GIVEN,
    STREAM_READ_TIMEOUT,
    NotGiven,
)
from ._context import JSON, CallOptions, QueryResult, RawResponse, ResultOptions, UpdateResult
from ._events import Ending, StreamEvent, UnknownLogRecord
from ._flow import SEND_ERRORS, Flow, capture_responses, iter_sync, run_sync
from ._logging import logger
from ._report import BatchReport, ProgressCallback

if TYPE_CHECKING:
    from collections.abc import Callable

    from mistral_workflows_api.client import AuthenticatedClient
    from mistral_workflows_api.models import (
        ExecutionLogRecord,
        ExecutionTraceInfoResponse,
        SignalWorkflowResponse,
        WorkflowExecutionListResponse,
        WorkflowExecutionResponse,
        WorkflowExecutionStatus,
        WorkflowExecutionTraceEventsResponse,
        WorkflowExecutionTraceOTelResponse,
        WorkflowExecutionTraceSummaryResponse,
        WorkflowExecutionWithoutResultResponse,
    )
    from mistral_workflows_api.models.event_source import EventSource

    from ._batch import BatchRun, ExecutionIds
    from ._streaming import ReconnectAttempt, StreamCore

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")


# ----- event streams ----------------------------------------------------------------------------
def _open_sync(core: StreamCore[T], http: httpx.Client) -> httpx.Response | None:
    """One connection attempt: the open stream, or None once the core has handled the failure."""
    try:
        response = http.send(http.build_request(**core.request()), stream=True)
    except SEND_ERRORS as exc:
        run_sync(core.after_connection_flow(core.mendable(exc)), http)
        return None
    try:
        if not response.is_success:
            response.read()
        if core.accept(response):
            return response
    except SEND_ERRORS as exc:
        response.close()
        run_sync(core.after_connection_flow(core.mendable(exc)), http)
        return None
    except BaseException:
        response.close()
        raise
    response.close()
    run_sync(core.after_connection_flow(None), http)
    return None


class EventStream(Iterator[T]):
    """A resumable server-sent event stream: ``with`` it, ``for`` over it.

    The request goes out on entering ``with`` (or at the first item); the connection is
    closed on exit, on ``break`` (when the stream is dropped), on error and by ``close()``.
    Once the execution's end has been delivered, the rest of the body (the server ends it
    there) is read before the connection is let go, so that it serves the client's next
    stream. ``last_event_id`` says where another stream may resume later.
    """

    def __init__(self, core: StreamCore[T], http: httpx.Client) -> None:
        self._core = core
        self._http = http
        #: The open connection and the reader of its body (None between connections).
        self._response: httpx.Response | None = None
        self._chunks: Iterator[bytes] | None = None
        #: The items of the last piece of the body not delivered yet, the next one last.
        self._items: list[T] = []
        #: How many of them ``close()`` dropped: the stream still says it stopped before them.
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

    def __enter__(self) -> Self:
        if not self._started and not self._closed:
            self._started = True
            self._connect()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> T:
        items = self._items
        if items:
            return items.pop()
        try:
            return self._read()
        except BaseException:
            self._closed = True  # a stream that raised is over, as a generator is
            raise

    def _read(self) -> T:
        """The next item, once those of the last piece are out: read on, or end the connection
        and reconnect, or end the stream."""
        core = self._core
        while not self._closed:
            chunks = self._chunks
            if chunks is None:
                if core.finished:
                    break
                self._started = True
                self._connect()
                continue
            if core.finished:
                self._release(drain=True)
                break
            error: BaseException | None = core.cut
            if error is None:
                try:
                    chunk = next(chunks)
                except StopIteration:
                    pass  # the server ended the body
                except SEND_ERRORS as exc:
                    error = self._mendable(exc)
                except BaseException:
                    self._release(drain=False)
                    raise
                else:
                    items = core.feed(chunk)
                    if items:
                        items.reverse()
                        self._items = items
                        return items.pop()
                    continue
            received = self._response.num_bytes_downloaded if self._response is not None else 0
            self._release(drain=False)
            run_sync(core.after_connection_flow(error, received), self._http)
        raise StopIteration

    def _connect(self) -> None:
        """Open the next connection, unless the attempt failed (the core has dealt with it)."""
        from ._streaming import chunks_sync

        response = _open_sync(self._core, self._http)
        if response is not None:
            self._response, self._chunks = response, chunks_sync(response)

    def _mendable(self, exc: httpx.RequestError | httpx.InvalidURL) -> httpx.RequestError:
        """The cut to resume after; a failure no new connection mends is raised, connection closed."""
        try:
            return self._core.mendable(exc)
        except BaseException:
            self._release(drain=False)
            raise

    def _release(self, *, drain: bool) -> None:
        """Let the open connection go: back to the pool when its body has ended (``drain``:
        read what is left of it first), closed otherwise."""
        from ._streaming import release_sync

        response, chunks = self._response, self._chunks
        self._response = self._chunks = None
        if response is not None and chunks is not None:
            release_sync(response, chunks, drain=drain)

    def close(self) -> None:
        """Close the connection (after the execution's end: once its body is read, see the
        class); iterating further yields nothing."""
        self._closed = True
        if self._items:
            self._dropped, self._items = len(self._items), []
        self._release(drain=self._core.finished)

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            if self._response is not None:
                from ._streaming import discard_sync

                discard_sync(self._response, self._chunks)


def _wait_ending_sync(stream: EventStream[StreamEvent]) -> Ending | None:
    """Read ``stream`` to the execution's end; None when streaming is unavailable or time ran
    out (the caller then polls, which checks the status once more and raises in time)."""
    from ._streaming import STREAM_UNAVAILABLE, DeadlineReached

    try:
        with stream:
            for _ in stream:
                pass
    except DeadlineReached:
        return None
    except STREAM_UNAVAILABLE as exc:
        logger.debug("streaming unavailable (%s); polling instead", exc)
        return None
    return stream.ending


# ----- handles ------------------------------------------------------------------------------------
class ExecutionHandle(HandleBase):
    """One execution and every call on it. Making a handle sends no request.

    Every method takes the keyword-only per-call options ``timeout`` (seconds, per HTTP
    request), ``max_retries`` and ``extra_headers``.
    """

    def __init__(
        self,
        client: Workflows,
        execution_id: str,
        workflow_name: str | None = None,
        *,
        started: calls.StartResponse | None = None,
    ) -> None:
        super().__init__(client._settings, execution_id, workflow_name, started)
        self._client = client
        #: Trace views: ``handle.trace.info()``, ``.otel()``, ``.summary()``, ``.events()``.
        self.trace = Trace(self)

    def _run(self, flow: Flow[R]) -> R:
        return self._client._run(flow)

    def get(self, **options: Unpack[CallOptions]) -> WorkflowExecutionResponse:
        """The execution's current state (latest run)."""
        return self._run(calls.get_execution(self._ctx(options), self.execution_id))

    def history(self, *, decode_payloads: bool = False, **options: Unpack[CallOptions]) -> JSON:
        """The event history of the current run, as the server's JSON (Temporal's shape; see
        ``reset_points`` to pick a reset point from it)."""
        return self._run(calls.get_history(self._ctx(options), self.execution_id, decode_payloads))

    def signal(self, name: str, input: JSON = None, **options: Unpack[CallOptions]) -> SignalWorkflowResponse:
        """Send signal ``name`` with an optional JSON input. Not resent once it may have arrived
        (only when it surely did not, or was refused: 429, 503 with ``Retry-After``); a failure
        after it may have arrived has ``outcome_unknown=True``."""
        return self._run(calls.signal(self._ctx(options), self.execution_id, name, input))

    def query(self, name: str, input: JSON = None, **options: Unpack[CallOptions]) -> QueryResult:
        """Run query ``name``; the answer is in ``.result``."""
        return self._run(calls.query(self._ctx(options), self.execution_id, name, input))

    def update(self, name: str, input: JSON = None, **options: Unpack[CallOptions]) -> UpdateResult:
        """Run update ``name``; its return value is in ``.result``. Not resent once it may have
        arrived (see ``signal``); a failure after it may have arrived has ``outcome_unknown=True``."""
        return self._run(calls.update(self._ctx(options), self.execution_id, name, input))

    def cancel(self, **options: Unpack[CallOptions]) -> None:
        """Ask the execution to stop; the workflow may clean up and ends CANCELED."""
        self._run(calls.cancel(self._ctx(options), self.execution_id))

    def terminate(self, **options: Unpack[CallOptions]) -> None:
        """Stop the execution at once; it ends TERMINATED."""
        self._run(calls.terminate(self._ctx(options), self.execution_id))

    def reset(
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
        self._run(calls.reset(ctx, self.execution_id, event_id, reason, exclude_signals, exclude_updates))

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
    ) -> Iterator[ExecutionLogRecord]:
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
        **options: Unpack[CallOptions],
    ) -> EventStream[StreamEvent]:
        """The execution's events, stored then live, until its end: ``with ex.stream() as events:``.

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
        from ._streaming import Reconnection, event_stream_core  # loaded by the first stream

        reconnection = Reconnection(reconnect, max_reconnects, on_reconnect, read_timeout)
        core = event_stream_core(
            self._ctx(options),
            self.execution_id,
            reconnection,
            last_event_id=calls.check_last_event_id(last_event_id),
            event_source=event_source,
            pool_size=self._client._stream_pool_size(),
        )
        return EventStream(core, self._client._stream_http())

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
    ) -> EventStream[ExecutionLogRecord | UnknownLogRecord]:
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
        return EventStream(core, self._client._stream_http())

    def result(
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
            ending = _wait_ending_sync(EventStream(core, self._client._stream_http()))
        return self._run(calls.finish(ctx, self.execution_id, ending, timeout, deadline))


class Trace:
    """The trace views of one execution (``handle.trace``)."""

    def __init__(self, handle: ExecutionHandle) -> None:
        self._handle = handle

    def info(self, **options: Unpack[CallOptions]) -> ExecutionTraceInfoResponse:
        """The trace id, and whether trace data exists."""
        h = self._handle
        return h._run(calls.trace_info(h._ctx(options), h.execution_id))

    def otel(self, **options: Unpack[CallOptions]) -> WorkflowExecutionTraceOTelResponse:
        """The execution with its OpenTelemetry trace (Tempo layout)."""
        h = self._handle
        return h._run(calls.trace_otel(h._ctx(options), h.execution_id))

    def summary(self, **options: Unpack[CallOptions]) -> WorkflowExecutionTraceSummaryResponse:
        """The execution with its span tree (``.span_tree``)."""
        h = self._handle
        return h._run(calls.trace_summary(h._ctx(options), h.execution_id))

    def events(
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
        return h._run(flow)


# ----- the client ---------------------------------------------------------------------------------
# ----- listings and runs --------------------------------------------------------------------------
class Listing(Generic[T, R]):
    """A lazy, paginated listing. ``for item in listing`` goes through every item,
    fetching each page only once the previous one is used up; ``listing.pages()`` gives the
    pages themselves. Nothing is sent before iteration starts, and each iteration starts again
    from the first page."""

    def __init__(
        self, client: Workflows, items: Callable[[], Flow[None]], pages: Callable[[], Flow[None]]
    ) -> None:
        self._client = client
        self._items = items
        self._pages = pages

    def __iter__(self) -> Iterator[T]:
        return self._client._iter(self._items())

    def pages(self) -> Iterator[R]:
        """The raw pages, one request each, fetched as you iterate."""
        return self._client._iter(self._pages())


class Runs:
    """Runs across workflows (``wf.runs``): list them with filters, read one and its history."""

    def __init__(self, client: Workflows) -> None:
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
        search_keys: Mapping[str, str] | Iterable[str] | None = None,
        include_internal: bool = True,
        sort_by: calls.RunSortBy = "start_time",
        order: calls.RunOrder = "desc",
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Listing[WorkflowExecutionWithoutResultResponse, WorkflowExecutionListResponse]:
        """Every run that matches, newest first (``order="asc"``: oldest first), read lazily
        page by page: ``for run in wf.runs.list(workflow="x", status="RUNNING")``.

        Filters: ``workflow`` (name or id); ``status``, one or several; ``started_after`` /
        ``started_before`` / ``ended_after`` / ``ended_before``, timezone-aware datetimes
        (a run that has not ended has no end time and is left out by the last two);
        ``root_execution_id``, a whole execution tree; ``search``, text in the workflow's name
        or the execution id; ``deployment``; ``user_id`` (``"current"``: the caller);
        ``tags``, all of them; ``search_keys``, ``{"key": "value"}`` or ``"key:value"``
        entries, all of them (3 at most). ``page_size`` is the runs per request (1 to 1000;
        the server's default when None). A listing feeds the batch calls directly:
        ``wf.cancel_many(wf.runs.list(status="RUNNING", workflow="x"))``."""
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
        ctx = self._client._ctx(options)
        return Listing(self._client, lambda: calls.list_runs(ctx, args), lambda: calls.run_pages(ctx, args))

    def get(self, run_id: str | uuid.UUID, **options: Unpack[CallOptions]) -> WorkflowExecutionResponse:
        """The execution ``run_id`` belongs to, as of that run (its ``run_id`` and status)."""
        return self._client._run(calls.get_run(self._client._ctx(options), run_id))

    def history(
        self, run_id: str | uuid.UUID, *, decode_payloads: bool = False, **options: Unpack[CallOptions]
    ) -> JSON:
        """The event history of one run, past or current (free-form JSON, as ``handle.history()``)."""
        ctx = self._client._ctx(options)
        return self._client._run(calls.run_history(ctx, run_id, decode_payloads))


def _run_batch_sync(
    run: BatchRun, http: httpx.Client, max_concurrency: int, raise_on_failure: bool
) -> BatchReport:
    """Run a batch: its code (and anyio's) is imported by the first batch call, not with the client."""
    from ._batch import run_batch_sync

    return run_batch_sync(run, http, max_concurrency, raise_on_failure)


class Workflows(ClientBase):
    """The synchronous client.

    ``Workflows()`` reads the key from ``MISTRAL_API_KEY``; ``base_url`` defaults to
    ``https://api.mistral.ai``; ``timeout`` (seconds per HTTP request, default 60 s with
    a 5 s connect limit; None for none) and ``max_retries`` (default 2) apply to every call
    unless a call overrides them. Use it as ``with Workflows() as wf:``, or call
    ``close()``. ``http_client`` lets you bring your own ``httpx.Client`` (your TLS,
    proxies, transport): it is used as it is (each request carries the absolute URL and the
    key; the client is not changed) and is not closed by ``close()``.

    Connections: calls and event streams (``result()`` waits included) draw from two pools,
    so that streams, which hold their connection while the execution runs, never starve the
    calls. ``limits`` sizes the calls' pool (default: httpx's, 100 connections) and
    ``stream_limits`` the streams' (default: 1000 connections, sized for many concurrent
    streams), both ``httpx.Limits``. A stream that has delivered the execution's end gives
    its connection back for the next stream or wait to reuse. A stream that finds no free
    connection within the pool timeout raises ``APITimeoutError`` saying so (not a cut: it
    is not retried). With ``http_client``, everything shares that client's pool and limits.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        limits: httpx.Limits | None = None,
        stream_limits: httpx.Limits | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            limits=limits,
            stream_limits=stream_limits,
        )
        if http_client is not None:
            self._adopt(http_client, base_url, timeout)
            self._settings.api.set_httpx_client(http_client)

    def _share_http(self, original: ClientBase, api: AuthenticatedClient) -> None:
        api.set_httpx_client(original._settings.api.get_httpx_client())

    def _http(self) -> httpx.Client:
        # Built on first use, under a lock: threads making their first calls at once share one.
        with self._first_use:
            return self._settings.api.get_httpx_client()

    def _stream_http(self) -> httpx.Client:
        """Where event streams connect: their own pool, or the ``http_client`` passed in."""
        if self._settings.foreign_http:
            return self._http()
        return self._streams.http_sync(self._settings.api)

    def _run(self, flow: Flow[R]) -> R:
        return run_sync(flow, self._http())

    def _iter(self, flow: Flow[None]) -> Iterator[Any]:
        return iter_sync(flow, self._http())

    def with_options(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        http_client: httpx.Client | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with other settings: ``extra_headers`` are added to every request of the copy;
        the others replace this client's. The copy shares this client's connections, except
        with another ``api_key`` or ``base_url`` (a pool of its own, closed by the copy) or
        ``http_client`` (yours, used as ``Workflows(http_client=...)`` uses it)."""
        clone = self._copy_with(timeout, max_retries, extra_headers, api_key=api_key, base_url=base_url)
        if http_client is not None:
            clone._adopt(http_client, base_url, timeout)
            clone._settings.api.set_httpx_client(http_client)
        return clone

    def with_raw_response(self, call: Callable[P, R]) -> Callable[P, RawResponse[R]]:
        """``call`` (any call of this client or of its handles) returning a ``RawResponse``:
        its value and the HTTP responses it got, e.g.
        ``raw = wf.with_raw_response(wf.execution(id).get)()``, then ``raw.parsed``,
        ``raw.status_code``, ``raw.headers``, ``raw.request_id``, ``raw.http_responses``."""

        def raw(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
            with capture_responses() as responses:
                parsed = call(*args, **kwargs)
            return RawResponse(parsed, tuple(responses))

        return raw

    @property
    def runs(self) -> Runs:
        """Runs across workflows: ``wf.runs.list(...)``, ``wf.runs.get(run_id)``,
        ``wf.runs.history(run_id)``."""
        return Runs(self)

    def execution(self, execution_id: str, *, workflow_name: str | None = None) -> ExecutionHandle:
        """A handle on an existing execution. Sends no request."""
        return ExecutionHandle(self, execution_id, workflow_name)

    def execute(
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
    ) -> ExecutionHandle:
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
        started_id, started = self._run(flow)
        return ExecutionHandle(self, started_id, workflow, started=started)

    # ----- many executions at once (see _batch) ----------------------------------------
    def cancel_many(
        self,
        ids: ExecutionIds,
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
        return _run_batch_sync(run, self._http(), max_concurrency, raise_on_failure)

    def terminate_many(
        self,
        ids: ExecutionIds,
        *,
        chunk_size: int | None = None,
        max_concurrency: int = DEFAULT_BATCH_CONCURRENCY,
        on_progress: ProgressCallback | None = None,
        raise_on_failure: bool = False,
        **options: Unpack[CallOptions],
    ) -> BatchReport:
        """Terminate many executions through the batch endpoint (see ``cancel_many``)."""
        run = self._cancel_run(ids, True, chunk_size, on_progress, options)
        return _run_batch_sync(run, self._http(), max_concurrency, raise_on_failure)

    def signal_many(
        self,
        ids: ExecutionIds,
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
        return _run_batch_sync(run, self._http(), max_concurrency, raise_on_failure)

    def query_many(
        self,
        ids: ExecutionIds,
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
        return _run_batch_sync(run, self._http(), max_concurrency, raise_on_failure)

    def update_many(
        self,
        ids: ExecutionIds,
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
        return _run_batch_sync(run, self._http(), max_concurrency, raise_on_failure)

    def close(self) -> None:
        """Close the connections (not those of an ``http_client`` you passed in)."""
        if self._owns_http:
            self._http().close()
            self._streams.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
