from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowExecutionStartedAttributesResponse")


@_attrs_define
class WorkflowExecutionStartedAttributesResponse:
    task_id: str
    workflow_name: str
    input_: JSONPayloadResponse
    """ A JSON value, possibly encoded (see encoding_options). """
    display_name: None | str | Unset = UNSET
    attempt: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        workflow_name = self.workflow_name

        input_ = self.input_.to_dict()

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        attempt = self.attempt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "workflow_name": workflow_name,
                "input": input_,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if attempt is not UNSET:
            field_dict["attempt"] = attempt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        task_id = d["task_id"]

        workflow_name = d["workflow_name"]

        input_ = JSONPayloadResponse.from_dict(d["input"])

        display_name = d.get("display_name", UNSET)

        attempt = d.get("attempt", UNSET)

        workflow_execution_started_attributes_response = cls.__new__(cls)
        workflow_execution_started_attributes_response.task_id = task_id
        workflow_execution_started_attributes_response.workflow_name = workflow_name
        workflow_execution_started_attributes_response.input_ = input_
        workflow_execution_started_attributes_response.display_name = display_name
        workflow_execution_started_attributes_response.attempt = attempt
        if len(d) == 3 + (display_name is not UNSET) + (attempt is not UNSET):
            workflow_execution_started_attributes_response.additional_properties = {}
        else:
            workflow_execution_started_attributes_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "task_id",
                    "workflow_name",
                    "input",
                    "display_name",
                    "attempt",
                }
            }

        return workflow_execution_started_attributes_response

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


from ..models.json_payload_response import JSONPayloadResponse
