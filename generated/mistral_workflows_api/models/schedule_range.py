from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleRange")


@_attrs_define
class ScheduleRange:
    """A range of values of one calendar field, `start` to `end` inclusive, every `step`."""

    start: int
    end: int | Unset = 0
    """ Last value; 0 means `start`. """
    step: int | Unset = 0
    """ Stride; 0 means 1. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        step = self.step

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
            }
        )
        if end is not UNSET:
            field_dict["end"] = end
        if step is not UNSET:
            field_dict["step"] = step

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        start = d["start"]

        end = d.get("end", UNSET)

        step = d.get("step", UNSET)

        schedule_range = cls.__new__(cls)
        schedule_range.start = start
        schedule_range.end = end
        schedule_range.step = step
        if len(d) == 1 + (end is not UNSET) + (step is not UNSET):
            schedule_range.additional_properties = {}
        else:
            schedule_range.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "start",
                    "end",
                    "step",
                }
            }

        return schedule_range

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
