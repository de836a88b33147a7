"""benchmarks/speed.py end to end on the fixture articles: the harness runs and prints every stage
beside the floor. (The figures themselves are measured by running the benchmark, never in tests.)"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
SPEED = PROJECT / "benchmarks" / "speed.py"


def run_speed(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SPEED), *args], capture_output=True, text=True,
                          timeout=300)


def test_prints_each_stage_against_the_floor():
    run = run_speed(str(PROJECT / "tests" / "fixtures" / "articles"))
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert "articles" in lines[0] and lines[1].startswith("analysis: ")
    rows = {line.split()[0]: line.split()[1:] for line in lines[3:] if line.strip()}
    for stage in ("sentences", "figures", "dates", "entities", "quotes"):
        milliseconds, ratio = map(float, rows[stage])
        assert milliseconds > 0 and ratio > 0
    assert "(target: at most 10)" in run.stdout
    assert run.stdout.rstrip().splitlines()[-1].startswith("costliest stage: ")


def test_help_teaches_and_no_articles_is_a_clear_error(tmp_path):
    help_run = run_speed("--help")
    assert help_run.returncode == 0 and "floor" in help_run.stdout
    empty = run_speed(str(tmp_path))
    assert empty.returncode != 0
    assert f"no articles read from {tmp_path}" in empty.stderr
