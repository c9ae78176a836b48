from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GitCommitMetadata")


@_attrs_define
class GitCommitMetadata:
    """The commit a managed deployment was built from."""

    sha: str
    message: None | str | Unset = UNSET
    author: GitCommitAuthor | None | Unset = UNSET
    html_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sha = self.sha

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        author: dict[str, Any] | None | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        elif isinstance(self.author, GitCommitAuthor):
            author = self.author.to_dict()
        else:
            author = self.author

        html_url: None | str | Unset
        if isinstance(self.html_url, Unset):
            html_url = UNSET
        else:
            html_url = self.html_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sha": sha,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if author is not UNSET:
            field_dict["author"] = author
        if html_url is not UNSET:
            field_dict["html_url"] = html_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        sha = d["sha"]

        message = d.get("message", UNSET)

        author = _parse_author(d.get("author", UNSET))

        html_url = d.get("html_url", UNSET)

        git_commit_metadata = cls.__new__(cls)
        git_commit_metadata.sha = sha
        git_commit_metadata.message = message
        git_commit_metadata.author = author
        git_commit_metadata.html_url = html_url
        if len(d) == 1 + (message is not UNSET) + (author is not UNSET) + (
            html_url is not UNSET
        ):
            git_commit_metadata.additional_properties = {}
        else:
            git_commit_metadata.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "sha",
                    "message",
                    "author",
                    "html_url",
                }
            }

        return git_commit_metadata

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


from ..models.git_commit_author import GitCommitAuthor


def _parse_author(data: object) -> GitCommitAuthor | None | Unset:
    if isinstance(data, dict):
        try:
            return GitCommitAuthor.from_dict(data)
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("GitCommitAuthor | None | Unset", data)
