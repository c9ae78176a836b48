from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowRegistrationGetResponse")


@_attrs_define
class WorkflowRegistrationGetResponse:
    """A registration, by itself."""

    workflow_registration: WorkflowRegistrationWithWorkerStatus
    """ A registration, with whether a live worker serves it. """
    workflow_version: WorkflowRegistrationWithWorkerStatus
    """ A registration, with whether a live worker serves it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_registration = self.workflow_registration.to_dict()

        workflow_version = self.workflow_version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_registration": workflow_registration,
                "workflow_version": workflow_version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        workflow_registration = WorkflowRegistrationWithWorkerStatus.from_dict(
            d["workflow_registration"]
        )

        workflow_version = WorkflowRegistrationWithWorkerStatus.from_dict(
            d["workflow_version"]
        )

        workflow_registration_get_response = cls.__new__(cls)
        workflow_registration_get_response.workflow_registration = workflow_registration
        workflow_registration_get_response.workflow_version = workflow_version
        if len(d) == 2:
            workflow_registration_get_response.additional_properties = {}
        else:
            workflow_registration_get_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "workflow_registration",
                    "workflow_version",
                }
            }

        return workflow_registration_get_response

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


from ..models.workflow_registration_with_worker_status import (
    WorkflowRegistrationWithWorkerStatus,
)
