from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.location_type import LocationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentResponse")


@_attrs_define
class DeploymentResponse:
    """A deployment in a listing."""

    id: UUID
    name: str
    is_active: bool
    """ At least one worker is live. """
    created_at: datetime.datetime
    """ When the deployment was first registered. """
    updated_at: datetime.datetime
    """ When a worker last registered (newer services also send it as last_heartbeat). """
    is_hardened: bool | Unset = False
    """ Only authorized principals may register workers. """
    last_heartbeat: datetime.datetime | Unset = UNSET
    """ When a worker last registered. Sent by newer services (the official SDK 3.7 requires it); optional here so
    that bodies of either version parse. """
    location: DeploymentLocation | None | Unset = UNSET
    """ Deprecated; use locations. """
    worker_count: int | Unset = 0
    """ Workers registered. """
    active_worker_count: int | Unset = 0
    """ Workers live now. """
    locations: list[LocationType | str] | Unset = UNSET
    """ Where the deployment's workers run; values this client does not know are kept as strings. """
    managed: ManagedDeploymentResponse | None | Unset = UNSET
    """ The build and rollout state of a managed deployment; null for a self-hosted one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        is_active = self.is_active

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        is_hardened = self.is_hardened

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

        worker_count = self.worker_count

        active_worker_count = self.active_worker_count

        locations: list[str] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = []
            for locations_item_data in self.locations:
                locations_item: str
                if isinstance(locations_item_data, LocationType):
                    locations_item = locations_item_data.value
                else:
                    locations_item = locations_item_data
                locations.append(locations_item)

        managed: dict[str, Any] | None | Unset
        if isinstance(self.managed, Unset):
            managed = UNSET
        elif isinstance(self.managed, ManagedDeploymentResponse):
            managed = self.managed.to_dict()
        else:
            managed = self.managed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "is_active": is_active,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if is_hardened is not UNSET:
            field_dict["is_hardened"] = is_hardened
        if last_heartbeat is not UNSET:
            field_dict["last_heartbeat"] = last_heartbeat
        if location is not UNSET:
            field_dict["location"] = location
        if worker_count is not UNSET:
            field_dict["worker_count"] = worker_count
        if active_worker_count is not UNSET:
            field_dict["active_worker_count"] = active_worker_count
        if locations is not UNSET:
            field_dict["locations"] = locations
        if managed is not UNSET:
            field_dict["managed"] = managed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = _uuid(d["id"])

        name = d["name"]

        is_active = d["is_active"]

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        is_hardened = d.get("is_hardened", UNSET)

        _last_heartbeat = d.get("last_heartbeat", UNSET)
        last_heartbeat: datetime.datetime | Unset
        if isinstance(_last_heartbeat, Unset):
            last_heartbeat = UNSET
        else:
            last_heartbeat = datetime.datetime.fromisoformat(_last_heartbeat)

        location = _parse_location(d.get("location", UNSET))

        worker_count = d.get("worker_count", UNSET)

        active_worker_count = d.get("active_worker_count", UNSET)

        _locations = d.get("locations", UNSET)
        locations: list[LocationType | str] | Unset = (
            UNSET
            if isinstance(_locations, Unset)
            else [
                (
                    _LOCATIONS_ITEM_VALUES.get(locations_item_data, locations_item_data)
                    if isinstance(locations_item_data, str)
                    else locations_item_data
                )
                for locations_item_data in _locations
            ]
        )

        managed = _parse_managed(d.get("managed", UNSET))

        deployment_response = cls.__new__(cls)
        deployment_response.id = id
        deployment_response.name = name
        deployment_response.is_active = is_active
        deployment_response.created_at = created_at
        deployment_response.updated_at = updated_at
        deployment_response.is_hardened = is_hardened
        deployment_response.last_heartbeat = last_heartbeat
        deployment_response.location = location
        deployment_response.worker_count = worker_count
        deployment_response.active_worker_count = active_worker_count
        deployment_response.locations = locations
        deployment_response.managed = managed
        if len(d) == 5 + (is_hardened is not UNSET) + (last_heartbeat is not UNSET) + (
            location is not UNSET
        ) + (worker_count is not UNSET) + (active_worker_count is not UNSET) + (
            locations is not UNSET
        ) + (managed is not UNSET):
            deployment_response.additional_properties = {}
        else:
            deployment_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "id",
                    "name",
                    "is_active",
                    "created_at",
                    "updated_at",
                    "is_hardened",
                    "last_heartbeat",
                    "location",
                    "worker_count",
                    "active_worker_count",
                    "locations",
                    "managed",
                }
            }

        return deployment_response

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
from ..models.managed_deployment_response import ManagedDeploymentResponse

_uuid = lru_cache(maxsize=1024)(UUID)


def _parse_location(data: object) -> DeploymentLocation | None | Unset:
    if isinstance(data, dict):
        try:
            return DeploymentLocation.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("DeploymentLocation | None | Unset", data)


_LOCATIONS_ITEM_VALUES: dict[str, LocationType] = {
    member.value: member for member in LocationType
}


def _parse_managed(data: object) -> ManagedDeploymentResponse | None | Unset:
    if isinstance(data, dict):
        try:
            return ManagedDeploymentResponse.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("ManagedDeploymentResponse | None | Unset", data)
