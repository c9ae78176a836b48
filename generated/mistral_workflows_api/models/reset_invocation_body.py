from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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
        d = dict(src_dict)
        event_id = d.pop("event_id")

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        exclude_signals = d.pop("exclude_signals", UNSET)

        exclude_updates = d.pop("exclude_updates", UNSET)

        reset_invocation_body = cls(
            event_id=event_id,
            reason=reason,
            exclude_signals=exclude_signals,
            exclude_updates=exclude_updates,
        )

        reset_invocation_body.additional_properties = d
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
