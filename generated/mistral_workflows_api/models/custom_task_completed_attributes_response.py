from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.json_payload_response import JSONPayloadResponse


T = TypeVar("T", bound="CustomTaskCompletedAttributesResponse")


@_attrs_define
class CustomTaskCompletedAttributesResponse:
    custom_task_id: str
    custom_task_type: str
    payload: JSONPayloadResponse
    """ A JSON value, possibly encoded (see encoding_options). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_task_id = self.custom_task_id

        custom_task_type = self.custom_task_type

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
        from ..models.json_payload_response import JSONPayloadResponse  # noqa: PLC0415

        d = dict(src_dict)
        custom_task_id = d.pop("custom_task_id")

        custom_task_type = d.pop("custom_task_type")

        payload = JSONPayloadResponse.from_dict(d.pop("payload"))

        custom_task_completed_attributes_response = cls(
            custom_task_id=custom_task_id,
            custom_task_type=custom_task_type,
            payload=payload,
        )

        custom_task_completed_attributes_response.additional_properties = d
        return custom_task_completed_attributes_response

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
