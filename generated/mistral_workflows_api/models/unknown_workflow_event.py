from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnknownWorkflowEvent")


@_attrs_define
class UnknownWorkflowEvent:
    """An event of a type this version of the document does not describe; kept as it came."""

    event_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_type = self.event_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_type is not UNSET:
            field_dict["event_type"] = event_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        event_type = d.get("event_type", UNSET)

        unknown_workflow_event = cls.__new__(cls)
        unknown_workflow_event.event_type = event_type
        if len(d) == 0 + (event_type is not UNSET):
            unknown_workflow_event.additional_properties = {}
        else:
            unknown_workflow_event.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "event_type",
                }
            }

        return unknown_workflow_event

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
