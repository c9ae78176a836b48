from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowRegistrationListResponse")


@_attrs_define
class WorkflowRegistrationListResponse:
    """One page of registrations."""

    workflow_registrations: list[WorkflowRegistration]
    next_cursor: None | str
    """ Pass it back as `cursor` for the next page; null on the last page. """
    workflow_versions: list[WorkflowRegistration]
    """ Deprecated; the same list as workflow_registrations. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_registrations = []
        for workflow_registrations_item_data in self.workflow_registrations:
            workflow_registrations_item = workflow_registrations_item_data.to_dict()
            workflow_registrations.append(workflow_registrations_item)

        next_cursor: None | str
        next_cursor = self.next_cursor

        workflow_versions = []
        for workflow_versions_item_data in self.workflow_versions:
            workflow_versions_item = workflow_versions_item_data.to_dict()
            workflow_versions.append(workflow_versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_registrations": workflow_registrations,
                "next_cursor": next_cursor,
                "workflow_versions": workflow_versions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        workflow_registrations = [
            WorkflowRegistration.from_dict(workflow_registrations_item_data)
            for workflow_registrations_item_data in d["workflow_registrations"]
        ]

        next_cursor = d["next_cursor"]

        workflow_versions = [
            WorkflowRegistration.from_dict(workflow_versions_item_data)
            for workflow_versions_item_data in d["workflow_versions"]
        ]

        workflow_registration_list_response = cls.__new__(cls)
        workflow_registration_list_response.workflow_registrations = (
            workflow_registrations
        )
        workflow_registration_list_response.next_cursor = next_cursor
        workflow_registration_list_response.workflow_versions = workflow_versions
        if len(d) == 3:
            workflow_registration_list_response.additional_properties = {}
        else:
            workflow_registration_list_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "workflow_registrations",
                    "next_cursor",
                    "workflow_versions",
                }
            }

        return workflow_registration_list_response

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


from ..models.workflow_registration import WorkflowRegistration
