from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BatchExecutionResponse")


@_attrs_define
class BatchExecutionResponse:
    """Results of a batch call, keyed by execution id."""

    results: BatchExecutionResponseResults | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = self.results.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _results = d.get("results", UNSET)
        results: BatchExecutionResponseResults | Unset = (
            UNSET
            if isinstance(_results, Unset)
            else BatchExecutionResponseResults.from_dict(_results)
        )

        batch_execution_response = cls.__new__(cls)
        batch_execution_response.results = results
        if len(d) == 0 + (results is not UNSET):
            batch_execution_response.additional_properties = {}
        else:
            batch_execution_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "results",
                }
            }

        return batch_execution_response

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


from ..models.batch_execution_response_results import BatchExecutionResponseResults
