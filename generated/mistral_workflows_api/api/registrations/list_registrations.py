from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.workflow_registration_list_response import (
    WorkflowRegistrationListResponse,
)
from ...types import UNSET, Response, Unset, json_loads

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.http_validation_error import HTTPValidationError


def _get_kwargs(
    *,
    workflow_id: None | Unset | UUID = UNSET,
    task_queue: None | str | Unset = UNSET,
    active_only: bool | Unset = False,
    include_shared: bool | Unset = True,
    workflow_name: None | str | Unset = UNSET,
    workflow_search: None | str | Unset = UNSET,
    archived: bool | None | Unset = UNSET,
    with_workflow: bool | Unset = False,
    available_in_chat_assistant: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_workflow_id: None | str | Unset
    if isinstance(workflow_id, Unset):
        json_workflow_id = UNSET
    elif isinstance(workflow_id, UUID):
        json_workflow_id = str(workflow_id)
    else:
        json_workflow_id = workflow_id
    params["workflow_id"] = json_workflow_id

    json_task_queue: None | str | Unset
    if isinstance(task_queue, Unset):
        json_task_queue = UNSET
    else:
        json_task_queue = task_queue
    params["task_queue"] = json_task_queue

    params["active_only"] = active_only

    params["include_shared"] = include_shared

    json_workflow_name: None | str | Unset
    if isinstance(workflow_name, Unset):
        json_workflow_name = UNSET
    else:
        json_workflow_name = workflow_name
    params["workflow_name"] = json_workflow_name

    json_workflow_search: None | str | Unset
    if isinstance(workflow_search, Unset):
        json_workflow_search = UNSET
    else:
        json_workflow_search = workflow_search
    params["workflow_search"] = json_workflow_search

    json_archived: bool | None | Unset
    if isinstance(archived, Unset):
        json_archived = UNSET
    else:
        json_archived = archived
    params["archived"] = json_archived

    params["with_workflow"] = with_workflow

    json_available_in_chat_assistant: bool | None | Unset
    if isinstance(available_in_chat_assistant, Unset):
        json_available_in_chat_assistant = UNSET
    else:
        json_available_in_chat_assistant = available_in_chat_assistant
    params["available_in_chat_assistant"] = json_available_in_chat_assistant

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
        "url": "/v1/workflows/registrations",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | WorkflowRegistrationListResponse | None:
    if response.status_code == 200:
        response_200 = WorkflowRegistrationListResponse.from_dict(
            json_loads(response.content)
        )

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
) -> Response[ErrorResponse | HTTPValidationError | WorkflowRegistrationListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    workflow_id: None | Unset | UUID = UNSET,
    task_queue: None | str | Unset = UNSET,
    active_only: bool | Unset = False,
    include_shared: bool | Unset = True,
    workflow_name: None | str | Unset = UNSET,
    workflow_search: None | str | Unset = UNSET,
    archived: bool | None | Unset = UNSET,
    with_workflow: bool | Unset = False,
    available_in_chat_assistant: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | WorkflowRegistrationListResponse]:
    """List workflow registrations

     One page of registrations: the versions of workflow code that workers
    have registered, with their handlers and input schemas. Pass
    `next_cursor` back as `cursor` for the next page.

    Args:
        workflow_id (None | Unset | UUID):
        task_queue (None | str | Unset):
        active_only (bool | Unset):  Default: False.
        include_shared (bool | Unset):  Default: True.
        workflow_name (None | str | Unset):
        workflow_search (None | str | Unset):
        archived (bool | None | Unset):
        with_workflow (bool | Unset):  Default: False.
        available_in_chat_assistant (bool | None | Unset):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowRegistrationListResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        task_queue=task_queue,
        active_only=active_only,
        include_shared=include_shared,
        workflow_name=workflow_name,
        workflow_search=workflow_search,
        archived=archived,
        with_workflow=with_workflow,
        available_in_chat_assistant=available_in_chat_assistant,
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
    workflow_id: None | Unset | UUID = UNSET,
    task_queue: None | str | Unset = UNSET,
    active_only: bool | Unset = False,
    include_shared: bool | Unset = True,
    workflow_name: None | str | Unset = UNSET,
    workflow_search: None | str | Unset = UNSET,
    archived: bool | None | Unset = UNSET,
    with_workflow: bool | Unset = False,
    available_in_chat_assistant: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | WorkflowRegistrationListResponse | None:
    """List workflow registrations

     One page of registrations: the versions of workflow code that workers
    have registered, with their handlers and input schemas. Pass
    `next_cursor` back as `cursor` for the next page.

    Args:
        workflow_id (None | Unset | UUID):
        task_queue (None | str | Unset):
        active_only (bool | Unset):  Default: False.
        include_shared (bool | Unset):  Default: True.
        workflow_name (None | str | Unset):
        workflow_search (None | str | Unset):
        archived (bool | None | Unset):
        with_workflow (bool | Unset):  Default: False.
        available_in_chat_assistant (bool | None | Unset):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowRegistrationListResponse
    """

    return sync_detailed(
        client=client,
        workflow_id=workflow_id,
        task_queue=task_queue,
        active_only=active_only,
        include_shared=include_shared,
        workflow_name=workflow_name,
        workflow_search=workflow_search,
        archived=archived,
        with_workflow=with_workflow,
        available_in_chat_assistant=available_in_chat_assistant,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    workflow_id: None | Unset | UUID = UNSET,
    task_queue: None | str | Unset = UNSET,
    active_only: bool | Unset = False,
    include_shared: bool | Unset = True,
    workflow_name: None | str | Unset = UNSET,
    workflow_search: None | str | Unset = UNSET,
    archived: bool | None | Unset = UNSET,
    with_workflow: bool | Unset = False,
    available_in_chat_assistant: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | WorkflowRegistrationListResponse]:
    """List workflow registrations

     One page of registrations: the versions of workflow code that workers
    have registered, with their handlers and input schemas. Pass
    `next_cursor` back as `cursor` for the next page.

    Args:
        workflow_id (None | Unset | UUID):
        task_queue (None | str | Unset):
        active_only (bool | Unset):  Default: False.
        include_shared (bool | Unset):  Default: True.
        workflow_name (None | str | Unset):
        workflow_search (None | str | Unset):
        archived (bool | None | Unset):
        with_workflow (bool | Unset):  Default: False.
        available_in_chat_assistant (bool | None | Unset):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowRegistrationListResponse]
    """

    kwargs = _get_kwargs(
        workflow_id=workflow_id,
        task_queue=task_queue,
        active_only=active_only,
        include_shared=include_shared,
        workflow_name=workflow_name,
        workflow_search=workflow_search,
        archived=archived,
        with_workflow=with_workflow,
        available_in_chat_assistant=available_in_chat_assistant,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    workflow_id: None | Unset | UUID = UNSET,
    task_queue: None | str | Unset = UNSET,
    active_only: bool | Unset = False,
    include_shared: bool | Unset = True,
    workflow_name: None | str | Unset = UNSET,
    workflow_search: None | str | Unset = UNSET,
    archived: bool | None | Unset = UNSET,
    with_workflow: bool | Unset = False,
    available_in_chat_assistant: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | WorkflowRegistrationListResponse | None:
    """List workflow registrations

     One page of registrations: the versions of workflow code that workers
    have registered, with their handlers and input schemas. Pass
    `next_cursor` back as `cursor` for the next page.

    Args:
        workflow_id (None | Unset | UUID):
        task_queue (None | str | Unset):
        active_only (bool | Unset):  Default: False.
        include_shared (bool | Unset):  Default: True.
        workflow_name (None | str | Unset):
        workflow_search (None | str | Unset):
        archived (bool | None | Unset):
        with_workflow (bool | Unset):  Default: False.
        available_in_chat_assistant (bool | None | Unset):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowRegistrationListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            workflow_id=workflow_id,
            task_queue=task_queue,
            active_only=active_only,
            include_shared=include_shared,
            workflow_name=workflow_name,
            workflow_search=workflow_search,
            archived=archived,
            with_workflow=with_workflow,
            available_in_chat_assistant=available_in_chat_assistant,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
