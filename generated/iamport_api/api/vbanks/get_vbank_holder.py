from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.vbank_holder_envelope import VbankHolderEnvelope
from ...types import Response, asend, checked_response, send


def _get_kwargs(
    *,
    bank_code: str,
    bank_num: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["bank_code"] = bank_code

    params["bank_num"] = bank_num

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/vbanks/holder",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | VbankHolderEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | VbankHolderEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = VbankHolderEnvelope.from_dict(data)

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
) -> Response[ErrorEnvelope | ErrorEnvelope | VbankHolderEnvelope]:
    # iamport-client: an answer that cannot be parsed is an InvalidResponseError (types.py).
    return checked_response(
        response, lambda: _parse_response(client=client, response=response)
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    bank_code: str,
    bank_num: str,
) -> Response[ErrorEnvelope | ErrorEnvelope | VbankHolderEnvelope]:
    """Look up the holder of a bank account

     Returns the holder name registered for a bank account, typically to check a refund
    account before using it. This operation is no longer listed in the vendor's published
    file but is still served and used by the vendor's own clients.

    Args:
        bank_code (str):
        bank_num (str):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | VbankHolderEnvelope]
    """

    kwargs = _get_kwargs(
        bank_code=bank_code,
        bank_num=bank_num,
    )

    response = send(client.get_httpx_client(), kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    bank_code: str,
    bank_num: str,
) -> ErrorEnvelope | ErrorEnvelope | VbankHolderEnvelope | None:
    """Look up the holder of a bank account

     Returns the holder name registered for a bank account, typically to check a refund
    account before using it. This operation is no longer listed in the vendor's published
    file but is still served and used by the vendor's own clients.

    Args:
        bank_code (str):
        bank_num (str):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        ErrorEnvelope | ErrorEnvelope | VbankHolderEnvelope
    """

    return sync_detailed(
        client=client,
        bank_code=bank_code,
        bank_num=bank_num,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    bank_code: str,
    bank_num: str,
) -> Response[ErrorEnvelope | ErrorEnvelope | VbankHolderEnvelope]:
    """Look up the holder of a bank account

     Returns the holder name registered for a bank account, typically to check a refund
    account before using it. This operation is no longer listed in the vendor's published
    file but is still served and used by the vendor's own clients.

    Args:
        bank_code (str):
        bank_num (str):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | VbankHolderEnvelope]
    """

    kwargs = _get_kwargs(
        bank_code=bank_code,
        bank_num=bank_num,
    )

    response = await asend(client.get_async_httpx_client(), kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    bank_code: str,
    bank_num: str,
) -> ErrorEnvelope | ErrorEnvelope | VbankHolderEnvelope | None:
    """Look up the holder of a bank account

     Returns the holder name registered for a bank account, typically to check a refund
    account before using it. This operation is no longer listed in the vendor's published
    file but is still served and used by the vendor's own clients.

    Args:
        bank_code (str):
        bank_num (str):

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        ErrorEnvelope | ErrorEnvelope | VbankHolderEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            bank_code=bank_code,
            bank_num=bank_num,
        )
    ).parsed
