"""Contains some shared types for properties"""

import json
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


#: msgspec's decoder is loaded once the process has parsed this many bodies, or one this large:
#: a program that makes a call or two never pays for importing it (about 7 ms).
FAST_JSON_AFTER_BODIES = 16
FAST_JSON_FROM_BYTES = 16 * 1024


#: What msgspec's decoder reads: `json.loads` takes no other buffer (a `memoryview`, say).
_FAST_JSON_TYPES = (bytes, str, bytearray)

_fast_decode: Callable[[bytes | str], Any] | None = None
#: What msgspec raises where `fallback` is to have its say (set once msgspec is loaded):
#: a `str` holding a lone surrogate fails its encoding to UTF-8 (`json.loads` reads it), and
#: too deep a nesting is a `RecursionError` worded otherwise than `json.loads`'s.
_fast_decode_errors: tuple[type[Exception], ...] = ()
_fast_unavailable = False
_bodies_parsed = 0


def json_loads(
    content: bytes | str, fallback: Callable[[Any], Any] = json.loads
) -> Any:
    """A JSON body as Python values: what `fallback` (`json.loads`) returns, or raises, for it.

    msgspec's decoder reads UTF-8 JSON about twice as fast as `json.loads` and returns the same
    values (integers of any size stay exact); what it refuses (NaN and Infinity, numbers beyond
    a double, lone surrogates, other encodings, malformed JSON, too deep a nesting) goes to
    `fallback`, and so does any input but `bytes`, `bytearray` and `str`: both the values and
    the errors are `fallback`'s. Without msgspec (it needs CPython), `fallback` reads everything.
    """
    if not isinstance(content, _FAST_JSON_TYPES):
        return fallback(content)
    decode = _fast_decode
    if decode is None and not _fast_unavailable:
        decode = _warm_up(len(content))
    if decode is not None:
        try:
            return decode(content)
        except _fast_decode_errors:
            pass
    return fallback(content)


def _warm_up(size: int) -> Callable[[bytes | str], Any] | None:
    """msgspec's decoder once it is worth importing (see FAST_JSON_*), else None."""
    global _fast_decode, _fast_decode_errors, _fast_unavailable, _bodies_parsed
    _bodies_parsed += 1
    if _bodies_parsed < FAST_JSON_AFTER_BODIES and size < FAST_JSON_FROM_BYTES:
        return None
    try:
        import msgspec
    except ImportError:
        _fast_unavailable = True
        return None
    decode = msgspec.json.Decoder().decode
    try:
        # msgspec before 0.19 read 2**64 + 10**18 + 1 .. 19999999999999999999 wrong.
        reads_right = decode(b"19999999999999999999") == 19999999999999999999
    except ValueError:
        reads_right = False
    if not reads_right:
        _fast_unavailable = True
        return None
    _fast_decode_errors = (msgspec.DecodeError, UnicodeEncodeError, RecursionError)
    _fast_decode = decode
    return decode


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "json_loads",
]
