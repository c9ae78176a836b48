from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BatchExecutionBody")


@_attrs_define
class BatchExecutionBody:
    """The executions to act on."""

    execution_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_ids = self.execution_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "execution_ids": execution_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        execution_ids = d["execution_ids"]

        batch_execution_body = cls.__new__(cls)
        batch_execution_body.execution_ids = execution_ids
        if len(d) == 1:
            batch_execution_body.additional_properties = {}
        else:
            batch_execution_body.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "execution_ids",
                }
            }

        return batch_execution_body

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
