from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.execution_log_search_response import ExecutionLogSearchResponse
from ...models.list_execution_logs_order import ListExecutionLogsOrder
from ...types import UNSET, Response, Unset, json_loads

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.http_validation_error import HTTPValidationError


def _get_kwargs(
    execution_id: str,
    *,
    run_id: None | Unset | UUID = UNSET,
    activity_id: None | str | Unset = UNSET,
    after: datetime.datetime | None | Unset = UNSET,
    before: datetime.datetime | None | Unset = UNSET,
    order: ListExecutionLogsOrder | Unset = ListExecutionLogsOrder.ASC,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_run_id: None | str | Unset
    if isinstance(run_id, Unset):
        json_run_id = UNSET
    elif isinstance(run_id, UUID):
        json_run_id = str(run_id)
    else:
        json_run_id = run_id
    params["run_id"] = json_run_id

    json_activity_id: None | str | Unset
    if isinstance(activity_id, Unset):
        json_activity_id = UNSET
    else:
        json_activity_id = activity_id
    params["activity_id"] = json_activity_id

    json_after: None | str | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    elif isinstance(after, datetime.datetime):
        json_after = after.isoformat()
    else:
        json_after = after
    params["after"] = json_after

    json_before: None | str | Unset
    if isinstance(before, Unset):
        json_before = UNSET
    elif isinstance(before, datetime.datetime):
        json_before = before.isoformat()
    else:
        json_before = before
    params["before"] = json_before

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/executions/{execution_id}/logs".format(
            execution_id=quote(str(execution_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ExecutionLogSearchResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = ExecutionLogSearchResponse.from_dict(
            json_loads(response.content)
        )

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
) -> Response[ErrorResponse | ExecutionLogSearchResponse | HTTPValidationError]:
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
    run_id: None | Unset | UUID = UNSET,
    activity_id: None | str | Unset = UNSET,
    after: datetime.datetime | None | Unset = UNSET,
    before: datetime.datetime | None | Unset = UNSET,
    order: ListExecutionLogsOrder | Unset = ListExecutionLogsOrder.ASC,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[ErrorResponse | ExecutionLogSearchResponse | HTTPValidationError]:
    """List the log records of an execution

     One page of log records; pass `next_cursor` back as `cursor` for the next page.

    Args:
        execution_id (str):
        run_id (None | Unset | UUID):
        activity_id (None | str | Unset):
        after (datetime.datetime | None | Unset):
        before (datetime.datetime | None | Unset):
        order (ListExecutionLogsOrder | Unset):  Default: ListExecutionLogsOrder.ASC.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExecutionLogSearchResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        execution_id=execution_id,
        run_id=run_id,
        activity_id=activity_id,
        after=after,
        before=before,
        order=order,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    execution_id: str,
    *,
    client: AuthenticatedClient | Client,
    run_id: None | Unset | UUID = UNSET,
    activity_id: None | str | Unset = UNSET,
    after: datetime.datetime | None | Unset = UNSET,
    before: datetime.datetime | None | Unset = UNSET,
    order: ListExecutionLogsOrder | Unset = ListExecutionLogsOrder.ASC,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> ErrorResponse | ExecutionLogSearchResponse | HTTPValidationError | None:
    """List the log records of an execution

     One page of log records; pass `next_cursor` back as `cursor` for the next page.

    Args:
        execution_id (str):
        run_id (None | Unset | UUID):
        activity_id (None | str | Unset):
        after (datetime.datetime | None | Unset):
        before (datetime.datetime | None | Unset):
        order (ListExecutionLogsOrder | Unset):  Default: ListExecutionLogsOrder.ASC.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExecutionLogSearchResponse | HTTPValidationError
    """

    return sync_detailed(
        execution_id=execution_id,
        client=client,
        run_id=run_id,
        activity_id=activity_id,
        after=after,
        before=before,
        order=order,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    execution_id: str,
    *,
    client: AuthenticatedClient | Client,
    run_id: None | Unset | UUID = UNSET,
    activity_id: None | str | Unset = UNSET,
    after: datetime.datetime | None | Unset = UNSET,
    before: datetime.datetime | None | Unset = UNSET,
    order: ListExecutionLogsOrder | Unset = ListExecutionLogsOrder.ASC,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[ErrorResponse | ExecutionLogSearchResponse | HTTPValidationError]:
    """List the log records of an execution

     One page of log records; pass `next_cursor` back as `cursor` for the next page.

    Args:
        execution_id (str):
        run_id (None | Unset | UUID):
        activity_id (None | str | Unset):
        after (datetime.datetime | None | Unset):
        before (datetime.datetime | None | Unset):
        order (ListExecutionLogsOrder | Unset):  Default: ListExecutionLogsOrder.ASC.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ExecutionLogSearchResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        execution_id=execution_id,
        run_id=run_id,
        activity_id=activity_id,
        after=after,
        before=before,
        order=order,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    execution_id: str,
    *,
    client: AuthenticatedClient | Client,
    run_id: None | Unset | UUID = UNSET,
    activity_id: None | str | Unset = UNSET,
    after: datetime.datetime | None | Unset = UNSET,
    before: datetime.datetime | None | Unset = UNSET,
    order: ListExecutionLogsOrder | Unset = ListExecutionLogsOrder.ASC,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> ErrorResponse | ExecutionLogSearchResponse | HTTPValidationError | None:
    """List the log records of an execution

     One page of log records; pass `next_cursor` back as `cursor` for the next page.

    Args:
        execution_id (str):
        run_id (None | Unset | UUID):
        activity_id (None | str | Unset):
        after (datetime.datetime | None | Unset):
        before (datetime.datetime | None | Unset):
        order (ListExecutionLogsOrder | Unset):  Default: ListExecutionLogsOrder.ASC.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ExecutionLogSearchResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            execution_id=execution_id,
            client=client,
            run_id=run_id,
            activity_id=activity_id,
            after=after,
            before=before,
            order=order,
            cursor=cursor,
            limit=limit,
        )
    ).parsed
