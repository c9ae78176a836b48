"""Parsing and validation of request bodies and parameters, as in openapi.yaml.

Unknown body fields and query parameters are ignored (the real API is tolerant); a value of
the wrong type or out of range raises `Invalid`, answered as a 422 HTTPValidationError.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TypeVar

from ._engine import Invalid

MAX_BODY_BYTES = 4 * 1024 * 1024
MAX_EXECUTION_ID_LENGTH = 256
MAX_WAIT_SECONDS = 1e9
_TRUE = frozenset({"true", "1", "yes", "on"})
_FALSE = frozenset({"false", "0", "no", "off"})

T = TypeVar("T")


def parse_json_object(raw: bytes) -> dict[str, Any]:
    if len(raw) > MAX_BODY_BYTES:
        raise Invalid(("body",), f"the body is larger than {MAX_BODY_BYTES} bytes", None, "too_long")
    if not raw.strip():
        raise Invalid(("body",), "Field required", None, "missing")
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError) as error:
        raise Invalid(("body",), f"JSON decode error: {error}", None, "json_invalid") from None
    if not isinstance(body, dict):
        raise Invalid(("body",), "Input should be a valid dictionary", body, "dict_type")
    if b"\\u" in raw and _SURROGATE_ESCAPE.search(raw):
        # Only a \uD800-\uDFFF escape can make text that is not valid Unicode: check then.
        try:
            json.dumps(body, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise Invalid(("body",), _NOT_UNICODE, None, "string_unicode") from None
    return body


_NOT_UNICODE = "Input should be valid Unicode text (no lone surrogates)"
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


_TYPE_NAMES: dict[type, str] = {
    str: "string",
    bool: "boolean",
    int: "integer",
    dict: "dictionary",
    list: "list",
}


def _field(
    body: Mapping[str, Any], key: str, kind: type[T], *, nullable: bool, default: T | None
) -> T | None:
    value = body.get(key)
    if value is None:
        if key in body and not nullable:
            raise _wrong_type(key, kind, None)
        return default
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _wrong_type(key, kind, value)
    if isinstance(value, str):
        check_encodable(value, ("body", key))
    return value


def check_encodable(text: str, loc: Sequence[str | int]) -> str:
    """Refuse text that is not valid Unicode (a lone surrogate, from a JSON escape): it could
    not be stored, logged or sent back. Nothing is created from such a request."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise Invalid(
            loc, "Input should be valid Unicode text (no lone surrogates)", None, "string_unicode"
        ) from None
    return text


def _wrong_type(key: str, kind: type, value: Any) -> Invalid:
    name = _TYPE_NAMES.get(kind, kind.__name__)
    return Invalid(("body", key), f"Input should be a valid {name}", value, f"{kind.__name__}_type")


def _number(body: Mapping[str, Any], key: str) -> float | None:
    value = body.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise Invalid(("body", key), "Input should be a valid number", value, "float_type")
    # The contract sets no minimum: a negative wait is no wait, as with asyncio's timeouts.
    return min(max(float(value), 0.0), MAX_WAIT_SECONDS)


@dataclass(frozen=True, slots=True)
class ExecuteRequest:
    execution_id: str | None
    input: dict[str, Any]
    wait_for_result: bool
    timeout_seconds: float | None
    deployment_name: str | None


def parse_execute(body: Mapping[str, Any]) -> ExecuteRequest:
    # The contract sets no minimum length: an empty id is taken as none, and the server makes one.
    execution_id = _field(body, "execution_id", str, nullable=True, default=None) or None
    if execution_id is not None and len(execution_id) > MAX_EXECUTION_ID_LENGTH:
        raise Invalid(
            ("body", "execution_id"),
            f"String should have at most {MAX_EXECUTION_ID_LENGTH} characters",
            execution_id,
            "string_too_long",
        )
    input = _field(body, "input", dict, nullable=True, default=None) or {}
    # What the official SDK sends instead of `input` with payload encoding on: decoded here when
    # plain base64 JSON, else relayed to the workers (the engine's codec) as it came.
    encoded = _field(body, "encoded_input", dict, nullable=True, default=None)
    if encoded:
        decoded = _encoded_input(encoded)
        input = encoded if decoded is None else decoded
    wait_for_result = _field(body, "wait_for_result", bool, nullable=False, default=False)
    attributes = _field(body, "custom_tracing_attributes", dict, nullable=True, default=None)
    for key, value in (attributes or {}).items():
        if not isinstance(value, str):
            raise Invalid(
                ("body", "custom_tracing_attributes", key),
                "Input should be a valid string",
                value,
                "string_type",
            )
    _field(body, "force_new_trace", bool, nullable=False, default=False)
    _field(body, "extensions", dict, nullable=True, default=None)
    _field(body, "task_queue", str, nullable=True, default=None)
    return ExecuteRequest(
        execution_id=execution_id,
        input=input,
        wait_for_result=bool(wait_for_result),
        timeout_seconds=_number(body, "timeout_seconds"),
        deployment_name=_field(body, "deployment_name", str, nullable=True, default=None),
    )


@dataclass(frozen=True, slots=True)
class Invocation:
    """A signal, query or update: its name and its (decoded) input."""

    name: str
    input: dict[str, Any]


def _encoded_input(value: Mapping[str, Any]) -> dict[str, Any] | None:
    """The decoded NetworkEncodedInput, or None when `value` is not one the emulator can read.

    The server relays inputs to the workers without reading them, so an input the built-in
    workflows cannot decode (encrypted, compressed or offloaded, or not base64 JSON) is not
    refused: it reaches the workflow as it was sent, as with a real worker that has no codec.
    """
    payload = value.get("b64payload")
    options = value.get("encoding_options", [])
    empty = value.get("empty", False)
    if not (isinstance(payload, str) and options == [] and isinstance(empty, bool)):
        return None
    if empty:
        return {}
    try:
        decoded = json.loads(base64.b64decode(payload, validate=True))
    except (binascii.Error, ValueError, RecursionError):
        return None
    return decoded if isinstance(decoded, dict) else None


def parse_invocation(body: Mapping[str, Any]) -> Invocation:
    name = _field(body, "name", str, nullable=False, default=None)
    if name is None:
        raise Invalid(("body", "name"), "Field required", None, "missing")
    value = _field(body, "input", dict, nullable=True, default=None) or {}
    decoded = _encoded_input(value)
    return Invocation(name=name, input=value if decoded is None else decoded)


@dataclass(frozen=True, slots=True)
class ResetRequest:
    event_id: int
    exclude_signals: bool
    exclude_updates: bool


def parse_reset(body: Mapping[str, Any]) -> ResetRequest:
    event_id = _field(body, "event_id", int, nullable=False, default=None)
    if event_id is None:
        raise Invalid(("body", "event_id"), "Field required", None, "missing")
    _field(body, "reason", str, nullable=True, default=None)
    return ResetRequest(
        event_id=event_id,
        exclude_signals=bool(_field(body, "exclude_signals", bool, nullable=False, default=False)),
        exclude_updates=bool(_field(body, "exclude_updates", bool, nullable=False, default=False)),
    )


def parse_batch(body: Mapping[str, Any], cap: int) -> list[str]:
    ids = _field(body, "execution_ids", list, nullable=False, default=None)
    if ids is None:
        raise Invalid(("body", "execution_ids"), "Field required", None, "missing")
    if not ids:
        raise Invalid(("body", "execution_ids"), "List should have at least 1 item", ids, "too_short")
    if len(ids) > cap:
        raise Invalid(
            ("body", "execution_ids"),
            f"List should have at most {cap} items, not {len(ids)}",
            None,
            "too_long",
        )
    for index, item in enumerate(ids):
        if not isinstance(item, str):
            raise Invalid(
                ("body", "execution_ids", index), "Input should be a valid string", item, "string_type"
            )
        check_encodable(item, ("body", "execution_ids", index))
    return list(dict.fromkeys(ids))


# ----- query parameters and headers ------------------------------------------------------


def query_bool(params: Mapping[str, str], key: str) -> bool:
    raw = params.get(key)
    if raw is None:
        return False
    if raw.lower() in _TRUE:
        return True
    if raw.lower() in _FALSE:
        return False
    raise Invalid(("query", key), "Input should be a valid boolean", raw, "bool_parsing")


def query_optional_bool(params: Mapping[str, str], key: str) -> bool | None:
    """A boolean parameter whose absence (or an empty value) means "either"."""
    if not params.get(key):
        return None
    return query_bool(params, key)


def query_int(params: Mapping[str, str], key: str, default: int, low: int, high: int) -> int:
    raw = params.get(key)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise Invalid(("query", key), "Input should be a valid integer", raw, "int_parsing") from None
    if not low <= value <= high:
        raise Invalid(("query", key), f"Input should be between {low} and {high}", raw, "less_than_equal")
    return value


def query_choice(params: Mapping[str, str], key: str, choices: tuple[str, ...]) -> str | None:
    raw = params.get(key)
    if raw is not None and raw not in choices:
        raise Invalid(("query", key), f"Input should be one of {', '.join(choices)}", raw, "enum")
    return raw


def query_datetime(params: Mapping[str, str], key: str) -> int | None:
    """The instant as nanoseconds since the epoch (a naive value is taken as UTC)."""
    raw = params.get(key)
    if raw is None:
        return None
    try:
        moment = datetime.fromisoformat(raw.replace(" ", "+"))
    except ValueError:
        raise Invalid(("query", key), "Input should be a valid datetime", raw, "datetime_parsing") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    delta = moment - datetime(1970, 1, 1, tzinfo=UTC)
    return (delta.days * 86_400 + delta.seconds) * 1_000_000_000 + delta.microseconds * 1000


def query_uuid(params: Mapping[str, str], key: str) -> str | None:
    raw = params.get(key)
    if raw is None:
        return None
    try:
        return str(uuid.UUID(raw))
    except ValueError:
        raise Invalid(("query", key), "Input should be a valid UUID", raw, "uuid_parsing") from None


def decimal(raw: str | None, loc: tuple[str, str]) -> int | None:
    """A non-negative decimal id (None or "" when absent)."""
    if raw is None or raw == "":
        return None
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 30:
        raise Invalid(loc, "Input should be a decimal event id", raw, "string_pattern_mismatch")
    return int(raw)


def last_event_id(headers: Mapping[str, str], params: Mapping[str, str]) -> int | None:
    """Where a stream resumes: the Last-Event-ID header wins over the query parameter."""
    header = headers.get("last-event-id")
    if header is not None and header != "":
        return decimal(header, ("header", "Last-Event-ID"))
    return decimal(params.get("last_event_id"), ("query", "last_event_id"))
