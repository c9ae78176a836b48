from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowBasicDefinition")


@_attrs_define
class WorkflowBasicDefinition:
    """A workflow in a listing."""

    id: UUID
    name: str
    """ Name of the workflow. """
    display_name: str
    """ Name for people to read. """
    archived: bool
    """ Hidden from default listings. """
    description: None | str | Unset = UNSET
    """ What the workflow does. """
    metadata: WorkflowMetadata | Unset = UNSET
    """ Facts about a workflow in a listing. """
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        display_name = self.display_name

        archived = self.archived

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

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
                "archived": archived,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = _uuid(d["id"])

        name = d["name"]

        display_name = d["display_name"]

        archived = d["archived"]

        description = d.get("description", UNSET)

        _metadata = d.get("metadata", UNSET)
        metadata: WorkflowMetadata | Unset = (
            UNSET
            if isinstance(_metadata, Unset)
            else WorkflowMetadata.from_dict(_metadata)
        )

        tags = d.get("tags", UNSET)

        workflow_basic_definition = cls.__new__(cls)
        workflow_basic_definition.id = id
        workflow_basic_definition.name = name
        workflow_basic_definition.display_name = display_name
        workflow_basic_definition.archived = archived
        workflow_basic_definition.description = description
        workflow_basic_definition.metadata = metadata
        workflow_basic_definition.tags = tags
        if len(d) == 4 + (description is not UNSET) + (metadata is not UNSET) + (
            tags is not UNSET
        ):
            workflow_basic_definition.additional_properties = {}
        else:
            workflow_basic_definition.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "id",
                    "name",
                    "display_name",
                    "archived",
                    "description",
                    "metadata",
                    "tags",
                }
            }

        return workflow_basic_definition

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


from ..models.workflow_metadata import WorkflowMetadata

_uuid = lru_cache(maxsize=1024)(UUID)
