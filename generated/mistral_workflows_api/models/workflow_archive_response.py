from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowArchiveResponse")


@_attrs_define
class WorkflowArchiveResponse:
    """A workflow, archived."""

    workflow: Workflow
    """ A workflow. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow = self.workflow.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow": workflow,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        workflow = Workflow.from_dict(d["workflow"])

        workflow_archive_response = cls.__new__(cls)
        workflow_archive_response.workflow = workflow
        if len(d) == 1:
            workflow_archive_response.additional_properties = {}
        else:
            workflow_archive_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "workflow",
                }
            }

        return workflow_archive_response

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
