"""The generated operations the overlay calls, and how safe each is to retry.

Modules are imported on first use, not at import time: the generated package imports
all of its ~100 models as soon as one operation module loads.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any


@dataclass(frozen=True)
class Operation:
    """One generated operation module: ``mistral_workflows_api.api.<tag>.<name>``."""

    tag: str
    name: str
    #: Safe to send twice: retried on any transport error, 408, 429 and 5xx.
    idempotent: bool
    #: Class name (in ``mistral_workflows_api.models``) of the success body, when there is one.
    returns: str | None = None
    #: Loaded on first use: [module, success model or None].
    _loaded: list[Any] = field(default_factory=list, repr=False, compare=False)

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


EXECUTE_WORKFLOW = Operation("workflows", "execute_workflow", idempotent=False)
GET_EXECUTION = Operation("executions", "get_execution", idempotent=True, returns="WorkflowExecutionResponse")
GET_EXECUTION_HISTORY = Operation("executions", "get_execution_history", idempotent=True)
SIGNAL_EXECUTION = Operation(
    "executions", "signal_execution", idempotent=False, returns="SignalWorkflowResponse"
)
QUERY_EXECUTION = Operation("executions", "query_execution", idempotent=True, returns="QueryWorkflowResponse")
UPDATE_EXECUTION = Operation(
    "executions", "update_execution", idempotent=False, returns="UpdateWorkflowResponse"
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
GET_TRACE_OTEL = Operation(
    "executions", "get_trace_otel", idempotent=True, returns="WorkflowExecutionTraceOTelResponse"
)
GET_TRACE_SUMMARY = Operation(
    "executions",
    "get_trace_summary",
    idempotent=True,
    returns="WorkflowExecutionTraceSummaryResponse",
)
GET_TRACE_EVENTS = Operation(
    "executions",
    "get_trace_events",
    idempotent=True,
    returns="WorkflowExecutionTraceEventsResponse",
)
STREAM_EXECUTION = Operation("executions", "stream_execution", idempotent=True)
LIST_EXECUTION_LOGS = Operation(
    "executions", "list_execution_logs", idempotent=True, returns="ExecutionLogSearchResponse"
)
STREAM_EXECUTION_LOGS = Operation("executions", "stream_execution_logs", idempotent=True)
LIST_RUNS = Operation("runs", "list_runs", idempotent=True, returns="WorkflowExecutionListResponse")
GET_RUN = Operation("runs", "get_run", idempotent=True, returns="WorkflowExecutionResponse")
GET_RUN_HISTORY = Operation("runs", "get_run_history", idempotent=True)

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
)
