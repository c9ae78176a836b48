from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TempoGetTraceResponse")


@_attrs_define
class TempoGetTraceResponse:
    """A trace in the Tempo-compatible OpenTelemetry layout, whatever the backend."""

    batches: list[TempoTraceBatch] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batches: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.batches, Unset):
            batches = []
            for batches_item_data in self.batches:
                batches_item = batches_item_data.to_dict()
                batches.append(batches_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batches is not UNSET:
            field_dict["batches"] = batches

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _batches = d.get("batches", UNSET)
        batches: list[TempoTraceBatch] | Unset = (
            UNSET
            if isinstance(_batches, Unset)
            else [
                TempoTraceBatch.from_dict(batches_item_data)
                for batches_item_data in _batches
            ]
        )

        tempo_get_trace_response = cls.__new__(cls)
        tempo_get_trace_response.batches = batches
        if len(d) == 0 + (batches is not UNSET):
            tempo_get_trace_response.additional_properties = {}
        else:
            tempo_get_trace_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "batches",
                }
            }

        return tempo_get_trace_response

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


from ..models.tempo_trace_batch import TempoTraceBatch
