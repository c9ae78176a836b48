from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowCodeDefinition")


@_attrs_define
class WorkflowCodeDefinition:
    """What a registered version of a workflow takes, returns and answers to."""

    input_schema: WorkflowCodeDefinitionInputSchema
    """ JSON schema of the workflow's input. """
    output_schema: None | Unset | WorkflowCodeDefinitionOutputSchemaType0 = UNSET
    """ JSON schema of the workflow's result. """
    signals: list[SignalDefinition] | Unset = UNSET
    queries: list[QueryDefinition] | Unset = UNSET
    updates: list[UpdateDefinition] | Unset = UNSET
    enforce_determinism: bool | Unset = False
    """ The workflow's code is checked for deterministic replay. """
    on_behalf_of: bool | Unset = False
    """ Executions must run under a user's identity. """
    execution_timeout: float | Unset = UNSET
    """ Longest total run time, retries and continue-as-new included, in seconds. """
    plugin_metadata: None | Unset | WorkflowCodeDefinitionPluginMetadataType0 = UNSET
    """ Plugin-specific facts (e.g. the connectors it declares). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_schema = self.input_schema.to_dict()

        output_schema: dict[str, Any] | None | Unset
        if isinstance(self.output_schema, Unset):
            output_schema = UNSET
        elif isinstance(self.output_schema, WorkflowCodeDefinitionOutputSchemaType0):
            output_schema = self.output_schema.to_dict()
        else:
            output_schema = self.output_schema

        signals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.signals, Unset):
            signals = []
            for signals_item_data in self.signals:
                signals_item = signals_item_data.to_dict()
                signals.append(signals_item)

        queries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.queries, Unset):
            queries = []
            for queries_item_data in self.queries:
                queries_item = queries_item_data.to_dict()
                queries.append(queries_item)

        updates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.updates, Unset):
            updates = []
            for updates_item_data in self.updates:
                updates_item = updates_item_data.to_dict()
                updates.append(updates_item)

        enforce_determinism = self.enforce_determinism

        on_behalf_of = self.on_behalf_of

        execution_timeout = self.execution_timeout

        plugin_metadata: dict[str, Any] | None | Unset
        if isinstance(self.plugin_metadata, Unset):
            plugin_metadata = UNSET
        elif isinstance(
            self.plugin_metadata, WorkflowCodeDefinitionPluginMetadataType0
        ):
            plugin_metadata = self.plugin_metadata.to_dict()
        else:
            plugin_metadata = self.plugin_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_schema": input_schema,
            }
        )
        if output_schema is not UNSET:
            field_dict["output_schema"] = output_schema
        if signals is not UNSET:
            field_dict["signals"] = signals
        if queries is not UNSET:
            field_dict["queries"] = queries
        if updates is not UNSET:
            field_dict["updates"] = updates
        if enforce_determinism is not UNSET:
            field_dict["enforce_determinism"] = enforce_determinism
        if on_behalf_of is not UNSET:
            field_dict["on_behalf_of"] = on_behalf_of
        if execution_timeout is not UNSET:
            field_dict["execution_timeout"] = execution_timeout
        if plugin_metadata is not UNSET:
            field_dict["plugin_metadata"] = plugin_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        input_schema = WorkflowCodeDefinitionInputSchema.from_dict(d["input_schema"])

        output_schema = _parse_output_schema(d.get("output_schema", UNSET))

        _signals = d.get("signals", UNSET)
        signals: list[SignalDefinition] | Unset = (
            UNSET
            if isinstance(_signals, Unset)
            else [
                SignalDefinition.from_dict(signals_item_data)
                for signals_item_data in _signals
            ]
        )

        _queries = d.get("queries", UNSET)
        queries: list[QueryDefinition] | Unset = (
            UNSET
            if isinstance(_queries, Unset)
            else [
                QueryDefinition.from_dict(queries_item_data)
                for queries_item_data in _queries
            ]
        )

        _updates = d.get("updates", UNSET)
        updates: list[UpdateDefinition] | Unset = (
            UNSET
            if isinstance(_updates, Unset)
            else [
                UpdateDefinition.from_dict(updates_item_data)
                for updates_item_data in _updates
            ]
        )

        enforce_determinism = d.get("enforce_determinism", UNSET)

        on_behalf_of = d.get("on_behalf_of", UNSET)

        execution_timeout = d.get("execution_timeout", UNSET)

        plugin_metadata = _parse_plugin_metadata(d.get("plugin_metadata", UNSET))

        workflow_code_definition = cls.__new__(cls)
        workflow_code_definition.input_schema = input_schema
        workflow_code_definition.output_schema = output_schema
        workflow_code_definition.signals = signals
        workflow_code_definition.queries = queries
        workflow_code_definition.updates = updates
        workflow_code_definition.enforce_determinism = enforce_determinism
        workflow_code_definition.on_behalf_of = on_behalf_of
        workflow_code_definition.execution_timeout = execution_timeout
        workflow_code_definition.plugin_metadata = plugin_metadata
        if len(d) == 1 + (output_schema is not UNSET) + (signals is not UNSET) + (
            queries is not UNSET
        ) + (updates is not UNSET) + (enforce_determinism is not UNSET) + (
            on_behalf_of is not UNSET
        ) + (execution_timeout is not UNSET) + (plugin_metadata is not UNSET):
            workflow_code_definition.additional_properties = {}
        else:
            workflow_code_definition.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "input_schema",
                    "output_schema",
                    "signals",
                    "queries",
                    "updates",
                    "enforce_determinism",
                    "on_behalf_of",
                    "execution_timeout",
                    "plugin_metadata",
                }
            }

        return workflow_code_definition

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


from ..models.query_definition import QueryDefinition
from ..models.signal_definition import SignalDefinition
from ..models.update_definition import UpdateDefinition
from ..models.workflow_code_definition_input_schema import (
    WorkflowCodeDefinitionInputSchema,
)
from ..models.workflow_code_definition_output_schema_type_0 import (
    WorkflowCodeDefinitionOutputSchemaType0,
)
from ..models.workflow_code_definition_plugin_metadata_type_0 import (
    WorkflowCodeDefinitionPluginMetadataType0,
)


def _parse_output_schema(
    data: object,
) -> None | Unset | WorkflowCodeDefinitionOutputSchemaType0:
    if isinstance(data, dict):
        try:
            return WorkflowCodeDefinitionOutputSchemaType0.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("None | Unset | WorkflowCodeDefinitionOutputSchemaType0", data)


def _parse_plugin_metadata(
    data: object,
) -> None | Unset | WorkflowCodeDefinitionPluginMetadataType0:
    if isinstance(data, dict):
        try:
            return WorkflowCodeDefinitionPluginMetadataType0.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("None | Unset | WorkflowCodeDefinitionPluginMetadataType0", data)
