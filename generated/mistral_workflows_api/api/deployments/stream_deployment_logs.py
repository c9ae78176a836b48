from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import UNSET, Response, Unset, json_loads

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.http_validation_error import HTTPValidationError


def _get_kwargs(
    name: str,
    *,
    worker_name: None | str | Unset = UNSET,
    workflow_name: None | str | Unset = UNSET,
    after: datetime.datetime | None | Unset = UNSET,
    last_event_id_query: None | str | Unset = UNSET,
    last_event_id_header: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(last_event_id_header, Unset):
        headers["Last-Event-ID"] = last_event_id_header

    params: dict[str, Any] = {}

    json_worker_name: None | str | Unset
    if isinstance(worker_name, Unset):
        json_worker_name = UNSET
    else:
        json_worker_name = worker_name
    params["worker_name"] = json_worker_name

    json_workflow_name: None | str | Unset
    if isinstance(workflow_name, Unset):
        json_workflow_name = UNSET
    else:
        json_workflow_name = workflow_name
    params["workflow_name"] = json_workflow_name

    json_after: None | str | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    elif isinstance(after, datetime.datetime):
        json_after = after.isoformat()
    else:
        json_after = after
    params["after"] = json_after

    json_last_event_id_query: None | str | Unset
    if isinstance(last_event_id_query, Unset):
        json_last_event_id_query = UNSET
    else:
        json_last_event_id_query = last_event_id_query
    params["last_event_id"] = json_last_event_id_query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/deployments/{name}/logs/stream".format(
            name=quote(str(name), safe=""),
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

    if response.status_code == 503:
        from ...models.error_response import ErrorResponse

        response_503 = ErrorResponse.from_dict(json_loads(response.content))

        return response_503

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
    name: str,
    *,
    client: AuthenticatedClient | Client,
    worker_name: None | str | Unset = UNSET,
    workflow_name: None | str | Unset = UNSET,
    after: datetime.datetime | None | Unset = UNSET,
    last_event_id_query: None | str | Unset = UNSET,
    last_event_id_header: None | str | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | str]:
    """Stream the log records of a deployment (server-sent events)

     A `text/event-stream` of `event: log` frames, each with an `id:` and a
    `DeploymentLogRecord` as data. A server-side failure arrives as an
    `event: error` frame whose data is a `StreamError`. Resume with
    `last_event_id` or `Last-Event-ID` (the header wins; either takes
    precedence over `after`); with none of them the stream starts at the
    deployment's start.

    Args:
        name (str):
        worker_name (None | str | Unset):
        workflow_name (None | str | Unset):
        after (datetime.datetime | None | Unset):
        last_event_id_query (None | str | Unset):
        last_event_id_header (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | str]
    """

    kwargs = _get_kwargs(
        name=name,
        worker_name=worker_name,
        workflow_name=workflow_name,
        after=after,
        last_event_id_query=last_event_id_query,
        last_event_id_header=last_event_id_header,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    worker_name: None | str | Unset = UNSET,
    workflow_name: None | str | Unset = UNSET,
    after: datetime.datetime | None | Unset = UNSET,
    last_event_id_query: None | str | Unset = UNSET,
    last_event_id_header: None | str | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | str | None:
    """Stream the log records of a deployment (server-sent events)

     A `text/event-stream` of `event: log` frames, each with an `id:` and a
    `DeploymentLogRecord` as data. A server-side failure arrives as an
    `event: error` frame whose data is a `StreamError`. Resume with
    `last_event_id` or `Last-Event-ID` (the header wins; either takes
    precedence over `after`); with none of them the stream starts at the
    deployment's start.

    Args:
        name (str):
        worker_name (None | str | Unset):
        workflow_name (None | str | Unset):
        after (datetime.datetime | None | Unset):
        last_event_id_query (None | str | Unset):
        last_event_id_header (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | str
    """

    return sync_detailed(
        name=name,
        client=client,
        worker_name=worker_name,
        workflow_name=workflow_name,
        after=after,
        last_event_id_query=last_event_id_query,
        last_event_id_header=last_event_id_header,
    ).parsed


async def asyncio_detailed(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    worker_name: None | str | Unset = UNSET,
    workflow_name: None | str | Unset = UNSET,
    after: datetime.datetime | None | Unset = UNSET,
    last_event_id_query: None | str | Unset = UNSET,
    last_event_id_header: None | str | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | str]:
    """Stream the log records of a deployment (server-sent events)

     A `text/event-stream` of `event: log` frames, each with an `id:` and a
    `DeploymentLogRecord` as data. A server-side failure arrives as an
    `event: error` frame whose data is a `StreamError`. Resume with
    `last_event_id` or `Last-Event-ID` (the header wins; either takes
    precedence over `after`); with none of them the stream starts at the
    deployment's start.

    Args:
        name (str):
        worker_name (None | str | Unset):
        workflow_name (None | str | Unset):
        after (datetime.datetime | None | Unset):
        last_event_id_query (None | str | Unset):
        last_event_id_header (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | str]
    """

    kwargs = _get_kwargs(
        name=name,
        worker_name=worker_name,
        workflow_name=workflow_name,
        after=after,
        last_event_id_query=last_event_id_query,
        last_event_id_header=last_event_id_header,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    name: str,
    *,
    client: AuthenticatedClient | Client,
    worker_name: None | str | Unset = UNSET,
    workflow_name: None | str | Unset = UNSET,
    after: datetime.datetime | None | Unset = UNSET,
    last_event_id_query: None | str | Unset = UNSET,
    last_event_id_header: None | str | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | str | None:
    """Stream the log records of a deployment (server-sent events)

     A `text/event-stream` of `event: log` frames, each with an `id:` and a
    `DeploymentLogRecord` as data. A server-side failure arrives as an
    `event: error` frame whose data is a `StreamError`. Resume with
    `last_event_id` or `Last-Event-ID` (the header wins; either takes
    precedence over `after`); with none of them the stream starts at the
    deployment's start.

    Args:
        name (str):
        worker_name (None | str | Unset):
        workflow_name (None | str | Unset):
        after (datetime.datetime | None | Unset):
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
            name=name,
            client=client,
            worker_name=worker_name,
            workflow_name=workflow_name,
            after=after,
            last_event_id_query=last_event_id_query,
            last_event_id_header=last_event_id_header,
        )
    ).parsed
