from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.payment_list_envelope import PaymentListEnvelope
from ...types import Response, asend, checked_response, send


def _get_kwargs(
    *,
    imp_uid: list[str] | None = None,
    merchant_uid: list[str] | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    if imp_uid is not None:
        params["imp_uid[]"] = imp_uid

    if merchant_uid is not None:
        params["merchant_uid[]"] = merchant_uid

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/payments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | PaymentListEnvelope | PaymentListEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | PaymentListEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = PaymentListEnvelope.from_dict(data)

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
        response_207 = PaymentListEnvelope.from_dict(response.json())

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
    ErrorEnvelope | ErrorEnvelope | PaymentListEnvelope | PaymentListEnvelope
]:
    # iamport-client: an answer that cannot be parsed is an InvalidResponseError (types.py).
    return checked_response(
        response, lambda: _parse_response(client=client, response=response)
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    imp_uid: list[str] | None = None,
    merchant_uid: list[str] | None = None,
) -> Response[
    ErrorEnvelope | ErrorEnvelope | PaymentListEnvelope | PaymentListEnvelope
]:
    """Get several payments at once

     Returns the payments named by `imp_uid[]` and/or `merchant_uid[]` (at most 100 ids in
    all), for example `/payments?imp_uid[]=imp_1&imp_uid[]=imp_2`. When some of the ids are
    unknown or not accessible the service answers 207 with the payments it did find.

    Args:
        imp_uid (list[str] | None):
        merchant_uid (list[str] | None):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | PaymentListEnvelope | PaymentListEnvelope]
    """

    kwargs = _get_kwargs(
        imp_uid=imp_uid,
        merchant_uid=merchant_uid,
    )

    response = send(client.get_httpx_client(), kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    imp_uid: list[str] | None = None,
    merchant_uid: list[str] | None = None,
) -> ErrorEnvelope | ErrorEnvelope | PaymentListEnvelope | PaymentListEnvelope | None:
    """Get several payments at once

     Returns the payments named by `imp_uid[]` and/or `merchant_uid[]` (at most 100 ids in
    all), for example `/payments?imp_uid[]=imp_1&imp_uid[]=imp_2`. When some of the ids are
    unknown or not accessible the service answers 207 with the payments it did find.

    Args:
        imp_uid (list[str] | None):
        merchant_uid (list[str] | None):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        ErrorEnvelope | ErrorEnvelope | PaymentListEnvelope | PaymentListEnvelope
    """

    return sync_detailed(
        client=client,
        imp_uid=imp_uid,
        merchant_uid=merchant_uid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    imp_uid: list[str] | None = None,
    merchant_uid: list[str] | None = None,
) -> Response[
    ErrorEnvelope | ErrorEnvelope | PaymentListEnvelope | PaymentListEnvelope
]:
    """Get several payments at once

     Returns the payments named by `imp_uid[]` and/or `merchant_uid[]` (at most 100 ids in
    all), for example `/payments?imp_uid[]=imp_1&imp_uid[]=imp_2`. When some of the ids are
    unknown or not accessible the service answers 207 with the payments it did find.

    Args:
        imp_uid (list[str] | None):
        merchant_uid (list[str] | None):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | PaymentListEnvelope | PaymentListEnvelope]
    """

    kwargs = _get_kwargs(
        imp_uid=imp_uid,
        merchant_uid=merchant_uid,
    )

    response = await asend(client.get_async_httpx_client(), kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    imp_uid: list[str] | None = None,
    merchant_uid: list[str] | None = None,
) -> ErrorEnvelope | ErrorEnvelope | PaymentListEnvelope | PaymentListEnvelope | None:
    """Get several payments at once

     Returns the payments named by `imp_uid[]` and/or `merchant_uid[]` (at most 100 ids in
    all), for example `/payments?imp_uid[]=imp_1&imp_uid[]=imp_2`. When some of the ids are
    unknown or not accessible the service answers 207 with the payments it did find.

    Args:
        imp_uid (list[str] | None):
        merchant_uid (list[str] | None):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        ErrorEnvelope | ErrorEnvelope | PaymentListEnvelope | PaymentListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            imp_uid=imp_uid,
            merchant_uid=merchant_uid,
        )
    ).parsed
