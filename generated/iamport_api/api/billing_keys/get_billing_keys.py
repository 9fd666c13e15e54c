from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billing_key_list_envelope import BillingKeyListEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, asend, checked_response, send


def _get_kwargs(
    *,
    customer_uid: list[str],
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_customer_uid = customer_uid

    params["customer_uid[]"] = json_customer_uid

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscribe/customers",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    BillingKeyListEnvelope
    | BillingKeyListEnvelope
    | ErrorEnvelope
    | ErrorEnvelope
    | None
):
    if response.status_code == 200:

        def _parse_response_200(data: object) -> BillingKeyListEnvelope | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = BillingKeyListEnvelope.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ErrorEnvelope.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 207:
        response_207 = BillingKeyListEnvelope.from_dict(response.json())

        return response_207

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
) -> Response[
    BillingKeyListEnvelope | BillingKeyListEnvelope | ErrorEnvelope | ErrorEnvelope
]:
    # iamport-client: an answer that cannot be parsed is an InvalidResponseError (types.py).
    return checked_response(
        response, lambda: _parse_response(client=client, response=response)
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_uid: list[str],
) -> Response[
    BillingKeyListEnvelope | BillingKeyListEnvelope | ErrorEnvelope | ErrorEnvelope
]:
    """Get several billing keys at once

     Returns the cards stored under each `customer_uid[]`, for example
    `/subscribe/customers?customer_uid[]=a&customer_uid[]=b`. When some of them are unknown
    or not accessible the service answers 207 with the keys it did find.

    Args:
        customer_uid (list[str]):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        Response[BillingKeyListEnvelope | BillingKeyListEnvelope | ErrorEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        customer_uid=customer_uid,
    )

    response = send(client.get_httpx_client(), kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    customer_uid: list[str],
) -> (
    BillingKeyListEnvelope
    | BillingKeyListEnvelope
    | ErrorEnvelope
    | ErrorEnvelope
    | None
):
    """Get several billing keys at once

     Returns the cards stored under each `customer_uid[]`, for example
    `/subscribe/customers?customer_uid[]=a&customer_uid[]=b`. When some of them are unknown
    or not accessible the service answers 207 with the keys it did find.

    Args:
        customer_uid (list[str]):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        BillingKeyListEnvelope | BillingKeyListEnvelope | ErrorEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        customer_uid=customer_uid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_uid: list[str],
) -> Response[
    BillingKeyListEnvelope | BillingKeyListEnvelope | ErrorEnvelope | ErrorEnvelope
]:
    """Get several billing keys at once

     Returns the cards stored under each `customer_uid[]`, for example
    `/subscribe/customers?customer_uid[]=a&customer_uid[]=b`. When some of them are unknown
    or not accessible the service answers 207 with the keys it did find.

    Args:
        customer_uid (list[str]):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        Response[BillingKeyListEnvelope | BillingKeyListEnvelope | ErrorEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        customer_uid=customer_uid,
    )

    response = await asend(client.get_async_httpx_client(), kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    customer_uid: list[str],
) -> (
    BillingKeyListEnvelope
    | BillingKeyListEnvelope
    | ErrorEnvelope
    | ErrorEnvelope
    | None
):
    """Get several billing keys at once

     Returns the cards stored under each `customer_uid[]`, for example
    `/subscribe/customers?customer_uid[]=a&customer_uid[]=b`. When some of them are unknown
    or not accessible the service answers 207 with the keys it did find.

    Args:
        customer_uid (list[str]):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        BillingKeyListEnvelope | BillingKeyListEnvelope | ErrorEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            customer_uid=customer_uid,
        )
    ).parsed
