from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowTagsAddRequest")


@_attrs_define
class WorkflowTagsAddRequest:
    """Tags to add to a workflow (from the official SDK 3.7; not in the public contract)."""

    tags: list[str]
    """ The tags to add; the workflow keeps the ones it has. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tags": tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        tags = d["tags"]

        workflow_tags_add_request = cls.__new__(cls)
        workflow_tags_add_request.tags = tags
        if len(d) == 1:
            workflow_tags_add_request.additional_properties = {}
        else:
            workflow_tags_add_request.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "tags",
                }
            }

        return workflow_tags_add_request

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
