"""One API call as a flow (no I/O here): build the request with the generated code, send it
with retries, turn error statuses into exceptions, parse success bodies with the generated code."""

from __future__ import annotations

import contextlib
import functools
import gc
import json
import logging
import time
import traceback
from collections.abc import Iterator, Mapping
from typing import Any, Final

import httpx

from mistral_workflows_api.types import json_loads

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
from ._flow import SEND_ERRORS, Blocking, Flow, Send, Sleep
from ._logging import logger
from ._operations import Operation
from ._payloads import decode_body, encode_body, offloads_input

_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
}


def build_request(op: Operation, ctx: CallContext, args: Mapping[str, Any]) -> dict[str, Any]:
    """The request of ``op`` as the generated ``_get_kwargs`` builds it, plus per-call options.

    A header value holding CR, LF or NUL (``last_event_id=``, say) is refused here with a
    ``ValueError``, before anything is sent: it would smuggle a header of its own."""
    request: dict[str, Any] = op.module._get_kwargs(**args)
    api = ctx.api
    # Always the absolute URL: httpx would merge a relative one with its base_url on every
    # request (a second URL parse), and a caller's client may have no or another base_url.
    request["url"] = api._base_url + request["url"]
    if not request.get("params", True):
        # No query: httpx would still rebuild and re-check the whole URL for an empty one.
        del request["params"]
    if ctx.foreign_http:
        request["headers"] = {
            **api._headers,
            api.auth_header_name: f"{api.prefix} {api.token}" if api.prefix else api.token,
            **request.get("headers", {}),
        }
    if ctx.extra_headers:
        request["headers"] = {**request.get("headers", {}), **ctx.extra_headers}
    for name, value in request.get("headers", {}).items():
        if isinstance(value, str) and ("\r" in value or "\n" in value or "\0" in value):
            argument = " (last_event_id=)" if name.lower() == "last-event-id" else ""
            raise ValueError(f"the {name} header{argument} may not contain CR, LF or NUL")
    request["timeout"] = ctx.timeout
    return request


def requested_url(ctx: CallContext, request: Mapping[str, Any]) -> str:
    """The absolute URL ``request`` goes to, query included: what messages and logs show."""
    url = str(request["url"])
    if "://" not in url:
        url = str(ctx.api._base_url).rstrip("/") + "/" + url.lstrip("/")
    params = request.get("params")
    if params:
        # A URL httpx will not send stays as it stands: the error says so.
        with contextlib.suppress(httpx.InvalidURL, TypeError, ValueError):
            url = str(httpx.URL(url).copy_merge_params(params))
    return url


def _shown(url: str) -> str:
    """``url`` as a message shows it: cut when it is absurdly long."""
    return url if len(url) <= _MAX_SHOWN_URL else url[:_MAX_SHOWN_URL] + "..."


_MAX_SHOWN_URL = 1000


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
    ``idempotent`` overrides the operation's own flag for this call: an idempotent request is
    sent again after a transient failure (a transport error, 408, 429, 5xx); any request is
    sent again when it surely never left (no connection) or the server refused it without
    acting (429, or 503 with ``Retry-After``). With ``conflict_after_retry``, a 409 to a
    *retry* is returned rather than raised, when an earlier attempt may have been carried out:
    for a create-with-id, it may mean that attempt did reach the server.

    The error of a call that is not safe to repeat (the operation is not idempotent) says
    ``outcome_unknown`` when an attempt of it may have been carried out.
    """
    safe = op.idempotent if idempotent is None else idempotent
    method = str(request["method"]).upper()
    url = ""
    retry = 0
    #: An attempt so far may have been carried out by the server.
    acted = False
    while True:
        started = time.monotonic()
        if logger.isEnabledFor(logging.DEBUG):
            url = url or requested_url(ctx, request)
            logger.debug("request %s %s (attempt %d)", method, url, retry + 1)
        try:
            response: httpx.Response = yield Send(request)
        except SEND_ERRORS as exc:
            url = url or requested_url(ctx, request)
            error = transport_error(exc, method, url, ctx)
            acted |= _retry.may_have_acted(exc)
            if retry < ctx.max_retries and _retry.is_retryable_transport_error(exc, idempotent=safe):
                delay = _retry.backoff_delay(retry)
                logger.debug("%s; retrying in %.2fs", error, delay)
                retry += 1
                yield Sleep(delay)
                continue
            error.outcome_unknown = acted and not op.idempotent
            raise error from safe_cause(exc, ctx)
        if logger.isEnabledFor(logging.DEBUG):
            url = url or requested_url(ctx, request)
            logger.debug(
                "response %d %s %s (%.1f ms, request id %s)",
                response.status_code,
                method,
                url,
                (time.monotonic() - started) * 1000,
                ctx.redact(str(_request_id(response))),
            )
        if response.is_success or (conflict_after_retry and acted and response.status_code == 409):
            return response
        status = response.status_code
        refused = _retry.refused_without_acting(response)
        if retry < ctx.max_retries and (refused or (safe and _retry.is_retryable_status(status))):
            acted |= _retry.may_have_acted(response)
            advised = _retry.retry_after_seconds(response.headers)
            delay = _retry.backoff_delay(retry) if advised is None else advised
            response.read()
            logger.debug(
                "status %d from %s %s; retrying in %.2fs",
                status,
                method,
                url or requested_url(ctx, request),
                delay,
            )
            retry += 1
            yield Sleep(delay)
            continue
        acted |= _retry.may_have_acted(response)
        failure = status_error(response, ctx, method=method, url=url or requested_url(ctx, request))
        failure.outcome_unknown = acted and not op.idempotent
        raise failure


#: Answers this large are parsed with the cyclic garbage collector paused (``gc_paused``).
PAUSE_GC_FROM_BYTES: Final = 64 * 1024


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a large answer is parsed.

    Parsing 10,000 trace events makes some 60,000 objects; the collector, run every 700
    allocations, would walk the young ones again and again (a fifth of the parse, measured):
    none of them can be garbage yet, and they hold no cycles. Reference counting still frees
    memory meanwhile. The collector is turned back on only if it was on, so a program that
    turned it off keeps it off."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def parse_response(op: Operation, ctx: CallContext, response: httpx.Response) -> Any:
    """Parse a success response with the generated ``_parse_response``; check its type.

    The request's method and URL, for the message, are worked out only when it fails."""
    try:
        if len(response.content) < PAUSE_GC_FROM_BYTES:
            value = op.module._parse_response(client=ctx.api, response=response)
        else:
            with gc_paused():
                value = op.module._parse_response(client=ctx.api, response=response)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        method = response.request.method
        url = ctx.redact(str(response.request.url))
        raise APIResponseValidationError(
            ctx.redact(
                f"{response.status_code} answer to {method} {url} does not match the spec: "
                f"{type(exc).__name__}: {exc}"
            ),
            method=method,
            url=url,
            status_code=response.status_code,
            body=_excerpt(response, ctx),
        ) from safe_cause(exc, ctx)
    model = op.success_model()
    if model is not None and not isinstance(value, model):
        method = response.request.method
        url = ctx.redact(str(response.request.url))
        raise APIResponseValidationError(
            f"{response.status_code} answer to {method} {url} parsed as {type(value).__name__}, "
            f"not {model.__name__}",
            method=method,
            url=url,
            status_code=response.status_code,
            body=_excerpt(response, ctx),
        )
    return value


def call_flow(op: Operation, ctx: CallContext, **args: Any) -> Flow[Any]:
    """The whole call: build (inputs encoded), send with retries, parse (payloads decoded)."""
    request = build_request(op, ctx, args)
    if ctx.encoding is not None and op.encodes is not None:
        yield from encode_request(op, ctx, request, args.get("execution_id"))
    response = yield from request_flow(op, ctx, request)
    if ctx.encoding is not None and op.decodes is not None:
        response = yield from decode_response(op, ctx, response)
    return parse_response(op, ctx, response)


def namespace_flow(ctx: CallContext) -> Flow[str]:
    """The namespace of encoded payloads: the codec's, else asked of the whoami operation once."""
    encoding = ctx.encoding
    assert encoding is not None
    if encoding.namespace is None:
        from ._operations import GET_WORKER_INFO

        info = yield from call_flow(GET_WORKER_INFO, ctx)
        encoding.namespace = str(info.namespace)
    return encoding.namespace


def encode_request(
    op: Operation, ctx: CallContext, request: dict[str, Any], execution_id: str | None
) -> Flow[None]:
    """Encode the input in ``request``'s JSON body with the client's codec (``op.encodes``).

    An input that may be offloaded needs the namespace (asked once) and runs in a
    ``Blocking`` step: the blob store's I/O must not hold an event loop."""
    encoding = ctx.encoding
    body = request.get("json")
    if encoding is None or op.encodes is None or not isinstance(body, dict):
        return None
    codec = encoding.codec
    if not offloads_input(codec, op.encodes):
        encode_body(op.encodes, codec, body, None, execution_id)
        return None
    namespace = yield from namespace_flow(ctx)
    yield Blocking(functools.partial(encode_body, op.encodes, codec, body, namespace, execution_id))
    return None


def decode_response(op: Operation, ctx: CallContext, response: httpx.Response) -> Flow[httpx.Response]:
    """``response`` with the payloads of its JSON body decoded (``op.decodes``): a new response
    when one was, this one otherwise. With a blob store, decoding is a ``Blocking`` step."""
    encoding = ctx.encoding
    if encoding is None or op.decodes is None or not response.is_success:
        return response
    try:
        body = json_loads(response.content)
    except ValueError:
        return response  # parse_response says what is wrong with it
    work = functools.partial(decode_body, op.decodes, encoding.codec, body)
    changed = (yield Blocking(work)) if encoding.codec.offloads else work()
    if not changed:
        return response
    headers = [
        (name, value)
        for name, value in response.headers.multi_items()
        if name.lower() not in ("content-length", "content-encoding", "transfer-encoding")
    ]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=json.dumps(body).encode(),
        request=response.request,
        extensions=response.extensions,
    )


def _excerpt(response: httpx.Response, ctx: CallContext) -> str:
    """The start of the body, the key blanked out (before cutting: no half key survives)."""
    try:
        text = response.text
    except (httpx.ResponseNotRead, UnicodeDecodeError):
        return ""
    # Blank the key in a window a little longer than the excerpt, so that a key straddling
    # the cut is blanked whole, then cut.
    return ctx.redact(text[: ERROR_BODY_EXCERPT * 8])[:ERROR_BODY_EXCERPT]


def _request_id(response: httpx.Response) -> str | None:
    for name in REQUEST_ID_HEADERS:
        value: str | None = response.headers.get(name)
        if value:
            return value
    return None


def safe_cause(exc: BaseException, ctx: CallContext) -> BaseException | None:
    """``exc``, to chain as a cause, unless its traceback would show the key: then None (the
    error we raise already says what ``exc`` said, redacted)."""
    text = "".join(traceback.format_exception(exc))
    return exc if ctx.redact(text) == text else None


def transport_error(exc: BaseException, method: str, url: str, ctx: CallContext) -> APIConnectionError:
    """The typed error of a request that got no usable answer (any ``httpx`` error raised by
    sending it, ``httpx.InvalidURL`` included): ``APITimeoutError`` for a timeout, else
    ``APIConnectionError``. Its message and attributes never hold the key; chain ``exc`` with
    ``raise error from safe_cause(exc, ctx)``."""
    kind = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    what = "timed out" if kind is APITimeoutError else "failed"
    url = ctx.redact(url)
    message = ctx.redact(f"{method} {_shown(url)} {what}: {type(exc).__name__}: {exc}")
    return kind(message, method=method, url=url)


def status_error(
    response: httpx.Response, ctx: CallContext, *, method: str | None = None, url: str | None = None
) -> APIStatusError:
    """The typed exception for an error response (any status >= 400, standard or not).

    ``method`` and ``url`` are those requested (by default, those of ``response.request``,
    which after a redirect is where it led). Nothing the server sent back reaches the error
    (message, ``body``, ``text``, ``detail``, ``request_id``, ``url``) with the key in it.
    """
    response.read()
    status = response.status_code
    method = method or response.request.method
    url = ctx.redact(url or str(response.request.url))
    body = _excerpt(response, ctx)
    detail: Any = None
    try:
        payload = json_loads(response.content)
    except ValueError:
        payload = None
    if isinstance(payload, dict):
        detail = redact_json(payload.get("detail", payload.get("message")), ctx)
    summary = detail if isinstance(detail, str) else body
    raw_request_id = _request_id(response)
    request_id = None if raw_request_id is None else ctx.redact(raw_request_id)
    message = ctx.redact(f"{status} from {method} {url}: {summary}".rstrip(": "))
    if request_id:
        message += f" (request id {request_id})"
    common: dict[str, Any] = {
        "status_code": status,
        "method": method,
        "url": url,
        "body": redact_json(payload, ctx),
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


def redact_json(value: Any, ctx: CallContext) -> Any:
    """A JSON value with the API key blanked out of every string in it."""
    if isinstance(value, str):
        return ctx.redact(value)
    if isinstance(value, list):
        return [redact_json(item, ctx) for item in value]
    if isinstance(value, dict):
        return {
            ctx.redact(key) if isinstance(key, str) else key: redact_json(item, ctx)
            for key, item in value.items()
        }
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
