from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ActivityTaskFailedAttributes")


@_attrs_define
class ActivityTaskFailedAttributes:
    task_id: str
    activity_name: str
    attempt: int
    failure: Failure
    """ Why something failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        activity_name = self.activity_name

        attempt = self.attempt

        failure = self.failure.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "activity_name": activity_name,
                "attempt": attempt,
                "failure": failure,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        task_id = d["task_id"]

        activity_name = d["activity_name"]

        attempt = d["attempt"]

        failure = Failure.from_dict(d["failure"])

        activity_task_failed_attributes = cls.__new__(cls)
        activity_task_failed_attributes.task_id = task_id
        activity_task_failed_attributes.activity_name = activity_name
        activity_task_failed_attributes.attempt = attempt
        activity_task_failed_attributes.failure = failure
        if len(d) == 4:
            activity_task_failed_attributes.additional_properties = {}
        else:
            activity_task_failed_attributes.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "task_id",
                    "activity_name",
                    "attempt",
                    "failure",
                }
            }

        return activity_task_failed_attributes

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
