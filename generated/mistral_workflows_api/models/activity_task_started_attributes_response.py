from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.json_payload_response import JSONPayloadResponse


T = TypeVar("T", bound="ActivityTaskStartedAttributesResponse")


@_attrs_define
class ActivityTaskStartedAttributesResponse:
    task_id: str
    activity_name: str
    input_: JSONPayloadResponse
    """ A JSON value, possibly encoded (see encoding_options). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        activity_name = self.activity_name

        input_ = self.input_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "activity_name": activity_name,
                "input": input_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_payload_response import JSONPayloadResponse  # noqa: PLC0415

        d = dict(src_dict)
        task_id = d.pop("task_id")

        activity_name = d.pop("activity_name")

        input_ = JSONPayloadResponse.from_dict(d.pop("input"))

        activity_task_started_attributes_response = cls(
            task_id=task_id,
            activity_name=activity_name,
            input_=input_,
        )

        activity_task_started_attributes_response.additional_properties = d
        return activity_task_started_attributes_response

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
