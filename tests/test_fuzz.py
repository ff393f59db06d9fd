"""Fuzzing the two readers of outside input (issue 13): record files and Quotebank lines.

Whatever the bytes, the reader answers with problems (FILE:LINE: FIELD: MESSAGE), never a
traceback, within a bounded time and memory. Hypothesis runs derandomised (the same cases on
every run, so CI is repeatable); the whole file takes about 15 s.
"""

from __future__ import annotations

import json
import resource
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes.collection import BUNDLED, CollectionError, Problem, check_collection
from quotes.quotebank import read_rows

RECORD = next((BUNDLED / "sources").rglob("*.yaml"))
SEED = RECORD.read_bytes()
# No deadline: a test is about what happens, not how fast (a busy machine made 3 s flaky);
# pytest-timeout still stops a case that hangs.
FUZZ = settings(derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Bytes that trip YAML readers: control characters, NUL, bad UTF-8, a BOM, anchors and aliases,
# tags, flow brackets, tabs, document markers, a key cut off.
NASTY = [b"\x00", b"\x01", b"\x1b", b"\x7f", b"\xff", b"\xc3", b"\xef\xbb\xbf", b"\t", b"\r", b"&a ", b"*a",
         b"<<: *a", b"!!python/object:os.system ", b"!!binary ", b"[" * 200, b"{" * 60, b"---\n", b"...\n",
         b"? ", b": ", b"- ", b"'", b'"', b"#", b"%YAML 1.1\n", b"\n  ", "\u2028".encode(), "\ufeff".encode()]


@st.composite
def mutated(draw, seed: bytes) -> bytes:
    """``seed`` with a few edits: insertions of nasty or random bytes, deletions, duplications, a cut."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["nasty", "bytes", "delete", "duplicate", "truncate"]))
        if kind == "nasty":
            data[at:at] = draw(st.sampled_from(NASTY))
        elif kind == "bytes":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 200))]
        elif kind == "duplicate":
            data[at:at] = data[max(0, at - 300) : at]
        else:
            del data[at:]
    return bytes(data)


@pytest.fixture(scope="module")
def fuzz_collection():
    folder = Path(tempfile.mkdtemp(prefix="quotes-fuzz-"))
    shutil.copytree(BUNDLED, folder / "c")
    yield folder / "c"
    shutil.rmtree(folder)


def assert_clean(problems: list[Problem]) -> None:
    for problem in problems:
        assert isinstance(problem, Problem)
        assert isinstance(problem.line, int) and problem.line >= 0
        assert problem.field and problem.message and "Traceback" not in problem.message


class Budget:
    """Peak memory of this process may grow by at most ``mb`` during the fuzzing."""

    def __init__(self, mb: int):
        self.start = None  # the peak when the fuzzing starts, not when the module is imported
        self.mb = mb

    def check(self):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        if self.start is None:
            self.start = peak
        grown = (peak - self.start) / 1024
        assert grown < self.mb, f"peak memory grew by {grown:.0f} MB"


RECORD_BUDGET = Budget(400)


@settings(FUZZ, max_examples=80)
@given(data=mutated(SEED))
def test_fuzzed_record_files_give_problems_not_tracebacks(fuzz_collection, data):
    record = fuzz_collection / RECORD.relative_to(BUNDLED)
    record.write_bytes(data)
    problems = check_collection(fuzz_collection)  # any exception fails the test
    assert_clean(problems)
    if data != SEED:
        assert all(p.path.is_relative_to(fuzz_collection) for p in problems)
    RECORD_BUDGET.check()


SPEAKERS_SEED = (BUNDLED / "speakers.yaml").read_bytes()


@settings(FUZZ, max_examples=60)
@given(data=mutated(SPEAKERS_SEED))
def test_fuzzed_registries_give_problems_not_tracebacks(fuzz_collection, data):
    (fuzz_collection / "speakers.yaml").write_bytes(data)
    try:
        assert_clean(check_collection(fuzz_collection))
    finally:
        (fuzz_collection / "speakers.yaml").write_bytes(SPEAKERS_SEED)
    RECORD_BUDGET.check()


GOOD = {"quoteID": "2020-01-02-000001", "quotation": "Fine words.", "speaker": "Ana Example", "qids": ["Q1"],
        "date": "2020-01-02 10:00:00", "numOccurrences": 2, "probas": [["Ana Example", "0.8"], ["None", "0.2"]],
        "urls": ["https://a.example.org/1", "https://b.example.org/2"], "phase": "E"}
ARTICLE = {"articleID": "a1", "url": "https://a.example.org/1", "date": "2020-01-02 10:00:00", "title": "T",
           "names": [{"name": "Ana Example", "ids": ["Q1"]}],
           "quotations": [{"quoteID": "2020-01-02-000001", "quotation": "Fine words.", "globalTopSpeaker": "Ana Example",
                           "globalProbas": [{"speaker": "Ana Example", "proba": 0.8}], "numOccurrences": 1,
                           "leftContext": "l", "rightContext": "r"}]}
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


@st.composite
def quotebank_line(draw) -> bytes:
    """A Quotebank line of either form with one field replaced, deleted or garbled, or raw bytes."""
    kind = draw(st.sampled_from(["field", "bytes", "nested"]))
    record = json.loads(json.dumps(draw(st.sampled_from([GOOD, ARTICLE]))))
    if kind == "field":
        target = record if "articleID" not in record or draw(st.booleans()) else record["quotations"][0]
        key = draw(st.sampled_from(sorted(target)))
        if draw(st.booleans()):
            target[key] = draw(json_values)
        else:
            del target[key]
        return json.dumps(record, allow_nan=True).encode()
    if kind == "nested":
        depth = draw(st.integers(1, 200_000))
        return b'{"quoteID": ' + b"[" * depth + b"]" * depth + b"}"
    return draw(mutated(json.dumps(record).encode()))


QUOTEBANK_BUDGET = Budget(400)


@settings(FUZZ, max_examples=300)
@given(line=quotebank_line())
def test_fuzzed_quotebank_lines_give_one_problem_not_a_traceback(line):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "quotes-2020.json"
        path.write_bytes(json.dumps(GOOD).encode() + b"\n" + line.replace(b"\n", b" ") + b"\n")
        try:
            batches = list(read_rows(path))
        except CollectionError as error:
            assert len(error.problems) == 1
            [problem] = error.problems
            assert_clean([problem])
            assert problem.path == path and problem.line == 2
        else:
            assert sum(len(b.quotes) for b in batches) >= 1
    QUOTEBANK_BUDGET.check()
