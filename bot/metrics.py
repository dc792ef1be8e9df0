"""Prometheus metrics, one registry per application (never the global default)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram, disable_created_metrics, generate_latest

disable_created_metrics()  # the *_created series only add noise to every scrape

__all__ = ["Metrics"]


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.messages = Counter(
            "helpline_messages",
            "Messages handled, by channel and direction (in from users, out to users).",
            ["channel", "direction"],
            registry=self.registry,
        )
        self.errors = Counter("helpline_errors", "Errors, by kind.", ["kind"], registry=self.registry)
        self.latency = Histogram(
            "helpline_turn_seconds",
            "Time from a user's message to the bot's replies being stored, by channel.",
            ["channel"],
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
            registry=self.registry,
        )
        self.http_errors = Counter(
            "helpline_http_client_errors",
            "HTTP requests answered with an error status, by status.",
            ["status"],
            registry=self.registry,
        )

    def render(self) -> bytes:
        return generate_latest(self.registry)
