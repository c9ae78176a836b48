from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentWorkerSpecInput")


@_attrs_define
class DeploymentWorkerSpecInput:
    """Where the workers of a new managed deployment are built from: a GitHub repository (`github_url`) or, as the official
    SDK 3.7 allows, a source archive (`archive_id`) instead. One of the two is required.

    """

    github_url: str | Unset = UNSET
    """ The GitHub repository (required unless archive_id is set). """
    revision: None | str | Unset = "main"
    """ Branch, tag or commit. """
    entrypoint: None | str | Unset = "worker:main"
    """ `module:function` that runs the worker, or a `.py` script relative to working_dir. """
    working_dir: None | str | Unset = UNSET
    """ The directory of the worker's project in the repository (for monorepos). """
    archive_id: None | str | Unset = UNSET
    """ A source archive to build from instead of a repository (set this or github_url). Not in the public contract:
    the official SDK 3.7 sends it. """
    backend_spec: DeploymentWorkerSpecInputBackendSpecType0 | None | Unset = UNSET
    """ Settings of the build backend (Mistral Cloud: `type`, `build_directory`, `dockerfile_path`, `secrets`). Not
    in the public contract: the official SDK 3.7 sends it. """
    requested_roles: list[str] | None | Unset = UNSET
    """ Workspace roles, by name, for the deployment's service account beyond running workflows. Not in the public
    contract: the official SDK 3.7 sends it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        github_url = self.github_url

        revision: None | str | Unset
        if isinstance(self.revision, Unset):
            revision = UNSET
        else:
            revision = self.revision

        entrypoint: None | str | Unset
        if isinstance(self.entrypoint, Unset):
            entrypoint = UNSET
        else:
            entrypoint = self.entrypoint

        working_dir: None | str | Unset
        if isinstance(self.working_dir, Unset):
            working_dir = UNSET
        else:
            working_dir = self.working_dir

        archive_id: None | str | Unset
        if isinstance(self.archive_id, Unset):
            archive_id = UNSET
        else:
            archive_id = self.archive_id

        backend_spec: dict[str, Any] | None | Unset
        if isinstance(self.backend_spec, Unset):
            backend_spec = UNSET
        elif isinstance(self.backend_spec, DeploymentWorkerSpecInputBackendSpecType0):
            backend_spec = self.backend_spec.to_dict()
        else:
            backend_spec = self.backend_spec

        requested_roles: list[str] | None | Unset
        if isinstance(self.requested_roles, Unset):
            requested_roles = UNSET
        elif isinstance(self.requested_roles, list):
            requested_roles = self.requested_roles

        else:
            requested_roles = self.requested_roles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if github_url is not UNSET:
            field_dict["github_url"] = github_url
        if revision is not UNSET:
            field_dict["revision"] = revision
        if entrypoint is not UNSET:
            field_dict["entrypoint"] = entrypoint
        if working_dir is not UNSET:
            field_dict["working_dir"] = working_dir
        if archive_id is not UNSET:
            field_dict["archive_id"] = archive_id
        if backend_spec is not UNSET:
            field_dict["backend_spec"] = backend_spec
        if requested_roles is not UNSET:
            field_dict["requested_roles"] = requested_roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        github_url = d.get("github_url", UNSET)

        revision = d.get("revision", UNSET)

        entrypoint = d.get("entrypoint", UNSET)

        working_dir = d.get("working_dir", UNSET)

        archive_id = d.get("archive_id", UNSET)

        backend_spec = _parse_backend_spec(d.get("backend_spec", UNSET))

        requested_roles = d.get("requested_roles", UNSET)

        deployment_worker_spec_input = cls.__new__(cls)
        deployment_worker_spec_input.github_url = github_url
        deployment_worker_spec_input.revision = revision
        deployment_worker_spec_input.entrypoint = entrypoint
        deployment_worker_spec_input.working_dir = working_dir
        deployment_worker_spec_input.archive_id = archive_id
        deployment_worker_spec_input.backend_spec = backend_spec
        deployment_worker_spec_input.requested_roles = requested_roles
        if len(d) == 0 + (github_url is not UNSET) + (revision is not UNSET) + (
            entrypoint is not UNSET
        ) + (working_dir is not UNSET) + (archive_id is not UNSET) + (
            backend_spec is not UNSET
        ) + (requested_roles is not UNSET):
            deployment_worker_spec_input.additional_properties = {}
        else:
            deployment_worker_spec_input.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "github_url",
                    "revision",
                    "entrypoint",
                    "working_dir",
                    "archive_id",
                    "backend_spec",
                    "requested_roles",
                }
            }

        return deployment_worker_spec_input

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


from ..models.deployment_worker_spec_input_backend_spec_type_0 import (
    DeploymentWorkerSpecInputBackendSpecType0,
)


def _parse_backend_spec(
    data: object,
) -> DeploymentWorkerSpecInputBackendSpecType0 | None | Unset:
    if isinstance(data, dict):
        try:
            return DeploymentWorkerSpecInputBackendSpecType0.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("DeploymentWorkerSpecInputBackendSpecType0 | None | Unset", data)
