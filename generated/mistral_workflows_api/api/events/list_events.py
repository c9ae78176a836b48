from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_workflow_event_response import ListWorkflowEventResponse
from ...types import UNSET, Response, Unset, json_loads

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.http_validation_error import HTTPValidationError


def _get_kwargs(
    *,
    root_workflow_exec_id: None | str | Unset = UNSET,
    workflow_exec_id: None | str | Unset = UNSET,
    workflow_run_id: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_root_workflow_exec_id: None | str | Unset
    if isinstance(root_workflow_exec_id, Unset):
        json_root_workflow_exec_id = UNSET
    else:
        json_root_workflow_exec_id = root_workflow_exec_id
    params["root_workflow_exec_id"] = json_root_workflow_exec_id

    json_workflow_exec_id: None | str | Unset
    if isinstance(workflow_exec_id, Unset):
        json_workflow_exec_id = UNSET
    else:
        json_workflow_exec_id = workflow_exec_id
    params["workflow_exec_id"] = json_workflow_exec_id

    json_workflow_run_id: None | str | Unset
    if isinstance(workflow_run_id, Unset):
        json_workflow_run_id = UNSET
    else:
        json_workflow_run_id = workflow_run_id
    params["workflow_run_id"] = json_workflow_run_id

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/events/list",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | ListWorkflowEventResponse | None:
    if response.status_code == 200:
        response_200 = ListWorkflowEventResponse.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 401:
        from ...models.error_response import ErrorResponse

        response_401 = ErrorResponse.from_dict(json_loads(response.content))

        return response_401

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
) -> Response[ErrorResponse | HTTPValidationError | ListWorkflowEventResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    root_workflow_exec_id: None | str | Unset = UNSET,
    workflow_exec_id: None | str | Unset = UNSET,
    workflow_run_id: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | ListWorkflowEventResponse]:
    """List workflow events

     One page of stored workflow events, across executions or narrowed to
    one execution tree, execution or run. Pass `next_cursor` back as
    `cursor` for the next page.

    Args:
        root_workflow_exec_id (None | str | Unset):
        workflow_exec_id (None | str | Unset):
        workflow_run_id (None | str | Unset):
        limit (int | Unset):  Default: 100.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | ListWorkflowEventResponse]
    """

    kwargs = _get_kwargs(
        root_workflow_exec_id=root_workflow_exec_id,
        workflow_exec_id=workflow_exec_id,
        workflow_run_id=workflow_run_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    root_workflow_exec_id: None | str | Unset = UNSET,
    workflow_exec_id: None | str | Unset = UNSET,
    workflow_run_id: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | ListWorkflowEventResponse | None:
    """List workflow events

     One page of stored workflow events, across executions or narrowed to
    one execution tree, execution or run. Pass `next_cursor` back as
    `cursor` for the next page.

    Args:
        root_workflow_exec_id (None | str | Unset):
        workflow_exec_id (None | str | Unset):
        workflow_run_id (None | str | Unset):
        limit (int | Unset):  Default: 100.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | ListWorkflowEventResponse
    """

    return sync_detailed(
        client=client,
        root_workflow_exec_id=root_workflow_exec_id,
        workflow_exec_id=workflow_exec_id,
        workflow_run_id=workflow_run_id,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    root_workflow_exec_id: None | str | Unset = UNSET,
    workflow_exec_id: None | str | Unset = UNSET,
    workflow_run_id: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | ListWorkflowEventResponse]:
    """List workflow events

     One page of stored workflow events, across executions or narrowed to
    one execution tree, execution or run. Pass `next_cursor` back as
    `cursor` for the next page.

    Args:
        root_workflow_exec_id (None | str | Unset):
        workflow_exec_id (None | str | Unset):
        workflow_run_id (None | str | Unset):
        limit (int | Unset):  Default: 100.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | ListWorkflowEventResponse]
    """

    kwargs = _get_kwargs(
        root_workflow_exec_id=root_workflow_exec_id,
        workflow_exec_id=workflow_exec_id,
        workflow_run_id=workflow_run_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    root_workflow_exec_id: None | str | Unset = UNSET,
    workflow_exec_id: None | str | Unset = UNSET,
    workflow_run_id: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | ListWorkflowEventResponse | None:
    """List workflow events

     One page of stored workflow events, across executions or narrowed to
    one execution tree, execution or run. Pass `next_cursor` back as
    `cursor` for the next page.

    Args:
        root_workflow_exec_id (None | str | Unset):
        workflow_exec_id (None | str | Unset):
        workflow_run_id (None | str | Unset):
        limit (int | Unset):  Default: 100.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | ListWorkflowEventResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            root_workflow_exec_id=root_workflow_exec_id,
            workflow_exec_id=workflow_exec_id,
            workflow_run_id=workflow_run_id,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
