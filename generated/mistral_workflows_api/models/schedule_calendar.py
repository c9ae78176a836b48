from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduleCalendar")


@_attrs_define
class ScheduleCalendar:
    """A set of calendar times: each field is a list of ranges, and a time
    matches when every field matches. An absent field keeps its default
    (second, minute and hour 0; any day, month and weekday; any year).

    """

    second: list[ScheduleRange] | Unset = UNSET
    minute: list[ScheduleRange] | Unset = UNSET
    hour: list[ScheduleRange] | Unset = UNSET
    day_of_month: list[ScheduleRange] | Unset = UNSET
    month: list[ScheduleRange] | Unset = UNSET
    year: list[ScheduleRange] | Unset = UNSET
    day_of_week: list[ScheduleRange] | Unset = UNSET
    """ 0 is Sunday. """
    comment: None | str | Unset = UNSET
    """ A note for people. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        second: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.second, Unset):
            second = []
            for second_item_data in self.second:
                second_item = second_item_data.to_dict()
                second.append(second_item)

        minute: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.minute, Unset):
            minute = []
            for minute_item_data in self.minute:
                minute_item = minute_item_data.to_dict()
                minute.append(minute_item)

        hour: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hour, Unset):
            hour = []
            for hour_item_data in self.hour:
                hour_item = hour_item_data.to_dict()
                hour.append(hour_item)

        day_of_month: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.day_of_month, Unset):
            day_of_month = []
            for day_of_month_item_data in self.day_of_month:
                day_of_month_item = day_of_month_item_data.to_dict()
                day_of_month.append(day_of_month_item)

        month: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.month, Unset):
            month = []
            for month_item_data in self.month:
                month_item = month_item_data.to_dict()
                month.append(month_item)

        year: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.year, Unset):
            year = []
            for year_item_data in self.year:
                year_item = year_item_data.to_dict()
                year.append(year_item)

        day_of_week: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.day_of_week, Unset):
            day_of_week = []
            for day_of_week_item_data in self.day_of_week:
                day_of_week_item = day_of_week_item_data.to_dict()
                day_of_week.append(day_of_week_item)

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if second is not UNSET:
            field_dict["second"] = second
        if minute is not UNSET:
            field_dict["minute"] = minute
        if hour is not UNSET:
            field_dict["hour"] = hour
        if day_of_month is not UNSET:
            field_dict["day_of_month"] = day_of_month
        if month is not UNSET:
            field_dict["month"] = month
        if year is not UNSET:
            field_dict["year"] = year
        if day_of_week is not UNSET:
            field_dict["day_of_week"] = day_of_week
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _second = d.get("second", UNSET)
        second: list[ScheduleRange] | Unset = (
            UNSET
            if isinstance(_second, Unset)
            else [
                ScheduleRange.from_dict(second_item_data)
                for second_item_data in _second
            ]
        )

        _minute = d.get("minute", UNSET)
        minute: list[ScheduleRange] | Unset = (
            UNSET
            if isinstance(_minute, Unset)
            else [
                ScheduleRange.from_dict(minute_item_data)
                for minute_item_data in _minute
            ]
        )

        _hour = d.get("hour", UNSET)
        hour: list[ScheduleRange] | Unset = (
            UNSET
            if isinstance(_hour, Unset)
            else [ScheduleRange.from_dict(hour_item_data) for hour_item_data in _hour]
        )

        _day_of_month = d.get("day_of_month", UNSET)
        day_of_month: list[ScheduleRange] | Unset = (
            UNSET
            if isinstance(_day_of_month, Unset)
            else [
                ScheduleRange.from_dict(day_of_month_item_data)
                for day_of_month_item_data in _day_of_month
            ]
        )

        _month = d.get("month", UNSET)
        month: list[ScheduleRange] | Unset = (
            UNSET
            if isinstance(_month, Unset)
            else [
                ScheduleRange.from_dict(month_item_data) for month_item_data in _month
            ]
        )

        _year = d.get("year", UNSET)
        year: list[ScheduleRange] | Unset = (
            UNSET
            if isinstance(_year, Unset)
            else [ScheduleRange.from_dict(year_item_data) for year_item_data in _year]
        )

        _day_of_week = d.get("day_of_week", UNSET)
        day_of_week: list[ScheduleRange] | Unset = (
            UNSET
            if isinstance(_day_of_week, Unset)
            else [
                ScheduleRange.from_dict(day_of_week_item_data)
                for day_of_week_item_data in _day_of_week
            ]
        )

        comment = d.get("comment", UNSET)

        schedule_calendar = cls.__new__(cls)
        schedule_calendar.second = second
        schedule_calendar.minute = minute
        schedule_calendar.hour = hour
        schedule_calendar.day_of_month = day_of_month
        schedule_calendar.month = month
        schedule_calendar.year = year
        schedule_calendar.day_of_week = day_of_week
        schedule_calendar.comment = comment
        if len(d) == 0 + (second is not UNSET) + (minute is not UNSET) + (
            hour is not UNSET
        ) + (day_of_month is not UNSET) + (month is not UNSET) + (year is not UNSET) + (
            day_of_week is not UNSET
        ) + (comment is not UNSET):
            schedule_calendar.additional_properties = {}
        else:
            schedule_calendar.additional_properties = {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "second",
                    "minute",
                    "hour",
                    "day_of_month",
                    "month",
                    "year",
                    "day_of_week",
                    "comment",
                }
            }

        return schedule_calendar

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


from ..models.schedule_range import ScheduleRange
