from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleDefinitionOutput")


@_attrs_define
class ScheduleDefinitionOutput:
    """A schedule, as the server keeps it."""

    input_: Any
    """ The input each execution starts with. """
    schedule_id: str
    workflow_name: str
    """ The workflow the schedule starts. """
    paused: bool
    calendars: list[ScheduleCalendar] | Unset = UNSET
    intervals: list[ScheduleInterval] | Unset = UNSET
    cron_expressions: list[str] | Unset = UNSET
    skip: list[ScheduleCalendar] | Unset = UNSET
    start_at: datetime.datetime | None | Unset = UNSET
    end_at: datetime.datetime | None | Unset = UNSET
    jitter: None | str | Unset = UNSET
    time_zone_name: None | str | Unset = UNSET
    policy: SchedulePolicy | Unset = UNSET
    """ How a schedule behaves when things go wrong. """
    remaining_executions: int | None | Unset = UNSET
    """ Executions left before the schedule stops; null for no limit, 0 once exhausted. """
    deployment_name: None | str | Unset = UNSET
    """ The deployment its executions run on. """
    note: None | str | Unset = UNSET
    """ The note of the latest pause or resume. """
    future_executions: list[ScheduleFutureExecution] | Unset = UNSET
    """ The next (up to 10) times, earliest first. """
    recent_executions: list[ScheduleRecentExecution] | Unset = UNSET
    """ The latest (up to 10) executions, newest last. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_

        schedule_id = self.schedule_id

        workflow_name = self.workflow_name

        paused = self.paused

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

        remaining_executions: int | None | Unset
        if isinstance(self.remaining_executions, Unset):
            remaining_executions = UNSET
        else:
            remaining_executions = self.remaining_executions

        deployment_name: None | str | Unset
        if isinstance(self.deployment_name, Unset):
            deployment_name = UNSET
        else:
            deployment_name = self.deployment_name

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        future_executions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.future_executions, Unset):
            future_executions = []
            for future_executions_item_data in self.future_executions:
                future_executions_item = future_executions_item_data.to_dict()
                future_executions.append(future_executions_item)

        recent_executions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recent_executions, Unset):
            recent_executions = []
            for recent_executions_item_data in self.recent_executions:
                recent_executions_item = recent_executions_item_data.to_dict()
                recent_executions.append(recent_executions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "schedule_id": schedule_id,
                "workflow_name": workflow_name,
                "paused": paused,
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
        if remaining_executions is not UNSET:
            field_dict["remaining_executions"] = remaining_executions
        if deployment_name is not UNSET:
            field_dict["deployment_name"] = deployment_name
        if note is not UNSET:
            field_dict["note"] = note
        if future_executions is not UNSET:
            field_dict["future_executions"] = future_executions
        if recent_executions is not UNSET:
            field_dict["recent_executions"] = recent_executions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        input_ = d["input"]

        schedule_id = d["schedule_id"]

        workflow_name = d["workflow_name"]

        paused = d["paused"]

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

        remaining_executions = d.get("remaining_executions", UNSET)

        deployment_name = d.get("deployment_name", UNSET)

        note = d.get("note", UNSET)

        _future_executions = d.get("future_executions", UNSET)
        future_executions: list[ScheduleFutureExecution] | Unset = (
            UNSET
            if isinstance(_future_executions, Unset)
            else [
                ScheduleFutureExecution.from_dict(future_executions_item_data)
                for future_executions_item_data in _future_executions
            ]
        )

        _recent_executions = d.get("recent_executions", UNSET)
        recent_executions: list[ScheduleRecentExecution] | Unset = (
            UNSET
            if isinstance(_recent_executions, Unset)
            else [
                ScheduleRecentExecution.from_dict(recent_executions_item_data)
                for recent_executions_item_data in _recent_executions
            ]
        )

        schedule_definition_output = cls.__new__(cls)
        schedule_definition_output.input_ = input_
        schedule_definition_output.schedule_id = schedule_id
        schedule_definition_output.workflow_name = workflow_name
        schedule_definition_output.paused = paused
        schedule_definition_output.calendars = calendars
        schedule_definition_output.intervals = intervals
        schedule_definition_output.cron_expressions = cron_expressions
        schedule_definition_output.skip = skip
        schedule_definition_output.start_at = start_at
        schedule_definition_output.end_at = end_at
        schedule_definition_output.jitter = jitter
        schedule_definition_output.time_zone_name = time_zone_name
        schedule_definition_output.policy = policy
        schedule_definition_output.remaining_executions = remaining_executions
        schedule_definition_output.deployment_name = deployment_name
        schedule_definition_output.note = note
        schedule_definition_output.future_executions = future_executions
        schedule_definition_output.recent_executions = recent_executions
        if len(d) == 4 + (calendars is not UNSET) + (intervals is not UNSET) + (
            cron_expressions is not UNSET
        ) + (skip is not UNSET) + (start_at is not UNSET) + (end_at is not UNSET) + (
            jitter is not UNSET
        ) + (time_zone_name is not UNSET) + (policy is not UNSET) + (
            remaining_executions is not UNSET
        ) + (deployment_name is not UNSET) + (note is not UNSET) + (
            future_executions is not UNSET
        ) + (recent_executions is not UNSET):
            schedule_definition_output.additional_properties = {}
        else:
            schedule_definition_output.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "input",
                    "schedule_id",
                    "workflow_name",
                    "paused",
                    "calendars",
                    "intervals",
                    "cron_expressions",
                    "skip",
                    "start_at",
                    "end_at",
                    "jitter",
                    "time_zone_name",
                    "policy",
                    "remaining_executions",
                    "deployment_name",
                    "note",
                    "future_executions",
                    "recent_executions",
                }
            }

        return schedule_definition_output

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
from ..models.schedule_future_execution import ScheduleFutureExecution
from ..models.schedule_interval import ScheduleInterval
from ..models.schedule_policy import SchedulePolicy
from ..models.schedule_recent_execution import ScheduleRecentExecution


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
