"""Values the server may add later parse instead of raising, and are kept as they came.

Statuses, span kinds, trace event types, progress statuses and encoding options are open
enums (``Enum | str``); an event type the document does not know becomes an
``UnknownWorkflowEvent``. Known values still come back as the enum member or the event model.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from mistral_workflows_api.api.executions import get_execution, get_trace_events, get_trace_otel
from mistral_workflows_api.client import AuthenticatedClient
from mistral_workflows_api.models import (
    ActivityTaskCompletedResponse,
    ActivityTaskFailedResponse,
    ActivityTaskRetryingResponse,
    ActivityTaskStartedResponse,
    CustomTaskCanceledResponse,
    CustomTaskCompletedResponse,
    CustomTaskFailedResponse,
    CustomTaskInProgressResponse,
    CustomTaskStartedResponse,
    CustomTaskTimedOutResponse,
    EncodedPayloadOptions,
    EventProgressStatus,
    JSONPatchPayloadResponse,
    JSONPatchReplace,
    JSONPayloadResponse,
    StreamEventSsePayload,
    TempoGetTraceResponse,
    UnknownWorkflowEvent,
    WorkflowExecutionCanceledResponse,
    WorkflowExecutionCompletedResponse,
    WorkflowExecutionContinuedAsNewResponse,
    WorkflowExecutionFailedResponse,
    WorkflowExecutionProgressTraceEvent,
    WorkflowExecutionResponse,
    WorkflowExecutionStartedResponse,
    WorkflowExecutionTraceEvent,
    WorkflowExecutionTraceEventsResponse,
    WorkflowExecutionTraceOTelResponse,
    WorkflowTaskFailedResponse,
    WorkflowTaskTimedOutResponse,
)
from mistral_workflows_api.types import Unset

EXECUTION = {
    "workflow_name": "countdown",
    "execution_id": "exec-7f3a",
    "root_execution_id": "exec-7f3a",
    "status": "RUNNING",
    "start_time": "2026-01-05T10:00:00+00:00",
    "end_time": None,
    "result": None,
}


def answering(body: dict[str, Any]) -> AuthenticatedClient:
    """A generated client whose every request gets ``body`` as a 200 JSON answer."""
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    return AuthenticatedClient(base_url="https://api.test", token="k", httpx_args={"transport": transport})


def test_unknown_execution_status_is_kept_as_a_string() -> None:
    body = EXECUTION | {"status": "PAUSED"}
    parsed = get_execution.sync("exec-7f3a", client=answering(body))
    assert isinstance(parsed, WorkflowExecutionResponse)
    assert parsed.status == "PAUSED"
    assert type(parsed.status) is str
    assert parsed.to_dict()["status"] == "PAUSED"


def test_unknown_span_kind_is_kept_as_a_string() -> None:
    span = {
        "traceId": "4bf92f3577b34da6a3ce929d0e0e4736",
        "spanId": "00f067aa0ba902b7",
        "name": "publish",
        "kind": "SPAN_KIND_PRODUCER",
        "startTimeUnixNano": "1767607200000000000",
        "endTimeUnixNano": "1767607201000000000",
    }
    body = EXECUTION | {
        "data_source": "tempo",
        "otel_trace_data": {
            "batches": [
                {
                    "resource": {"attributes": []},
                    "scopeSpans": [{"scope": {"name": "workflows"}, "spans": [span]}],
                }
            ]
        },
    }
    parsed = get_trace_otel.sync("exec-7f3a", client=answering(body))
    assert isinstance(parsed, WorkflowExecutionTraceOTelResponse)
    assert isinstance(parsed.otel_trace_data, TempoGetTraceResponse)
    assert not isinstance(parsed.otel_trace_data.batches, Unset)
    scope_spans = parsed.otel_trace_data.batches[0].scope_spans
    assert not isinstance(scope_spans, Unset)
    spans = scope_spans[0].spans
    assert not isinstance(spans, Unset)
    assert spans[0].kind == "SPAN_KIND_PRODUCER"
    assert type(spans[0].kind) is str


def test_unknown_trace_event_type_is_kept_as_a_string() -> None:
    event = {
        "type": "EVENT_SNAPSHOT",
        "name": "state",
        "id": "9",
        "timestamp_unix_nano": 1767607201000000000,
        "attributes": {"remaining": 2},
    }
    body = EXECUTION | {"events": [event]}
    parsed = get_trace_events.sync("exec-7f3a", client=answering(body))
    assert isinstance(parsed, WorkflowExecutionTraceEventsResponse)
    assert not isinstance(parsed.events, Unset)
    [got] = parsed.events
    assert got.type_ == "EVENT_SNAPSHOT"
    assert type(got.type_) is str


PROGRESS_EVENT = {
    "type": "EVENT_PROGRESS",
    "name": "download",
    "id": "4",
    "timestamp_unix_nano": 1767607202000000000,
    "attributes": {"bytes": 1024},
    "status": "RUNNING",
    "start_time_unix_ms": 1767607202000,
    "end_time_unix_ms": None,
    "error": None,
}


def test_unknown_progress_status_is_kept_as_a_string() -> None:
    parsed = WorkflowExecutionProgressTraceEvent.from_dict(PROGRESS_EVENT | {"status": "PAUSED"})
    assert parsed.status == "PAUSED"
    assert type(parsed.status) is str
    known = WorkflowExecutionProgressTraceEvent.from_dict(PROGRESS_EVENT)
    assert known.status is EventProgressStatus.RUNNING


def test_progress_trace_event_in_a_response_parses_as_the_progress_model() -> None:
    body = EXECUTION | {"events": [PROGRESS_EVENT]}
    parsed = get_trace_events.sync("exec-7f3a", client=answering(body))
    assert isinstance(parsed, WorkflowExecutionTraceEventsResponse)
    assert not isinstance(parsed.events, Unset)
    [got] = parsed.events
    assert not isinstance(got, WorkflowExecutionTraceEvent)
    assert isinstance(got, WorkflowExecutionProgressTraceEvent)


# ----- the execution event stream ---------------------------------------------------------

FRAME = {
    "stream": "workflow.exec-7f3a",
    "timestamp": "2026-01-05T10:00:00+00:00",
    "workflow_context": {
        "namespace": "default",
        "workflow_name": "countdown",
        "workflow_exec_id": "exec-7f3a",
        "parent_workflow_exec_id": None,
        "root_workflow_exec_id": "exec-7f3a",
    },
    "metadata": {"source": "LIVE"},
    "broker_sequence": 12,
}
EVENT_BASE = {
    "event_id": "evt-12",
    "event_timestamp": 1767607200000000000,
    "root_workflow_exec_id": "exec-7f3a",
    "parent_workflow_exec_id": None,
    "continued_run_id": None,
    "first_execution_run_id": "run-1",
    "schedule_id": None,
    "workflow_exec_id": "exec-7f3a",
    "workflow_run_id": "run-1",
    "workflow_name": "countdown",
}
PAYLOAD = {"type": "json", "value": {"n": 5}, "encoding_options": None}
FAILURE = {"message": "division by zero"}
TASK = {"custom_task_id": "ct-1", "custom_task_type": "llm_call"}
ACTIVITY = {"task_id": "a-3", "activity_name": "tick"}

KNOWN_EVENTS: list[tuple[str, type, dict[str, Any]]] = [
    (
        "WORKFLOW_EXECUTION_STARTED",
        WorkflowExecutionStartedResponse,
        {"task_id": "t-1", "workflow_name": "countdown", "input": PAYLOAD, "attempt": 1},
    ),
    (
        "WORKFLOW_EXECUTION_COMPLETED",
        WorkflowExecutionCompletedResponse,
        {"task_id": "t-1", "result": PAYLOAD, "attempt": 1},
    ),
    (
        "WORKFLOW_EXECUTION_FAILED",
        WorkflowExecutionFailedResponse,
        {"task_id": "t-1", "failure": FAILURE, "attempt": 2},
    ),
    (
        "WORKFLOW_EXECUTION_CANCELED",
        WorkflowExecutionCanceledResponse,
        {"task_id": "t-1", "reason": "asked by ops", "attempt": 1},
    ),
    (
        "WORKFLOW_EXECUTION_CONTINUED_AS_NEW",
        WorkflowExecutionContinuedAsNewResponse,
        {
            "task_id": "t-1",
            "new_execution_run_id": "run-2",
            "workflow_name": "countdown",
            "input": PAYLOAD,
        },
    ),
    (
        "WORKFLOW_TASK_TIMED_OUT",
        WorkflowTaskTimedOutResponse,
        {"task_id": "t-1", "timeout_type": "START_TO_CLOSE"},
    ),
    ("WORKFLOW_TASK_FAILED", WorkflowTaskFailedResponse, {"task_id": "t-1", "failure": FAILURE}),
    ("CUSTOM_TASK_STARTED", CustomTaskStartedResponse, TASK | {"payload": PAYLOAD}),
    (
        "CUSTOM_TASK_IN_PROGRESS",
        CustomTaskInProgressResponse,
        TASK
        | {
            "payload": {
                "type": "json_patch",
                "value": [{"op": "replace", "path": "/progress", "value": 0.5}],
                "encoding_options": None,
            }
        },
    ),
    ("CUSTOM_TASK_COMPLETED", CustomTaskCompletedResponse, TASK | {"payload": PAYLOAD}),
    ("CUSTOM_TASK_FAILED", CustomTaskFailedResponse, TASK | {"failure": FAILURE}),
    ("CUSTOM_TASK_TIMED_OUT", CustomTaskTimedOutResponse, TASK | {"timeout_type": None}),
    ("CUSTOM_TASK_CANCELED", CustomTaskCanceledResponse, TASK | {"reason": None}),
    ("ACTIVITY_TASK_STARTED", ActivityTaskStartedResponse, ACTIVITY | {"input": PAYLOAD}),
    ("ACTIVITY_TASK_COMPLETED", ActivityTaskCompletedResponse, ACTIVITY | {"result": PAYLOAD}),
    (
        "ACTIVITY_TASK_RETRYING",
        ActivityTaskRetryingResponse,
        ACTIVITY | {"attempt": 1, "failure": FAILURE},
    ),
    (
        "ACTIVITY_TASK_FAILED",
        ActivityTaskFailedResponse,
        ACTIVITY | {"attempt": 3, "failure": FAILURE},
    ),
]


def test_there_is_a_known_event_case_for_each_of_the_17_event_types() -> None:
    assert len({event_type for event_type, _, _ in KNOWN_EVENTS}) == 17


@pytest.mark.parametrize(
    ("event_type", "model", "attributes"), KNOWN_EVENTS, ids=[e[0] for e in KNOWN_EVENTS]
)
def test_known_event_type_parses_as_its_model(
    event_type: str, model: type, attributes: dict[str, Any]
) -> None:
    frame = FRAME | {"data": EVENT_BASE | {"event_type": event_type, "attributes": attributes}}
    parsed = StreamEventSsePayload.from_dict(frame)
    assert type(parsed.data) is model
    assert parsed.to_dict() == frame


def test_patch_payload_of_a_progress_event_parses_as_patch_operations() -> None:
    [_, _, attributes] = next(e for e in KNOWN_EVENTS if e[0] == "CUSTOM_TASK_IN_PROGRESS")
    data = EVENT_BASE | {"event_type": "CUSTOM_TASK_IN_PROGRESS", "attributes": attributes}
    parsed = StreamEventSsePayload.from_dict(FRAME | {"data": data}).data
    assert isinstance(parsed, CustomTaskInProgressResponse)
    payload = parsed.attributes.payload
    assert isinstance(payload, JSONPatchPayloadResponse)
    assert isinstance(payload.value, list)
    assert isinstance(payload.value[0], JSONPatchReplace)


def test_unknown_event_type_parses_as_unknown_workflow_event() -> None:
    data = EVENT_BASE | {
        "event_type": "WORKFLOW_EXECUTION_PAUSED",
        "attributes": {"task_id": "t-1", "paused_by": "ops"},
    }
    frame = FRAME | {"data": data}
    parsed = StreamEventSsePayload.from_dict(frame)
    assert isinstance(parsed.data, UnknownWorkflowEvent)
    assert parsed.data.event_type == "WORKFLOW_EXECUTION_PAUSED"
    assert parsed.data["attributes"] == {"task_id": "t-1", "paused_by": "ops"}
    assert parsed.broker_sequence == 12
    assert parsed.to_dict() == frame


def test_known_event_type_with_a_new_field_keeps_its_model_and_the_field() -> None:
    attributes = {"task_id": "t-1", "result": PAYLOAD, "attempt": 1}
    data = EVENT_BASE | {
        "event_type": "WORKFLOW_EXECUTION_COMPLETED",
        "attributes": attributes,
        "region": "eu-west",
    }
    parsed = StreamEventSsePayload.from_dict(FRAME | {"data": data}).data
    assert isinstance(parsed, WorkflowExecutionCompletedResponse)
    assert parsed["region"] == "eu-west"


def test_unknown_encoding_option_is_kept_as_a_string() -> None:
    payload = {"type": "json", "value": "H4sIAAAA", "encoding_options": ["compressed", "zstd"]}
    data = EVENT_BASE | {
        "event_type": "ACTIVITY_TASK_COMPLETED",
        "attributes": ACTIVITY | {"result": payload},
    }
    parsed = StreamEventSsePayload.from_dict(FRAME | {"data": data}).data
    assert isinstance(parsed, ActivityTaskCompletedResponse)
    result = parsed.attributes.result
    assert isinstance(result, JSONPayloadResponse)
    assert result.encoding_options == [EncodedPayloadOptions.COMPRESSED, "zstd"]
    assert result.encoding_options is not None and not isinstance(result.encoding_options, Unset)
    assert type(result.encoding_options[1]) is str
    assert result.to_dict() == payload
