"""Client-side rolling-window limiter: stay under Provet's per-endpoint budget (requests per
60 s) so that a long pull waits a little instead of being answered 429."""

from __future__ import annotations

import asyncio
import collections
import time
from collections.abc import Awaitable, Callable, Mapping

# Provet's published examples; other endpoints get DEFAULT_BUDGET.
BUDGETS: dict[str, int] = {"consultation": 100, "invoice": 60}
DEFAULT_BUDGET = 60
WINDOW_SECONDS = 60.0


class RollingLimiter:
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
        return max(1, self.budgets.get(endpoint, self.default))

    def delay(self, endpoint: str) -> float:
        """Seconds to wait before the next request to ``endpoint`` fits in the window."""
        sent = self._sent[endpoint]
        now = self._clock()
        while sent and sent[0] <= now - self.window - min(2.0, self.window * 0.1):
            sent.popleft()
        if len(sent) < self.budget(endpoint):
            return 0.0
        # A margin for the time a request takes to arrive: the server counts from its arrival.
        margin = min(2.0, self.window * 0.1)
        return max(0.0, sent[0] + self.window + margin - now)

    async def acquire(self, endpoint: str) -> None:
        async with self._locks[endpoint]:
            while (wait := self.delay(endpoint)) > 0:
                self.waited += wait
                await self._sleep(wait)
            self._sent[endpoint].append(self._clock())
