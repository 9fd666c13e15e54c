from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.kcp_quick_member_envelope import KcpQuickMemberEnvelope
from ...types import Response, asend, checked_response, send


def _get_kwargs(
    member_id: str,
    *,
    site_code: str,
    partner_type: str,
    partner_subtype: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["site_code"] = site_code

    params["partner_type"] = partner_type

    params["partner_subtype"] = partner_subtype

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/kcpquick/members/{member_id}".format(
            member_id=quote(str(member_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | KcpQuickMemberEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | KcpQuickMemberEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = KcpQuickMemberEnvelope.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ErrorEnvelope.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | ErrorEnvelope | KcpQuickMemberEnvelope]:
    # iamport-client: an answer that cannot be parsed is an InvalidResponseError (types.py).
    return checked_response(
        response, lambda: _parse_response(client=client, response=response)
    )


def sync_detailed(
    member_id: str,
    *,
    client: AuthenticatedClient | Client,
    site_code: str,
    partner_type: str,
    partner_subtype: str,
) -> Response[ErrorEnvelope | ErrorEnvelope | KcpQuickMemberEnvelope]:
    """Delete a KCP Quick Pay member

     Permanently deletes a buyer's KCP Quick Pay registration. Give the site code and partner
    type and subtype used when the member was registered.

    Args:
        member_id (str):
        site_code (str):
        partner_type (str):
        partner_subtype (str):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | KcpQuickMemberEnvelope]
    """

    kwargs = _get_kwargs(
        member_id=member_id,
        site_code=site_code,
        partner_type=partner_type,
        partner_subtype=partner_subtype,
    )

    response = send(client.get_httpx_client(), kwargs)

    return _build_response(client=client, response=response)


def sync(
    member_id: str,
    *,
    client: AuthenticatedClient | Client,
    site_code: str,
    partner_type: str,
    partner_subtype: str,
) -> ErrorEnvelope | ErrorEnvelope | KcpQuickMemberEnvelope | None:
    """Delete a KCP Quick Pay member

     Permanently deletes a buyer's KCP Quick Pay registration. Give the site code and partner
    type and subtype used when the member was registered.

    Args:
        member_id (str):
        site_code (str):
        partner_type (str):
        partner_subtype (str):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        ErrorEnvelope | ErrorEnvelope | KcpQuickMemberEnvelope
    """

    return sync_detailed(
        member_id=member_id,
        client=client,
        site_code=site_code,
        partner_type=partner_type,
        partner_subtype=partner_subtype,
    ).parsed


async def asyncio_detailed(
    member_id: str,
    *,
    client: AuthenticatedClient | Client,
    site_code: str,
    partner_type: str,
    partner_subtype: str,
) -> Response[ErrorEnvelope | ErrorEnvelope | KcpQuickMemberEnvelope]:
    """Delete a KCP Quick Pay member

     Permanently deletes a buyer's KCP Quick Pay registration. Give the site code and partner
    type and subtype used when the member was registered.

    Args:
        member_id (str):
        site_code (str):
        partner_type (str):
        partner_subtype (str):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | KcpQuickMemberEnvelope]
    """

    kwargs = _get_kwargs(
        member_id=member_id,
        site_code=site_code,
        partner_type=partner_type,
        partner_subtype=partner_subtype,
    )

    response = await asend(client.get_async_httpx_client(), kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    member_id: str,
    *,
    client: AuthenticatedClient | Client,
    site_code: str,
    partner_type: str,
    partner_subtype: str,
) -> ErrorEnvelope | ErrorEnvelope | KcpQuickMemberEnvelope | None:
    """Delete a KCP Quick Pay member

     Permanently deletes a buyer's KCP Quick Pay registration. Give the site code and partner
    type and subtype used when the member was registered.

    Args:
        member_id (str):
        site_code (str):
        partner_type (str):
        partner_subtype (str):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        ErrorEnvelope | ErrorEnvelope | KcpQuickMemberEnvelope
    """

    return (
        await asyncio_detailed(
            member_id=member_id,
            client=client,
            site_code=site_code,
            partner_type=partner_type,
            partner_subtype=partner_subtype,
        )
    ).parsed
