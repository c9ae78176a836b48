from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowBulkArchiveRequest")


@_attrs_define
class WorkflowBulkArchiveRequest:
    """The workflows to archive."""

    workflow_ids: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_ids = []
        for workflow_ids_item_data in self.workflow_ids:
            workflow_ids_item = str(workflow_ids_item_data)
            workflow_ids.append(workflow_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_ids": workflow_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        workflow_ids = []
        _workflow_ids = d["workflow_ids"]
        for workflow_ids_item_data in _workflow_ids:
            workflow_ids_item = _uuid(workflow_ids_item_data)

            workflow_ids.append(workflow_ids_item)

        workflow_bulk_archive_request = cls.__new__(cls)
        workflow_bulk_archive_request.workflow_ids = workflow_ids
        if len(d) == 1:
            workflow_bulk_archive_request.additional_properties = {}
        else:
            workflow_bulk_archive_request.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "workflow_ids",
                }
            }

        return workflow_bulk_archive_request

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
