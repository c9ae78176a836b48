from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tempo_trace_scope_kind import TempoTraceScopeKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="TempoTraceSpan")


@_attrs_define
class TempoTraceSpan:
    trace_id: str
    span_id: str
    name: str
    kind: str | TempoTraceScopeKind
    start_time_unix_nano: str
    """ Nanoseconds since the epoch """
    end_time_unix_nano: str
    """ Nanoseconds since the epoch """
    parent_span_id: None | str | Unset = UNSET
    attributes: list[TempoTraceAttribute] | Unset = UNSET
    events: list[TempoTraceEvent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trace_id = self.trace_id

        span_id = self.span_id

        name = self.name

        kind: str
        if isinstance(self.kind, TempoTraceScopeKind):
            kind = self.kind.value
        else:
            kind = self.kind

        start_time_unix_nano = self.start_time_unix_nano

        end_time_unix_nano = self.end_time_unix_nano

        parent_span_id: None | str | Unset
        if isinstance(self.parent_span_id, Unset):
            parent_span_id = UNSET
        else:
            parent_span_id = self.parent_span_id

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "traceId": trace_id,
                "spanId": span_id,
                "name": name,
                "kind": kind,
                "startTimeUnixNano": start_time_unix_nano,
                "endTimeUnixNano": end_time_unix_nano,
            }
        )
        if parent_span_id is not UNSET:
            field_dict["parentSpanId"] = parent_span_id
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        trace_id = d["traceId"]

        span_id = d["spanId"]

        name = d["name"]

        _kind = d["kind"]
        kind = _KIND_VALUES.get(_kind, _kind) if isinstance(_kind, str) else _kind

        start_time_unix_nano = d["startTimeUnixNano"]

        end_time_unix_nano = d["endTimeUnixNano"]

        parent_span_id = d.get("parentSpanId", UNSET)

        _attributes = d.get("attributes", UNSET)
        attributes: list[TempoTraceAttribute] | Unset = (
            UNSET
            if isinstance(_attributes, Unset)
            else [
                TempoTraceAttribute.from_dict(attributes_item_data)
                for attributes_item_data in _attributes
            ]
        )

        _events = d.get("events", UNSET)
        events: list[TempoTraceEvent] | Unset = (
            UNSET
            if isinstance(_events, Unset)
            else [
                TempoTraceEvent.from_dict(events_item_data)
                for events_item_data in _events
            ]
        )

        tempo_trace_span = cls.__new__(cls)
        tempo_trace_span.trace_id = trace_id
        tempo_trace_span.span_id = span_id
        tempo_trace_span.name = name
        tempo_trace_span.kind = kind
        tempo_trace_span.start_time_unix_nano = start_time_unix_nano
        tempo_trace_span.end_time_unix_nano = end_time_unix_nano
        tempo_trace_span.parent_span_id = parent_span_id
        tempo_trace_span.attributes = attributes
        tempo_trace_span.events = events
        if len(d) == 6 + (parent_span_id is not UNSET) + (attributes is not UNSET) + (
            events is not UNSET
        ):
            tempo_trace_span.additional_properties = {}
        else:
            tempo_trace_span.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "traceId",
                    "spanId",
                    "name",
                    "kind",
                    "startTimeUnixNano",
                    "endTimeUnixNano",
                    "parentSpanId",
                    "attributes",
                    "events",
                }
            }

        return tempo_trace_span

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


from ..models.tempo_trace_attribute import TempoTraceAttribute
from ..models.tempo_trace_event import TempoTraceEvent

_KIND_VALUES: dict[str, TempoTraceScopeKind] = {
    member.value: member for member in TempoTraceScopeKind
}
