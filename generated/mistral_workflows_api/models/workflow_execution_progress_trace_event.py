from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_progress_status import EventProgressStatus
from ..models.event_type import EventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_execution_progress_trace_event_attributes import (
        WorkflowExecutionProgressTraceEventAttributes,
    )


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
        from ..models.workflow_execution_progress_trace_event_attributes import (
            WorkflowExecutionProgressTraceEventAttributes,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name = d.pop("name")

        id = d.pop("id")

        timestamp_unix_nano = d.pop("timestamp_unix_nano")

        attributes = WorkflowExecutionProgressTraceEventAttributes.from_dict(
            d.pop("attributes")
        )

        start_time_unix_ms = d.pop("start_time_unix_ms")

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

        def _parse_status(data: object) -> EventProgressStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = EventProgressStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventProgressStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_end_time_unix_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        end_time_unix_ms = _parse_end_time_unix_ms(d.pop("end_time_unix_ms", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        workflow_execution_progress_trace_event = cls(
            name=name,
            id=id,
            timestamp_unix_nano=timestamp_unix_nano,
            attributes=attributes,
            start_time_unix_ms=start_time_unix_ms,
            type_=type_,
            internal=internal,
            status=status,
            end_time_unix_ms=end_time_unix_ms,
            error=error,
        )

        workflow_execution_progress_trace_event.additional_properties = d
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
