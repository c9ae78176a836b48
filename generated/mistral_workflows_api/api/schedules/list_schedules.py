from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.schedule_status import ScheduleStatus
from ...models.workflow_schedule_list_response import WorkflowScheduleListResponse
from ...types import UNSET, Response, Unset, json_loads

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.http_validation_error import HTTPValidationError


def _get_kwargs(
    *,
    workflow_name: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    status: None | ScheduleStatus | Unset = UNSET,
    search: None | str | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    next_page_token: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_workflow_name: None | str | Unset
    if isinstance(workflow_name, Unset):
        json_workflow_name = UNSET
    else:
        json_workflow_name = workflow_name
    params["workflow_name"] = json_workflow_name

    json_user_id: None | str | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    else:
        json_user_id = user_id
    params["user_id"] = json_user_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ScheduleStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_page_size: int | None | Unset
    if isinstance(page_size, Unset):
        json_page_size = UNSET
    else:
        json_page_size = page_size
    params["page_size"] = json_page_size

    json_next_page_token: None | str | Unset
    if isinstance(next_page_token, Unset):
        json_next_page_token = UNSET
    else:
        json_next_page_token = next_page_token
    params["next_page_token"] = json_next_page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/schedules",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | WorkflowScheduleListResponse | None:
    if response.status_code == 200:
        response_200 = WorkflowScheduleListResponse.from_dict(
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
) -> Response[ErrorResponse | HTTPValidationError | WorkflowScheduleListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    workflow_name: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    status: None | ScheduleStatus | Unset = UNSET,
    search: None | str | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    next_page_token: None | str | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | WorkflowScheduleListResponse]:
    """List schedules

     The schedules the caller can see. With `page_size`, one page at a time
    (pass `next_page_token` back for the next page); without it, all of them
    at once, which the service has deprecated.

    Args:
        workflow_name (None | str | Unset):
        user_id (None | str | Unset):
        status (None | ScheduleStatus | Unset):
        search (None | str | Unset):
        page_size (int | None | Unset):
        next_page_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowScheduleListResponse]
    """

    kwargs = _get_kwargs(
        workflow_name=workflow_name,
        user_id=user_id,
        status=status,
        search=search,
        page_size=page_size,
        next_page_token=next_page_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    workflow_name: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    status: None | ScheduleStatus | Unset = UNSET,
    search: None | str | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    next_page_token: None | str | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | WorkflowScheduleListResponse | None:
    """List schedules

     The schedules the caller can see. With `page_size`, one page at a time
    (pass `next_page_token` back for the next page); without it, all of them
    at once, which the service has deprecated.

    Args:
        workflow_name (None | str | Unset):
        user_id (None | str | Unset):
        status (None | ScheduleStatus | Unset):
        search (None | str | Unset):
        page_size (int | None | Unset):
        next_page_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowScheduleListResponse
    """

    return sync_detailed(
        client=client,
        workflow_name=workflow_name,
        user_id=user_id,
        status=status,
        search=search,
        page_size=page_size,
        next_page_token=next_page_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    workflow_name: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    status: None | ScheduleStatus | Unset = UNSET,
    search: None | str | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    next_page_token: None | str | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | WorkflowScheduleListResponse]:
    """List schedules

     The schedules the caller can see. With `page_size`, one page at a time
    (pass `next_page_token` back for the next page); without it, all of them
    at once, which the service has deprecated.

    Args:
        workflow_name (None | str | Unset):
        user_id (None | str | Unset):
        status (None | ScheduleStatus | Unset):
        search (None | str | Unset):
        page_size (int | None | Unset):
        next_page_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowScheduleListResponse]
    """

    kwargs = _get_kwargs(
        workflow_name=workflow_name,
        user_id=user_id,
        status=status,
        search=search,
        page_size=page_size,
        next_page_token=next_page_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    workflow_name: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    status: None | ScheduleStatus | Unset = UNSET,
    search: None | str | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    next_page_token: None | str | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | WorkflowScheduleListResponse | None:
    """List schedules

     The schedules the caller can see. With `page_size`, one page at a time
    (pass `next_page_token` back for the next page); without it, all of them
    at once, which the service has deprecated.

    Args:
        workflow_name (None | str | Unset):
        user_id (None | str | Unset):
        status (None | ScheduleStatus | Unset):
        search (None | str | Unset):
        page_size (int | None | Unset):
        next_page_token (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowScheduleListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            workflow_name=workflow_name,
            user_id=user_id,
            status=status,
            search=search,
            page_size=page_size,
            next_page_token=next_page_token,
        )
    ).parsed
