from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        d = dict(src_dict)

        def _parse_otel_trace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        otel_trace_id = _parse_otel_trace_id(d.pop("otel_trace_id", UNSET))

        has_trace_data = d.pop("has_trace_data", UNSET)

        execution_trace_info_response = cls(
            otel_trace_id=otel_trace_id,
            has_trace_data=has_trace_data,
        )

        execution_trace_info_response.additional_properties = d
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
