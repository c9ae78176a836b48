from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_type import WorkflowType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Workflow")


@_attrs_define
class Workflow:
    """A workflow."""

    id: UUID
    """ Id of the workflow. """
    name: str
    """ Name of the workflow (unique in its namespace). """
    display_name: str
    """ Name for people to read. """
    type_: str | WorkflowType
    """ How the workflow is defined; values this client does not know are kept as strings. """
    customer_id: UUID
    """ The customer that owns the workflow. """
    workspace_id: UUID
    """ The workspace that owns the workflow. """
    description: None | str | Unset = UNSET
    """ What the workflow does. """
    shared_namespace: None | str | Unset = UNSET
    """ The namespace a shared workflow is published under (e.g. `shared:my-workflow`); null for the caller's own.
    """
    available_in_chat_assistant: bool | Unset = False
    """ The chat assistant may start it. """
    is_technical: bool | Unset = False
    """ A workflow of the platform itself (e.g. managed by an SDK). """
    archived: bool | Unset = False
    """ Hidden from default listings. """
    tags: list[str] | Unset = UNSET
    """ Tags for filtering and discovery. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        display_name = self.display_name

        type_: str
        if isinstance(self.type_, WorkflowType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        customer_id = str(self.customer_id)

        workspace_id = str(self.workspace_id)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        shared_namespace: None | str | Unset
        if isinstance(self.shared_namespace, Unset):
            shared_namespace = UNSET
        else:
            shared_namespace = self.shared_namespace

        available_in_chat_assistant = self.available_in_chat_assistant

        is_technical = self.is_technical

        archived = self.archived

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "display_name": display_name,
                "type": type_,
                "customer_id": customer_id,
                "workspace_id": workspace_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if shared_namespace is not UNSET:
            field_dict["shared_namespace"] = shared_namespace
        if available_in_chat_assistant is not UNSET:
            field_dict["available_in_chat_assistant"] = available_in_chat_assistant
        if is_technical is not UNSET:
            field_dict["is_technical"] = is_technical
        if archived is not UNSET:
            field_dict["archived"] = archived
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = _uuid(d["id"])

        name = d["name"]

        display_name = d["display_name"]

        _type_ = d["type"]
        type_ = _TYPE__VALUES.get(_type_, _type_) if isinstance(_type_, str) else _type_

        customer_id = _uuid(d["customer_id"])

        workspace_id = _uuid(d["workspace_id"])

        description = d.get("description", UNSET)

        shared_namespace = d.get("shared_namespace", UNSET)

        available_in_chat_assistant = d.get("available_in_chat_assistant", UNSET)

        is_technical = d.get("is_technical", UNSET)

        archived = d.get("archived", UNSET)

        tags = d.get("tags", UNSET)

        workflow = cls.__new__(cls)
        workflow.id = id
        workflow.name = name
        workflow.display_name = display_name
        workflow.type_ = type_
        workflow.customer_id = customer_id
        workflow.workspace_id = workspace_id
        workflow.description = description
        workflow.shared_namespace = shared_namespace
        workflow.available_in_chat_assistant = available_in_chat_assistant
        workflow.is_technical = is_technical
        workflow.archived = archived
        workflow.tags = tags
        if len(d) == 6 + (description is not UNSET) + (
            shared_namespace is not UNSET
        ) + (available_in_chat_assistant is not UNSET) + (is_technical is not UNSET) + (
            archived is not UNSET
        ) + (tags is not UNSET):
            workflow.additional_properties = {}
        else:
            workflow.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "id",
                    "name",
                    "display_name",
                    "type",
                    "customer_id",
                    "workspace_id",
                    "description",
                    "shared_namespace",
                    "available_in_chat_assistant",
                    "is_technical",
                    "archived",
                    "tags",
                }
            }

        return workflow

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


_uuid = lru_cache(maxsize=1024)(UUID)


_TYPE__VALUES: dict[str, WorkflowType] = {
    member.value: member for member in WorkflowType
}
