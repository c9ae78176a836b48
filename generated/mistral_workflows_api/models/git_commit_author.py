from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GitCommitAuthor")


@_attrs_define
class GitCommitAuthor:
    """Who wrote a commit."""

    name: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    html_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        html_url: None | str | Unset
        if isinstance(self.html_url, Unset):
            html_url = UNSET
        else:
            html_url = self.html_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if username is not UNSET:
            field_dict["username"] = username
        if html_url is not UNSET:
            field_dict["html_url"] = html_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d.get("name", UNSET)

        username = d.get("username", UNSET)

        html_url = d.get("html_url", UNSET)

        git_commit_author = cls.__new__(cls)
        git_commit_author.name = name
        git_commit_author.username = username
        git_commit_author.html_url = html_url
        if len(d) == 0 + (name is not UNSET) + (username is not UNSET) + (
            html_url is not UNSET
        ):
            git_commit_author.additional_properties = {}
        else:
            git_commit_author.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "name",
                    "username",
                    "html_url",
                }
            }

        return git_commit_author

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
