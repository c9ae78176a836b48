from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamEventSsePayload")


@_attrs_define
class StreamEventSsePayload:
    """Data of one frame of the execution event stream."""

    stream: str
    """ Name of the stream the event was read from. """
    data: (
        ActivityTaskCompletedResponse
        | ActivityTaskFailedResponse
        | ActivityTaskRetryingResponse
        | ActivityTaskStartedResponse
        | CustomTaskCanceledResponse
        | CustomTaskCompletedResponse
        | CustomTaskFailedResponse
        | CustomTaskInProgressResponse
        | CustomTaskStartedResponse
        | CustomTaskTimedOutResponse
        | UnknownWorkflowEvent
        | WorkflowExecutionCanceledResponse
        | WorkflowExecutionCompletedResponse
        | WorkflowExecutionContinuedAsNewResponse
        | WorkflowExecutionFailedResponse
        | WorkflowExecutionStartedResponse
        | WorkflowTaskFailedResponse
        | WorkflowTaskTimedOutResponse
    )
    """ The event. Event types this client does not know arrive as plain objects. """
    workflow_context: StreamEventWorkflowContext
    """ Which execution an event belongs to. """
    broker_sequence: int
    """ Position of the event in the execution's stream; strictly increasing. """
    timestamp: datetime.datetime | Unset = UNSET
    metadata: StreamEventSsePayloadMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stream = self.stream

        data: dict[str, Any]
        if isinstance(self.data, WorkflowExecutionStartedResponse):
            data = self.data.to_dict()
        elif isinstance(self.data, WorkflowExecutionCompletedResponse):
            data = self.data.to_dict()
        elif isinstance(self.data, WorkflowExecutionFailedResponse):
            data = self.data.to_dict()
        elif isinstance(self.data, WorkflowExecutionCanceledResponse):
            data = self.data.to_dict()
        elif isinstance(self.data, WorkflowExecutionContinuedAsNewResponse):
            data = self.data.to_dict()
        elif isinstance(self.data, WorkflowTaskTimedOutResponse):
            data = self.data.to_dict()
        elif isinstance(self.data, WorkflowTaskFailedResponse):
            data = self.data.to_dict()
        elif isinstance(self.data, CustomTaskStartedResponse):
            data = self.data.to_dict()
        elif isinstance(self.data, CustomTaskInProgressResponse):
            data = self.data.to_dict()
        elif isinstance(self.data, CustomTaskCompletedResponse):
            data = self.data.to_dict()
        elif isinstance(self.data, CustomTaskFailedResponse):
            data = self.data.to_dict()
        elif isinstance(self.data, CustomTaskTimedOutResponse):
            data = self.data.to_dict()
        elif isinstance(self.data, CustomTaskCanceledResponse):
            data = self.data.to_dict()
        elif isinstance(self.data, ActivityTaskStartedResponse):
            data = self.data.to_dict()
        elif isinstance(self.data, ActivityTaskCompletedResponse):
            data = self.data.to_dict()
        elif isinstance(self.data, ActivityTaskRetryingResponse):
            data = self.data.to_dict()
        elif isinstance(self.data, ActivityTaskFailedResponse):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

        workflow_context = self.workflow_context.to_dict()

        broker_sequence = self.broker_sequence

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stream": stream,
                "data": data,
                "workflow_context": workflow_context,
                "broker_sequence": broker_sequence,
            }
        )
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        stream = d["stream"]

        data = _parse_data(d["data"])

        workflow_context = StreamEventWorkflowContext.from_dict(d["workflow_context"])

        broker_sequence = d["broker_sequence"]

        _timestamp = d.get("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        _metadata = d.get("metadata", UNSET)
        metadata: StreamEventSsePayloadMetadata | Unset = (
            UNSET
            if isinstance(_metadata, Unset)
            else StreamEventSsePayloadMetadata.from_dict(_metadata)
        )

        stream_event_sse_payload = cls.__new__(cls)
        stream_event_sse_payload.stream = stream
        stream_event_sse_payload.data = data
        stream_event_sse_payload.workflow_context = workflow_context
        stream_event_sse_payload.broker_sequence = broker_sequence
        stream_event_sse_payload.timestamp = timestamp
        stream_event_sse_payload.metadata = metadata
        if len(d) == 4 + (timestamp is not UNSET) + (metadata is not UNSET):
            stream_event_sse_payload.additional_properties = {}
        else:
            stream_event_sse_payload.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "stream",
                    "data",
                    "workflow_context",
                    "broker_sequence",
                    "timestamp",
                    "metadata",
                }
            }

        return stream_event_sse_payload

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.activity_task_completed_response import ActivityTaskCompletedResponse
from ..models.activity_task_failed_response import ActivityTaskFailedResponse
from ..models.activity_task_retrying_response import ActivityTaskRetryingResponse
from ..models.activity_task_started_response import ActivityTaskStartedResponse
from ..models.custom_task_canceled_response import CustomTaskCanceledResponse
from ..models.custom_task_completed_response import CustomTaskCompletedResponse
from ..models.custom_task_failed_response import CustomTaskFailedResponse
from ..models.custom_task_in_progress_response import CustomTaskInProgressResponse
from ..models.custom_task_started_response import CustomTaskStartedResponse
from ..models.custom_task_timed_out_response import CustomTaskTimedOutResponse
from ..models.stream_event_sse_payload_metadata import StreamEventSsePayloadMetadata
from ..models.stream_event_workflow_context import StreamEventWorkflowContext
from ..models.unknown_workflow_event import UnknownWorkflowEvent
from ..models.workflow_execution_canceled_response import (
    WorkflowExecutionCanceledResponse,
)
from ..models.workflow_execution_completed_response import (
    WorkflowExecutionCompletedResponse,
)
from ..models.workflow_execution_continued_as_new_response import (
    WorkflowExecutionContinuedAsNewResponse,
)
from ..models.workflow_execution_failed_response import WorkflowExecutionFailedResponse
from ..models.workflow_execution_started_response import (
    WorkflowExecutionStartedResponse,
)
from ..models.workflow_task_failed_response import WorkflowTaskFailedResponse
from ..models.workflow_task_timed_out_response import WorkflowTaskTimedOutResponse

_DATA_BY_EVENT_TYPE: dict[
    str,
    type[
        WorkflowExecutionStartedResponse
        | WorkflowExecutionCompletedResponse
        | WorkflowExecutionFailedResponse
        | WorkflowExecutionCanceledResponse
        | WorkflowExecutionContinuedAsNewResponse
        | WorkflowTaskTimedOutResponse
        | WorkflowTaskFailedResponse
        | CustomTaskStartedResponse
        | CustomTaskInProgressResponse
        | CustomTaskCompletedResponse
        | CustomTaskFailedResponse
        | CustomTaskTimedOutResponse
        | CustomTaskCanceledResponse
        | ActivityTaskStartedResponse
        | ActivityTaskCompletedResponse
        | ActivityTaskRetryingResponse
        | ActivityTaskFailedResponse
    ],
] = {
    "WORKFLOW_EXECUTION_STARTED": WorkflowExecutionStartedResponse,
    "WORKFLOW_EXECUTION_COMPLETED": WorkflowExecutionCompletedResponse,
    "WORKFLOW_EXECUTION_FAILED": WorkflowExecutionFailedResponse,
    "WORKFLOW_EXECUTION_CANCELED": WorkflowExecutionCanceledResponse,
    "WORKFLOW_EXECUTION_CONTINUED_AS_NEW": WorkflowExecutionContinuedAsNewResponse,
    "WORKFLOW_TASK_TIMED_OUT": WorkflowTaskTimedOutResponse,
    "WORKFLOW_TASK_FAILED": WorkflowTaskFailedResponse,
    "CUSTOM_TASK_STARTED": CustomTaskStartedResponse,
    "CUSTOM_TASK_IN_PROGRESS": CustomTaskInProgressResponse,
    "CUSTOM_TASK_COMPLETED": CustomTaskCompletedResponse,
    "CUSTOM_TASK_FAILED": CustomTaskFailedResponse,
    "CUSTOM_TASK_TIMED_OUT": CustomTaskTimedOutResponse,
    "CUSTOM_TASK_CANCELED": CustomTaskCanceledResponse,
    "ACTIVITY_TASK_STARTED": ActivityTaskStartedResponse,
    "ACTIVITY_TASK_COMPLETED": ActivityTaskCompletedResponse,
    "ACTIVITY_TASK_RETRYING": ActivityTaskRetryingResponse,
    "ACTIVITY_TASK_FAILED": ActivityTaskFailedResponse,
}


def _parse_data(
    data: object,
) -> (
    ActivityTaskCompletedResponse
    | ActivityTaskFailedResponse
    | ActivityTaskRetryingResponse
    | ActivityTaskStartedResponse
    | CustomTaskCanceledResponse
    | CustomTaskCompletedResponse
    | CustomTaskFailedResponse
    | CustomTaskInProgressResponse
    | CustomTaskStartedResponse
    | CustomTaskTimedOutResponse
    | UnknownWorkflowEvent
    | WorkflowExecutionCanceledResponse
    | WorkflowExecutionCompletedResponse
    | WorkflowExecutionContinuedAsNewResponse
    | WorkflowExecutionFailedResponse
    | WorkflowExecutionStartedResponse
    | WorkflowTaskFailedResponse
    | WorkflowTaskTimedOutResponse
):
    if isinstance(data, dict):
        tag = data.get("event_type")
        model = _DATA_BY_EVENT_TYPE.get(tag) if isinstance(tag, str) else None
        if model is not None:
            try:
                return model.from_dict(data)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
    if not isinstance(data, dict):
        raise TypeError()
    data_type_17 = UnknownWorkflowEvent.from_dict(data)

    return data_type_17
