from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowListResponse")


@_attrs_define
class WorkflowListResponse:
    """One page of workflows."""

    workflows: list[WorkflowBasicDefinition]
    next_cursor: None | str
    """ Pass it back as `cursor` for the next page; null on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflows = []
        for workflows_item_data in self.workflows:
            workflows_item = workflows_item_data.to_dict()
            workflows.append(workflows_item)

        next_cursor: None | str
        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflows": workflows,
                "next_cursor": next_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        workflows = [
            WorkflowBasicDefinition.from_dict(workflows_item_data)
            for workflows_item_data in d["workflows"]
        ]

        next_cursor = d["next_cursor"]

        workflow_list_response = cls.__new__(cls)
        workflow_list_response.workflows = workflows
        workflow_list_response.next_cursor = next_cursor
        if len(d) == 2:
            workflow_list_response.additional_properties = {}
        else:
            workflow_list_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "workflows",
                    "next_cursor",
                }
            }

        return workflow_list_response

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


from ..models.workflow_basic_definition import WorkflowBasicDefinition
