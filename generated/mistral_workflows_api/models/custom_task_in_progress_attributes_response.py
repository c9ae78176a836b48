from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomTaskInProgressAttributesResponse")


@_attrs_define
class CustomTaskInProgressAttributesResponse:
    custom_task_id: str
    custom_task_type: str
    payload: JSONPatchPayloadResponse | JSONPayloadResponse
    """ A whole new value (`json`) or a patch to the previous one (`json_patch`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_task_id = self.custom_task_id

        custom_task_type = self.custom_task_type

        payload: dict[str, Any]
        if isinstance(self.payload, JSONPayloadResponse):
            payload = self.payload.to_dict()
        else:
            payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "custom_task_id": custom_task_id,
                "custom_task_type": custom_task_type,
                "payload": payload,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        custom_task_id = d["custom_task_id"]

        custom_task_type = d["custom_task_type"]

        payload = _parse_payload(d["payload"])

        custom_task_in_progress_attributes_response = cls.__new__(cls)
        custom_task_in_progress_attributes_response.custom_task_id = custom_task_id
        custom_task_in_progress_attributes_response.custom_task_type = custom_task_type
        custom_task_in_progress_attributes_response.payload = payload
        if len(d) == 3:
            custom_task_in_progress_attributes_response.additional_properties = {}
        else:
            custom_task_in_progress_attributes_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "custom_task_id",
                    "custom_task_type",
                    "payload",
                }
            }

        return custom_task_in_progress_attributes_response

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


from ..models.json_patch_payload_response import JSONPatchPayloadResponse
from ..models.json_payload_response import JSONPayloadResponse

_PAYLOAD_BY_TYPE_: dict[str, type[JSONPayloadResponse | JSONPatchPayloadResponse]] = {
    "json": JSONPayloadResponse,
    "json_patch": JSONPatchPayloadResponse,
}


def _parse_payload(data: object) -> JSONPatchPayloadResponse | JSONPayloadResponse:
    if isinstance(data, dict):
        tag = data.get("type")
        model = _PAYLOAD_BY_TYPE_.get(tag) if isinstance(tag, str) else None
        if model is not None:
            return model.from_dict(data)
    raise ValueError("no member of the union matches the value")
