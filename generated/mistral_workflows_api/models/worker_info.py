from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkerInfo")


@_attrs_define
class WorkerInfo:
    """The caller's worker settings (from `GET /v1/workflows/workers/whoami`)."""

    scheduler_url: str
    """ Where workers connect. """
    namespace: str
    """ The namespace the caller's workflows run in. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scheduler_url = self.scheduler_url

        namespace = self.namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scheduler_url": scheduler_url,
                "namespace": namespace,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        scheduler_url = d["scheduler_url"]

        namespace = d["namespace"]

        worker_info = cls.__new__(cls)
        worker_info.scheduler_url = scheduler_url
        worker_info.namespace = namespace
        if len(d) == 2:
            worker_info.additional_properties = {}
        else:
            worker_info.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "scheduler_url",
                    "namespace",
                }
            }

        return worker_info

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
