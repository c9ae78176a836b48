from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowExecutionTraceSummarySpanAttributes")


@_attrs_define
class WorkflowExecutionTraceSummarySpanAttributes:
    additional_properties: dict[str, bool | float | int | list[Any] | None | str] = (
        _attrs_field(init=False, factory=dict)
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, list):
                field_dict[prop_name] = prop

            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        workflow_execution_trace_summary_span_attributes = cls.__new__(cls)
        workflow_execution_trace_summary_span_attributes.additional_properties = (
            d if type(d) is dict else dict(d)
        )

        return workflow_execution_trace_summary_span_attributes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> bool | float | int | list[Any] | None | str:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: bool | float | int | list[Any] | None | str
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
