"""Keyset paging shared by the listings (runs, workflows, registrations, schedules, deployments,
workers, deployment logs).

A token holds the sort key of the last item sent and the ordering it was made for, base64url
JSON: items added while a client pages never shift a page nor repeat an item, and a token the
emulator did not issue, or issued for another ordering, is a 422 (at `loc`).
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from ._engine import Invalid

T = TypeVar("T")
Key = tuple[Any, ...]


def encode_token(context: Sequence[Any], key: Key) -> str:
    raw = json.dumps({"for": list(context), "key": list(key)}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_token(
    raw: str | None, context: Sequence[Any], loc: tuple[str, str], kinds: tuple[type, ...]
) -> Key | None:
    """The key in a token issued for this ordering (`context`), its parts of these `kinds`;
    None when there is no token."""
    if raw is None or raw == "":
        return None
    try:
        decoded = json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))
        key = decoded["key"]
        if decoded["for"] != list(context) or not isinstance(key, list) or len(key) != len(kinds):
            raise ValueError
        if not all(type(part) is kind for part, kind in zip(key, kinds, strict=True)):
            raise ValueError
    except (binascii.Error, ValueError, TypeError, KeyError, RecursionError):
        raise Invalid(
            loc,
            f"not a page token of this listing (tokens are opaque; pass back the last answer's "
            f"{loc[1]} with the same filters and ordering)",
            raw,
        ) from None
    return tuple(key)


def keyset_page(
    items: Iterable[T],
    key: Callable[[T], Key],
    *,
    descending: bool,
    after: Key | None,
    limit: int,
) -> tuple[list[T], Key | None]:
    """The items after `after` in this ordering, at most `limit` of them, and the key of the
    last one when more follow (else None)."""
    rows = sorted(items, key=key, reverse=descending)
    if after is not None:
        rows = [row for row in rows if (key(row) < after if descending else key(row) > after)]
    page = rows[:limit]
    return page, (key(page[-1]) if len(rows) > limit else None)
