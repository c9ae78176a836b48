from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentLogSearchResponse")


@_attrs_define
class DeploymentLogSearchResponse:
    """One page of deployment log records."""

    results: list[DeploymentLogRecord]
    next_cursor: None | str | Unset = UNSET
    """ Pass as `cursor` for the next page; null on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        results = [
            DeploymentLogRecord.from_dict(results_item_data)
            for results_item_data in d["results"]
        ]

        next_cursor = d.get("next_cursor", UNSET)

        deployment_log_search_response = cls.__new__(cls)
        deployment_log_search_response.results = results
        deployment_log_search_response.next_cursor = next_cursor
        if len(d) == 1 + (next_cursor is not UNSET):
            deployment_log_search_response.additional_properties = {}
        else:
            deployment_log_search_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "results",
                    "next_cursor",
                }
            }

        return deployment_log_search_response

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


from ..models.deployment_log_record import DeploymentLogRecord
