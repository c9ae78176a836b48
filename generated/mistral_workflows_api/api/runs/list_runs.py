from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_runs_order import ListRunsOrder
from ...models.run_sort_field import RunSortField
from ...models.workflow_execution_list_response import WorkflowExecutionListResponse
from ...models.workflow_execution_status import WorkflowExecutionStatus
from ...types import UNSET, Response, Unset, json_loads

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.http_validation_error import HTTPValidationError


def _get_kwargs(
    *,
    workflow_identifier: None | str | Unset = UNSET,
    root_execution_id: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    status: list[WorkflowExecutionStatus] | None | Unset = UNSET,
    deployment_name: None | str | Unset = UNSET,
    sort_by: None | RunSortField | Unset = UNSET,
    order: ListRunsOrder | Unset = ListRunsOrder.DESC,
    start_time_after: datetime.datetime | None | Unset = UNSET,
    start_time_before: datetime.datetime | None | Unset = UNSET,
    end_time_after: datetime.datetime | None | Unset = UNSET,
    end_time_before: datetime.datetime | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    workflow_tags: list[str] | None | Unset = UNSET,
    include_internal: bool | Unset = True,
    page_size: int | Unset = 50,
    next_page_token: None | str | Unset = UNSET,
    search_key: list[str] | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_workflow_identifier: None | str | Unset
    if isinstance(workflow_identifier, Unset):
        json_workflow_identifier = UNSET
    else:
        json_workflow_identifier = workflow_identifier
    params["workflow_identifier"] = json_workflow_identifier

    json_root_execution_id: None | str | Unset
    if isinstance(root_execution_id, Unset):
        json_root_execution_id = UNSET
    else:
        json_root_execution_id = root_execution_id
    params["root_execution_id"] = json_root_execution_id

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_status: list[str] | None | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, list):
        json_status = []
        for status_type_0_item_data in status:
            status_type_0_item = status_type_0_item_data.value
            json_status.append(status_type_0_item)

    else:
        json_status = status
    params["status"] = json_status

    json_deployment_name: None | str | Unset
    if isinstance(deployment_name, Unset):
        json_deployment_name = UNSET
    else:
        json_deployment_name = deployment_name
    params["deployment_name"] = json_deployment_name

    json_sort_by: None | str | Unset
    if isinstance(sort_by, Unset):
        json_sort_by = UNSET
    elif isinstance(sort_by, RunSortField):
        json_sort_by = sort_by.value
    else:
        json_sort_by = sort_by
    params["sort_by"] = json_sort_by

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_start_time_after: None | str | Unset
    if isinstance(start_time_after, Unset):
        json_start_time_after = UNSET
    elif isinstance(start_time_after, datetime.datetime):
        json_start_time_after = start_time_after.isoformat()
    else:
        json_start_time_after = start_time_after
    params["start_time_after"] = json_start_time_after

    json_start_time_before: None | str | Unset
    if isinstance(start_time_before, Unset):
        json_start_time_before = UNSET
    elif isinstance(start_time_before, datetime.datetime):
        json_start_time_before = start_time_before.isoformat()
    else:
        json_start_time_before = start_time_before
    params["start_time_before"] = json_start_time_before

    json_end_time_after: None | str | Unset
    if isinstance(end_time_after, Unset):
        json_end_time_after = UNSET
    elif isinstance(end_time_after, datetime.datetime):
        json_end_time_after = end_time_after.isoformat()
    else:
        json_end_time_after = end_time_after
    params["end_time_after"] = json_end_time_after

    json_end_time_before: None | str | Unset
    if isinstance(end_time_before, Unset):
        json_end_time_before = UNSET
    elif isinstance(end_time_before, datetime.datetime):
        json_end_time_before = end_time_before.isoformat()
    else:
        json_end_time_before = end_time_before
    params["end_time_before"] = json_end_time_before

    json_user_id: None | str | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    else:
        json_user_id = user_id
    params["user_id"] = json_user_id

    json_workflow_tags: list[str] | None | Unset
    if isinstance(workflow_tags, Unset):
        json_workflow_tags = UNSET
    elif isinstance(workflow_tags, list):
        json_workflow_tags = workflow_tags

    else:
        json_workflow_tags = workflow_tags
    params["workflow_tags"] = json_workflow_tags

    params["include_internal"] = include_internal

    params["page_size"] = page_size

    json_next_page_token: None | str | Unset
    if isinstance(next_page_token, Unset):
        json_next_page_token = UNSET
    else:
        json_next_page_token = next_page_token
    params["next_page_token"] = json_next_page_token

    json_search_key: list[str] | None | Unset
    if isinstance(search_key, Unset):
        json_search_key = UNSET
    elif isinstance(search_key, list):
        json_search_key = search_key

    else:
        json_search_key = search_key
    params["search_key"] = json_search_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/runs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | WorkflowExecutionListResponse | None:
    if response.status_code == 200:
        response_200 = WorkflowExecutionListResponse.from_dict(
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
) -> Response[ErrorResponse | HTTPValidationError | WorkflowExecutionListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    workflow_identifier: None | str | Unset = UNSET,
    root_execution_id: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    status: list[WorkflowExecutionStatus] | None | Unset = UNSET,
    deployment_name: None | str | Unset = UNSET,
    sort_by: None | RunSortField | Unset = UNSET,
    order: ListRunsOrder | Unset = ListRunsOrder.DESC,
    start_time_after: datetime.datetime | None | Unset = UNSET,
    start_time_before: datetime.datetime | None | Unset = UNSET,
    end_time_after: datetime.datetime | None | Unset = UNSET,
    end_time_before: datetime.datetime | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    workflow_tags: list[str] | None | Unset = UNSET,
    include_internal: bool | Unset = True,
    page_size: int | Unset = 50,
    next_page_token: None | str | Unset = UNSET,
    search_key: list[str] | None | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | WorkflowExecutionListResponse]:
    """List runs

     One page of runs (one row per execution, as of its current run), newest
    first unless `order` says otherwise. Pass `next_page_token` back for the
    next page; a token is only good for the filters and ordering it came with.

    Args:
        workflow_identifier (None | str | Unset):
        root_execution_id (None | str | Unset):
        search (None | str | Unset):
        status (list[WorkflowExecutionStatus] | None | Unset):
        deployment_name (None | str | Unset):
        sort_by (None | RunSortField | Unset):
        order (ListRunsOrder | Unset):  Default: ListRunsOrder.DESC.
        start_time_after (datetime.datetime | None | Unset):
        start_time_before (datetime.datetime | None | Unset):
        end_time_after (datetime.datetime | None | Unset):
        end_time_before (datetime.datetime | None | Unset):
        user_id (None | str | Unset):
        workflow_tags (list[str] | None | Unset):
        include_internal (bool | Unset):  Default: True.
        page_size (int | Unset):  Default: 50.
        next_page_token (None | str | Unset):
        search_key (list[str] | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowExecutionListResponse]
    """

    kwargs = _get_kwargs(
        workflow_identifier=workflow_identifier,
        root_execution_id=root_execution_id,
        search=search,
        status=status,
        deployment_name=deployment_name,
        sort_by=sort_by,
        order=order,
        start_time_after=start_time_after,
        start_time_before=start_time_before,
        end_time_after=end_time_after,
        end_time_before=end_time_before,
        user_id=user_id,
        workflow_tags=workflow_tags,
        include_internal=include_internal,
        page_size=page_size,
        next_page_token=next_page_token,
        search_key=search_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    workflow_identifier: None | str | Unset = UNSET,
    root_execution_id: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    status: list[WorkflowExecutionStatus] | None | Unset = UNSET,
    deployment_name: None | str | Unset = UNSET,
    sort_by: None | RunSortField | Unset = UNSET,
    order: ListRunsOrder | Unset = ListRunsOrder.DESC,
    start_time_after: datetime.datetime | None | Unset = UNSET,
    start_time_before: datetime.datetime | None | Unset = UNSET,
    end_time_after: datetime.datetime | None | Unset = UNSET,
    end_time_before: datetime.datetime | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    workflow_tags: list[str] | None | Unset = UNSET,
    include_internal: bool | Unset = True,
    page_size: int | Unset = 50,
    next_page_token: None | str | Unset = UNSET,
    search_key: list[str] | None | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | WorkflowExecutionListResponse | None:
    """List runs

     One page of runs (one row per execution, as of its current run), newest
    first unless `order` says otherwise. Pass `next_page_token` back for the
    next page; a token is only good for the filters and ordering it came with.

    Args:
        workflow_identifier (None | str | Unset):
        root_execution_id (None | str | Unset):
        search (None | str | Unset):
        status (list[WorkflowExecutionStatus] | None | Unset):
        deployment_name (None | str | Unset):
        sort_by (None | RunSortField | Unset):
        order (ListRunsOrder | Unset):  Default: ListRunsOrder.DESC.
        start_time_after (datetime.datetime | None | Unset):
        start_time_before (datetime.datetime | None | Unset):
        end_time_after (datetime.datetime | None | Unset):
        end_time_before (datetime.datetime | None | Unset):
        user_id (None | str | Unset):
        workflow_tags (list[str] | None | Unset):
        include_internal (bool | Unset):  Default: True.
        page_size (int | Unset):  Default: 50.
        next_page_token (None | str | Unset):
        search_key (list[str] | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowExecutionListResponse
    """

    return sync_detailed(
        client=client,
        workflow_identifier=workflow_identifier,
        root_execution_id=root_execution_id,
        search=search,
        status=status,
        deployment_name=deployment_name,
        sort_by=sort_by,
        order=order,
        start_time_after=start_time_after,
        start_time_before=start_time_before,
        end_time_after=end_time_after,
        end_time_before=end_time_before,
        user_id=user_id,
        workflow_tags=workflow_tags,
        include_internal=include_internal,
        page_size=page_size,
        next_page_token=next_page_token,
        search_key=search_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    workflow_identifier: None | str | Unset = UNSET,
    root_execution_id: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    status: list[WorkflowExecutionStatus] | None | Unset = UNSET,
    deployment_name: None | str | Unset = UNSET,
    sort_by: None | RunSortField | Unset = UNSET,
    order: ListRunsOrder | Unset = ListRunsOrder.DESC,
    start_time_after: datetime.datetime | None | Unset = UNSET,
    start_time_before: datetime.datetime | None | Unset = UNSET,
    end_time_after: datetime.datetime | None | Unset = UNSET,
    end_time_before: datetime.datetime | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    workflow_tags: list[str] | None | Unset = UNSET,
    include_internal: bool | Unset = True,
    page_size: int | Unset = 50,
    next_page_token: None | str | Unset = UNSET,
    search_key: list[str] | None | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | WorkflowExecutionListResponse]:
    """List runs

     One page of runs (one row per execution, as of its current run), newest
    first unless `order` says otherwise. Pass `next_page_token` back for the
    next page; a token is only good for the filters and ordering it came with.

    Args:
        workflow_identifier (None | str | Unset):
        root_execution_id (None | str | Unset):
        search (None | str | Unset):
        status (list[WorkflowExecutionStatus] | None | Unset):
        deployment_name (None | str | Unset):
        sort_by (None | RunSortField | Unset):
        order (ListRunsOrder | Unset):  Default: ListRunsOrder.DESC.
        start_time_after (datetime.datetime | None | Unset):
        start_time_before (datetime.datetime | None | Unset):
        end_time_after (datetime.datetime | None | Unset):
        end_time_before (datetime.datetime | None | Unset):
        user_id (None | str | Unset):
        workflow_tags (list[str] | None | Unset):
        include_internal (bool | Unset):  Default: True.
        page_size (int | Unset):  Default: 50.
        next_page_token (None | str | Unset):
        search_key (list[str] | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowExecutionListResponse]
    """

    kwargs = _get_kwargs(
        workflow_identifier=workflow_identifier,
        root_execution_id=root_execution_id,
        search=search,
        status=status,
        deployment_name=deployment_name,
        sort_by=sort_by,
        order=order,
        start_time_after=start_time_after,
        start_time_before=start_time_before,
        end_time_after=end_time_after,
        end_time_before=end_time_before,
        user_id=user_id,
        workflow_tags=workflow_tags,
        include_internal=include_internal,
        page_size=page_size,
        next_page_token=next_page_token,
        search_key=search_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    workflow_identifier: None | str | Unset = UNSET,
    root_execution_id: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    status: list[WorkflowExecutionStatus] | None | Unset = UNSET,
    deployment_name: None | str | Unset = UNSET,
    sort_by: None | RunSortField | Unset = UNSET,
    order: ListRunsOrder | Unset = ListRunsOrder.DESC,
    start_time_after: datetime.datetime | None | Unset = UNSET,
    start_time_before: datetime.datetime | None | Unset = UNSET,
    end_time_after: datetime.datetime | None | Unset = UNSET,
    end_time_before: datetime.datetime | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    workflow_tags: list[str] | None | Unset = UNSET,
    include_internal: bool | Unset = True,
    page_size: int | Unset = 50,
    next_page_token: None | str | Unset = UNSET,
    search_key: list[str] | None | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | WorkflowExecutionListResponse | None:
    """List runs

     One page of runs (one row per execution, as of its current run), newest
    first unless `order` says otherwise. Pass `next_page_token` back for the
    next page; a token is only good for the filters and ordering it came with.

    Args:
        workflow_identifier (None | str | Unset):
        root_execution_id (None | str | Unset):
        search (None | str | Unset):
        status (list[WorkflowExecutionStatus] | None | Unset):
        deployment_name (None | str | Unset):
        sort_by (None | RunSortField | Unset):
        order (ListRunsOrder | Unset):  Default: ListRunsOrder.DESC.
        start_time_after (datetime.datetime | None | Unset):
        start_time_before (datetime.datetime | None | Unset):
        end_time_after (datetime.datetime | None | Unset):
        end_time_before (datetime.datetime | None | Unset):
        user_id (None | str | Unset):
        workflow_tags (list[str] | None | Unset):
        include_internal (bool | Unset):  Default: True.
        page_size (int | Unset):  Default: 50.
        next_page_token (None | str | Unset):
        search_key (list[str] | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowExecutionListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            workflow_identifier=workflow_identifier,
            root_execution_id=root_execution_id,
            search=search,
            status=status,
            deployment_name=deployment_name,
            sort_by=sort_by,
            order=order,
            start_time_after=start_time_after,
            start_time_before=start_time_before,
            end_time_after=end_time_after,
            end_time_before=end_time_before,
            user_id=user_id,
            workflow_tags=workflow_tags,
            include_internal=include_internal,
            page_size=page_size,
            next_page_token=next_page_token,
            search_key=search_key,
        )
    ).parsed
