from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_type import EventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_execution_trace_event_attributes import (
        WorkflowExecutionTraceEventAttributes,
    )


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
        from ..models.workflow_execution_trace_event_attributes import (
            WorkflowExecutionTraceEventAttributes,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id")

        timestamp_unix_nano = d.pop("timestamp_unix_nano")

        attributes = WorkflowExecutionTraceEventAttributes.from_dict(
            d.pop("attributes")
        )

        def _parse_type_(data: object) -> EventType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = EventType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        internal = d.pop("internal", UNSET)

        workflow_execution_trace_event = cls(
            name=name,
            id=id,
            timestamp_unix_nano=timestamp_unix_nano,
            attributes=attributes,
            type_=type_,
            internal=internal,
        )

        workflow_execution_trace_event.additional_properties = d
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
