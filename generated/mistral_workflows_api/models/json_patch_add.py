from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JSONPatchAdd")


@_attrs_define
class JSONPatchAdd:
    path: str
    value: Any
    op: Literal["add"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        value = self.value

        op = self.op

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "value": value,
                "op": op,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        path = d["path"]

        value = d["value"]

        op = d["op"]
        if op != "add":
            raise ValueError(f"op must match const 'add', got '{op}'")

        json_patch_add = cls.__new__(cls)
        json_patch_add.path = path
        json_patch_add.value = value
        json_patch_add.op = op
        if len(d) == 3:
            json_patch_add.additional_properties = {}
        else:
            json_patch_add.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "path",
                    "value",
                    "op",
                }
            }

        return json_patch_add

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
