from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.query_invocation_body import QueryInvocationBody
from ...models.query_workflow_response import QueryWorkflowResponse
from ...types import Response, json_loads

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.http_validation_error import HTTPValidationError


def _get_kwargs(
    execution_id: str,
    *,
    body: QueryInvocationBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workflows/executions/{execution_id}/queries".format(
            execution_id=quote(str(execution_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | HTTPValidationError | QueryWorkflowResponse | None:
    if response.status_code == 200:
        response_200 = QueryWorkflowResponse.from_dict(json_loads(response.content))

        return response_200

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
) -> Response[ErrorResponse | HTTPValidationError | QueryWorkflowResponse]:
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
    body: QueryInvocationBody,
) -> Response[ErrorResponse | HTTPValidationError | QueryWorkflowResponse]:
    """Query an execution

     Runs a read-only query handler of the execution and returns its answer.

    Args:
        execution_id (str):
        body (QueryInvocationBody): A query to run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | QueryWorkflowResponse]
    """

    kwargs = _get_kwargs(
        execution_id=execution_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    execution_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: QueryInvocationBody,
) -> ErrorResponse | HTTPValidationError | QueryWorkflowResponse | None:
    """Query an execution

     Runs a read-only query handler of the execution and returns its answer.

    Args:
        execution_id (str):
        body (QueryInvocationBody): A query to run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | QueryWorkflowResponse
    """

    return sync_detailed(
        execution_id=execution_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    execution_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: QueryInvocationBody,
) -> Response[ErrorResponse | HTTPValidationError | QueryWorkflowResponse]:
    """Query an execution

     Runs a read-only query handler of the execution and returns its answer.

    Args:
        execution_id (str):
        body (QueryInvocationBody): A query to run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | QueryWorkflowResponse]
    """

    kwargs = _get_kwargs(
        execution_id=execution_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    execution_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: QueryInvocationBody,
) -> ErrorResponse | HTTPValidationError | QueryWorkflowResponse | None:
    """Query an execution

     Runs a read-only query handler of the execution and returns its answer.

    Args:
        execution_id (str):
        body (QueryInvocationBody): A query to run.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | QueryWorkflowResponse
    """

    return (
        await asyncio_detailed(
            execution_id=execution_id,
            client=client,
            body=body,
        )
    ).parsed
