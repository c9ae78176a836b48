from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateInvocationBody")


@_attrs_define
class UpdateInvocationBody:
    """An update to run."""

    name: str
    """ The update's name. """
    input_: NetworkEncodedInput | None | Unset | UpdateInvocationBodyInputType1 = UNSET
    """ The update's argument. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        input_: dict[str, Any] | None | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, NetworkEncodedInput):
            input_ = self.input_.to_dict()
        elif isinstance(self.input_, UpdateInvocationBodyInputType1):
            input_ = self.input_.to_dict()
        else:
            input_ = self.input_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        input_ = _parse_input_(d.get("input", UNSET))

        update_invocation_body = cls.__new__(cls)
        update_invocation_body.name = name
        update_invocation_body.input_ = input_
        if len(d) == 1 + (input_ is not UNSET):
            update_invocation_body.additional_properties = {}
        else:
            update_invocation_body.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "name",
                    "input",
                }
            }

        return update_invocation_body

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


from ..models.network_encoded_input import NetworkEncodedInput
from ..models.update_invocation_body_input_type_1 import UpdateInvocationBodyInputType1


def _parse_input_(
    data: object,
) -> NetworkEncodedInput | None | Unset | UpdateInvocationBodyInputType1:
    if isinstance(data, dict) and "b64payload" in data:
        try:
            return NetworkEncodedInput.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict):
        try:
            return UpdateInvocationBodyInputType1.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(
        "NetworkEncodedInput | None | Unset | UpdateInvocationBodyInputType1", data
    )
