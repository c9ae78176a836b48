from enum import StrEnum


class EventScope(StrEnum):
    ACTIVITY = "activity"
    ALL = "*"
    WORKFLOW = "workflow"

    def __str__(self) -> str:
        return str(self.value)
