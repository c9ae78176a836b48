from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResetInvocationBody")


@_attrs_define
class ResetInvocationBody:
    """Where to reset an execution to."""

    event_id: int
    """ Id of the workflow-task event to restart from. """
    reason: None | str | Unset = UNSET
    """ Why, for the record. """
    exclude_signals: bool | Unset = False
    """ Do not replay signals received after the reset point. """
    exclude_updates: bool | Unset = False
    """ Do not replay updates received after the reset point. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        exclude_signals = self.exclude_signals

        exclude_updates = self.exclude_updates

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if exclude_signals is not UNSET:
            field_dict["exclude_signals"] = exclude_signals
        if exclude_updates is not UNSET:
            field_dict["exclude_updates"] = exclude_updates

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        event_id = d["event_id"]

        reason = d.get("reason", UNSET)

        exclude_signals = d.get("exclude_signals", UNSET)

        exclude_updates = d.get("exclude_updates", UNSET)

        reset_invocation_body = cls.__new__(cls)
        reset_invocation_body.event_id = event_id
        reset_invocation_body.reason = reason
        reset_invocation_body.exclude_signals = exclude_signals
        reset_invocation_body.exclude_updates = exclude_updates
        if len(d) == 1 + (reason is not UNSET) + (exclude_signals is not UNSET) + (
            exclude_updates is not UNSET
        ):
            reset_invocation_body.additional_properties = {}
        else:
            reset_invocation_body.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "event_id",
                    "reason",
                    "exclude_signals",
                    "exclude_updates",
                }
            }

        return reset_invocation_body

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
