from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentResourceConfig")


@_attrs_define
class DeploymentResourceConfig:
    """Replicas and Kubernetes-style resource requests and limits of a managed deployment."""

    replicas: int | None | Unset = UNSET
    cpu_request: None | str | Unset = UNSET
    """ e.g. `500m`. """
    cpu_limit: None | str | Unset = UNSET
    memory_request: None | str | Unset = UNSET
    """ e.g. `512Mi`. """
    memory_limit: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        replicas: int | None | Unset
        if isinstance(self.replicas, Unset):
            replicas = UNSET
        else:
            replicas = self.replicas

        cpu_request: None | str | Unset
        if isinstance(self.cpu_request, Unset):
            cpu_request = UNSET
        else:
            cpu_request = self.cpu_request

        cpu_limit: None | str | Unset
        if isinstance(self.cpu_limit, Unset):
            cpu_limit = UNSET
        else:
            cpu_limit = self.cpu_limit

        memory_request: None | str | Unset
        if isinstance(self.memory_request, Unset):
            memory_request = UNSET
        else:
            memory_request = self.memory_request

        memory_limit: None | str | Unset
        if isinstance(self.memory_limit, Unset):
            memory_limit = UNSET
        else:
            memory_limit = self.memory_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if replicas is not UNSET:
            field_dict["replicas"] = replicas
        if cpu_request is not UNSET:
            field_dict["cpu_request"] = cpu_request
        if cpu_limit is not UNSET:
            field_dict["cpu_limit"] = cpu_limit
        if memory_request is not UNSET:
            field_dict["memory_request"] = memory_request
        if memory_limit is not UNSET:
            field_dict["memory_limit"] = memory_limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        replicas = d.get("replicas", UNSET)

        cpu_request = d.get("cpu_request", UNSET)

        cpu_limit = d.get("cpu_limit", UNSET)

        memory_request = d.get("memory_request", UNSET)

        memory_limit = d.get("memory_limit", UNSET)

        deployment_resource_config = cls.__new__(cls)
        deployment_resource_config.replicas = replicas
        deployment_resource_config.cpu_request = cpu_request
        deployment_resource_config.cpu_limit = cpu_limit
        deployment_resource_config.memory_request = memory_request
        deployment_resource_config.memory_limit = memory_limit
        if len(d) == 0 + (replicas is not UNSET) + (cpu_request is not UNSET) + (
            cpu_limit is not UNSET
        ) + (memory_request is not UNSET) + (memory_limit is not UNSET):
            deployment_resource_config.additional_properties = {}
        else:
            deployment_resource_config.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "replicas",
                    "cpu_request",
                    "cpu_limit",
                    "memory_request",
                    "memory_limit",
                }
            }

        return deployment_resource_config

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
