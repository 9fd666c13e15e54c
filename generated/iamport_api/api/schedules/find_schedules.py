from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.schedule_page_envelope import SchedulePageEnvelope
from ...models.schedule_status import ScheduleStatus
from ...types import Response, asend, checked_response, send


def _get_kwargs(
    *,
    schedule_from: int,
    schedule_to: int,
    schedule_status: ScheduleStatus | None = None,
    page: int | None = None,
    limit: int | None = None,
    sorting: str | None = None,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["schedule_from"] = schedule_from

    params["schedule_to"] = schedule_to

    if schedule_status is not None:
        params["schedule_status"] = schedule_status.value

    if page is not None:
        params["page"] = page

    if limit is not None:
        params["limit"] = limit

    if sorting is not None:
        params["sorting"] = sorting

    params = {k: v for k, v in params.items() if v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/subscribe/payments/schedule",
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
    *,
    client: AuthenticatedClient | Client,
    schedule_from: int,
    schedule_to: int,
    schedule_status: ScheduleStatus | None = None,
    page: int | None = None,
    limit: int | None = None,
    sorting: str | None = None,
) -> Response[ErrorEnvelope | ErrorEnvelope | SchedulePageEnvelope]:
    """List schedules in a time window

     Lists schedules whose `schedule_at` lies in `[schedule_from, schedule_to)`. The window
    may span at most about three months.

    Args:
        schedule_from (int):
        schedule_to (int):
        schedule_status (ScheduleStatus | None): State of a schedule: `scheduled` (pending),
            `executed` (a charge was attempted), `revoked`.
        page (int | None):
        limit (int | None):
        sorting (str | None):

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
        schedule_from=schedule_from,
        schedule_to=schedule_to,
        schedule_status=schedule_status,
        page=page,
        limit=limit,
        sorting=sorting,
    )

    response = send(client.get_httpx_client(), kwargs)

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    schedule_from: int,
    schedule_to: int,
    schedule_status: ScheduleStatus | None = None,
    page: int | None = None,
    limit: int | None = None,
    sorting: str | None = None,
) -> ErrorEnvelope | ErrorEnvelope | SchedulePageEnvelope | None:
    """List schedules in a time window

     Lists schedules whose `schedule_at` lies in `[schedule_from, schedule_to)`. The window
    may span at most about three months.

    Args:
        schedule_from (int):
        schedule_to (int):
        schedule_status (ScheduleStatus | None): State of a schedule: `scheduled` (pending),
            `executed` (a charge was attempted), `revoked`.
        page (int | None):
        limit (int | None):
        sorting (str | None):

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
        client=client,
        schedule_from=schedule_from,
        schedule_to=schedule_to,
        schedule_status=schedule_status,
        page=page,
        limit=limit,
        sorting=sorting,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    schedule_from: int,
    schedule_to: int,
    schedule_status: ScheduleStatus | None = None,
    page: int | None = None,
    limit: int | None = None,
    sorting: str | None = None,
) -> Response[ErrorEnvelope | ErrorEnvelope | SchedulePageEnvelope]:
    """List schedules in a time window

     Lists schedules whose `schedule_at` lies in `[schedule_from, schedule_to)`. The window
    may span at most about three months.

    Args:
        schedule_from (int):
        schedule_to (int):
        schedule_status (ScheduleStatus | None): State of a schedule: `scheduled` (pending),
            `executed` (a charge was attempted), `revoked`.
        page (int | None):
        limit (int | None):
        sorting (str | None):

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
        schedule_from=schedule_from,
        schedule_to=schedule_to,
        schedule_status=schedule_status,
        page=page,
        limit=limit,
        sorting=sorting,
    )

    response = await asend(client.get_async_httpx_client(), kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    schedule_from: int,
    schedule_to: int,
    schedule_status: ScheduleStatus | None = None,
    page: int | None = None,
    limit: int | None = None,
    sorting: str | None = None,
) -> ErrorEnvelope | ErrorEnvelope | SchedulePageEnvelope | None:
    """List schedules in a time window

     Lists schedules whose `schedule_at` lies in `[schedule_from, schedule_to)`. The window
    may span at most about three months.

    Args:
        schedule_from (int):
        schedule_to (int):
        schedule_status (ScheduleStatus | None): State of a schedule: `scheduled` (pending),
            `executed` (a charge was attempted), `revoked`.
        page (int | None):
        limit (int | None):
        sorting (str | None):

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
            client=client,
            schedule_from=schedule_from,
            schedule_to=schedule_to,
            schedule_status=schedule_status,
            page=page,
            limit=limit,
            sorting=sorting,
        )
    ).parsed
