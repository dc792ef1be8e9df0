"""Working hours and holidays: when consultants are expected to answer.

``WORKING_HOURS`` lists day ranges with one time range each, separated by commas or semicolons:
``mon-fri 08:00-20:00, sat 10:00-14:00`` (empty: around the clock). ``HOLIDAYS`` lists dates
(``2026-12-24,2026-12-25``) with no hours at all. Times are in ``HANDOFF_TIMEZONE``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = ["WorkingHours", "parse_holidays", "parse_timezone", "parse_working_hours"]

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SPAN = re.compile(r"^(\w{3})(?:-(\w{3}))?\s+(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$")

Spans = tuple[tuple[int, time, time], ...]  # (weekday, start, end); end 24:00 is time.max


def _clock(hour: str, minute: str) -> time:
    h, m = int(hour), int(minute)
    if h == 24 and m == 0:
        return time.max
    if not (0 <= h <= 23 and 0 <= m <= 59):
        raise ValueError(f"{hour}:{minute} is not a time of day")
    return time(h, m)


def parse_working_hours(raw: str) -> Spans:
    """'mon-fri 08:00-20:00, sat 10:00-14:00' -> spans; empty -> () meaning always open."""
    spans: list[tuple[int, time, time]] = []
    for part in re.split(r"[;,]", raw):
        part = " ".join(part.strip().lower().split())
        if not part:
            continue
        found = _SPAN.match(part)
        if not found or found[1] not in DAYS or (found[2] and found[2] not in DAYS):
            raise ValueError(f"{part!r}: expected e.g. 'mon-fri 08:00-20:00'")
        first = DAYS.index(found[1])
        last = DAYS.index(found[2]) if found[2] else first
        start, end = _clock(found[3], found[4]), _clock(found[5], found[6])
        if end <= start:
            raise ValueError(f"{part!r}: the end must come after the start")
        days = range(first, last + 1) if first <= last else [*range(first, 7), *range(0, last + 1)]
        spans.extend((day, start, end) for day in days)
    return tuple(spans)


def parse_holidays(raw: str) -> frozenset[date]:
    try:
        return frozenset(date.fromisoformat(d.strip()) for d in re.split(r"[,;\s]+", raw) if d.strip())
    except ValueError as exc:
        raise ValueError(f"expected dates like 2026-12-24 ({exc})") from None


def parse_timezone(raw: str) -> str:
    try:
        ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError("unknown time zone (e.g. Europe/Warsaw)") from None
    return raw


@dataclass(frozen=True, slots=True)
class WorkingHours:
    spans: Spans = ()
    holidays: frozenset[date] = frozenset()
    timezone: str = "Europe/Warsaw"

    @classmethod
    def parse(cls, hours: str, holidays: str = "", timezone: str = "Europe/Warsaw") -> WorkingHours:
        return cls(parse_working_hours(hours), parse_holidays(holidays), parse_timezone(timezone))

    def is_open(self, moment: datetime) -> bool:
        local = moment.astimezone(ZoneInfo(self.timezone))
        if local.date() in self.holidays:
            return False
        if not self.spans:
            return True
        now = local.time().replace(tzinfo=None)
        return any(day == local.weekday() and start <= now < end for day, start, end in self.spans)
