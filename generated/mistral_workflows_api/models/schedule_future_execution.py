from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ScheduleFutureExecution")


@_attrs_define
class ScheduleFutureExecution:
    """A time the schedule will start an execution."""

    scheduled_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scheduled_at = self.scheduled_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scheduled_at": scheduled_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        scheduled_at = datetime.datetime.fromisoformat(d["scheduled_at"])

        schedule_future_execution = cls.__new__(cls)
        schedule_future_execution.scheduled_at = scheduled_at
        if len(d) == 1:
            schedule_future_execution.additional_properties = {}
        else:
            schedule_future_execution.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "scheduled_at",
                }
            }

        return schedule_future_execution

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
