"""How the generated code reads JSON bodies (templates/types.py.jinja's ``json_loads``): with
msgspec once it is worth importing, and always to the same values, and the same errors, as
``json.loads``. The overlay reads stream frames and payloads with it too."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mistral_workflows._events import frame_json
from mistral_workflows_api import types
from mistral_workflows_api.types import FAST_JSON_AFTER_BODIES, FAST_JSON_FROM_BYTES, json_loads

#: Any JSON value, integers of any size included.
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(), children, max_size=5),
    max_leaves=30,
)


@pytest.fixture(scope="module", autouse=True)
def fast_reader_loaded() -> None:
    """A body this large loads msgspec's decoder (if this process had not already)."""
    json_loads(b" " * FAST_JSON_FROM_BYTES + b"0")
    assert types._fast_decode is not None, "msgspec is a dependency on CPython"


def exactly(value: Any) -> str:
    """``value`` written so that 1 and 1.0, or key orders, differ."""
    return json.dumps(value, ensure_ascii=True)


@settings(max_examples=300)
@given(json_values, st.booleans())
def test_any_json_value_reads_as_json_loads_reads_it(value: Any, ascii_only: bool) -> None:
    body = json.dumps(value, ensure_ascii=ascii_only).encode()
    assert exactly(json_loads(body)) == exactly(json.loads(body))
    assert exactly(json_loads(body.decode())) == exactly(json.loads(body))


@pytest.mark.parametrize(
    "body",
    [
        b"18446744073709551616",  # past 64 bits: an exact int, never a float
        b"-9223372036854775809",
        b"123456789012345678901234567890",
        b"[0.1, 5e-324, 1.7976931348623157e308, -0.0, 1E5, -0]",
        b'"\\u00e9\\ud83d\\ude00"',
        '"é😀"'.encode(),
        # what msgspec refuses, read by json.loads
        b"NaN",
        b"[Infinity, -Infinity]",
        b"1e400",
        b'"\\ud800"',
        b"\xef\xbb\xbf[1]",
        '{"a": 1}'.encode("utf-16"),
    ],
)
def test_edge_values_read_as_json_loads_reads_them(body: bytes) -> None:
    assert exactly(json_loads(body)) == exactly(json.loads(body))


@pytest.mark.parametrize("body", [b"[1,", b"01", b"[1,]", b'{"a": 1,}', b"", b'"\t"', b"1" * 5000])
def test_malformed_json_raises_what_json_loads_raises(body: bytes) -> None:
    with pytest.raises(ValueError) as expected:
        json.loads(body)
    with pytest.raises(ValueError) as got:
        json_loads(body)
    assert type(got.value) is type(expected.value)
    assert str(got.value) == str(expected.value)


def test_a_stream_frame_keeps_the_lenient_reading_of_control_characters() -> None:
    """Frames sent over several ``data:`` lines leave a newline inside a string: msgspec refuses
    it, the fallback (``strict=False``) reads it."""
    text = '{"text": "two\nlines"}'
    assert json_loads(text, frame_json) == {"text": "two\nlines"}
    with pytest.raises(ValueError):
        json_loads(text)


def run_python(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_msgspec_is_imported_only_once_it_is_worth_it() -> None:
    """A call or two never pays for importing msgspec; many bodies, or one large, do."""
    out = run_python(
        f"""
        import sys
        from mistral_workflows_api.types import json_loads
        for _ in range({FAST_JSON_AFTER_BODIES - 1}):
            assert json_loads(b'{{"a": [1, 2.5, null]}}') == {{"a": [1, 2.5, None]}}
        print("msgspec" in sys.modules, end=" ")
        json_loads(b"{{}}")
        print("msgspec" in sys.modules, end=" ")
        """
    )
    assert out == "False True"
    out = run_python(
        f"""
        import sys
        from mistral_workflows_api.types import json_loads
        assert json_loads(b"[" + b"1," * {FAST_JSON_FROM_BYTES // 2} + b"1]")[-1] == 1
        print("msgspec" in sys.modules)
        """
    )
    assert out == "True"


def test_without_msgspec_json_loads_reads_everything() -> None:
    """msgspec needs CPython; elsewhere (or uninstalled) the reader is json.loads alone."""
    out = run_python(
        f"""
        import json, sys
        sys.modules["msgspec"] = None  # import msgspec now raises ImportError
        from mistral_workflows_api.types import json_loads
        body = json.dumps({{"n": 2**70, "rows": list(range({FAST_JSON_FROM_BYTES}))}}).encode()
        for _ in range({FAST_JSON_AFTER_BODIES + 2}):
            assert json_loads(body) == json.loads(body)
        try:
            json_loads(b"[1,")
        except json.JSONDecodeError as exc:
            print(exc)
        """
    )
    assert out == "Expecting value: line 1 column 4 (char 3)"


#: Text as Python holds it, lone surrogates included (a ``str`` may hold them; UTF-8 may not).
any_text = st.text(st.characters(blacklist_categories=()))


@settings(max_examples=200)
@given(any_text)
def test_a_str_with_lone_surrogates_reads_as_json_loads_reads_it(text: str) -> None:
    """msgspec encodes a ``str`` to UTF-8 first, which a lone surrogate fails (a
    ``UnicodeEncodeError``); ``json.loads``, and the lenient frame decoder, read it."""
    body = json.dumps({"text": text, "list": [text]}, ensure_ascii=False)
    assert exactly(json_loads(body)) == exactly(json.loads(body))
    assert exactly(json_loads(body, frame_json)) == exactly(frame_json(body))


def test_a_lone_surrogate_in_a_str_is_read() -> None:
    assert json_loads('"\ud800"') == "\ud800"
    assert json_loads('{"a": "\udfff"}', frame_json) == {"a": "\udfff"}


@settings(max_examples=300)
@given(st.binary(max_size=40) | any_text.map(lambda text: text[:40]))
def test_any_input_reads_or_fails_as_json_loads_does(body: bytes | str) -> None:
    """Not only JSON: whatever ``json.loads`` makes of an input, value or error, so does ``json_loads``."""
    assert outcome(json_loads, body) == outcome(json.loads, body)


def outcome(read: Any, body: Any) -> tuple[str, str]:
    """What ``read(body)`` gives: its value written exactly, or its error's type and message."""
    try:
        return "value", exactly(read(body))
    except Exception as exc:  # any error: the point is to compare them
        return type(exc).__name__, str(exc)


@pytest.mark.parametrize("body", [memoryview(b"[1]"), memoryview(b"1" * (FAST_JSON_FROM_BYTES + 1))])
def test_what_json_loads_refuses_to_take_is_refused(body: memoryview) -> None:
    """msgspec reads any buffer; ``json.loads`` takes only ``str``, ``bytes`` and ``bytearray``."""
    assert outcome(json_loads, body) == outcome(json.loads, body)
    assert outcome(json_loads, body)[0] == "TypeError"


@pytest.mark.parametrize("depth", [10_000, 100_000])
def test_too_deep_a_nesting_fails_as_json_loads_fails(depth: int) -> None:
    """Both give up with a ``RecursionError``; its message is ``json.loads``'s."""
    for body in (b"[" * depth + b"]" * depth, b'{"a":' * depth + b"1" + b"}" * depth):
        assert outcome(json_loads, body) == outcome(json.loads, body)
        assert outcome(json_loads, body)[0] == "RecursionError"


def test_log_stream_frames_are_read_by_the_fast_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    """Execution and deployment log records come one frame each, thousands per stream: msgspec
    reads them, as it reads event frames (the lenient decoder only what it refuses)."""
    from mistral_workflows._events import parse_deployment_log_record, parse_event, parse_log_record

    read: list[bytes | str] = []
    fast = types._fast_decode
    assert fast is not None

    def spy(content: bytes | str) -> Any:
        read.append(content)
        return fast(content)

    monkeypatch.setattr(types, "_fast_decode", spy)
    frames = ['{"message": "one"}', '{"message": "two\nlines"}', '{"broker_sequence": 1}']
    parse_log_record(frames[0], "1")
    parse_deployment_log_record(frames[1], "2")
    parse_event(frames[2], "3")
    assert read == frames


def test_what_is_not_text_fails_as_json_loads_fails_before_msgspec_is_loaded() -> None:
    """Before the warm-up too: ``json.loads``'s ``TypeError``, not one of ``len()``'s."""
    out = run_python(
        """
        import json
        from mistral_workflows_api.types import json_loads
        for value in (5, None, 1.5, memoryview(b"[1]")):
            for read in (json.loads, json_loads):
                try:
                    read(value)
                except TypeError as exc:
                    print(exc)
        """
    )
    lines = out.splitlines()
    assert len(lines) == 8
    assert lines[0::2] == lines[1::2]


@pytest.mark.parametrize("misreading", ["misread", "refused"])
def test_a_msgspec_that_misreads_big_integers_is_not_used(misreading: str) -> None:
    """msgspec before 0.19 read 2**64 + 10**18 + 1 .. 19999999999999999999 wrong (its 64-bit
    overflow check, msgspec PR 751): such a decoder is left unused, json.loads reads all; so is
    one that refuses them."""
    out = run_python(
        f"""
        import sys, types
        fake = types.ModuleType("msgspec")
        fake.DecodeError = type("DecodeError", (ValueError,), {{}})
        wrong = {{b"19999999999999999999": 1553255926290448383, b"19933688932870350000": 1482881526185800828}}

        class Decoder:
            def decode(self, content):
                import json
                if bytes(content) in wrong and {misreading!r} == "refused":
                    raise fake.DecodeError("integer out of range")
                return wrong.get(bytes(content), json.loads(content))

        fake.json = types.SimpleNamespace(Decoder=Decoder)
        sys.modules["msgspec"] = fake
        from mistral_workflows_api.types import json_loads
        for _ in range({FAST_JSON_AFTER_BODIES + 2}):
            assert json_loads(b"19933688932870350000") == 19933688932870350000
        print("read right")
        """
    )
    assert out == "read right"


def test_the_msgspec_required_reads_big_integers_right() -> None:
    """The dependency's floor is a msgspec without that misreading."""
    import tomllib
    from pathlib import Path

    from packaging.requirements import Requirement

    pyproject = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())
    (msgspec,) = (r for r in map(Requirement, pyproject["project"]["dependencies"]) if r.name == "msgspec")
    assert not msgspec.specifier.contains("0.18.6")
    assert msgspec.specifier.contains("0.19.0")
