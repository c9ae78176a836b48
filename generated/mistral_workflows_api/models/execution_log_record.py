from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.execution_log_record_log_attributes import (
        ExecutionLogRecordLogAttributes,
    )


T = TypeVar("T", bound="ExecutionLogRecord")


@_attrs_define
class ExecutionLogRecord:
    """One log line written while the execution ran."""

    timestamp: datetime.datetime
    trace_id: str
    span_id: str
    severity_text: str
    """ Level name: DEBUG, INFO, WARNING, ERROR... """
    body: str
    log_attributes: ExecutionLogRecordLogAttributes
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp.isoformat()

        trace_id = self.trace_id

        span_id = self.span_id

        severity_text = self.severity_text

        body = self.body

        log_attributes = self.log_attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timestamp": timestamp,
                "trace_id": trace_id,
                "span_id": span_id,
                "severity_text": severity_text,
                "body": body,
                "log_attributes": log_attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.execution_log_record_log_attributes import (
            ExecutionLogRecordLogAttributes,  # noqa: PLC0415
        )

        d = dict(src_dict)
        timestamp = datetime.datetime.fromisoformat(d.pop("timestamp"))

        trace_id = d.pop("trace_id")

        span_id = d.pop("span_id")

        severity_text = d.pop("severity_text")

        body = d.pop("body")

        log_attributes = ExecutionLogRecordLogAttributes.from_dict(
            d.pop("log_attributes")
        )

        execution_log_record = cls(
            timestamp=timestamp,
            trace_id=trace_id,
            span_id=span_id,
            severity_text=severity_text,
            body=body,
            log_attributes=log_attributes,
        )

        execution_log_record.additional_properties = d
        return execution_log_record

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
