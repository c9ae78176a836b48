from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowExecutionRequest")


@_attrs_define
class WorkflowExecutionRequest:
    """How to start an execution."""

    execution_id: None | str | Unset = UNSET
    """ Id for the new execution; the server makes one when absent. Giving one makes the start idempotent. """
    input_: None | Unset | WorkflowExecutionRequestInputType0 = UNSET
    """ The workflow's input. """
    encoded_input: NetworkEncodedInput | None | Unset = UNSET
    """ The workflow's input encoded by the caller (encrypted, compressed or offloaded), instead of `input`. Not in
    the public contract: the official SDK 3.7 sends it when payload encoding is configured. """
    wait_for_result: bool | Unset = False
    """ Answer only once the execution has finished, with its result. """
    timeout_seconds: float | None | Unset = UNSET
    """ Give up waiting for the result after this many seconds. """
    custom_tracing_attributes: (
        None | Unset | WorkflowExecutionRequestCustomTracingAttributesType0
    ) = UNSET
    """ Extra attributes for the execution's trace. """
    force_new_trace: bool | Unset = False
    """ Start a new trace instead of joining the caller's. """
    traceparent: None | str | Unset = UNSET
    """ W3C `traceparent` of the caller's trace, for the execution to join it (ignored with force_new_trace). Not in
    the public contract: the official SDK 3.7 sends it. """
    extensions: None | Unset | WorkflowExecutionRequestExtensionsType0 = UNSET
    """ Opaque extension data passed to the workflow engine. """
    task_queue: None | str | Unset = UNSET
    """ Deprecated; use deployment_name. """
    deployment_name: None | str | Unset = UNSET
    """ Run on this deployment of the workflow. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_id: None | str | Unset
        if isinstance(self.execution_id, Unset):
            execution_id = UNSET
        else:
            execution_id = self.execution_id

        input_: dict[str, Any] | None | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, WorkflowExecutionRequestInputType0):
            input_ = self.input_.to_dict()
        else:
            input_ = self.input_

        encoded_input: dict[str, Any] | None | Unset
        if isinstance(self.encoded_input, Unset):
            encoded_input = UNSET
        elif isinstance(self.encoded_input, NetworkEncodedInput):
            encoded_input = self.encoded_input.to_dict()
        else:
            encoded_input = self.encoded_input

        wait_for_result = self.wait_for_result

        timeout_seconds: float | None | Unset
        if isinstance(self.timeout_seconds, Unset):
            timeout_seconds = UNSET
        else:
            timeout_seconds = self.timeout_seconds

        custom_tracing_attributes: dict[str, Any] | None | Unset
        if isinstance(self.custom_tracing_attributes, Unset):
            custom_tracing_attributes = UNSET
        elif isinstance(
            self.custom_tracing_attributes,
            WorkflowExecutionRequestCustomTracingAttributesType0,
        ):
            custom_tracing_attributes = self.custom_tracing_attributes.to_dict()
        else:
            custom_tracing_attributes = self.custom_tracing_attributes

        force_new_trace = self.force_new_trace

        traceparent: None | str | Unset
        if isinstance(self.traceparent, Unset):
            traceparent = UNSET
        else:
            traceparent = self.traceparent

        extensions: dict[str, Any] | None | Unset
        if isinstance(self.extensions, Unset):
            extensions = UNSET
        elif isinstance(self.extensions, WorkflowExecutionRequestExtensionsType0):
            extensions = self.extensions.to_dict()
        else:
            extensions = self.extensions

        task_queue: None | str | Unset
        if isinstance(self.task_queue, Unset):
            task_queue = UNSET
        else:
            task_queue = self.task_queue

        deployment_name: None | str | Unset
        if isinstance(self.deployment_name, Unset):
            deployment_name = UNSET
        else:
            deployment_name = self.deployment_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if execution_id is not UNSET:
            field_dict["execution_id"] = execution_id
        if input_ is not UNSET:
            field_dict["input"] = input_
        if encoded_input is not UNSET:
            field_dict["encoded_input"] = encoded_input
        if wait_for_result is not UNSET:
            field_dict["wait_for_result"] = wait_for_result
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if custom_tracing_attributes is not UNSET:
            field_dict["custom_tracing_attributes"] = custom_tracing_attributes
        if force_new_trace is not UNSET:
            field_dict["force_new_trace"] = force_new_trace
        if traceparent is not UNSET:
            field_dict["traceparent"] = traceparent
        if extensions is not UNSET:
            field_dict["extensions"] = extensions
        if task_queue is not UNSET:
            field_dict["task_queue"] = task_queue
        if deployment_name is not UNSET:
            field_dict["deployment_name"] = deployment_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        execution_id = d.get("execution_id", UNSET)

        input_ = _parse_input_(d.get("input", UNSET))

        encoded_input = _parse_encoded_input(d.get("encoded_input", UNSET))

        wait_for_result = d.get("wait_for_result", UNSET)

        timeout_seconds = d.get("timeout_seconds", UNSET)

        custom_tracing_attributes = _parse_custom_tracing_attributes(
            d.get("custom_tracing_attributes", UNSET)
        )

        force_new_trace = d.get("force_new_trace", UNSET)

        traceparent = d.get("traceparent", UNSET)

        extensions = _parse_extensions(d.get("extensions", UNSET))

        task_queue = d.get("task_queue", UNSET)

        deployment_name = d.get("deployment_name", UNSET)

        workflow_execution_request = cls.__new__(cls)
        workflow_execution_request.execution_id = execution_id
        workflow_execution_request.input_ = input_
        workflow_execution_request.encoded_input = encoded_input
        workflow_execution_request.wait_for_result = wait_for_result
        workflow_execution_request.timeout_seconds = timeout_seconds
        workflow_execution_request.custom_tracing_attributes = custom_tracing_attributes
        workflow_execution_request.force_new_trace = force_new_trace
        workflow_execution_request.traceparent = traceparent
        workflow_execution_request.extensions = extensions
        workflow_execution_request.task_queue = task_queue
        workflow_execution_request.deployment_name = deployment_name
        if len(d) == 0 + (execution_id is not UNSET) + (input_ is not UNSET) + (
            encoded_input is not UNSET
        ) + (wait_for_result is not UNSET) + (timeout_seconds is not UNSET) + (
            custom_tracing_attributes is not UNSET
        ) + (force_new_trace is not UNSET) + (traceparent is not UNSET) + (
            extensions is not UNSET
        ) + (task_queue is not UNSET) + (deployment_name is not UNSET):
            workflow_execution_request.additional_properties = {}
        else:
            workflow_execution_request.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "execution_id",
                    "input",
                    "encoded_input",
                    "wait_for_result",
                    "timeout_seconds",
                    "custom_tracing_attributes",
                    "force_new_trace",
                    "traceparent",
                    "extensions",
                    "task_queue",
                    "deployment_name",
                }
            }

        return workflow_execution_request

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
from ..models.workflow_execution_request_custom_tracing_attributes_type_0 import (
    WorkflowExecutionRequestCustomTracingAttributesType0,
)
from ..models.workflow_execution_request_extensions_type_0 import (
    WorkflowExecutionRequestExtensionsType0,
)
from ..models.workflow_execution_request_input_type_0 import (
    WorkflowExecutionRequestInputType0,
)


def _parse_input_(data: object) -> None | Unset | WorkflowExecutionRequestInputType0:
    if isinstance(data, dict):
        try:
            return WorkflowExecutionRequestInputType0.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("None | Unset | WorkflowExecutionRequestInputType0", data)


def _parse_encoded_input(data: object) -> NetworkEncodedInput | None | Unset:
    if isinstance(data, dict):
        try:
            return NetworkEncodedInput.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("NetworkEncodedInput | None | Unset", data)


def _parse_custom_tracing_attributes(
    data: object,
) -> None | Unset | WorkflowExecutionRequestCustomTracingAttributesType0:
    if isinstance(data, dict):
        try:
            return WorkflowExecutionRequestCustomTracingAttributesType0.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(
        "None | Unset | WorkflowExecutionRequestCustomTracingAttributesType0", data
    )


def _parse_extensions(
    data: object,
) -> None | Unset | WorkflowExecutionRequestExtensionsType0:
    if isinstance(data, dict):
        try:
            return WorkflowExecutionRequestExtensionsType0.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("None | Unset | WorkflowExecutionRequestExtensionsType0", data)
