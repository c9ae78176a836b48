from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.encrypted_patch_value import EncryptedPatchValue


T = TypeVar("T", bound="JSONPatchAppend")


@_attrs_define
class JSONPatchAppend:
    path: str
    value: EncryptedPatchValue | str
    op: Literal["append"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.encrypted_patch_value import EncryptedPatchValue  # noqa: PLC0415

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
        from ..models.encrypted_patch_value import EncryptedPatchValue  # noqa: PLC0415

        d = dict(src_dict)
        path = d.pop("path")

        def _parse_value(data: object) -> EncryptedPatchValue | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                value_type_1 = EncryptedPatchValue.from_dict(data)

                return value_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EncryptedPatchValue | str, data)

        value = _parse_value(d.pop("value"))

        op = cast(Literal["append"], d.pop("op"))
        if op != "append":
            raise ValueError(f"op must match const 'append', got '{op}'")

        json_patch_append = cls(
            path=path,
            value=value,
            op=op,
        )

        json_patch_append.additional_properties = d
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
