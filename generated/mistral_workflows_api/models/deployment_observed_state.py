from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentObservedState")


@_attrs_define
class DeploymentObservedState:
    """What the platform sees of a managed deployment right now."""

    phase: None | str | Unset = UNSET
    available_replicas: int | Unset = 0
    ready_replicas: int | Unset = 0
    endpoint: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    last_seen: datetime.datetime | None | Unset = UNSET
    deployed_revision: None | str | Unset = UNSET
    generation: int | None | Unset = UNSET
    build_state: DeploymentBuildState | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        else:
            phase = self.phase

        available_replicas = self.available_replicas

        ready_replicas = self.ready_replicas

        endpoint: None | str | Unset
        if isinstance(self.endpoint, Unset):
            endpoint = UNSET
        else:
            endpoint = self.endpoint

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        last_seen: None | str | Unset
        if isinstance(self.last_seen, Unset):
            last_seen = UNSET
        elif isinstance(self.last_seen, datetime.datetime):
            last_seen = self.last_seen.isoformat()
        else:
            last_seen = self.last_seen

        deployed_revision: None | str | Unset
        if isinstance(self.deployed_revision, Unset):
            deployed_revision = UNSET
        else:
            deployed_revision = self.deployed_revision

        generation: int | None | Unset
        if isinstance(self.generation, Unset):
            generation = UNSET
        else:
            generation = self.generation

        build_state: dict[str, Any] | None | Unset
        if isinstance(self.build_state, Unset):
            build_state = UNSET
        elif isinstance(self.build_state, DeploymentBuildState):
            build_state = self.build_state.to_dict()
        else:
            build_state = self.build_state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phase is not UNSET:
            field_dict["phase"] = phase
        if available_replicas is not UNSET:
            field_dict["available_replicas"] = available_replicas
        if ready_replicas is not UNSET:
            field_dict["ready_replicas"] = ready_replicas
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if message is not UNSET:
            field_dict["message"] = message
        if last_seen is not UNSET:
            field_dict["last_seen"] = last_seen
        if deployed_revision is not UNSET:
            field_dict["deployed_revision"] = deployed_revision
        if generation is not UNSET:
            field_dict["generation"] = generation
        if build_state is not UNSET:
            field_dict["build_state"] = build_state

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        phase = d.get("phase", UNSET)

        available_replicas = d.get("available_replicas", UNSET)

        ready_replicas = d.get("ready_replicas", UNSET)

        endpoint = d.get("endpoint", UNSET)

        message = d.get("message", UNSET)

        last_seen = _parse_last_seen(d.get("last_seen", UNSET))

        deployed_revision = d.get("deployed_revision", UNSET)

        generation = d.get("generation", UNSET)

        build_state = _parse_build_state(d.get("build_state", UNSET))

        deployment_observed_state = cls.__new__(cls)
        deployment_observed_state.phase = phase
        deployment_observed_state.available_replicas = available_replicas
        deployment_observed_state.ready_replicas = ready_replicas
        deployment_observed_state.endpoint = endpoint
        deployment_observed_state.message = message
        deployment_observed_state.last_seen = last_seen
        deployment_observed_state.deployed_revision = deployed_revision
        deployment_observed_state.generation = generation
        deployment_observed_state.build_state = build_state
        if len(d) == 0 + (phase is not UNSET) + (available_replicas is not UNSET) + (
            ready_replicas is not UNSET
        ) + (endpoint is not UNSET) + (message is not UNSET) + (
            last_seen is not UNSET
        ) + (deployed_revision is not UNSET) + (generation is not UNSET) + (
            build_state is not UNSET
        ):
            deployment_observed_state.additional_properties = {}
        else:
            deployment_observed_state.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "phase",
                    "available_replicas",
                    "ready_replicas",
                    "endpoint",
                    "message",
                    "last_seen",
                    "deployed_revision",
                    "generation",
                    "build_state",
                }
            }

        return deployment_observed_state

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


from ..models.deployment_build_state import DeploymentBuildState


def _parse_last_seen(data: object) -> datetime.datetime | None | Unset:
    if isinstance(data, str):
        try:
            last_seen_type_0 = datetime.datetime.fromisoformat(data)

            return last_seen_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_build_state(data: object) -> DeploymentBuildState | None | Unset:
    if isinstance(data, dict):
        try:
            return DeploymentBuildState.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("DeploymentBuildState | None | Unset", data)
