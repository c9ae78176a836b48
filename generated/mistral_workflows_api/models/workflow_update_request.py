from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowUpdateRequest")


@_attrs_define
class WorkflowUpdateRequest:
    """What to change in a workflow; absent or null fields are left as they are."""

    display_name: None | str | Unset = UNSET
    """ New display name. """
    description: None | str | Unset = UNSET
    """ New description. """
    available_in_chat_assistant: bool | None | Unset = UNSET
    """ Offer the workflow in the chat assistant, or stop offering it. """
    tags: list[str] | None | Unset = UNSET
    """ The new tags; they replace the whole list. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        available_in_chat_assistant: bool | None | Unset
        if isinstance(self.available_in_chat_assistant, Unset):
            available_in_chat_assistant = UNSET
        else:
            available_in_chat_assistant = self.available_in_chat_assistant

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if description is not UNSET:
            field_dict["description"] = description
        if available_in_chat_assistant is not UNSET:
            field_dict["available_in_chat_assistant"] = available_in_chat_assistant
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        display_name = d.get("display_name", UNSET)

        description = d.get("description", UNSET)

        available_in_chat_assistant = d.get("available_in_chat_assistant", UNSET)

        tags = d.get("tags", UNSET)

        workflow_update_request = cls.__new__(cls)
        workflow_update_request.display_name = display_name
        workflow_update_request.description = description
        workflow_update_request.available_in_chat_assistant = (
            available_in_chat_assistant
        )
        workflow_update_request.tags = tags
        if len(d) == 0 + (display_name is not UNSET) + (description is not UNSET) + (
            available_in_chat_assistant is not UNSET
        ) + (tags is not UNSET):
            workflow_update_request.additional_properties = {}
        else:
            workflow_update_request.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "display_name",
                    "description",
                    "available_in_chat_assistant",
                    "tags",
                }
            }

        return workflow_update_request

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
