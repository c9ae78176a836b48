from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentWorkerResponse")


@_attrs_define
class DeploymentWorkerResponse:
    """A worker of a deployment."""

    name: str
    created_at: datetime.datetime
    """ When the worker first registered. """
    updated_at: datetime.datetime
    """ When the worker last registered. """
    is_active: bool
    """ The worker is live. """
    last_heartbeat: datetime.datetime | Unset = UNSET
    """ When the worker last registered. Sent by newer services (the official SDK 3.7 requires it); optional here so
    that bodies of either version parse. """
    location: DeploymentLocation | None | Unset = UNSET
    """ Where the worker runs; null when it did not say. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        is_active = self.is_active

        last_heartbeat: str | Unset = UNSET
        if not isinstance(self.last_heartbeat, Unset):
            last_heartbeat = self.last_heartbeat.isoformat()

        location: dict[str, Any] | None | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, DeploymentLocation):
            location = self.location.to_dict()
        else:
            location = self.location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "created_at": created_at,
                "updated_at": updated_at,
                "is_active": is_active,
            }
        )
        if last_heartbeat is not UNSET:
            field_dict["last_heartbeat"] = last_heartbeat
        if location is not UNSET:
            field_dict["location"] = location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        is_active = d["is_active"]

        _last_heartbeat = d.get("last_heartbeat", UNSET)
        last_heartbeat: datetime.datetime | Unset
        if isinstance(_last_heartbeat, Unset):
            last_heartbeat = UNSET
        else:
            last_heartbeat = datetime.datetime.fromisoformat(_last_heartbeat)

        location = _parse_location(d.get("location", UNSET))

        deployment_worker_response = cls.__new__(cls)
        deployment_worker_response.name = name
        deployment_worker_response.created_at = created_at
        deployment_worker_response.updated_at = updated_at
        deployment_worker_response.is_active = is_active
        deployment_worker_response.last_heartbeat = last_heartbeat
        deployment_worker_response.location = location
        if len(d) == 4 + (last_heartbeat is not UNSET) + (location is not UNSET):
            deployment_worker_response.additional_properties = {}
        else:
            deployment_worker_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "name",
                    "created_at",
                    "updated_at",
                    "is_active",
                    "last_heartbeat",
                    "location",
                }
            }

        return deployment_worker_response

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


from ..models.deployment_location import DeploymentLocation


def _parse_location(data: object) -> DeploymentLocation | None | Unset:
    if isinstance(data, dict):
        try:
            return DeploymentLocation.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("DeploymentLocation | None | Unset", data)
