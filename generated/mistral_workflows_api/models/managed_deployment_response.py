from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ManagedDeploymentResponse")


@_attrs_define
class ManagedDeploymentResponse:
    """A deployment that Mistral builds and runs."""

    service_id: str
    name: str
    spec: DeploymentWorkerSpecResponse
    """ Where the workers of a managed deployment are built from. """
    resources: DeploymentResourceConfig
    """ Replicas and Kubernetes-style resource requests and limits of a managed deployment. """
    status: DeploymentObservedState
    """ What the platform sees of a managed deployment right now. """
    created_at: datetime.datetime
    updated_at: datetime.datetime
    stopped: bool | Unset = False
    rollout_status: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    updated_by: None | str | Unset = UNSET
    deployed_by: None | str | Unset = UNSET
    deployed_at: datetime.datetime | None | Unset = UNSET
    is_hardened: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        name = self.name

        spec = self.spec.to_dict()

        resources = self.resources.to_dict()

        status = self.status.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        stopped = self.stopped

        rollout_status: None | str | Unset
        if isinstance(self.rollout_status, Unset):
            rollout_status = UNSET
        else:
            rollout_status = self.rollout_status

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        deployed_by: None | str | Unset
        if isinstance(self.deployed_by, Unset):
            deployed_by = UNSET
        else:
            deployed_by = self.deployed_by

        deployed_at: None | str | Unset
        if isinstance(self.deployed_at, Unset):
            deployed_at = UNSET
        elif isinstance(self.deployed_at, datetime.datetime):
            deployed_at = self.deployed_at.isoformat()
        else:
            deployed_at = self.deployed_at

        is_hardened = self.is_hardened

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_id": service_id,
                "name": name,
                "spec": spec,
                "resources": resources,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if stopped is not UNSET:
            field_dict["stopped"] = stopped
        if rollout_status is not UNSET:
            field_dict["rollout_status"] = rollout_status
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if deployed_by is not UNSET:
            field_dict["deployed_by"] = deployed_by
        if deployed_at is not UNSET:
            field_dict["deployed_at"] = deployed_at
        if is_hardened is not UNSET:
            field_dict["is_hardened"] = is_hardened

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        service_id = d["service_id"]

        name = d["name"]

        spec = DeploymentWorkerSpecResponse.from_dict(d["spec"])

        resources = DeploymentResourceConfig.from_dict(d["resources"])

        status = DeploymentObservedState.from_dict(d["status"])

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        stopped = d.get("stopped", UNSET)

        rollout_status = d.get("rollout_status", UNSET)

        created_by = d.get("created_by", UNSET)

        updated_by = d.get("updated_by", UNSET)

        deployed_by = d.get("deployed_by", UNSET)

        deployed_at = _parse_deployed_at(d.get("deployed_at", UNSET))

        is_hardened = d.get("is_hardened", UNSET)

        managed_deployment_response = cls.__new__(cls)
        managed_deployment_response.service_id = service_id
        managed_deployment_response.name = name
        managed_deployment_response.spec = spec
        managed_deployment_response.resources = resources
        managed_deployment_response.status = status
        managed_deployment_response.created_at = created_at
        managed_deployment_response.updated_at = updated_at
        managed_deployment_response.stopped = stopped
        managed_deployment_response.rollout_status = rollout_status
        managed_deployment_response.created_by = created_by
        managed_deployment_response.updated_by = updated_by
        managed_deployment_response.deployed_by = deployed_by
        managed_deployment_response.deployed_at = deployed_at
        managed_deployment_response.is_hardened = is_hardened
        if len(d) == 7 + (stopped is not UNSET) + (rollout_status is not UNSET) + (
            created_by is not UNSET
        ) + (updated_by is not UNSET) + (deployed_by is not UNSET) + (
            deployed_at is not UNSET
        ) + (is_hardened is not UNSET):
            managed_deployment_response.additional_properties = {}
        else:
            managed_deployment_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "service_id",
                    "name",
                    "spec",
                    "resources",
                    "status",
                    "created_at",
                    "updated_at",
                    "stopped",
                    "rollout_status",
                    "created_by",
                    "updated_by",
                    "deployed_by",
                    "deployed_at",
                    "is_hardened",
                }
            }

        return managed_deployment_response

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


from ..models.deployment_observed_state import DeploymentObservedState
from ..models.deployment_resource_config import DeploymentResourceConfig
from ..models.deployment_worker_spec_response import DeploymentWorkerSpecResponse


def _parse_deployed_at(data: object) -> datetime.datetime | None | Unset:
    if isinstance(data, str):
        try:
            deployed_at_type_0 = datetime.datetime.fromisoformat(data)

            return deployed_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None | Unset", data)
