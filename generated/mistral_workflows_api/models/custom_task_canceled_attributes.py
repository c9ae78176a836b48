from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomTaskCanceledAttributes")


@_attrs_define
class CustomTaskCanceledAttributes:
    custom_task_id: str
    custom_task_type: str
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_task_id = self.custom_task_id

        custom_task_type = self.custom_task_type

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_task_id": custom_task_id,
                "custom_task_type": custom_task_type,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        custom_task_id = d["custom_task_id"]

        custom_task_type = d["custom_task_type"]

        reason = d.get("reason", UNSET)

        custom_task_canceled_attributes = cls.__new__(cls)
        custom_task_canceled_attributes.custom_task_id = custom_task_id
        custom_task_canceled_attributes.custom_task_type = custom_task_type
        custom_task_canceled_attributes.reason = reason
        if len(d) == 2 + (reason is not UNSET):
            custom_task_canceled_attributes.additional_properties = {}
        else:
            custom_task_canceled_attributes.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "custom_task_id",
                    "custom_task_type",
                    "reason",
                }
            }

        return custom_task_canceled_attributes

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
