from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateDeploymentRequest")


@_attrs_define
class CreateDeploymentRequest:
    """A managed deployment to create."""

    name: str
    """ The deployment's name (unique in the workspace). """
    spec: DeploymentWorkerSpecInput
    """ Where the workers of a new managed deployment are built from: a GitHub repository (`github_url`) or, as the
    official SDK 3.7 allows, a source archive (`archive_id`) instead. One of the two is required. """
    resources: DeploymentResourceConfig | None | Unset = UNSET
    hardened: bool | Unset = False
    """ Accept worker registrations from authorized principals only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        spec = self.spec.to_dict()

        resources: dict[str, Any] | None | Unset
        if isinstance(self.resources, Unset):
            resources = UNSET
        elif isinstance(self.resources, DeploymentResourceConfig):
            resources = self.resources.to_dict()
        else:
            resources = self.resources

        hardened = self.hardened

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "spec": spec,
            }
        )
        if resources is not UNSET:
            field_dict["resources"] = resources
        if hardened is not UNSET:
            field_dict["hardened"] = hardened

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        spec = DeploymentWorkerSpecInput.from_dict(d["spec"])

        resources = _parse_resources(d.get("resources", UNSET))

        hardened = d.get("hardened", UNSET)

        create_deployment_request = cls.__new__(cls)
        create_deployment_request.name = name
        create_deployment_request.spec = spec
        create_deployment_request.resources = resources
        create_deployment_request.hardened = hardened
        if len(d) == 2 + (resources is not UNSET) + (hardened is not UNSET):
            create_deployment_request.additional_properties = {}
        else:
            create_deployment_request.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "name",
                    "spec",
                    "resources",
                    "hardened",
                }
            }

        return create_deployment_request

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


from ..models.deployment_resource_config import DeploymentResourceConfig
from ..models.deployment_worker_spec_input import DeploymentWorkerSpecInput


def _parse_resources(data: object) -> DeploymentResourceConfig | None | Unset:
    if isinstance(data, dict):
        try:
            return DeploymentResourceConfig.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("DeploymentResourceConfig | None | Unset", data)
