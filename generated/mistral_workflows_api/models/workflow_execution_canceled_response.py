from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workflow_execution_canceled_attributes import (
        WorkflowExecutionCanceledAttributes,
    )


T = TypeVar("T", bound="WorkflowExecutionCanceledResponse")


@_attrs_define
class WorkflowExecutionCanceledResponse:
    """The execution ended after a cancellation request."""

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
    attributes: WorkflowExecutionCanceledAttributes
    event_type: Literal["WORKFLOW_EXECUTION_CANCELED"] = "WORKFLOW_EXECUTION_CANCELED"
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
        from ..models.workflow_execution_canceled_attributes import (
            WorkflowExecutionCanceledAttributes,  # noqa: PLC0415
        )

        d = dict(src_dict)
        event_id = d.pop("event_id")

        event_timestamp = d.pop("event_timestamp")

        root_workflow_exec_id = d.pop("root_workflow_exec_id")

        def _parse_parent_workflow_exec_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent_workflow_exec_id = _parse_parent_workflow_exec_id(
            d.pop("parent_workflow_exec_id")
        )

        def _parse_continued_run_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        continued_run_id = _parse_continued_run_id(d.pop("continued_run_id"))

        def _parse_first_execution_run_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        first_execution_run_id = _parse_first_execution_run_id(
            d.pop("first_execution_run_id")
        )

        def _parse_schedule_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        schedule_id = _parse_schedule_id(d.pop("schedule_id"))

        workflow_exec_id = d.pop("workflow_exec_id")

        workflow_run_id = d.pop("workflow_run_id")

        workflow_name = d.pop("workflow_name")

        event_type = cast(Literal["WORKFLOW_EXECUTION_CANCELED"], d.pop("event_type"))
        if event_type != "WORKFLOW_EXECUTION_CANCELED":
            raise ValueError(
                f"event_type must match const 'WORKFLOW_EXECUTION_CANCELED', got '{event_type}'"
            )

        attributes = WorkflowExecutionCanceledAttributes.from_dict(d.pop("attributes"))

        workflow_execution_canceled_response = cls(
            event_id=event_id,
            event_timestamp=event_timestamp,
            root_workflow_exec_id=root_workflow_exec_id,
            parent_workflow_exec_id=parent_workflow_exec_id,
            continued_run_id=continued_run_id,
            first_execution_run_id=first_execution_run_id,
            schedule_id=schedule_id,
            workflow_exec_id=workflow_exec_id,
            workflow_run_id=workflow_run_id,
            workflow_name=workflow_name,
            event_type=event_type,
            attributes=attributes,
        )

        workflow_execution_canceled_response.additional_properties = d
        return workflow_execution_canceled_response

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
