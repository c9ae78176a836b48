"""What every call runs in: the client's settings, the per-call options, the resolved context.

``ClientSettings`` is what a client shares with its handles (the generated client and the
defaults); ``CallOptions`` are the keyword-only options every method takes; ``CallContext``
is the two resolved for one call. Also the ``JSON`` type of free-form payloads.
"""

from __future__ import annotations

import functools
import json
import re
import urllib.parse
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, TypeAlias, TypedDict

import httpx

from mistral_workflows_api.client import AuthenticatedClient

from ._config import REDACT_MIN_KEY_LENGTH, to_timeout
from ._record import Record

if TYPE_CHECKING:
    from ._payloads import Encoding

#: What stands for the API key in text we build from an answer.
REDACTED: Final = "[REDACTED]"


def _escapings(text: str) -> set[str]:
    """``text`` as the usual escapings write it (itself included)."""
    import html  # here, not at import: only a key worth redacting needs it

    forms = {
        text,
        repr(text)[1:-1],
        text.replace("\\", "\\\\").replace("'", "\\'"),
        text.replace("\\", "\\\\").replace('"', '\\"'),
        text.encode("unicode_escape").decode("ascii"),
        json.dumps(text)[1:-1],
        json.dumps(text, ensure_ascii=False)[1:-1],
        urllib.parse.quote(text, safe=""),
        urllib.parse.quote(text),
        urllib.parse.quote_plus(text),
        urllib.parse.quote_plus(text, safe="/"),
        html.escape(text),
        html.escape(text, quote=False),
    }
    forms.add(json.dumps(text)[1:-1].replace("/", "\\/"))
    return forms


@functools.lru_cache(maxsize=8)
def _key_pattern(key: str) -> re.Pattern[str]:
    """A pattern matching ``key`` in every rendering ``redact`` blanks (two escapings deep)."""
    forms = {twice for once in _escapings(key) for twice in _escapings(once)}
    # Longest first, so that an escaped form is blanked whole rather than around its core.
    alternatives = sorted(forms, key=len, reverse=True)
    return re.compile("|".join(re.escape(form) for form in alternatives), re.IGNORECASE)


def redact_key(text: str, key: str) -> str:
    """``text`` with every rendering of ``key`` blanked out (see ``CallContext.redact``)."""
    if len(key) < REDACT_MIN_KEY_LENGTH or not text:
        return text
    return _key_pattern(key).sub(REDACTED, text)


#: A free-form JSON value: what executions take as input and give as results.
JSON: TypeAlias = "dict[str, JSON] | list[JSON] | str | int | float | bool | None"


class ResultOptions(TypedDict, total=False):
    """Per-call options of ``result()``, whose ``timeout`` is the whole wait instead."""

    #: Retries after the first attempt (for what is safe to retry).
    max_retries: int
    #: Headers added to the requests of this call.
    extra_headers: Mapping[str, str]


class CallOptions(ResultOptions, total=False):
    """Keyword-only options of every call; each overrides the client's setting for that call."""

    #: Seconds (or an ``httpx.Timeout``) for each HTTP request of the call; None: no limit.
    timeout: float | httpx.Timeout | None


class CallContext(Record):
    """What every call needs besides its own arguments: the client and per-call options."""

    __slots__ = ("api", "encoding", "extra_headers", "foreign_http", "max_retries", "timeout")
    api: AuthenticatedClient
    timeout: httpx.Timeout
    max_retries: int
    extra_headers: Mapping[str, str] | None
    #: The httpx client is the caller's: it knows neither our base URL nor our headers, and
    #: must not be told the key for good; each request carries them instead.
    foreign_http: bool
    #: The client's payload encoding (``payloads=``), None when payloads travel as they are.
    encoding: Encoding | None

    def __init__(
        self,
        api: AuthenticatedClient,
        timeout: httpx.Timeout,
        max_retries: int,
        extra_headers: Mapping[str, str] | None = None,
        foreign_http: bool = False,
        encoding: Encoding | None = None,
    ) -> None:
        setting = object.__setattr__
        setting(self, "api", api)
        setting(self, "timeout", timeout)
        setting(self, "max_retries", max_retries)
        setting(self, "extra_headers", extra_headers)
        setting(self, "foreign_http", foreign_http)
        setting(self, "encoding", encoding)

    def redact(self, text: str) -> str:
        """``text`` with the API key blanked out, wherever and however it appears.

        Every rendering of the key is blanked: as is, Python-escaped (``repr``), JSON-escaped,
        percent-encoded (either case of hex digits, ``+`` for spaces or not), HTML-escaped, and
        any of these escaped once more (a ``repr`` of a JSON string, say). The match ignores
        case, so a key in a case-folded echo is blanked too.

        Keys shorter than ``REDACT_MIN_KEY_LENGTH`` (8) characters, test keys such as ``"k"``,
        are left alone: blanking every "k" of a message would destroy it and protect nothing.
        Such a key is not a secret worth the name, and may appear in messages.
        """
        return redact_key(text, self.api.token)


class ClientSettings(Record):
    """The settings a client shares with its handles: the generated client and the defaults."""

    __slots__ = (
        "_default_context",
        "api",
        "encoding",
        "extra_headers",
        "foreign_http",
        "max_retries",
        "timeout",
    )
    api: AuthenticatedClient
    timeout: httpx.Timeout
    max_retries: int
    #: The httpx client was passed in by the caller (see ``CallContext.foreign_http``).
    foreign_http: bool
    #: Headers added to every request of this client (``with_options(extra_headers=...)``).
    extra_headers: Mapping[str, str] | None
    #: The client's payload encoding (``payloads=``).
    encoding: Encoding | None
    _default_context: CallContext

    def __init__(
        self,
        api: AuthenticatedClient,
        timeout: httpx.Timeout,
        max_retries: int,
        foreign_http: bool = False,
        extra_headers: Mapping[str, str] | None = None,
        encoding: Encoding | None = None,
    ) -> None:
        setting = object.__setattr__
        setting(self, "api", api)
        setting(self, "timeout", timeout)
        setting(self, "max_retries", max_retries)
        setting(self, "foreign_http", foreign_http)
        setting(self, "extra_headers", extra_headers)
        setting(self, "encoding", encoding)

    def context(self, options: CallOptions | ResultOptions) -> CallContext:
        """Resolve per-call options against the defaults.

        Each option is checked here, where every call resolves its options: a keyword that is
        not an option (a typo such as ``timout=``) is a ``TypeError``, as is an option of the
        wrong type; a value out of range (a timeout that is not a positive, finite number of
        seconds, a negative ``max_retries``, a header value with CR or LF) is a ``ValueError``.
        """
        if not options:
            return self.default_context
        given: Mapping[str, Any] = options
        unknown = sorted(set(given) - _CALL_OPTIONS)
        if unknown:
            raise TypeError(_unknown_options(unknown))
        timeout = to_timeout(given["timeout"]) if "timeout" in given else self.timeout
        max_retries = check_max_retries(given.get("max_retries", self.max_retries))
        headers = check_headers(given.get("extra_headers"), "extra_headers")
        if self.extra_headers:
            headers = {**self.extra_headers, **(headers or {})}
        return CallContext(self.api, timeout, max_retries, headers, self.foreign_http, self.encoding)

    @property
    def default_context(self) -> CallContext:
        """The context of every call that gives no option: built once, since it never changes
        (these settings are frozen; a configured copy is a new ``ClientSettings``)."""
        try:
            return self._default_context
        except AttributeError:
            context = CallContext(
                self.api, self.timeout, self.max_retries, self.extra_headers, self.foreign_http, self.encoding
            )
            object.__setattr__(self, "_default_context", context)
            return context

    def evolve(
        self,
        timeout: httpx.Timeout | None,
        max_retries: int | None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ClientSettings:
        return self.replace(
            timeout=self.timeout if timeout is None else timeout,
            max_retries=self.max_retries if max_retries is None else max_retries,
            extra_headers={**(self.extra_headers or {}), **extra_headers}
            if extra_headers
            else self.extra_headers,
        )


#: The per-call options every call takes (``CallOptions``, of which ``ResultOptions`` is a part).
_CALL_OPTIONS = frozenset(CallOptions.__annotations__) | frozenset(ResultOptions.__annotations__)


def _unknown_options(names: list[str]) -> str:
    import difflib  # here, not at import: only a mistyped option needs it

    said = ", ".join(repr(name) for name in names)
    hints = [
        f"{name!r} (did you mean {close[0]!r}?)"
        for name in names
        if (close := difflib.get_close_matches(name, sorted(_CALL_OPTIONS), n=1))
    ]
    options = ", ".join(sorted(_CALL_OPTIONS))
    plural = "s" if len(names) > 1 else ""
    text = f"unexpected keyword argument{plural} {said}: the per-call options are {options}"
    return text + (f"; {', '.join(hints)}" if hints else "")


def check_max_retries(max_retries: object) -> int:
    """``max_retries``: an int >= 0 (``TypeError`` / ``ValueError`` otherwise)."""
    if isinstance(max_retries, bool) or not isinstance(max_retries, int):
        raise TypeError(f"max_retries must be an int, not {type(max_retries).__name__}")
    if max_retries < 0:
        raise ValueError(f"max_retries must be >= 0, not {max_retries}")
    return max_retries


def check_headers(headers: object, name: str) -> Mapping[str, str] | None:
    """``headers`` once known to be names and values that can be sent as they are.

    A value with CR, LF or NUL (a header smuggled into another's value) or a character that is
    not ASCII, or a name that is not an HTTP token, raises a ``ValueError`` naming ``name``;
    what is not a mapping of strings to strings, a ``TypeError``. The values are never shown:
    one may be a secret.
    """
    if headers is None:
        return None
    if not isinstance(headers, Mapping):
        raise TypeError(f"{name} must be a mapping of header names to values, not {type(headers).__name__}")
    for key, value in headers.items():
        if not isinstance(key, str) or not isinstance(value, str):
            raise TypeError(f"{name}: header names and values must be strings (header {key!r})")
        if not key or any(char not in _TOKEN for char in key):
            raise ValueError(f"{name}: {key!r} is not a valid header name")
        if not value.isascii() or any(char in value for char in "\r\n\0"):
            raise ValueError(f"{name}: the value of header {key!r} holds CR, LF, NUL or non-ASCII characters")
    return headers


#: The characters of an HTTP header name (RFC 9110 token).
_TOKEN = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
