from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowExecutionListResponse")


@_attrs_define
class WorkflowExecutionListResponse:
    """One page of runs."""

    executions: list[WorkflowExecutionWithoutResultResponse]
    """ The runs of this page. """
    next_page_token: None | str | Unset = UNSET
    """ Pass it back for the next page; null on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        executions = []
        for executions_item_data in self.executions:
            executions_item = executions_item_data.to_dict()
            executions.append(executions_item)

        next_page_token: None | str | Unset
        if isinstance(self.next_page_token, Unset):
            next_page_token = UNSET
        else:
            next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "executions": executions,
            }
        )
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        executions = [
            WorkflowExecutionWithoutResultResponse.from_dict(executions_item_data)
            for executions_item_data in d["executions"]
        ]

        next_page_token = d.get("next_page_token", UNSET)

        workflow_execution_list_response = cls.__new__(cls)
        workflow_execution_list_response.executions = executions
        workflow_execution_list_response.next_page_token = next_page_token
        if len(d) == 1 + (next_page_token is not UNSET):
            workflow_execution_list_response.additional_properties = {}
        else:
            workflow_execution_list_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "executions",
                    "next_page_token",
                }
            }

        return workflow_execution_list_response

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


from ..models.workflow_execution_without_result_response import (
    WorkflowExecutionWithoutResultResponse,
)
