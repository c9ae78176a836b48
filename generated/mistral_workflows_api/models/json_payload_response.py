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

from ..models.encoded_payload_options import EncodedPayloadOptions
from ..types import UNSET, Unset

T = TypeVar("T", bound="JSONPayloadResponse")


@_attrs_define
class JSONPayloadResponse:
    """A JSON value, possibly encoded (see encoding_options)."""

    value: Any
    """ The value itself. """
    type_: Literal["json"] = "json"
    encoding_options: list[EncodedPayloadOptions | str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value = self.value

        encoding_options: list[str] | None | Unset
        if isinstance(self.encoding_options, Unset):
            encoding_options = UNSET
        elif isinstance(self.encoding_options, list):
            encoding_options = []
            for encoding_options_type_0_item_data in self.encoding_options:
                encoding_options_type_0_item: str
                if isinstance(encoding_options_type_0_item_data, EncodedPayloadOptions):
                    encoding_options_type_0_item = (
                        encoding_options_type_0_item_data.value
                    )
                else:
                    encoding_options_type_0_item = encoding_options_type_0_item_data
                encoding_options.append(encoding_options_type_0_item)

        else:
            encoding_options = self.encoding_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "value": value,
            }
        )
        if encoding_options is not UNSET:
            field_dict["encoding_options"] = encoding_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = d["type"]
        if type_ != "json":
            raise ValueError(f"type must match const 'json', got '{type_}'")

        value = d["value"]

        encoding_options = _parse_encoding_options(d.get("encoding_options", UNSET))

        json_payload_response = cls.__new__(cls)
        json_payload_response.type_ = type_
        json_payload_response.value = value
        json_payload_response.encoding_options = encoding_options
        if len(d) == 2 + (encoding_options is not UNSET):
            json_payload_response.additional_properties = {}
        else:
            json_payload_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "type",
                    "value",
                    "encoding_options",
                }
            }

        return json_payload_response

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


_ENCODING_OPTIONS_TYPE_0_ITEM_VALUES: dict[str, EncodedPayloadOptions] = {
    member.value: member for member in EncodedPayloadOptions
}


def _parse_encoding_options(
    data: object,
) -> list[EncodedPayloadOptions | str] | None | Unset:
    if isinstance(data, list):
        try:
            encoding_options_type_0 = [
                (
                    _ENCODING_OPTIONS_TYPE_0_ITEM_VALUES.get(
                        encoding_options_type_0_item_data,
                        encoding_options_type_0_item_data,
                    )
                    if isinstance(encoding_options_type_0_item_data, str)
                    else encoding_options_type_0_item_data
                )
                for encoding_options_type_0_item_data in data
            ]

            return encoding_options_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("list[EncodedPayloadOptions | str] | None | Unset", data)
