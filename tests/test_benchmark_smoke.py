"""The benchmark still runs: once, on the tiny size. Not a timed test: no figure is judged."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

ROWS = {
    "jinja_bare",
    "render",
    "check_1kb",
    "check_1kb_per_kb",
    "check_10kb",
    "check_10kb_per_kb",
    "check_1mb_letters",
    "check_1mb_letters_per_kb",
    "check_1mb_adversarial",
    "check_1mb_adversarial_per_kb",
    "check_1mb_adversarial_script",
    "check_1mb_adversarial_script_per_kb",
    "typography_10k",
    "typography_40k",
    "typography_160k",
    "check_known_context",
    "check_new_context",
    "check_many_100",
    "check_many_200",
    "check_many_400",
    "validate_json",
    "plan",
    "batch_1core",
    "batch_1core_json",
    "batch_2workers_json",
    "import_suivi_templates",
    "import_core_deps",
    "import_pydantic_floor",
    "import_first_use",
    "lazy_modules",
}


def test_tiny_benchmark_writes_every_row(tmp_path: Path) -> None:
    out = tmp_path / "tiny.json"
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--size", "tiny", "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(out.read_text(encoding="utf-8"))
    rows = {row["id"]: row for row in result["rows"]}
    assert set(rows) == ROWS
    for row in rows.values():
        assert row["median"] is not None or row["note"], row["id"]
    assert {"nproc", "cpu", "python"} <= set(result["machine"])
    assert result["import_culprits"]
    assert "Mesure" in done.stdout
