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

from mistral_workflows_api.api.deployments import (
    create_deployment,
    delete_deployment,
    get_deployment,
    get_deployment_archive,
    list_deployment_logs,
    list_deployment_workers,
    list_deployments,
    restart_deployment,
    start_deployment,
    stop_deployment,
    stream_deployment_logs,
    unharden_deployment,
    update_deployment,
)
from mistral_workflows_api.api.events import list_events, stream_events
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
from mistral_workflows_api.api.metrics import get_workflow_metrics
from mistral_workflows_api.api.registrations import execute_registration, get_registration, list_registrations
from mistral_workflows_api.api.runs import get_run, get_run_history, list_runs
from mistral_workflows_api.api.schedules import (
    create_schedule,
    delete_schedule,
    get_schedule,
    list_schedules,
    pause_schedule,
    resume_schedule,
    trigger_schedule,
    update_schedule,
)
from mistral_workflows_api.api.workers import get_worker_info
from mistral_workflows_api.api.workflows import (
    add_workflow_tags,
    archive_workflow,
    bulk_archive_workflows,
    bulk_unarchive_workflows,
    execute_workflow,
    get_workflow,
    list_workflows,
    unarchive_workflow,
    update_workflow,
)
from mistral_workflows_api.client import AuthenticatedClient
from mistral_workflows_api.models import (
    ActivityFilter,
    BatchExecutionBody,
    BatchExecutionResponse,
    BatchExecutionResult,
    CreateDeploymentRequest,
    DeploymentArchiveResponse,
    DeploymentBuildState,
    DeploymentDetailResponse,
    DeploymentListResponse,
    DeploymentLocation,
    DeploymentLogSearchResponse,
    DeploymentLogType,
    DeploymentObservedState,
    DeploymentResourceConfig,
    DeploymentResourceConfigUpdate,
    DeploymentResponse,
    DeploymentSortField,
    DeploymentWorkerListResponse,
    DeploymentWorkerSpecInput,
    DeploymentWorkerSpecInputBackendSpecType0,
    DeploymentWorkerSpecResponse,
    EncodedPayloadOptions,
    EventScope,
    EventSource,
    EventType,
    ExecutionLogRecord,
    ExecutionLogSearchResponse,
    ExecutionTraceInfoResponse,
    GitCommitAuthor,
    GitCommitMetadata,
    JSONPayloadResponse,
    ListDeploymentLogsOrder,
    ListDeploymentsOrder,
    ListExecutionLogsOrder,
    ListRunsOrder,
    ListWorkflowEventResponse,
    ListWorkflowsOrder,
    LocationType,
    ManagedDeploymentResponse,
    NetworkEncodedInput,
    PartialScheduleDefinition,
    QueryDefinition,
    QueryInvocationBody,
    QueryWorkflowResponse,
    ResetInvocationBody,
    RunSortField,
    ScalarMetric,
    ScheduleCalendar,
    ScheduleDefinition,
    ScheduleDefinitionOutput,
    ScheduleInterval,
    ScheduleOverlapPolicy,
    SchedulePolicy,
    ScheduleRange,
    ScheduleRecentExecution,
    ScheduleStatus,
    SignalInvocationBody,
    SignalInvocationBodyInputType1,
    SignalWorkflowResponse,
    StreamEventsMetadataFilters,
    TempoGetTraceResponse,
    TempoTraceAttributeStringValue,
    TempoTraceScopeKind,
    TimeSeriesMetric,
    UnknownWorkflowEvent,
    UpdateDeploymentRequest,
    UpdateInvocationBody,
    UpdateWorkflowResponse,
    WorkerInfo,
    Workflow,
    WorkflowArchiveResponse,
    WorkflowBasicDefinition,
    WorkflowBulkArchiveRequest,
    WorkflowBulkArchiveResponse,
    WorkflowBulkError,
    WorkflowBulkUnarchiveRequest,
    WorkflowBulkUnarchiveResponse,
    WorkflowCodeDefinition,
    WorkflowEventType,
    WorkflowExecutionListResponse,
    WorkflowExecutionRequest,
    WorkflowExecutionRequestInputType0,
    WorkflowExecutionResponse,
    WorkflowExecutionResponseSearchKeysType0,
    WorkflowExecutionStartedResponse,
    WorkflowExecutionStatus,
    WorkflowExecutionSyncResponse,
    WorkflowExecutionTraceEvent,
    WorkflowExecutionTraceEventsResponse,
    WorkflowExecutionTraceOTelResponse,
    WorkflowExecutionTraceSummaryResponse,
    WorkflowExecutionTraceSummarySpan,
    WorkflowGetResponse,
    WorkflowListResponse,
    WorkflowMetadata,
    WorkflowMetrics,
    WorkflowRegistration,
    WorkflowRegistrationGetResponse,
    WorkflowRegistrationListResponse,
    WorkflowScheduleListResponse,
    WorkflowSchedulePauseRequest,
    WorkflowScheduleRequest,
    WorkflowScheduleResponse,
    WorkflowScheduleTriggerRequest,
    WorkflowScheduleUpdateRequest,
    WorkflowSortField,
    WorkflowsWorkerSpecUpdate,
    WorkflowTagsAddRequest,
    WorkflowType,
    WorkflowUnarchiveResponse,
    WorkflowUpdateRequest,
    WorkflowUpdateResponse,
    WorkflowWithWorkerStatus,
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


TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"


def _check_search_keys(parsed: WorkflowExecutionResponse) -> None:
    _check_execution(parsed)
    assert isinstance(parsed.search_keys, WorkflowExecutionResponseSearchKeysType0)
    assert parsed.search_keys.additional_properties == {"customer": "acme", "ticket": None}


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

WORKFLOW_ID = uuid.UUID("9a1e6b0c-2d3f-4e5a-8b7c-6d5e4f3a2b1c")
MISSING_WORKFLOW_ID = uuid.UUID("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f")
REGISTRATION_ID = uuid.UUID("7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a")
WORKSPACE_ID = uuid.UUID("0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b")
DEPLOYMENT_ID = uuid.UUID("2f3a4b5c-6d7e-4f8a-9b0c-1d2e3f4a5b6c")

WORKFLOW: dict[str, Any] = {
    "id": str(WORKFLOW_ID),
    "name": "countdown",
    "display_name": "Countdown",
    # A kind of workflow this client does not know: kept as a string.
    "type": "graph",
    "description": "Counts down from n, one tick a second.",
    "customer_id": "5b8c1d2e-3f4a-4b5c-9d6e-7f8a9b0c1d2e",
    "workspace_id": str(WORKSPACE_ID),
    "shared_namespace": None,
    "available_in_chat_assistant": False,
    "is_technical": False,
    "archived": False,
    "tags": ["demo"],
}
WORKFLOW_ROW = {
    "id": str(WORKFLOW_ID),
    "name": "countdown",
    "display_name": "Countdown",
    "description": None,
    "metadata": {"shared_namespace": "shared:countdown"},
    "archived": False,
    "tags": ["demo"],
}
REGISTRATION: dict[str, Any] = {
    "id": str(REGISTRATION_ID),
    "deployment_id": None,
    "task_queue": None,
    "definition": {
        "input_schema": {"type": "object", "properties": {"n": {"type": "integer"}}},
        "output_schema": None,
        "signals": [{"name": "approve", "description": None, "input_schema": {}}],
        "queries": [
            {"name": "remaining", "description": "Ticks left.", "input_schema": {}, "output_schema": {}}
        ],
        "updates": [],
        "enforce_determinism": True,
        "on_behalf_of": False,
        "execution_timeout": 3600.0,
        "plugin_metadata": None,
    },
    "workflow_id": str(WORKFLOW_ID),
    "deployment_name": "prod",
    "compatible_with_chat_assistant": False,
}
EVENT_BASE = {
    "event_timestamp": 1767607200000000000,
    "root_workflow_exec_id": "exec-7f3a",
    "parent_workflow_exec_id": None,
    "continued_run_id": None,
    "first_execution_run_id": str(RUN_ID),
    "schedule_id": None,
    "workflow_exec_id": "exec-7f3a",
    "workflow_run_id": str(RUN_ID),
    "workflow_name": "countdown",
}
STARTED_EVENT = EVENT_BASE | {
    "event_id": "1",
    "event_type": "WORKFLOW_EXECUTION_STARTED",
    "attributes": {
        "task_id": "1",
        "workflow_name": "countdown",
        "display_name": "Countdown",
        "input": {"type": "json", "value": {"n": 5}},
        "attempt": 1,
    },
}
# An event type this document does not describe.
FUTURE_EVENT = EVENT_BASE | {"event_id": "2", "event_type": "TIMER_FIRED", "attributes": {"timer_id": "t1"}}
METRICS = {
    "execution_count": {"value": 12},
    "success_count": {"value": 10},
    "error_count": {"value": 2},
    "average_latency_ms": {"value": 5012.5},
    "latency_over_time": {"value": [[1767607200, 5000], [1767610800, 5025.5]]},
    "retry_rate": {"value": 0.25},
}
SCHEDULE: dict[str, Any] = {
    "input": {"n": 3},
    "calendars": [{"hour": [{"start": 12, "end": 0, "step": 0}], "comment": "noon"}],
    "intervals": [{"every": "PT1H", "offset": None}],
    "cron_expressions": ["0 9 * * MON-FRI"],
    "skip": [],
    "start_at": "2026-01-05T00:00:00Z",
    "end_at": None,
    "jitter": "PT30S",
    "time_zone_name": "Europe/Paris",
    "policy": {"catchup_window_seconds": 3600, "overlap": 1, "pause_on_failure": False},
    "schedule_id": "nightly-countdown",
    "remaining_executions": 97,
    "workflow_name": "countdown",
    "deployment_name": "prod",
    "paused": False,
    "note": None,
    "future_executions": [{"scheduled_at": "2026-01-05T11:05:00Z"}],
    "recent_executions": [
        {
            "scheduled_at": "2026-01-05T10:05:00Z",
            "started_at": "2026-01-05T10:05:00.120000Z",
            "execution_id": "nightly-countdown-2026-01-05T10:05:00Z",
        }
    ],
}
LOCATION = {"location_type": "k8s", "k8s_cluster": "eu-west", "k8s_namespace": "workflows"}
DEPLOYMENT: dict[str, Any] = {
    "id": str(DEPLOYMENT_ID),
    "name": "prod",
    "is_active": True,
    "is_hardened": False,
    "created_at": "2026-01-02T08:00:00Z",
    "updated_at": "2026-01-05T09:59:30Z",
    "last_heartbeat": "2026-01-05T09:59:30Z",
    "location": LOCATION,
    "worker_count": 2,
    "active_worker_count": 1,
    # A place this client does not know: kept as a string.
    "locations": ["k8s", "edge"],
    "managed": None,
}
WORKER = {
    "name": "prod-worker-0",
    "created_at": "2026-01-02T08:00:00Z",
    "updated_at": "2026-01-05T09:59:30Z",
    "last_heartbeat": "2026-01-05T09:59:30Z",
    "is_active": True,
    "location": LOCATION,
}
MANAGED: dict[str, Any] = {
    "service_id": "svc-8c9d0e1f",
    "name": "billing",
    "spec": {
        "github_url": "https://github.com/acme/billing-workflows",
        "type": "workflows_worker",
        "revision": "main",
        "entrypoint": "worker:main",
        "working_dir": None,
        "restarted_at": None,
        "commit_sha": None,
        "commit": {
            "sha": "4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f",
            "message": "Add the invoice workflow",
            "author": {"name": "Ada", "username": "ada", "html_url": None},
            "html_url": None,
        },
        "backend_spec": {"type": "mistral_cloud", "dockerfile_path": None},
    },
    "resources": {
        "replicas": 1,
        "cpu_request": None,
        "cpu_limit": None,
        "memory_request": None,
        "memory_limit": "1Gi",
    },
    "status": {
        "phase": "BUILDING",
        "available_replicas": 0,
        "ready_replicas": 0,
        "endpoint": None,
        "message": "building image",
        "last_seen": "2026-01-05T10:00:02Z",
        "deployed_revision": None,
        "generation": 1,
        "build_state": {
            "phase": "RUNNING",
            "commit_sha": "4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f",
            "image": None,
            "message": None,
            "started_at": "2026-01-05T10:00:01Z",
            "finished_at": None,
        },
    },
    "created_at": "2026-01-05T10:00:00Z",
    "updated_at": "2026-01-05T10:00:02Z",
    "stopped": False,
    "rollout_status": None,
    "created_by": "user-42",
    "updated_by": "user-42",
    "deployed_by": None,
    "deployed_at": None,
    "is_hardened": True,
}
DEPLOYMENT_LOG = LOG_RECORD | {
    "body": "worker prod-worker-0 polling",
    "log_attributes": {"worker_name": "prod-worker-0"},
}


def _check_workflow_list(parsed: WorkflowListResponse) -> None:
    [row] = parsed.workflows
    assert isinstance(row, WorkflowBasicDefinition)
    assert row.id == WORKFLOW_ID
    assert isinstance(row.metadata, WorkflowMetadata)
    assert row.metadata.shared_namespace == "shared:countdown"


def _check_workflow(parsed: WorkflowGetResponse) -> None:
    workflow = parsed.workflow
    assert isinstance(workflow, WorkflowWithWorkerStatus)
    assert workflow.type_ == "graph" and not isinstance(workflow.type_, WorkflowType)
    assert workflow.active is True


def _check_bulk_archive(parsed: WorkflowBulkArchiveResponse) -> None:
    [archived] = parsed.archived
    assert isinstance(archived, Workflow) and archived.archived is True
    assert not isinstance(parsed.errored, Unset)
    [error] = parsed.errored
    assert isinstance(error, WorkflowBulkError)
    assert error.workflow_id == MISSING_WORKFLOW_ID and error.workflow is None


def _check_metrics(parsed: WorkflowMetrics) -> None:
    assert isinstance(parsed.execution_count, ScalarMetric) and parsed.execution_count.value == 12
    assert isinstance(parsed.latency_over_time, TimeSeriesMetric)
    assert parsed.latency_over_time.value[1] == [1767610800, 5025.5]


def _check_registrations(parsed: WorkflowRegistrationListResponse) -> None:
    [registration] = parsed.workflow_registrations
    assert isinstance(registration, WorkflowRegistration)
    assert registration.id == REGISTRATION_ID
    assert isinstance(registration.definition, WorkflowCodeDefinition)
    assert isinstance(registration.workflow, Workflow)
    assert not isinstance(registration.definition.queries, Unset)
    assert isinstance(registration.definition.queries[0], QueryDefinition)


def _check_event_list(parsed: ListWorkflowEventResponse) -> None:
    started, future = parsed.events
    assert isinstance(started, WorkflowExecutionStartedResponse)
    assert isinstance(started.attributes.input_, JSONPayloadResponse)
    assert isinstance(future, UnknownWorkflowEvent)
    assert future.event_type == "TIMER_FIRED"


def _check_schedule(parsed: ScheduleDefinitionOutput) -> None:
    assert parsed.input_ == {"n": 3}
    assert isinstance(parsed.policy, SchedulePolicy)
    assert parsed.policy.overlap is ScheduleOverlapPolicy.SKIP
    assert parsed.start_at == datetime.datetime(2026, 1, 5, tzinfo=UTC)
    assert not isinstance(parsed.recent_executions, Unset)
    assert isinstance(parsed.recent_executions[0], ScheduleRecentExecution)
    assert parsed.remaining_executions == 97


def _check_deployments(parsed: DeploymentListResponse) -> None:
    [deployment] = parsed.deployments
    assert isinstance(deployment, DeploymentResponse)
    assert deployment.last_heartbeat == datetime.datetime(2026, 1, 5, 9, 59, 30, tzinfo=UTC)
    assert deployment.locations == [LocationType.K8S, "edge"]
    assert isinstance(deployment.location, DeploymentLocation)
    assert deployment.location.location_type is LocationType.K8S


def _check_managed(parsed: ManagedDeploymentResponse) -> None:
    assert isinstance(parsed.spec, DeploymentWorkerSpecResponse)
    assert isinstance(parsed.spec.commit, GitCommitMetadata)
    assert isinstance(parsed.spec.commit.author, GitCommitAuthor)
    assert isinstance(parsed.status, DeploymentObservedState)
    assert isinstance(parsed.status.build_state, DeploymentBuildState)
    assert parsed.status.build_state.started_at == datetime.datetime(2026, 1, 5, 10, 0, 1, tzinfo=UTC)
    assert not isinstance(parsed.spec.backend_spec, Unset)
    assert parsed.spec.backend_spec["type"] == "mistral_cloud"


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
    # Sent by the official SDK 3.7, not in the contract: include_search_keys and search_keys.
    Case(
        "get_execution_with_search_keys",
        get_execution,
        (EXECUTION_ID,),
        {"include_search_keys": True},
        "GET",
        EXECUTION_PATH,
        200,
        EXECUTION_BODY | {"search_keys": {"customer": "acme", "ticket": None}},
        WorkflowExecutionResponse,
        query={"include_search_keys": ["true"]},
        check=_check_search_keys,
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
    # ----- workflows ---------------------------------------------------------------------
    Case(
        "list_workflows",
        list_workflows,
        (),
        {
            "status": [WorkflowExecutionStatus.RUNNING, WorkflowExecutionStatus.FAILED],
            "include_shared": False,
            "available_in_chat_assistant": True,
            "deployment_name": ["prod", "staging"],
            "deployment_status": ActivityFilter.ACTIVE,
            "archived": False,
            "tags": ["billing", "eu"],
            "sort_by": WorkflowSortField.DISPLAY_NAME,
            "order": ListWorkflowsOrder.DESC,
            "cursor": "c1",
            "limit": 20,
            "search": "count",
        },
        "GET",
        "/v1/workflows",
        200,
        {"workflows": [WORKFLOW_ROW], "next_cursor": "c2"},
        WorkflowListResponse,
        query={
            "status": ["RUNNING", "FAILED"],
            "include_shared": ["false"],
            "available_in_chat_assistant": ["true"],
            "deployment_name": ["prod", "staging"],
            "deployment_status": ["active"],
            "archived": ["false"],
            "tags": ["billing", "eu"],
            "sort_by": ["display_name"],
            "order": ["desc"],
            "cursor": ["c1"],
            "limit": ["20"],
            "search": ["count"],
        },
        check=_check_workflow_list,
    ),
    Case(
        "list_workflows_first_page",
        list_workflows,
        (),
        # One status alone is sent as one value; the deprecated active_only only when given.
        {"status": WorkflowExecutionStatus.COMPLETED, "active_only": True},
        "GET",
        "/v1/workflows",
        200,
        {"workflows": [], "next_cursor": None},
        WorkflowListResponse,
        query={
            "status": ["COMPLETED"],
            "active_only": ["true"],
            "include_shared": ["true"],
            "order": ["asc"],
            "limit": ["50"],
        },
    ),
    Case(
        "get_workflow",
        get_workflow,
        ("nightly report/v2",),
        {},
        "GET",
        "/v1/workflows/nightly%20report%2Fv2",
        200,
        {"workflow": WORKFLOW | {"active": True}},
        WorkflowGetResponse,
        check=_check_workflow,
    ),
    Case(
        "update_workflow",
        update_workflow,
        ("countdown",),
        {"body": WorkflowUpdateRequest(display_name="Countdown (v2)", tags=["demo", "timers"])},
        "PUT",
        "/v1/workflows/countdown",
        200,
        {"workflow": WORKFLOW | {"display_name": "Countdown (v2)", "tags": ["demo", "timers"]}},
        WorkflowUpdateResponse,
        sent_json={"display_name": "Countdown (v2)", "tags": ["demo", "timers"]},
    ),
    Case(
        "archive_workflow",
        archive_workflow,
        ("countdown",),
        {},
        "PUT",
        "/v1/workflows/countdown/archive",
        200,
        {"workflow": WORKFLOW | {"archived": True}},
        WorkflowArchiveResponse,
    ),
    Case(
        "unarchive_workflow",
        unarchive_workflow,
        ("countdown",),
        {},
        "PUT",
        "/v1/workflows/countdown/unarchive",
        200,
        {"workflow": WORKFLOW},
        WorkflowUnarchiveResponse,
    ),
    Case(
        "bulk_archive_workflows",
        bulk_archive_workflows,
        (),
        {"body": WorkflowBulkArchiveRequest(workflow_ids=[WORKFLOW_ID, MISSING_WORKFLOW_ID])},
        "PUT",
        "/v1/workflows/archive",
        200,
        {
            "archived": [WORKFLOW | {"archived": True}],
            "errored": [
                {"workflow_id": str(MISSING_WORKFLOW_ID), "workflow": None, "message": "workflow not found"}
            ],
        },
        WorkflowBulkArchiveResponse,
        sent_json={"workflow_ids": [str(WORKFLOW_ID), str(MISSING_WORKFLOW_ID)]},
        check=_check_bulk_archive,
    ),
    Case(
        "bulk_unarchive_workflows",
        bulk_unarchive_workflows,
        (),
        {"body": WorkflowBulkUnarchiveRequest(workflow_ids=[WORKFLOW_ID])},
        "PUT",
        "/v1/workflows/unarchive",
        200,
        {"unarchived": [WORKFLOW], "errored": []},
        WorkflowBulkUnarchiveResponse,
        sent_json={"workflow_ids": [str(WORKFLOW_ID)]},
    ),
    Case(
        "add_workflow_tags",
        add_workflow_tags,
        ("countdown",),
        {"body": WorkflowTagsAddRequest(tags=["timers"])},
        "POST",
        "/v1/workflows/countdown/tags",
        204,
        sent_json={"tags": ["timers"]},
    ),
    Case(
        "get_workflow_metrics",
        get_workflow_metrics,
        ("countdown",),
        {
            "start_time": datetime.datetime(2026, 1, 1, tzinfo=UTC),
            "end_time": datetime.datetime(2026, 1, 31, 23, 59, 59, tzinfo=UTC),
        },
        "GET",
        "/v1/workflows/countdown/metrics",
        200,
        METRICS,
        WorkflowMetrics,
        query={"start_time": ["2026-01-01T00:00:00+00:00"], "end_time": ["2026-01-31T23:59:59+00:00"]},
        check=_check_metrics,
    ),
    # ----- registrations -----------------------------------------------------------------
    Case(
        "list_registrations",
        list_registrations,
        (),
        {
            "workflow_id": WORKFLOW_ID,
            "active_only": True,
            "workflow_search": "count",
            "archived": False,
            "with_workflow": True,
            "limit": 10,
            "cursor": "c1",
        },
        "GET",
        "/v1/workflows/registrations",
        200,
        {
            "workflow_registrations": [REGISTRATION | {"workflow": WORKFLOW}],
            "next_cursor": None,
            "workflow_versions": [REGISTRATION | {"workflow": WORKFLOW}],
        },
        WorkflowRegistrationListResponse,
        query={
            "workflow_id": [str(WORKFLOW_ID)],
            "active_only": ["true"],
            "include_shared": ["true"],
            "workflow_search": ["count"],
            "archived": ["false"],
            "with_workflow": ["true"],
            "limit": ["10"],
            "cursor": ["c1"],
        },
        check=_check_registrations,
    ),
    Case(
        "get_registration",
        get_registration,
        (REGISTRATION_ID,),
        {"include_shared": False},
        "GET",
        f"/v1/workflows/registrations/{REGISTRATION_ID}",
        200,
        {
            "workflow_registration": REGISTRATION | {"active": True},
            "workflow_version": REGISTRATION | {"active": True},
        },
        WorkflowRegistrationGetResponse,
        query={"with_workflow": ["false"], "include_shared": ["false"]},
    ),
    Case(
        "execute_registration",
        execute_registration,
        (REGISTRATION_ID,),
        {"body": WorkflowExecutionRequest(execution_id="exec-51d0", wait_for_result=True)},
        "POST",
        f"/v1/workflows/registrations/{REGISTRATION_ID}/execute",
        200,
        {"workflow_name": "countdown", "execution_id": "exec-51d0", "result": {"done": True}},
        WorkflowExecutionSyncResponse,
        sent_json={"execution_id": "exec-51d0", "wait_for_result": True, "force_new_trace": False},
    ),
    # Sent by the official SDK 3.7, not in the contract: traceparent (the body of both executes).
    Case(
        "execute_registration_in_the_callers_trace",
        execute_registration,
        (REGISTRATION_ID,),
        {"body": WorkflowExecutionRequest(traceparent=TRACEPARENT)},
        "POST",
        f"/v1/workflows/registrations/{REGISTRATION_ID}/execute",
        200,
        EXECUTION_BODY | {"status": "RUNNING", "end_time": None, "result": None},
        WorkflowExecutionResponse,
        sent_json={"wait_for_result": False, "force_new_trace": False, "traceparent": TRACEPARENT},
    ),
    # Sent by the official SDK 3.7, not in the contract: workflow_name.
    Case(
        "list_registrations_of_one_workflow",
        list_registrations,
        (),
        {"workflow_name": "countdown"},
        "GET",
        "/v1/workflows/registrations",
        200,
        {"workflow_registrations": [REGISTRATION], "next_cursor": None, "workflow_versions": [REGISTRATION]},
        WorkflowRegistrationListResponse,
        query={
            "workflow_name": ["countdown"],
            "active_only": ["false"],
            "include_shared": ["true"],
            "with_workflow": ["false"],
            "limit": ["50"],
        },
    ),
    # ----- events ------------------------------------------------------------------------
    Case(
        "list_events",
        list_events,
        (),
        {"root_workflow_exec_id": "exec-7f3a", "workflow_run_id": str(RUN_ID), "limit": 2, "cursor": "c1"},
        "GET",
        "/v1/workflows/events/list",
        200,
        {"events": [STARTED_EVENT, FUTURE_EVENT], "next_cursor": "c2"},
        ListWorkflowEventResponse,
        query={
            "root_workflow_exec_id": ["exec-7f3a"],
            "workflow_run_id": [str(RUN_ID)],
            "limit": ["2"],
            "cursor": ["c1"],
        },
        check=_check_event_list,
    ),
    Case(
        "stream_events",
        stream_events,
        (),
        {
            "scope": EventScope.WORKFLOW,
            "workflow_name": "countdown",
            "root_workflow_exec_id": "exec-7f3a",
            "start_seq": 8,
            "metadata_filters": StreamEventsMetadataFilters.from_dict({"tenant": "acme"}),
            "workflow_event_types": [
                WorkflowEventType.WORKFLOW_EXECUTION_COMPLETED,
                WorkflowEventType.WORKFLOW_EXECUTION_FAILED,
            ],
            "last_event_id": "7",
        },
        "GET",
        "/v1/workflows/events/stream",
        200,
        EVENT_STREAM,
        str,
        # The filters left out are sent as their document default, `*`; each metadata pair
        # is a parameter of its own.
        query={
            "scope": ["workflow"],
            "activity_name": ["*"],
            "activity_id": ["*"],
            "workflow_name": ["countdown"],
            "workflow_exec_id": ["*"],
            "root_workflow_exec_id": ["exec-7f3a"],
            "parent_workflow_exec_id": ["*"],
            "stream": ["*"],
            "start_seq": ["8"],
            "tenant": ["acme"],
            "workflow_event_types": ["WORKFLOW_EXECUTION_COMPLETED", "WORKFLOW_EXECUTION_FAILED"],
        },
        sent_headers={"Last-Event-ID": "7"},
        answer_type="text/event-stream",
    ),
    # ----- schedules ---------------------------------------------------------------------
    Case(
        "list_schedules",
        list_schedules,
        (),
        {
            "workflow_name": "countdown",
            "user_id": "current",
            "status": ScheduleStatus.PAUSED,
            "page_size": 10,
        },
        "GET",
        "/v1/workflows/schedules",
        200,
        {"schedules": [SCHEDULE | {"paused": True, "note": "holidays"}], "next_page_token": "t2"},
        WorkflowScheduleListResponse,
        query={
            "workflow_name": ["countdown"],
            "user_id": ["current"],
            "status": ["paused"],
            "page_size": ["10"],
        },
    ),
    Case(
        "create_schedule",
        create_schedule,
        (),
        {
            "body": WorkflowScheduleRequest(
                schedule=ScheduleDefinition(
                    input_={"n": 3},
                    cron_expressions=["0 9 * * MON-FRI"],
                    calendars=[
                        ScheduleCalendar(
                            hour=[ScheduleRange(start=12)],
                            day_of_week=[ScheduleRange(start=1, end=5)],
                            comment="weekday noons",
                        )
                    ],
                    intervals=[ScheduleInterval(every="PT1H", offset="PT5M")],
                    start_at=datetime.datetime(2026, 1, 5, tzinfo=UTC),
                    jitter="PT30S",
                    time_zone_name="Europe/Paris",
                    policy=SchedulePolicy(overlap=ScheduleOverlapPolicy.BUFFER_ONE, pause_on_failure=True),
                    max_executions=100,
                ),
                workflow_identifier="countdown",
                schedule_id="nightly-countdown",
                deployment_name="prod",
            )
        },
        "POST",
        "/v1/workflows/schedules",
        201,
        {"schedule_id": "nightly-countdown"},
        WorkflowScheduleResponse,
        sent_json={
            "schedule": {
                "input": {"n": 3},
                "cron_expressions": ["0 9 * * MON-FRI"],
                "calendars": [
                    {
                        "hour": [{"start": 12, "end": 0, "step": 0}],
                        "day_of_week": [{"start": 1, "end": 5, "step": 0}],
                        "comment": "weekday noons",
                    }
                ],
                "intervals": [{"every": "PT1H", "offset": "PT5M"}],
                "start_at": "2026-01-05T00:00:00+00:00",
                "jitter": "PT30S",
                "time_zone_name": "Europe/Paris",
                "policy": {"catchup_window_seconds": 31536000, "overlap": 2, "pause_on_failure": True},
                "max_executions": 100,
            },
            "workflow_identifier": "countdown",
            "schedule_id": "nightly-countdown",
            "deployment_name": "prod",
        },
    ),
    Case(
        "get_schedule",
        get_schedule,
        ("nightly countdown/eu",),
        {},
        "GET",
        "/v1/workflows/schedules/nightly%20countdown%2Feu",
        200,
        SCHEDULE,
        ScheduleDefinitionOutput,
        check=_check_schedule,
    ),
    Case(
        "update_schedule",
        update_schedule,
        ("nightly-countdown",),
        {
            "body": WorkflowScheduleUpdateRequest(
                schedule=PartialScheduleDefinition(cron_expressions=["0 8 * * *"], max_executions=None)
            )
        },
        "PATCH",
        "/v1/workflows/schedules/nightly-countdown",
        200,
        {"schedule_id": "nightly-countdown"},
        WorkflowScheduleResponse,
        # Only the fields set travel: the others keep their values on the server.
        sent_json={"schedule": {"cron_expressions": ["0 8 * * *"], "max_executions": None}},
    ),
    Case(
        "delete_schedule",
        delete_schedule,
        ("nightly-countdown",),
        {},
        "DELETE",
        "/v1/workflows/schedules/nightly-countdown",
        204,
    ),
    Case(
        "pause_schedule",
        pause_schedule,
        ("nightly-countdown",),
        {"body": WorkflowSchedulePauseRequest(note="holidays")},
        "POST",
        "/v1/workflows/schedules/nightly-countdown/pause",
        204,
        sent_json={"note": "holidays"},
    ),
    Case(
        "pause_schedule_without_a_note",
        pause_schedule,
        ("nightly-countdown",),
        {},
        "POST",
        "/v1/workflows/schedules/nightly-countdown/pause",
        204,
    ),
    Case(
        "resume_schedule",
        resume_schedule,
        ("nightly-countdown",),
        {"body": WorkflowSchedulePauseRequest(note="back")},
        "POST",
        "/v1/workflows/schedules/nightly-countdown/resume",
        204,
        sent_json={"note": "back"},
    ),
    Case(
        "trigger_schedule",
        trigger_schedule,
        ("nightly-countdown",),
        {"body": WorkflowScheduleTriggerRequest(overlap=ScheduleOverlapPolicy.ALLOW_ALL)},
        "POST",
        "/v1/workflows/schedules/nightly-countdown/trigger",
        204,
        sent_json={"overlap": 6},
    ),
    # ----- deployments -------------------------------------------------------------------
    Case(
        "list_deployments",
        list_deployments,
        (),
        {
            "active_only": False,
            "is_hardened": False,
            "workflow_name": "countdown",
            "search": "pro",
            "order_by": DeploymentSortField.UPDATED_AT,
            "order": ListDeploymentsOrder.ASC,
            "limit": 10,
            "cursor": "c1",
            "workspace_id": WORKSPACE_ID,
        },
        "GET",
        "/v1/workflows/deployments",
        200,
        {"deployments": [DEPLOYMENT], "next_cursor": None, "workspace_id": str(WORKSPACE_ID)},
        DeploymentListResponse,
        query={
            "active_only": ["false"],
            "is_hardened": ["false"],
            "workflow_name": ["countdown"],
            "search": ["pro"],
            "order_by": ["updated_at"],
            "order": ["asc"],
            "limit": ["10"],
            "cursor": ["c1"],
            "workspace_id": [str(WORKSPACE_ID)],
        },
        check=_check_deployments,
    ),
    # Sent by the official SDK 3.7, not in the contract: the five filters below.
    Case(
        "list_deployments_by_owner_and_source",
        list_deployments,
        (),
        {
            "created_by": "user-42",
            "owner": "user-7",
            "location_types": [LocationType.K8S, LocationType.MANAGED],
            "repository_url": "https://github.com/acme/billing-workflows",
            "dockerfile_path": "docker/Dockerfile",
        },
        "GET",
        "/v1/workflows/deployments",
        200,
        {"deployments": [DEPLOYMENT], "next_cursor": None, "workspace_id": str(WORKSPACE_ID)},
        DeploymentListResponse,
        query={
            "active_only": ["true"],
            "created_by": ["user-42"],
            "owner": ["user-7"],
            "location_types": ["k8s", "managed"],
            "repository_url": ["https://github.com/acme/billing-workflows"],
            "dockerfile_path": ["docker/Dockerfile"],
            "order": ["desc"],
        },
        check=_check_deployments,
    ),
    # Sent by the official SDK 3.7, not in the contract: a spec built from an archive.
    Case(
        "create_deployment_from_an_archive",
        create_deployment,
        (),
        {
            "body": CreateDeploymentRequest(
                name="billing",
                spec=DeploymentWorkerSpecInput(
                    archive_id="arc-9f8e",
                    backend_spec=DeploymentWorkerSpecInputBackendSpecType0.from_dict(
                        {"type": "mistral_cloud", "dockerfile_path": "docker/Dockerfile"}
                    ),
                    requested_roles=["workspace_reader"],
                ),
            )
        },
        "POST",
        "/v1/workflows/deployments",
        202,
        MANAGED,
        ManagedDeploymentResponse,
        sent_json={
            "name": "billing",
            "spec": {
                "revision": "main",
                "entrypoint": "worker:main",
                "archive_id": "arc-9f8e",
                "backend_spec": {"type": "mistral_cloud", "dockerfile_path": "docker/Dockerfile"},
                "requested_roles": ["workspace_reader"],
            },
            "hardened": False,
        },
        check=_check_managed,
    ),
    Case(
        "create_deployment",
        create_deployment,
        (),
        {
            "body": CreateDeploymentRequest(
                name="billing",
                spec=DeploymentWorkerSpecInput(github_url="https://github.com/acme/billing-workflows"),
                resources=DeploymentResourceConfig(replicas=1, memory_limit="1Gi"),
                hardened=True,
            )
        },
        "POST",
        "/v1/workflows/deployments",
        202,
        MANAGED,
        ManagedDeploymentResponse,
        sent_json={
            "name": "billing",
            "spec": {
                "github_url": "https://github.com/acme/billing-workflows",
                "revision": "main",
                "entrypoint": "worker:main",
            },
            "resources": {"replicas": 1, "memory_limit": "1Gi"},
            "hardened": True,
        },
        check=_check_managed,
    ),
    Case(
        "get_deployment",
        get_deployment,
        ("prod",),
        {"workflow_name": "countdown"},
        "GET",
        "/v1/workflows/deployments/prod",
        200,
        DEPLOYMENT | {"workers": [WORKER]},
        DeploymentDetailResponse,
        query={"workflow_name": ["countdown"]},
    ),
    Case(
        "get_deployment_without_newer_fields",
        get_deployment,
        ("prod",),
        {},
        "GET",
        "/v1/workflows/deployments/prod",
        200,
        # A body of the public contract's version: no last_heartbeat anywhere.
        {k: v for k, v in DEPLOYMENT.items() if k != "last_heartbeat"}
        | {"workers": [{k: v for k, v in WORKER.items() if k != "last_heartbeat"}]},
        DeploymentDetailResponse,
    ),
    Case(
        "update_deployment",
        update_deployment,
        ("billing",),
        {
            "body": UpdateDeploymentRequest(
                spec=WorkflowsWorkerSpecUpdate(revision="v2"),
                resources=DeploymentResourceConfigUpdate(replicas=3),
            )
        },
        "PATCH",
        "/v1/workflows/deployments/billing",
        202,
        MANAGED,
        ManagedDeploymentResponse,
        sent_json={"spec": {"revision": "v2"}, "resources": {"replicas": 3}},
    ),
    Case(
        "delete_deployment",
        delete_deployment,
        ("billing",),
        {},
        "DELETE",
        "/v1/workflows/deployments/billing",
        202,
        MANAGED | {"stopped": True},
        ManagedDeploymentResponse,
    ),
    Case(
        "start_deployment",
        start_deployment,
        ("billing",),
        {},
        "POST",
        "/v1/workflows/deployments/billing/start",
        202,
        MANAGED,
        ManagedDeploymentResponse,
    ),
    Case(
        "stop_deployment",
        stop_deployment,
        ("billing",),
        {},
        "POST",
        "/v1/workflows/deployments/billing/stop",
        202,
        MANAGED | {"stopped": True},
        ManagedDeploymentResponse,
    ),
    Case(
        "restart_deployment",
        restart_deployment,
        ("billing",),
        {},
        "POST",
        "/v1/workflows/deployments/billing/restart",
        202,
        MANAGED | {"spec": MANAGED["spec"] | {"restarted_at": "2026-01-05T10:30:00+00:00"}},
        ManagedDeploymentResponse,
    ),
    Case(
        "list_deployment_workers",
        list_deployment_workers,
        ("prod",),
        {"worker_status": ActivityFilter.INACTIVE, "limit": 5, "cursor": "c1"},
        "GET",
        "/v1/workflows/deployments/prod/workers",
        200,
        {"workers": [WORKER | {"is_active": False, "location": None}], "next_cursor": None},
        DeploymentWorkerListResponse,
        query={"worker_status": ["inactive"], "limit": ["5"], "cursor": ["c1"]},
    ),
    Case(
        "list_deployment_logs",
        list_deployment_logs,
        ("prod",),
        {
            "worker_name": "prod-worker-0",
            "workflow_name": "countdown",
            "after": datetime.datetime(2026, 1, 5, 10, 0, tzinfo=UTC),
            "before": datetime.datetime(2026, 1, 5, 11, 0, tzinfo=UTC),
            "order": ListDeploymentLogsOrder.DESC,
            "limit": 2,
        },
        "GET",
        "/v1/workflows/deployments/prod/logs",
        200,
        {"results": [DEPLOYMENT_LOG], "next_cursor": "c2"},
        DeploymentLogSearchResponse,
        query={
            "worker_name": ["prod-worker-0"],
            "workflow_name": ["countdown"],
            "after": ["2026-01-05T10:00:00+00:00"],
            "before": ["2026-01-05T11:00:00+00:00"],
            "order": ["desc"],
            "limit": ["2"],
        },
    ),
    # Sent by the official SDK 3.7, not in the contract: log_type.
    Case(
        "list_deployment_logs_of_the_build",
        list_deployment_logs,
        ("billing",),
        {"log_type": DeploymentLogType.BUILD},
        "GET",
        "/v1/workflows/deployments/billing/logs",
        200,
        {"results": [DEPLOYMENT_LOG], "next_cursor": None},
        DeploymentLogSearchResponse,
        query={"log_type": ["build"], "order": ["asc"], "limit": ["50"]},
    ),
    Case(
        "stream_deployment_logs",
        stream_deployment_logs,
        ("prod",),
        {"worker_name": "prod-worker-0", "last_event_id_query": "6", "last_event_id_header": "7"},
        "GET",
        "/v1/workflows/deployments/prod/logs/stream",
        200,
        f"event: log\nid: 7\ndata: {json.dumps(DEPLOYMENT_LOG)}\n\n",
        str,
        query={"worker_name": ["prod-worker-0"], "last_event_id": ["6"]},
        sent_headers={"Last-Event-ID": "7"},
        answer_type="text/event-stream",
    ),
    Case(
        "get_deployment_archive",
        get_deployment_archive,
        ("billing",),
        {},
        "GET",
        "/v1/workflows/deployments/billing/archive",
        200,
        {"archive_id": "arc-3c4d5e6f", "download_url": None},
        DeploymentArchiveResponse,
    ),
    Case(
        "unharden_deployment",
        unharden_deployment,
        (str(DEPLOYMENT_ID),),
        {"workspace_id": WORKSPACE_ID},
        "POST",
        f"/v1/workflows/deployments/{DEPLOYMENT_ID}/unharden",
        204,
        query={"workspace_id": [str(WORKSPACE_ID)]},
    ),
    Case(
        "get_worker_info",
        get_worker_info,
        (),
        {},
        "GET",
        "/v1/workflows/workers/whoami",
        200,
        {"scheduler_url": "scheduler.workflows.example.com:7233", "namespace": "ws-3f2a1b"},
        WorkerInfo,
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


def test_there_is_a_case_for_each_of_the_57_operations() -> None:
    assert len({case.module.__name__ for case in CASES}) == 57


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
