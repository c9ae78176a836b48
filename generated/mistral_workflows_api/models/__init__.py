"""Contains all the data models used in inputs/outputs

Each model's module is imported when the model is first asked for (``__getattr__``), not with
the package: an operation module needs a handful of the models, and importing them all would
add most of a client's start-up time to its first request.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .activity_filter import ActivityFilter
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
    from .create_deployment_request import CreateDeploymentRequest
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
    from .deployment_archive_response import DeploymentArchiveResponse
    from .deployment_build_state import DeploymentBuildState
    from .deployment_detail_response import DeploymentDetailResponse
    from .deployment_list_response import DeploymentListResponse
    from .deployment_location import DeploymentLocation
    from .deployment_log_record import DeploymentLogRecord
    from .deployment_log_record_log_attributes import DeploymentLogRecordLogAttributes
    from .deployment_log_search_response import DeploymentLogSearchResponse
    from .deployment_log_type import DeploymentLogType
    from .deployment_observed_state import DeploymentObservedState
    from .deployment_resource_config import DeploymentResourceConfig
    from .deployment_resource_config_update import DeploymentResourceConfigUpdate
    from .deployment_response import DeploymentResponse
    from .deployment_sort_field import DeploymentSortField
    from .deployment_worker_list_response import DeploymentWorkerListResponse
    from .deployment_worker_response import DeploymentWorkerResponse
    from .deployment_worker_spec_input import DeploymentWorkerSpecInput
    from .deployment_worker_spec_input_backend_spec_type_0 import (
        DeploymentWorkerSpecInputBackendSpecType0,
    )
    from .deployment_worker_spec_response import DeploymentWorkerSpecResponse
    from .deployment_worker_spec_response_backend_spec import (
        DeploymentWorkerSpecResponseBackendSpec,
    )
    from .encoded_payload_options import EncodedPayloadOptions
    from .encrypted_patch_value import EncryptedPatchValue
    from .error_response import ErrorResponse
    from .event_progress_status import EventProgressStatus
    from .event_scope import EventScope
    from .event_source import EventSource
    from .event_type import EventType
    from .execution_log_record import ExecutionLogRecord
    from .execution_log_record_log_attributes import ExecutionLogRecordLogAttributes
    from .execution_log_search_response import ExecutionLogSearchResponse
    from .execution_trace_info_response import ExecutionTraceInfoResponse
    from .failure import Failure
    from .git_commit_author import GitCommitAuthor
    from .git_commit_metadata import GitCommitMetadata
    from .http_validation_error import HTTPValidationError
    from .json_patch_add import JSONPatchAdd
    from .json_patch_append import JSONPatchAppend
    from .json_patch_payload_response import JSONPatchPayloadResponse
    from .json_patch_remove import JSONPatchRemove
    from .json_patch_replace import JSONPatchReplace
    from .json_payload_response import JSONPayloadResponse
    from .list_deployment_logs_order import ListDeploymentLogsOrder
    from .list_deployments_order import ListDeploymentsOrder
    from .list_execution_logs_order import ListExecutionLogsOrder
    from .list_runs_order import ListRunsOrder
    from .list_workflow_event_response import ListWorkflowEventResponse
    from .list_workflows_order import ListWorkflowsOrder
    from .location_type import LocationType
    from .managed_deployment_response import ManagedDeploymentResponse
    from .network_encoded_input import NetworkEncodedInput
    from .partial_schedule_definition import PartialScheduleDefinition
    from .query_definition import QueryDefinition
    from .query_definition_input_schema import QueryDefinitionInputSchema
    from .query_definition_output_schema_type_0 import QueryDefinitionOutputSchemaType0
    from .query_invocation_body import QueryInvocationBody
    from .query_invocation_body_input_type_1 import QueryInvocationBodyInputType1
    from .query_workflow_response import QueryWorkflowResponse
    from .reset_invocation_body import ResetInvocationBody
    from .run_sort_field import RunSortField
    from .scalar_metric import ScalarMetric
    from .schedule_calendar import ScheduleCalendar
    from .schedule_definition import ScheduleDefinition
    from .schedule_definition_output import ScheduleDefinitionOutput
    from .schedule_future_execution import ScheduleFutureExecution
    from .schedule_interval import ScheduleInterval
    from .schedule_overlap_policy import ScheduleOverlapPolicy
    from .schedule_policy import SchedulePolicy
    from .schedule_range import ScheduleRange
    from .schedule_recent_execution import ScheduleRecentExecution
    from .schedule_status import ScheduleStatus
    from .signal_definition import SignalDefinition
    from .signal_definition_input_schema import SignalDefinitionInputSchema
    from .signal_invocation_body import SignalInvocationBody
    from .signal_invocation_body_input_type_1 import SignalInvocationBodyInputType1
    from .signal_workflow_response import SignalWorkflowResponse
    from .stream_error import StreamError
    from .stream_event_sse_error_data import StreamEventSseErrorData
    from .stream_event_sse_payload import StreamEventSsePayload
    from .stream_event_sse_payload_metadata import StreamEventSsePayloadMetadata
    from .stream_event_workflow_context import StreamEventWorkflowContext
    from .stream_events_metadata_filters import StreamEventsMetadataFilters
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
    from .time_series_metric import TimeSeriesMetric
    from .unknown_workflow_event import UnknownWorkflowEvent
    from .update_definition import UpdateDefinition
    from .update_definition_input_schema import UpdateDefinitionInputSchema
    from .update_definition_output_schema_type_0 import (
        UpdateDefinitionOutputSchemaType0,
    )
    from .update_deployment_request import UpdateDeploymentRequest
    from .update_invocation_body import UpdateInvocationBody
    from .update_invocation_body_input_type_1 import UpdateInvocationBodyInputType1
    from .update_workflow_response import UpdateWorkflowResponse
    from .validation_error import ValidationError
    from .validation_error_ctx import ValidationErrorCtx
    from .worker_info import WorkerInfo
    from .workflow import Workflow
    from .workflow_archive_response import WorkflowArchiveResponse
    from .workflow_basic_definition import WorkflowBasicDefinition
    from .workflow_bulk_archive_request import WorkflowBulkArchiveRequest
    from .workflow_bulk_archive_response import WorkflowBulkArchiveResponse
    from .workflow_bulk_error import WorkflowBulkError
    from .workflow_bulk_unarchive_request import WorkflowBulkUnarchiveRequest
    from .workflow_bulk_unarchive_response import WorkflowBulkUnarchiveResponse
    from .workflow_code_definition import WorkflowCodeDefinition
    from .workflow_code_definition_input_schema import WorkflowCodeDefinitionInputSchema
    from .workflow_code_definition_output_schema_type_0 import (
        WorkflowCodeDefinitionOutputSchemaType0,
    )
    from .workflow_code_definition_plugin_metadata_type_0 import (
        WorkflowCodeDefinitionPluginMetadataType0,
    )
    from .workflow_event_base import WorkflowEventBase
    from .workflow_event_type import WorkflowEventType
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
    from .workflow_execution_response_search_keys_type_0 import (
        WorkflowExecutionResponseSearchKeysType0,
    )
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
    from .workflow_get_response import WorkflowGetResponse
    from .workflow_list_response import WorkflowListResponse
    from .workflow_metadata import WorkflowMetadata
    from .workflow_metrics import WorkflowMetrics
    from .workflow_registration import WorkflowRegistration
    from .workflow_registration_get_response import WorkflowRegistrationGetResponse
    from .workflow_registration_list_response import WorkflowRegistrationListResponse
    from .workflow_registration_with_worker_status import (
        WorkflowRegistrationWithWorkerStatus,
    )
    from .workflow_schedule_list_response import WorkflowScheduleListResponse
    from .workflow_schedule_pause_request import WorkflowSchedulePauseRequest
    from .workflow_schedule_request import WorkflowScheduleRequest
    from .workflow_schedule_response import WorkflowScheduleResponse
    from .workflow_schedule_trigger_request import WorkflowScheduleTriggerRequest
    from .workflow_schedule_update_request import WorkflowScheduleUpdateRequest
    from .workflow_sort_field import WorkflowSortField
    from .workflow_tags_add_request import WorkflowTagsAddRequest
    from .workflow_task_failed_attributes import WorkflowTaskFailedAttributes
    from .workflow_task_failed_response import WorkflowTaskFailedResponse
    from .workflow_task_timed_out_attributes import WorkflowTaskTimedOutAttributes
    from .workflow_task_timed_out_response import WorkflowTaskTimedOutResponse
    from .workflow_type import WorkflowType
    from .workflow_unarchive_response import WorkflowUnarchiveResponse
    from .workflow_update_request import WorkflowUpdateRequest
    from .workflow_update_response import WorkflowUpdateResponse
    from .workflow_with_worker_status import WorkflowWithWorkerStatus
    from .workflows_worker_spec_update import WorkflowsWorkerSpecUpdate
    from .workflows_worker_spec_update_backend_spec_type_0 import (
        WorkflowsWorkerSpecUpdateBackendSpecType0,
    )

#: Each model's name and the module that defines it.
_MODULES = {
    "ActivityFilter": ".activity_filter",
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
    "CreateDeploymentRequest": ".create_deployment_request",
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
    "DeploymentArchiveResponse": ".deployment_archive_response",
    "DeploymentBuildState": ".deployment_build_state",
    "DeploymentDetailResponse": ".deployment_detail_response",
    "DeploymentListResponse": ".deployment_list_response",
    "DeploymentLocation": ".deployment_location",
    "DeploymentLogRecord": ".deployment_log_record",
    "DeploymentLogRecordLogAttributes": ".deployment_log_record_log_attributes",
    "DeploymentLogSearchResponse": ".deployment_log_search_response",
    "DeploymentLogType": ".deployment_log_type",
    "DeploymentObservedState": ".deployment_observed_state",
    "DeploymentResourceConfig": ".deployment_resource_config",
    "DeploymentResourceConfigUpdate": ".deployment_resource_config_update",
    "DeploymentResponse": ".deployment_response",
    "DeploymentSortField": ".deployment_sort_field",
    "DeploymentWorkerListResponse": ".deployment_worker_list_response",
    "DeploymentWorkerResponse": ".deployment_worker_response",
    "DeploymentWorkerSpecInput": ".deployment_worker_spec_input",
    "DeploymentWorkerSpecInputBackendSpecType0": ".deployment_worker_spec_input_backend_spec_type_0",
    "DeploymentWorkerSpecResponse": ".deployment_worker_spec_response",
    "DeploymentWorkerSpecResponseBackendSpec": ".deployment_worker_spec_response_backend_spec",
    "EncodedPayloadOptions": ".encoded_payload_options",
    "EncryptedPatchValue": ".encrypted_patch_value",
    "ErrorResponse": ".error_response",
    "EventProgressStatus": ".event_progress_status",
    "EventScope": ".event_scope",
    "EventSource": ".event_source",
    "EventType": ".event_type",
    "ExecutionLogRecord": ".execution_log_record",
    "ExecutionLogRecordLogAttributes": ".execution_log_record_log_attributes",
    "ExecutionLogSearchResponse": ".execution_log_search_response",
    "ExecutionTraceInfoResponse": ".execution_trace_info_response",
    "Failure": ".failure",
    "GitCommitAuthor": ".git_commit_author",
    "GitCommitMetadata": ".git_commit_metadata",
    "HTTPValidationError": ".http_validation_error",
    "JSONPatchAdd": ".json_patch_add",
    "JSONPatchAppend": ".json_patch_append",
    "JSONPatchPayloadResponse": ".json_patch_payload_response",
    "JSONPatchRemove": ".json_patch_remove",
    "JSONPatchReplace": ".json_patch_replace",
    "JSONPayloadResponse": ".json_payload_response",
    "ListDeploymentLogsOrder": ".list_deployment_logs_order",
    "ListDeploymentsOrder": ".list_deployments_order",
    "ListExecutionLogsOrder": ".list_execution_logs_order",
    "ListRunsOrder": ".list_runs_order",
    "ListWorkflowEventResponse": ".list_workflow_event_response",
    "ListWorkflowsOrder": ".list_workflows_order",
    "LocationType": ".location_type",
    "ManagedDeploymentResponse": ".managed_deployment_response",
    "NetworkEncodedInput": ".network_encoded_input",
    "PartialScheduleDefinition": ".partial_schedule_definition",
    "QueryDefinition": ".query_definition",
    "QueryDefinitionInputSchema": ".query_definition_input_schema",
    "QueryDefinitionOutputSchemaType0": ".query_definition_output_schema_type_0",
    "QueryInvocationBody": ".query_invocation_body",
    "QueryInvocationBodyInputType1": ".query_invocation_body_input_type_1",
    "QueryWorkflowResponse": ".query_workflow_response",
    "ResetInvocationBody": ".reset_invocation_body",
    "RunSortField": ".run_sort_field",
    "ScalarMetric": ".scalar_metric",
    "ScheduleCalendar": ".schedule_calendar",
    "ScheduleDefinition": ".schedule_definition",
    "ScheduleDefinitionOutput": ".schedule_definition_output",
    "ScheduleFutureExecution": ".schedule_future_execution",
    "ScheduleInterval": ".schedule_interval",
    "ScheduleOverlapPolicy": ".schedule_overlap_policy",
    "SchedulePolicy": ".schedule_policy",
    "ScheduleRange": ".schedule_range",
    "ScheduleRecentExecution": ".schedule_recent_execution",
    "ScheduleStatus": ".schedule_status",
    "SignalDefinition": ".signal_definition",
    "SignalDefinitionInputSchema": ".signal_definition_input_schema",
    "SignalInvocationBody": ".signal_invocation_body",
    "SignalInvocationBodyInputType1": ".signal_invocation_body_input_type_1",
    "SignalWorkflowResponse": ".signal_workflow_response",
    "StreamError": ".stream_error",
    "StreamEventSseErrorData": ".stream_event_sse_error_data",
    "StreamEventSsePayload": ".stream_event_sse_payload",
    "StreamEventSsePayloadMetadata": ".stream_event_sse_payload_metadata",
    "StreamEventWorkflowContext": ".stream_event_workflow_context",
    "StreamEventsMetadataFilters": ".stream_events_metadata_filters",
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
    "TimeSeriesMetric": ".time_series_metric",
    "UnknownWorkflowEvent": ".unknown_workflow_event",
    "UpdateDefinition": ".update_definition",
    "UpdateDefinitionInputSchema": ".update_definition_input_schema",
    "UpdateDefinitionOutputSchemaType0": ".update_definition_output_schema_type_0",
    "UpdateDeploymentRequest": ".update_deployment_request",
    "UpdateInvocationBody": ".update_invocation_body",
    "UpdateInvocationBodyInputType1": ".update_invocation_body_input_type_1",
    "UpdateWorkflowResponse": ".update_workflow_response",
    "ValidationError": ".validation_error",
    "ValidationErrorCtx": ".validation_error_ctx",
    "WorkerInfo": ".worker_info",
    "Workflow": ".workflow",
    "WorkflowArchiveResponse": ".workflow_archive_response",
    "WorkflowBasicDefinition": ".workflow_basic_definition",
    "WorkflowBulkArchiveRequest": ".workflow_bulk_archive_request",
    "WorkflowBulkArchiveResponse": ".workflow_bulk_archive_response",
    "WorkflowBulkError": ".workflow_bulk_error",
    "WorkflowBulkUnarchiveRequest": ".workflow_bulk_unarchive_request",
    "WorkflowBulkUnarchiveResponse": ".workflow_bulk_unarchive_response",
    "WorkflowCodeDefinition": ".workflow_code_definition",
    "WorkflowCodeDefinitionInputSchema": ".workflow_code_definition_input_schema",
    "WorkflowCodeDefinitionOutputSchemaType0": ".workflow_code_definition_output_schema_type_0",
    "WorkflowCodeDefinitionPluginMetadataType0": ".workflow_code_definition_plugin_metadata_type_0",
    "WorkflowEventBase": ".workflow_event_base",
    "WorkflowEventType": ".workflow_event_type",
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
    "WorkflowExecutionResponseSearchKeysType0": ".workflow_execution_response_search_keys_type_0",
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
    "WorkflowGetResponse": ".workflow_get_response",
    "WorkflowListResponse": ".workflow_list_response",
    "WorkflowMetadata": ".workflow_metadata",
    "WorkflowMetrics": ".workflow_metrics",
    "WorkflowRegistration": ".workflow_registration",
    "WorkflowRegistrationGetResponse": ".workflow_registration_get_response",
    "WorkflowRegistrationListResponse": ".workflow_registration_list_response",
    "WorkflowRegistrationWithWorkerStatus": ".workflow_registration_with_worker_status",
    "WorkflowScheduleListResponse": ".workflow_schedule_list_response",
    "WorkflowSchedulePauseRequest": ".workflow_schedule_pause_request",
    "WorkflowScheduleRequest": ".workflow_schedule_request",
    "WorkflowScheduleResponse": ".workflow_schedule_response",
    "WorkflowScheduleTriggerRequest": ".workflow_schedule_trigger_request",
    "WorkflowScheduleUpdateRequest": ".workflow_schedule_update_request",
    "WorkflowSortField": ".workflow_sort_field",
    "WorkflowTagsAddRequest": ".workflow_tags_add_request",
    "WorkflowTaskFailedAttributes": ".workflow_task_failed_attributes",
    "WorkflowTaskFailedResponse": ".workflow_task_failed_response",
    "WorkflowTaskTimedOutAttributes": ".workflow_task_timed_out_attributes",
    "WorkflowTaskTimedOutResponse": ".workflow_task_timed_out_response",
    "WorkflowType": ".workflow_type",
    "WorkflowUnarchiveResponse": ".workflow_unarchive_response",
    "WorkflowUpdateRequest": ".workflow_update_request",
    "WorkflowUpdateResponse": ".workflow_update_response",
    "WorkflowWithWorkerStatus": ".workflow_with_worker_status",
    "WorkflowsWorkerSpecUpdate": ".workflows_worker_spec_update",
    "WorkflowsWorkerSpecUpdateBackendSpecType0": ".workflows_worker_spec_update_backend_spec_type_0",
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
    "ActivityFilter",
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
    "CreateDeploymentRequest",
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
    "DeploymentArchiveResponse",
    "DeploymentBuildState",
    "DeploymentDetailResponse",
    "DeploymentListResponse",
    "DeploymentLocation",
    "DeploymentLogRecord",
    "DeploymentLogRecordLogAttributes",
    "DeploymentLogSearchResponse",
    "DeploymentLogType",
    "DeploymentObservedState",
    "DeploymentResourceConfig",
    "DeploymentResourceConfigUpdate",
    "DeploymentResponse",
    "DeploymentSortField",
    "DeploymentWorkerListResponse",
    "DeploymentWorkerResponse",
    "DeploymentWorkerSpecInput",
    "DeploymentWorkerSpecInputBackendSpecType0",
    "DeploymentWorkerSpecResponse",
    "DeploymentWorkerSpecResponseBackendSpec",
    "EncodedPayloadOptions",
    "EncryptedPatchValue",
    "ErrorResponse",
    "EventProgressStatus",
    "EventScope",
    "EventSource",
    "EventType",
    "ExecutionLogRecord",
    "ExecutionLogRecordLogAttributes",
    "ExecutionLogSearchResponse",
    "ExecutionTraceInfoResponse",
    "Failure",
    "GitCommitAuthor",
    "GitCommitMetadata",
    "HTTPValidationError",
    "JSONPatchAdd",
    "JSONPatchAppend",
    "JSONPatchPayloadResponse",
    "JSONPatchRemove",
    "JSONPatchReplace",
    "JSONPayloadResponse",
    "ListDeploymentLogsOrder",
    "ListDeploymentsOrder",
    "ListExecutionLogsOrder",
    "ListRunsOrder",
    "ListWorkflowEventResponse",
    "ListWorkflowsOrder",
    "LocationType",
    "ManagedDeploymentResponse",
    "NetworkEncodedInput",
    "PartialScheduleDefinition",
    "QueryDefinition",
    "QueryDefinitionInputSchema",
    "QueryDefinitionOutputSchemaType0",
    "QueryInvocationBody",
    "QueryInvocationBodyInputType1",
    "QueryWorkflowResponse",
    "ResetInvocationBody",
    "RunSortField",
    "ScalarMetric",
    "ScheduleCalendar",
    "ScheduleDefinition",
    "ScheduleDefinitionOutput",
    "ScheduleFutureExecution",
    "ScheduleInterval",
    "ScheduleOverlapPolicy",
    "SchedulePolicy",
    "ScheduleRange",
    "ScheduleRecentExecution",
    "ScheduleStatus",
    "SignalDefinition",
    "SignalDefinitionInputSchema",
    "SignalInvocationBody",
    "SignalInvocationBodyInputType1",
    "SignalWorkflowResponse",
    "StreamError",
    "StreamEventsMetadataFilters",
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
    "TimeSeriesMetric",
    "UnknownWorkflowEvent",
    "UpdateDefinition",
    "UpdateDefinitionInputSchema",
    "UpdateDefinitionOutputSchemaType0",
    "UpdateDeploymentRequest",
    "UpdateInvocationBody",
    "UpdateInvocationBodyInputType1",
    "UpdateWorkflowResponse",
    "ValidationError",
    "ValidationErrorCtx",
    "WorkerInfo",
    "Workflow",
    "WorkflowArchiveResponse",
    "WorkflowBasicDefinition",
    "WorkflowBulkArchiveRequest",
    "WorkflowBulkArchiveResponse",
    "WorkflowBulkError",
    "WorkflowBulkUnarchiveRequest",
    "WorkflowBulkUnarchiveResponse",
    "WorkflowCodeDefinition",
    "WorkflowCodeDefinitionInputSchema",
    "WorkflowCodeDefinitionOutputSchemaType0",
    "WorkflowCodeDefinitionPluginMetadataType0",
    "WorkflowEventBase",
    "WorkflowEventType",
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
    "WorkflowExecutionResponseSearchKeysType0",
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
    "WorkflowGetResponse",
    "WorkflowListResponse",
    "WorkflowMetadata",
    "WorkflowMetrics",
    "WorkflowRegistration",
    "WorkflowRegistrationGetResponse",
    "WorkflowRegistrationListResponse",
    "WorkflowRegistrationWithWorkerStatus",
    "WorkflowScheduleListResponse",
    "WorkflowSchedulePauseRequest",
    "WorkflowScheduleRequest",
    "WorkflowScheduleResponse",
    "WorkflowScheduleTriggerRequest",
    "WorkflowScheduleUpdateRequest",
    "WorkflowSortField",
    "WorkflowsWorkerSpecUpdate",
    "WorkflowsWorkerSpecUpdateBackendSpecType0",
    "WorkflowTagsAddRequest",
    "WorkflowTaskFailedAttributes",
    "WorkflowTaskFailedResponse",
    "WorkflowTaskTimedOutAttributes",
    "WorkflowTaskTimedOutResponse",
    "WorkflowType",
    "WorkflowUnarchiveResponse",
    "WorkflowUpdateRequest",
    "WorkflowUpdateResponse",
    "WorkflowWithWorkerStatus",
)
