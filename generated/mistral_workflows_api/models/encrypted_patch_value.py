from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="EncryptedPatchValue")


@_attrs_define
class EncryptedPatchValue:
    type_: Literal["__encrypted__"]
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]
        if type_ != "__encrypted__":
            raise ValueError(f"type must match const '__encrypted__', got '{type_}'")

        value = d["value"]

        encrypted_patch_value = cls.__new__(cls)
        encrypted_patch_value.type_ = type_
        encrypted_patch_value.value = value
        if len(d) == 2:
            encrypted_patch_value.additional_properties = {}
        else:
            encrypted_patch_value.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "type",
                    "value",
                }
            }

        return encrypted_patch_value

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
