from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowMetrics")


@_attrs_define
class WorkflowMetrics:
    """The metrics of one workflow."""

    execution_count: ScalarMetric
    """ One number. """
    success_count: ScalarMetric
    """ One number. """
    error_count: ScalarMetric
    """ One number. """
    average_latency_ms: ScalarMetric
    """ One number. """
    latency_over_time: TimeSeriesMetric
    """ A series of `[timestamp, value]` pairs. """
    retry_rate: ScalarMetric
    """ One number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_count = self.execution_count.to_dict()

        success_count = self.success_count.to_dict()

        error_count = self.error_count.to_dict()

        average_latency_ms = self.average_latency_ms.to_dict()

        latency_over_time = self.latency_over_time.to_dict()

        retry_rate = self.retry_rate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "execution_count": execution_count,
                "success_count": success_count,
                "error_count": error_count,
                "average_latency_ms": average_latency_ms,
                "latency_over_time": latency_over_time,
                "retry_rate": retry_rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        execution_count = ScalarMetric.from_dict(d["execution_count"])

        success_count = ScalarMetric.from_dict(d["success_count"])

        error_count = ScalarMetric.from_dict(d["error_count"])

        average_latency_ms = ScalarMetric.from_dict(d["average_latency_ms"])

        latency_over_time = TimeSeriesMetric.from_dict(d["latency_over_time"])

        retry_rate = ScalarMetric.from_dict(d["retry_rate"])

        workflow_metrics = cls.__new__(cls)
        workflow_metrics.execution_count = execution_count
        workflow_metrics.success_count = success_count
        workflow_metrics.error_count = error_count
        workflow_metrics.average_latency_ms = average_latency_ms
        workflow_metrics.latency_over_time = latency_over_time
        workflow_metrics.retry_rate = retry_rate
        if len(d) == 6:
            workflow_metrics.additional_properties = {}
        else:
            workflow_metrics.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "execution_count",
                    "success_count",
                    "error_count",
                    "average_latency_ms",
                    "latency_over_time",
                    "retry_rate",
                }
            }

        return workflow_metrics

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


from ..models.scalar_metric import ScalarMetric
from ..models.time_series_metric import TimeSeriesMetric
