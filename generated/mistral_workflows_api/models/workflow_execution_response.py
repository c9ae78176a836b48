from __future__ import annotations

import datetime
from collections.abc import Mapping
from functools import lru_cache
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.workflow_execution_status import WorkflowExecutionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowExecutionResponse")


@_attrs_define
class WorkflowExecutionResponse:
    """An execution, as of now."""

    workflow_name: str
    """ Name of the workflow. """
    execution_id: str
    """ Id of the execution. """
    root_execution_id: str
    """ The first execution of the parent chain (itself for a root). """
    status: None | str | WorkflowExecutionStatus
    """ The execution's status; values this client does not know are kept as strings. """
    start_time: datetime.datetime
    """ When the execution started. """
    end_time: datetime.datetime | None
    """ When it finished, once it has. """
    result: Any | None
    """ The result, once the execution has completed. """
    workflow_id: None | Unset | UUID = UNSET
    """ Id of the workflow. """
    deployment_name: None | str | Unset = UNSET
    """ Deployment that ran the execution. """
    parent_execution_id: None | str | Unset = UNSET
    """ The execution that started this one, for a child execution. """
    run_id: None | str | Unset = UNSET
    """ Id of the current run (changes on reset and continue-as-new). """
    user_id: None | str | Unset = UNSET
    """ Who started the execution. """
    total_duration_ms: int | None | Unset = UNSET
    """ Total duration of the trace, in milliseconds. """
    search_keys: None | Unset | WorkflowExecutionResponseSearchKeysType0 = UNSET
    """ The execution's search keys (its searchable metadata), when asked for with `include_search_keys`. Not in the
    public contract: the official SDK 3.7 reads it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_name = self.workflow_name

        execution_id = self.execution_id

        root_execution_id = self.root_execution_id

        status: None | str
        if isinstance(self.status, WorkflowExecutionStatus):
            status = self.status.value
        else:
            status = self.status

        start_time = self.start_time.isoformat()

        end_time: None | str
        if isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat()
        else:
            end_time = self.end_time

        result: Any | None
        result = self.result

        workflow_id: None | str | Unset
        if isinstance(self.workflow_id, Unset):
            workflow_id = UNSET
        elif isinstance(self.workflow_id, UUID):
            workflow_id = str(self.workflow_id)
        else:
            workflow_id = self.workflow_id

        deployment_name: None | str | Unset
        if isinstance(self.deployment_name, Unset):
            deployment_name = UNSET
        else:
            deployment_name = self.deployment_name

        parent_execution_id: None | str | Unset
        if isinstance(self.parent_execution_id, Unset):
            parent_execution_id = UNSET
        else:
            parent_execution_id = self.parent_execution_id

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        total_duration_ms: int | None | Unset
        if isinstance(self.total_duration_ms, Unset):
            total_duration_ms = UNSET
        else:
            total_duration_ms = self.total_duration_ms

        search_keys: dict[str, Any] | None | Unset
        if isinstance(self.search_keys, Unset):
            search_keys = UNSET
        elif isinstance(self.search_keys, WorkflowExecutionResponseSearchKeysType0):
            search_keys = self.search_keys.to_dict()
        else:
            search_keys = self.search_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_name": workflow_name,
                "execution_id": execution_id,
                "root_execution_id": root_execution_id,
                "status": status,
                "start_time": start_time,
                "end_time": end_time,
                "result": result,
            }
        )
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if deployment_name is not UNSET:
            field_dict["deployment_name"] = deployment_name
        if parent_execution_id is not UNSET:
            field_dict["parent_execution_id"] = parent_execution_id
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if total_duration_ms is not UNSET:
            field_dict["total_duration_ms"] = total_duration_ms
        if search_keys is not UNSET:
            field_dict["search_keys"] = search_keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        workflow_name = d["workflow_name"]

        execution_id = d["execution_id"]

        root_execution_id = d["root_execution_id"]

        _status = d["status"]
        status = (
            _STATUS_VALUES.get(_status, _status)
            if isinstance(_status, str)
            else _status
        )

        start_time = datetime.datetime.fromisoformat(d["start_time"])

        end_time = _parse_end_time(d["end_time"])

        result = d["result"]

        workflow_id = _parse_workflow_id(d.get("workflow_id", UNSET))

        deployment_name = d.get("deployment_name", UNSET)

        parent_execution_id = d.get("parent_execution_id", UNSET)

        run_id = d.get("run_id", UNSET)

        user_id = d.get("user_id", UNSET)

        total_duration_ms = d.get("total_duration_ms", UNSET)

        search_keys = _parse_search_keys(d.get("search_keys", UNSET))

        workflow_execution_response = cls.__new__(cls)
        workflow_execution_response.workflow_name = workflow_name
        workflow_execution_response.execution_id = execution_id
        workflow_execution_response.root_execution_id = root_execution_id
        workflow_execution_response.status = status
        workflow_execution_response.start_time = start_time
        workflow_execution_response.end_time = end_time
        workflow_execution_response.result = result
        workflow_execution_response.workflow_id = workflow_id
        workflow_execution_response.deployment_name = deployment_name
        workflow_execution_response.parent_execution_id = parent_execution_id
        workflow_execution_response.run_id = run_id
        workflow_execution_response.user_id = user_id
        workflow_execution_response.total_duration_ms = total_duration_ms
        workflow_execution_response.search_keys = search_keys
        if len(d) == 7 + (workflow_id is not UNSET) + (deployment_name is not UNSET) + (
            parent_execution_id is not UNSET
        ) + (run_id is not UNSET) + (user_id is not UNSET) + (
            total_duration_ms is not UNSET
        ) + (search_keys is not UNSET):
            workflow_execution_response.additional_properties = {}
        else:
            workflow_execution_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "workflow_name",
                    "execution_id",
                    "root_execution_id",
                    "status",
                    "start_time",
                    "end_time",
                    "result",
                    "workflow_id",
                    "deployment_name",
                    "parent_execution_id",
                    "run_id",
                    "user_id",
                    "total_duration_ms",
                    "search_keys",
                }
            }

        return workflow_execution_response

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


from ..models.workflow_execution_response_search_keys_type_0 import (
    WorkflowExecutionResponseSearchKeysType0,
)

_uuid = lru_cache(maxsize=1024)(UUID)


_STATUS_VALUES: dict[str, WorkflowExecutionStatus] = {
    member.value: member for member in WorkflowExecutionStatus
}


def _parse_end_time(data: object) -> datetime.datetime | None:
    if isinstance(data, str):
        try:
            end_time_type_0 = datetime.datetime.fromisoformat(data)

            return end_time_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None", data)


def _parse_workflow_id(data: object) -> None | Unset | UUID:
    if isinstance(data, str):
        try:
            workflow_id_type_0 = _uuid(data)

            return workflow_id_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("None | Unset | UUID", data)


def _parse_search_keys(
    data: object,
) -> None | Unset | WorkflowExecutionResponseSearchKeysType0:
    if isinstance(data, dict):
        try:
            return WorkflowExecutionResponseSearchKeysType0.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("None | Unset | WorkflowExecutionResponseSearchKeysType0", data)
