from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="JSONPatchAppend")


@_attrs_define
class JSONPatchAppend:
    path: str
    value: EncryptedPatchValue | str
    op: Literal["append"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        value: dict[str, Any] | str
        if isinstance(self.value, EncryptedPatchValue):
            value = self.value.to_dict()
        else:
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

        value = _parse_value(d["value"])

        op = d["op"]
        if op != "append":
            raise ValueError(f"op must match const 'append', got '{op}'")

        json_patch_append = cls.__new__(cls)
        json_patch_append.path = path
        json_patch_append.value = value
        json_patch_append.op = op
        if len(d) == 3:
            json_patch_append.additional_properties = {}
        else:
            json_patch_append.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "path",
                    "value",
                    "op",
                }
            }

        return json_patch_append

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


from ..models.encrypted_patch_value import EncryptedPatchValue


def _parse_value(data: object) -> EncryptedPatchValue | str:
    if isinstance(data, dict):
        try:
            return EncryptedPatchValue.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("EncryptedPatchValue | str", data)
