from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeploymentLogRecord")


@_attrs_define
class DeploymentLogRecord:
    """One log line written by a worker of a deployment."""

    timestamp: datetime.datetime
    trace_id: str
    span_id: str
    severity_text: str
    """ Level name: DEBUG, INFO, WARNING, ERROR... """
    body: str
    log_attributes: DeploymentLogRecordLogAttributes
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
        d = src_dict
        timestamp = datetime.datetime.fromisoformat(d["timestamp"])

        trace_id = d["trace_id"]

        span_id = d["span_id"]

        severity_text = d["severity_text"]

        body = d["body"]

        log_attributes = DeploymentLogRecordLogAttributes.from_dict(d["log_attributes"])

        deployment_log_record = cls.__new__(cls)
        deployment_log_record.timestamp = timestamp
        deployment_log_record.trace_id = trace_id
        deployment_log_record.span_id = span_id
        deployment_log_record.severity_text = severity_text
        deployment_log_record.body = body
        deployment_log_record.log_attributes = log_attributes
        if len(d) == 6:
            deployment_log_record.additional_properties = {}
        else:
            deployment_log_record.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "timestamp",
                    "trace_id",
                    "span_id",
                    "severity_text",
                    "body",
                    "log_attributes",
                }
            }

        return deployment_log_record

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


from ..models.deployment_log_record_log_attributes import (
    DeploymentLogRecordLogAttributes,
)
