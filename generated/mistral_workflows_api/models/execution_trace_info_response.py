from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecutionTraceInfoResponse")


@_attrs_define
class ExecutionTraceInfoResponse:
    """Whether an execution has a trace."""

    otel_trace_id: None | str | Unset = UNSET
    has_trace_data: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        otel_trace_id: None | str | Unset
        if isinstance(self.otel_trace_id, Unset):
            otel_trace_id = UNSET
        else:
            otel_trace_id = self.otel_trace_id

        has_trace_data = self.has_trace_data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if otel_trace_id is not UNSET:
            field_dict["otel_trace_id"] = otel_trace_id
        if has_trace_data is not UNSET:
            field_dict["has_trace_data"] = has_trace_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        otel_trace_id = d.get("otel_trace_id", UNSET)

        has_trace_data = d.get("has_trace_data", UNSET)

        execution_trace_info_response = cls.__new__(cls)
        execution_trace_info_response.otel_trace_id = otel_trace_id
        execution_trace_info_response.has_trace_data = has_trace_data
        if len(d) == 0 + (otel_trace_id is not UNSET) + (has_trace_data is not UNSET):
            execution_trace_info_response.additional_properties = {}
        else:
            execution_trace_info_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "otel_trace_id",
                    "has_trace_data",
                }
            }

        return execution_trace_info_response

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
