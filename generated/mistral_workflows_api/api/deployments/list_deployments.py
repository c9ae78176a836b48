from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment_list_response import DeploymentListResponse
from ...models.deployment_sort_field import DeploymentSortField
from ...models.list_deployments_order import ListDeploymentsOrder
from ...models.location_type import LocationType
from ...types import UNSET, Response, Unset, json_loads

if TYPE_CHECKING:
    from ...models.error_response import ErrorResponse
    from ...models.http_validation_error import HTTPValidationError


def _get_kwargs(
    *,
    active_only: bool | Unset = True,
    is_hardened: bool | None | Unset = UNSET,
    workflow_name: None | str | Unset = UNSET,
    created_by: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    location_types: list[LocationType] | None | Unset = UNSET,
    repository_url: None | str | Unset = UNSET,
    dockerfile_path: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    order_by: DeploymentSortField | None | Unset = UNSET,
    order: ListDeploymentsOrder | Unset = ListDeploymentsOrder.DESC,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    workspace_id: None | Unset | UUID = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["active_only"] = active_only

    json_is_hardened: bool | None | Unset
    if isinstance(is_hardened, Unset):
        json_is_hardened = UNSET
    else:
        json_is_hardened = is_hardened
    params["is_hardened"] = json_is_hardened

    json_workflow_name: None | str | Unset
    if isinstance(workflow_name, Unset):
        json_workflow_name = UNSET
    else:
        json_workflow_name = workflow_name
    params["workflow_name"] = json_workflow_name

    json_created_by: None | str | Unset
    if isinstance(created_by, Unset):
        json_created_by = UNSET
    else:
        json_created_by = created_by
    params["created_by"] = json_created_by

    json_owner: None | str | Unset
    if isinstance(owner, Unset):
        json_owner = UNSET
    else:
        json_owner = owner
    params["owner"] = json_owner

    json_location_types: list[str] | None | Unset
    if isinstance(location_types, Unset):
        json_location_types = UNSET
    elif isinstance(location_types, list):
        json_location_types = []
        for location_types_type_0_item_data in location_types:
            location_types_type_0_item = location_types_type_0_item_data.value
            json_location_types.append(location_types_type_0_item)

    else:
        json_location_types = location_types
    params["location_types"] = json_location_types

    json_repository_url: None | str | Unset
    if isinstance(repository_url, Unset):
        json_repository_url = UNSET
    else:
        json_repository_url = repository_url
    params["repository_url"] = json_repository_url

    json_dockerfile_path: None | str | Unset
    if isinstance(dockerfile_path, Unset):
        json_dockerfile_path = UNSET
    else:
        json_dockerfile_path = dockerfile_path
    params["dockerfile_path"] = json_dockerfile_path

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_order_by: None | str | Unset
    if isinstance(order_by, Unset):
        json_order_by = UNSET
    elif isinstance(order_by, DeploymentSortField):
        json_order_by = order_by.value
    else:
        json_order_by = order_by
    params["order_by"] = json_order_by

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_workspace_id: None | str | Unset
    if isinstance(workspace_id, Unset):
        json_workspace_id = UNSET
    elif isinstance(workspace_id, UUID):
        json_workspace_id = str(workspace_id)
    else:
        json_workspace_id = workspace_id
    params["workspace_id"] = json_workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/workflows/deployments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentListResponse | ErrorResponse | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = DeploymentListResponse.from_dict(json_loads(response.content))

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
) -> Response[DeploymentListResponse | ErrorResponse | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    active_only: bool | Unset = True,
    is_hardened: bool | None | Unset = UNSET,
    workflow_name: None | str | Unset = UNSET,
    created_by: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    location_types: list[LocationType] | None | Unset = UNSET,
    repository_url: None | str | Unset = UNSET,
    dockerfile_path: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    order_by: DeploymentSortField | None | Unset = UNSET,
    order: ListDeploymentsOrder | Unset = ListDeploymentsOrder.DESC,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    workspace_id: None | Unset | UUID = UNSET,
) -> Response[DeploymentListResponse | ErrorResponse | HTTPValidationError]:
    """List deployments

     One page of the deployments that run workflows. Unless `order_by` is
    set, active and managed deployments come first, each group sorted by
    creation time. Pass `next_cursor` back as `cursor` for the next page.

    Args:
        active_only (bool | Unset):  Default: True.
        is_hardened (bool | None | Unset):
        workflow_name (None | str | Unset):
        created_by (None | str | Unset):
        owner (None | str | Unset):
        location_types (list[LocationType] | None | Unset):
        repository_url (None | str | Unset):
        dockerfile_path (None | str | Unset):
        search (None | str | Unset):
        order_by (DeploymentSortField | None | Unset):
        order (ListDeploymentsOrder | Unset):  Default: ListDeploymentsOrder.DESC.
        limit (int | None | Unset):
        cursor (None | str | Unset):
        workspace_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentListResponse | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        active_only=active_only,
        is_hardened=is_hardened,
        workflow_name=workflow_name,
        created_by=created_by,
        owner=owner,
        location_types=location_types,
        repository_url=repository_url,
        dockerfile_path=dockerfile_path,
        search=search,
        order_by=order_by,
        order=order,
        limit=limit,
        cursor=cursor,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    active_only: bool | Unset = True,
    is_hardened: bool | None | Unset = UNSET,
    workflow_name: None | str | Unset = UNSET,
    created_by: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    location_types: list[LocationType] | None | Unset = UNSET,
    repository_url: None | str | Unset = UNSET,
    dockerfile_path: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    order_by: DeploymentSortField | None | Unset = UNSET,
    order: ListDeploymentsOrder | Unset = ListDeploymentsOrder.DESC,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    workspace_id: None | Unset | UUID = UNSET,
) -> DeploymentListResponse | ErrorResponse | HTTPValidationError | None:
    """List deployments

     One page of the deployments that run workflows. Unless `order_by` is
    set, active and managed deployments come first, each group sorted by
    creation time. Pass `next_cursor` back as `cursor` for the next page.

    Args:
        active_only (bool | Unset):  Default: True.
        is_hardened (bool | None | Unset):
        workflow_name (None | str | Unset):
        created_by (None | str | Unset):
        owner (None | str | Unset):
        location_types (list[LocationType] | None | Unset):
        repository_url (None | str | Unset):
        dockerfile_path (None | str | Unset):
        search (None | str | Unset):
        order_by (DeploymentSortField | None | Unset):
        order (ListDeploymentsOrder | Unset):  Default: ListDeploymentsOrder.DESC.
        limit (int | None | Unset):
        cursor (None | str | Unset):
        workspace_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentListResponse | ErrorResponse | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        active_only=active_only,
        is_hardened=is_hardened,
        workflow_name=workflow_name,
        created_by=created_by,
        owner=owner,
        location_types=location_types,
        repository_url=repository_url,
        dockerfile_path=dockerfile_path,
        search=search,
        order_by=order_by,
        order=order,
        limit=limit,
        cursor=cursor,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    active_only: bool | Unset = True,
    is_hardened: bool | None | Unset = UNSET,
    workflow_name: None | str | Unset = UNSET,
    created_by: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    location_types: list[LocationType] | None | Unset = UNSET,
    repository_url: None | str | Unset = UNSET,
    dockerfile_path: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    order_by: DeploymentSortField | None | Unset = UNSET,
    order: ListDeploymentsOrder | Unset = ListDeploymentsOrder.DESC,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    workspace_id: None | Unset | UUID = UNSET,
) -> Response[DeploymentListResponse | ErrorResponse | HTTPValidationError]:
    """List deployments

     One page of the deployments that run workflows. Unless `order_by` is
    set, active and managed deployments come first, each group sorted by
    creation time. Pass `next_cursor` back as `cursor` for the next page.

    Args:
        active_only (bool | Unset):  Default: True.
        is_hardened (bool | None | Unset):
        workflow_name (None | str | Unset):
        created_by (None | str | Unset):
        owner (None | str | Unset):
        location_types (list[LocationType] | None | Unset):
        repository_url (None | str | Unset):
        dockerfile_path (None | str | Unset):
        search (None | str | Unset):
        order_by (DeploymentSortField | None | Unset):
        order (ListDeploymentsOrder | Unset):  Default: ListDeploymentsOrder.DESC.
        limit (int | None | Unset):
        cursor (None | str | Unset):
        workspace_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentListResponse | ErrorResponse | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        active_only=active_only,
        is_hardened=is_hardened,
        workflow_name=workflow_name,
        created_by=created_by,
        owner=owner,
        location_types=location_types,
        repository_url=repository_url,
        dockerfile_path=dockerfile_path,
        search=search,
        order_by=order_by,
        order=order,
        limit=limit,
        cursor=cursor,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    active_only: bool | Unset = True,
    is_hardened: bool | None | Unset = UNSET,
    workflow_name: None | str | Unset = UNSET,
    created_by: None | str | Unset = UNSET,
    owner: None | str | Unset = UNSET,
    location_types: list[LocationType] | None | Unset = UNSET,
    repository_url: None | str | Unset = UNSET,
    dockerfile_path: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    order_by: DeploymentSortField | None | Unset = UNSET,
    order: ListDeploymentsOrder | Unset = ListDeploymentsOrder.DESC,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    workspace_id: None | Unset | UUID = UNSET,
) -> DeploymentListResponse | ErrorResponse | HTTPValidationError | None:
    """List deployments

     One page of the deployments that run workflows. Unless `order_by` is
    set, active and managed deployments come first, each group sorted by
    creation time. Pass `next_cursor` back as `cursor` for the next page.

    Args:
        active_only (bool | Unset):  Default: True.
        is_hardened (bool | None | Unset):
        workflow_name (None | str | Unset):
        created_by (None | str | Unset):
        owner (None | str | Unset):
        location_types (list[LocationType] | None | Unset):
        repository_url (None | str | Unset):
        dockerfile_path (None | str | Unset):
        search (None | str | Unset):
        order_by (DeploymentSortField | None | Unset):
        order (ListDeploymentsOrder | Unset):  Default: ListDeploymentsOrder.DESC.
        limit (int | None | Unset):
        cursor (None | str | Unset):
        workspace_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentListResponse | ErrorResponse | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            active_only=active_only,
            is_hardened=is_hardened,
            workflow_name=workflow_name,
            created_by=created_by,
            owner=owner,
            location_types=location_types,
            repository_url=repository_url,
            dockerfile_path=dockerfile_path,
            search=search,
            order_by=order_by,
            order=order,
            limit=limit,
            cursor=cursor,
            workspace_id=workspace_id,
        )
    ).parsed
