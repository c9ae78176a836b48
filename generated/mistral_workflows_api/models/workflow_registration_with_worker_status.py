from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowRegistrationWithWorkerStatus")


@_attrs_define
class WorkflowRegistrationWithWorkerStatus:
    """A registration, with whether a live worker serves it."""

    id: UUID
    """ Id of the registration. """
    definition: WorkflowCodeDefinition
    """ What a registered version of a workflow takes, returns and answers to. """
    workflow_id: UUID
    """ The workflow registered. """
    active: bool
    """ A live worker serves this registration. """
    deployment_id: None | Unset | UUID = UNSET
    """ Deprecated; use deployment_name. """
    task_queue: None | str | Unset = UNSET
    """ Deprecated; use deployment_name. """
    workflow: None | Unset | Workflow = UNSET
    """ The workflow itself, when asked for with `with_workflow`. """
    deployment_name: None | str | Unset = UNSET
    """ The deployment whose worker registered it. """
    compatible_with_chat_assistant: bool | Unset = False
    """ The chat assistant can start this version. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        definition = self.definition.to_dict()

        workflow_id = str(self.workflow_id)

        active = self.active

        deployment_id: None | str | Unset
        if isinstance(self.deployment_id, Unset):
            deployment_id = UNSET
        elif isinstance(self.deployment_id, UUID):
            deployment_id = str(self.deployment_id)
        else:
            deployment_id = self.deployment_id

        task_queue: None | str | Unset
        if isinstance(self.task_queue, Unset):
            task_queue = UNSET
        else:
            task_queue = self.task_queue

        workflow: dict[str, Any] | None | Unset
        if isinstance(self.workflow, Unset):
            workflow = UNSET
        elif isinstance(self.workflow, Workflow):
            workflow = self.workflow.to_dict()
        else:
            workflow = self.workflow

        deployment_name: None | str | Unset
        if isinstance(self.deployment_name, Unset):
            deployment_name = UNSET
        else:
            deployment_name = self.deployment_name

        compatible_with_chat_assistant = self.compatible_with_chat_assistant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "definition": definition,
                "workflow_id": workflow_id,
                "active": active,
            }
        )
        if deployment_id is not UNSET:
            field_dict["deployment_id"] = deployment_id
        if task_queue is not UNSET:
            field_dict["task_queue"] = task_queue
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if deployment_name is not UNSET:
            field_dict["deployment_name"] = deployment_name
        if compatible_with_chat_assistant is not UNSET:
            field_dict["compatible_with_chat_assistant"] = (
                compatible_with_chat_assistant
            )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = _uuid(d["id"])

        definition = WorkflowCodeDefinition.from_dict(d["definition"])

        workflow_id = _uuid(d["workflow_id"])

        active = d["active"]

        deployment_id = _parse_deployment_id(d.get("deployment_id", UNSET))

        task_queue = d.get("task_queue", UNSET)

        workflow = _parse_workflow(d.get("workflow", UNSET))

        deployment_name = d.get("deployment_name", UNSET)

        compatible_with_chat_assistant = d.get("compatible_with_chat_assistant", UNSET)

        workflow_registration_with_worker_status = cls.__new__(cls)
        workflow_registration_with_worker_status.id = id
        workflow_registration_with_worker_status.definition = definition
        workflow_registration_with_worker_status.workflow_id = workflow_id
        workflow_registration_with_worker_status.active = active
        workflow_registration_with_worker_status.deployment_id = deployment_id
        workflow_registration_with_worker_status.task_queue = task_queue
        workflow_registration_with_worker_status.workflow = workflow
        workflow_registration_with_worker_status.deployment_name = deployment_name
        workflow_registration_with_worker_status.compatible_with_chat_assistant = (
            compatible_with_chat_assistant
        )
        if len(d) == 4 + (deployment_id is not UNSET) + (task_queue is not UNSET) + (
            workflow is not UNSET
        ) + (deployment_name is not UNSET) + (
            compatible_with_chat_assistant is not UNSET
        ):
            workflow_registration_with_worker_status.additional_properties = {}
        else:
            workflow_registration_with_worker_status.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "id",
                    "definition",
                    "workflow_id",
                    "active",
                    "deployment_id",
                    "task_queue",
                    "workflow",
                    "deployment_name",
                    "compatible_with_chat_assistant",
                }
            }

        return workflow_registration_with_worker_status

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


from ..models.workflow import Workflow
from ..models.workflow_code_definition import WorkflowCodeDefinition

_uuid = lru_cache(maxsize=1024)(UUID)


def _parse_deployment_id(data: object) -> None | Unset | UUID:
    if isinstance(data, str):
        try:
            deployment_id_type_0 = _uuid(data)

            return deployment_id_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("None | Unset | UUID", data)


def _parse_workflow(data: object) -> None | Unset | Workflow:
    if isinstance(data, dict):
        try:
            return Workflow.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("None | Unset | Workflow", data)
