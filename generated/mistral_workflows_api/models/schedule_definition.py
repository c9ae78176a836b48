from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleDefinition")


@_attrs_define
class ScheduleDefinition:
    """When to start executions, and with what input. The times are the union
    of `cron_expressions`, `calendars` and `intervals`, minus `skip`.

    """

    input_: Any
    """ The input each execution starts with. """
    calendars: list[ScheduleCalendar] | Unset = UNSET
    intervals: list[ScheduleInterval] | Unset = UNSET
    cron_expressions: list[str] | Unset = UNSET
    skip: list[ScheduleCalendar] | Unset = UNSET
    """ Calendar times to leave out. """
    start_at: datetime.datetime | None | Unset = UNSET
    """ No execution before this instant. """
    end_at: datetime.datetime | None | Unset = UNSET
    """ No execution after this instant. """
    jitter: None | str | Unset = UNSET
    """ Delay each start by a random duration up to this one (never past the next time). """
    time_zone_name: None | str | Unset = UNSET
    """ IANA time zone of the calendars and cron expressions, e.g. `Europe/Paris`. """
    policy: SchedulePolicy | Unset = UNSET
    """ How a schedule behaves when things go wrong. """
    max_executions: int | None | Unset = UNSET
    """ Stop after starting this many executions; null for no limit. """
    schedule_id: None | str | Unset = UNSET
    """ The schedule's id; the server makes one when absent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_

        calendars: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.calendars, Unset):
            calendars = []
            for calendars_item_data in self.calendars:
                calendars_item = calendars_item_data.to_dict()
                calendars.append(calendars_item)

        intervals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.intervals, Unset):
            intervals = []
            for intervals_item_data in self.intervals:
                intervals_item = intervals_item_data.to_dict()
                intervals.append(intervals_item)

        cron_expressions: list[str] | Unset = UNSET
        if not isinstance(self.cron_expressions, Unset):
            cron_expressions = self.cron_expressions

        skip: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.skip, Unset):
            skip = []
            for skip_item_data in self.skip:
                skip_item = skip_item_data.to_dict()
                skip.append(skip_item)

        start_at: None | str | Unset
        if isinstance(self.start_at, Unset):
            start_at = UNSET
        elif isinstance(self.start_at, datetime.datetime):
            start_at = self.start_at.isoformat()
        else:
            start_at = self.start_at

        end_at: None | str | Unset
        if isinstance(self.end_at, Unset):
            end_at = UNSET
        elif isinstance(self.end_at, datetime.datetime):
            end_at = self.end_at.isoformat()
        else:
            end_at = self.end_at

        jitter: None | str | Unset
        if isinstance(self.jitter, Unset):
            jitter = UNSET
        else:
            jitter = self.jitter

        time_zone_name: None | str | Unset
        if isinstance(self.time_zone_name, Unset):
            time_zone_name = UNSET
        else:
            time_zone_name = self.time_zone_name

        policy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.policy, Unset):
            policy = self.policy.to_dict()

        max_executions: int | None | Unset
        if isinstance(self.max_executions, Unset):
            max_executions = UNSET
        else:
            max_executions = self.max_executions

        schedule_id: None | str | Unset
        if isinstance(self.schedule_id, Unset):
            schedule_id = UNSET
        else:
            schedule_id = self.schedule_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
            }
        )
        if calendars is not UNSET:
            field_dict["calendars"] = calendars
        if intervals is not UNSET:
            field_dict["intervals"] = intervals
        if cron_expressions is not UNSET:
            field_dict["cron_expressions"] = cron_expressions
        if skip is not UNSET:
            field_dict["skip"] = skip
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if end_at is not UNSET:
            field_dict["end_at"] = end_at
        if jitter is not UNSET:
            field_dict["jitter"] = jitter
        if time_zone_name is not UNSET:
            field_dict["time_zone_name"] = time_zone_name
        if policy is not UNSET:
            field_dict["policy"] = policy
        if max_executions is not UNSET:
            field_dict["max_executions"] = max_executions
        if schedule_id is not UNSET:
            field_dict["schedule_id"] = schedule_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        input_ = d["input"]

        _calendars = d.get("calendars", UNSET)
        calendars: list[ScheduleCalendar] | Unset = (
            UNSET
            if isinstance(_calendars, Unset)
            else [
                ScheduleCalendar.from_dict(calendars_item_data)
                for calendars_item_data in _calendars
            ]
        )

        _intervals = d.get("intervals", UNSET)
        intervals: list[ScheduleInterval] | Unset = (
            UNSET
            if isinstance(_intervals, Unset)
            else [
                ScheduleInterval.from_dict(intervals_item_data)
                for intervals_item_data in _intervals
            ]
        )

        cron_expressions = d.get("cron_expressions", UNSET)

        _skip = d.get("skip", UNSET)
        skip: list[ScheduleCalendar] | Unset = (
            UNSET
            if isinstance(_skip, Unset)
            else [
                ScheduleCalendar.from_dict(skip_item_data) for skip_item_data in _skip
            ]
        )

        start_at = _parse_start_at(d.get("start_at", UNSET))

        end_at = _parse_end_at(d.get("end_at", UNSET))

        jitter = d.get("jitter", UNSET)

        time_zone_name = d.get("time_zone_name", UNSET)

        _policy = d.get("policy", UNSET)
        policy: SchedulePolicy | Unset = (
            UNSET if isinstance(_policy, Unset) else SchedulePolicy.from_dict(_policy)
        )

        max_executions = d.get("max_executions", UNSET)

        schedule_id = d.get("schedule_id", UNSET)

        schedule_definition = cls.__new__(cls)
        schedule_definition.input_ = input_
        schedule_definition.calendars = calendars
        schedule_definition.intervals = intervals
        schedule_definition.cron_expressions = cron_expressions
        schedule_definition.skip = skip
        schedule_definition.start_at = start_at
        schedule_definition.end_at = end_at
        schedule_definition.jitter = jitter
        schedule_definition.time_zone_name = time_zone_name
        schedule_definition.policy = policy
        schedule_definition.max_executions = max_executions
        schedule_definition.schedule_id = schedule_id
        if len(d) == 1 + (calendars is not UNSET) + (intervals is not UNSET) + (
            cron_expressions is not UNSET
        ) + (skip is not UNSET) + (start_at is not UNSET) + (end_at is not UNSET) + (
            jitter is not UNSET
        ) + (time_zone_name is not UNSET) + (policy is not UNSET) + (
            max_executions is not UNSET
        ) + (schedule_id is not UNSET):
            schedule_definition.additional_properties = {}
        else:
            schedule_definition.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "input",
                    "calendars",
                    "intervals",
                    "cron_expressions",
                    "skip",
                    "start_at",
                    "end_at",
                    "jitter",
                    "time_zone_name",
                    "policy",
                    "max_executions",
                    "schedule_id",
                }
            }

        return schedule_definition

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.schedule_calendar import ScheduleCalendar
from ..models.schedule_interval import ScheduleInterval
from ..models.schedule_policy import SchedulePolicy


def _parse_start_at(data: object) -> datetime.datetime | None | Unset:
    if isinstance(data, str):
        try:
            start_at_type_0 = datetime.datetime.fromisoformat(data)

            return start_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None | Unset", data)


def _parse_end_at(data: object) -> datetime.datetime | None | Unset:
    if isinstance(data, str):
        try:
            end_at_type_0 = datetime.datetime.fromisoformat(data)

            return end_at_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast("datetime.datetime | None | Unset", data)
