from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeploymentListResponse")


@_attrs_define
class DeploymentListResponse:
    """One page of deployments."""

    deployments: list[DeploymentResponse]
    next_cursor: None | str
    """ Pass it back as `cursor` for the next page; null on the last page. """
    workspace_id: UUID
    """ The workspace listed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deployments = []
        for deployments_item_data in self.deployments:
            deployments_item = deployments_item_data.to_dict()
            deployments.append(deployments_item)

        next_cursor: None | str
        next_cursor = self.next_cursor

        workspace_id = str(self.workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deployments": deployments,
                "next_cursor": next_cursor,
                "workspace_id": workspace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        deployments = [
            DeploymentResponse.from_dict(deployments_item_data)
            for deployments_item_data in d["deployments"]
        ]

        next_cursor = d["next_cursor"]

        workspace_id = _uuid(d["workspace_id"])

        deployment_list_response = cls.__new__(cls)
        deployment_list_response.deployments = deployments
        deployment_list_response.next_cursor = next_cursor
        deployment_list_response.workspace_id = workspace_id
        if len(d) == 3:
            deployment_list_response.additional_properties = {}
        else:
            deployment_list_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "deployments",
                    "next_cursor",
                    "workspace_id",
                }
            }

        return deployment_list_response

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


from ..models.deployment_response import DeploymentResponse

_uuid = lru_cache(maxsize=1024)(UUID)
