from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.location_type import LocationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentLocation")


@_attrs_define
class DeploymentLocation:
    """Where a deployment or a worker runs."""

    location_type: LocationType | str
    """ `local`, `k8s` or `managed`; values this client does not know are kept as strings. """
    k8s_cluster: None | str | Unset = UNSET
    """ The Kubernetes cluster, for `k8s`. """
    k8s_namespace: None | str | Unset = UNSET
    """ The Kubernetes namespace, for `k8s`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        location_type: str
        if isinstance(self.location_type, LocationType):
            location_type = self.location_type.value
        else:
            location_type = self.location_type

        k8s_cluster: None | str | Unset
        if isinstance(self.k8s_cluster, Unset):
            k8s_cluster = UNSET
        else:
            k8s_cluster = self.k8s_cluster

        k8s_namespace: None | str | Unset
        if isinstance(self.k8s_namespace, Unset):
            k8s_namespace = UNSET
        else:
            k8s_namespace = self.k8s_namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "location_type": location_type,
            }
        )
        if k8s_cluster is not UNSET:
            field_dict["k8s_cluster"] = k8s_cluster
        if k8s_namespace is not UNSET:
            field_dict["k8s_namespace"] = k8s_namespace

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _location_type = d["location_type"]
        location_type = (
            _LOCATION_TYPE_VALUES.get(_location_type, _location_type)
            if isinstance(_location_type, str)
            else _location_type
        )

        k8s_cluster = d.get("k8s_cluster", UNSET)

        k8s_namespace = d.get("k8s_namespace", UNSET)

        deployment_location = cls.__new__(cls)
        deployment_location.location_type = location_type
        deployment_location.k8s_cluster = k8s_cluster
        deployment_location.k8s_namespace = k8s_namespace
        if len(d) == 1 + (k8s_cluster is not UNSET) + (k8s_namespace is not UNSET):
            deployment_location.additional_properties = {}
        else:
            deployment_location.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "location_type",
                    "k8s_cluster",
                    "k8s_namespace",
                }
            }

        return deployment_location

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


_LOCATION_TYPE_VALUES: dict[str, LocationType] = {
    member.value: member for member in LocationType
}
