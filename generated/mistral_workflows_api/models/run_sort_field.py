from enum import StrEnum


class RunSortField(StrEnum):
    END_TIME = "end_time"
    START_TIME = "start_time"

    def __str__(self) -> str:
        return str(self.value)
