from enum import IntEnum


class ScheduleOverlapPolicy(IntEnum):
    SKIP = 1
    BUFFER_ONE = 2
    BUFFER_ALL = 3
    CANCEL_OTHER = 4
    TERMINATE_OTHER = 5
    ALLOW_ALL = 6

    def __str__(self) -> str:
        return str(self.value)
