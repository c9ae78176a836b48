from enum import StrEnum


class WorkflowSortField(StrEnum):
    DISPLAY_NAME = "display_name"

    def __str__(self) -> str:
        return str(self.value)
