from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeploymentWorkerListResponse")


@_attrs_define
class DeploymentWorkerListResponse:
    """One page of workers."""

    workers: list[DeploymentWorkerResponse]
    next_cursor: None | str
    """ Pass it back as `cursor` for the next page; null on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workers = []
        for workers_item_data in self.workers:
            workers_item = workers_item_data.to_dict()
            workers.append(workers_item)

        next_cursor: None | str
        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workers": workers,
                "next_cursor": next_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        workers = [
            DeploymentWorkerResponse.from_dict(workers_item_data)
            for workers_item_data in d["workers"]
        ]

        next_cursor = d["next_cursor"]

        deployment_worker_list_response = cls.__new__(cls)
        deployment_worker_list_response.workers = workers
        deployment_worker_list_response.next_cursor = next_cursor
        if len(d) == 2:
            deployment_worker_list_response.additional_properties = {}
        else:
            deployment_worker_list_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "workers",
                    "next_cursor",
                }
            }

        return deployment_worker_list_response

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


from ..models.deployment_worker_response import DeploymentWorkerResponse
