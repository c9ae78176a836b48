from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = src_dict
        task_id = d["task_id"]

        activity_name = d["activity_name"]

        input_ = JSONPayloadResponse.from_dict(d["input"])

        activity_task_started_attributes_response = cls.__new__(cls)
        activity_task_started_attributes_response.task_id = task_id
        activity_task_started_attributes_response.activity_name = activity_name
        activity_task_started_attributes_response.input_ = input_
        if len(d) == 3:
            activity_task_started_attributes_response.additional_properties = {}
        else:
            activity_task_started_attributes_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "task_id",
                    "activity_name",
                    "input",
                }
            }

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


from ..models.json_payload_response import JSONPayloadResponse
