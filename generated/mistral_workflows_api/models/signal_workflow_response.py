from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignalWorkflowResponse")


@_attrs_define
class SignalWorkflowResponse:
    """Acknowledgement of a signal."""

    message: str | Unset = "Signal accepted"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        message = d.get("message", UNSET)

        signal_workflow_response = cls.__new__(cls)
        signal_workflow_response.message = message
        if len(d) == 0 + (message is not UNSET):
            signal_workflow_response.additional_properties = {}
        else:
            signal_workflow_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "message",
                }
            }

        return signal_workflow_response

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
