from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_progress_status import EventProgressStatus
from ..models.event_type import EventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowExecutionProgressTraceEvent")


@_attrs_define
class WorkflowExecutionProgressTraceEvent:
    """A trace event that spans time (start, then end)."""

    name: str
    id: str
    timestamp_unix_nano: int
    attributes: WorkflowExecutionProgressTraceEventAttributes
    start_time_unix_ms: int
    type_: EventType | str | Unset = EventType.EVENT_PROGRESS
    internal: bool | Unset = False
    status: EventProgressStatus | str | Unset = EventProgressStatus.RUNNING
    end_time_unix_ms: int | None | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        timestamp_unix_nano = self.timestamp_unix_nano

        attributes = self.attributes.to_dict()

        start_time_unix_ms = self.start_time_unix_ms

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, EventType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        internal = self.internal

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, EventProgressStatus):
            status = self.status.value
        else:
            status = self.status

        end_time_unix_ms: int | None | Unset
        if isinstance(self.end_time_unix_ms, Unset):
            end_time_unix_ms = UNSET
        else:
            end_time_unix_ms = self.end_time_unix_ms

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
                "timestamp_unix_nano": timestamp_unix_nano,
                "attributes": attributes,
                "start_time_unix_ms": start_time_unix_ms,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if internal is not UNSET:
            field_dict["internal"] = internal
        if status is not UNSET:
            field_dict["status"] = status
        if end_time_unix_ms is not UNSET:
            field_dict["end_time_unix_ms"] = end_time_unix_ms
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        id = d["id"]

        timestamp_unix_nano = d["timestamp_unix_nano"]

        attributes = WorkflowExecutionProgressTraceEventAttributes.from_dict(
            d["attributes"]
        )

        start_time_unix_ms = d["start_time_unix_ms"]

        _type_ = d.get("type", UNSET)
        type_ = _TYPE__VALUES.get(_type_, _type_) if isinstance(_type_, str) else _type_

        internal = d.get("internal", UNSET)

        _status = d.get("status", UNSET)
        status = (
            _STATUS_VALUES.get(_status, _status)
            if isinstance(_status, str)
            else _status
        )

        end_time_unix_ms = d.get("end_time_unix_ms", UNSET)

        error = d.get("error", UNSET)

        workflow_execution_progress_trace_event = cls.__new__(cls)
        workflow_execution_progress_trace_event.name = name
        workflow_execution_progress_trace_event.id = id
        workflow_execution_progress_trace_event.timestamp_unix_nano = (
            timestamp_unix_nano
        )
        workflow_execution_progress_trace_event.attributes = attributes
        workflow_execution_progress_trace_event.start_time_unix_ms = start_time_unix_ms
        workflow_execution_progress_trace_event.type_ = type_
        workflow_execution_progress_trace_event.internal = internal
        workflow_execution_progress_trace_event.status = status
        workflow_execution_progress_trace_event.end_time_unix_ms = end_time_unix_ms
        workflow_execution_progress_trace_event.error = error
        if len(d) == 5 + (type_ is not UNSET) + (internal is not UNSET) + (
            status is not UNSET
        ) + (end_time_unix_ms is not UNSET) + (error is not UNSET):
            workflow_execution_progress_trace_event.additional_properties = {}
        else:
            workflow_execution_progress_trace_event.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "name",
                    "id",
                    "timestamp_unix_nano",
                    "attributes",
                    "start_time_unix_ms",
                    "type",
                    "internal",
                    "status",
                    "end_time_unix_ms",
                    "error",
                }
            }

        return workflow_execution_progress_trace_event

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


from ..models.workflow_execution_progress_trace_event_attributes import (
    WorkflowExecutionProgressTraceEventAttributes,
)

_TYPE__VALUES: dict[str, EventType] = {member.value: member for member in EventType}


_STATUS_VALUES: dict[str, EventProgressStatus] = {
    member.value: member for member in EventProgressStatus
}
