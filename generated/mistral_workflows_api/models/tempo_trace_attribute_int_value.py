from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TempoTraceAttributeIntValue")


@_attrs_define
class TempoTraceAttributeIntValue:
    int_value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        int_value = self.int_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "intValue": int_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        int_value = d["intValue"]

        tempo_trace_attribute_int_value = cls.__new__(cls)
        tempo_trace_attribute_int_value.int_value = int_value
        if len(d) == 1:
            tempo_trace_attribute_int_value.additional_properties = {}
        else:
            tempo_trace_attribute_int_value.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "intValue",
                }
            }

        return tempo_trace_attribute_int_value

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
