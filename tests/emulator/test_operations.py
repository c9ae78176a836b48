"""History, traces, logs, batch, reset, errors and auth, through the generated client."""

from __future__ import annotations

import datetime
import uuid
from collections.abc import Callable
from typing import Any

import pytest

from mistral_workflows_api import AuthenticatedClient, Client
from mistral_workflows_api.api.executions import (
    batch_cancel_executions,
    batch_terminate_executions,
    cancel_execution,
    get_execution,
    get_execution_history,
    get_trace_events,
    get_trace_info,
    get_trace_otel,
    get_trace_summary,
    list_execution_logs,
    query_execution,
    reset_execution,
    signal_execution,
    stream_execution,
    stream_execution_logs,
    terminate_execution,
    update_execution,
)
from mistral_workflows_api.models import (
    BatchExecutionBody,
    BatchExecutionResponse,
    ErrorResponse,
    ExecutionLogRecord,
    ExecutionLogSearchResponse,
    ExecutionTraceInfoResponse,
    HTTPValidationError,
    ListExecutionLogsOrder,
    QueryInvocationBody,
    QueryWorkflowResponse,
    ResetInvocationBody,
    SignalInvocationBody,
    SignalInvocationBodyInputType1,
    TempoGetTraceResponse,
    UpdateInvocationBody,
    UpdateInvocationBodyInputType1,
    WorkflowExecutionProgressTraceEvent,
    WorkflowExecutionResponse,
    WorkflowExecutionStatus,
    WorkflowExecutionTraceEvent,
    WorkflowExecutionTraceEventsResponse,
    WorkflowExecutionTraceOTelResponse,
    WorkflowExecutionTraceSummaryResponse,
    WorkflowExecutionTraceSummarySpan,
)
from mistral_workflows_api.types import UNSET
from mistral_workflows_emulator import RunningEmulator, running_emulator

from .support import (
    history_events,
    new_id,
    parse_sse,
    parsed,
    run_to_end,
    start,
    stream_frames,
    wait_for_status,
)

N = 3
COUNTDOWN: dict[str, Any] = {"n": N, "interval": 0.1}


def _finished_countdown(client: AuthenticatedClient) -> str:
    result = run_to_end(client, "countdown", COUNTDOWN)
    return result.execution_id


def _history_events(client: AuthenticatedClient, execution_id: str) -> list[dict[str, Any]]:
    """The current run's Temporal history events, payloads decoded."""
    return history_events(client, execution_id)


def _stream_events(client: AuthenticatedClient, execution_id: str) -> list[dict[str, Any]]:
    """The API events of the execution, from its (finished) stream."""
    return [frame.json()["data"] for frame in stream_frames(client, execution_id)]


def _ids(history: list[dict[str, Any]], event_type: str) -> list[int]:
    return [int(e["eventId"]) for e in history if e["eventType"] == f"EVENT_TYPE_{event_type}"]


def _attributes(event: dict[str, Any]) -> dict[str, Any]:
    (attributes,) = (value for key, value in event.items() if key.endswith("EventAttributes"))
    return dict(attributes)


def _all_logs(client: AuthenticatedClient, execution_id: str, **filters: Any) -> list[ExecutionLogRecord]:
    records: list[ExecutionLogRecord] = []
    cursor: str | None = None
    while True:
        page = parsed(
            list_execution_logs.sync_detailed(
                execution_id, client=client, limit=3, cursor=cursor or UNSET, **filters
            ),
            ExecutionLogSearchResponse,
        )
        assert len(page.results) <= 3
        records += page.results
        if not isinstance(page.next_cursor, str):
            return records
        cursor = page.next_cursor


def _event_id(record: ExecutionLogRecord) -> int:
    return int(record.log_attributes["event_id"])


# ----- history and traces ---------------------------------------------------------------


def test_history_agrees_with_the_stream(client: AuthenticatedClient) -> None:
    execution_id = _finished_countdown(client)

    history = _history_events(client, execution_id)
    stream = _stream_events(client, execution_id)

    def stream_values(event_type: str, key: str) -> list[Any]:
        return [e["attributes"][key]["value"] for e in stream if e["event_type"] == event_type]

    def history_values(event_type: str, key: str) -> list[Any]:
        return [
            _attributes(e)[key]["payloads"][0]
            for e in history
            if e["eventType"] == f"EVENT_TYPE_{event_type}"
        ]

    assert [int(e["eventId"]) for e in history] == list(range(1, len(history) + 1))
    assert history_values("ACTIVITY_TASK_COMPLETED", "result") == stream_values(
        "ACTIVITY_TASK_COMPLETED", "result"
    )
    assert history_values("ACTIVITY_TASK_SCHEDULED", "input") == stream_values(
        "ACTIVITY_TASK_STARTED", "input"
    )
    assert history_values("WORKFLOW_EXECUTION_COMPLETED", "result") == [{"counted": N}]
    assert history_values("WORKFLOW_EXECUTION_STARTED", "input") == stream_values(
        "WORKFLOW_EXECUTION_STARTED", "input"
    )


def test_traces_agree_with_the_events(client: AuthenticatedClient) -> None:
    execution_id = _finished_countdown(client)
    n = N

    info = parsed(get_trace_info.sync_detailed(execution_id, client=client), ExecutionTraceInfoResponse)
    otel = parsed(
        get_trace_otel.sync_detailed(execution_id, client=client), WorkflowExecutionTraceOTelResponse
    )
    summary = parsed(
        get_trace_summary.sync_detailed(execution_id, client=client),
        WorkflowExecutionTraceSummaryResponse,
    )

    assert info.has_trace_data is True
    assert otel.otel_trace_id == info.otel_trace_id
    assert otel.status == summary.status == "COMPLETED"
    assert otel.result == summary.result == {"counted": n}
    assert isinstance(otel.otel_trace_data, TempoGetTraceResponse)
    spans = otel.otel_trace_data.to_dict()["batches"][0]["scopeSpans"][0]["spans"]
    assert {span["traceId"] for span in spans} == {info.otel_trace_id}
    root, *children = spans
    assert root["parentSpanId"] is None
    assert [span["name"] for span in children] == ["progress"] + ["tick"] * n
    assert {span["parentSpanId"] for span in children} == {root["spanId"]}
    tree = summary.span_tree
    assert isinstance(tree, WorkflowExecutionTraceSummarySpan)
    assert tree.to_dict()["span_id"] == root["spanId"]
    assert [child["span_id"] for child in tree.to_dict()["children"]] == [span["spanId"] for span in children]


def test_trace_events_fold_and_show_internal_events_on_request(
    client: AuthenticatedClient,
) -> None:
    execution_id = _finished_countdown(client)
    n = N

    def trace_events(**flags: bool) -> list[Any]:
        response = get_trace_events.sync_detailed(execution_id, client=client, **flags)
        events = parsed(response, WorkflowExecutionTraceEventsResponse).events
        assert isinstance(events, list)
        return events

    plain = trace_events()
    merged = trace_events(merge_same_id_events=True)
    everything = trace_events(include_internal_events=True)

    history = _stream_events(client, execution_id)
    task_events = [e for e in history if not e["event_type"].startswith("WORKFLOW_")]
    assert len(plain) == len(task_events) == 2 * n + (n + 2)
    assert all(isinstance(e, WorkflowExecutionTraceEvent) and not e.internal for e in plain)
    assert len(merged) == n + 1
    assert all(isinstance(e, WorkflowExecutionProgressTraceEvent) for e in merged)
    assert {e.status for e in merged if isinstance(e, WorkflowExecutionProgressTraceEvent)} == {"COMPLETED"}
    internal = [e for e in everything if e.internal]
    assert len(internal) == 2
    assert len(everything) == len(history)


# ----- logs -----------------------------------------------------------------------------------


def test_logs_page_through_every_event_in_both_orders(client: AuthenticatedClient) -> None:
    execution_id = _finished_countdown(client)
    count = len(_stream_events(client, execution_id))

    ascending = _all_logs(client, execution_id)
    descending = _all_logs(client, execution_id, order=ListExecutionLogsOrder.DESC)

    assert [_event_id(r) for r in ascending] == list(range(1, count + 1))
    assert [_event_id(r) for r in descending] == list(range(count, 0, -1))
    timestamps = [r.timestamp for r in ascending]
    assert timestamps == sorted(timestamps)


def test_logs_filter_by_activity_run_and_time(client: AuthenticatedClient) -> None:
    renewed = run_to_end(client, "renew", {"times": 1, "interval": 0.1})
    execution_id = renewed.execution_id
    records = _all_logs(client, execution_id)
    activity_id = next(r.log_attributes["activity_id"] for r in records if "activity_id" in r.log_attributes)
    last_run = records[-1].log_attributes["run_id"]

    by_activity = _all_logs(client, execution_id, activity_id=activity_id)
    by_run = _all_logs(client, execution_id, run_id=uuid.UUID(last_run))
    after = _all_logs(client, execution_id, after=records[1].timestamp)
    before = _all_logs(client, execution_id, before=records[2].timestamp)

    assert [r.log_attributes["event_type"] for r in by_activity] == [
        "ACTIVITY_TASK_STARTED",
        "ACTIVITY_TASK_COMPLETED",
    ]
    assert by_run and {r.log_attributes["run_id"] for r in by_run} == {last_run}
    assert len(by_run) < len(records)
    assert after == records[2:]
    assert before == records[:2]


@pytest.mark.parametrize("limit", [0, 101])
def test_logs_limit_is_bounded(client: AuthenticatedClient, limit: int) -> None:
    execution_id = _finished_countdown(client)

    response = list_execution_logs.sync_detailed(execution_id, client=client, limit=limit)

    error = parsed(response, HTTPValidationError, 422)
    assert error.to_dict()["detail"][0]["loc"] == ["query", "limit"]


def test_logs_stream_replays_then_resumes_after_the_given_id(
    client: AuthenticatedClient,
) -> None:
    execution_id = _finished_countdown(client)
    records = _all_logs(client, execution_id)

    full = parsed(stream_execution_logs.sync_detailed(execution_id, client=client), str)
    resumed = parsed(
        stream_execution_logs.sync_detailed(
            execution_id, client=client, last_event_id_header="4", last_event_id_query="1"
        ),
        str,
    )

    frames = parse_sse(full)[0]
    assert {frame.event for frame in frames} == {"log"}
    assert [ExecutionLogRecord.from_dict(frame.json()) for frame in frames] == records
    assert [frame.id for frame in frames] == [str(_event_id(r)) for r in records]
    assert [frame.id for frame in parse_sse(resumed)[0]] == [str(_event_id(r)) for r in records[4:]]


# ----- batch ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("batch", "final_status"),
    [
        (batch_cancel_executions.sync_detailed, "CANCELED"),
        (batch_terminate_executions.sync_detailed, "TERMINATED"),
    ],
)
def test_batch_reports_each_id(
    client: AuthenticatedClient, batch: Callable[..., Any], final_status: str
) -> None:
    running = start(client, "forever").execution_id
    finished = _finished_countdown(client)
    unknown = new_id("unknown")

    response = batch(client=client, body=BatchExecutionBody(execution_ids=[running, finished, unknown]))

    results = parsed(response, BatchExecutionResponse).to_dict()["results"]
    assert results[running] == {"status": "success", "error": None}
    assert results[finished]["status"] == "failure"
    assert "already finished" in results[finished]["error"]
    assert results[unknown] == {"status": "failure", "error": "execution not found"}
    wait_for_status(client, running, {final_status})


def test_batch_beyond_the_cap_is_refused(client: AuthenticatedClient, emulator: RunningEmulator) -> None:
    emulator.options.batch_cap = 2
    try:
        response = batch_cancel_executions.sync_detailed(
            client=client, body=BatchExecutionBody(execution_ids=["a", "b", "c"])
        )
    finally:
        emulator.options.batch_cap = 100

    error = parsed(response, HTTPValidationError, 422)
    assert error.to_dict()["detail"][0]["loc"] == ["body", "execution_ids"]


# ----- reset ------------------------------------------------------------------------------------


def _reset(client: AuthenticatedClient, execution_id: str, event_id: int, **flags: bool) -> int:
    body = ResetInvocationBody(
        event_id=event_id,
        exclude_signals=flags.get("exclude_signals", False),
        exclude_updates=flags.get("exclude_updates", False),
    )
    return reset_execution.sync_detailed(execution_id, client=client, body=body).status_code


def _first_task(client: AuthenticatedClient, execution_id: str) -> int:
    """The id of the first WORKFLOW_TASK_COMPLETED: a reset there re-runs all but the start."""
    return _ids(_history_events(client, execution_id), "WORKFLOW_TASK_COMPLETED")[0]


def _value(client: AuthenticatedClient, execution_id: str) -> Any:
    response = query_execution.sync_detailed(
        execution_id, client=client, body=QueryInvocationBody(name="value")
    )
    assert response.status_code == 200, response.content
    return response.parsed.result  # type: ignore[union-attr]


def _counter_with_history(client: AuthenticatedClient) -> str:
    """A counter at 10 + 5 (update) + 100 (signal), received after its first workflow task."""
    execution_id = start(client, "counter", {"start": 10}).execution_id
    update = UpdateInvocationBody(
        name="increment", input_=UpdateInvocationBodyInputType1.from_dict({"by": 5})
    )
    assert update_execution.sync_detailed(execution_id, client=client, body=update).status_code == 200
    signal = SignalInvocationBody(name="add", input_=SignalInvocationBodyInputType1.from_dict({"by": 100}))
    assert signal_execution.sync_detailed(execution_id, client=client, body=signal).status_code == 202
    return execution_id


@pytest.mark.parametrize(
    ("flags", "value"),
    [
        ({}, 115),
        ({"exclude_updates": True}, 110),
        ({"exclude_signals": True}, 15),
        ({"exclude_signals": True, "exclude_updates": True}, 10),
    ],
)
def test_reset_replays_signals_and_updates_unless_excluded(
    client: AuthenticatedClient, flags: dict[str, bool], value: int
) -> None:
    execution_id = _counter_with_history(client)
    assert _value(client, execution_id) == 115
    before = parsed(get_execution.sync_detailed(execution_id, client=client), WorkflowExecutionResponse)

    assert _reset(client, execution_id, _first_task(client, execution_id), **flags) == 204

    after = parsed(get_execution.sync_detailed(execution_id, client=client), WorkflowExecutionResponse)
    assert after.status == "RUNNING"
    assert after.run_id != before.run_id
    assert _value(client, execution_id) == value


def test_reset_keeps_the_history_to_the_point_and_reruns_from_there(
    client: AuthenticatedClient,
) -> None:
    execution = start(client, "countdown", {"n": 400, "interval": 0.5, "custom_tasks": False})
    execution_id = execution.execution_id
    first = _history_events(client, execution_id)
    while len(_ids(first, "WORKFLOW_TASK_COMPLETED")) < 2:
        first = _history_events(client, execution_id)
    point = _ids(first, "WORKFLOW_TASK_COMPLETED")[1]

    assert _reset(client, execution_id, point) == 204

    after = parsed(get_execution.sync_detailed(execution_id, client=client), WorkflowExecutionResponse)
    history = _history_events(client, execution_id)
    # Kept: everything before the task's completion; then the reset fails that task, it runs again.
    assert history[: point - 1] == first[: point - 1]
    reset = history[point - 1]
    assert reset["eventType"] == "EVENT_TYPE_WORKFLOW_TASK_FAILED"
    assert _attributes(reset)["cause"] == "WORKFLOW_TASK_FAILED_CAUSE_RESET_WORKFLOW"
    assert _attributes(reset)["baseRunId"] == execution.run_id
    assert _attributes(reset)["newRunId"] == after.run_id
    assert [e["eventType"].removeprefix("EVENT_TYPE_") for e in history[point : point + 4]] == [
        "WORKFLOW_TASK_SCHEDULED",
        "WORKFLOW_TASK_STARTED",
        "WORKFLOW_TASK_COMPLETED",
        "ACTIVITY_TASK_SCHEDULED",
    ]
    assert [int(e["eventId"]) for e in history] == list(range(1, len(history) + 1))
    terminate_execution.sync_detailed(execution_id, client=client)


def test_reset_then_completes_with_the_whole_count(client: AuthenticatedClient) -> None:
    execution = start(client, "countdown", {"n": 3, "interval": 0.5, "custom_tasks": False})
    execution_id = execution.execution_id
    assert _reset(client, execution_id, _first_task(client, execution_id)) == 204

    final = wait_for_status(client, execution_id, {"COMPLETED"})

    assert final.result == {"counted": 3}
    history = _history_events(client, execution_id)
    assert len(_ids(history, "ACTIVITY_TASK_COMPLETED")) == 3
    assert [int(e["eventId"]) for e in history] == list(range(1, len(history) + 1))
    stream_ids = [int(e["event_id"]) for e in _stream_events(client, execution_id)]
    assert stream_ids == sorted(set(stream_ids))


@pytest.mark.parametrize("event_id", [0, 1, 2, 99_999, -1])
def test_reset_to_anything_but_a_workflow_task_event_is_refused(
    client: AuthenticatedClient, event_id: int
) -> None:
    execution_id = start(client, "approval").execution_id

    response = reset_execution.sync_detailed(
        execution_id, client=client, body=ResetInvocationBody(event_id=event_id)
    )

    error = parsed(response, HTTPValidationError, 422).to_dict()["detail"][0]
    assert error["loc"] == ["body", "event_id"]
    assert "valid: 3, 4" in error["msg"]


# ----- errors -------------------------------------------------------------------------------------


def _operations(client: AuthenticatedClient) -> dict[str, Callable[[str], Any]]:
    """Every operation on one execution id, with a well-formed request."""
    return {
        "get": lambda i: get_execution.sync_detailed(i, client=client),
        "history": lambda i: get_execution_history.sync_detailed(i, client=client),
        "signal": lambda i: signal_execution.sync_detailed(
            i, client=client, body=SignalInvocationBody(name="approve")
        ),
        "query": lambda i: query_execution.sync_detailed(
            i, client=client, body=QueryInvocationBody(name="value")
        ),
        "update": lambda i: update_execution.sync_detailed(
            i, client=client, body=UpdateInvocationBody(name="increment")
        ),
        "cancel": lambda i: cancel_execution.sync_detailed(i, client=client),
        "terminate": lambda i: terminate_execution.sync_detailed(i, client=client),
        "reset": lambda i: reset_execution.sync_detailed(
            i, client=client, body=ResetInvocationBody(event_id=4)
        ),
        "trace_info": lambda i: get_trace_info.sync_detailed(i, client=client),
        "trace_otel": lambda i: get_trace_otel.sync_detailed(i, client=client),
        "trace_summary": lambda i: get_trace_summary.sync_detailed(i, client=client),
        "trace_events": lambda i: get_trace_events.sync_detailed(i, client=client),
        "stream": lambda i: stream_execution.sync_detailed(i, client=client),
        "logs": lambda i: list_execution_logs.sync_detailed(i, client=client),
        "logs_stream": lambda i: stream_execution_logs.sync_detailed(i, client=client),
    }


OPERATIONS = list(_operations(AuthenticatedClient(base_url="http://unused", token="x")))
ACTIONS = ["signal", "update", "cancel", "terminate"]


@pytest.mark.parametrize("operation", OPERATIONS)
def test_unknown_execution_is_not_found_everywhere(client: AuthenticatedClient, operation: str) -> None:
    unknown = new_id("missing")

    response = _operations(client)[operation](unknown)

    assert unknown in parsed(response, ErrorResponse, 404).detail


@pytest.mark.parametrize("operation", ACTIONS)
def test_acting_on_a_finished_execution_is_a_conflict(client: AuthenticatedClient, operation: str) -> None:
    execution_id = _finished_countdown(client)

    response = _operations(client)[operation](execution_id)

    assert "COMPLETED" in parsed(response, ErrorResponse, 409).detail


def test_a_finished_execution_can_be_reset_and_runs_again(client: AuthenticatedClient) -> None:
    execution_id = _finished_countdown(client)
    before = get_execution.sync(execution_id, client=client)
    assert isinstance(before, WorkflowExecutionResponse)

    assert _reset(client, execution_id, _first_task(client, execution_id)) == 204

    after = get_execution.sync(execution_id, client=client)
    assert isinstance(after, WorkflowExecutionResponse)
    assert after.run_id != before.run_id
    assert after.status in (WorkflowExecutionStatus.RUNNING, WorkflowExecutionStatus.COMPLETED)


def test_a_finished_execution_still_answers_queries(client: AuthenticatedClient) -> None:
    execution_id = _finished_countdown(client)

    response = query_execution.sync_detailed(
        execution_id, client=client, body=QueryInvocationBody(name="remaining")
    )

    assert parsed(response, QueryWorkflowResponse).result == 0


@pytest.mark.parametrize("operation", ["signal", "query", "update"])
def test_unknown_handler_names_are_refused(client: AuthenticatedClient, operation: str) -> None:
    execution_id = start(client, "forever").execution_id

    response = _operations(client)[operation](execution_id)

    error = parsed(response, HTTPValidationError, 422)
    assert error.to_dict()["detail"][0]["loc"] == ["body", "name"]


@pytest.mark.parametrize(
    "execution_id",
    ["a/b", "a%2Fb", "with space", "ünïcødé-✓", "q?x=1#frag", "..dots..", "semi;colon", "x" * 256],
)
def test_odd_ids_round_trip(client: AuthenticatedClient, execution_id: str) -> None:
    start(client, "countdown", {"n": 1, "interval": 0}, execution_id=execution_id)

    final = wait_for_status(client, execution_id, {"COMPLETED"})

    assert final.execution_id == execution_id
    frames = stream_frames(client, execution_id)
    assert {frame.json()["data"]["workflow_exec_id"] for frame in frames} == {execution_id}


# ----- auth ----------------------------------------------------------------------------------------


def test_a_request_without_a_key_is_unauthorized(emulator: RunningEmulator) -> None:
    with Client(base_url=emulator.base_url) as anonymous:
        response = get_execution.sync_detailed("anything", client=anonymous)

    assert parsed(response, ErrorResponse, 401).detail
    assert response.headers["www-authenticate"] == "Bearer"


def test_a_configured_key_is_the_only_one_accepted() -> None:
    with (
        running_emulator(api_key="s3cret") as emu,
        AuthenticatedClient(base_url=emu.base_url, token="other") as wrong,
        AuthenticatedClient(base_url=emu.base_url, token="s3cret") as right,
    ):
        refused = get_execution.sync_detailed("missing", client=wrong)
        accepted = get_execution.sync_detailed("missing", client=right)

    assert refused.status_code == 401
    assert accepted.status_code == 404


def test_execution_fields_are_complete_while_running_and_after(
    client: AuthenticatedClient,
) -> None:
    execution = start(client, "approval")
    assert execution.end_time is None
    assert execution.total_duration_ms is None
    assert execution.run_id

    signal_execution.sync_detailed(
        execution.execution_id, client=client, body=SignalInvocationBody(name="approve")
    )
    final = wait_for_status(client, execution.execution_id, {"COMPLETED"})

    assert isinstance(final.end_time, datetime.datetime)
    assert final.end_time >= final.start_time
    assert isinstance(final.total_duration_ms, int)
