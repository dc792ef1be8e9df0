"""The handoff's Prometheus metrics, registered on the application's own registry."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from .queue import LEVELS

__all__ = ["HandoffMetrics", "percentile"]

WAIT_BUCKETS = (5, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200)
QUANTILES = (0.5, 0.9, 0.99)


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile; 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(q * len(ordered) + 0.5)))
    return float(ordered[rank - 1])


class HandoffMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.cases_opened = Counter(
            "helpline_handoff_cases_opened", "Cases opened, by level.", ["level"], registry=registry
        )
        self.cases_closed = Counter(
            "helpline_handoff_cases_closed", "Cases closed, by outcome.", ["outcome"], registry=registry
        )
        self.time_to_claim = Histogram(
            "helpline_handoff_time_to_claim_seconds",
            "From entering the queue to a consultant's claim, by level.",
            ["level"],
            buckets=WAIT_BUCKETS,
            registry=registry,
        )
        self.time_to_first_reply = Histogram(
            "helpline_handoff_time_to_first_reply_seconds",
            "From entering the queue to the first human reply, by level.",
            ["level"],
            buckets=WAIT_BUCKETS,
            registry=registry,
        )
        self.queue_length = Gauge(
            "helpline_handoff_queue_length", "Cases waiting now, by level.", ["level"], registry=registry
        )
        self.active_cases = Gauge(
            "helpline_handoff_active_cases", "Cases with a consultant now.", registry=registry
        )
        self.wait = Gauge(
            "helpline_handoff_wait_seconds",
            "Waits of the cases claimed in the last 24 hours and those waiting now, by percentile.",
            ["quantile"],
            registry=registry,
        )
        for level in LEVELS:
            self.queue_length.labels(level).set(0)
        for q in QUANTILES:
            self.wait.labels(str(q)).set(0)

    def refresh(
        self, queued: Sequence[Waiting], active: int, claim_waits: Sequence[float], now: datetime
    ) -> dict[str, float]:
        """Set the gauges from the database's view; returns the wait percentiles."""
        for level in LEVELS:
            self.queue_length.labels(level).set(sum(1 for c in queued if c.level == level))
        self.active_cases.set(active)
        waits = waits_of(queued, claim_waits, now)
        result = {}
        for q in QUANTILES:
            value = percentile(waits, q)
            self.wait.labels(str(q)).set(value)
            result[f"p{round(q * 100)}"] = value
        return result


class Waiting(Protocol):
    @property
    def level(self) -> str: ...
    @property
    def queued_at(self) -> datetime: ...


def waits_of(queued: Sequence[Waiting], claim_waits: Sequence[float], now: datetime) -> list[float]:
    """Seconds waited so far by every queued case, and by every case claimed lately until its claim."""
    return [(now - c.queued_at).total_seconds() for c in queued] + list(claim_waits)
