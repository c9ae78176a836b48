"""Every generated operation, sync and asyncio, against an httpx.MockTransport.

Each case calls ``<module>.sync_detailed`` / ``asyncio_detailed`` with realistic arguments and
answers with a realistic body; the test checks the request on the wire (method, raw path,
query, headers, JSON body) and that the answer comes back as the typed model, every field kept
(``to_dict()`` gives the body back).
"""

from __future__ import annotations

import datetime
import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, unquote

import httpx
import pytest

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
from mistral_workflows_api.api.runs import get_run, get_run_history, list_runs
from mistral_workflows_api.api.workflows import execute_workflow
from mistral_workflows_api.client import AuthenticatedClient
from mistral_workflows_api.models import (
    BatchExecutionBody,
    BatchExecutionResponse,
    BatchExecutionResult,
    EncodedPayloadOptions,
    EventSource,
    EventType,
    ExecutionLogRecord,
    ExecutionLogSearchResponse,
    ExecutionTraceInfoResponse,
    ListExecutionLogsOrder,
    ListRunsOrder,
    NetworkEncodedInput,
    QueryInvocationBody,
    QueryWorkflowResponse,
    ResetInvocationBody,
    RunSortField,
    SignalInvocationBody,
    SignalInvocationBodyInputType1,
    SignalWorkflowResponse,
    TempoGetTraceResponse,
    TempoTraceAttributeStringValue,
    TempoTraceScopeKind,
    UpdateInvocationBody,
    UpdateWorkflowResponse,
    WorkflowExecutionListResponse,
    WorkflowExecutionRequest,
    WorkflowExecutionRequestInputType0,
    WorkflowExecutionResponse,
    WorkflowExecutionStatus,
    WorkflowExecutionSyncResponse,
    WorkflowExecutionTraceEvent,
    WorkflowExecutionTraceEventsResponse,
    WorkflowExecutionTraceOTelResponse,
    WorkflowExecutionTraceSummaryResponse,
    WorkflowExecutionTraceSummarySpan,
)
from mistral_workflows_api.types import Unset

BASE_URL = "https://api.test"
TOKEN = "k"
UTC = datetime.UTC

# An execution id with every character that must not split or end the path segment.
EXECUTION_ID = "nightly/2026 #3?v=50%-ü"
EXECUTION_SEGMENT = "nightly%2F2026%20%233%3Fv%3D50%25-%C3%BC"
EXECUTIONS = "/v1/workflows/executions"
EXECUTION_PATH = f"{EXECUTIONS}/{EXECUTION_SEGMENT}"
RUN_ID = uuid.UUID("3b0c8a4e-6f1d-4b5e-9c57-2d9e8f1a0b11")

EXECUTION_BODY: dict[str, Any] = {
    "workflow_name": "countdown",
    "workflow_id": "9a1e6b0c-2d3f-4e5a-8b7c-6d5e4f3a2b1c",
    "deployment_name": "prod",
    "execution_id": EXECUTION_ID,
    "parent_execution_id": None,
    "root_execution_id": EXECUTION_ID,
    "run_id": str(RUN_ID),
    "user_id": "user-42",
    "status": "COMPLETED",
    "start_time": "2026-01-05T10:00:00Z",
    "end_time": "2026-01-05T10:00:05.250000Z",
    "total_duration_ms": 5250,
    "result": {"done": True, "ticks": [5, 4, 3, 2, 1]},
}
RUN_ROW = {key: value for key, value in EXECUTION_BODY.items() if key != "result"}
FINISHED_EXECUTION = {
    key: EXECUTION_BODY[key]
    for key in (
        "workflow_name",
        "execution_id",
        "root_execution_id",
        "status",
        "start_time",
        "end_time",
        "result",
    )
}


@dataclass(frozen=True)
class Case:
    """One call of a generated operation and the exchange it must produce."""

    name: str
    module: ModuleType
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    method: str
    raw_path: str
    status: int
    answer: Any = None
    parsed_type: type | None = None
    query: dict[str, list[str]] = field(default_factory=dict)
    sent_json: Any = None
    sent_headers: dict[str, str] = field(default_factory=dict)
    answer_type: str = "application/json"
    check: Callable[[Any], None] | None = None


def _check_execution(parsed: WorkflowExecutionResponse) -> None:
    assert parsed.status is WorkflowExecutionStatus.COMPLETED
    assert parsed.start_time == datetime.datetime(2026, 1, 5, 10, 0, tzinfo=UTC)
    assert parsed.end_time == datetime.datetime(2026, 1, 5, 10, 0, 5, 250000, tzinfo=UTC)
    assert parsed.run_id == str(RUN_ID)
    assert parsed.result == {"done": True, "ticks": [5, 4, 3, 2, 1]}


def _check_batch(parsed: BatchExecutionResponse) -> None:
    assert not isinstance(parsed.results, Unset)
    results = parsed.results.additional_properties
    assert set(results) == {"exec-1", "exec-2"}
    assert all(isinstance(r, BatchExecutionResult) for r in results.values())
    assert results["exec-2"].error == "execution not found"


def _check_otel(parsed: WorkflowExecutionTraceOTelResponse) -> None:
    trace = parsed.otel_trace_data
    assert isinstance(trace, TempoGetTraceResponse)
    assert not isinstance(trace.batches, Unset)
    scope_spans = trace.batches[0].scope_spans
    assert not isinstance(scope_spans, Unset)
    spans = scope_spans[0].spans
    assert not isinstance(spans, Unset)
    assert spans[0].kind is TempoTraceScopeKind.SPAN_KIND_SERVER
    assert not isinstance(spans[0].attributes, Unset)
    assert isinstance(spans[0].attributes[0].value, TempoTraceAttributeStringValue)


def _check_summary(parsed: WorkflowExecutionTraceSummaryResponse) -> None:
    root = parsed.span_tree
    assert isinstance(root, WorkflowExecutionTraceSummarySpan)
    assert not isinstance(root.children, Unset)
    [child] = root.children
    assert isinstance(child, WorkflowExecutionTraceSummarySpan)
    assert child.events[0].type_ is EventType.EVENT


def _check_events(parsed: WorkflowExecutionTraceEventsResponse) -> None:
    assert not isinstance(parsed.events, Unset)
    [event] = parsed.events
    assert isinstance(event, WorkflowExecutionTraceEvent)
    assert event.type_ is EventType.EVENT
    assert event.attributes.additional_properties == {"remaining": 4, "label": "tick"}


def _check_logs(parsed: ExecutionLogSearchResponse) -> None:
    assert all(isinstance(record, ExecutionLogRecord) for record in parsed.results)
    assert parsed.results[0].timestamp == datetime.datetime(2026, 1, 5, 10, 0, 1, tzinfo=UTC)
    assert parsed.next_cursor == "c2"


SPAN = {
    "traceId": "4bf92f3577b34da6a3ce929d0e0e4736",
    "spanId": "00f067aa0ba902b7",
    "parentSpanId": None,
    "name": "countdown",
    "kind": "SPAN_KIND_SERVER",
    "startTimeUnixNano": "1767607200000000000",
    "endTimeUnixNano": "1767607205000000000",
    "attributes": [
        {"key": "workflow.name", "value": {"stringValue": "countdown"}},
        {"key": "attempt", "value": {"intValue": "1"}},
        {"key": "retried", "value": {"boolValue": False}},
        {
            "key": "tags",
            "value": {"arrayValue": {"values": [{"stringValue": "a", "intValue": None, "boolValue": None}]}},
        },
    ],
    "events": [{"name": "tick", "timeUnixNano": "1767607201000000000", "attributes": []}],
}
TRACE_EVENT = {
    "type": "EVENT",
    "name": "tick",
    "id": "3",
    "timestamp_unix_nano": 1767607201000000000,
    "attributes": {"remaining": 4, "label": "tick"},
    "internal": False,
}
LOG_RECORD = {
    "timestamp": "2026-01-05T10:00:01Z",
    "trace_id": "4bf92f3577b34da6a3ce929d0e0e4736",
    "span_id": "00f067aa0ba902b7",
    "severity_text": "INFO",
    "body": "tick 4",
    "log_attributes": {"activity_id": "3"},
}
EVENT_STREAM = (
    "id: 1\n"
    'data: {"stream": "exec", "broker_sequence": 1, "data": {"event_type": "X"}}\n\n'
    "event: error\n"
    'data: {"error": "internal", "reason": "broker went away"}\n\n'
)
LOG_STREAM = f"event: log\nid: 7\ndata: {json.dumps(LOG_RECORD)}\n\n"
BATCH_ANSWER = {
    "results": {
        "exec-1": {"status": "success", "error": None},
        "exec-2": {"status": "failure", "error": "execution not found"},
    }
}

CASES = [
    Case(
        "execute_workflow",
        execute_workflow,
        ("countdown",),
        {
            "body": WorkflowExecutionRequest(
                execution_id="exec-7f3a",
                input_=WorkflowExecutionRequestInputType0.from_dict({"n": 5}),
                deployment_name="prod",
            )
        },
        "POST",
        "/v1/workflows/countdown/execute",
        200,
        EXECUTION_BODY | {"status": "RUNNING", "end_time": None, "result": None},
        WorkflowExecutionResponse,
        sent_json={
            "execution_id": "exec-7f3a",
            "input": {"n": 5},
            "wait_for_result": False,
            "force_new_trace": False,
            "deployment_name": "prod",
        },
    ),
    Case(
        "execute_workflow_waiting_for_the_result",
        execute_workflow,
        ("nightly report/v2",),
        {"body": WorkflowExecutionRequest(wait_for_result=True, timeout_seconds=30.5)},
        "POST",
        "/v1/workflows/nightly%20report%2Fv2/execute",
        200,
        {"workflow_name": "nightly report/v2", "execution_id": "exec-1", "result": [1, 2]},
        WorkflowExecutionSyncResponse,
        sent_json={"wait_for_result": True, "timeout_seconds": 30.5, "force_new_trace": False},
    ),
    Case(
        "get_execution",
        get_execution,
        (EXECUTION_ID,),
        {},
        "GET",
        EXECUTION_PATH,
        200,
        EXECUTION_BODY,
        WorkflowExecutionResponse,
        check=_check_execution,
    ),
    Case(
        "get_execution_history",
        get_execution_history,
        (EXECUTION_ID,),
        {"decode_payloads": True},
        "GET",
        f"{EXECUTION_PATH}/history",
        200,
        {"events": [{"event_id": 1, "event_type": "WORKFLOW_EXECUTION_STARTED"}]},
        dict,
        query={"decode_payloads": ["true"]},
    ),
    Case(
        "signal_execution",
        signal_execution,
        (EXECUTION_ID,),
        {
            "body": SignalInvocationBody(
                name="approve", input_=SignalInvocationBodyInputType1.from_dict({"by": "ops"})
            )
        },
        "POST",
        f"{EXECUTION_PATH}/signals",
        202,
        {"message": "Signal accepted"},
        SignalWorkflowResponse,
        sent_json={"name": "approve", "input": {"by": "ops"}},
    ),
    Case(
        "query_execution",
        query_execution,
        (EXECUTION_ID,),
        {"body": QueryInvocationBody(name="remaining")},
        "POST",
        f"{EXECUTION_PATH}/queries",
        200,
        {"query_name": "remaining", "result": 3},
        QueryWorkflowResponse,
        sent_json={"name": "remaining"},
    ),
    Case(
        "update_execution",
        update_execution,
        (EXECUTION_ID,),
        {
            "body": UpdateInvocationBody(
                name="add",
                input_=NetworkEncodedInput(
                    b64payload="eyJieSI6IDJ9",
                    encoding_options=[EncodedPayloadOptions.COMPRESSED],
                ),
            )
        },
        "POST",
        f"{EXECUTION_PATH}/updates",
        200,
        {"update_name": "add", "result": {"remaining": 5}},
        UpdateWorkflowResponse,
        sent_json={
            "name": "add",
            "input": {"b64payload": "eyJieSI6IDJ9", "encoding_options": ["compressed"], "empty": False},
        },
    ),
    Case(
        "cancel_execution",
        cancel_execution,
        (EXECUTION_ID,),
        {},
        "POST",
        f"{EXECUTION_PATH}/cancel",
        204,
    ),
    Case(
        "terminate_execution",
        terminate_execution,
        (EXECUTION_ID,),
        {},
        "POST",
        f"{EXECUTION_PATH}/terminate",
        204,
    ),
    Case(
        "batch_cancel_executions",
        batch_cancel_executions,
        (),
        {"body": BatchExecutionBody(execution_ids=["exec-1", "exec-2"])},
        "POST",
        f"{EXECUTIONS}/cancel",
        200,
        BATCH_ANSWER,
        BatchExecutionResponse,
        sent_json={"execution_ids": ["exec-1", "exec-2"]},
        check=_check_batch,
    ),
    Case(
        "batch_terminate_executions",
        batch_terminate_executions,
        (),
        {"body": BatchExecutionBody(execution_ids=["exec-1", "exec-2"])},
        "POST",
        f"{EXECUTIONS}/terminate",
        200,
        BATCH_ANSWER,
        BatchExecutionResponse,
        sent_json={"execution_ids": ["exec-1", "exec-2"]},
        check=_check_batch,
    ),
    Case(
        "reset_execution",
        reset_execution,
        (EXECUTION_ID,),
        {"body": ResetInvocationBody(event_id=4, reason="replay after fix", exclude_signals=True)},
        "POST",
        f"{EXECUTION_PATH}/reset",
        204,
        sent_json={
            "event_id": 4,
            "reason": "replay after fix",
            "exclude_signals": True,
            "exclude_updates": False,
        },
    ),
    Case(
        "get_trace_info",
        get_trace_info,
        (EXECUTION_ID,),
        {},
        "GET",
        f"{EXECUTION_PATH}/trace/info",
        200,
        {"otel_trace_id": "4bf92f3577b34da6a3ce929d0e0e4736", "has_trace_data": True},
        ExecutionTraceInfoResponse,
    ),
    Case(
        "get_trace_otel",
        get_trace_otel,
        (EXECUTION_ID,),
        {},
        "GET",
        f"{EXECUTION_PATH}/trace/otel",
        200,
        FINISHED_EXECUTION
        | {
            "data_source": "tempo",
            "otel_trace_id": "4bf92f3577b34da6a3ce929d0e0e4736",
            "otel_trace_data": {
                "batches": [
                    {
                        "resource": {
                            "attributes": [{"key": "service.name", "value": {"stringValue": "workflows"}}]
                        },
                        "scopeSpans": [{"scope": {"name": "workflows"}, "spans": [SPAN]}],
                    }
                ]
            },
        },
        WorkflowExecutionTraceOTelResponse,
        check=_check_otel,
    ),
    Case(
        "get_trace_summary",
        get_trace_summary,
        (EXECUTION_ID,),
        {},
        "GET",
        f"{EXECUTION_PATH}/trace/summary",
        200,
        FINISHED_EXECUTION
        | {
            "span_tree": {
                "span_id": "00f067aa0ba902b7",
                "name": "countdown",
                "start_time_unix_nano": 1767607200000000000,
                "end_time_unix_nano": 1767607205000000000,
                "attributes": {"workflow.name": "countdown", "attempt": 1, "tags": ["a", "b"]},
                "events": [],
                "children": [
                    {
                        "span_id": "53995c3f42cd8ad8",
                        "name": "tick",
                        "start_time_unix_nano": 1767607201000000000,
                        "end_time_unix_nano": None,
                        "attributes": {"ratio": 0.5, "ok": True, "note": None},
                        "events": [TRACE_EVENT],
                        "children": [],
                    }
                ],
            }
        },
        WorkflowExecutionTraceSummaryResponse,
        check=_check_summary,
    ),
    Case(
        "get_trace_events",
        get_trace_events,
        (EXECUTION_ID,),
        {"merge_same_id_events": True, "include_internal_events": True},
        "GET",
        f"{EXECUTION_PATH}/trace/events",
        200,
        FINISHED_EXECUTION | {"events": [TRACE_EVENT]},
        WorkflowExecutionTraceEventsResponse,
        query={"merge_same_id_events": ["true"], "include_internal_events": ["true"]},
        check=_check_events,
    ),
    Case(
        "stream_execution",
        stream_execution,
        (EXECUTION_ID,),
        {
            "event_source": EventSource.HYBRID,
            "last_event_id_query": "41",
            "last_event_id_header": "42",
        },
        "GET",
        f"{EXECUTION_PATH}/stream",
        200,
        EVENT_STREAM,
        str,
        query={"event_source": ["HYBRID"], "last_event_id": ["41"]},
        sent_headers={"Last-Event-ID": "42"},
        answer_type="text/event-stream",
    ),
    Case(
        "list_execution_logs",
        list_execution_logs,
        (EXECUTION_ID,),
        {
            "run_id": RUN_ID,
            "activity_id": "3",
            "after": datetime.datetime(2026, 1, 5, 10, 0, tzinfo=UTC),
            "before": datetime.datetime(2026, 1, 5, 11, 30, 15, tzinfo=UTC),
            "order": ListExecutionLogsOrder.DESC,
            "cursor": "c1",
            "limit": 10,
        },
        "GET",
        f"{EXECUTION_PATH}/logs",
        200,
        {"results": [LOG_RECORD, LOG_RECORD | {"body": "tick 3"}], "next_cursor": "c2"},
        ExecutionLogSearchResponse,
        query={
            "run_id": [str(RUN_ID)],
            "activity_id": ["3"],
            "after": ["2026-01-05T10:00:00+00:00"],
            "before": ["2026-01-05T11:30:15+00:00"],
            "order": ["desc"],
            "cursor": ["c1"],
            "limit": ["10"],
        },
        check=_check_logs,
    ),
    Case(
        "list_execution_logs_first_page",
        list_execution_logs,
        (EXECUTION_ID,),
        {},
        "GET",
        f"{EXECUTION_PATH}/logs",
        200,
        {"results": [], "next_cursor": None},
        ExecutionLogSearchResponse,
        # The defaults of the document are sent explicitly.
        query={"order": ["asc"], "limit": ["50"]},
    ),
    Case(
        "stream_execution_logs",
        stream_execution_logs,
        (EXECUTION_ID,),
        {
            "run_id": RUN_ID,
            "activity_id": "3",
            "after": datetime.datetime(2026, 1, 5, 10, 0, tzinfo=UTC),
            "last_event_id_query": "6",
            "last_event_id_header": "7",
        },
        "GET",
        f"{EXECUTION_PATH}/logs/stream",
        200,
        LOG_STREAM,
        str,
        query={
            "run_id": [str(RUN_ID)],
            "activity_id": ["3"],
            "after": ["2026-01-05T10:00:00+00:00"],
            "last_event_id": ["6"],
        },
        sent_headers={"Last-Event-ID": "7"},
        answer_type="text/event-stream",
    ),
    Case(
        "list_runs",
        list_runs,
        (),
        {
            "workflow_identifier": "countdown",
            "status": [WorkflowExecutionStatus.RUNNING, WorkflowExecutionStatus.FAILED],
            "sort_by": RunSortField.END_TIME,
            "order": ListRunsOrder.ASC,
            "start_time_after": datetime.datetime(2026, 1, 5, 10, 0, tzinfo=UTC),
            "workflow_tags": ["billing", "eu"],
            "search_key": ["customer:acme"],
            "include_internal": False,
            "page_size": 100,
            "next_page_token": "t1",
        },
        "GET",
        "/v1/workflows/runs",
        200,
        {"executions": [RUN_ROW], "next_page_token": "t2"},
        WorkflowExecutionListResponse,
        query={
            "workflow_identifier": ["countdown"],
            "status": ["RUNNING", "FAILED"],
            "sort_by": ["end_time"],
            "order": ["asc"],
            "start_time_after": ["2026-01-05T10:00:00+00:00"],
            "workflow_tags": ["billing", "eu"],
            "search_key": ["customer:acme"],
            "include_internal": ["false"],
            "page_size": ["100"],
            "next_page_token": ["t1"],
        },
    ),
    Case(
        "list_runs_first_page",
        list_runs,
        (),
        {},
        "GET",
        "/v1/workflows/runs",
        200,
        {"executions": [], "next_page_token": None},
        WorkflowExecutionListResponse,
        # The defaults of the document are sent explicitly.
        query={"order": ["desc"], "include_internal": ["true"], "page_size": ["50"]},
    ),
    Case(
        "get_run",
        get_run,
        (RUN_ID,),
        {},
        "GET",
        f"/v1/workflows/runs/{RUN_ID}",
        200,
        EXECUTION_BODY,
        WorkflowExecutionResponse,
    ),
    Case(
        "get_run_history",
        get_run_history,
        (RUN_ID,),
        {"decode_payloads": True},
        "GET",
        f"/v1/workflows/runs/{RUN_ID}/history",
        200,
        {"events": [{"eventId": "1", "eventType": "EVENT_TYPE_WORKFLOW_EXECUTION_STARTED"}]},
        dict,
        query={"decode_payloads": ["true"]},
    ),
]

ISO_UTC = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?)Z$")


def as_serialized(value: Any) -> Any:
    """``value`` as a model's to_dict() gives it back: datetimes end in +00:00, not Z."""
    if isinstance(value, dict):
        return {k: as_serialized(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_serialized(v) for v in value]
    if isinstance(value, str) and (match := ISO_UTC.match(value)):
        return f"{match.group(1)}+00:00"
    return value


class Recorder:
    """A MockTransport handler that answers with the case's response and keeps the requests."""

    def __init__(self, case: Case) -> None:
        self.case = case
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        case = self.case
        if case.answer is None:
            return httpx.Response(case.status)
        if isinstance(case.answer, str):
            return httpx.Response(case.status, text=case.answer, headers={"Content-Type": case.answer_type})
        return httpx.Response(case.status, json=case.answer)


def make_client(handler: Callable[[httpx.Request], httpx.Response]) -> AuthenticatedClient:
    # httpx_args reach both the sync and the async httpx client the generated client builds,
    # so the bearer header is the generated client's own doing.
    return AuthenticatedClient(
        base_url=BASE_URL, token=TOKEN, httpx_args={"transport": httpx.MockTransport(handler)}
    )


def assert_exchange(case: Case, recorder: Recorder, response: Any) -> None:
    [request] = recorder.requests
    assert request.method == case.method
    assert request.url.host == "api.test"
    assert request.url.raw_path.decode("ascii").partition("?")[0] == case.raw_path
    assert parse_qs(request.url.query.decode("ascii")) == case.query
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    for name, value in case.sent_headers.items():
        assert request.headers[name] == value
    if case.sent_json is None:
        assert request.content == b""
    else:
        assert request.headers["Content-Type"] == "application/json"
        assert json.loads(request.content) == case.sent_json

    assert response.status_code == case.status
    parsed = response.parsed
    if case.parsed_type is None:
        assert parsed is None
        return
    assert isinstance(parsed, case.parsed_type), type(parsed)
    if hasattr(parsed, "to_dict"):
        assert parsed.to_dict() == as_serialized(case.answer)
    else:
        assert parsed == case.answer
    if case.check is not None:
        case.check(parsed)


def test_there_is_a_case_for_each_of_the_21_operations() -> None:
    assert len({case.module.__name__ for case in CASES}) == 21


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_sync_detailed(case: Case) -> None:
    recorder = Recorder(case)
    with make_client(recorder) as client:
        response = case.module.sync_detailed(*case.args, client=client, **case.kwargs)
    assert_exchange(case, recorder, response)


@pytest.mark.anyio
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
async def test_asyncio_detailed(case: Case) -> None:
    recorder = Recorder(case)
    async with make_client(recorder) as client:
        response = await case.module.asyncio_detailed(*case.args, client=client, **case.kwargs)
    assert_exchange(case, recorder, response)


# Each id must travel as exactly one path segment, percent-encoded (RFC 3986 unreserved
# characters stay as they are).
EXECUTION_IDS = [
    ("a/b", "a%2Fb"),
    ("what?x=1", "what%3Fx%3D1"),
    ("#42", "%2342"),
    ("100%", "100%25"),
    ("%2F", "%252F"),
    ("two words", "two%20words"),
    ("été", "%C3%A9t%C3%A9"),
    ("実行-1", "%E5%AE%9F%E8%A1%8C-1"),
    ("a/b?c#d%e f/ü", "a%2Fb%3Fc%23d%25e%20f%2F%C3%BC"),
    ("plain-id_1.2~3", "plain-id_1.2~3"),
]


def _raw_path_of_one_call(execution_id: str) -> str:
    recorder = Recorder(Case("get_execution", get_execution, (), {}, "GET", "", 200, EXECUTION_BODY))
    with make_client(recorder) as client:
        get_execution.sync_detailed(execution_id, client=client)
    [request] = recorder.requests
    return request.url.raw_path.decode("ascii")


@pytest.mark.parametrize(("execution_id", "segment"), EXECUTION_IDS)
def test_execution_id_is_percent_encoded_into_one_path_segment(execution_id: str, segment: str) -> None:
    raw_path = _raw_path_of_one_call(execution_id)
    assert raw_path == f"{EXECUTIONS}/{segment}"
    *_, last = raw_path.split("/")
    assert unquote(last) == execution_id
    assert "?" not in raw_path and "#" not in raw_path
