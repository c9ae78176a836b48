from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchExecutionResult")


@_attrs_define
class BatchExecutionResult:
    """What happened to one execution of a batch."""

    status: str
    """ Outcome for this id (open set of values). """
    error: None | str | Unset = UNSET
    """ Why it failed, when it did. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        status = d["status"]

        error = d.get("error", UNSET)

        batch_execution_result = cls.__new__(cls)
        batch_execution_result.status = status
        batch_execution_result.error = error
        if len(d) == 1 + (error is not UNSET):
            batch_execution_result.additional_properties = {}
        else:
            batch_execution_result.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "status",
                    "error",
                }
            }

        return batch_execution_result

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
