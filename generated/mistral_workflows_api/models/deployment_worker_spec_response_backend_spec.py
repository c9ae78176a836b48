from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeploymentWorkerSpecResponseBackendSpec")


@_attrs_define
class DeploymentWorkerSpecResponseBackendSpec:
    """Backend-specific configuration, told apart by `type` (`mistral_cloud` or `kubernetes`). Sent by newer services (the
    official SDK 3.7 requires it); optional here so that bodies of either version parse.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        deployment_worker_spec_response_backend_spec = cls.__new__(cls)
        deployment_worker_spec_response_backend_spec.additional_properties = (
            d if type(d) is dict else dict(d)
        )

        return deployment_worker_spec_response_backend_spec

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
