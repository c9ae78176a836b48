from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JSONPatchReplace")


@_attrs_define
class JSONPatchReplace:
    path: str
    value: Any
    op: Literal["replace"]
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
        if op != "replace":
            raise ValueError(f"op must match const 'replace', got '{op}'")

        json_patch_replace = cls.__new__(cls)
        json_patch_replace.path = path
        json_patch_replace.value = value
        json_patch_replace.op = op
        if len(d) == 3:
            json_patch_replace.additional_properties = {}
        else:
            json_patch_replace.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "path",
                    "value",
                    "op",
                }
            }

        return json_patch_replace

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
