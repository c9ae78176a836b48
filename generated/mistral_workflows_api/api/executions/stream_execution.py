from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_source import EventSource
from ...types import UNSET, Response, Unset, json_loads

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.http_validation_error import HTTPValidationError


def _get_kwargs(
    execution_id: str,
    *,
    event_source: EventSource | None | Unset = UNSET,
    last_event_id_query: None | str | Unset = UNSET,
    last_event_id_header: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(last_event_id_header, Unset):
        headers["Last-Event-ID"] = last_event_id_header

    params: dict[str, Any] = {}

    json_event_source: None | str | Unset
    if isinstance(event_source, Unset):
        json_event_source = UNSET
    elif isinstance(event_source, EventSource):
        json_event_source = event_source.value
    else:
        json_event_source = event_source
    params["event_source"] = json_event_source

    json_last_event_id_query: None | str | Unset
    if isinstance(last_event_id_query, Unset):
        json_last_event_id_query = UNSET
    else:
        json_last_event_id_query = last_event_id_query
    params["last_event_id"] = json_last_event_id_query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/executions/{execution_id}/stream".format(
            execution_id=quote(str(execution_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 401:
        from ...models.error_response import ErrorResponse

        response_401 = ErrorResponse.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 404:
        from ...models.error_response import ErrorResponse

        response_404 = ErrorResponse.from_dict(json_loads(response.content))

        return response_404

    if response.status_code == 422:
        from ...models.http_validation_error import HTTPValidationError

        response_422 = HTTPValidationError.from_dict(json_loads(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | HTTPValidationError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    execution_id: str,
    *,
    client: AuthenticatedClient | Client,
    event_source: EventSource | None | Unset = UNSET,
    last_event_id_query: None | str | Unset = UNSET,
    last_event_id_header: None | str | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | str]:
    """Stream the events of an execution (server-sent events)

     A `text/event-stream` of the execution's events: stored events first,
    then live ones, ending after the execution's terminal event. Each frame
    carries `id:` (the event's broker_sequence) and a JSON
    `StreamEventSsePayload` in `data:`; a server-side failure arrives as an
    `event: error` frame whose data is a `StreamEventSseErrorData`.
    To resume, pass the last id seen as `last_event_id` or as the
    `Last-Event-ID` header (the header wins): the stream restarts strictly
    after it.

    Args:
        execution_id (str):
        event_source (EventSource | None | Unset):
        last_event_id_query (None | str | Unset):
        last_event_id_header (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | str]
    """

    kwargs = _get_kwargs(
        execution_id=execution_id,
        event_source=event_source,
        last_event_id_query=last_event_id_query,
        last_event_id_header=last_event_id_header,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    execution_id: str,
    *,
    client: AuthenticatedClient | Client,
    event_source: EventSource | None | Unset = UNSET,
    last_event_id_query: None | str | Unset = UNSET,
    last_event_id_header: None | str | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | str | None:
    """Stream the events of an execution (server-sent events)

     A `text/event-stream` of the execution's events: stored events first,
    then live ones, ending after the execution's terminal event. Each frame
    carries `id:` (the event's broker_sequence) and a JSON
    `StreamEventSsePayload` in `data:`; a server-side failure arrives as an
    `event: error` frame whose data is a `StreamEventSseErrorData`.
    To resume, pass the last id seen as `last_event_id` or as the
    `Last-Event-ID` header (the header wins): the stream restarts strictly
    after it.

    Args:
        execution_id (str):
        event_source (EventSource | None | Unset):
        last_event_id_query (None | str | Unset):
        last_event_id_header (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | str
    """

    return sync_detailed(
        execution_id=execution_id,
        client=client,
        event_source=event_source,
        last_event_id_query=last_event_id_query,
        last_event_id_header=last_event_id_header,
    ).parsed


async def asyncio_detailed(
    execution_id: str,
    *,
    client: AuthenticatedClient | Client,
    event_source: EventSource | None | Unset = UNSET,
    last_event_id_query: None | str | Unset = UNSET,
    last_event_id_header: None | str | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | str]:
    """Stream the events of an execution (server-sent events)

     A `text/event-stream` of the execution's events: stored events first,
    then live ones, ending after the execution's terminal event. Each frame
    carries `id:` (the event's broker_sequence) and a JSON
    `StreamEventSsePayload` in `data:`; a server-side failure arrives as an
    `event: error` frame whose data is a `StreamEventSseErrorData`.
    To resume, pass the last id seen as `last_event_id` or as the
    `Last-Event-ID` header (the header wins): the stream restarts strictly
    after it.

    Args:
        execution_id (str):
        event_source (EventSource | None | Unset):
        last_event_id_query (None | str | Unset):
        last_event_id_header (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | str]
    """

    kwargs = _get_kwargs(
        execution_id=execution_id,
        event_source=event_source,
        last_event_id_query=last_event_id_query,
        last_event_id_header=last_event_id_header,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    execution_id: str,
    *,
    client: AuthenticatedClient | Client,
    event_source: EventSource | None | Unset = UNSET,
    last_event_id_query: None | str | Unset = UNSET,
    last_event_id_header: None | str | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | str | None:
    """Stream the events of an execution (server-sent events)

     A `text/event-stream` of the execution's events: stored events first,
    then live ones, ending after the execution's terminal event. Each frame
    carries `id:` (the event's broker_sequence) and a JSON
    `StreamEventSsePayload` in `data:`; a server-side failure arrives as an
    `event: error` frame whose data is a `StreamEventSseErrorData`.
    To resume, pass the last id seen as `last_event_id` or as the
    `Last-Event-ID` header (the header wins): the stream restarts strictly
    after it.

    Args:
        execution_id (str):
        event_source (EventSource | None | Unset):
        last_event_id_query (None | str | Unset):
        last_event_id_header (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | str
    """

    return (
        await asyncio_detailed(
            execution_id=execution_id,
            client=client,
            event_source=event_source,
            last_event_id_query=last_event_id_query,
            last_event_id_header=last_event_id_header,
        )
    ).parsed
