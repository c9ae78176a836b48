from __future__ import annotations

import datetime
from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.workflow_metrics import WorkflowMetrics
from ...types import UNSET, Response, Unset, json_loads

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.http_validation_error import HTTPValidationError


def _get_kwargs(
    workflow_name: str,
    *,
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_time: None | str | Unset
    if isinstance(start_time, Unset):
        json_start_time = UNSET
    elif isinstance(start_time, datetime.datetime):
        json_start_time = start_time.isoformat()
    else:
        json_start_time = start_time
    params["start_time"] = json_start_time

    json_end_time: None | str | Unset
    if isinstance(end_time, Unset):
        json_end_time = UNSET
    elif isinstance(end_time, datetime.datetime):
        json_end_time = end_time.isoformat()
    else:
        json_end_time = end_time
    params["end_time"] = json_end_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/{workflow_name}/metrics".format(
            workflow_name=quote(str(workflow_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | WorkflowMetrics | None:
    if response.status_code == 200:
        response_200 = WorkflowMetrics.from_dict(json_loads(response.content))

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
) -> Response[ErrorResponse | HTTPValidationError | WorkflowMetrics]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_name: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | WorkflowMetrics]:
    """Get the metrics of a workflow

     Execution count, successes, errors (failed or terminated), average
    latency, retry rate and latency over time of one workflow, optionally
    limited to executions started in a time window.

    Args:
        workflow_name (str):
        start_time (datetime.datetime | None | Unset):
        end_time (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowMetrics]
    """

    kwargs = _get_kwargs(
        workflow_name=workflow_name,
        start_time=start_time,
        end_time=end_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_name: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | WorkflowMetrics | None:
    """Get the metrics of a workflow

     Execution count, successes, errors (failed or terminated), average
    latency, retry rate and latency over time of one workflow, optionally
    limited to executions started in a time window.

    Args:
        workflow_name (str):
        start_time (datetime.datetime | None | Unset):
        end_time (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowMetrics
    """

    return sync_detailed(
        workflow_name=workflow_name,
        client=client,
        start_time=start_time,
        end_time=end_time,
    ).parsed


async def asyncio_detailed(
    workflow_name: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
) -> Response[ErrorResponse | HTTPValidationError | WorkflowMetrics]:
    """Get the metrics of a workflow

     Execution count, successes, errors (failed or terminated), average
    latency, retry rate and latency over time of one workflow, optionally
    limited to executions started in a time window.

    Args:
        workflow_name (str):
        start_time (datetime.datetime | None | Unset):
        end_time (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowMetrics]
    """

    kwargs = _get_kwargs(
        workflow_name=workflow_name,
        start_time=start_time,
        end_time=end_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_name: str,
    *,
    client: AuthenticatedClient | Client,
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
) -> ErrorResponse | HTTPValidationError | WorkflowMetrics | None:
    """Get the metrics of a workflow

     Execution count, successes, errors (failed or terminated), average
    latency, retry rate and latency over time of one workflow, optionally
    limited to executions started in a time window.

    Args:
        workflow_name (str):
        start_time (datetime.datetime | None | Unset):
        end_time (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowMetrics
    """

    return (
        await asyncio_detailed(
            workflow_name=workflow_name,
            client=client,
            start_time=start_time,
            end_time=end_time,
        )
    ).parsed
