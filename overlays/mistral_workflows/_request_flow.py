"""One API call as a flow (no I/O here): build the request with the generated code, send it
with retries, turn error statuses into exceptions, parse success bodies with the generated code."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Mapping
from typing import Any

import httpx

from . import _retry
from ._config import ERROR_BODY_EXCERPT, REQUEST_ID_HEADERS
from ._context import CallContext
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    ValidationErrorDetail,
)
from ._flow import Flow, Send, Sleep
from ._operations import Operation

logger = logging.getLogger("mistral_workflows")

_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
}


def build_request(op: Operation, ctx: CallContext, args: Mapping[str, Any]) -> dict[str, Any]:
    """The request of ``op`` as the generated ``_get_kwargs`` builds it, plus per-call options."""
    request: dict[str, Any] = op.module._get_kwargs(**args)
    if ctx.foreign_http:
        api = ctx.api
        request["url"] = str(api._base_url) + request["url"]
        request["headers"] = {
            **api._headers,
            api.auth_header_name: f"{api.prefix} {api.token}" if api.prefix else api.token,
            **request.get("headers", {}),
        }
    if ctx.extra_headers:
        request["headers"] = {**request.get("headers", {}), **ctx.extra_headers}
    request["timeout"] = ctx.timeout
    return request


def request_flow(
    op: Operation,
    ctx: CallContext,
    request: dict[str, Any],
    *,
    idempotent: bool | None = None,
    conflict_after_retry: bool = False,
) -> Flow[httpx.Response]:
    """Send ``request`` until it succeeds (2xx) or retrying is no longer allowed.

    Returns the success response; raises the typed error of the last failure.
    ``idempotent`` overrides the operation's own flag for this call. With
    ``conflict_after_retry``, a 409 to a *retry* is returned rather than raised: for a
    create-with-id, it means an earlier attempt did reach the server.
    """
    safe = op.idempotent if idempotent is None else idempotent
    method = str(request["method"]).upper()
    url = str(request["url"])
    retry = 0
    while True:
        started = time.monotonic()
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("request %s %s (attempt %d)", method, url, retry + 1)
        try:
            response: httpx.Response = yield Send(request)
        except httpx.RequestError as exc:
            # Transport errors may be retried; the others (too many redirects, an undecodable
            # body) would only happen again.
            error = _transport_error(exc, method, url, ctx)
            retryable = isinstance(exc, httpx.TransportError) and _retry.is_retryable_transport_error(
                exc, idempotent=safe
            )
            if retry < ctx.max_retries and retryable:
                delay = _retry.backoff_delay(retry)
                logger.debug("%s; retrying in %.2fs", error, delay)
                retry += 1
                yield Sleep(delay)
                continue
            raise error from exc
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug(
                "response %d %s %s (%.1f ms, request id %s)",
                response.status_code,
                method,
                url,
                (time.monotonic() - started) * 1000,
                _request_id(response),
            )
        if response.is_success or (conflict_after_retry and retry > 0 and response.status_code == 409):
            return response
        if safe and retry < ctx.max_retries and _retry.is_retryable_status(response.status_code):
            advised = _retry.retry_after_seconds(response.headers)
            delay = _retry.backoff_delay(retry) if advised is None else advised
            response.read()
            logger.debug("status %d from %s %s; retrying in %.2fs", response.status_code, method, url, delay)
            retry += 1
            yield Sleep(delay)
            continue
        raise status_error(response, ctx)


def parse_response(op: Operation, ctx: CallContext, response: httpx.Response) -> Any:
    """Parse a success response with the generated ``_parse_response``; check its type."""
    try:
        value = op.module._parse_response(client=ctx.api, response=response)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise APIResponseValidationError(
            f"{response.status_code} answer to {response.request.method} {response.request.url} "
            f"does not match the spec: {type(exc).__name__}: {exc}",
            method=response.request.method,
            url=str(response.request.url),
            status_code=response.status_code,
            body=ctx.redact(_excerpt(response)),
        ) from exc
    model = op.success_model()
    if model is not None and not isinstance(value, model):
        raise APIResponseValidationError(
            f"{response.status_code} answer to {response.request.method} {response.request.url} "
            f"parsed as {type(value).__name__}, not {model.__name__}",
            method=response.request.method,
            url=str(response.request.url),
            status_code=response.status_code,
            body=ctx.redact(_excerpt(response)),
        )
    return value


def call_flow(op: Operation, ctx: CallContext, **args: Any) -> Flow[Any]:
    """The whole call: build, send with retries, parse (the operation's success model)."""
    response = yield from request_flow(op, ctx, build_request(op, ctx, args))
    return parse_response(op, ctx, response)


def _excerpt(response: httpx.Response) -> str:
    try:
        text = response.text
    except (httpx.ResponseNotRead, UnicodeDecodeError):
        return ""
    return text[:ERROR_BODY_EXCERPT]


def _request_id(response: httpx.Response) -> str | None:
    for name in REQUEST_ID_HEADERS:
        value: str | None = response.headers.get(name)
        if value:
            return value
    return None


def _transport_error(exc: httpx.RequestError, method: str, url: str, ctx: CallContext) -> APIConnectionError:
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    what = "timed out" if kind is APITimeoutError else "failed"
    message = ctx.redact(f"{method} {url} {what}: {type(exc).__name__}: {exc}")
    return kind(message, method=method, url=url)


def status_error(response: httpx.Response, ctx: CallContext) -> APIStatusError:
    """The typed exception for an error response (any status >= 400, standard or not)."""
    response.read()
    status = response.status_code
    method = response.request.method
    url = str(response.request.url)
    body = ctx.redact(_excerpt(response))
    detail: Any = None
    try:
        payload = json.loads(response.content)
    except ValueError:
        payload = None
    if isinstance(payload, dict):
        detail = _redact_json(payload.get("detail", payload.get("message")), ctx)
    summary = detail if isinstance(detail, str) else body
    request_id = _request_id(response)
    message = ctx.redact(f"{status} from {method} {url}: {summary}".rstrip(": "))
    if request_id:
        message += f" (request id {request_id})"
    common: dict[str, Any] = {
        "status_code": status,
        "method": method,
        "url": url,
        "body": _redact_json(payload, ctx),
        "text": body,
        "request_id": request_id,
        "detail": detail,
        "response": response,
    }
    if status == 422:
        return UnprocessableEntityError(message, errors=_validation_details(detail), **common)
    if status == 429:
        return RateLimitError(message, retry_after=_retry.retry_after_seconds(response.headers), **common)
    if 500 <= status <= 599:
        return InternalServerError(message, **common)
    return _STATUS_ERRORS.get(status, APIStatusError)(message, **common)


def _redact_json(value: Any, ctx: CallContext) -> Any:
    """A JSON value with the API key blanked out of every string in it."""
    if isinstance(value, str):
        return ctx.redact(value)
    if isinstance(value, list):
        return [_redact_json(item, ctx) for item in value]
    if isinstance(value, dict):
        return {key: _redact_json(item, ctx) for key, item in value.items()}
    return value


def _validation_details(detail: Any) -> list[ValidationErrorDetail]:
    details: list[ValidationErrorDetail] = []
    if not isinstance(detail, list):
        return details
    for item in detail:
        if isinstance(item, dict):
            loc = item.get("loc", [])
            details.append(
                ValidationErrorDetail(
                    loc=tuple(x for x in loc if isinstance(x, str | int)) if isinstance(loc, list) else (),
                    msg=str(item.get("msg", "")),
                    type=str(item.get("type", "")),
                )
            )
    return details
