"""When a schedule fires: cron expressions, calendars and intervals, as Temporal reads them.

No dependency: a cron expression becomes the same sets of allowed values as a calendar, and
one search finds the next matching second of either. Calendars (Temporal's structured
calendars) AND all their fields; a cron expression ORs its day-of-month and day-of-week fields
when both are restricted, as cron does. Cron: 5 fields (minute hour day-of-month month
day-of-week), or 6 with seconds first; `*`, lists, ranges, steps, month and day names, and the
`@yearly`/`@annually`, `@monthly`, `@weekly`, `@daily`/`@midnight`, `@hourly` macros. Day of week
0 (or 7) is Sunday. Intervals fire at `epoch + offset + k * every`, as Temporal aligns them.
Durations are ISO 8601 (`PT1H30M`, `P1D`) or a number of seconds.

A value that no schema can describe as wrong (a cron expression, a duration, a range, a time
zone name) but that cannot be read is a `Refused` (422 `workflow_refused`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ._engine import Refused

_FIELDS = ("second", "minute", "hour", "day_of_month", "month", "year", "day_of_week")
_BOUNDS = {
    "second": (0, 59),
    "minute": (0, 59),
    "hour": (0, 23),
    "day_of_month": (1, 31),
    "month": (1, 12),
    "year": (1970, 2200),
    "day_of_week": (0, 7),
}
_DEFAULTS: Mapping[str, list[tuple[int, int, int]]] = {
    "second": [(0, 0, 0)],
    "minute": [(0, 0, 0)],
    "hour": [(0, 0, 0)],
    "day_of_month": [(1, 31, 0)],
    "month": [(1, 12, 0)],
    "year": [],
    "day_of_week": [(0, 6, 0)],
}
_MONTHS = {
    name: i + 1
    for i, name in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_DAYS = {name: i for i, name in enumerate(["sun", "mon", "tue", "wed", "thu", "fri", "sat"])}
_MACROS = {
    "@yearly": "0 0 1 1 *",
    "@annually": "0 0 1 1 *",
    "@monthly": "0 0 1 * *",
    "@weekly": "0 0 * * 0",
    "@daily": "0 0 * * *",
    "@midnight": "0 0 * * *",
    "@hourly": "0 * * * *",
}
_DURATION = re.compile(
    r"^P(?:(?P<weeks>\d+(?:\.\d+)?)W)?(?:(?P<days>\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(?P<hours>\d+(?:\.\d+)?)H)?(?:(?P<minutes>\d+(?:\.\d+)?)M)?(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?$"
)
#: How far ahead the search looks for a matching day.
_HORIZON_DAYS = 366 * 8


@dataclass(frozen=True, slots=True)
class Matcher:
    """Sets of allowed values per field (None: any), and whether day fields are ORed."""

    fields: Mapping[str, frozenset[int] | None]
    days_ored: bool = False

    def _day_ok(self, day: datetime) -> bool:
        dom, dow, year, month = (self.fields[k] for k in ("day_of_month", "day_of_week", "year", "month"))
        if (year is not None and day.year not in year) or (month is not None and day.month not in month):
            return False
        weekday = (day.weekday() + 1) % 7  # Sunday is 0
        dom_ok = dom is None or day.day in dom
        dow_ok = dow is None or weekday in dow
        if self.days_ored and dom is not None and dow is not None:
            return dom_ok or dow_ok
        return dom_ok and dow_ok

    def next_after(self, moment: datetime) -> datetime | None:
        """The first matching second strictly after `moment` (timezone-aware), or None."""
        start = moment.replace(microsecond=0) + timedelta(seconds=1)
        hours = sorted(self.fields["hour"] or range(24))
        minutes = sorted(self.fields["minute"] or range(60))
        seconds = sorted(self.fields["second"] or range(60))
        day = start.replace(hour=0, minute=0, second=0)
        for _ in range(_HORIZON_DAYS):
            if self._day_ok(day):
                today = day.date() == start.date()
                for hour in hours:
                    if today and hour < start.hour:
                        continue
                    for minute in minutes:
                        if today and hour == start.hour and minute < start.minute:
                            continue
                        for second in seconds:
                            candidate = day.replace(hour=hour, minute=minute, second=second)
                            if candidate >= start:
                                return candidate
            day = (day + timedelta(days=1, hours=2)).replace(hour=0)
        return None


def _refused(loc: Sequence[str | int], message: str, value: Any) -> Refused:
    return Refused(loc, message, value)


def calendar_matcher(calendar: Mapping[str, Any], loc: Sequence[str | int]) -> Matcher:
    """A ScheduleCalendar's matcher (absent fields take the contract's defaults)."""
    fields: dict[str, frozenset[int] | None] = {}
    for name in _FIELDS:
        ranges = calendar.get(name)
        if ranges is None:
            ranges = [{"start": s, "end": e, "step": st} for s, e, st in _DEFAULTS[name]]
        if not isinstance(ranges, list):
            raise _refused((*loc, name), "Input should be a valid list", ranges)
        low, high = _BOUNDS[name]
        values: set[int] = set()
        for index, item in enumerate(ranges):
            where = (*loc, name, index)
            if not isinstance(item, Mapping):
                raise _refused(where, "Input should be a valid ScheduleRange", item)
            raw = (item.get("start"), item.get("end", 0) or 0, item.get("step", 0) or 0)
            if not all(isinstance(v, int) and not isinstance(v, bool) for v in raw):
                raise _refused(where, "start, end and step should be integers", item)
            start, end, step = (int(v or 0) for v in raw)
            end = max(end, start)
            if not (low <= start <= high and end <= high and step >= 0):
                raise _refused(where, f"a {name} range should lie within {low}..{high}", item)
            values.update(range(start, end + 1, step or 1))
        if name == "day_of_week" and 7 in values:
            values = (values - {7}) | {0}
        full = name != "year" and values >= set(
            range(low, min(high, 6 if name == "day_of_week" else high) + 1)
        )
        fields[name] = None if (name == "year" and not ranges) or full else frozenset(values)
    return Matcher(fields)


def _cron_field(
    text: str, name: str, names: Mapping[str, int], loc: Sequence[str | int]
) -> frozenset[int] | None:
    low, high = _BOUNDS[name]
    if text == "*" or text == "?":
        return None
    values: set[int] = set()
    for part in text.split(","):
        base, slash, step_text = part.partition("/")
        try:
            step = int(step_text) if slash else 1
            if base in ("*", "?"):
                first, last = low, high
            else:
                first_text, dash, last_text = base.partition("-")
                first = names[first_text.lower()] if first_text.lower() in names else int(first_text)
                last = (
                    (names[last_text.lower()] if last_text.lower() in names else int(last_text))
                    if dash
                    else (high if slash else first)
                )
        except ValueError:
            raise _refused(loc, f"not a cron {name} field: {text!r}", text) from None
        if not (low <= first <= last <= high and step >= 1):
            raise _refused(loc, f"cron {name} values should lie within {low}..{high}: {text!r}", text)
        values.update(range(first, last + 1, step))
    if name == "day_of_week" and 7 in values:
        values = (values - {7}) | {0}
    return frozenset(values)


def cron_matcher(expression: str, loc: Sequence[str | int]) -> Matcher:
    """A cron expression's matcher (see the module's doc)."""
    text = _MACROS.get(expression.strip().lower(), expression.strip())
    parts = text.split()
    if len(parts) == 5:
        parts = ["0", *parts]
    if len(parts) != 6:
        raise _refused(loc, f"a cron expression has 5 or 6 fields: {expression!r}", expression)
    second, minute, hour, dom, month, dow = parts
    fields = {
        "second": _cron_field(second, "second", {}, loc),
        "minute": _cron_field(minute, "minute", {}, loc),
        "hour": _cron_field(hour, "hour", {}, loc),
        "day_of_month": _cron_field(dom, "day_of_month", {}, loc),
        "month": _cron_field(month, "month", _MONTHS, loc),
        "year": None,
        "day_of_week": _cron_field(dow, "day_of_week", _DAYS, loc),
    }
    return Matcher(fields, days_ored=True)


def duration(value: Any, loc: Sequence[str | int]) -> float:
    """Seconds of an ISO 8601 duration, or of a number (of seconds) as a string or a number."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        seconds = float(value)
    elif (
        isinstance(value, str) and (match := _DURATION.match(value.strip().upper())) and value.strip() != "P"
    ):
        parts = {key: float(number) for key, number in match.groupdict().items() if number}
        seconds = timedelta(**parts).total_seconds()
    else:
        try:
            seconds = float(value)
        except (TypeError, ValueError):
            raise _refused(loc, "Input should be a valid duration (ISO 8601, e.g. PT1H)", value) from None
    if not 0 <= seconds < 1e10:
        raise _refused(loc, "a duration should be positive and finite", value)
    return seconds


def time_zone(name: str | None, loc: Sequence[str | int]) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise _refused(loc, f"unknown time zone: {name}", name) from None


@dataclass(frozen=True, slots=True)
class Interval:
    every: float
    offset: float

    def next_after(self, moment: datetime) -> datetime:
        now = moment.timestamp()
        k = (now - self.offset) // self.every + 1
        return datetime.fromtimestamp(k * self.every + self.offset, tz=UTC)


@dataclass(frozen=True, slots=True)
class TimeSpec:
    """The union of calendars, cron expressions and intervals, minus the skipped times."""

    matchers: tuple[Matcher, ...]
    intervals: tuple[Interval, ...]
    skip: tuple[Matcher, ...]
    zone: ZoneInfo | None

    def next_after(self, moment: datetime) -> datetime | None:
        """The next action time strictly after `moment` (UTC), or None when there is none."""
        for _ in range(10_000):
            local = moment.astimezone(self.zone or UTC)
            candidates = [m.next_after(local) for m in self.matchers]
            candidates += [i.next_after(moment) for i in self.intervals]
            found = [c.astimezone(UTC) for c in candidates if c is not None]
            if not found:
                return None
            best = min(found)
            local_best = best.astimezone(self.zone or UTC)
            if not any(s.next_after(local_best - timedelta(seconds=1)) == local_best for s in self.skip):
                return best
            moment = best
        return None


def time_spec(schedule: Mapping[str, Any]) -> TimeSpec:
    """The TimeSpec of a ScheduleDefinition's fields."""
    loc = ("body", "schedule")
    zone = time_zone(schedule.get("time_zone_name"), (*loc, "time_zone_name"))
    matchers: list[Matcher] = []
    for index, calendar in enumerate(schedule.get("calendars") or []):
        if not isinstance(calendar, Mapping):
            raise _refused((*loc, "calendars", index), "Input should be a valid ScheduleCalendar", calendar)
        matchers.append(calendar_matcher(calendar, (*loc, "calendars", index)))
    for index, expression in enumerate(schedule.get("cron_expressions") or []):
        if not isinstance(expression, str):
            raise _refused((*loc, "cron_expressions", index), "Input should be a valid string", expression)
        matchers.append(cron_matcher(expression, (*loc, "cron_expressions", index)))
    intervals: list[Interval] = []
    for index, interval in enumerate(schedule.get("intervals") or []):
        where = (*loc, "intervals", index)
        if not isinstance(interval, Mapping) or "every" not in interval:
            raise _refused(where, "Input should be a valid ScheduleInterval", interval)
        every = duration(interval["every"], (*where, "every"))
        offset = duration(interval.get("offset") or 0, (*where, "offset"))
        if every < 1:
            raise _refused((*where, "every"), "an interval should be at least one second", interval["every"])
        intervals.append(Interval(every, offset))
    skip = [
        calendar_matcher(calendar, (*loc, "skip", index))
        for index, calendar in enumerate(schedule.get("skip") or [])
        if isinstance(calendar, Mapping)
    ]
    return TimeSpec(tuple(matchers), tuple(intervals), tuple(skip), zone)
