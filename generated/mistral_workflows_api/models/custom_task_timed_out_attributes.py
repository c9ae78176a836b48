from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomTaskTimedOutAttributes")


@_attrs_define
class CustomTaskTimedOutAttributes:
    custom_task_id: str
    custom_task_type: str
    timeout_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_task_id = self.custom_task_id

        custom_task_type = self.custom_task_type

        timeout_type: None | str | Unset
        if isinstance(self.timeout_type, Unset):
            timeout_type = UNSET
        else:
            timeout_type = self.timeout_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_task_id": custom_task_id,
                "custom_task_type": custom_task_type,
            }
        )
        if timeout_type is not UNSET:
            field_dict["timeout_type"] = timeout_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        custom_task_id = d["custom_task_id"]

        custom_task_type = d["custom_task_type"]

        timeout_type = d.get("timeout_type", UNSET)

        custom_task_timed_out_attributes = cls.__new__(cls)
        custom_task_timed_out_attributes.custom_task_id = custom_task_id
        custom_task_timed_out_attributes.custom_task_type = custom_task_type
        custom_task_timed_out_attributes.timeout_type = timeout_type
        if len(d) == 2 + (timeout_type is not UNSET):
            custom_task_timed_out_attributes.additional_properties = {}
        else:
            custom_task_timed_out_attributes.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "custom_task_id",
                    "custom_task_type",
                    "timeout_type",
                }
            }

        return custom_task_timed_out_attributes

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
