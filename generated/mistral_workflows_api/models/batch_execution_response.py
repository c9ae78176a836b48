from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.batch_execution_response_results import BatchExecutionResponseResults


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
        from ..models.batch_execution_response_results import (
            BatchExecutionResponseResults,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _results = d.pop("results", UNSET)
        results: BatchExecutionResponseResults | Unset
        if isinstance(_results, Unset):
            results = UNSET
        else:
            results = BatchExecutionResponseResults.from_dict(_results)

        batch_execution_response = cls(
            results=results,
        )

        batch_execution_response.additional_properties = d
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
