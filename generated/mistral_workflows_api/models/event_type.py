from enum import StrEnum


class EventType(StrEnum):
    EVENT = "EVENT"
    EVENT_PROGRESS = "EVENT_PROGRESS"

    def __str__(self) -> str:
        return str(self.value)
