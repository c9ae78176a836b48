from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.schedule_overlap_policy import ScheduleOverlapPolicy
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowScheduleTriggerRequest")


@_attrs_define
class WorkflowScheduleTriggerRequest:
    """How to trigger a schedule now."""

    overlap: None | ScheduleOverlapPolicy | Unset = UNSET
    """ The overlap policy for this execution, instead of the schedule's. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overlap: int | None | Unset
        if isinstance(self.overlap, Unset):
            overlap = UNSET
        elif isinstance(self.overlap, ScheduleOverlapPolicy):
            overlap = self.overlap.value
        else:
            overlap = self.overlap

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if overlap is not UNSET:
            field_dict["overlap"] = overlap

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        overlap = _parse_overlap(d.get("overlap", UNSET))

        workflow_schedule_trigger_request = cls.__new__(cls)
        workflow_schedule_trigger_request.overlap = overlap
        if len(d) == 0 + (overlap is not UNSET):
            workflow_schedule_trigger_request.additional_properties = {}
        else:
            workflow_schedule_trigger_request.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "overlap",
                }
            }

        return workflow_schedule_trigger_request

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


_OVERLAP_TYPE_0_VALUES: dict[int, ScheduleOverlapPolicy] = {
    member.value: member for member in ScheduleOverlapPolicy
}


def _parse_overlap(data: object) -> None | ScheduleOverlapPolicy | Unset:
    if isinstance(data, int):
        overlap_type_0 = _OVERLAP_TYPE_0_VALUES.get(data)
        if overlap_type_0 is not None:
            return overlap_type_0
    return cast("None | ScheduleOverlapPolicy | Unset", data)
