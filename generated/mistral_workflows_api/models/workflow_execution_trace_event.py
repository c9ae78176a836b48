from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowExecutionTraceEvent")


@_attrs_define
class WorkflowExecutionTraceEvent:
    """A point-in-time trace event."""

    name: str
    id: str
    timestamp_unix_nano: int
    attributes: WorkflowExecutionTraceEventAttributes
    type_: EventType | str | Unset = EventType.EVENT
    internal: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        id = self.id

        timestamp_unix_nano = self.timestamp_unix_nano

        attributes = self.attributes.to_dict()

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, EventType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        internal = self.internal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "id": id,
                "timestamp_unix_nano": timestamp_unix_nano,
                "attributes": attributes,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if internal is not UNSET:
            field_dict["internal"] = internal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        id = d["id"]

        timestamp_unix_nano = d["timestamp_unix_nano"]

        attributes = WorkflowExecutionTraceEventAttributes.from_dict(d["attributes"])

        _type_ = d.get("type", UNSET)
        type_ = _TYPE__VALUES.get(_type_, _type_) if isinstance(_type_, str) else _type_

        internal = d.get("internal", UNSET)

        workflow_execution_trace_event = cls.__new__(cls)
        workflow_execution_trace_event.name = name
        workflow_execution_trace_event.id = id
        workflow_execution_trace_event.timestamp_unix_nano = timestamp_unix_nano
        workflow_execution_trace_event.attributes = attributes
        workflow_execution_trace_event.type_ = type_
        workflow_execution_trace_event.internal = internal
        if len(d) == 4 + (type_ is not UNSET) + (internal is not UNSET):
            workflow_execution_trace_event.additional_properties = {}
        else:
            workflow_execution_trace_event.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "name",
                    "id",
                    "timestamp_unix_nano",
                    "attributes",
                    "type",
                    "internal",
                }
            }

        return workflow_execution_trace_event

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


from ..models.workflow_execution_trace_event_attributes import (
    WorkflowExecutionTraceEventAttributes,
)

_TYPE__VALUES: dict[str, EventType] = {member.value: member for member in EventType}
