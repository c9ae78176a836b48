from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentBuildState")


@_attrs_define
class DeploymentBuildState:
    """Progress of the image build of a managed deployment."""

    phase: None | str | Unset = UNSET
    commit_sha: None | str | Unset = UNSET
    image: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        else:
            phase = self.phase

        commit_sha: None | str | Unset
        if isinstance(self.commit_sha, Unset):
            commit_sha = UNSET
        else:
            commit_sha = self.commit_sha

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phase is not UNSET:
            field_dict["phase"] = phase
        if commit_sha is not UNSET:
            field_dict["commit_sha"] = commit_sha
        if image is not UNSET:
            field_dict["image"] = image
        if message is not UNSET:
            field_dict["message"] = message
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        phase = d.get("phase", UNSET)

        commit_sha = d.get("commit_sha", UNSET)

        image = d.get("image", UNSET)

        message = d.get("message", UNSET)

        started_at = _parse_started_at(d.get("started_at", UNSET))

        finished_at = _parse_finished_at(d.get("finished_at", UNSET))

        deployment_build_state = cls.__new__(cls)
        deployment_build_state.phase = phase
        deployment_build_state.commit_sha = commit_sha
        deployment_build_state.image = image
        deployment_build_state.message = message
        deployment_build_state.started_at = started_at
        deployment_build_state.finished_at = finished_at
        if len(d) == 0 + (phase is not UNSET) + (commit_sha is not UNSET) + (
            image is not UNSET
        ) + (message is not UNSET) + (started_at is not UNSET) + (
            finished_at is not UNSET
        ):
            deployment_build_state.additional_properties = {}
        else:
            deployment_build_state.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "phase",
                    "commit_sha",
                    "image",
                    "message",
                    "started_at",
                    "finished_at",
                }
            }

        return deployment_build_state

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


def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
    if isinstance(data, str):
        try:
            started_at_type_0 = datetime.datetime.fromisoformat(data)

            return started_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
    if isinstance(data, str):
        try:
            finished_at_type_0 = datetime.datetime.fromisoformat(data)

            return finished_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None | Unset", data)
