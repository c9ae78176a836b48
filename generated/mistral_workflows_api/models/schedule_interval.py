from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleInterval")


@_attrs_define
class ScheduleInterval:
    """Every `every`, shifted by `offset` (ISO 8601 durations, e.g. `PT1H`)."""

    every: str
    offset: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        every = self.every

        offset: None | str | Unset
        if isinstance(self.offset, Unset):
            offset = UNSET
        else:
            offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "every": every,
            }
        )
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        every = d["every"]

        offset = d.get("offset", UNSET)

        schedule_interval = cls.__new__(cls)
        schedule_interval.every = every
        schedule_interval.offset = offset
        if len(d) == 1 + (offset is not UNSET):
            schedule_interval.additional_properties = {}
        else:
            schedule_interval.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "every",
                    "offset",
                }
            }

        return schedule_interval

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
