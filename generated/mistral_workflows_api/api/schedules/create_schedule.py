from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.workflow_schedule_request import WorkflowScheduleRequest
from ...models.workflow_schedule_response import WorkflowScheduleResponse
from ...types import Response, json_loads

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.http_validation_error import HTTPValidationError


def _get_kwargs(
    *,
    body: WorkflowScheduleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workflows/schedules",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | WorkflowScheduleResponse | None:
    if response.status_code == 201:
        response_201 = WorkflowScheduleResponse.from_dict(json_loads(response.content))

        return response_201

    if response.status_code == 401:
        from ...models.error_response import ErrorResponse

        response_401 = ErrorResponse.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 404:
        from ...models.error_response import ErrorResponse

        response_404 = ErrorResponse.from_dict(json_loads(response.content))

        return response_404

    if response.status_code == 409:
        from ...models.error_response import ErrorResponse

        response_409 = ErrorResponse.from_dict(json_loads(response.content))

        return response_409

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
) -> Response[ErrorResponse | HTTPValidationError | WorkflowScheduleResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowScheduleRequest,
) -> Response[ErrorResponse | HTTPValidationError | WorkflowScheduleResponse]:
    """Create a schedule

     Schedules executions of a workflow, named by `workflow_identifier` (or
    by a registration id). The times are the union of the cron expressions,
    calendars and intervals, minus `skip`. Give `schedule_id` to choose the
    id; one already taken is refused with 409.

    Args:
        body (WorkflowScheduleRequest): A schedule to create, and the workflow it starts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowScheduleResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowScheduleRequest,
) -> ErrorResponse | HTTPValidationError | WorkflowScheduleResponse | None:
    """Create a schedule

     Schedules executions of a workflow, named by `workflow_identifier` (or
    by a registration id). The times are the union of the cron expressions,
    calendars and intervals, minus `skip`. Give `schedule_id` to choose the
    id; one already taken is refused with 409.

    Args:
        body (WorkflowScheduleRequest): A schedule to create, and the workflow it starts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowScheduleResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowScheduleRequest,
) -> Response[ErrorResponse | HTTPValidationError | WorkflowScheduleResponse]:
    """Create a schedule

     Schedules executions of a workflow, named by `workflow_identifier` (or
    by a registration id). The times are the union of the cron expressions,
    calendars and intervals, minus `skip`. Give `schedule_id` to choose the
    id; one already taken is refused with 409.

    Args:
        body (WorkflowScheduleRequest): A schedule to create, and the workflow it starts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowScheduleResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowScheduleRequest,
) -> ErrorResponse | HTTPValidationError | WorkflowScheduleResponse | None:
    """Create a schedule

     Schedules executions of a workflow, named by `workflow_identifier` (or
    by a registration id). The times are the union of the cron expressions,
    calendars and intervals, minus `skip`. Give `schedule_id` to choose the
    id; one already taken is refused with 409.

    Args:
        body (WorkflowScheduleRequest): A schedule to create, and the workflow it starts.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowScheduleResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
