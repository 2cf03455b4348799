"""Client-side rolling-window limiter: stay under Provet's per-endpoint budget (requests per
60 s) so that a long pull waits a little instead of being answered 429.

A page costs in proportion to its size (Provet's published rule): a page of N results counts
as ceil(N / 50) requests, so ``page_size=500`` spends 10 of the window's budget."""

from __future__ import annotations

import asyncio
import collections
import time
from collections.abc import Awaitable, Callable, Mapping

# Provet's published examples; other endpoints get DEFAULT_BUDGET.
BUDGETS: dict[str, int] = {"consultation": 100, "invoice": 60}
DEFAULT_BUDGET = 60
WINDOW_SECONDS = 60.0
PAGE_UNIT = 50  # the default page: one request's worth of results


def page_cost(page_size: int | None) -> int:
    """Requests a page of ``page_size`` results counts as: ceil(N / 50), at least 1."""
    if not page_size or page_size < 1:
        return 1
    return -(-int(page_size) // PAGE_UNIT)


class RollingLimiter:
    """Provet's rolling per-endpoint budget, kept on this side so a 429 is rare."""

    def __init__(
        self,
        budgets: Mapping[str, int] | None = None,
        *,
        default: int = DEFAULT_BUDGET,
        window: float = WINDOW_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.budgets = dict(BUDGETS if budgets is None else budgets)
        self.default = default
        self.window = window
        self._clock = clock
        self._sleep = sleep
        self._sent: dict[str, collections.deque[float]] = collections.defaultdict(collections.deque)
        self._locks: dict[str, asyncio.Lock] = collections.defaultdict(asyncio.Lock)
        self.waited = 0.0  # total seconds spent waiting (shown in tests and logs)

    def budget(self, endpoint: str) -> int:
        """Requests allowed per window for an endpoint."""
        return max(1, self.budgets.get(endpoint, self.default))

    def largest_page(self, endpoint: str) -> int:
        """The biggest page that fits in one window's budget."""
        return self.budget(endpoint) * PAGE_UNIT

    def delay(self, endpoint: str, cost: int = 1) -> float:
        """Seconds to wait before a request costing ``cost`` fits in the window."""
        sent = self._sent[endpoint]
        now = self._clock()
        # A margin for the time a request takes to arrive: the server counts from its arrival.
        margin = min(2.0, self.window * 0.1)
        while sent and sent[0] <= now - self.window - margin:
            sent.popleft()
        cost = min(max(1, cost), self.budget(endpoint))
        room = self.budget(endpoint) - cost
        if len(sent) <= room:
            return 0.0
        # The request fits once the oldest len(sent) - room entries have left the window.
        return max(0.0, sent[len(sent) - room - 1] + self.window + margin - now)

    async def acquire(self, endpoint: str, cost: int = 1) -> None:
        """Wait until ``cost`` requests fit in ``endpoint``'s window, then count them."""
        cost = min(max(1, cost), self.budget(endpoint))
        async with self._locks[endpoint]:
            while (wait := self.delay(endpoint, cost)) > 0:
                self.waited += wait
                await self._sleep(wait)
            stamp = self._clock()
            self._sent[endpoint].extend([stamp] * cost)
