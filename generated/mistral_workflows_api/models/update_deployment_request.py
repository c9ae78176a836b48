from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateDeploymentRequest")


@_attrs_define
class UpdateDeploymentRequest:
    """A change to a managed deployment."""

    spec: None | Unset | WorkflowsWorkerSpecUpdate = UNSET
    resources: DeploymentResourceConfigUpdate | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spec: dict[str, Any] | None | Unset
        if isinstance(self.spec, Unset):
            spec = UNSET
        elif isinstance(self.spec, WorkflowsWorkerSpecUpdate):
            spec = self.spec.to_dict()
        else:
            spec = self.spec

        resources: dict[str, Any] | None | Unset
        if isinstance(self.resources, Unset):
            resources = UNSET
        elif isinstance(self.resources, DeploymentResourceConfigUpdate):
            resources = self.resources.to_dict()
        else:
            resources = self.resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if spec is not UNSET:
            field_dict["spec"] = spec
        if resources is not UNSET:
            field_dict["resources"] = resources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        spec = _parse_spec(d.get("spec", UNSET))

        resources = _parse_resources(d.get("resources", UNSET))

        update_deployment_request = cls.__new__(cls)
        update_deployment_request.spec = spec
        update_deployment_request.resources = resources
        if len(d) == 0 + (spec is not UNSET) + (resources is not UNSET):
            update_deployment_request.additional_properties = {}
        else:
            update_deployment_request.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "spec",
                    "resources",
                }
            }

        return update_deployment_request

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


from ..models.deployment_resource_config_update import DeploymentResourceConfigUpdate
from ..models.workflows_worker_spec_update import WorkflowsWorkerSpecUpdate


def _parse_spec(data: object) -> None | Unset | WorkflowsWorkerSpecUpdate:
    if isinstance(data, dict):
        try:
            return WorkflowsWorkerSpecUpdate.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("None | Unset | WorkflowsWorkerSpecUpdate", data)


def _parse_resources(data: object) -> DeploymentResourceConfigUpdate | None | Unset:
    if isinstance(data, dict):
        try:
            return DeploymentResourceConfigUpdate.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("DeploymentResourceConfigUpdate | None | Unset", data)
