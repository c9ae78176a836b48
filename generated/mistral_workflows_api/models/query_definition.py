from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryDefinition")


@_attrs_define
class QueryDefinition:
    """A query handler of a workflow."""

    name: str
    input_schema: QueryDefinitionInputSchema
    """ JSON schema of the query's input. """
    description: None | str | Unset = UNSET
    output_schema: None | QueryDefinitionOutputSchemaType0 | Unset = UNSET
    """ JSON schema of the query's answer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        input_schema = self.input_schema.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        output_schema: dict[str, Any] | None | Unset
        if isinstance(self.output_schema, Unset):
            output_schema = UNSET
        elif isinstance(self.output_schema, QueryDefinitionOutputSchemaType0):
            output_schema = self.output_schema.to_dict()
        else:
            output_schema = self.output_schema

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
        if output_schema is not UNSET:
            field_dict["output_schema"] = output_schema

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        input_schema = QueryDefinitionInputSchema.from_dict(d["input_schema"])

        description = d.get("description", UNSET)

        output_schema = _parse_output_schema(d.get("output_schema", UNSET))

        query_definition = cls.__new__(cls)
        query_definition.name = name
        query_definition.input_schema = input_schema
        query_definition.description = description
        query_definition.output_schema = output_schema
        if len(d) == 2 + (description is not UNSET) + (output_schema is not UNSET):
            query_definition.additional_properties = {}
        else:
            query_definition.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "name",
                    "input_schema",
                    "description",
                    "output_schema",
                }
            }

        return query_definition

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


from ..models.query_definition_input_schema import QueryDefinitionInputSchema
from ..models.query_definition_output_schema_type_0 import (
    QueryDefinitionOutputSchemaType0,
)


def _parse_output_schema(
    data: object,
) -> None | QueryDefinitionOutputSchemaType0 | Unset:
    if isinstance(data, dict):
        try:
            return QueryDefinitionOutputSchemaType0.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("None | QueryDefinitionOutputSchemaType0 | Unset", data)
