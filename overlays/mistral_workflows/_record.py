"""``Record``: the base of the overlay's small private values (flow actions, call contexts).

What ``@dataclass(frozen=True, slots=True)`` gives them, equality, hashing, a repr,
immutability and ``replace``, without its cost at import: a dataclass compiles its methods
from source when its class is made (about 0.5 ms each, a dozen of them made a tenth of the
package's import). A subclass names its fields in ``__slots__`` and sets them in its own
``__init__`` with ``object.__setattr__``, as a frozen dataclass's ``__init__`` does. A slot
whose name starts with an underscore is private state (a cache), not a field: equality, the
repr and ``replace`` leave it out.
"""

from __future__ import annotations

from typing import Any, Self


class Record:
    """An immutable value made of the fields in its class's ``__slots__``."""

    __slots__: tuple[str, ...] = ()

    def _fields(self) -> tuple[str, ...]:
        return tuple(name for name in self.__slots__ if not name.startswith("_"))

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields())
        return f"{type(self).__qualname__}({fields})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Record) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r} of a {type(self).__name__}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r} of a {type(self).__name__}")

    def replace(self, **changes: Any) -> Self:
        """A copy with ``changes`` (field name: new value), as ``dataclasses.replace`` makes."""
        fields = self._fields()
        unknown = set(changes).difference(fields)
        if unknown:
            raise TypeError(f"{type(self).__name__} has no field {sorted(unknown)[0]!r}")
        return type(self)(**{name: changes.get(name, getattr(self, name)) for name in fields})
