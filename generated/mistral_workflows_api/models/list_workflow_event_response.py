from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListWorkflowEventResponse")


@_attrs_define
class ListWorkflowEventResponse:
    """One page of workflow events."""

    events: list[
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
    ]
    """ The events. Event types this client does not know arrive as plain objects. """
    next_cursor: None | str | Unset = UNSET
    """ Pass it back as `cursor` for the next page; null on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item: dict[str, Any]
            if isinstance(events_item_data, WorkflowExecutionStartedResponse):
                events_item = events_item_data.to_dict()
            elif isinstance(events_item_data, WorkflowExecutionCompletedResponse):
                events_item = events_item_data.to_dict()
            elif isinstance(events_item_data, WorkflowExecutionFailedResponse):
                events_item = events_item_data.to_dict()
            elif isinstance(events_item_data, WorkflowExecutionCanceledResponse):
                events_item = events_item_data.to_dict()
            elif isinstance(events_item_data, WorkflowExecutionContinuedAsNewResponse):
                events_item = events_item_data.to_dict()
            elif isinstance(events_item_data, WorkflowTaskTimedOutResponse):
                events_item = events_item_data.to_dict()
            elif isinstance(events_item_data, WorkflowTaskFailedResponse):
                events_item = events_item_data.to_dict()
            elif isinstance(events_item_data, CustomTaskStartedResponse):
                events_item = events_item_data.to_dict()
            elif isinstance(events_item_data, CustomTaskInProgressResponse):
                events_item = events_item_data.to_dict()
            elif isinstance(events_item_data, CustomTaskCompletedResponse):
                events_item = events_item_data.to_dict()
            elif isinstance(events_item_data, CustomTaskFailedResponse):
                events_item = events_item_data.to_dict()
            elif isinstance(events_item_data, CustomTaskTimedOutResponse):
                events_item = events_item_data.to_dict()
            elif isinstance(events_item_data, CustomTaskCanceledResponse):
                events_item = events_item_data.to_dict()
            elif isinstance(events_item_data, ActivityTaskStartedResponse):
                events_item = events_item_data.to_dict()
            elif isinstance(events_item_data, ActivityTaskCompletedResponse):
                events_item = events_item_data.to_dict()
            elif isinstance(events_item_data, ActivityTaskRetryingResponse):
                events_item = events_item_data.to_dict()
            elif isinstance(events_item_data, ActivityTaskFailedResponse):
                events_item = events_item_data.to_dict()
            else:
                events_item = events_item_data.to_dict()

            events.append(events_item)

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        events = [
            _parse_events_item(events_item_data) for events_item_data in d["events"]
        ]

        next_cursor = d.get("next_cursor", UNSET)

        list_workflow_event_response = cls.__new__(cls)
        list_workflow_event_response.events = events
        list_workflow_event_response.next_cursor = next_cursor
        if len(d) == 1 + (next_cursor is not UNSET):
            list_workflow_event_response.additional_properties = {}
        else:
            list_workflow_event_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "events",
                    "next_cursor",
                }
            }

        return list_workflow_event_response

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

_EVENTS_ITEM_BY_EVENT_TYPE: dict[
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


def _parse_events_item(
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
        model = _EVENTS_ITEM_BY_EVENT_TYPE.get(tag) if isinstance(tag, str) else None
        if model is not None:
            try:
                return model.from_dict(data)
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
    if not isinstance(data, dict):
        raise TypeError()
    events_item_type_17 = UnknownWorkflowEvent.from_dict(data)

    return events_item_type_17
