from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TempoTraceAttributeArrayContainer")


@_attrs_define
class TempoTraceAttributeArrayContainer:
    values: list[TempoTraceAttributeArrayElement] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if values is not UNSET:
            field_dict["values"] = values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _values = d.get("values", UNSET)
        values: list[TempoTraceAttributeArrayElement] | Unset = (
            UNSET
            if isinstance(_values, Unset)
            else [
                TempoTraceAttributeArrayElement.from_dict(values_item_data)
                for values_item_data in _values
            ]
        )

        tempo_trace_attribute_array_container = cls.__new__(cls)
        tempo_trace_attribute_array_container.values = values
        if len(d) == 0 + (values is not UNSET):
            tempo_trace_attribute_array_container.additional_properties = {}
        else:
            tempo_trace_attribute_array_container.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "values",
                }
            }

        return tempo_trace_attribute_array_container

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


from ..models.tempo_trace_attribute_array_element import TempoTraceAttributeArrayElement
