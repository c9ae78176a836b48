from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentArchiveResponse")


@_attrs_define
class DeploymentArchiveResponse:
    """The source archive of a managed deployment (from the official SDK 3.7; not in the public contract)."""

    archive_id: str
    """ The archive the workers are built from. """
    download_url: None | str | Unset = UNSET
    """ A signed URL to download it, valid for at most 24 hours; null once the archive is deleted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        archive_id = self.archive_id

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "archive_id": archive_id,
            }
        )
        if download_url is not UNSET:
            field_dict["download_url"] = download_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        archive_id = d["archive_id"]

        download_url = d.get("download_url", UNSET)

        deployment_archive_response = cls.__new__(cls)
        deployment_archive_response.archive_id = archive_id
        deployment_archive_response.download_url = download_url
        if len(d) == 1 + (download_url is not UNSET):
            deployment_archive_response.additional_properties = {}
        else:
            deployment_archive_response.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "archive_id",
                    "download_url",
                }
            }

        return deployment_archive_response

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
