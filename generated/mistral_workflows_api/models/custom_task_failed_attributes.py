from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomTaskFailedAttributes")


@_attrs_define
class CustomTaskFailedAttributes:
    custom_task_id: str
    custom_task_type: str
    failure: Failure
    """ Why something failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_task_id = self.custom_task_id

        custom_task_type = self.custom_task_type

        failure = self.failure.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_task_id": custom_task_id,
                "custom_task_type": custom_task_type,
                "failure": failure,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        custom_task_id = d["custom_task_id"]

        custom_task_type = d["custom_task_type"]

        failure = Failure.from_dict(d["failure"])

        custom_task_failed_attributes = cls.__new__(cls)
        custom_task_failed_attributes.custom_task_id = custom_task_id
        custom_task_failed_attributes.custom_task_type = custom_task_type
        custom_task_failed_attributes.failure = failure
        if len(d) == 3:
            custom_task_failed_attributes.additional_properties = {}
        else:
            custom_task_failed_attributes.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "custom_task_id",
                    "custom_task_type",
                    "failure",
                }
            }

        return custom_task_failed_attributes

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
