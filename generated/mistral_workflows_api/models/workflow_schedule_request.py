from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowScheduleRequest")


@_attrs_define
class WorkflowScheduleRequest:
    """A schedule to create, and the workflow it starts."""

    schedule: ScheduleDefinition
    """ When to start executions, and with what input. The times are the union
    of `cron_expressions`, `calendars` and `intervals`, minus `skip`.
     """
    workflow_registration_id: None | Unset | UUID = UNSET
    """ Start this registered version of a workflow. """
    workflow_version_id: None | Unset | UUID = UNSET
    """ Deprecated; use workflow_registration_id. """
    workflow_identifier: None | str | Unset = UNSET
    """ Start this workflow (name or id). """
    workflow_task_queue: None | str | Unset = UNSET
    """ Deprecated; use deployment_name. """
    schedule_id: None | str | Unset = UNSET
    """ Id for the schedule; the server makes one when absent. """
    deployment_name: None | str | Unset = UNSET
    """ Run the executions on this deployment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedule = self.schedule.to_dict()

        workflow_registration_id: None | str | Unset
        if isinstance(self.workflow_registration_id, Unset):
            workflow_registration_id = UNSET
        elif isinstance(self.workflow_registration_id, UUID):
            workflow_registration_id = str(self.workflow_registration_id)
        else:
            workflow_registration_id = self.workflow_registration_id

        workflow_version_id: None | str | Unset
        if isinstance(self.workflow_version_id, Unset):
            workflow_version_id = UNSET
        elif isinstance(self.workflow_version_id, UUID):
            workflow_version_id = str(self.workflow_version_id)
        else:
            workflow_version_id = self.workflow_version_id

        workflow_identifier: None | str | Unset
        if isinstance(self.workflow_identifier, Unset):
            workflow_identifier = UNSET
        else:
            workflow_identifier = self.workflow_identifier

        workflow_task_queue: None | str | Unset
        if isinstance(self.workflow_task_queue, Unset):
            workflow_task_queue = UNSET
        else:
            workflow_task_queue = self.workflow_task_queue

        schedule_id: None | str | Unset
        if isinstance(self.schedule_id, Unset):
            schedule_id = UNSET
        else:
            schedule_id = self.schedule_id

        deployment_name: None | str | Unset
        if isinstance(self.deployment_name, Unset):
            deployment_name = UNSET
        else:
            deployment_name = self.deployment_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schedule": schedule,
            }
        )
        if workflow_registration_id is not UNSET:
            field_dict["workflow_registration_id"] = workflow_registration_id
        if workflow_version_id is not UNSET:
            field_dict["workflow_version_id"] = workflow_version_id
        if workflow_identifier is not UNSET:
            field_dict["workflow_identifier"] = workflow_identifier
        if workflow_task_queue is not UNSET:
            field_dict["workflow_task_queue"] = workflow_task_queue
        if schedule_id is not UNSET:
            field_dict["schedule_id"] = schedule_id
        if deployment_name is not UNSET:
            field_dict["deployment_name"] = deployment_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        schedule = ScheduleDefinition.from_dict(d["schedule"])

        workflow_registration_id = _parse_workflow_registration_id(
            d.get("workflow_registration_id", UNSET)
        )

        workflow_version_id = _parse_workflow_version_id(
            d.get("workflow_version_id", UNSET)
        )

        workflow_identifier = d.get("workflow_identifier", UNSET)

        workflow_task_queue = d.get("workflow_task_queue", UNSET)

        schedule_id = d.get("schedule_id", UNSET)

        deployment_name = d.get("deployment_name", UNSET)

        workflow_schedule_request = cls.__new__(cls)
        workflow_schedule_request.schedule = schedule
        workflow_schedule_request.workflow_registration_id = workflow_registration_id
        workflow_schedule_request.workflow_version_id = workflow_version_id
        workflow_schedule_request.workflow_identifier = workflow_identifier
        workflow_schedule_request.workflow_task_queue = workflow_task_queue
        workflow_schedule_request.schedule_id = schedule_id
        workflow_schedule_request.deployment_name = deployment_name
        if len(d) == 1 + (workflow_registration_id is not UNSET) + (
            workflow_version_id is not UNSET
        ) + (workflow_identifier is not UNSET) + (workflow_task_queue is not UNSET) + (
            schedule_id is not UNSET
        ) + (deployment_name is not UNSET):
            workflow_schedule_request.additional_properties = {}
        else:
            workflow_schedule_request.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "schedule",
                    "workflow_registration_id",
                    "workflow_version_id",
                    "workflow_identifier",
                    "workflow_task_queue",
                    "schedule_id",
                    "deployment_name",
                }
            }

        return workflow_schedule_request

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


from ..models.schedule_definition import ScheduleDefinition

_uuid = lru_cache(maxsize=1024)(UUID)


def _parse_workflow_registration_id(data: object) -> None | Unset | UUID:
    if isinstance(data, str):
        try:
            workflow_registration_id_type_0 = _uuid(data)

            return workflow_registration_id_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("None | Unset | UUID", data)


def _parse_workflow_version_id(data: object) -> None | Unset | UUID:
    if isinstance(data, str):
        try:
            workflow_version_id_type_0 = _uuid(data)

            return workflow_version_id_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("None | Unset | UUID", data)
