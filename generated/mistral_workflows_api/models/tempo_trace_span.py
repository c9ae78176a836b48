from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tempo_trace_scope_kind import TempoTraceScopeKind
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tempo_trace_attribute import TempoTraceAttribute
    from ..models.tempo_trace_event import TempoTraceEvent


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
        from ..models.tempo_trace_attribute import TempoTraceAttribute  # noqa: PLC0415
        from ..models.tempo_trace_event import TempoTraceEvent  # noqa: PLC0415

        d = dict(src_dict)
        trace_id = d.pop("traceId")

        span_id = d.pop("spanId")

        name = d.pop("name")

        def _parse_kind(data: object) -> str | TempoTraceScopeKind:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = TempoTraceScopeKind(data)

                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TempoTraceScopeKind, data)

        kind = _parse_kind(d.pop("kind"))

        start_time_unix_nano = d.pop("startTimeUnixNano")

        end_time_unix_nano = d.pop("endTimeUnixNano")

        def _parse_parent_span_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_span_id = _parse_parent_span_id(d.pop("parentSpanId", UNSET))

        _attributes = d.pop("attributes", UNSET)
        attributes: list[TempoTraceAttribute] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = TempoTraceAttribute.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        _events = d.pop("events", UNSET)
        events: list[TempoTraceEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = TempoTraceEvent.from_dict(events_item_data)

                events.append(events_item)

        tempo_trace_span = cls(
            trace_id=trace_id,
            span_id=span_id,
            name=name,
            kind=kind,
            start_time_unix_nano=start_time_unix_nano,
            end_time_unix_nano=end_time_unix_nano,
            parent_span_id=parent_span_id,
            attributes=attributes,
            events=events,
        )

        tempo_trace_span.additional_properties = d
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
