from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowExecutionTraceSummarySpan")


@_attrs_define
class WorkflowExecutionTraceSummarySpan:
    """A span and its children."""

    span_id: str
    name: str
    start_time_unix_nano: int
    end_time_unix_nano: int | None
    attributes: WorkflowExecutionTraceSummarySpanAttributes
    events: list[WorkflowExecutionTraceEvent]
    children: list[WorkflowExecutionTraceSummarySpan] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        span_id = self.span_id

        name = self.name

        start_time_unix_nano = self.start_time_unix_nano

        end_time_unix_nano: int | None
        end_time_unix_nano = self.end_time_unix_nano

        attributes = self.attributes.to_dict()

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "span_id": span_id,
                "name": name,
                "start_time_unix_nano": start_time_unix_nano,
                "end_time_unix_nano": end_time_unix_nano,
                "attributes": attributes,
                "events": events,
            }
        )
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        span_id = d["span_id"]

        name = d["name"]

        start_time_unix_nano = d["start_time_unix_nano"]

        end_time_unix_nano = d["end_time_unix_nano"]

        attributes = WorkflowExecutionTraceSummarySpanAttributes.from_dict(
            d["attributes"]
        )

        events = [
            WorkflowExecutionTraceEvent.from_dict(events_item_data)
            for events_item_data in d["events"]
        ]

        _children = d.get("children", UNSET)
        children: list[WorkflowExecutionTraceSummarySpan] | Unset = (
            UNSET
            if isinstance(_children, Unset)
            else [
                WorkflowExecutionTraceSummarySpan.from_dict(children_item_data)
                for children_item_data in _children
            ]
        )

        workflow_execution_trace_summary_span = cls.__new__(cls)
        workflow_execution_trace_summary_span.span_id = span_id
        workflow_execution_trace_summary_span.name = name
        workflow_execution_trace_summary_span.start_time_unix_nano = (
            start_time_unix_nano
        )
        workflow_execution_trace_summary_span.end_time_unix_nano = end_time_unix_nano
        workflow_execution_trace_summary_span.attributes = attributes
        workflow_execution_trace_summary_span.events = events
        workflow_execution_trace_summary_span.children = children
        if len(d) == 6 + (children is not UNSET):
            workflow_execution_trace_summary_span.additional_properties = {}
        else:
            workflow_execution_trace_summary_span.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "span_id",
                    "name",
                    "start_time_unix_nano",
                    "end_time_unix_nano",
                    "attributes",
                    "events",
                    "children",
                }
            }

        return workflow_execution_trace_summary_span

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


from ..models.workflow_execution_trace_event import WorkflowExecutionTraceEvent
from ..models.workflow_execution_trace_summary_span_attributes import (
    WorkflowExecutionTraceSummarySpanAttributes,
)
