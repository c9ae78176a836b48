from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TempoTraceBatch")


@_attrs_define
class TempoTraceBatch:
    resource: TempoTraceResource
    scope_spans: list[TempoTraceScopeSpan] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource = self.resource.to_dict()

        scope_spans: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scope_spans, Unset):
            scope_spans = []
            for scope_spans_item_data in self.scope_spans:
                scope_spans_item = scope_spans_item_data.to_dict()
                scope_spans.append(scope_spans_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource": resource,
            }
        )
        if scope_spans is not UNSET:
            field_dict["scopeSpans"] = scope_spans

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        resource = TempoTraceResource.from_dict(d["resource"])

        _scope_spans = d.get("scopeSpans", UNSET)
        scope_spans: list[TempoTraceScopeSpan] | Unset = (
            UNSET
            if isinstance(_scope_spans, Unset)
            else [
                TempoTraceScopeSpan.from_dict(scope_spans_item_data)
                for scope_spans_item_data in _scope_spans
            ]
        )

        tempo_trace_batch = cls.__new__(cls)
        tempo_trace_batch.resource = resource
        tempo_trace_batch.scope_spans = scope_spans
        if len(d) == 1 + (scope_spans is not UNSET):
            tempo_trace_batch.additional_properties = {}
        else:
            tempo_trace_batch.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "resource",
                    "scopeSpans",
                }
            }

        return tempo_trace_batch

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


from ..models.tempo_trace_resource import TempoTraceResource
from ..models.tempo_trace_scope_span import TempoTraceScopeSpan
