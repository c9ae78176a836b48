from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentWorkerSpecInput")


@_attrs_define
class DeploymentWorkerSpecInput:
    """Where the workers of a new managed deployment are built from."""

    github_url: str
    """ The GitHub repository. """
    revision: None | str | Unset = "main"
    """ Branch, tag or commit. """
    entrypoint: None | str | Unset = "worker:main"
    """ `module:function` that runs the worker, or a `.py` script relative to working_dir. """
    working_dir: None | str | Unset = UNSET
    """ The directory of the worker's project in the repository (for monorepos). """
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "github_url": github_url,
            }
        )
        if revision is not UNSET:
            field_dict["revision"] = revision
        if entrypoint is not UNSET:
            field_dict["entrypoint"] = entrypoint
        if working_dir is not UNSET:
            field_dict["working_dir"] = working_dir

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        github_url = d["github_url"]

        revision = d.get("revision", UNSET)

        entrypoint = d.get("entrypoint", UNSET)

        working_dir = d.get("working_dir", UNSET)

        deployment_worker_spec_input = cls.__new__(cls)
        deployment_worker_spec_input.github_url = github_url
        deployment_worker_spec_input.revision = revision
        deployment_worker_spec_input.entrypoint = entrypoint
        deployment_worker_spec_input.working_dir = working_dir
        if len(d) == 1 + (revision is not UNSET) + (entrypoint is not UNSET) + (
            working_dir is not UNSET
        ):
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
