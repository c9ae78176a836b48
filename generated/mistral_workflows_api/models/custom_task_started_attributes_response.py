from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomTaskStartedAttributesResponse")


@_attrs_define
class CustomTaskStartedAttributesResponse:
    custom_task_id: str
    custom_task_type: str
    payload: JSONPayloadResponse | Unset = UNSET
    """ A JSON value, possibly encoded (see encoding_options). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_task_id = self.custom_task_id

        custom_task_type = self.custom_task_type

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_task_id": custom_task_id,
                "custom_task_type": custom_task_type,
            }
        )
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        custom_task_id = d["custom_task_id"]

        custom_task_type = d["custom_task_type"]

        _payload = d.get("payload", UNSET)
        payload: JSONPayloadResponse | Unset = (
            UNSET
            if isinstance(_payload, Unset)
            else JSONPayloadResponse.from_dict(_payload)
        )

        custom_task_started_attributes_response = cls.__new__(cls)
        custom_task_started_attributes_response.custom_task_id = custom_task_id
        custom_task_started_attributes_response.custom_task_type = custom_task_type
        custom_task_started_attributes_response.payload = payload
        if len(d) == 2 + (payload is not UNSET):
            custom_task_started_attributes_response.additional_properties = {}
        else:
            custom_task_started_attributes_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "custom_task_id",
                    "custom_task_type",
                    "payload",
                }
            }

        return custom_task_started_attributes_response

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


from ..models.json_payload_response import JSONPayloadResponse
