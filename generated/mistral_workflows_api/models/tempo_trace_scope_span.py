from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TempoTraceScopeSpan")


@_attrs_define
class TempoTraceScopeSpan:
    scope: TempoTraceScope
    spans: list[TempoTraceSpan] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scope = self.scope.to_dict()

        spans: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.spans, Unset):
            spans = []
            for spans_item_data in self.spans:
                spans_item = spans_item_data.to_dict()
                spans.append(spans_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scope": scope,
            }
        )
        if spans is not UNSET:
            field_dict["spans"] = spans

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        scope = TempoTraceScope.from_dict(d["scope"])

        _spans = d.get("spans", UNSET)
        spans: list[TempoTraceSpan] | Unset = (
            UNSET
            if isinstance(_spans, Unset)
            else [
                TempoTraceSpan.from_dict(spans_item_data) for spans_item_data in _spans
            ]
        )

        tempo_trace_scope_span = cls.__new__(cls)
        tempo_trace_scope_span.scope = scope
        tempo_trace_scope_span.spans = spans
        if len(d) == 1 + (spans is not UNSET):
            tempo_trace_scope_span.additional_properties = {}
        else:
            tempo_trace_scope_span.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "scope",
                    "spans",
                }
            }

        return tempo_trace_scope_span

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


from ..models.tempo_trace_scope import TempoTraceScope
from ..models.tempo_trace_span import TempoTraceSpan
