from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowTaskTimedOutAttributes")


@_attrs_define
class WorkflowTaskTimedOutAttributes:
    task_id: str
    timeout_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        timeout_type: None | str | Unset
        if isinstance(self.timeout_type, Unset):
            timeout_type = UNSET
        else:
            timeout_type = self.timeout_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
            }
        )
        if timeout_type is not UNSET:
            field_dict["timeout_type"] = timeout_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        task_id = d["task_id"]

        timeout_type = d.get("timeout_type", UNSET)

        workflow_task_timed_out_attributes = cls.__new__(cls)
        workflow_task_timed_out_attributes.task_id = task_id
        workflow_task_timed_out_attributes.timeout_type = timeout_type
        if len(d) == 1 + (timeout_type is not UNSET):
            workflow_task_timed_out_attributes.additional_properties = {}
        else:
            workflow_task_timed_out_attributes.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "task_id",
                    "timeout_type",
                }
            }

        return workflow_task_timed_out_attributes

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
