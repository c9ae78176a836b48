from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowExecutionSyncResponse")


@_attrs_define
class WorkflowExecutionSyncResponse:
    """The answer of a start with `wait_for_result`."""

    workflow_name: str
    execution_id: str
    result: Any
    """ The execution's result. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_name = self.workflow_name

        execution_id = self.execution_id

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_name": workflow_name,
                "execution_id": execution_id,
                "result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        workflow_name = d["workflow_name"]

        execution_id = d["execution_id"]

        result = d["result"]

        workflow_execution_sync_response = cls.__new__(cls)
        workflow_execution_sync_response.workflow_name = workflow_name
        workflow_execution_sync_response.execution_id = execution_id
        workflow_execution_sync_response.result = result
        if len(d) == 3:
            workflow_execution_sync_response.additional_properties = {}
        else:
            workflow_execution_sync_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "workflow_name",
                    "execution_id",
                    "result",
                }
            }

        return workflow_execution_sync_response

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
