from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.schedule_page_envelope import SchedulePageEnvelope
from ...models.schedule_status import ScheduleStatus
from ...types import Response, asend, checked_response, send


def _get_kwargs(
    customer_uid: str,
    *,
    from_: int,
    to: int,
    page: int | None = None,
    schedule_status: ScheduleStatus | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    if page is not None:
        params["page"] = page

    if schedule_status is not None:
        params["schedule-status"] = schedule_status.value

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscribe/payments/schedule/customers/{customer_uid}".format(
            customer_uid=quote(str(customer_uid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ErrorEnvelope | SchedulePageEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | SchedulePageEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SchedulePageEnvelope.from_dict(data)

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
) -> Response[ErrorEnvelope | ErrorEnvelope | SchedulePageEnvelope]:
    # iamport-client: an answer that cannot be parsed is an InvalidResponseError (types.py).
    return checked_response(
        response, lambda: _parse_response(client=client, response=response)
    )


def sync_detailed(
    customer_uid: str,
    *,
    client: AuthenticatedClient | Client,
    from_: int,
    to: int,
    page: int | None = None,
    schedule_status: ScheduleStatus | None = None,
) -> Response[ErrorEnvelope | ErrorEnvelope | SchedulePageEnvelope]:
    """List the schedules of one billing key

     Lists the schedules of `customer_uid` whose `schedule_at` lies in `[from, to)`.

    Args:
        customer_uid (str):
        from_ (int):
        to (int):
        page (int | None):
        schedule_status (ScheduleStatus | None): State of a schedule: `scheduled` (pending),
            `executed` (a charge was attempted), `revoked`.

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | SchedulePageEnvelope]
    """

    kwargs = _get_kwargs(
        customer_uid=customer_uid,
        from_=from_,
        to=to,
        page=page,
        schedule_status=schedule_status,
    )

    response = send(client.get_httpx_client(), kwargs)

    return _build_response(client=client, response=response)


def sync(
    customer_uid: str,
    *,
    client: AuthenticatedClient | Client,
    from_: int,
    to: int,
    page: int | None = None,
    schedule_status: ScheduleStatus | None = None,
) -> ErrorEnvelope | ErrorEnvelope | SchedulePageEnvelope | None:
    """List the schedules of one billing key

     Lists the schedules of `customer_uid` whose `schedule_at` lies in `[from, to)`.

    Args:
        customer_uid (str):
        from_ (int):
        to (int):
        page (int | None):
        schedule_status (ScheduleStatus | None): State of a schedule: `scheduled` (pending),
            `executed` (a charge was attempted), `revoked`.

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        ErrorEnvelope | ErrorEnvelope | SchedulePageEnvelope
    """

    return sync_detailed(
        customer_uid=customer_uid,
        client=client,
        from_=from_,
        to=to,
        page=page,
        schedule_status=schedule_status,
    ).parsed


async def asyncio_detailed(
    customer_uid: str,
    *,
    client: AuthenticatedClient | Client,
    from_: int,
    to: int,
    page: int | None = None,
    schedule_status: ScheduleStatus | None = None,
) -> Response[ErrorEnvelope | ErrorEnvelope | SchedulePageEnvelope]:
    """List the schedules of one billing key

     Lists the schedules of `customer_uid` whose `schedule_at` lies in `[from, to)`.

    Args:
        customer_uid (str):
        from_ (int):
        to (int):
        page (int | None):
        schedule_status (ScheduleStatus | None): State of a schedule: `scheduled` (pending),
            `executed` (a charge was attempted), `revoked`.

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | SchedulePageEnvelope]
    """

    kwargs = _get_kwargs(
        customer_uid=customer_uid,
        from_=from_,
        to=to,
        page=page,
        schedule_status=schedule_status,
    )

    response = await asend(client.get_async_httpx_client(), kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_uid: str,
    *,
    client: AuthenticatedClient | Client,
    from_: int,
    to: int,
    page: int | None = None,
    schedule_status: ScheduleStatus | None = None,
) -> ErrorEnvelope | ErrorEnvelope | SchedulePageEnvelope | None:
    """List the schedules of one billing key

     Lists the schedules of `customer_uid` whose `schedule_at` lies in `[from, to)`.

    Args:
        customer_uid (str):
        from_ (int):
        to (int):
        page (int | None):
        schedule_status (ScheduleStatus | None): State of a schedule: `scheduled` (pending),
            `executed` (a charge was attempted), `revoked`.

    Raises:
        IamporterError: The only error type of this layer: NetworkError or RequestTimeoutError
            (no answer; PaymentOutcomeUnknownError for a request other than GET that may have
            arrived), InvalidResponseError or its SpecMismatchError (an answer that breaks the
            spec), errors.UnexpectedStatus (an undocumented status, with
            Client.raise_on_unexpected_status), ValidationError (a request that cannot be formed).

    Returns:
        ErrorEnvelope | ErrorEnvelope | SchedulePageEnvelope
    """

    return (
        await asyncio_detailed(
            customer_uid=customer_uid,
            client=client,
            from_=from_,
            to=to,
            page=page,
            schedule_status=schedule_status,
        )
    ).parsed
