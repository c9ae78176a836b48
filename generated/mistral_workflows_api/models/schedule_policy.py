from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_overlap_policy import ScheduleOverlapPolicy
from ..types import UNSET, Unset

T = TypeVar("T", bound="SchedulePolicy")


@_attrs_define
class SchedulePolicy:
    """How a schedule behaves when things go wrong."""

    catchup_window_seconds: int | Unset = 31536000
    """ After an outage, how far back missed times are still run, in seconds. """
    overlap: ScheduleOverlapPolicy | Unset = UNSET
    """ What a schedule does when the previous execution it started is still
    running: 1 skip, 2 buffer one, 3 buffer all, 4 cancel the other,
    5 terminate the other, 6 allow all (Temporal's overlap policies).
     """
    pause_on_failure: bool | Unset = False
    """ Pause the schedule when an execution it started fails. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catchup_window_seconds = self.catchup_window_seconds

        overlap: int | Unset = UNSET
        if not isinstance(self.overlap, Unset):
            overlap = self.overlap.value

        pause_on_failure = self.pause_on_failure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if catchup_window_seconds is not UNSET:
            field_dict["catchup_window_seconds"] = catchup_window_seconds
        if overlap is not UNSET:
            field_dict["overlap"] = overlap
        if pause_on_failure is not UNSET:
            field_dict["pause_on_failure"] = pause_on_failure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        catchup_window_seconds = d.get("catchup_window_seconds", UNSET)

        _overlap = d.get("overlap", UNSET)
        overlap: ScheduleOverlapPolicy | Unset
        if isinstance(_overlap, Unset):
            overlap = UNSET
        else:
            overlap = ScheduleOverlapPolicy(_overlap)

        pause_on_failure = d.get("pause_on_failure", UNSET)

        schedule_policy = cls.__new__(cls)
        schedule_policy.catchup_window_seconds = catchup_window_seconds
        schedule_policy.overlap = overlap
        schedule_policy.pause_on_failure = pause_on_failure
        if len(d) == 0 + (catchup_window_seconds is not UNSET) + (
            overlap is not UNSET
        ) + (pause_on_failure is not UNSET):
            schedule_policy.additional_properties = {}
        else:
            schedule_policy.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "catchup_window_seconds",
                    "overlap",
                    "pause_on_failure",
                }
            }

        return schedule_policy

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
