from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentWorkerSpecResponse")


@_attrs_define
class DeploymentWorkerSpecResponse:
    """Where the workers of a managed deployment are built from."""

    github_url: str
    """ The GitHub repository (empty for a build from an archive). """
    type_: str | Unset = "workflows_worker"
    revision: None | str | Unset = UNSET
    entrypoint: None | str | Unset = UNSET
    working_dir: None | str | Unset = UNSET
    restarted_at: None | str | Unset = UNSET
    """ When the workers were last restarted. """
    commit_sha: None | str | Unset = UNSET
    """ Deprecated; use commit. """
    commit: GitCommitMetadata | None | Unset = UNSET
    backend_spec: DeploymentWorkerSpecResponseBackendSpec | Unset = UNSET
    """ Backend-specific configuration, told apart by `type` (`mistral_cloud` or `kubernetes`). Sent by newer
    services (the official SDK 3.7 requires it); optional here so that bodies of either version parse. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        github_url = self.github_url

        type_ = self.type_

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

        restarted_at: None | str | Unset
        if isinstance(self.restarted_at, Unset):
            restarted_at = UNSET
        else:
            restarted_at = self.restarted_at

        commit_sha: None | str | Unset
        if isinstance(self.commit_sha, Unset):
            commit_sha = UNSET
        else:
            commit_sha = self.commit_sha

        commit: dict[str, Any] | None | Unset
        if isinstance(self.commit, Unset):
            commit = UNSET
        elif isinstance(self.commit, GitCommitMetadata):
            commit = self.commit.to_dict()
        else:
            commit = self.commit

        backend_spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.backend_spec, Unset):
            backend_spec = self.backend_spec.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "github_url": github_url,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if revision is not UNSET:
            field_dict["revision"] = revision
        if entrypoint is not UNSET:
            field_dict["entrypoint"] = entrypoint
        if working_dir is not UNSET:
            field_dict["working_dir"] = working_dir
        if restarted_at is not UNSET:
            field_dict["restarted_at"] = restarted_at
        if commit_sha is not UNSET:
            field_dict["commit_sha"] = commit_sha
        if commit is not UNSET:
            field_dict["commit"] = commit
        if backend_spec is not UNSET:
            field_dict["backend_spec"] = backend_spec

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        github_url = d["github_url"]

        type_ = d.get("type", UNSET)

        revision = d.get("revision", UNSET)

        entrypoint = d.get("entrypoint", UNSET)

        working_dir = d.get("working_dir", UNSET)

        restarted_at = d.get("restarted_at", UNSET)

        commit_sha = d.get("commit_sha", UNSET)

        commit = _parse_commit(d.get("commit", UNSET))

        _backend_spec = d.get("backend_spec", UNSET)
        backend_spec: DeploymentWorkerSpecResponseBackendSpec | Unset = (
            UNSET
            if isinstance(_backend_spec, Unset)
            else DeploymentWorkerSpecResponseBackendSpec.from_dict(_backend_spec)
        )

        deployment_worker_spec_response = cls.__new__(cls)
        deployment_worker_spec_response.github_url = github_url
        deployment_worker_spec_response.type_ = type_
        deployment_worker_spec_response.revision = revision
        deployment_worker_spec_response.entrypoint = entrypoint
        deployment_worker_spec_response.working_dir = working_dir
        deployment_worker_spec_response.restarted_at = restarted_at
        deployment_worker_spec_response.commit_sha = commit_sha
        deployment_worker_spec_response.commit = commit
        deployment_worker_spec_response.backend_spec = backend_spec
        if len(d) == 1 + (type_ is not UNSET) + (revision is not UNSET) + (
            entrypoint is not UNSET
        ) + (working_dir is not UNSET) + (restarted_at is not UNSET) + (
            commit_sha is not UNSET
        ) + (commit is not UNSET) + (backend_spec is not UNSET):
            deployment_worker_spec_response.additional_properties = {}
        else:
            deployment_worker_spec_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "github_url",
                    "type",
                    "revision",
                    "entrypoint",
                    "working_dir",
                    "restarted_at",
                    "commit_sha",
                    "commit",
                    "backend_spec",
                }
            }

        return deployment_worker_spec_response

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


from ..models.deployment_worker_spec_response_backend_spec import (
    DeploymentWorkerSpecResponseBackendSpec,
)
from ..models.git_commit_metadata import GitCommitMetadata


def _parse_commit(data: object) -> GitCommitMetadata | None | Unset:
    if isinstance(data, dict):
        try:
            return GitCommitMetadata.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("GitCommitMetadata | None | Unset", data)
