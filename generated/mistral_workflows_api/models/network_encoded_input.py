from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.encoded_payload_options import EncodedPayloadOptions
from ..types import UNSET, Unset

T = TypeVar("T", bound="NetworkEncodedInput")


@_attrs_define
class NetworkEncodedInput:
    """An input already encoded by the caller (base64 of the encoded payload)."""

    b64payload: str
    """ The encoded payload """
    encoding_options: list[EncodedPayloadOptions] | Unset = UNSET
    """ The transformations applied to the payload. """
    empty: bool | Unset = False
    """ The payload is empty. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        b64payload = self.b64payload

        encoding_options: list[str] | Unset = UNSET
        if not isinstance(self.encoding_options, Unset):
            encoding_options = []
            for encoding_options_item_data in self.encoding_options:
                encoding_options_item = encoding_options_item_data.value
                encoding_options.append(encoding_options_item)

        empty = self.empty

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "b64payload": b64payload,
            }
        )
        if encoding_options is not UNSET:
            field_dict["encoding_options"] = encoding_options
        if empty is not UNSET:
            field_dict["empty"] = empty

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        b64payload = d["b64payload"]

        _encoding_options = d.get("encoding_options", UNSET)
        encoding_options: list[EncodedPayloadOptions] | Unset = UNSET
        if _encoding_options is not UNSET:
            encoding_options = []
            for encoding_options_item_data in _encoding_options:
                encoding_options_item = EncodedPayloadOptions(
                    encoding_options_item_data
                )

                encoding_options.append(encoding_options_item)

        empty = d.get("empty", UNSET)

        network_encoded_input = cls.__new__(cls)
        network_encoded_input.b64payload = b64payload
        network_encoded_input.encoding_options = encoding_options
        network_encoded_input.empty = empty
        if len(d) == 1 + (encoding_options is not UNSET) + (empty is not UNSET):
            network_encoded_input.additional_properties = {}
        else:
            network_encoded_input.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "b64payload",
                    "encoding_options",
                    "empty",
                }
            }

        return network_encoded_input

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
