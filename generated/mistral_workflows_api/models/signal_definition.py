from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignalDefinition")


@_attrs_define
class SignalDefinition:
    """A signal handler of a workflow."""

    name: str
    input_schema: SignalDefinitionInputSchema
    """ JSON schema of the signal's input. """
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        input_schema = self.input_schema.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "input_schema": input_schema,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        input_schema = SignalDefinitionInputSchema.from_dict(d["input_schema"])

        description = d.get("description", UNSET)

        signal_definition = cls.__new__(cls)
        signal_definition.name = name
        signal_definition.input_schema = input_schema
        signal_definition.description = description
        if len(d) == 2 + (description is not UNSET):
            signal_definition.additional_properties = {}
        else:
            signal_definition.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "name",
                    "input_schema",
                    "description",
                }
            }

        return signal_definition

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


from ..models.signal_definition_input_schema import SignalDefinitionInputSchema
