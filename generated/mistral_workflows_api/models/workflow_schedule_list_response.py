from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowScheduleListResponse")


@_attrs_define
class WorkflowScheduleListResponse:
    """One page of schedules."""

    schedules: list[ScheduleDefinitionOutput]
    next_page_token: None | str | Unset = UNSET
    """ Pass it back for the next page; null on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schedules = []
        for schedules_item_data in self.schedules:
            schedules_item = schedules_item_data.to_dict()
            schedules.append(schedules_item)

        next_page_token: None | str | Unset
        if isinstance(self.next_page_token, Unset):
            next_page_token = UNSET
        else:
            next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schedules": schedules,
            }
        )
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        schedules = [
            ScheduleDefinitionOutput.from_dict(schedules_item_data)
            for schedules_item_data in d["schedules"]
        ]

        next_page_token = d.get("next_page_token", UNSET)

        workflow_schedule_list_response = cls.__new__(cls)
        workflow_schedule_list_response.schedules = schedules
        workflow_schedule_list_response.next_page_token = next_page_token
        if len(d) == 1 + (next_page_token is not UNSET):
            workflow_schedule_list_response.additional_properties = {}
        else:
            workflow_schedule_list_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "schedules",
                    "next_page_token",
                }
            }

        return workflow_schedule_list_response

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


from ..models.schedule_definition_output import ScheduleDefinitionOutput
