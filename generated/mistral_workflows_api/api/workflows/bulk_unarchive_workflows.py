from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.workflow_bulk_unarchive_request import WorkflowBulkUnarchiveRequest
from ...models.workflow_bulk_unarchive_response import WorkflowBulkUnarchiveResponse
from ...types import Response, json_loads

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.http_validation_error import HTTPValidationError


def _get_kwargs(
    *,
    body: WorkflowBulkUnarchiveRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/workflows/unarchive",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | WorkflowBulkUnarchiveResponse | None:
    if response.status_code == 200:
        response_200 = WorkflowBulkUnarchiveResponse.from_dict(
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
) -> Response[ErrorResponse | HTTPValidationError | WorkflowBulkUnarchiveResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowBulkUnarchiveRequest,
) -> Response[ErrorResponse | HTTPValidationError | WorkflowBulkUnarchiveResponse]:
    """Unarchive many workflows

     Unarchives up to 100 workflows by id. Ids that cannot be unarchived
    are reported in `errored`, not as an HTTP error.

    Args:
        body (WorkflowBulkUnarchiveRequest): The workflows to unarchive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowBulkUnarchiveResponse]
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
    body: WorkflowBulkUnarchiveRequest,
) -> ErrorResponse | HTTPValidationError | WorkflowBulkUnarchiveResponse | None:
    """Unarchive many workflows

     Unarchives up to 100 workflows by id. Ids that cannot be unarchived
    are reported in `errored`, not as an HTTP error.

    Args:
        body (WorkflowBulkUnarchiveRequest): The workflows to unarchive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowBulkUnarchiveResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowBulkUnarchiveRequest,
) -> Response[ErrorResponse | HTTPValidationError | WorkflowBulkUnarchiveResponse]:
    """Unarchive many workflows

     Unarchives up to 100 workflows by id. Ids that cannot be unarchived
    are reported in `errored`, not as an HTTP error.

    Args:
        body (WorkflowBulkUnarchiveRequest): The workflows to unarchive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowBulkUnarchiveResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowBulkUnarchiveRequest,
) -> ErrorResponse | HTTPValidationError | WorkflowBulkUnarchiveResponse | None:
    """Unarchive many workflows

     Unarchives up to 100 workflows by id. Ids that cannot be unarchived
    are reported in `errored`, not as an HTTP error.

    Args:
        body (WorkflowBulkUnarchiveRequest): The workflows to unarchive.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowBulkUnarchiveResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
