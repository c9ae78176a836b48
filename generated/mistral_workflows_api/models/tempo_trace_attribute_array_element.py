from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        d = dict(src_dict)

        def _parse_string_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        string_value = _parse_string_value(d.pop("stringValue", UNSET))

        def _parse_int_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        int_value = _parse_int_value(d.pop("intValue", UNSET))

        def _parse_bool_value(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        bool_value = _parse_bool_value(d.pop("boolValue", UNSET))

        tempo_trace_attribute_array_element = cls(
            string_value=string_value,
            int_value=int_value,
            bool_value=bool_value,
        )

        tempo_trace_attribute_array_element.additional_properties = d
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
