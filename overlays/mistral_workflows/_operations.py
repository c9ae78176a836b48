"""The generated operations the overlay calls, and how safe each is to retry.

Modules are imported on first use, not at import time: the generated package imports
all of its ~100 models as soon as one operation module loads.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any

from ._record import Record


class Operation(Record):
    """One generated operation module: ``mistral_workflows_api.api.<tag>.<name>``."""

    __slots__ = ("_loaded", "decodes", "encodes", "idempotent", "name", "returns", "tag")
    tag: str
    name: str
    #: Safe to send twice: retried on any transport error, 408, 429 and 5xx.
    idempotent: bool
    #: Class name (in ``mistral_workflows_api.models``) of the success body, when there is one.
    returns: str | None
    #: How the request carries an input that payload encoding encodes (``_payloads.EncodeKind``).
    encodes: str | None
    #: Where the answer carries payloads that payload encoding decodes (``_payloads.DecodeKind``).
    decodes: str | None
    #: Loaded on first use: [module, success model or None].
    _loaded: list[Any]

    def __init__(
        self,
        tag: str,
        name: str,
        idempotent: bool,
        returns: str | None = None,
        encodes: str | None = None,
        decodes: str | None = None,
    ) -> None:
        setting = object.__setattr__
        setting(self, "tag", tag)
        setting(self, "name", name)
        setting(self, "idempotent", idempotent)
        setting(self, "returns", returns)
        setting(self, "encodes", encodes)
        setting(self, "decodes", decodes)
        setting(self, "_loaded", [])

    def _load(self) -> list[Any]:
        if not self._loaded:
            module = importlib.import_module(f"mistral_workflows_api.api.{self.tag}.{self.name}")
            models = importlib.import_module("mistral_workflows_api.models")
            self._loaded[:] = [module, None if self.returns is None else getattr(models, self.returns)]
        return self._loaded

    @property
    def module(self) -> ModuleType:
        """The generated operation module."""
        module: ModuleType = self._load()[0]
        return module

    def success_model(self) -> type | None:
        """The generated model class of the success body, if the operation has one."""
        model: type | None = self._load()[1]
        return model


EXECUTE_WORKFLOW = Operation(
    "workflows", "execute_workflow", idempotent=False, encodes="execute", decodes="result"
)
GET_EXECUTION = Operation(
    "executions", "get_execution", idempotent=True, returns="WorkflowExecutionResponse", decodes="result"
)
GET_EXECUTION_HISTORY = Operation("executions", "get_execution_history", idempotent=True, decodes="history")
SIGNAL_EXECUTION = Operation(
    "executions", "signal_execution", idempotent=False, returns="SignalWorkflowResponse", encodes="invocation"
)
QUERY_EXECUTION = Operation(
    "executions",
    "query_execution",
    idempotent=True,
    returns="QueryWorkflowResponse",
    encodes="invocation",
    decodes="result",
)
UPDATE_EXECUTION = Operation(
    "executions",
    "update_execution",
    idempotent=False,
    returns="UpdateWorkflowResponse",
    encodes="invocation",
    decodes="result",
)
CANCEL_EXECUTION = Operation("executions", "cancel_execution", idempotent=True)
TERMINATE_EXECUTION = Operation("executions", "terminate_execution", idempotent=True)
BATCH_CANCEL_EXECUTIONS = Operation(
    "executions", "batch_cancel_executions", idempotent=True, returns="BatchExecutionResponse"
)
BATCH_TERMINATE_EXECUTIONS = Operation(
    "executions", "batch_terminate_executions", idempotent=True, returns="BatchExecutionResponse"
)
RESET_EXECUTION = Operation("executions", "reset_execution", idempotent=False)
GET_TRACE_INFO = Operation(
    "executions", "get_trace_info", idempotent=True, returns="ExecutionTraceInfoResponse"
)
# The trace answers repeat the execution, its (possibly encoded) result included.
GET_TRACE_OTEL = Operation(
    "executions",
    "get_trace_otel",
    idempotent=True,
    returns="WorkflowExecutionTraceOTelResponse",
    decodes="result",
)
GET_TRACE_SUMMARY = Operation(
    "executions",
    "get_trace_summary",
    idempotent=True,
    returns="WorkflowExecutionTraceSummaryResponse",
    decodes="result",
)
GET_TRACE_EVENTS = Operation(
    "executions",
    "get_trace_events",
    idempotent=True,
    returns="WorkflowExecutionTraceEventsResponse",
    decodes="result",
)
STREAM_EXECUTION = Operation("executions", "stream_execution", idempotent=True)
LIST_EXECUTION_LOGS = Operation(
    "executions", "list_execution_logs", idempotent=True, returns="ExecutionLogSearchResponse"
)
STREAM_EXECUTION_LOGS = Operation("executions", "stream_execution_logs", idempotent=True)
LIST_RUNS = Operation("runs", "list_runs", idempotent=True, returns="WorkflowExecutionListResponse")
GET_RUN = Operation("runs", "get_run", idempotent=True, returns="WorkflowExecutionResponse", decodes="result")
GET_RUN_HISTORY = Operation("runs", "get_run_history", idempotent=True, decodes="history")

# Events.
LIST_EVENTS = Operation(
    "events", "list_events", idempotent=True, returns="ListWorkflowEventResponse", decodes="events"
)
STREAM_EVENTS = Operation("events", "stream_events", idempotent=True)

# Workflows and registrations. Archiving, updating and tagging set a state (sending them twice
# leaves the same state), so they are retried; executing a registration is not (see execute).
LIST_WORKFLOWS = Operation("workflows", "list_workflows", idempotent=True, returns="WorkflowListResponse")
GET_WORKFLOW = Operation("workflows", "get_workflow", idempotent=True, returns="WorkflowGetResponse")
UPDATE_WORKFLOW = Operation("workflows", "update_workflow", idempotent=True, returns="WorkflowUpdateResponse")
ARCHIVE_WORKFLOW = Operation(
    "workflows", "archive_workflow", idempotent=True, returns="WorkflowArchiveResponse"
)
UNARCHIVE_WORKFLOW = Operation(
    "workflows", "unarchive_workflow", idempotent=True, returns="WorkflowUnarchiveResponse"
)
BULK_ARCHIVE_WORKFLOWS = Operation(
    "workflows", "bulk_archive_workflows", idempotent=True, returns="WorkflowBulkArchiveResponse"
)
BULK_UNARCHIVE_WORKFLOWS = Operation(
    "workflows", "bulk_unarchive_workflows", idempotent=True, returns="WorkflowBulkUnarchiveResponse"
)
ADD_WORKFLOW_TAGS = Operation("workflows", "add_workflow_tags", idempotent=True)
LIST_REGISTRATIONS = Operation(
    "registrations", "list_registrations", idempotent=True, returns="WorkflowRegistrationListResponse"
)
GET_REGISTRATION = Operation(
    "registrations", "get_registration", idempotent=True, returns="WorkflowRegistrationGetResponse"
)
EXECUTE_REGISTRATION = Operation(
    "registrations", "execute_registration", idempotent=False, encodes="execute", decodes="result"
)

# Schedules. Pause, resume and update set a state; a create or a trigger starts something.
CREATE_SCHEDULE = Operation(
    "schedules",
    "create_schedule",
    idempotent=False,
    returns="WorkflowScheduleResponse",
    encodes="schedule_create",
)
LIST_SCHEDULES = Operation(
    "schedules",
    "list_schedules",
    idempotent=True,
    returns="WorkflowScheduleListResponse",
    decodes="schedules",
)
GET_SCHEDULE = Operation(
    "schedules", "get_schedule", idempotent=True, returns="ScheduleDefinitionOutput", decodes="schedule"
)
UPDATE_SCHEDULE = Operation(
    "schedules",
    "update_schedule",
    idempotent=True,
    returns="WorkflowScheduleResponse",
    encodes="schedule_update",
)
DELETE_SCHEDULE = Operation("schedules", "delete_schedule", idempotent=True)
PAUSE_SCHEDULE = Operation("schedules", "pause_schedule", idempotent=True)
RESUME_SCHEDULE = Operation("schedules", "resume_schedule", idempotent=True)
TRIGGER_SCHEDULE = Operation("schedules", "trigger_schedule", idempotent=False)

# Deployments. Start and stop reach a state; a restart sent twice restarts twice.
LIST_DEPLOYMENTS = Operation(
    "deployments", "list_deployments", idempotent=True, returns="DeploymentListResponse"
)
CREATE_DEPLOYMENT = Operation(
    "deployments", "create_deployment", idempotent=False, returns="ManagedDeploymentResponse"
)
GET_DEPLOYMENT = Operation(
    "deployments", "get_deployment", idempotent=True, returns="DeploymentDetailResponse"
)
UPDATE_DEPLOYMENT = Operation(
    "deployments", "update_deployment", idempotent=True, returns="ManagedDeploymentResponse"
)
DELETE_DEPLOYMENT = Operation(
    "deployments", "delete_deployment", idempotent=True, returns="ManagedDeploymentResponse"
)
START_DEPLOYMENT = Operation(
    "deployments", "start_deployment", idempotent=True, returns="ManagedDeploymentResponse"
)
STOP_DEPLOYMENT = Operation(
    "deployments", "stop_deployment", idempotent=True, returns="ManagedDeploymentResponse"
)
RESTART_DEPLOYMENT = Operation(
    "deployments", "restart_deployment", idempotent=False, returns="ManagedDeploymentResponse"
)
LIST_DEPLOYMENT_WORKERS = Operation(
    "deployments", "list_deployment_workers", idempotent=True, returns="DeploymentWorkerListResponse"
)
LIST_DEPLOYMENT_LOGS = Operation(
    "deployments", "list_deployment_logs", idempotent=True, returns="DeploymentLogSearchResponse"
)
STREAM_DEPLOYMENT_LOGS = Operation("deployments", "stream_deployment_logs", idempotent=True)
GET_DEPLOYMENT_ARCHIVE = Operation(
    "deployments", "get_deployment_archive", idempotent=True, returns="DeploymentArchiveResponse"
)
UNHARDEN_DEPLOYMENT = Operation("deployments", "unharden_deployment", idempotent=True)

# Metrics.
GET_WORKFLOW_METRICS = Operation(
    "metrics", "get_workflow_metrics", idempotent=True, returns="WorkflowMetrics"
)

# Workers.
GET_WORKER_INFO = Operation("workers", "get_worker_info", idempotent=True, returns="WorkerInfo")

ALL_OPERATIONS = (
    EXECUTE_WORKFLOW,
    GET_EXECUTION,
    GET_EXECUTION_HISTORY,
    SIGNAL_EXECUTION,
    QUERY_EXECUTION,
    UPDATE_EXECUTION,
    CANCEL_EXECUTION,
    TERMINATE_EXECUTION,
    BATCH_CANCEL_EXECUTIONS,
    BATCH_TERMINATE_EXECUTIONS,
    RESET_EXECUTION,
    GET_TRACE_INFO,
    GET_TRACE_OTEL,
    GET_TRACE_SUMMARY,
    GET_TRACE_EVENTS,
    STREAM_EXECUTION,
    LIST_EXECUTION_LOGS,
    STREAM_EXECUTION_LOGS,
    LIST_RUNS,
    GET_RUN,
    GET_RUN_HISTORY,
    LIST_EVENTS,
    STREAM_EVENTS,
    LIST_WORKFLOWS,
    GET_WORKFLOW,
    UPDATE_WORKFLOW,
    ARCHIVE_WORKFLOW,
    UNARCHIVE_WORKFLOW,
    BULK_ARCHIVE_WORKFLOWS,
    BULK_UNARCHIVE_WORKFLOWS,
    ADD_WORKFLOW_TAGS,
    LIST_REGISTRATIONS,
    GET_REGISTRATION,
    EXECUTE_REGISTRATION,
    CREATE_SCHEDULE,
    LIST_SCHEDULES,
    GET_SCHEDULE,
    UPDATE_SCHEDULE,
    DELETE_SCHEDULE,
    PAUSE_SCHEDULE,
    RESUME_SCHEDULE,
    TRIGGER_SCHEDULE,
    LIST_DEPLOYMENTS,
    CREATE_DEPLOYMENT,
    GET_DEPLOYMENT,
    UPDATE_DEPLOYMENT,
    DELETE_DEPLOYMENT,
    START_DEPLOYMENT,
    STOP_DEPLOYMENT,
    RESTART_DEPLOYMENT,
    LIST_DEPLOYMENT_WORKERS,
    LIST_DEPLOYMENT_LOGS,
    STREAM_DEPLOYMENT_LOGS,
    GET_DEPLOYMENT_ARCHIVE,
    UNHARDEN_DEPLOYMENT,
    GET_WORKFLOW_METRICS,
    GET_WORKER_INFO,
)
