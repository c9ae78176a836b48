from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TempoTraceEvent")


@_attrs_define
class TempoTraceEvent:
    name: str
    time_unix_nano: str
    attributes: list[TempoTraceAttribute] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        time_unix_nano = self.time_unix_nano

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "timeUnixNano": time_unix_nano,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        time_unix_nano = d["timeUnixNano"]

        _attributes = d.get("attributes", UNSET)
        attributes: list[TempoTraceAttribute] | Unset = (
            UNSET
            if isinstance(_attributes, Unset)
            else [
                TempoTraceAttribute.from_dict(attributes_item_data)
                for attributes_item_data in _attributes
            ]
        )

        tempo_trace_event = cls.__new__(cls)
        tempo_trace_event.name = name
        tempo_trace_event.time_unix_nano = time_unix_nano
        tempo_trace_event.attributes = attributes
        if len(d) == 2 + (attributes is not UNSET):
            tempo_trace_event.additional_properties = {}
        else:
            tempo_trace_event.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "name",
                    "timeUnixNano",
                    "attributes",
                }
            }

        return tempo_trace_event

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
