from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.json_payload_response import JSONPayloadResponse


T = TypeVar("T", bound="WorkflowExecutionStartedAttributesResponse")


@_attrs_define
class WorkflowExecutionStartedAttributesResponse:
    task_id: str
    workflow_name: str
    input_: JSONPayloadResponse
    """ A JSON value, possibly encoded (see encoding_options). """
    display_name: None | str | Unset = UNSET
    attempt: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        workflow_name = self.workflow_name

        input_ = self.input_.to_dict()

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        attempt = self.attempt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "workflow_name": workflow_name,
                "input": input_,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if attempt is not UNSET:
            field_dict["attempt"] = attempt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.json_payload_response import JSONPayloadResponse  # noqa: PLC0415

        d = dict(src_dict)
        task_id = d.pop("task_id")

        workflow_name = d.pop("workflow_name")

        input_ = JSONPayloadResponse.from_dict(d.pop("input"))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        attempt = d.pop("attempt", UNSET)

        workflow_execution_started_attributes_response = cls(
            task_id=task_id,
            workflow_name=workflow_name,
            input_=input_,
            display_name=display_name,
            attempt=attempt,
        )

        workflow_execution_started_attributes_response.additional_properties = d
        return workflow_execution_started_attributes_response

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
