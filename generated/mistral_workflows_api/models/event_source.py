from enum import StrEnum


class EventSource(StrEnum):
    DATABASE = "DATABASE"
    HYBRID = "HYBRID"
    LIVE = "LIVE"

    def __str__(self) -> str:
        return str(self.value)
