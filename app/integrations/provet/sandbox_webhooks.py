"""The sandbox's webhook emitter: what Provet POSTs to the clinic's receivers, and its retries.

A change of an object sends ``<param>=<id>`` (form-encoded, or JSON when registered so) to each
receiver subscribed to the event (after ``department_id`` for a department's webhook); anything
but a 200 is retried with backoff up to ``max_attempts`` times, and every delivery is kept.
"""

from __future__ import annotations

import asyncio
import urllib.parse
from dataclasses import dataclass, field
from typing import Any

import httpx

from app.integrations.provet.sandbox_catalogue import (
    EVENTS,
    Event,
    change_event,
)


@dataclass
class Delivery:
    """One POST to a receiver, with every attempt's status."""

    id: int
    url: str
    content_type: str
    payload: dict[str, str]
    attempts: int = 0
    statuses: list[int] = field(default_factory=list)
    delivered: bool = False
    gave_up: bool = False
    event: str = ""


@dataclass
class Receiver:
    """A receiver set through /_control/receiver: address, encoding, triggers, department."""

    url: str
    content_type: str = "form"  # "form" | "json"
    triggers: set[str] = field(default_factory=set)  # event names or params; empty: every event
    department: int | None = None


class WebhookEmitter:
    """Deliveries to the configured receivers (a part of ``ProvetSandbox``)."""

    objects: dict[str, dict[int, dict[str, Any]]]
    receivers: list[Receiver]
    deliveries: list[Delivery]
    _tasks: set[asyncio.Task[None]]
    max_attempts: int
    retry_delay: float

    def emit(self, endpoint: str, object_id: int, department: int | None = None) -> None:
        """What a create or update of ``endpoint`` sends (nothing when no event names it)."""
        event = change_event(endpoint)
        if event is not None:
            self.trigger(event, object_id, department)

    def trigger(
        self,
        event: Event,
        object_id: int | None = None,
        department: int | None = None,
        extra: dict[str, str] | None = None,
    ) -> list[Delivery]:
        """POST ``event`` to every receiver subscribed to it: ``<param>=<id>`` (nothing for an
        event without parameter), after ``department_id`` on a department-specific webhook
        (the trigger's own parameter names the object, not the first field)."""
        made: list[Delivery] = []
        for receiver in self.receivers:
            if receiver.triggers and not ({event.name, event.param} & receiver.triggers):
                continue
            if receiver.department is not None and department != receiver.department:
                continue
            payload: dict[str, str] = {}
            if receiver.department is not None:
                payload["department_id"] = str(receiver.department)
            payload.update(extra or {})
            if event.param and object_id is not None:
                payload[event.param] = str(object_id)
            delivery = Delivery(len(self.deliveries) + 1, receiver.url, receiver.content_type, payload)
            delivery.event = event.name
            self.deliveries.append(delivery)
            made.append(delivery)
            task = asyncio.get_running_loop().create_task(self._deliver(delivery))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return made

    def trigger_every_event(self) -> list[Delivery]:
        """Each event of the seed's list once, on an object that exists when it has an endpoint."""
        made: list[Delivery] = []
        for number, event in enumerate(EVENTS, start=1):
            oid: int | None = None
            if event.param:
                existing = sorted(self.objects.get(event.endpoint or "", {}))
                oid = existing[0] if existing else 900 + number
            made.extend(self.trigger(event, oid))
        return made

    async def _deliver(self, d: Delivery) -> None:
        async with httpx.AsyncClient(timeout=5.0) as http:
            while d.attempts < self.max_attempts:
                d.attempts += 1
                try:
                    if d.content_type == "json":
                        response = await http.post(d.url, json=d.payload)
                    else:  # a form POST says so even when empty (an event without parameter)
                        response = await http.post(
                            d.url,
                            content=urllib.parse.urlencode(d.payload).encode("ascii"),
                            headers={"Content-Type": "application/x-www-form-urlencoded"},
                        )
                    status = response.status_code
                except httpx.HTTPError:
                    status = 0
                d.statuses.append(status)
                if status == 200:
                    d.delivered = True
                    return
                await asyncio.sleep(min(self.retry_delay * 2 ** (d.attempts - 1), 3600))
        d.gave_up = True
