from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.workflow_bulk_archive_request import WorkflowBulkArchiveRequest
from ...models.workflow_bulk_archive_response import WorkflowBulkArchiveResponse
from ...types import Response, json_loads

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.http_validation_error import HTTPValidationError


def _get_kwargs(
    *,
    body: WorkflowBulkArchiveRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/workflows/archive",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | WorkflowBulkArchiveResponse | None:
    if response.status_code == 200:
        response_200 = WorkflowBulkArchiveResponse.from_dict(
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
) -> Response[ErrorResponse | HTTPValidationError | WorkflowBulkArchiveResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowBulkArchiveRequest,
) -> Response[ErrorResponse | HTTPValidationError | WorkflowBulkArchiveResponse]:
    """Archive many workflows

     Archives up to 100 workflows by id. Ids that cannot be archived are
    reported in `errored`, not as an HTTP error.

    Args:
        body (WorkflowBulkArchiveRequest): The workflows to archive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowBulkArchiveResponse]
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
    body: WorkflowBulkArchiveRequest,
) -> ErrorResponse | HTTPValidationError | WorkflowBulkArchiveResponse | None:
    """Archive many workflows

     Archives up to 100 workflows by id. Ids that cannot be archived are
    reported in `errored`, not as an HTTP error.

    Args:
        body (WorkflowBulkArchiveRequest): The workflows to archive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowBulkArchiveResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowBulkArchiveRequest,
) -> Response[ErrorResponse | HTTPValidationError | WorkflowBulkArchiveResponse]:
    """Archive many workflows

     Archives up to 100 workflows by id. Ids that cannot be archived are
    reported in `errored`, not as an HTTP error.

    Args:
        body (WorkflowBulkArchiveRequest): The workflows to archive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowBulkArchiveResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowBulkArchiveRequest,
) -> ErrorResponse | HTTPValidationError | WorkflowBulkArchiveResponse | None:
    """Archive many workflows

     Archives up to 100 workflows by id. Ids that cannot be archived are
    reported in `errored`, not as an HTTP error.

    Args:
        body (WorkflowBulkArchiveRequest): The workflows to archive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowBulkArchiveResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
