from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowBulkError")


@_attrs_define
class WorkflowBulkError:
    """A workflow a bulk call could not change, and why."""

    workflow_id: UUID
    """ The id as requested. """
    message: str
    """ Why it failed. """
    workflow: None | Unset | Workflow = UNSET
    """ The workflow, when it exists. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_id = str(self.workflow_id)

        message = self.message

        workflow: dict[str, Any] | None | Unset
        if isinstance(self.workflow, Unset):
            workflow = UNSET
        elif isinstance(self.workflow, Workflow):
            workflow = self.workflow.to_dict()
        else:
            workflow = self.workflow

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "message": message,
            }
        )
        if workflow is not UNSET:
            field_dict["workflow"] = workflow

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        workflow_id = _uuid(d["workflow_id"])

        message = d["message"]

        workflow = _parse_workflow(d.get("workflow", UNSET))

        workflow_bulk_error = cls.__new__(cls)
        workflow_bulk_error.workflow_id = workflow_id
        workflow_bulk_error.message = message
        workflow_bulk_error.workflow = workflow
        if len(d) == 2 + (workflow is not UNSET):
            workflow_bulk_error.additional_properties = {}
        else:
            workflow_bulk_error.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "workflow_id",
                    "message",
                    "workflow",
                }
            }

        return workflow_bulk_error

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


from ..models.workflow import Workflow

_uuid = lru_cache(maxsize=1024)(UUID)


def _parse_workflow(data: object) -> None | Unset | Workflow:
    if isinstance(data, dict):
        try:
            return Workflow.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("None | Unset | Workflow", data)
