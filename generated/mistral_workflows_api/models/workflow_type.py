from enum import StrEnum


class WorkflowType(StrEnum):
    CODE = "code"

    def __str__(self) -> str:
        return str(self.value)
