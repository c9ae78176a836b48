from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpdateWorkflowResponse")


@_attrs_define
class UpdateWorkflowResponse:
    """An update's result."""

    update_name: str
    result: Any
    """ Whatever the update handler returned. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        update_name = self.update_name

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "update_name": update_name,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        update_name = d["update_name"]

        result = d["result"]

        update_workflow_response = cls.__new__(cls)
        update_workflow_response.update_name = update_name
        update_workflow_response.result = result
        if len(d) == 2:
            update_workflow_response.additional_properties = {}
        else:
            update_workflow_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "update_name",
                    "result",
                }
            }

        return update_workflow_response

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
