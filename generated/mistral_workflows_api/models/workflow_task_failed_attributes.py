from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowTaskFailedAttributes")


@_attrs_define
class WorkflowTaskFailedAttributes:
    task_id: str
    failure: Failure
    """ Why something failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        failure = self.failure.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "failure": failure,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        task_id = d["task_id"]

        failure = Failure.from_dict(d["failure"])

        workflow_task_failed_attributes = cls.__new__(cls)
        workflow_task_failed_attributes.task_id = task_id
        workflow_task_failed_attributes.failure = failure
        if len(d) == 2:
            workflow_task_failed_attributes.additional_properties = {}
        else:
            workflow_task_failed_attributes.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "task_id",
                    "failure",
                }
            }

        return workflow_task_failed_attributes

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


from ..models.failure import Failure
