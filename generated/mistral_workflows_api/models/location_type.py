from enum import StrEnum


class LocationType(StrEnum):
    K8S = "k8s"
    LOCAL = "local"
    MANAGED = "managed"

    def __str__(self) -> str:
        return str(self.value)
