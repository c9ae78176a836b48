from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowSchedulePauseRequest")


@_attrs_define
class WorkflowSchedulePauseRequest:
    """A note to record with a pause or a resume."""

    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        note = d.get("note", UNSET)

        workflow_schedule_pause_request = cls.__new__(cls)
        workflow_schedule_pause_request.note = note
        if len(d) == 0 + (note is not UNSET):
            workflow_schedule_pause_request.additional_properties = {}
        else:
            workflow_schedule_pause_request.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "note",
                }
            }

        return workflow_schedule_pause_request

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
