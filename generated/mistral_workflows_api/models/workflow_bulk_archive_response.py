from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowBulkArchiveResponse")


@_attrs_define
class WorkflowBulkArchiveResponse:
    """The outcome of a bulk archive."""

    archived: list[Workflow]
    """ The workflows now archived (including those that already were). """
    errored: list[WorkflowBulkError] | Unset = UNSET
    """ The ids that failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archived = []
        for archived_item_data in self.archived:
            archived_item = archived_item_data.to_dict()
            archived.append(archived_item)

        errored: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errored, Unset):
            errored = []
            for errored_item_data in self.errored:
                errored_item = errored_item_data.to_dict()
                errored.append(errored_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "archived": archived,
            }
        )
        if errored is not UNSET:
            field_dict["errored"] = errored

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        archived = [
            Workflow.from_dict(archived_item_data)
            for archived_item_data in d["archived"]
        ]

        _errored = d.get("errored", UNSET)
        errored: list[WorkflowBulkError] | Unset = (
            UNSET
            if isinstance(_errored, Unset)
            else [
                WorkflowBulkError.from_dict(errored_item_data)
                for errored_item_data in _errored
            ]
        )

        workflow_bulk_archive_response = cls.__new__(cls)
        workflow_bulk_archive_response.archived = archived
        workflow_bulk_archive_response.errored = errored
        if len(d) == 1 + (errored is not UNSET):
            workflow_bulk_archive_response.additional_properties = {}
        else:
            workflow_bulk_archive_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "archived",
                    "errored",
                }
            }

        return workflow_bulk_archive_response

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
from ..models.workflow_bulk_error import WorkflowBulkError
