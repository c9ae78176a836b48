from enum import StrEnum


class DeploymentLogType(StrEnum):
    BUILD = "build"
    RUNTIME = "runtime"

    def __str__(self) -> str:
        return str(self.value)
