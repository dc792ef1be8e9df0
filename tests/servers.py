"""Small pieces for tests that run a real server: a free port, and an event loop in a thread for
synchronous drivers (schemathesis, hypothesis with requests) that need the app listening meanwhile."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Coroutine, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

__all__ = ["LoopThread", "free_port", "loop_thread"]

T = TypeVar("T")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class LoopThread:
    """An event loop running in a daemon thread; ``call`` runs a coroutine there and returns its result
    (or raises its exception) in the calling thread."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()

    def call(self, coro: Coroutine[Any, Any, T], timeout: float = 60) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)


@contextmanager
def loop_thread() -> Iterator[LoopThread]:
    running = LoopThread()
    try:
        yield running
    finally:
        running.stop()
