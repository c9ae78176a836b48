from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowExecutionFailedResponse")


@_attrs_define
class WorkflowExecutionFailedResponse:
    """The execution failed."""

    event_id: str
    """ Unique id of this event. """
    event_timestamp: int
    """ When the event happened """
    root_workflow_exec_id: str
    """ The execution at the root of the parent chain. """
    parent_workflow_exec_id: None | str
    """ The parent execution; null for a root execution. """
    continued_run_id: None | str
    """ The run this one continued from (continue-as-new). """
    first_execution_run_id: None | str
    """ The first run of this chain of runs. """
    schedule_id: None | str
    """ The schedule that started the execution, if any. """
    workflow_exec_id: str
    """ The execution the event belongs to. """
    workflow_run_id: str
    """ The run the event belongs to. """
    workflow_name: str
    """ Name of the workflow. """
    attributes: WorkflowExecutionFailedAttributes
    event_type: Literal["WORKFLOW_EXECUTION_FAILED"] = "WORKFLOW_EXECUTION_FAILED"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        event_timestamp = self.event_timestamp

        root_workflow_exec_id = self.root_workflow_exec_id

        parent_workflow_exec_id: None | str
        parent_workflow_exec_id = self.parent_workflow_exec_id

        continued_run_id: None | str
        continued_run_id = self.continued_run_id

        first_execution_run_id: None | str
        first_execution_run_id = self.first_execution_run_id

        schedule_id: None | str
        schedule_id = self.schedule_id

        workflow_exec_id = self.workflow_exec_id

        workflow_run_id = self.workflow_run_id

        workflow_name = self.workflow_name

        event_type = self.event_type

        attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "event_timestamp": event_timestamp,
                "root_workflow_exec_id": root_workflow_exec_id,
                "parent_workflow_exec_id": parent_workflow_exec_id,
                "continued_run_id": continued_run_id,
                "first_execution_run_id": first_execution_run_id,
                "schedule_id": schedule_id,
                "workflow_exec_id": workflow_exec_id,
                "workflow_run_id": workflow_run_id,
                "workflow_name": workflow_name,
                "event_type": event_type,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        event_id = d["event_id"]

        event_timestamp = d["event_timestamp"]

        root_workflow_exec_id = d["root_workflow_exec_id"]

        parent_workflow_exec_id = d["parent_workflow_exec_id"]

        continued_run_id = d["continued_run_id"]

        first_execution_run_id = d["first_execution_run_id"]

        schedule_id = d["schedule_id"]

        workflow_exec_id = d["workflow_exec_id"]

        workflow_run_id = d["workflow_run_id"]

        workflow_name = d["workflow_name"]

        event_type = d["event_type"]
        if event_type != "WORKFLOW_EXECUTION_FAILED":
            raise ValueError(
                f"event_type must match const 'WORKFLOW_EXECUTION_FAILED', got '{event_type}'"
            )

        attributes = WorkflowExecutionFailedAttributes.from_dict(d["attributes"])

        workflow_execution_failed_response = cls.__new__(cls)
        workflow_execution_failed_response.event_id = event_id
        workflow_execution_failed_response.event_timestamp = event_timestamp
        workflow_execution_failed_response.root_workflow_exec_id = root_workflow_exec_id
        workflow_execution_failed_response.parent_workflow_exec_id = (
            parent_workflow_exec_id
        )
        workflow_execution_failed_response.continued_run_id = continued_run_id
        workflow_execution_failed_response.first_execution_run_id = (
            first_execution_run_id
        )
        workflow_execution_failed_response.schedule_id = schedule_id
        workflow_execution_failed_response.workflow_exec_id = workflow_exec_id
        workflow_execution_failed_response.workflow_run_id = workflow_run_id
        workflow_execution_failed_response.workflow_name = workflow_name
        workflow_execution_failed_response.event_type = event_type
        workflow_execution_failed_response.attributes = attributes
        if len(d) == 12:
            workflow_execution_failed_response.additional_properties = {}
        else:
            workflow_execution_failed_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "event_id",
                    "event_timestamp",
                    "root_workflow_exec_id",
                    "parent_workflow_exec_id",
                    "continued_run_id",
                    "first_execution_run_id",
                    "schedule_id",
                    "workflow_exec_id",
                    "workflow_run_id",
                    "workflow_name",
                    "event_type",
                    "attributes",
                }
            }

        return workflow_execution_failed_response

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


from ..models.workflow_execution_failed_attributes import (
    WorkflowExecutionFailedAttributes,
)
