"""Execution handles: a light object (client + execution id) with every per-execution call.

``_HandleCore`` holds the logic as flows; ``ExecutionHandle`` and ``AsyncExecutionHandle``
are thin shells that run them on an ``httpx.Client`` or an ``httpx.AsyncClient``.
"""

from __future__ import annotations

import dataclasses
import datetime
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, Unpack

import httpx

from . import _operations as ops
from ._config import RESULT_MIN_REQUEST_TIMEOUT, RESULT_POLL_FACTOR, RESULT_POLL_INITIAL, RESULT_POLL_MAX
from ._events import frame_json
from ._exceptions import (
    ExecutionCanceled,
    ExecutionError,
    ExecutionFailed,
    ExecutionTerminated,
    ExecutionTimedOut,
    ResultTimeoutError,
    WorkflowsError,
)
from ._flow import Emit, Flow, Sleep
from ._options import CallOptions, OptionsHolder, ResultOptions
from ._sse import decode_all
from ._transport import CallContext, build_request, call_flow, request_flow, status_error

if TYPE_CHECKING:
    from mistral_workflows_api.models import (
        ExecutionLogRecord,
        ExecutionLogSearchResponse,
        ExecutionTraceInfoResponse,
        QueryWorkflowResponse,
        SignalWorkflowResponse,
        UpdateWorkflowResponse,
        WorkflowExecutionResponse,
        WorkflowExecutionSyncResponse,
        WorkflowExecutionTraceEventsResponse,
        WorkflowExecutionTraceOTelResponse,
        WorkflowExecutionTraceSummaryResponse,
    )
    from mistral_workflows_api.models.event_source import EventSource

    from ._client import AsyncWorkflows, Workflows
    from ._events import StreamEvent, UnknownLogRecord
    from ._streaming import AsyncEventStream, Ending, EventStream, ReconnectAttempt

LogOrder = Literal["asc", "desc"]

#: What the server answers a start with: the execution's state, or (``wait_for_result``) its result.
StartResponse: TypeAlias = "WorkflowExecutionResponse | WorkflowExecutionSyncResponse"

#: Statuses after which an execution will not change any more (CONTINUED_AS_NEW is not one:
#: the execution goes on in a new run).
_FAILURE_STATUSES: dict[str, type[ExecutionError]] = {
    "FAILED": ExecutionFailed,
    "CANCELED": ExecutionCanceled,
    "TERMINATED": ExecutionTerminated,
    "TIMED_OUT": ExecutionTimedOut,
}
TERMINAL_STATUSES = frozenset({"COMPLETED", *_FAILURE_STATUSES})


def status_name(status: object) -> str | None:
    """An execution status as a plain string, whether the client knows the value or not."""
    if status is None:
        return None
    value = getattr(status, "value", status)
    return str(value)


class _HandleCore:
    """What both handle flavours share: the ids, the options, and every call as a flow."""

    def __init__(
        self,
        options: OptionsHolder,
        execution_id: str,
        workflow_name: str | None = None,
        started: StartResponse | None = None,
    ) -> None:
        self._options = options
        self.execution_id = check_execution_id(execution_id)
        #: Known when the handle came from ``execute()``; None for ``execution(id)``.
        self.workflow_name = workflow_name
        #: The server's answer to ``execute()`` (None for ``execution(id)``): the execution's
        #: state, or with ``wait_for_result=True`` and a COMPLETED run, its result.
        self.started = started

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(execution_id={self.execution_id!r}, workflow_name={self.workflow_name!r})"
        )

    def _ctx(self, options: CallOptions | ResultOptions) -> CallContext:
        return self._options.context(options)

    # ----- flows -----------------------------------------------------------
    def _get_flow(self, ctx: CallContext) -> Flow[WorkflowExecutionResponse]:
        execution: WorkflowExecutionResponse = yield from call_flow(
            ops.GET_EXECUTION, ctx, execution_id=self.execution_id
        )
        return execution

    def _history_flow(self, ctx: CallContext, decode_payloads: bool) -> Flow[Any]:
        return (
            yield from call_flow(
                ops.GET_EXECUTION_HISTORY,
                ctx,
                execution_id=self.execution_id,
                decode_payloads=decode_payloads,
            )
        )

    def _signal_flow(self, ctx: CallContext, name: str, input: Any) -> Flow[SignalWorkflowResponse]:
        from mistral_workflows_api.models.signal_invocation_body import SignalInvocationBody

        body = SignalInvocationBody.from_dict(_invocation(name, input))
        answer: SignalWorkflowResponse = yield from call_flow(
            ops.SIGNAL_EXECUTION, ctx, execution_id=self.execution_id, body=body
        )
        return answer

    def _query_flow(self, ctx: CallContext, name: str, input: Any) -> Flow[QueryWorkflowResponse]:
        from mistral_workflows_api.models.query_invocation_body import QueryInvocationBody

        body = QueryInvocationBody.from_dict(_invocation(name, input))
        answer: QueryWorkflowResponse = yield from call_flow(
            ops.QUERY_EXECUTION, ctx, execution_id=self.execution_id, body=body
        )
        return answer

    def _update_flow(self, ctx: CallContext, name: str, input: Any) -> Flow[UpdateWorkflowResponse]:
        from mistral_workflows_api.models.update_invocation_body import UpdateInvocationBody

        body = UpdateInvocationBody.from_dict(_invocation(name, input))
        answer: UpdateWorkflowResponse = yield from call_flow(
            ops.UPDATE_EXECUTION, ctx, execution_id=self.execution_id, body=body
        )
        return answer

    def _stop_flow(self, op: ops.Operation, ctx: CallContext, outcome: str) -> Flow[None]:
        """Cancel or terminate. Both are retried; a 409 to a retry is success when the
        execution ended as ``outcome``, i.e. when an earlier attempt whose answer was lost
        did the job."""
        request = build_request(op, ctx, {"execution_id": self.execution_id})
        response = yield from request_flow(op, ctx, request, conflict_after_retry=True)
        if response.status_code == 409:
            execution = yield from self._get_flow(ctx)
            if status_name(execution.status) != outcome:
                raise status_error(response, ctx)
        return None

    def _no_content_flow(self, op: ops.Operation, ctx: CallContext, **args: Any) -> Flow[None]:
        yield from call_flow(op, ctx, execution_id=self.execution_id, **args)
        return None

    def _reset_flow(
        self,
        ctx: CallContext,
        event_id: int,
        reason: str | None,
        exclude_signals: bool,
        exclude_updates: bool,
    ) -> Flow[None]:
        from mistral_workflows_api.models.reset_invocation_body import ResetInvocationBody

        body = ResetInvocationBody(
            event_id=event_id,
            reason=reason,
            exclude_signals=exclude_signals,
            exclude_updates=exclude_updates,
        )
        return (yield from self._no_content_flow(ops.RESET_EXECUTION, ctx, body=body))

    def _logs_flow(self, ctx: CallContext, filters: dict[str, Any]) -> Flow[None]:
        """Every log record, page after page (cursor pagination)."""
        from mistral_workflows_api.models.list_execution_logs_order import ListExecutionLogsOrder

        args = {k: v for k, v in filters.items() if v is not None}
        if "order" in args:
            args["order"] = ListExecutionLogsOrder(args["order"])
        if isinstance(args.get("run_id"), str):
            args["run_id"] = uuid.UUID(args["run_id"])
        cursor: str | None = None
        while True:
            if cursor is not None:
                args["cursor"] = cursor
            page: ExecutionLogSearchResponse = yield from call_flow(
                ops.LIST_EXECUTION_LOGS, ctx, execution_id=self.execution_id, **args
            )
            for record in page.results:
                yield Emit(record)
            next_cursor = page.next_cursor
            if not isinstance(next_cursor, str) or not next_cursor or not page.results:
                return None
            cursor = next_cursor

    def _result_flow(
        self, ctx: CallContext, timeout: float | None, deadline: float | None = None
    ) -> Flow[Any]:
        """Poll until the execution ends; return its result or raise its ExecutionError.

        ``deadline`` (a ``time.monotonic()`` instant) overrides ``timeout`` as the end of the wait.
        """
        if deadline is None and timeout is not None:
            deadline = time.monotonic() + timeout
        interval = RESULT_POLL_INITIAL
        while True:
            execution = yield from self._get_flow(_within(ctx, deadline))
            status = status_name(execution.status)
            if status == "COMPLETED":
                return execution.result
            if status in _FAILURE_STATUSES:
                raise (yield from self._ended_error_flow(_within(ctx, deadline), status))
            if deadline is not None:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise ResultTimeoutError(
                        f"execution {self.execution_id} still {status} after {timeout}s",
                        execution_id=self.execution_id,
                        last_status=status,
                    )
                interval = min(interval, remaining)
            yield Sleep(interval)
            interval = min(interval * RESULT_POLL_FACTOR, RESULT_POLL_MAX)

    def _ended_error_flow(
        self, ctx: CallContext, status: str, failure: dict[str, Any] | None = None
    ) -> Flow[ExecutionError]:
        error_type = _FAILURE_STATUSES[status]
        message = f"execution {self.execution_id} ended {status}"
        if error_type is not ExecutionFailed:
            return error_type(message, execution_id=self.execution_id, status=status)
        if failure is None:
            failure = yield from self._failure_flow(ctx)
        if failure and failure.get("message"):
            message += f": {failure['message']}"
        return ExecutionFailed(message, execution_id=self.execution_id, status=status, failure=failure)

    def _finish_flow(
        self, ctx: CallContext, ending: Ending | None, timeout: float | None, deadline: float | None
    ) -> Flow[Any]:
        """The result (or ExecutionError) of how the stream saw the execution end; polls without one."""
        from ._streaming import completed_value, failure_of

        if ending is None:
            return (yield from self._result_flow(ctx, timeout, deadline))
        if ending.status == "COMPLETED":
            known, value = completed_value(ending)
            if known:
                return value
            execution = yield from self._get_flow(ctx)
            return execution.result
        raise (yield from self._ended_error_flow(ctx, ending.status, failure_of(ending)))

    def _start_ending(self) -> Ending | None:
        """How the execution ended, when the answer to ``execute()`` already said."""
        from mistral_workflows_api.models.workflow_execution_sync_response import (
            WorkflowExecutionSyncResponse,
        )

        from ._streaming import Ending

        started = self.started
        if isinstance(started, WorkflowExecutionSyncResponse):
            return Ending("COMPLETED", None, started)
        status = None if started is None else status_name(started.status)
        if started is not None and status in TERMINAL_STATUSES:
            return Ending(status or "", None, started)
        return None

    def _failure_flow(self, ctx: CallContext) -> Flow[dict[str, Any] | None]:
        """The failure payload of a FAILED execution, read from its (finished) event stream."""
        from mistral_workflows_api.models.event_source import EventSource

        args = {"execution_id": self.execution_id, "event_source": EventSource.DATABASE}
        request = build_request(ops.STREAM_EXECUTION, ctx, args)
        try:
            response = yield from request_flow(ops.STREAM_EXECUTION, ctx, request)
            failure: dict[str, Any] | None = None
            for sse in decode_all(response.text):
                if not sse.data or sse.event == "error":
                    continue
                event = frame_json(sse.data).get("data") or {}
                if (
                    event.get("event_type") == "WORKFLOW_EXECUTION_FAILED"
                    and event.get("workflow_exec_id") == self.execution_id
                ):
                    found = (event.get("attributes") or {}).get("failure")
                    failure = found if isinstance(found, dict) else failure
            return failure
        except (WorkflowsError, ValueError, AttributeError):
            # The failure details are a courtesy: the FAILED status itself is certain.
            return None


def _within(
    ctx: CallContext, deadline: float | None, floor: float = RESULT_MIN_REQUEST_TIMEOUT
) -> CallContext:
    """``ctx`` with each HTTP timeout capped by what is left until ``deadline`` (if any), but
    never below ``floor`` (by default enough for a last status check to answer)."""
    if deadline is None:
        return ctx
    remaining = max(floor, deadline - time.monotonic())
    t = ctx.timeout

    def cap(value: float | None) -> float:
        return remaining if value is None else min(value, remaining)

    bounded = httpx.Timeout(connect=cap(t.connect), read=cap(t.read), write=cap(t.write), pool=cap(t.pool))
    return dataclasses.replace(ctx, timeout=bounded)


def check_execution_id(execution_id: str) -> str:
    """Refuse ids that cannot travel as one URL path segment ("", "." and ".." are path steps)."""
    if not isinstance(execution_id, str) or execution_id in ("", ".", ".."):
        raise ValueError(
            f"invalid execution id {execution_id!r}: it must be a non-empty string other than . and .."
        )
    return execution_id


def _invocation(name: str, input: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"name": name}
    if input is not None:
        body["input"] = input
    return body


def _log_filters(
    order: LogOrder,
    run_id: str | uuid.UUID | None,
    activity_id: str | None,
    after: datetime.datetime | None,
    before: datetime.datetime | None,
    page_size: int | None,
) -> dict[str, Any]:
    return {
        "order": order,
        "run_id": run_id,
        "activity_id": activity_id,
        "after": after,
        "before": before,
        "limit": page_size,
    }


class ExecutionHandle(_HandleCore):
    """One execution, driven synchronously. Making a handle sends no request.

    Every method takes the keyword-only per-call options ``timeout`` (seconds, per HTTP
    request), ``max_retries`` and ``extra_headers``.
    """

    def __init__(
        self,
        client: Workflows,
        execution_id: str,
        workflow_name: str | None = None,
        *,
        started: StartResponse | None = None,
    ) -> None:
        super().__init__(client._options, execution_id, workflow_name, started)
        self._client = client
        #: Trace views: ``handle.trace.info()``, ``.otel()``, ``.summary()``, ``.events()``.
        self.trace = Trace(self)

    def _run(self, flow: Flow[Any]) -> Any:
        return self._client._run(flow)

    def get(self, **options: Unpack[CallOptions]) -> WorkflowExecutionResponse:
        """The execution's current state (latest run)."""
        return self._run(self._get_flow(self._ctx(options)))  # type: ignore[no-any-return]

    def history(self, *, decode_payloads: bool = False, **options: Unpack[CallOptions]) -> Any:
        """The raw event history of the current run (free-form JSON)."""
        return self._run(self._history_flow(self._ctx(options), decode_payloads))

    def signal(self, name: str, input: Any = None, **options: Unpack[CallOptions]) -> SignalWorkflowResponse:
        """Send signal ``name`` with an optional JSON input. Not retried once it may have arrived."""
        return self._run(self._signal_flow(self._ctx(options), name, input))  # type: ignore[no-any-return]

    def query(self, name: str, input: Any = None, **options: Unpack[CallOptions]) -> QueryWorkflowResponse:
        """Run query ``name``; the answer is in ``.result``."""
        return self._run(self._query_flow(self._ctx(options), name, input))  # type: ignore[no-any-return]

    def update(self, name: str, input: Any = None, **options: Unpack[CallOptions]) -> UpdateWorkflowResponse:
        """Run update ``name``; its return value is in ``.result``. Not retried once it may have arrived."""
        return self._run(self._update_flow(self._ctx(options), name, input))  # type: ignore[no-any-return]

    def cancel(self, **options: Unpack[CallOptions]) -> None:
        """Ask the execution to stop; the workflow may clean up and ends CANCELED."""
        self._run(self._stop_flow(ops.CANCEL_EXECUTION, self._ctx(options), "CANCELED"))

    def terminate(self, **options: Unpack[CallOptions]) -> None:
        """Stop the execution at once; it ends TERMINATED."""
        self._run(self._stop_flow(ops.TERMINATE_EXECUTION, self._ctx(options), "TERMINATED"))

    def reset(
        self,
        event_id: int,
        *,
        reason: str | None = None,
        exclude_signals: bool = False,
        exclude_updates: bool = False,
        **options: Unpack[CallOptions],
    ) -> None:
        """Start a new run from event ``event_id`` of the history, dropping what came after."""
        self._run(self._reset_flow(self._ctx(options), event_id, reason, exclude_signals, exclude_updates))

    def logs(
        self,
        *,
        order: LogOrder = "asc",
        run_id: str | uuid.UUID | None = None,
        activity_id: str | None = None,
        after: datetime.datetime | None = None,
        before: datetime.datetime | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> Iterator[ExecutionLogRecord]:
        """Every log record of the execution, fetching page after page as you iterate."""
        filters = _log_filters(order, run_id, activity_id, after, before, page_size)
        return self._client._iter(self._logs_flow(self._ctx(options), filters))

    def stream(
        self,
        *,
        last_event_id: str | None = None,
        event_source: EventSource | str | None = None,
        reconnect: bool = True,
        max_reconnects: int | None = None,
        on_reconnect: Callable[[ReconnectAttempt], None] | None = None,
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
        """
        from ._streaming import EventStream, event_stream_core

        core = event_stream_core(
            self,
            self._ctx(options),
            last_event_id=last_event_id,
            event_source=event_source,
            reconnect=reconnect,
            max_reconnects=max_reconnects,
            on_reconnect=on_reconnect,
        )
        return EventStream(core, self._client._options.api.get_httpx_client(), self._run)

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
        **options: Unpack[CallOptions],
    ) -> EventStream[ExecutionLogRecord | UnknownLogRecord]:
        """The execution's log records as they are written, until it ends; resumes like ``stream()``.

        A frame that is not a readable log record arrives as an ``UnknownLogRecord``."""
        from ._streaming import EventStream, log_stream_core

        filters = {"run_id": run_id, "activity_id": activity_id, "after": after}
        core = log_stream_core(
            self,
            self._ctx(options),
            filters=filters,
            last_event_id=last_event_id,
            reconnect=reconnect,
            max_reconnects=max_reconnects,
            on_reconnect=on_reconnect,
        )
        return EventStream(core, self._client._options.api.get_httpx_client(), self._run)

    def result(self, timeout: float | None = None, **options: Unpack[ResultOptions]) -> Any:
        """Wait until the execution ends and return its result.

        Waits on the event stream and returns as soon as the terminal event arrives; polls
        when streaming is unavailable. Sends no request when the answer to
        ``execute(wait_for_result=True)`` already carried the outcome. ``timeout`` bounds
        the whole wait (None: wait for ever). Follows continue-as-new to the final run.
        Raises ``ExecutionFailed`` / ``ExecutionCanceled`` / ``ExecutionTerminated`` /
        ``ExecutionTimedOut`` when it ends otherwise, ``ResultTimeoutError`` when time runs out.
        """
        from ._streaming import EventStream, event_stream_core, wait_ending_sync

        ctx = self._ctx(options)
        deadline = None if timeout is None else time.monotonic() + timeout
        ending = self._start_ending()
        if ending is None:
            core = event_stream_core(self, ctx, last_event_id=None, deadline=deadline)
            http = self._client._options.api.get_httpx_client()
            ending = wait_ending_sync(EventStream(core, http, self._run))
        return self._run(self._finish_flow(ctx, ending, timeout, deadline))


class Trace:
    """The trace views of one execution (``handle.trace``)."""

    def __init__(self, handle: ExecutionHandle) -> None:
        self._handle = handle

    def _call(self, op: ops.Operation, options: CallOptions, **args: Any) -> Any:
        h = self._handle
        return h._run(call_flow(op, h._ctx(options), execution_id=h.execution_id, **args))

    def info(self, **options: Unpack[CallOptions]) -> ExecutionTraceInfoResponse:
        """The trace id, and whether trace data exists."""
        return self._call(ops.GET_TRACE_INFO, options)  # type: ignore[no-any-return]

    def otel(self, **options: Unpack[CallOptions]) -> WorkflowExecutionTraceOTelResponse:
        """The execution with its OpenTelemetry trace (Tempo layout)."""
        return self._call(ops.GET_TRACE_OTEL, options)  # type: ignore[no-any-return]

    def summary(self, **options: Unpack[CallOptions]) -> WorkflowExecutionTraceSummaryResponse:
        """The execution with its span tree (``.span_tree``)."""
        return self._call(ops.GET_TRACE_SUMMARY, options)  # type: ignore[no-any-return]

    def events(
        self,
        *,
        merge_same_id_events: bool = False,
        include_internal_events: bool = False,
        **options: Unpack[CallOptions],
    ) -> WorkflowExecutionTraceEventsResponse:
        """The execution with its trace events."""
        return self._call(  # type: ignore[no-any-return]
            ops.GET_TRACE_EVENTS,
            options,
            merge_same_id_events=merge_same_id_events,
            include_internal_events=include_internal_events,
        )


class AsyncExecutionHandle(_HandleCore):
    """One execution, driven with ``await``; the same calls as ``ExecutionHandle``."""

    def __init__(
        self,
        client: AsyncWorkflows,
        execution_id: str,
        workflow_name: str | None = None,
        *,
        started: StartResponse | None = None,
    ) -> None:
        super().__init__(client._options, execution_id, workflow_name, started)
        self._client = client
        #: Trace views: ``await handle.trace.info()``, ...
        self.trace = AsyncTrace(self)

    async def _run(self, flow: Flow[Any]) -> Any:
        return await self._client._run(flow)

    async def get(self, **options: Unpack[CallOptions]) -> WorkflowExecutionResponse:
        """The execution's current state (latest run)."""
        return await self._run(self._get_flow(self._ctx(options)))  # type: ignore[no-any-return]

    async def history(self, *, decode_payloads: bool = False, **options: Unpack[CallOptions]) -> Any:
        """The raw event history of the current run (free-form JSON)."""
        return await self._run(self._history_flow(self._ctx(options), decode_payloads))

    async def signal(
        self, name: str, input: Any = None, **options: Unpack[CallOptions]
    ) -> SignalWorkflowResponse:
        """Send signal ``name`` with an optional JSON input."""
        return await self._run(self._signal_flow(self._ctx(options), name, input))  # type: ignore[no-any-return]

    async def query(
        self, name: str, input: Any = None, **options: Unpack[CallOptions]
    ) -> QueryWorkflowResponse:
        """Run query ``name``; the answer is in ``.result``."""
        return await self._run(self._query_flow(self._ctx(options), name, input))  # type: ignore[no-any-return]

    async def update(
        self, name: str, input: Any = None, **options: Unpack[CallOptions]
    ) -> UpdateWorkflowResponse:
        """Run update ``name``; its return value is in ``.result``."""
        return await self._run(self._update_flow(self._ctx(options), name, input))  # type: ignore[no-any-return]

    async def cancel(self, **options: Unpack[CallOptions]) -> None:
        """Ask the execution to stop; it ends CANCELED."""
        await self._run(self._stop_flow(ops.CANCEL_EXECUTION, self._ctx(options), "CANCELED"))

    async def terminate(self, **options: Unpack[CallOptions]) -> None:
        """Stop the execution at once; it ends TERMINATED."""
        await self._run(self._stop_flow(ops.TERMINATE_EXECUTION, self._ctx(options), "TERMINATED"))

    async def reset(
        self,
        event_id: int,
        *,
        reason: str | None = None,
        exclude_signals: bool = False,
        exclude_updates: bool = False,
        **options: Unpack[CallOptions],
    ) -> None:
        """Start a new run from event ``event_id`` of the history."""
        await self._run(
            self._reset_flow(self._ctx(options), event_id, reason, exclude_signals, exclude_updates)
        )

    def logs(
        self,
        *,
        order: LogOrder = "asc",
        run_id: str | uuid.UUID | None = None,
        activity_id: str | None = None,
        after: datetime.datetime | None = None,
        before: datetime.datetime | None = None,
        page_size: int | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[ExecutionLogRecord]:
        """Every log record (``async for``), fetching page after page."""
        filters = _log_filters(order, run_id, activity_id, after, before, page_size)
        return self._client._iter(self._logs_flow(self._ctx(options), filters))

    def stream(
        self,
        *,
        last_event_id: str | None = None,
        event_source: EventSource | str | None = None,
        reconnect: bool = True,
        max_reconnects: int | None = None,
        on_reconnect: Callable[[ReconnectAttempt], None] | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncEventStream[StreamEvent]:
        """The execution's events (``async with ex.stream() as events: async for ...``).

        ``event_source``, frame names, error frames and resuming: as ``ExecutionHandle.stream``.
        """
        from ._streaming import AsyncEventStream, event_stream_core

        core = event_stream_core(
            self,
            self._ctx(options),
            last_event_id=last_event_id,
            event_source=event_source,
            reconnect=reconnect,
            max_reconnects=max_reconnects,
            on_reconnect=on_reconnect,
        )
        return AsyncEventStream(core, self._client._options.api.get_async_httpx_client(), self._run)

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
        **options: Unpack[CallOptions],
    ) -> AsyncEventStream[ExecutionLogRecord | UnknownLogRecord]:
        """The execution's log records as they are written (``async for``); resumes like ``stream()``.

        A frame that is not a readable log record arrives as an ``UnknownLogRecord``."""
        from ._streaming import AsyncEventStream, log_stream_core

        filters = {"run_id": run_id, "activity_id": activity_id, "after": after}
        core = log_stream_core(
            self,
            self._ctx(options),
            filters=filters,
            last_event_id=last_event_id,
            reconnect=reconnect,
            max_reconnects=max_reconnects,
            on_reconnect=on_reconnect,
        )
        return AsyncEventStream(core, self._client._options.api.get_async_httpx_client(), self._run)

    async def result(self, timeout: float | None = None, **options: Unpack[ResultOptions]) -> Any:
        """Wait until the execution ends and return its result (see ``ExecutionHandle.result``)."""
        from ._streaming import AsyncEventStream, event_stream_core, wait_ending_async

        ctx = self._ctx(options)
        deadline = None if timeout is None else time.monotonic() + timeout
        ending = self._start_ending()
        if ending is None:
            core = event_stream_core(self, ctx, last_event_id=None, deadline=deadline)
            http = self._client._options.api.get_async_httpx_client()
            ending = await wait_ending_async(AsyncEventStream(core, http, self._run))
        return await self._run(self._finish_flow(ctx, ending, timeout, deadline))


class AsyncTrace:
    """The trace views of one execution (``handle.trace``), with ``await``."""

    def __init__(self, handle: AsyncExecutionHandle) -> None:
        self._handle = handle

    async def _call(self, op: ops.Operation, options: CallOptions, **args: Any) -> Any:
        h = self._handle
        return await h._run(call_flow(op, h._ctx(options), execution_id=h.execution_id, **args))

    async def info(self, **options: Unpack[CallOptions]) -> ExecutionTraceInfoResponse:
        """The trace id, and whether trace data exists."""
        return await self._call(ops.GET_TRACE_INFO, options)  # type: ignore[no-any-return]

    async def otel(self, **options: Unpack[CallOptions]) -> WorkflowExecutionTraceOTelResponse:
        """The execution with its OpenTelemetry trace (Tempo layout)."""
        return await self._call(ops.GET_TRACE_OTEL, options)  # type: ignore[no-any-return]

    async def summary(self, **options: Unpack[CallOptions]) -> WorkflowExecutionTraceSummaryResponse:
        """The execution with its span tree (``.span_tree``)."""
        return await self._call(ops.GET_TRACE_SUMMARY, options)  # type: ignore[no-any-return]

    async def events(
        self,
        *,
        merge_same_id_events: bool = False,
        include_internal_events: bool = False,
        **options: Unpack[CallOptions],
    ) -> WorkflowExecutionTraceEventsResponse:
        """The execution with its trace events."""
        return await self._call(  # type: ignore[no-any-return]
            ops.GET_TRACE_EVENTS,
            options,
            merge_same_id_events=merge_same_id_events,
            include_internal_events=include_internal_events,
        )
