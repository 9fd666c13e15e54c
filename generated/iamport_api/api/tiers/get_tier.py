from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.tier_envelope import TierEnvelope
from ...types import Response, asend, checked_response, send


def _get_kwargs(
    tier_code: str,
    *,
    tier: str | None = None,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if tier is not None:
        headers["Tier"] = tier

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tiers/{tier_code}".format(
            tier_code=quote(str(tier_code), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | TierEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | TierEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = TierEnvelope.from_dict(data)

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
) -> Response[ErrorEnvelope | ErrorEnvelope | TierEnvelope]:
    # iamport-client: an answer that cannot be parsed is an InvalidResponseError (types.py).
    return checked_response(
        response, lambda: _parse_response(client=client, response=response)
    )


def sync_detailed(
    tier_code: str,
    *,
    client: AuthenticatedClient | Client,
    tier: str | None = None,
) -> Response[ErrorEnvelope | ErrorEnvelope | TierEnvelope]:
    """Get a sub-merchant

     Returns the sub-merchant (tier) registered under the master account with `tier_code`.

    Args:
        tier_code (str):
        tier (str | None):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | TierEnvelope]
    """

    kwargs = _get_kwargs(
        tier_code=tier_code,
        tier=tier,
    )

    response = send(client.get_httpx_client(), kwargs)

    return _build_response(client=client, response=response)


def sync(
    tier_code: str,
    *,
    client: AuthenticatedClient | Client,
    tier: str | None = None,
) -> ErrorEnvelope | ErrorEnvelope | TierEnvelope | None:
    """Get a sub-merchant

     Returns the sub-merchant (tier) registered under the master account with `tier_code`.

    Args:
        tier_code (str):
        tier (str | None):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        ErrorEnvelope | ErrorEnvelope | TierEnvelope
    """

    return sync_detailed(
        tier_code=tier_code,
        client=client,
        tier=tier,
    ).parsed


async def asyncio_detailed(
    tier_code: str,
    *,
    client: AuthenticatedClient | Client,
    tier: str | None = None,
) -> Response[ErrorEnvelope | ErrorEnvelope | TierEnvelope]:
    """Get a sub-merchant

     Returns the sub-merchant (tier) registered under the master account with `tier_code`.

    Args:
        tier_code (str):
        tier (str | None):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | TierEnvelope]
    """

    kwargs = _get_kwargs(
        tier_code=tier_code,
        tier=tier,
    )

    response = await asend(client.get_async_httpx_client(), kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    tier_code: str,
    *,
    client: AuthenticatedClient | Client,
    tier: str | None = None,
) -> ErrorEnvelope | ErrorEnvelope | TierEnvelope | None:
    """Get a sub-merchant

     Returns the sub-merchant (tier) registered under the master account with `tier_code`.

    Args:
        tier_code (str):
        tier (str | None):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        ErrorEnvelope | ErrorEnvelope | TierEnvelope
    """

    return (
        await asyncio_detailed(
            tier_code=tier_code,
            client=client,
            tier=tier,
        )
    ).parsed
