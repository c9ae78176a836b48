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

T = TypeVar("T", bound="JSONPatchPayloadResponse")


@_attrs_define
class JSONPatchPayloadResponse:
    """A change to a previous JSON value, as JSON-patch operations."""

    value: (
        list[JSONPatchAdd | JSONPatchAppend | JSONPatchRemove | JSONPatchReplace] | str
    )
    """ The patch operations, or an encoded string of them. """
    type_: Literal["json_patch"] = "json_patch"
    encoding_options: list[EncodedPayloadOptions | str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        value: list[dict[str, Any]] | str
        if isinstance(self.value, list):
            value = []
            for (
                componentsschemas_json_patch_payload_value_response_type_0_item_data
            ) in self.value:
                componentsschemas_json_patch_payload_value_response_type_0_item: dict[
                    str, Any
                ]
                if isinstance(
                    componentsschemas_json_patch_payload_value_response_type_0_item_data,
                    JSONPatchAppend,
                ):
                    componentsschemas_json_patch_payload_value_response_type_0_item = componentsschemas_json_patch_payload_value_response_type_0_item_data.to_dict()
                elif isinstance(
                    componentsschemas_json_patch_payload_value_response_type_0_item_data,
                    JSONPatchAdd,
                ):
                    componentsschemas_json_patch_payload_value_response_type_0_item = componentsschemas_json_patch_payload_value_response_type_0_item_data.to_dict()
                elif isinstance(
                    componentsschemas_json_patch_payload_value_response_type_0_item_data,
                    JSONPatchReplace,
                ):
                    componentsschemas_json_patch_payload_value_response_type_0_item = componentsschemas_json_patch_payload_value_response_type_0_item_data.to_dict()
                else:
                    componentsschemas_json_patch_payload_value_response_type_0_item = componentsschemas_json_patch_payload_value_response_type_0_item_data.to_dict()

                value.append(
                    componentsschemas_json_patch_payload_value_response_type_0_item
                )

        else:
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
        if type_ != "json_patch":
            raise ValueError(f"type must match const 'json_patch', got '{type_}'")

        value = _parse_value(d["value"])

        encoding_options = _parse_encoding_options(d.get("encoding_options", UNSET))

        json_patch_payload_response = cls.__new__(cls)
        json_patch_payload_response.type_ = type_
        json_patch_payload_response.value = value
        json_patch_payload_response.encoding_options = encoding_options
        if len(d) == 2 + (encoding_options is not UNSET):
            json_patch_payload_response.additional_properties = {}
        else:
            json_patch_payload_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "type",
                    "value",
                    "encoding_options",
                }
            }

        return json_patch_payload_response

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


from ..models.json_patch_add import JSONPatchAdd
from ..models.json_patch_append import JSONPatchAppend
from ..models.json_patch_remove import JSONPatchRemove
from ..models.json_patch_replace import JSONPatchReplace

_COMPONENTSSCHEMAS_JSON_PATCH_PAYLOAD_VALUE_RESPONSE_TYPE_0_ITEM_BY_OP: dict[
    str, type[JSONPatchAppend | JSONPatchAdd | JSONPatchReplace | JSONPatchRemove]
] = {
    "append": JSONPatchAppend,
    "add": JSONPatchAdd,
    "replace": JSONPatchReplace,
    "remove": JSONPatchRemove,
}


def _parse_componentsschemas_json_patch_payload_value_response_type_0_item(
    data: object,
) -> JSONPatchAdd | JSONPatchAppend | JSONPatchRemove | JSONPatchReplace:
    if isinstance(data, dict):
        tag = data.get("op")
        model = (
            _COMPONENTSSCHEMAS_JSON_PATCH_PAYLOAD_VALUE_RESPONSE_TYPE_0_ITEM_BY_OP.get(
                tag
            )
            if isinstance(tag, str)
            else None
        )
        if model is not None:
            return model.from_dict(data)
    raise ValueError("no member of the union matches the value")


def _parse_value(
    data: object,
) -> list[JSONPatchAdd | JSONPatchAppend | JSONPatchRemove | JSONPatchReplace] | str:
    if isinstance(data, list):
        try:
            componentsschemas_json_patch_payload_value_response_type_0 = [
                _parse_componentsschemas_json_patch_payload_value_response_type_0_item(
                    componentsschemas_json_patch_payload_value_response_type_0_item_data
                )
                for componentsschemas_json_patch_payload_value_response_type_0_item_data in data
            ]

            return componentsschemas_json_patch_payload_value_response_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(
        "list[JSONPatchAdd | JSONPatchAppend | JSONPatchRemove | JSONPatchReplace] | str",
        data,
    )


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
