from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.workflow_execution_request import WorkflowExecutionRequest
from ...models.workflow_execution_response import WorkflowExecutionResponse
from ...models.workflow_execution_sync_response import WorkflowExecutionSyncResponse
from ...types import Response, json_loads

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.http_validation_error import HTTPValidationError


def _get_kwargs(
    workflow_identifier: str,
    *,
    body: WorkflowExecutionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/workflows/{workflow_identifier}/execute".format(
            workflow_identifier=quote(str(workflow_identifier), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ErrorResponse
    | HTTPValidationError
    | WorkflowExecutionResponse
    | WorkflowExecutionSyncResponse
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> WorkflowExecutionResponse | WorkflowExecutionSyncResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = WorkflowExecutionResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = WorkflowExecutionSyncResponse.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(json_loads(response.content))

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
) -> Response[
    ErrorResponse
    | HTTPValidationError
    | WorkflowExecutionResponse
    | WorkflowExecutionSyncResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    workflow_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowExecutionRequest,
) -> Response[
    ErrorResponse
    | HTTPValidationError
    | WorkflowExecutionResponse
    | WorkflowExecutionSyncResponse
]:
    """Start an execution of a workflow

     Starts a new execution of the workflow named by `workflow_identifier`.
    Pass your own `execution_id` to make the call safe to retry: a second
    start with the same id is refused with 409 instead of creating a twin.
    With `wait_for_result` the call blocks until the execution finishes and
    answers with its result.

    Args:
        workflow_identifier (str):
        body (WorkflowExecutionRequest): How to start an execution.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowExecutionResponse | WorkflowExecutionSyncResponse]
    """

    kwargs = _get_kwargs(
        workflow_identifier=workflow_identifier,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    workflow_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowExecutionRequest,
) -> (
    ErrorResponse
    | HTTPValidationError
    | WorkflowExecutionResponse
    | WorkflowExecutionSyncResponse
    | None
):
    """Start an execution of a workflow

     Starts a new execution of the workflow named by `workflow_identifier`.
    Pass your own `execution_id` to make the call safe to retry: a second
    start with the same id is refused with 409 instead of creating a twin.
    With `wait_for_result` the call blocks until the execution finishes and
    answers with its result.

    Args:
        workflow_identifier (str):
        body (WorkflowExecutionRequest): How to start an execution.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowExecutionResponse | WorkflowExecutionSyncResponse
    """

    return sync_detailed(
        workflow_identifier=workflow_identifier,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    workflow_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowExecutionRequest,
) -> Response[
    ErrorResponse
    | HTTPValidationError
    | WorkflowExecutionResponse
    | WorkflowExecutionSyncResponse
]:
    """Start an execution of a workflow

     Starts a new execution of the workflow named by `workflow_identifier`.
    Pass your own `execution_id` to make the call safe to retry: a second
    start with the same id is refused with 409 instead of creating a twin.
    With `wait_for_result` the call blocks until the execution finishes and
    answers with its result.

    Args:
        workflow_identifier (str):
        body (WorkflowExecutionRequest): How to start an execution.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | HTTPValidationError | WorkflowExecutionResponse | WorkflowExecutionSyncResponse]
    """

    kwargs = _get_kwargs(
        workflow_identifier=workflow_identifier,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    workflow_identifier: str,
    *,
    client: AuthenticatedClient | Client,
    body: WorkflowExecutionRequest,
) -> (
    ErrorResponse
    | HTTPValidationError
    | WorkflowExecutionResponse
    | WorkflowExecutionSyncResponse
    | None
):
    """Start an execution of a workflow

     Starts a new execution of the workflow named by `workflow_identifier`.
    Pass your own `execution_id` to make the call safe to retry: a second
    start with the same id is refused with 409 instead of creating a twin.
    With `wait_for_result` the call blocks until the execution finishes and
    answers with its result.

    Args:
        workflow_identifier (str):
        body (WorkflowExecutionRequest): How to start an execution.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | HTTPValidationError | WorkflowExecutionResponse | WorkflowExecutionSyncResponse
    """

    return (
        await asyncio_detailed(
            workflow_identifier=workflow_identifier,
            client=client,
            body=body,
        )
    ).parsed
