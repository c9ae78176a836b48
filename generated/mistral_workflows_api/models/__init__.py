"""Contains all the data models used in inputs/outputs

Each model's module is imported when the model is first asked for (``__getattr__``), not with
the package: an operation module needs a handful of the models, and importing them all would
add most of a client's start-up time to its first request.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .activity_task_completed_attributes_response import (
        ActivityTaskCompletedAttributesResponse,
    )
    from .activity_task_completed_response import ActivityTaskCompletedResponse
    from .activity_task_failed_attributes import ActivityTaskFailedAttributes
    from .activity_task_failed_response import ActivityTaskFailedResponse
    from .activity_task_retrying_attributes import ActivityTaskRetryingAttributes
    from .activity_task_retrying_response import ActivityTaskRetryingResponse
    from .activity_task_started_attributes_response import (
        ActivityTaskStartedAttributesResponse,
    )
    from .activity_task_started_response import ActivityTaskStartedResponse
    from .batch_execution_body import BatchExecutionBody
    from .batch_execution_response import BatchExecutionResponse
    from .batch_execution_response_results import BatchExecutionResponseResults
    from .batch_execution_result import BatchExecutionResult
    from .custom_task_canceled_attributes import CustomTaskCanceledAttributes
    from .custom_task_canceled_response import CustomTaskCanceledResponse
    from .custom_task_completed_attributes_response import (
        CustomTaskCompletedAttributesResponse,
    )
    from .custom_task_completed_response import CustomTaskCompletedResponse
    from .custom_task_failed_attributes import CustomTaskFailedAttributes
    from .custom_task_failed_response import CustomTaskFailedResponse
    from .custom_task_in_progress_attributes_response import (
        CustomTaskInProgressAttributesResponse,
    )
    from .custom_task_in_progress_response import CustomTaskInProgressResponse
    from .custom_task_started_attributes_response import (
        CustomTaskStartedAttributesResponse,
    )
    from .custom_task_started_response import CustomTaskStartedResponse
    from .custom_task_timed_out_attributes import CustomTaskTimedOutAttributes
    from .custom_task_timed_out_response import CustomTaskTimedOutResponse
    from .encoded_payload_options import EncodedPayloadOptions
    from .encrypted_patch_value import EncryptedPatchValue
    from .error_response import ErrorResponse
    from .event_progress_status import EventProgressStatus
    from .event_source import EventSource
    from .event_type import EventType
    from .execution_log_record import ExecutionLogRecord
    from .execution_log_record_log_attributes import ExecutionLogRecordLogAttributes
    from .execution_log_search_response import ExecutionLogSearchResponse
    from .execution_trace_info_response import ExecutionTraceInfoResponse
    from .failure import Failure
    from .http_validation_error import HTTPValidationError
    from .json_patch_add import JSONPatchAdd
    from .json_patch_append import JSONPatchAppend
    from .json_patch_payload_response import JSONPatchPayloadResponse
    from .json_patch_remove import JSONPatchRemove
    from .json_patch_replace import JSONPatchReplace
    from .json_payload_response import JSONPayloadResponse
    from .list_execution_logs_order import ListExecutionLogsOrder
    from .list_runs_order import ListRunsOrder
    from .network_encoded_input import NetworkEncodedInput
    from .query_invocation_body import QueryInvocationBody
    from .query_invocation_body_input_type_1 import QueryInvocationBodyInputType1
    from .query_workflow_response import QueryWorkflowResponse
    from .reset_invocation_body import ResetInvocationBody
    from .run_sort_field import RunSortField
    from .signal_invocation_body import SignalInvocationBody
    from .signal_invocation_body_input_type_1 import SignalInvocationBodyInputType1
    from .signal_workflow_response import SignalWorkflowResponse
    from .stream_error import StreamError
    from .stream_event_sse_error_data import StreamEventSseErrorData
    from .stream_event_sse_payload import StreamEventSsePayload
    from .stream_event_sse_payload_metadata import StreamEventSsePayloadMetadata
    from .stream_event_workflow_context import StreamEventWorkflowContext
    from .tempo_get_trace_response import TempoGetTraceResponse
    from .tempo_trace_attribute import TempoTraceAttribute
    from .tempo_trace_attribute_array_container import TempoTraceAttributeArrayContainer
    from .tempo_trace_attribute_array_element import TempoTraceAttributeArrayElement
    from .tempo_trace_attribute_array_value import TempoTraceAttributeArrayValue
    from .tempo_trace_attribute_bool_value import TempoTraceAttributeBoolValue
    from .tempo_trace_attribute_int_value import TempoTraceAttributeIntValue
    from .tempo_trace_attribute_string_value import TempoTraceAttributeStringValue
    from .tempo_trace_batch import TempoTraceBatch
    from .tempo_trace_event import TempoTraceEvent
    from .tempo_trace_resource import TempoTraceResource
    from .tempo_trace_scope import TempoTraceScope
    from .tempo_trace_scope_kind import TempoTraceScopeKind
    from .tempo_trace_scope_span import TempoTraceScopeSpan
    from .tempo_trace_span import TempoTraceSpan
    from .unknown_workflow_event import UnknownWorkflowEvent
    from .update_invocation_body import UpdateInvocationBody
    from .update_invocation_body_input_type_1 import UpdateInvocationBodyInputType1
    from .update_workflow_response import UpdateWorkflowResponse
    from .validation_error import ValidationError
    from .validation_error_ctx import ValidationErrorCtx
    from .workflow_event_base import WorkflowEventBase
    from .workflow_execution_canceled_attributes import (
        WorkflowExecutionCanceledAttributes,
    )
    from .workflow_execution_canceled_response import WorkflowExecutionCanceledResponse
    from .workflow_execution_completed_attributes_response import (
        WorkflowExecutionCompletedAttributesResponse,
    )
    from .workflow_execution_completed_response import (
        WorkflowExecutionCompletedResponse,
    )
    from .workflow_execution_continued_as_new_attributes_response import (
        WorkflowExecutionContinuedAsNewAttributesResponse,
    )
    from .workflow_execution_continued_as_new_response import (
        WorkflowExecutionContinuedAsNewResponse,
    )
    from .workflow_execution_failed_attributes import WorkflowExecutionFailedAttributes
    from .workflow_execution_failed_response import WorkflowExecutionFailedResponse
    from .workflow_execution_list_response import WorkflowExecutionListResponse
    from .workflow_execution_progress_trace_event import (
        WorkflowExecutionProgressTraceEvent,
    )
    from .workflow_execution_progress_trace_event_attributes import (
        WorkflowExecutionProgressTraceEventAttributes,
    )
    from .workflow_execution_request import WorkflowExecutionRequest
    from .workflow_execution_request_custom_tracing_attributes_type_0 import (
        WorkflowExecutionRequestCustomTracingAttributesType0,
    )
    from .workflow_execution_request_extensions_type_0 import (
        WorkflowExecutionRequestExtensionsType0,
    )
    from .workflow_execution_request_input_type_0 import (
        WorkflowExecutionRequestInputType0,
    )
    from .workflow_execution_response import WorkflowExecutionResponse
    from .workflow_execution_started_attributes_response import (
        WorkflowExecutionStartedAttributesResponse,
    )
    from .workflow_execution_started_response import WorkflowExecutionStartedResponse
    from .workflow_execution_status import WorkflowExecutionStatus
    from .workflow_execution_sync_response import WorkflowExecutionSyncResponse
    from .workflow_execution_trace_event import WorkflowExecutionTraceEvent
    from .workflow_execution_trace_event_attributes import (
        WorkflowExecutionTraceEventAttributes,
    )
    from .workflow_execution_trace_events_response import (
        WorkflowExecutionTraceEventsResponse,
    )
    from .workflow_execution_trace_o_tel_response import (
        WorkflowExecutionTraceOTelResponse,
    )
    from .workflow_execution_trace_summary_response import (
        WorkflowExecutionTraceSummaryResponse,
    )
    from .workflow_execution_trace_summary_span import WorkflowExecutionTraceSummarySpan
    from .workflow_execution_trace_summary_span_attributes import (
        WorkflowExecutionTraceSummarySpanAttributes,
    )
    from .workflow_execution_without_result_response import (
        WorkflowExecutionWithoutResultResponse,
    )
    from .workflow_task_failed_attributes import WorkflowTaskFailedAttributes
    from .workflow_task_failed_response import WorkflowTaskFailedResponse
    from .workflow_task_timed_out_attributes import WorkflowTaskTimedOutAttributes
    from .workflow_task_timed_out_response import WorkflowTaskTimedOutResponse

#: Each model's name and the module that defines it.
_MODULES = {
    "ActivityTaskCompletedAttributesResponse": ".activity_task_completed_attributes_response",
    "ActivityTaskCompletedResponse": ".activity_task_completed_response",
    "ActivityTaskFailedAttributes": ".activity_task_failed_attributes",
    "ActivityTaskFailedResponse": ".activity_task_failed_response",
    "ActivityTaskRetryingAttributes": ".activity_task_retrying_attributes",
    "ActivityTaskRetryingResponse": ".activity_task_retrying_response",
    "ActivityTaskStartedAttributesResponse": ".activity_task_started_attributes_response",
    "ActivityTaskStartedResponse": ".activity_task_started_response",
    "BatchExecutionBody": ".batch_execution_body",
    "BatchExecutionResponse": ".batch_execution_response",
    "BatchExecutionResponseResults": ".batch_execution_response_results",
    "BatchExecutionResult": ".batch_execution_result",
    "CustomTaskCanceledAttributes": ".custom_task_canceled_attributes",
    "CustomTaskCanceledResponse": ".custom_task_canceled_response",
    "CustomTaskCompletedAttributesResponse": ".custom_task_completed_attributes_response",
    "CustomTaskCompletedResponse": ".custom_task_completed_response",
    "CustomTaskFailedAttributes": ".custom_task_failed_attributes",
    "CustomTaskFailedResponse": ".custom_task_failed_response",
    "CustomTaskInProgressAttributesResponse": ".custom_task_in_progress_attributes_response",
    "CustomTaskInProgressResponse": ".custom_task_in_progress_response",
    "CustomTaskStartedAttributesResponse": ".custom_task_started_attributes_response",
    "CustomTaskStartedResponse": ".custom_task_started_response",
    "CustomTaskTimedOutAttributes": ".custom_task_timed_out_attributes",
    "CustomTaskTimedOutResponse": ".custom_task_timed_out_response",
    "EncodedPayloadOptions": ".encoded_payload_options",
    "EncryptedPatchValue": ".encrypted_patch_value",
    "ErrorResponse": ".error_response",
    "EventProgressStatus": ".event_progress_status",
    "EventSource": ".event_source",
    "EventType": ".event_type",
    "ExecutionLogRecord": ".execution_log_record",
    "ExecutionLogRecordLogAttributes": ".execution_log_record_log_attributes",
    "ExecutionLogSearchResponse": ".execution_log_search_response",
    "ExecutionTraceInfoResponse": ".execution_trace_info_response",
    "Failure": ".failure",
    "HTTPValidationError": ".http_validation_error",
    "JSONPatchAdd": ".json_patch_add",
    "JSONPatchAppend": ".json_patch_append",
    "JSONPatchPayloadResponse": ".json_patch_payload_response",
    "JSONPatchRemove": ".json_patch_remove",
    "JSONPatchReplace": ".json_patch_replace",
    "JSONPayloadResponse": ".json_payload_response",
    "ListExecutionLogsOrder": ".list_execution_logs_order",
    "ListRunsOrder": ".list_runs_order",
    "NetworkEncodedInput": ".network_encoded_input",
    "QueryInvocationBody": ".query_invocation_body",
    "QueryInvocationBodyInputType1": ".query_invocation_body_input_type_1",
    "QueryWorkflowResponse": ".query_workflow_response",
    "ResetInvocationBody": ".reset_invocation_body",
    "RunSortField": ".run_sort_field",
    "SignalInvocationBody": ".signal_invocation_body",
    "SignalInvocationBodyInputType1": ".signal_invocation_body_input_type_1",
    "SignalWorkflowResponse": ".signal_workflow_response",
    "StreamError": ".stream_error",
    "StreamEventSseErrorData": ".stream_event_sse_error_data",
    "StreamEventSsePayload": ".stream_event_sse_payload",
    "StreamEventSsePayloadMetadata": ".stream_event_sse_payload_metadata",
    "StreamEventWorkflowContext": ".stream_event_workflow_context",
    "TempoGetTraceResponse": ".tempo_get_trace_response",
    "TempoTraceAttribute": ".tempo_trace_attribute",
    "TempoTraceAttributeArrayContainer": ".tempo_trace_attribute_array_container",
    "TempoTraceAttributeArrayElement": ".tempo_trace_attribute_array_element",
    "TempoTraceAttributeArrayValue": ".tempo_trace_attribute_array_value",
    "TempoTraceAttributeBoolValue": ".tempo_trace_attribute_bool_value",
    "TempoTraceAttributeIntValue": ".tempo_trace_attribute_int_value",
    "TempoTraceAttributeStringValue": ".tempo_trace_attribute_string_value",
    "TempoTraceBatch": ".tempo_trace_batch",
    "TempoTraceEvent": ".tempo_trace_event",
    "TempoTraceResource": ".tempo_trace_resource",
    "TempoTraceScope": ".tempo_trace_scope",
    "TempoTraceScopeKind": ".tempo_trace_scope_kind",
    "TempoTraceScopeSpan": ".tempo_trace_scope_span",
    "TempoTraceSpan": ".tempo_trace_span",
    "UnknownWorkflowEvent": ".unknown_workflow_event",
    "UpdateInvocationBody": ".update_invocation_body",
    "UpdateInvocationBodyInputType1": ".update_invocation_body_input_type_1",
    "UpdateWorkflowResponse": ".update_workflow_response",
    "ValidationError": ".validation_error",
    "ValidationErrorCtx": ".validation_error_ctx",
    "WorkflowEventBase": ".workflow_event_base",
    "WorkflowExecutionCanceledAttributes": ".workflow_execution_canceled_attributes",
    "WorkflowExecutionCanceledResponse": ".workflow_execution_canceled_response",
    "WorkflowExecutionCompletedAttributesResponse": ".workflow_execution_completed_attributes_response",
    "WorkflowExecutionCompletedResponse": ".workflow_execution_completed_response",
    "WorkflowExecutionContinuedAsNewAttributesResponse": ".workflow_execution_continued_as_new_attributes_response",
    "WorkflowExecutionContinuedAsNewResponse": ".workflow_execution_continued_as_new_response",
    "WorkflowExecutionFailedAttributes": ".workflow_execution_failed_attributes",
    "WorkflowExecutionFailedResponse": ".workflow_execution_failed_response",
    "WorkflowExecutionListResponse": ".workflow_execution_list_response",
    "WorkflowExecutionProgressTraceEvent": ".workflow_execution_progress_trace_event",
    "WorkflowExecutionProgressTraceEventAttributes": ".workflow_execution_progress_trace_event_attributes",
    "WorkflowExecutionRequest": ".workflow_execution_request",
    "WorkflowExecutionRequestCustomTracingAttributesType0": ".workflow_execution_request_custom_tracing_attributes_type_0",
    "WorkflowExecutionRequestExtensionsType0": ".workflow_execution_request_extensions_type_0",
    "WorkflowExecutionRequestInputType0": ".workflow_execution_request_input_type_0",
    "WorkflowExecutionResponse": ".workflow_execution_response",
    "WorkflowExecutionStartedAttributesResponse": ".workflow_execution_started_attributes_response",
    "WorkflowExecutionStartedResponse": ".workflow_execution_started_response",
    "WorkflowExecutionStatus": ".workflow_execution_status",
    "WorkflowExecutionSyncResponse": ".workflow_execution_sync_response",
    "WorkflowExecutionTraceEvent": ".workflow_execution_trace_event",
    "WorkflowExecutionTraceEventAttributes": ".workflow_execution_trace_event_attributes",
    "WorkflowExecutionTraceEventsResponse": ".workflow_execution_trace_events_response",
    "WorkflowExecutionTraceOTelResponse": ".workflow_execution_trace_o_tel_response",
    "WorkflowExecutionTraceSummaryResponse": ".workflow_execution_trace_summary_response",
    "WorkflowExecutionTraceSummarySpan": ".workflow_execution_trace_summary_span",
    "WorkflowExecutionTraceSummarySpanAttributes": ".workflow_execution_trace_summary_span_attributes",
    "WorkflowExecutionWithoutResultResponse": ".workflow_execution_without_result_response",
    "WorkflowTaskFailedAttributes": ".workflow_task_failed_attributes",
    "WorkflowTaskFailedResponse": ".workflow_task_failed_response",
    "WorkflowTaskTimedOutAttributes": ".workflow_task_timed_out_attributes",
    "WorkflowTaskTimedOutResponse": ".workflow_task_timed_out_response",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})


__all__ = (
    "ActivityTaskCompletedAttributesResponse",
    "ActivityTaskCompletedResponse",
    "ActivityTaskFailedAttributes",
    "ActivityTaskFailedResponse",
    "ActivityTaskRetryingAttributes",
    "ActivityTaskRetryingResponse",
    "ActivityTaskStartedAttributesResponse",
    "ActivityTaskStartedResponse",
    "BatchExecutionBody",
    "BatchExecutionResponse",
    "BatchExecutionResponseResults",
    "BatchExecutionResult",
    "CustomTaskCanceledAttributes",
    "CustomTaskCanceledResponse",
    "CustomTaskCompletedAttributesResponse",
    "CustomTaskCompletedResponse",
    "CustomTaskFailedAttributes",
    "CustomTaskFailedResponse",
    "CustomTaskInProgressAttributesResponse",
    "CustomTaskInProgressResponse",
    "CustomTaskStartedAttributesResponse",
    "CustomTaskStartedResponse",
    "CustomTaskTimedOutAttributes",
    "CustomTaskTimedOutResponse",
    "EncodedPayloadOptions",
    "EncryptedPatchValue",
    "ErrorResponse",
    "EventProgressStatus",
    "EventSource",
    "EventType",
    "ExecutionLogRecord",
    "ExecutionLogRecordLogAttributes",
    "ExecutionLogSearchResponse",
    "ExecutionTraceInfoResponse",
    "Failure",
    "HTTPValidationError",
    "JSONPatchAdd",
    "JSONPatchAppend",
    "JSONPatchPayloadResponse",
    "JSONPatchRemove",
    "JSONPatchReplace",
    "JSONPayloadResponse",
    "ListExecutionLogsOrder",
    "ListRunsOrder",
    "NetworkEncodedInput",
    "QueryInvocationBody",
    "QueryInvocationBodyInputType1",
    "QueryWorkflowResponse",
    "ResetInvocationBody",
    "RunSortField",
    "SignalInvocationBody",
    "SignalInvocationBodyInputType1",
    "SignalWorkflowResponse",
    "StreamError",
    "StreamEventSseErrorData",
    "StreamEventSsePayload",
    "StreamEventSsePayloadMetadata",
    "StreamEventWorkflowContext",
    "TempoGetTraceResponse",
    "TempoTraceAttribute",
    "TempoTraceAttributeArrayContainer",
    "TempoTraceAttributeArrayElement",
    "TempoTraceAttributeArrayValue",
    "TempoTraceAttributeBoolValue",
    "TempoTraceAttributeIntValue",
    "TempoTraceAttributeStringValue",
    "TempoTraceBatch",
    "TempoTraceEvent",
    "TempoTraceResource",
    "TempoTraceScope",
    "TempoTraceScopeKind",
    "TempoTraceScopeSpan",
    "TempoTraceSpan",
    "UnknownWorkflowEvent",
    "UpdateInvocationBody",
    "UpdateInvocationBodyInputType1",
    "UpdateWorkflowResponse",
    "ValidationError",
    "ValidationErrorCtx",
    "WorkflowEventBase",
    "WorkflowExecutionCanceledAttributes",
    "WorkflowExecutionCanceledResponse",
    "WorkflowExecutionCompletedAttributesResponse",
    "WorkflowExecutionCompletedResponse",
    "WorkflowExecutionContinuedAsNewAttributesResponse",
    "WorkflowExecutionContinuedAsNewResponse",
    "WorkflowExecutionFailedAttributes",
    "WorkflowExecutionFailedResponse",
    "WorkflowExecutionListResponse",
    "WorkflowExecutionProgressTraceEvent",
    "WorkflowExecutionProgressTraceEventAttributes",
    "WorkflowExecutionRequest",
    "WorkflowExecutionRequestCustomTracingAttributesType0",
    "WorkflowExecutionRequestExtensionsType0",
    "WorkflowExecutionRequestInputType0",
    "WorkflowExecutionResponse",
    "WorkflowExecutionStartedAttributesResponse",
    "WorkflowExecutionStartedResponse",
    "WorkflowExecutionStatus",
    "WorkflowExecutionSyncResponse",
    "WorkflowExecutionTraceEvent",
    "WorkflowExecutionTraceEventAttributes",
    "WorkflowExecutionTraceEventsResponse",
    "WorkflowExecutionTraceOTelResponse",
    "WorkflowExecutionTraceSummaryResponse",
    "WorkflowExecutionTraceSummarySpan",
    "WorkflowExecutionTraceSummarySpanAttributes",
    "WorkflowExecutionWithoutResultResponse",
    "WorkflowTaskFailedAttributes",
    "WorkflowTaskFailedResponse",
    "WorkflowTaskTimedOutAttributes",
    "WorkflowTaskTimedOutResponse",
)
