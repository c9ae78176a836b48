"""Every API call as a plain flow over ``(context, ids..., arguments)``: no client, no I/O.

The shells (``Workflows``, ``AsyncWorkflows`` and their handles) run these flows; streaming
and batch build on them. Also the helpers the calls need: status names, terminal statuses,
id checks, and how a result is read from the way an execution ended.
"""

from __future__ import annotations

import datetime
import email.utils
import time
import uuid
import warnings
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypeVar

import httpx

from . import _operations as ops
from ._config import (
    DATE_HEADER_LAG,
    EXECUTE_CLOCK_SKEW,
    RESULT_MIN_REQUEST_TIMEOUT,
    RESULT_POLL_FACTOR,
    RESULT_POLL_INITIAL,
    RESULT_POLL_MAX,
    WAIT_FOR_RESULT_MARGIN,
    check_seconds,
)
from ._context import JSON, CallContext
from ._events import Ending, frame_json
from ._exceptions import (
    APIConnectionError,
    APIStatusError,
    ExecutionCanceled,
    ExecutionError,
    ExecutionFailed,
    ExecutionTerminated,
    ExecutionTimedOut,
    ResultTimeoutError,
    WorkflowsError,
)
from ._flow import Emit, Flow, Sleep
from ._record import Record
from ._request_flow import (
    build_request,
    call_flow,
    decode_response,
    encode_request,
    parse_response,
    redact_json,
    request_flow,
    requested_url,
    status_error,
)
from ._sse import decode_all

if TYPE_CHECKING:
    from mistral_workflows_api.models import (
        BatchExecutionResponse,
        DeploymentArchiveResponse,
        DeploymentDetailResponse,
        ExecutionTraceInfoResponse,
        ManagedDeploymentResponse,
        ScheduleDefinitionOutput,
        SignalWorkflowResponse,
        Workflow,
        WorkflowArchiveResponse,
        WorkflowBulkArchiveResponse,
        WorkflowBulkUnarchiveResponse,
        WorkflowExecutionResponse,
        WorkflowExecutionSyncResponse,
        WorkflowExecutionTraceEventsResponse,
        WorkflowExecutionTraceOTelResponse,
        WorkflowExecutionTraceSummaryResponse,
        WorkflowGetResponse,
        WorkflowMetrics,
        WorkflowRegistrationGetResponse,
        WorkflowRegistrationWithWorkerStatus,
        WorkflowScheduleResponse,
        WorkflowUnarchiveResponse,
        WorkflowUpdateResponse,
        WorkflowWithWorkerStatus,
    )

    from ._results import QueryResult, UpdateResult

LogOrder = Literal["asc", "desc"]
E = TypeVar("E", bound=APIConnectionError | APIStatusError)

#: What the server answers a start with: the execution's state, or (``wait_for_result``) its result.
StartResponse: TypeAlias = "WorkflowExecutionResponse | WorkflowExecutionSyncResponse"

FAILURE_STATUSES: dict[str, type[ExecutionError]] = {
    "FAILED": ExecutionFailed,
    "CANCELED": ExecutionCanceled,
    "TERMINATED": ExecutionTerminated,
    "TIMED_OUT": ExecutionTimedOut,
}
#: Statuses after which an execution will not change any more (CONTINUED_AS_NEW is not one:
#: the execution goes on in a new run).
TERMINAL_STATUSES = frozenset({"COMPLETED", *FAILURE_STATUSES})


# ----- helpers --------------------------------------------------------------------------------
def status_name(status: object) -> str | None:
    """An execution status as a plain string, whether the client knows the value or not."""
    if status is None:
        return None
    value = getattr(status, "value", status)
    return str(value)


def _check_path_segment(value: object, name: str, what: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, not {type(value).__name__}")
    if value in ("", ".", ".."):
        raise ValueError(
            f"invalid {what} {value!r} ({name}): it must be a non-empty string other than . and .."
        )
    return value


def check_execution_id(execution_id: str, name: str = "execution_id") -> str:
    """Refuse ids that cannot travel as one URL path segment ("", "." and ".." are path steps):
    a ``ValueError``; a ``TypeError`` for what is not a string."""
    return _check_path_segment(execution_id, name, "execution id")


def check_workflow_name(workflow: object) -> str:
    """Refuse workflow names (or ids) that cannot travel as one URL path segment."""
    return _check_path_segment(workflow, "workflow", "workflow name")


def check_name(name: str, argument: str = "name") -> str:
    """The name of a signal, query or update: a string."""
    if not isinstance(name, str):
        raise TypeError(f"{argument} must be a string, not {type(name).__name__}")
    return name


def check_last_event_id(last_event_id: str | None) -> str | None:
    """A ``last_event_id=`` that can be sent as the ``Last-Event-ID`` header: a string without
    CR, LF or NUL (which would end the header and start another), or None."""
    if last_event_id is None:
        return None
    if not isinstance(last_event_id, str):
        raise TypeError(f"last_event_id must be a string or None, not {type(last_event_id).__name__}")
    if any(char in last_event_id for char in "\r\n\0"):
        raise ValueError("last_event_id may not contain CR, LF or NUL")
    return last_event_id


def check_wait(timeout: float | None) -> float | None:
    """The whole wait of ``result(timeout=...)``: a positive, finite number of seconds or None."""
    return check_seconds(timeout, "timeout")


def within(
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
    return ctx.replace(timeout=bounded)


def _invocation(name: str, input: JSON) -> dict[str, Any]:
    body: dict[str, Any] = {"name": check_name(name)}
    if input is not None:
        body["input"] = input
    return body


# ----- executions -------------------------------------------------------------------------------
def get_execution(
    ctx: CallContext, execution_id: str, include_search_keys: bool = False
) -> Flow[WorkflowExecutionResponse]:
    extra = {"include_search_keys": True} if include_search_keys else {}
    execution: WorkflowExecutionResponse = yield from call_flow(
        ops.GET_EXECUTION, ctx, execution_id=execution_id, **extra
    )
    return execution


def get_history(ctx: CallContext, execution_id: str, decode_payloads: bool) -> Flow[JSON]:
    history: JSON = yield from call_flow(
        ops.GET_EXECUTION_HISTORY, ctx, execution_id=execution_id, decode_payloads=decode_payloads
    )
    return history


def signal(ctx: CallContext, execution_id: str, name: str, input: JSON) -> Flow[SignalWorkflowResponse]:
    from mistral_workflows_api.models.signal_invocation_body import SignalInvocationBody

    body = SignalInvocationBody.from_dict(_invocation(name, input))
    answer: SignalWorkflowResponse = yield from call_flow(
        ops.SIGNAL_EXECUTION, ctx, execution_id=execution_id, body=body
    )
    return answer


def query(ctx: CallContext, execution_id: str, name: str, input: JSON) -> Flow[QueryResult]:
    from mistral_workflows_api.models.query_invocation_body import QueryInvocationBody
    from mistral_workflows_api.models.query_workflow_response import QueryWorkflowResponse

    from ._results import QueryResult

    body = QueryInvocationBody.from_dict(_invocation(name, input))
    answer: QueryWorkflowResponse = yield from call_flow(
        ops.QUERY_EXECUTION, ctx, execution_id=execution_id, body=body
    )
    return QueryResult(answer.query_name, answer.result)


def update(ctx: CallContext, execution_id: str, name: str, input: JSON) -> Flow[UpdateResult]:
    from mistral_workflows_api.models.update_invocation_body import UpdateInvocationBody
    from mistral_workflows_api.models.update_workflow_response import UpdateWorkflowResponse

    from ._results import UpdateResult

    body = UpdateInvocationBody.from_dict(_invocation(name, input))
    answer: UpdateWorkflowResponse = yield from call_flow(
        ops.UPDATE_EXECUTION, ctx, execution_id=execution_id, body=body
    )
    return UpdateResult(answer.update_name, answer.result)


def _stop(ctx: CallContext, execution_id: str, op: ops.Operation, outcome: str) -> Flow[None]:
    """Cancel or terminate. Both are retried; a 409 to a retry is success when the execution
    ended as ``outcome``, i.e. when an earlier attempt whose answer was lost did the job."""
    request = build_request(op, ctx, {"execution_id": execution_id})
    response = yield from request_flow(op, ctx, request, conflict_after_retry=True)
    if response.status_code == 409:
        execution = yield from get_execution(ctx, execution_id)
        if status_name(execution.status) != outcome:
            raise status_error(response, ctx, method="POST", url=requested_url(ctx, request))
    return None


def cancel(ctx: CallContext, execution_id: str) -> Flow[None]:
    return (yield from _stop(ctx, execution_id, ops.CANCEL_EXECUTION, "CANCELED"))


def terminate(ctx: CallContext, execution_id: str) -> Flow[None]:
    return (yield from _stop(ctx, execution_id, ops.TERMINATE_EXECUTION, "TERMINATED"))


def reset(
    ctx: CallContext,
    execution_id: str,
    event_id: int,
    reason: str | None,
    exclude_signals: bool,
    exclude_updates: bool,
) -> Flow[None]:
    from mistral_workflows_api.models.reset_invocation_body import ResetInvocationBody

    body = ResetInvocationBody(
        event_id=event_id, reason=reason, exclude_signals=exclude_signals, exclude_updates=exclude_updates
    )
    yield from call_flow(ops.RESET_EXECUTION, ctx, execution_id=execution_id, body=body)
    return None


def log_filters(
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


def list_logs(ctx: CallContext, execution_id: str, filters: Mapping[str, Any]) -> Flow[None]:
    """Every log record, page after page (cursor pagination), emitted one by one."""
    from mistral_workflows_api.models.list_execution_logs_order import ListExecutionLogsOrder

    args = {k: v for k, v in filters.items() if v is not None}
    if "order" in args:
        args["order"] = ListExecutionLogsOrder(args["order"])
    if isinstance(args.get("run_id"), str):
        args["run_id"] = uuid.UUID(args["run_id"])
    return (yield from list_items(ctx, EXECUTION_LOGS, {**args, "execution_id": execution_id}))


def trace_info(ctx: CallContext, execution_id: str) -> Flow[ExecutionTraceInfoResponse]:
    info: ExecutionTraceInfoResponse = yield from call_flow(
        ops.GET_TRACE_INFO, ctx, execution_id=execution_id
    )
    return info


def trace_otel(ctx: CallContext, execution_id: str) -> Flow[WorkflowExecutionTraceOTelResponse]:
    otel: WorkflowExecutionTraceOTelResponse = yield from call_flow(
        ops.GET_TRACE_OTEL, ctx, execution_id=execution_id
    )
    return otel


def trace_summary(ctx: CallContext, execution_id: str) -> Flow[WorkflowExecutionTraceSummaryResponse]:
    summary: WorkflowExecutionTraceSummaryResponse = yield from call_flow(
        ops.GET_TRACE_SUMMARY, ctx, execution_id=execution_id
    )
    return summary


def trace_events(
    ctx: CallContext, execution_id: str, merge_same_id_events: bool, include_internal_events: bool
) -> Flow[WorkflowExecutionTraceEventsResponse]:
    events: WorkflowExecutionTraceEventsResponse = yield from call_flow(
        ops.GET_TRACE_EVENTS,
        ctx,
        execution_id=execution_id,
        merge_same_id_events=merge_same_id_events,
        include_internal_events=include_internal_events,
    )
    return events


def batch_stop(ctx: CallContext, op: ops.Operation, execution_ids: list[str]) -> Flow[BatchExecutionResponse]:
    """One request of a batch cancel or terminate."""
    from mistral_workflows_api.models.batch_execution_body import BatchExecutionBody

    answer: BatchExecutionResponse = yield from call_flow(
        op, ctx, body=BatchExecutionBody(execution_ids=list(execution_ids))
    )
    return answer


# ----- starting -------------------------------------------------------------------------------
def deprecated_task_queue(task_queue: str | None) -> str | None:
    if task_queue is not None:
        warnings.warn(
            "task_queue is deprecated by the API: use deployment_name", DeprecationWarning, stacklevel=4
        )
    return task_queue


def _waiting(ctx: CallContext, timeout_seconds: float | None) -> CallContext:
    """``ctx`` with a read timeout long enough for a start that waits ``timeout_seconds``."""
    read = ctx.timeout.read
    if read is None:
        return ctx
    wait = read if timeout_seconds is None else max(read, timeout_seconds + WAIT_FOR_RESULT_MARGIN)
    t = ctx.timeout
    longer = httpx.Timeout(connect=t.connect, read=wait, write=t.write, pool=t.pool)
    return ctx.replace(timeout=longer)


def execute(
    ctx: CallContext,
    workflow: str | None,
    input: Mapping[str, JSON] | None,
    execution_id: str | None,
    registration_id: uuid.UUID | None = None,
    **request_fields: Any,
) -> Flow[tuple[str, StartResponse | None]]:
    """Start an execution of ``workflow`` (or of the registration ``registration_id``);
    returns its id and what the server answered about it.

    The request always carries an execution id (made here when the caller gives none), so it
    is safe to retry: a 409 to a retry means an earlier attempt created it, and the answer is
    then the execution's state. With ``wait_for_result``, each HTTP request may last as long
    as the server waits (``timeout_seconds``).
    """
    from mistral_workflows_api.models.workflow_execution_request import WorkflowExecutionRequest
    from mistral_workflows_api.models.workflow_execution_response import WorkflowExecutionResponse
    from mistral_workflows_api.models.workflow_execution_sync_response import WorkflowExecutionSyncResponse

    if registration_id is None:
        check_workflow_name(workflow)
    execution_id = str(uuid.uuid4()) if execution_id is None else check_execution_id(execution_id)
    fields = {k: v for k, v in request_fields.items() if v is not None}
    check_seconds(fields.get("timeout_seconds"), "timeout_seconds")
    body = WorkflowExecutionRequest.from_dict({"execution_id": execution_id, "input": input, **fields})
    if fields.get("wait_for_result"):
        ctx = _waiting(ctx, fields.get("timeout_seconds"))
    op = ops.EXECUTE_WORKFLOW if registration_id is None else ops.EXECUTE_REGISTRATION
    target = (
        {"workflow_identifier": workflow}
        if registration_id is None
        else {"workflow_registration_id": registration_id}
    )
    request = build_request(op, ctx, {**target, "body": body})
    if ctx.encoding is not None:
        yield from encode_request(op, ctx, request, execution_id)
    first_attempt = time.time()
    try:
        response = yield from request_flow(op, ctx, request, idempotent=True, conflict_after_retry=True)
    except (APIConnectionError, APIStatusError) as exc:
        _start_error(exc, execution_id)
        raise
    if response.status_code == 409:
        # An earlier attempt may have started it, its answer lost; or the id was someone else's.
        received = time.time()
        try:
            existing = yield from get_execution(ctx, execution_id)
        except (APIConnectionError, APIStatusError) as exc:
            exc.outcome_unknown = True
            _start_error(exc, execution_id)
            raise
        deployment = fields.get("deployment_name")
        if _started_by_this_call(existing, workflow, deployment, first_attempt, response, received):
            return execution_id, existing
        conflict = status_error(response, ctx, method="POST", url=requested_url(ctx, request))
        raise _start_error(conflict, execution_id)
    if ctx.encoding is not None:
        response = yield from decode_response(op, ctx, response)
    started = parse_response(op, ctx, response)
    if isinstance(started, WorkflowExecutionResponse | WorkflowExecutionSyncResponse):
        return execution_id, started
    return execution_id, None


def _start_error(error: E, execution_id: str) -> E:
    """``error`` of ``execute()``, telling the id it used and how to reach that execution."""
    error.execution_id = execution_id
    if error.outcome_unknown:
        hint = (
            f"the execution may have started: wf.execution({execution_id!r}) attaches to it, and "
            f"execute(..., execution_id={execution_id!r}) cannot start it twice"
        )
    elif isinstance(error, APIStatusError) and error.status_code == 409:
        hint = f"execution {execution_id!r} already exists: wf.execution({execution_id!r}) attaches to it"
    else:
        return error
    error.args = (f"{error.args[0] if error.args else ''}; {hint}", *error.args[1:])
    return error


def _clock_ahead(response: httpx.Response, sent_by: float, received: float) -> float:
    """How far our clock may be ahead of the server's, by the ``Date`` of ``response``: 0 unless
    it surely is ahead (``Date`` lags the server's clock by up to ``DATE_HEADER_LAG``, so a
    smaller skew goes unseen), then at most how far. ``sent_by`` and ``received`` (our clock)
    bracket the request."""
    date = response.headers.get("date")
    if not date:
        return 0.0
    try:
        server = email.utils.parsedate_to_datetime(date).timestamp()
    except (TypeError, ValueError, IndexError):
        return 0.0
    try:
        sent = max(sent_by, received - response.elapsed.total_seconds())
    except RuntimeError:  # a response whose elapsed time httpx did not measure
        sent = sent_by
    # The server wrote its Date between our sending and our receiving, lagging its clock by
    # up to DATE_HEADER_LAG: our clock is ahead by more than ``sent - (server + lag)``, and by
    # at most ``received - server``.
    if sent - (server + DATE_HEADER_LAG) <= 0:
        return 0.0
    return received - server


def _started_by_this_call(
    existing: WorkflowExecutionResponse,
    workflow: str | None,
    deployment_name: str | None,
    first_attempt: float,
    conflict: httpx.Response,
    received: float,
) -> bool:
    """Whether ``existing``, found under the id a retried start was refused (409), is the one an
    earlier attempt of this call started: the same workflow (and deployment, when given; a
    registration's start names no workflow), started at or after the first attempt, in the
    server's clock as well as we can tell."""
    workflow_id = existing.workflow_id
    if workflow is not None and workflow not in (
        existing.workflow_name,
        str(workflow_id) if isinstance(workflow_id, uuid.UUID) else None,
    ):
        return False
    deployed = existing.deployment_name
    if deployment_name is not None and isinstance(deployed, str) and deployed != deployment_name:
        return False
    start = existing.start_time
    if not isinstance(start, datetime.datetime):
        return False
    if start.tzinfo is None:
        start = start.replace(tzinfo=datetime.UTC)
    earliest = first_attempt - _clock_ahead(conflict, first_attempt, received) - EXECUTE_CLOCK_SKEW
    return start.timestamp() >= earliest


# ----- results ---------------------------------------------------------------------------------
def start_ending(started: StartResponse | None) -> Ending | None:
    """How the execution ended, when the answer to ``execute()`` already said."""
    from mistral_workflows_api.models.workflow_execution_sync_response import WorkflowExecutionSyncResponse

    if isinstance(started, WorkflowExecutionSyncResponse):
        return Ending("COMPLETED", None, started)
    status = None if started is None else status_name(started.status)
    if started is not None and status in TERMINAL_STATUSES:
        return Ending(status or "", None, started)
    return None


def poll_result(
    ctx: CallContext, execution_id: str, timeout: float | None, deadline: float | None = None
) -> Flow[JSON]:
    """Poll until the execution ends; return its result or raise its ExecutionError.

    ``deadline`` (a ``time.monotonic()`` instant) overrides ``timeout`` as the end of the wait.
    """
    if deadline is None and timeout is not None:
        deadline = time.monotonic() + timeout
    interval = RESULT_POLL_INITIAL
    while True:
        execution = yield from get_execution(within(ctx, deadline), execution_id)
        status = status_name(execution.status)
        if status == "COMPLETED":
            result: JSON = execution.result
            return result
        if status in FAILURE_STATUSES:
            raise (yield from ended_error(within(ctx, deadline), execution_id, status))
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ResultTimeoutError(
                    ctx.redact(f"execution {execution_id} still {status} after {timeout}s"),
                    execution_id=execution_id,
                    last_status=None if status is None else ctx.redact(status),
                )
            interval = min(interval, remaining)
        yield Sleep(interval)
        interval = min(interval * RESULT_POLL_FACTOR, RESULT_POLL_MAX)


def ended_error(
    ctx: CallContext, execution_id: str, status: str, failure: dict[str, Any] | None = None
) -> Flow[ExecutionError]:
    error_type = FAILURE_STATUSES[status]
    message = f"execution {execution_id} ended {status}"
    if error_type is not ExecutionFailed:
        return error_type(message, execution_id=execution_id, status=status)
    if failure is None:
        failure = yield from failure_details(ctx, execution_id)
    failure = redact_json(failure, ctx)
    if failure and failure.get("message"):
        message += f": {failure['message']}"
    return ExecutionFailed(ctx.redact(message), execution_id=execution_id, status=status, failure=failure)


def finish(
    ctx: CallContext, execution_id: str, ending: Ending | None, timeout: float | None, deadline: float | None
) -> Flow[JSON]:
    """The result (or ExecutionError) of how the execution was seen to end; polls without one."""
    if ending is None:
        return (yield from poll_result(ctx, execution_id, timeout, deadline))
    if ending.status == "COMPLETED":
        known, value = completed_value(ending)
        if known:
            return value
        execution = yield from get_execution(ctx, execution_id)
        result: JSON = execution.result
        return result
    raise (yield from ended_error(ctx, execution_id, ending.status, failure_of(ending)))


def failure_details(ctx: CallContext, execution_id: str) -> Flow[dict[str, Any] | None]:
    """The failure payload of a FAILED execution, read from a replay of its event stream."""
    from mistral_workflows_api.models.event_source import EventSource

    args = {"execution_id": execution_id, "event_source": EventSource.DATABASE}
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
                and event.get("workflow_exec_id") == execution_id
            ):
                found = (event.get("attributes") or {}).get("failure")
                failure = found if isinstance(found, dict) else failure
        return failure
    except (WorkflowsError, ValueError, AttributeError):
        # The failure details are a courtesy: the FAILED status itself is certain.
        return None


def completed_value(ending: Ending) -> tuple[bool, JSON]:
    """(True, result) when the ending itself carries the result of a COMPLETED execution."""
    if ending.execution is not None:
        result: JSON = ending.execution.result
        return True, result
    if ending.event is None:
        return False, None
    attributes = ending.event.raw_data.get("attributes")
    payload = attributes.get("result") if isinstance(attributes, dict) else None
    if isinstance(payload, dict) and "value" in payload and not payload.get("encoding_options"):
        value: JSON = payload["value"]
        return True, value
    return False, None


def failure_of(ending: Ending) -> dict[str, Any] | None:
    """The failure payload a FAILED terminal event carries, if any."""
    if ending.event is None:
        return None
    attributes = ending.event.raw_data.get("attributes")
    failure = attributes.get("failure") if isinstance(attributes, dict) else None
    return failure if isinstance(failure, dict) else None


# ----- runs -----------------------------------------------------------------------------------
RunOrder = Literal["asc", "desc"]
RunSortBy = Literal["start_time", "end_time"]
MAX_RUN_PAGE_SIZE = 1000


def _aware(value: datetime.datetime | None, name: str) -> datetime.datetime | None:
    if value is None:
        return None
    if not isinstance(value, datetime.datetime):
        raise TypeError(f"{name} must be a datetime, not {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware (e.g. datetime.now(timezone.utc)), not naive")
    return value


def _statuses(status: object) -> list[Any] | None:
    """One status or several (members or their values) as members of the generated enum."""
    from mistral_workflows_api.models.workflow_execution_status import WorkflowExecutionStatus

    if status is None:
        return None
    values = [status] if isinstance(status, str) else list(status)  # type: ignore[call-overload]
    return [_choice(value, "status", WorkflowExecutionStatus) for value in values]


def _search_keys(search_keys: Mapping[str, str | None] | Iterable[str] | None) -> list[str] | None:
    """The runs listing's ``search_key`` entries: ``{"key": "value"}`` is ``key:value`` (a
    similar value), ``{"key": None}`` is ``key==`` (a null value); strings go as they are, in
    any of the server's forms (``key:value``, ``key==:value``, ``key``, ``key==``)."""
    if search_keys is None:
        return None
    entries = (
        [f"{key}==" if value is None else f"{key}:{value}" for key, value in search_keys.items()]
        if isinstance(search_keys, Mapping)
        else list(search_keys)
    )
    for entry in entries:
        key, colon, value = str(entry).partition(":")
        if not (isinstance(entry, str) and key and (value or not colon)):
            raise ValueError(
                f"search_keys entries are 'key:value', 'key==:value', 'key' or 'key==', not {entry!r}"
            )
    return entries


def run_filters(
    *,
    workflow: str | None = None,
    status: object = None,
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
    sort_by: RunSortBy = "start_time",
    order: RunOrder = "desc",
    page_size: int | None = None,
) -> dict[str, Any]:
    """The generated ``list_runs`` arguments for these filters, checked (TypeError/ValueError)."""
    from mistral_workflows_api.models.list_runs_order import ListRunsOrder
    from mistral_workflows_api.models.run_sort_field import RunSortField

    args: dict[str, Any] = {
        "workflow_identifier": workflow,
        "status": _statuses(status),
        "start_time_after": _aware(started_after, "started_after"),
        "start_time_before": _aware(started_before, "started_before"),
        "end_time_after": _aware(ended_after, "ended_after"),
        "end_time_before": _aware(ended_before, "ended_before"),
        "root_execution_id": root_execution_id,
        "search": search,
        "deployment_name": deployment,
        "user_id": user_id,
        "workflow_tags": None if tags is None else [tags] if isinstance(tags, str) else list(tags),
        "search_key": _search_keys(search_keys),
        "include_internal": include_internal,
        "sort_by": _choice(sort_by, "sort_by", RunSortField),
        "order": _choice(order, "order", ListRunsOrder),
        "page_size": check_page_size(page_size, MAX_RUN_PAGE_SIZE),
    }
    return {key: value for key, value in args.items() if value is not None}


def get_run(ctx: CallContext, run_id: str | uuid.UUID) -> Flow[WorkflowExecutionResponse]:
    run: WorkflowExecutionResponse = yield from call_flow(
        ops.GET_RUN, ctx, run_id=check_uuid(run_id, "run_id")
    )
    return run


def run_history(ctx: CallContext, run_id: str | uuid.UUID, decode_payloads: bool) -> Flow[JSON]:
    history: JSON = yield from call_flow(
        ops.GET_RUN_HISTORY, ctx, run_id=check_uuid(run_id, "run_id"), decode_payloads=decode_payloads
    )
    return history


# ----- checking arguments -------------------------------------------------------------------------
def check_page_size(page_size: object, maximum: int) -> int | None:
    """A page size: an int from 1 to ``maximum``, or None (the server's default)."""
    if page_size is None:
        return None
    if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= maximum:
        raise ValueError(f"page_size must be an int from 1 to {maximum}, not {page_size!r}")
    return page_size


def _choice(value: object, name: str, enum: Any) -> Any:
    """The member of the generated ``enum`` that ``value`` (a member or its value) names."""
    if value is None:
        return None
    known = {member.value: member for member in enum}
    raw = getattr(value, "value", value)
    if raw not in known:
        raise ValueError(f"{name} must be one of {', '.join(map(repr, known))}, not {raw!r}")
    return known[raw]


def _strings(value: object, name: str) -> list[str] | None:
    """One string or an iterable of strings, as a list (None stays None)."""
    if value is None:
        return None
    values = [value] if isinstance(value, str) else value
    if isinstance(values, Mapping) or not isinstance(values, Iterable):
        raise TypeError(f"{name} must be a string or an iterable of strings, not {type(value).__name__}")
    strings = list(values)
    for item in strings:
        if not isinstance(item, str):
            raise TypeError(f"{name} must hold strings, not {type(item).__name__}")
    return strings


def _flag(value: object, name: str) -> bool | None:
    if value is not None and not isinstance(value, bool):
        raise TypeError(f"{name} must be a bool or None, not {type(value).__name__}")
    return value


def _text(value: object, name: str) -> str | None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{name} must be a string or None, not {type(value).__name__}")
    return value


def check_uuid(value: object, name: str) -> uuid.UUID:
    """A ``uuid.UUID`` or its text (``TypeError`` / ``ValueError`` naming ``name`` otherwise)."""
    if isinstance(value, uuid.UUID):
        return value
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str or uuid.UUID, not {type(value).__name__}")
    try:
        return uuid.UUID(value)
    except ValueError:
        raise ValueError(f"{name} must be a UUID, not {value!r}") from None


def check_identifier(value: object, name: str, what: str) -> str:
    """A schedule id, deployment name or id: one URL path segment."""
    return _check_path_segment(value, name, what)


def _unset_none(fields: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in fields.items() if value is not None}


# ----- listings ----------------------------------------------------------------------------------
class Paging(Record):
    """How a listing pages: its operation, where the items are, how the next page is asked for."""

    __slots__ = ("cursor", "items", "next", "op")
    op: ops.Operation
    #: The attribute of a page holding its items.
    items: str
    #: The request argument taking the next page's token, and the page attribute giving it.
    cursor: str
    next: str

    def __init__(
        self, op: ops.Operation, items: str, cursor: str = "cursor", next: str = "next_cursor"
    ) -> None:
        setting = object.__setattr__
        setting(self, "op", op)
        setting(self, "items", items)
        setting(self, "cursor", cursor)
        setting(self, "next", next)


def _page(ctx: CallContext, paging: Paging, args: Mapping[str, Any], token: str | None) -> Flow[Any]:
    page: Any = yield from call_flow(paging.op, ctx, **args, **({paging.cursor: token} if token else {}))
    return page


def _token(paging: Paging, page: Any) -> str | None:
    token = getattr(page, paging.next, None)
    return token if isinstance(token, str) and token and getattr(page, paging.items) else None


def list_pages(ctx: CallContext, paging: Paging, args: Mapping[str, Any]) -> Flow[None]:
    """Every page of a listing, fetched one at a time as they are consumed."""
    token: str | None = None
    while True:
        page = yield from _page(ctx, paging, args, token)
        yield Emit((page,))
        if (token := _token(paging, page)) is None:
            return None


def list_items(ctx: CallContext, paging: Paging, args: Mapping[str, Any]) -> Flow[None]:
    """Every item of a listing, page after page, each page's items emitted at once."""
    token: str | None = None
    while True:
        page = yield from _page(ctx, paging, args, token)
        yield Emit(getattr(page, paging.items))
        if (token := _token(paging, page)) is None:
            return None


# ----- events ------------------------------------------------------------------------------------
EVENTS = Paging(ops.LIST_EVENTS, "events")
RUNS = Paging(ops.LIST_RUNS, "executions", cursor="next_page_token", next="next_page_token")
EXECUTION_LOGS = Paging(ops.LIST_EXECUTION_LOGS, "results")
EventScope = Literal["activity", "workflow", "*"]


def event_filters(
    root_execution_id: str | None,
    execution_id: str | None,
    run_id: str | uuid.UUID | None,
    page_size: int | None,
) -> dict[str, Any]:
    """The generated ``list_events`` arguments, checked."""
    return _unset_none(
        {
            "root_workflow_exec_id": _text(root_execution_id, "root_execution_id"),
            "workflow_exec_id": _text(execution_id, "execution_id"),
            "workflow_run_id": None if run_id is None else str(check_uuid(run_id, "run_id")),
            "limit": check_page_size(page_size, 1000),
        }
    )


def stream_filters(
    *,
    workflow: str | None = None,
    execution_id: str | None = None,
    root_execution_id: str | None = None,
    parent_execution_id: str | None = None,
    activity_name: str | None = None,
    activity_id: str | None = None,
    event_types: Iterable[Any] | None = None,
    scope: object = None,
    metadata: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The generated ``stream_events`` arguments for these filters, checked."""
    from mistral_workflows_api.models.event_scope import EventScope as Scope
    from mistral_workflows_api.models.stream_events_metadata_filters import StreamEventsMetadataFilters
    from mistral_workflows_api.models.workflow_event_type import WorkflowEventType

    types = None
    if event_types is not None:
        names = [event_types] if isinstance(event_types, str) else event_types
        if not isinstance(names, Iterable):
            raise TypeError(f"event_types must be an iterable of event types, not {type(names).__name__}")
        types = [_choice(value, "event_types", WorkflowEventType) for value in names]
    metadata_filters = None
    if metadata is not None:
        if not isinstance(metadata, Mapping) or not all(isinstance(k, str) for k in metadata):
            raise TypeError("metadata must be a mapping of names to values")
        metadata_filters = StreamEventsMetadataFilters.from_dict(dict(metadata))
    return _unset_none(
        {
            "workflow_name": _text(workflow, "workflow"),
            "workflow_exec_id": _text(execution_id, "execution_id"),
            "root_workflow_exec_id": _text(root_execution_id, "root_execution_id"),
            "parent_workflow_exec_id": _text(parent_execution_id, "parent_execution_id"),
            "activity_name": _text(activity_name, "activity_name"),
            "activity_id": _text(activity_id, "activity_id"),
            "workflow_event_types": types,
            "scope": _choice(scope, "scope", Scope),
            "metadata_filters": metadata_filters,
        }
    )


def check_start_seq(start_seq: object) -> int | None:
    """Where a global stream starts: a sequence >= 0, or None (from the start)."""
    if start_seq is None:
        return None
    if isinstance(start_seq, bool) or not isinstance(start_seq, int) or start_seq < 0:
        raise ValueError(f"start_seq must be an int >= 0, not {start_seq!r}")
    return start_seq


# ----- workflows and registrations -------------------------------------------------------------------
WORKFLOWS = Paging(ops.LIST_WORKFLOWS, "workflows")
REGISTRATIONS = Paging(ops.LIST_REGISTRATIONS, "workflow_registrations")
WorkflowOrder = Literal["asc", "desc"]


def workflow_filters(
    *,
    search: str | None,
    archived: bool | None,
    tags: Iterable[str] | str | None,
    deployment: Iterable[str] | str | None,
    deployment_status: object,
    status: object,
    available_in_chat_assistant: bool | None,
    include_shared: bool,
    active_only: bool | None,
    sort_by: str | None,
    order: str,
    page_size: int | None,
) -> dict[str, Any]:
    """The generated ``list_workflows`` arguments for these filters, checked."""
    from mistral_workflows_api.models.activity_filter import ActivityFilter
    from mistral_workflows_api.models.list_workflows_order import ListWorkflowsOrder
    from mistral_workflows_api.models.workflow_sort_field import WorkflowSortField

    return _unset_none(
        {
            "search": _text(search, "search"),
            "archived": _flag(archived, "archived"),
            "tags": _strings(tags, "tags"),
            "deployment_name": _strings(deployment, "deployment"),
            "deployment_status": _choice(deployment_status, "deployment_status", ActivityFilter),
            "status": _statuses(status),
            "available_in_chat_assistant": _flag(available_in_chat_assistant, "available_in_chat_assistant"),
            "include_shared": _flag(include_shared, "include_shared"),
            "active_only": _flag(active_only, "active_only"),
            "sort_by": _choice(sort_by, "sort_by", WorkflowSortField),
            "order": _choice(order, "order", ListWorkflowsOrder),
            "limit": check_page_size(page_size, 1000),
        }
    )


def get_workflow(ctx: CallContext, workflow: str) -> Flow[WorkflowWithWorkerStatus]:
    answer: WorkflowGetResponse = yield from call_flow(
        ops.GET_WORKFLOW, ctx, workflow_identifier=check_workflow_name(workflow)
    )
    return answer.workflow


def update_workflow(ctx: CallContext, workflow: str, fields: Mapping[str, Any]) -> Flow[Workflow]:
    """Change the given fields of a workflow (None: left as it is)."""
    from mistral_workflows_api.models.workflow_update_request import WorkflowUpdateRequest

    check_workflow_name(workflow)
    changes = _unset_none(
        {
            "display_name": _text(fields.get("display_name"), "display_name"),
            "description": _text(fields.get("description"), "description"),
            "available_in_chat_assistant": _flag(
                fields.get("available_in_chat_assistant"), "available_in_chat_assistant"
            ),
            "tags": _strings(fields.get("tags"), "tags"),
        }
    )
    answer: WorkflowUpdateResponse = yield from call_flow(
        ops.UPDATE_WORKFLOW, ctx, workflow_identifier=workflow, body=WorkflowUpdateRequest(**changes)
    )
    return answer.workflow


def archive_workflow(ctx: CallContext, workflow: str, archive: bool) -> Flow[Workflow]:
    op = ops.ARCHIVE_WORKFLOW if archive else ops.UNARCHIVE_WORKFLOW
    answer: WorkflowArchiveResponse | WorkflowUnarchiveResponse = yield from call_flow(
        op, ctx, workflow_identifier=check_workflow_name(workflow)
    )
    return answer.workflow


def workflow_ids(ids: Iterable[str | uuid.UUID]) -> list[uuid.UUID]:
    """Workflow ids (UUIDs) for a bulk call, checked."""
    if isinstance(ids, str | uuid.UUID) or not isinstance(ids, Iterable):
        raise TypeError(f"workflow_ids must be an iterable of workflow ids, not {type(ids).__name__}")
    checked = [check_uuid(value, "workflow_ids") for value in ids]
    if not checked:
        raise ValueError("workflow_ids is empty")
    return checked


def bulk_archive(ctx: CallContext, ids: list[uuid.UUID]) -> Flow[WorkflowBulkArchiveResponse]:
    from mistral_workflows_api.models.workflow_bulk_archive_request import WorkflowBulkArchiveRequest

    body = WorkflowBulkArchiveRequest(workflow_ids=ids)
    answer: WorkflowBulkArchiveResponse = yield from call_flow(ops.BULK_ARCHIVE_WORKFLOWS, ctx, body=body)
    return answer


def bulk_unarchive(ctx: CallContext, ids: list[uuid.UUID]) -> Flow[WorkflowBulkUnarchiveResponse]:
    from mistral_workflows_api.models.workflow_bulk_unarchive_request import WorkflowBulkUnarchiveRequest

    body = WorkflowBulkUnarchiveRequest(workflow_ids=ids)
    answer: WorkflowBulkUnarchiveResponse = yield from call_flow(ops.BULK_UNARCHIVE_WORKFLOWS, ctx, body=body)
    return answer


def add_workflow_tags(ctx: CallContext, workflow: str, tags: Iterable[str] | str) -> Flow[None]:
    from mistral_workflows_api.models.workflow_tags_add_request import WorkflowTagsAddRequest

    check_workflow_name(workflow)
    names = _strings(tags, "tags") or []
    if not names:
        raise ValueError("tags is empty")
    body = WorkflowTagsAddRequest(tags=names)
    yield from call_flow(ops.ADD_WORKFLOW_TAGS, ctx, workflow_identifier=workflow, body=body)
    return None


def registration_filters(
    *,
    workflow_id: str | uuid.UUID | None,
    search: str | None,
    active_only: bool,
    archived: bool | None,
    with_workflow: bool,
    include_shared: bool,
    available_in_chat_assistant: bool | None,
    page_size: int | None,
) -> dict[str, Any]:
    """The generated ``list_registrations`` arguments for these filters, checked."""
    return _unset_none(
        {
            "workflow_id": None if workflow_id is None else check_uuid(workflow_id, "workflow_id"),
            "workflow_search": _text(search, "search"),
            "active_only": _flag(active_only, "active_only"),
            "archived": _flag(archived, "archived"),
            "with_workflow": _flag(with_workflow, "with_workflow"),
            "include_shared": _flag(include_shared, "include_shared"),
            "available_in_chat_assistant": _flag(available_in_chat_assistant, "available_in_chat_assistant"),
            "limit": check_page_size(page_size, 1000),
        }
    )


def get_registration(
    ctx: CallContext, registration_id: str | uuid.UUID, with_workflow: bool, include_shared: bool
) -> Flow[WorkflowRegistrationWithWorkerStatus]:
    answer: WorkflowRegistrationGetResponse = yield from call_flow(
        ops.GET_REGISTRATION,
        ctx,
        workflow_registration_id=check_uuid(registration_id, "registration_id"),
        with_workflow=_flag(with_workflow, "with_workflow"),
        include_shared=_flag(include_shared, "include_shared"),
    )
    return answer.workflow_registration


# ----- schedules -------------------------------------------------------------------------------------
SCHEDULES = Paging(ops.LIST_SCHEDULES, "schedules", cursor="next_page_token", next="next_page_token")
_CALENDAR_FIELDS = ("second", "minute", "hour", "day_of_month", "month", "year", "day_of_week")


def duration(value: object, name: str) -> str | None:
    """An ISO 8601 duration: a positive ``timedelta`` (written ``PT<seconds>S``) or its text."""
    if value is None or isinstance(value, str):
        if isinstance(value, str) and not value.startswith("P"):
            raise ValueError(
                f"{name} must be a timedelta or an ISO 8601 duration such as 'PT1H', not {value!r}"
            )
        return value
    if not isinstance(value, datetime.timedelta):
        raise TypeError(
            f"{name} must be a timedelta or an ISO 8601 duration string, not {type(value).__name__}"
        )
    if value <= datetime.timedelta(0):
        raise ValueError(f"{name} must be positive, not {value!r}")
    seconds = value.total_seconds()
    return f"PT{int(seconds)}S" if seconds == int(seconds) else f"PT{seconds}S"


def _ranges(value: object, name: str) -> list[dict[str, int]]:
    """A calendar field: an int, a ``range``, a ``{"start", "end", "step"}`` dict, or a list of them."""
    items = value if isinstance(value, list | tuple) else [value]
    ranges: list[dict[str, int]] = []
    for item in items:
        if isinstance(item, bool):
            raise TypeError(f"{name} must hold ints, ranges or dicts, not bool")
        if isinstance(item, int):
            ranges.append({"start": item})
        elif isinstance(item, range):
            if len(item) == 0:
                raise ValueError(f"{name} holds an empty range")
            ranges.append({"start": item.start, "end": item[-1], "step": item.step})
        elif isinstance(item, Mapping) and isinstance(item.get("start"), int):
            ranges.append(dict(item))
        else:
            raise TypeError(f"{name} must hold ints, ranges or {{'start': ...}} dicts, not {item!r}")
    return ranges


def calendar(value: object, name: str) -> dict[str, Any]:
    """A calendar spec: a generated ``ScheduleCalendar``, or a mapping of its fields, each an
    int, a ``range`` (``range(9, 18)``: 9 to 17), or a list of them:
    ``{"hour": 9, "day_of_week": range(1, 6)}``."""
    from mistral_workflows_api.models.schedule_calendar import ScheduleCalendar

    if isinstance(value, ScheduleCalendar):
        return value.to_dict()
    if not isinstance(value, Mapping):
        raise TypeError(f"{name} must be a ScheduleCalendar or a mapping, not {type(value).__name__}")
    spec: dict[str, Any] = {}
    for key, field in value.items():
        if key == "comment":
            spec[key] = _text(field, f"{name}['comment']")
        elif key in _CALENDAR_FIELDS:
            spec[key] = _ranges(field, f"{name}[{key!r}]")
        else:
            raise ValueError(f"{name} has no field {key!r} (fields: {', '.join(_CALENDAR_FIELDS)}, comment)")
    return spec


def _many(value: object) -> list[Any]:
    """One spec or a list (or tuple) of them."""
    return list(value) if isinstance(value, list | tuple) else [value]


def _interval(value: object, name: str) -> dict[str, Any]:
    from mistral_workflows_api.models.schedule_interval import ScheduleInterval

    if isinstance(value, ScheduleInterval):
        return value.to_dict()
    return {"every": duration(value, name)}


def overlap_policy(value: object) -> Any:
    """A ``ScheduleOverlapPolicy``: a member, or its name (``"skip"``, ``"buffer_one"``, ...)."""
    from mistral_workflows_api.models.schedule_overlap_policy import ScheduleOverlapPolicy

    if value is None or isinstance(value, ScheduleOverlapPolicy):
        return value
    members = ScheduleOverlapPolicy.__members__
    if isinstance(value, str) and value.upper() in members:
        return members[value.upper()]
    names = ", ".join(repr(name.lower()) for name in members)
    raise ValueError(f"overlap must be a ScheduleOverlapPolicy or one of {names}, not {value!r}")


def schedule_spec(fields: Mapping[str, Any], *, partial: bool) -> dict[str, Any]:
    """The ``ScheduleDefinition`` (or, ``partial``, ``PartialScheduleDefinition``) JSON of the
    keyword arguments of ``schedules.create`` / ``update``, checked; None means not given."""
    spec: dict[str, Any] = {}
    if fields.get("cron") is not None:
        spec["cron_expressions"] = _strings(fields["cron"], "cron")
    if fields.get("interval") is not None:
        spec["intervals"] = [_interval(item, "interval") for item in _many(fields["interval"])]
    if fields.get("calendar") is not None:
        spec["calendars"] = [calendar(item, "calendar") for item in _many(fields["calendar"])]
    if fields.get("skip") is not None:
        spec["skip"] = [calendar(item, "skip") for item in _many(fields["skip"])]
    if not partial and not any(key in spec for key in ("cron_expressions", "intervals", "calendars")):
        raise ValueError("a schedule needs cron=, interval= or calendar= (one or more of them)")
    for key in ("cron_expressions", "intervals", "calendars"):
        if key in spec and not spec[key]:
            raise ValueError(f"{key} is empty")
    if "input" in fields and (fields["input"] is not None or not partial):
        spec["input"] = fields["input"]
    for key, name in (("start_at", "start_at"), ("end_at", "end_at")):
        if fields.get(name) is not None:
            spec[key] = _aware(fields[name], name).isoformat()  # type: ignore[union-attr]
    if fields.get("jitter") is not None:
        spec["jitter"] = duration(fields["jitter"], "jitter")
    if fields.get("time_zone") is not None:
        spec["time_zone_name"] = _text(fields["time_zone"], "time_zone")
    max_executions = fields.get("max_executions")
    if max_executions is not None:
        if isinstance(max_executions, bool) or not isinstance(max_executions, int) or max_executions < 1:
            raise ValueError(f"max_executions must be an int >= 1, not {max_executions!r}")
        spec["max_executions"] = max_executions
    policy: dict[str, Any] = {}
    if fields.get("overlap") is not None:
        policy["overlap"] = overlap_policy(fields["overlap"]).value
    if fields.get("pause_on_failure") is not None:
        policy["pause_on_failure"] = _flag(fields["pause_on_failure"], "pause_on_failure")
    window = fields.get("catchup_window")
    if window is not None:
        if not isinstance(window, datetime.timedelta) or window <= datetime.timedelta(0):
            raise ValueError(f"catchup_window must be a positive timedelta, not {window!r}")
        policy["catchup_window_seconds"] = int(window.total_seconds())
    if policy:
        spec["policy"] = policy
    return spec


def create_schedule(
    ctx: CallContext,
    workflow: str | None,
    registration_id: str | uuid.UUID | None,
    schedule_id: str | None,
    deployment_name: str | None,
    spec: Mapping[str, Any],
) -> Flow[str]:
    """Create a schedule of ``workflow`` (or of a registration); returns its id."""
    from mistral_workflows_api.models.schedule_definition import ScheduleDefinition
    from mistral_workflows_api.models.workflow_schedule_request import WorkflowScheduleRequest

    if (workflow is None) == (registration_id is None):
        raise ValueError("give a workflow, or registration_id=, not both")
    body = WorkflowScheduleRequest.from_dict(
        _unset_none(
            {
                "schedule": ScheduleDefinition.from_dict(dict(spec)).to_dict(),
                "workflow_identifier": None if workflow is None else check_workflow_name(workflow),
                "workflow_registration_id": None
                if registration_id is None
                else str(check_uuid(registration_id, "registration_id")),
                "schedule_id": None
                if schedule_id is None
                else check_identifier(schedule_id, "schedule_id", "schedule id"),
                "deployment_name": _text(deployment_name, "deployment_name"),
            }
        )
    )
    answer: WorkflowScheduleResponse = yield from call_flow(ops.CREATE_SCHEDULE, ctx, body=body)
    return answer.schedule_id


def schedule_filters(
    workflow: str | None, status: object, search: str | None, user_id: str | None, page_size: int | None
) -> dict[str, Any]:
    """The generated ``list_schedules`` arguments, checked."""
    from mistral_workflows_api.models.schedule_status import ScheduleStatus

    return _unset_none(
        {
            "workflow_name": _text(workflow, "workflow"),
            "status": _choice(status, "status", ScheduleStatus),
            "search": _text(search, "search"),
            "user_id": _text(user_id, "user_id"),
            "page_size": check_page_size(page_size, 1000),
        }
    )


def get_schedule(ctx: CallContext, schedule_id: str) -> Flow[ScheduleDefinitionOutput]:
    schedule: ScheduleDefinitionOutput = yield from call_flow(ops.GET_SCHEDULE, ctx, schedule_id=schedule_id)
    return schedule


def update_schedule(ctx: CallContext, schedule_id: str, spec: Mapping[str, Any]) -> Flow[None]:
    from mistral_workflows_api.models.partial_schedule_definition import PartialScheduleDefinition
    from mistral_workflows_api.models.workflow_schedule_update_request import WorkflowScheduleUpdateRequest

    if not spec:
        raise ValueError("nothing to update: give at least one field")
    body = WorkflowScheduleUpdateRequest(schedule=PartialScheduleDefinition.from_dict(dict(spec)))
    yield from call_flow(ops.UPDATE_SCHEDULE, ctx, schedule_id=schedule_id, body=body)
    return None


def pause_schedule(ctx: CallContext, schedule_id: str, pause: bool, note: str | None) -> Flow[None]:
    from mistral_workflows_api.models.workflow_schedule_pause_request import WorkflowSchedulePauseRequest

    body = WorkflowSchedulePauseRequest(**_unset_none({"note": _text(note, "note")}))
    op = ops.PAUSE_SCHEDULE if pause else ops.RESUME_SCHEDULE
    yield from call_flow(op, ctx, schedule_id=schedule_id, body=body)
    return None


def trigger_schedule(ctx: CallContext, schedule_id: str, overlap: object) -> Flow[None]:
    from mistral_workflows_api.models.workflow_schedule_trigger_request import WorkflowScheduleTriggerRequest

    body = WorkflowScheduleTriggerRequest(**_unset_none({"overlap": overlap_policy(overlap)}))
    yield from call_flow(ops.TRIGGER_SCHEDULE, ctx, schedule_id=schedule_id, body=body)
    return None


def delete_schedule(ctx: CallContext, schedule_id: str) -> Flow[None]:
    yield from call_flow(ops.DELETE_SCHEDULE, ctx, schedule_id=schedule_id)
    return None


# ----- deployments ----------------------------------------------------------------------------------
DEPLOYMENTS = Paging(ops.LIST_DEPLOYMENTS, "deployments")
WORKERS = Paging(ops.LIST_DEPLOYMENT_WORKERS, "workers")
DEPLOYMENT_LOGS = Paging(ops.LIST_DEPLOYMENT_LOGS, "results")
_RESOURCE_FIELDS = ("replicas", "cpu_request", "cpu_limit", "memory_request", "memory_limit")


def deployment_filters(
    *,
    active_only: bool,
    hardened: bool | None,
    workflow: str | None,
    search: str | None,
    sort_by: str | None,
    order: str,
    workspace_id: str | uuid.UUID | None,
    page_size: int | None,
) -> dict[str, Any]:
    """The generated ``list_deployments`` arguments, checked."""
    from mistral_workflows_api.models.deployment_sort_field import DeploymentSortField
    from mistral_workflows_api.models.list_deployments_order import ListDeploymentsOrder

    return _unset_none(
        {
            "active_only": _flag(active_only, "active_only"),
            "is_hardened": _flag(hardened, "hardened"),
            "workflow_name": _text(workflow, "workflow"),
            "search": _text(search, "search"),
            "order_by": _choice(sort_by, "sort_by", DeploymentSortField),
            "order": _choice(order, "order", ListDeploymentsOrder),
            "workspace_id": None if workspace_id is None else check_uuid(workspace_id, "workspace_id"),
            "limit": check_page_size(page_size, 100),
        }
    )


def resources(value: object) -> dict[str, Any] | None:
    """Replicas and CPU / memory requests and limits: a mapping of them, or None."""
    if value is None:
        return None
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        value = to_dict()
    if not isinstance(value, Mapping):
        raise TypeError(f"resources must be a mapping, not {type(value).__name__}")
    unknown = set(value) - set(_RESOURCE_FIELDS)
    if unknown:
        raise ValueError(
            f"resources has no field {sorted(unknown)[0]!r} (fields: {', '.join(_RESOURCE_FIELDS)})"
        )
    return dict(value)


def worker_spec(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The worker spec fields given (None: not given), checked."""
    return _unset_none(
        {
            name: _text(fields.get(name), name)
            for name in ("github_url", "revision", "entrypoint", "working_dir")
        }
    )


def create_deployment(
    ctx: CallContext,
    name: str,
    spec: Mapping[str, Any],
    resource_config: Mapping[str, Any] | None,
    hardened: bool,
) -> Flow[ManagedDeploymentResponse]:
    from mistral_workflows_api.models.create_deployment_request import CreateDeploymentRequest

    check_identifier(name, "name", "deployment name")
    if not spec.get("github_url"):
        raise ValueError("github_url is required to create a deployment")
    body = CreateDeploymentRequest.from_dict(
        _unset_none(
            {
                "name": name,
                "spec": dict(spec),
                "resources": resource_config,
                "hardened": _flag(hardened, "hardened"),
            }
        )
    )
    created: ManagedDeploymentResponse = yield from call_flow(ops.CREATE_DEPLOYMENT, ctx, body=body)
    return created


def update_deployment(
    ctx: CallContext, name: str, spec: Mapping[str, Any], resource_config: Mapping[str, Any] | None
) -> Flow[ManagedDeploymentResponse]:
    from mistral_workflows_api.models.update_deployment_request import UpdateDeploymentRequest

    if not spec and resource_config is None:
        raise ValueError("nothing to update: give a spec field or resources=")
    body = UpdateDeploymentRequest.from_dict(
        _unset_none({"spec": dict(spec) or None, "resources": resource_config})
    )
    updated: ManagedDeploymentResponse = yield from call_flow(
        ops.UPDATE_DEPLOYMENT, ctx, name=name, body=body
    )
    return updated


def get_deployment(ctx: CallContext, name: str, workflow: str | None) -> Flow[DeploymentDetailResponse]:
    deployment: DeploymentDetailResponse = yield from call_flow(
        ops.GET_DEPLOYMENT, ctx, name=name, **_unset_none({"workflow_name": _text(workflow, "workflow")})
    )
    return deployment


def deployment_action(ctx: CallContext, op: ops.Operation, name: str) -> Flow[ManagedDeploymentResponse]:
    """Delete, start, stop or restart a deployment (``op``)."""
    answer: ManagedDeploymentResponse = yield from call_flow(op, ctx, name=name)
    return answer


def deployment_archive(ctx: CallContext, name: str) -> Flow[DeploymentArchiveResponse]:
    archive: DeploymentArchiveResponse = yield from call_flow(ops.GET_DEPLOYMENT_ARCHIVE, ctx, name=name)
    return archive


def unharden_deployment(
    ctx: CallContext, deployment_id: str, workspace_id: str | uuid.UUID | None
) -> Flow[None]:
    args = _unset_none(
        {"workspace_id": None if workspace_id is None else check_uuid(workspace_id, "workspace_id")}
    )
    yield from call_flow(
        ops.UNHARDEN_DEPLOYMENT,
        ctx,
        deployment_id=check_identifier(deployment_id, "deployment_id", "deployment id"),
        **args,
    )
    return None


def worker_filters(name: str, status: object, page_size: int | None) -> dict[str, Any]:
    from mistral_workflows_api.models.activity_filter import ActivityFilter

    return _unset_none(
        {
            "name": name,
            "worker_status": _choice(status, "status", ActivityFilter),
            "limit": check_page_size(page_size, 100),
        }
    )


def deployment_log_filters(
    name: str,
    *,
    worker: str | None,
    workflow: str | None,
    after: datetime.datetime | None,
    before: datetime.datetime | None = None,
    order: str | None = None,
    page_size: int | None = None,
) -> dict[str, Any]:
    """The generated ``list_deployment_logs`` (or, without ``before``, ``order`` and
    ``page_size``, ``stream_deployment_logs``) arguments, checked."""
    from mistral_workflows_api.models.list_deployment_logs_order import ListDeploymentLogsOrder

    return _unset_none(
        {
            "name": name,
            "worker_name": _text(worker, "worker"),
            "workflow_name": _text(workflow, "workflow"),
            "after": _aware(after, "after"),
            "before": _aware(before, "before"),
            "order": _choice(order, "order", ListDeploymentLogsOrder),
            "limit": check_page_size(page_size, 100),
        }
    )


# ----- metrics ------------------------------------------------------------------------------------
def workflow_metrics(
    ctx: CallContext, workflow: str, start: datetime.datetime | None, end: datetime.datetime | None
) -> Flow[WorkflowMetrics]:
    args = _unset_none({"start_time": _aware(start, "start"), "end_time": _aware(end, "end")})
    if start is not None and end is not None and end < start:
        raise ValueError("end must not be before start")
    metrics: WorkflowMetrics = yield from call_flow(
        ops.GET_WORKFLOW_METRICS, ctx, workflow_name=check_workflow_name(workflow), **args
    )
    return metrics
