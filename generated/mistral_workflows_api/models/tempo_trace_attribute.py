from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TempoTraceAttribute")


@_attrs_define
class TempoTraceAttribute:
    key: str
    value: (
        TempoTraceAttributeArrayValue
        | TempoTraceAttributeBoolValue
        | TempoTraceAttributeIntValue
        | TempoTraceAttributeStringValue
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value: dict[str, Any]
        if isinstance(self.value, TempoTraceAttributeStringValue):
            value = self.value.to_dict()
        elif isinstance(self.value, TempoTraceAttributeIntValue):
            value = self.value.to_dict()
        elif isinstance(self.value, TempoTraceAttributeBoolValue):
            value = self.value.to_dict()
        else:
            value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        key = d["key"]

        value = _parse_value(d["value"])

        tempo_trace_attribute = cls.__new__(cls)
        tempo_trace_attribute.key = key
        tempo_trace_attribute.value = value
        if len(d) == 2:
            tempo_trace_attribute.additional_properties = {}
        else:
            tempo_trace_attribute.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "key",
                    "value",
                }
            }

        return tempo_trace_attribute

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


from ..models.tempo_trace_attribute_array_value import TempoTraceAttributeArrayValue
from ..models.tempo_trace_attribute_bool_value import TempoTraceAttributeBoolValue
from ..models.tempo_trace_attribute_int_value import TempoTraceAttributeIntValue
from ..models.tempo_trace_attribute_string_value import TempoTraceAttributeStringValue


def _parse_value(
    data: object,
) -> (
    TempoTraceAttributeArrayValue
    | TempoTraceAttributeBoolValue
    | TempoTraceAttributeIntValue
    | TempoTraceAttributeStringValue
):
    if isinstance(data, dict) and "stringValue" in data:
        try:
            return TempoTraceAttributeStringValue.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and "intValue" in data:
        try:
            return TempoTraceAttributeIntValue.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and "boolValue" in data:
        try:
            return TempoTraceAttributeBoolValue.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    value_type_3 = TempoTraceAttributeArrayValue.from_dict(data)

    return value_type_3
