"""suivi-templates planifier (needs the planner and its iCalendar export: fails until they land)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from suivi_templates import cli


@pytest.fixture
def quebec_file(tmp_path: Path) -> Path:
    from suivi_templates.examples import EXAMPLE_CONTEXT

    path = tmp_path / "contexte.json"
    path.write_text(json.dumps(EXAMPLE_CONTEXT, ensure_ascii=False), encoding="utf-8")
    return path


def test_planifier_prints_the_plan(capsys: pytest.CaptureFixture[str], quebec_file: Path):
    status = cli.main(["planifier", "--contexte", str(quebec_file), "--aujourdhui", "2026-11-20"])
    out = capsys.readouterr().out

    assert status == 0
    assert out.startswith("Plan de suivi de Camille Roy")
    assert "le lundi 30\u00a0novembre 2026 : Relance (courriel)" in out
    assert "à partir de 17\u00a0h" in out


def test_planifier_writes_the_calendar_once(
    capsys: pytest.CaptureFixture[str], quebec_file: Path, tmp_path: Path
):
    ics = tmp_path / "suivi.ics"
    arguments = ["planifier", "--contexte", str(quebec_file), "--aujourdhui", "2026-11-20"]

    assert cli.main([*arguments, "--ics", str(ics)]) == 0
    first = ics.read_bytes()
    assert first.startswith(b"BEGIN:VCALENDAR")

    ics.write_bytes(b"mon agenda")
    assert cli.main([*arguments, "--ics", str(ics)]) == 2
    assert "existe déjà" in capsys.readouterr().err
    assert ics.read_bytes() == b"mon agenda"
    assert cli.main([*arguments, "--ics", str(ics), "--ecraser"]) == 0
    assert _without_stamps(ics.read_bytes()) == _without_stamps(first)


def _without_stamps(calendar: bytes) -> bytes:
    """The calendar without DTSTAMP, the moment of export, which RFC 5545 requires."""
    return b"".join(line for line in calendar.splitlines(True) if not line.startswith(b"DTSTAMP"))


def test_planifier_no_contact_says_why(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data: dict[str, Any]
):
    data["next_steps"]["no_contact"] = True
    path = tmp_path / "contexte.json"
    path.write_text(json.dumps(data), encoding="utf-8")

    status = cli.main(["planifier", "--contexte", str(path), "--aujourdhui", "2026-11-20"])

    assert status == 0
    assert "Plus rien à envoyer" in capsys.readouterr().out
