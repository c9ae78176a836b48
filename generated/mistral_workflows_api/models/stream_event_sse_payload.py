from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
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
    from ..models.workflow_execution_failed_response import (
        WorkflowExecutionFailedResponse,
    )
    from ..models.workflow_execution_started_response import (
        WorkflowExecutionStartedResponse,
    )
    from ..models.workflow_task_failed_response import WorkflowTaskFailedResponse
    from ..models.workflow_task_timed_out_response import WorkflowTaskTimedOutResponse


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
        from ..models.activity_task_completed_response import (
            ActivityTaskCompletedResponse,  # noqa: PLC0415
        )
        from ..models.activity_task_failed_response import ActivityTaskFailedResponse  # noqa: PLC0415
        from ..models.activity_task_retrying_response import (
            ActivityTaskRetryingResponse,  # noqa: PLC0415
        )
        from ..models.activity_task_started_response import ActivityTaskStartedResponse  # noqa: PLC0415
        from ..models.custom_task_canceled_response import CustomTaskCanceledResponse  # noqa: PLC0415
        from ..models.custom_task_completed_response import CustomTaskCompletedResponse  # noqa: PLC0415
        from ..models.custom_task_failed_response import CustomTaskFailedResponse  # noqa: PLC0415
        from ..models.custom_task_in_progress_response import (
            CustomTaskInProgressResponse,  # noqa: PLC0415
        )
        from ..models.custom_task_started_response import CustomTaskStartedResponse  # noqa: PLC0415
        from ..models.custom_task_timed_out_response import CustomTaskTimedOutResponse  # noqa: PLC0415
        from ..models.workflow_execution_canceled_response import (
            WorkflowExecutionCanceledResponse,  # noqa: PLC0415
        )
        from ..models.workflow_execution_completed_response import (
            WorkflowExecutionCompletedResponse,  # noqa: PLC0415
        )
        from ..models.workflow_execution_continued_as_new_response import (
            WorkflowExecutionContinuedAsNewResponse,  # noqa: PLC0415
        )
        from ..models.workflow_execution_failed_response import (
            WorkflowExecutionFailedResponse,  # noqa: PLC0415
        )
        from ..models.workflow_execution_started_response import (
            WorkflowExecutionStartedResponse,  # noqa: PLC0415
        )
        from ..models.workflow_task_failed_response import WorkflowTaskFailedResponse  # noqa: PLC0415
        from ..models.workflow_task_timed_out_response import (
            WorkflowTaskTimedOutResponse,  # noqa: PLC0415
        )

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
        from ..models.activity_task_completed_response import (
            ActivityTaskCompletedResponse,  # noqa: PLC0415
        )
        from ..models.activity_task_failed_response import ActivityTaskFailedResponse  # noqa: PLC0415
        from ..models.activity_task_retrying_response import (
            ActivityTaskRetryingResponse,  # noqa: PLC0415
        )
        from ..models.activity_task_started_response import ActivityTaskStartedResponse  # noqa: PLC0415
        from ..models.custom_task_canceled_response import CustomTaskCanceledResponse  # noqa: PLC0415
        from ..models.custom_task_completed_response import CustomTaskCompletedResponse  # noqa: PLC0415
        from ..models.custom_task_failed_response import CustomTaskFailedResponse  # noqa: PLC0415
        from ..models.custom_task_in_progress_response import (
            CustomTaskInProgressResponse,  # noqa: PLC0415
        )
        from ..models.custom_task_started_response import CustomTaskStartedResponse  # noqa: PLC0415
        from ..models.custom_task_timed_out_response import CustomTaskTimedOutResponse  # noqa: PLC0415
        from ..models.stream_event_sse_payload_metadata import (
            StreamEventSsePayloadMetadata,  # noqa: PLC0415
        )
        from ..models.stream_event_workflow_context import StreamEventWorkflowContext  # noqa: PLC0415
        from ..models.unknown_workflow_event import UnknownWorkflowEvent  # noqa: PLC0415
        from ..models.workflow_execution_canceled_response import (
            WorkflowExecutionCanceledResponse,  # noqa: PLC0415
        )
        from ..models.workflow_execution_completed_response import (
            WorkflowExecutionCompletedResponse,  # noqa: PLC0415
        )
        from ..models.workflow_execution_continued_as_new_response import (
            WorkflowExecutionContinuedAsNewResponse,  # noqa: PLC0415
        )
        from ..models.workflow_execution_failed_response import (
            WorkflowExecutionFailedResponse,  # noqa: PLC0415
        )
        from ..models.workflow_execution_started_response import (
            WorkflowExecutionStartedResponse,  # noqa: PLC0415
        )
        from ..models.workflow_task_failed_response import WorkflowTaskFailedResponse  # noqa: PLC0415
        from ..models.workflow_task_timed_out_response import (
            WorkflowTaskTimedOutResponse,  # noqa: PLC0415
        )

        d = dict(src_dict)
        stream = d.pop("stream")

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
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = WorkflowExecutionStartedResponse.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_1 = WorkflowExecutionCompletedResponse.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_2 = WorkflowExecutionFailedResponse.from_dict(data)

                return data_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_3 = WorkflowExecutionCanceledResponse.from_dict(data)

                return data_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_4 = WorkflowExecutionContinuedAsNewResponse.from_dict(data)

                return data_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_5 = WorkflowTaskTimedOutResponse.from_dict(data)

                return data_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_6 = WorkflowTaskFailedResponse.from_dict(data)

                return data_type_6
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_7 = CustomTaskStartedResponse.from_dict(data)

                return data_type_7
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_8 = CustomTaskInProgressResponse.from_dict(data)

                return data_type_8
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_9 = CustomTaskCompletedResponse.from_dict(data)

                return data_type_9
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_10 = CustomTaskFailedResponse.from_dict(data)

                return data_type_10
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_11 = CustomTaskTimedOutResponse.from_dict(data)

                return data_type_11
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_12 = CustomTaskCanceledResponse.from_dict(data)

                return data_type_12
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_13 = ActivityTaskStartedResponse.from_dict(data)

                return data_type_13
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_14 = ActivityTaskCompletedResponse.from_dict(data)

                return data_type_14
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_15 = ActivityTaskRetryingResponse.from_dict(data)

                return data_type_15
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_16 = ActivityTaskFailedResponse.from_dict(data)

                return data_type_16
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_type_17 = UnknownWorkflowEvent.from_dict(data)

            return data_type_17

        data = _parse_data(d.pop("data"))

        workflow_context = StreamEventWorkflowContext.from_dict(
            d.pop("workflow_context")
        )

        broker_sequence = d.pop("broker_sequence")

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        _metadata = d.pop("metadata", UNSET)
        metadata: StreamEventSsePayloadMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = StreamEventSsePayloadMetadata.from_dict(_metadata)

        stream_event_sse_payload = cls(
            stream=stream,
            data=data,
            workflow_context=workflow_context,
            broker_sequence=broker_sequence,
            timestamp=timestamp,
            metadata=metadata,
        )

        stream_event_sse_payload.additional_properties = d
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
