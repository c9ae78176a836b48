from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TempoTraceAttributeArrayElement")


@_attrs_define
class TempoTraceAttributeArrayElement:
    string_value: None | str | Unset = UNSET
    int_value: None | str | Unset = UNSET
    bool_value: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        string_value: None | str | Unset
        if isinstance(self.string_value, Unset):
            string_value = UNSET
        else:
            string_value = self.string_value

        int_value: None | str | Unset
        if isinstance(self.int_value, Unset):
            int_value = UNSET
        else:
            int_value = self.int_value

        bool_value: bool | None | Unset
        if isinstance(self.bool_value, Unset):
            bool_value = UNSET
        else:
            bool_value = self.bool_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if string_value is not UNSET:
            field_dict["stringValue"] = string_value
        if int_value is not UNSET:
            field_dict["intValue"] = int_value
        if bool_value is not UNSET:
            field_dict["boolValue"] = bool_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        string_value = d.get("stringValue", UNSET)

        int_value = d.get("intValue", UNSET)

        bool_value = d.get("boolValue", UNSET)

        tempo_trace_attribute_array_element = cls.__new__(cls)
        tempo_trace_attribute_array_element.string_value = string_value
        tempo_trace_attribute_array_element.int_value = int_value
        tempo_trace_attribute_array_element.bool_value = bool_value
        if len(d) == 0 + (string_value is not UNSET) + (int_value is not UNSET) + (
            bool_value is not UNSET
        ):
            tempo_trace_attribute_array_element.additional_properties = {}
        else:
            tempo_trace_attribute_array_element.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "stringValue",
                    "intValue",
                    "boolValue",
                }
            }

        return tempo_trace_attribute_array_element

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
