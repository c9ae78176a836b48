from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StreamEventWorkflowContext")


@_attrs_define
class StreamEventWorkflowContext:
    """Which execution an event belongs to."""

    namespace: str
    workflow_name: str
    workflow_exec_id: str
    parent_workflow_exec_id: None | str | Unset = UNSET
    root_workflow_exec_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace = self.namespace

        workflow_name = self.workflow_name

        workflow_exec_id = self.workflow_exec_id

        parent_workflow_exec_id: None | str | Unset
        if isinstance(self.parent_workflow_exec_id, Unset):
            parent_workflow_exec_id = UNSET
        else:
            parent_workflow_exec_id = self.parent_workflow_exec_id

        root_workflow_exec_id: None | str | Unset
        if isinstance(self.root_workflow_exec_id, Unset):
            root_workflow_exec_id = UNSET
        else:
            root_workflow_exec_id = self.root_workflow_exec_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "namespace": namespace,
                "workflow_name": workflow_name,
                "workflow_exec_id": workflow_exec_id,
            }
        )
        if parent_workflow_exec_id is not UNSET:
            field_dict["parent_workflow_exec_id"] = parent_workflow_exec_id
        if root_workflow_exec_id is not UNSET:
            field_dict["root_workflow_exec_id"] = root_workflow_exec_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        namespace = d["namespace"]

        workflow_name = d["workflow_name"]

        workflow_exec_id = d["workflow_exec_id"]

        parent_workflow_exec_id = d.get("parent_workflow_exec_id", UNSET)

        root_workflow_exec_id = d.get("root_workflow_exec_id", UNSET)

        stream_event_workflow_context = cls.__new__(cls)
        stream_event_workflow_context.namespace = namespace
        stream_event_workflow_context.workflow_name = workflow_name
        stream_event_workflow_context.workflow_exec_id = workflow_exec_id
        stream_event_workflow_context.parent_workflow_exec_id = parent_workflow_exec_id
        stream_event_workflow_context.root_workflow_exec_id = root_workflow_exec_id
        if len(d) == 3 + (parent_workflow_exec_id is not UNSET) + (
            root_workflow_exec_id is not UNSET
        ):
            stream_event_workflow_context.additional_properties = {}
        else:
            stream_event_workflow_context.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "namespace",
                    "workflow_name",
                    "workflow_exec_id",
                    "parent_workflow_exec_id",
                    "root_workflow_exec_id",
                }
            }

        return stream_event_workflow_context

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
