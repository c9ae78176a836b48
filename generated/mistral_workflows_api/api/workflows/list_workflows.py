from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity_filter import ActivityFilter
from ...models.list_workflows_order import ListWorkflowsOrder
from ...models.workflow_execution_status import WorkflowExecutionStatus
from ...models.workflow_list_response import WorkflowListResponse
from ...models.workflow_sort_field import WorkflowSortField
from ...types import UNSET, Response, Unset, json_loads

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.http_validation_error import HTTPValidationError


def _get_kwargs(
    *,
    status: list[WorkflowExecutionStatus]
    | None
    | Unset
    | WorkflowExecutionStatus = UNSET,
    include_shared: bool | Unset = True,
    available_in_chat_assistant: bool | None | Unset = UNSET,
    deployment_name: list[str] | None | Unset = UNSET,
    deployment_status: ActivityFilter | None | Unset = UNSET,
    archived: bool | None | Unset = UNSET,
    tags: list[str] | None | Unset = UNSET,
    sort_by: None | Unset | WorkflowSortField = UNSET,
    order: ListWorkflowsOrder | Unset = ListWorkflowsOrder.ASC,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    active_only: bool | Unset = UNSET,
    search: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: list[str] | None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, WorkflowExecutionStatus):
        json_status = status.value
    elif isinstance(status, list):
        json_status = []
        for status_type_1_item_data in status:
            status_type_1_item = status_type_1_item_data.value
            json_status.append(status_type_1_item)

    else:
        json_status = status
    params["status"] = json_status

    params["include_shared"] = include_shared

    json_available_in_chat_assistant: bool | None | Unset
    if isinstance(available_in_chat_assistant, Unset):
        json_available_in_chat_assistant = UNSET
    else:
        json_available_in_chat_assistant = available_in_chat_assistant
    params["available_in_chat_assistant"] = json_available_in_chat_assistant

    json_deployment_name: list[str] | None | Unset
    if isinstance(deployment_name, Unset):
        json_deployment_name = UNSET
    elif isinstance(deployment_name, list):
        json_deployment_name = deployment_name

    else:
        json_deployment_name = deployment_name
    params["deployment_name"] = json_deployment_name

    json_deployment_status: None | str | Unset
    if isinstance(deployment_status, Unset):
        json_deployment_status = UNSET
    elif isinstance(deployment_status, ActivityFilter):
        json_deployment_status = deployment_status.value
    else:
        json_deployment_status = deployment_status
    params["deployment_status"] = json_deployment_status

    json_archived: bool | None | Unset
    if isinstance(archived, Unset):
        json_archived = UNSET
    else:
        json_archived = archived
    params["archived"] = json_archived

    json_tags: list[str] | None | Unset
    if isinstance(tags, Unset):
        json_tags = UNSET
    elif isinstance(tags, list):
        json_tags = tags

    else:
        json_tags = tags
    params["tags"] = json_tags

    json_sort_by: None | str | Unset
    if isinstance(sort_by, Unset):
        json_sort_by = UNSET
    elif isinstance(sort_by, WorkflowSortField):
        json_sort_by = sort_by.value
    else:
        json_sort_by = sort_by
    params["sort_by"] = json_sort_by

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

    params["active_only"] = active_only

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | WorkflowListResponse | None:
    if response.status_code == 200:
        response_200 = WorkflowListResponse.from_dict(json_loads(response.content))

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
) -> Response[ErrorResponse | HTTPValidationError | WorkflowListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: list[WorkflowExecutionStatus]
    | None
    | Unset
    | WorkflowExecutionStatus = UNSET,
    include_shared: bool | Unset = True,
    available_in_chat_assistant: bool | None | Unset = UNSET,
    deployment_name: list[str] | None | Unset = UNSET,
    deployment_status: ActivityFilter | None | Unset = UNSET,
    archived: bool | None | Unset = UNSET,
    tags: list[str] | None | Unset = UNSET,
    sort_by: None | Unset | WorkflowSortField = UNSET,
    order: ListWorkflowsOrder | Unset = ListWorkflowsOrder.ASC,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    active_only: bool | Unset = UNSET,
    search: None | str | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | WorkflowListResponse]:
    """List workflows

     One page of the workflows the caller can see. Pass `next_cursor` back as
    `cursor` for the next page; a cursor is only good for the filters it
    came with.

    Args:
        status (list[WorkflowExecutionStatus] | None | Unset | WorkflowExecutionStatus):
        include_shared (bool | Unset):  Default: True.
        available_in_chat_assistant (bool | None | Unset):
        deployment_name (list[str] | None | Unset):
        deployment_status (ActivityFilter | None | Unset):
        archived (bool | None | Unset):
        tags (list[str] | None | Unset):
        sort_by (None | Unset | WorkflowSortField):
        order (ListWorkflowsOrder | Unset):  Default: ListWorkflowsOrder.ASC.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        active_only (bool | Unset):
        search (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowListResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        include_shared=include_shared,
        available_in_chat_assistant=available_in_chat_assistant,
        deployment_name=deployment_name,
        deployment_status=deployment_status,
        archived=archived,
        tags=tags,
        sort_by=sort_by,
        order=order,
        cursor=cursor,
        limit=limit,
        active_only=active_only,
        search=search,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: list[WorkflowExecutionStatus]
    | None
    | Unset
    | WorkflowExecutionStatus = UNSET,
    include_shared: bool | Unset = True,
    available_in_chat_assistant: bool | None | Unset = UNSET,
    deployment_name: list[str] | None | Unset = UNSET,
    deployment_status: ActivityFilter | None | Unset = UNSET,
    archived: bool | None | Unset = UNSET,
    tags: list[str] | None | Unset = UNSET,
    sort_by: None | Unset | WorkflowSortField = UNSET,
    order: ListWorkflowsOrder | Unset = ListWorkflowsOrder.ASC,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    active_only: bool | Unset = UNSET,
    search: None | str | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | WorkflowListResponse | None:
    """List workflows

     One page of the workflows the caller can see. Pass `next_cursor` back as
    `cursor` for the next page; a cursor is only good for the filters it
    came with.

    Args:
        status (list[WorkflowExecutionStatus] | None | Unset | WorkflowExecutionStatus):
        include_shared (bool | Unset):  Default: True.
        available_in_chat_assistant (bool | None | Unset):
        deployment_name (list[str] | None | Unset):
        deployment_status (ActivityFilter | None | Unset):
        archived (bool | None | Unset):
        tags (list[str] | None | Unset):
        sort_by (None | Unset | WorkflowSortField):
        order (ListWorkflowsOrder | Unset):  Default: ListWorkflowsOrder.ASC.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        active_only (bool | Unset):
        search (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowListResponse
    """

    return sync_detailed(
        client=client,
        status=status,
        include_shared=include_shared,
        available_in_chat_assistant=available_in_chat_assistant,
        deployment_name=deployment_name,
        deployment_status=deployment_status,
        archived=archived,
        tags=tags,
        sort_by=sort_by,
        order=order,
        cursor=cursor,
        limit=limit,
        active_only=active_only,
        search=search,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: list[WorkflowExecutionStatus]
    | None
    | Unset
    | WorkflowExecutionStatus = UNSET,
    include_shared: bool | Unset = True,
    available_in_chat_assistant: bool | None | Unset = UNSET,
    deployment_name: list[str] | None | Unset = UNSET,
    deployment_status: ActivityFilter | None | Unset = UNSET,
    archived: bool | None | Unset = UNSET,
    tags: list[str] | None | Unset = UNSET,
    sort_by: None | Unset | WorkflowSortField = UNSET,
    order: ListWorkflowsOrder | Unset = ListWorkflowsOrder.ASC,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    active_only: bool | Unset = UNSET,
    search: None | str | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | WorkflowListResponse]:
    """List workflows

     One page of the workflows the caller can see. Pass `next_cursor` back as
    `cursor` for the next page; a cursor is only good for the filters it
    came with.

    Args:
        status (list[WorkflowExecutionStatus] | None | Unset | WorkflowExecutionStatus):
        include_shared (bool | Unset):  Default: True.
        available_in_chat_assistant (bool | None | Unset):
        deployment_name (list[str] | None | Unset):
        deployment_status (ActivityFilter | None | Unset):
        archived (bool | None | Unset):
        tags (list[str] | None | Unset):
        sort_by (None | Unset | WorkflowSortField):
        order (ListWorkflowsOrder | Unset):  Default: ListWorkflowsOrder.ASC.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        active_only (bool | Unset):
        search (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowListResponse]
    """

    kwargs = _get_kwargs(
        status=status,
        include_shared=include_shared,
        available_in_chat_assistant=available_in_chat_assistant,
        deployment_name=deployment_name,
        deployment_status=deployment_status,
        archived=archived,
        tags=tags,
        sort_by=sort_by,
        order=order,
        cursor=cursor,
        limit=limit,
        active_only=active_only,
        search=search,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: list[WorkflowExecutionStatus]
    | None
    | Unset
    | WorkflowExecutionStatus = UNSET,
    include_shared: bool | Unset = True,
    available_in_chat_assistant: bool | None | Unset = UNSET,
    deployment_name: list[str] | None | Unset = UNSET,
    deployment_status: ActivityFilter | None | Unset = UNSET,
    archived: bool | None | Unset = UNSET,
    tags: list[str] | None | Unset = UNSET,
    sort_by: None | Unset | WorkflowSortField = UNSET,
    order: ListWorkflowsOrder | Unset = ListWorkflowsOrder.ASC,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    active_only: bool | Unset = UNSET,
    search: None | str | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | WorkflowListResponse | None:
    """List workflows

     One page of the workflows the caller can see. Pass `next_cursor` back as
    `cursor` for the next page; a cursor is only good for the filters it
    came with.

    Args:
        status (list[WorkflowExecutionStatus] | None | Unset | WorkflowExecutionStatus):
        include_shared (bool | Unset):  Default: True.
        available_in_chat_assistant (bool | None | Unset):
        deployment_name (list[str] | None | Unset):
        deployment_status (ActivityFilter | None | Unset):
        archived (bool | None | Unset):
        tags (list[str] | None | Unset):
        sort_by (None | Unset | WorkflowSortField):
        order (ListWorkflowsOrder | Unset):  Default: ListWorkflowsOrder.ASC.
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.
        active_only (bool | Unset):
        search (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            include_shared=include_shared,
            available_in_chat_assistant=available_in_chat_assistant,
            deployment_name=deployment_name,
            deployment_status=deployment_status,
            archived=archived,
            tags=tags,
            sort_by=sort_by,
            order=order,
            cursor=cursor,
            limit=limit,
            active_only=active_only,
            search=search,
        )
    ).parsed
