from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowMetadata")


@_attrs_define
class WorkflowMetadata:
    """Facts about a workflow in a listing."""

    shared_namespace: None | str | Unset = UNSET
    """ The namespace of a shared workflow; null for the caller's own. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shared_namespace: None | str | Unset
        if isinstance(self.shared_namespace, Unset):
            shared_namespace = UNSET
        else:
            shared_namespace = self.shared_namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shared_namespace is not UNSET:
            field_dict["shared_namespace"] = shared_namespace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        shared_namespace = d.get("shared_namespace", UNSET)

        workflow_metadata = cls.__new__(cls)
        workflow_metadata.shared_namespace = shared_namespace
        if len(d) == 0 + (shared_namespace is not UNSET):
            workflow_metadata.additional_properties = {}
        else:
            workflow_metadata.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "shared_namespace",
                }
            }

        return workflow_metadata

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
