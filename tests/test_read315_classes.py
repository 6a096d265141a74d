"""What the blind reads of fresh136 and fresh137 found at first contact (reads 315 and 316,
pair reads 317 and 318, at 570922c)."""

from __future__ import annotations

import json
from pathlib import Path

import suivi_templates as st

_HERE = Path(__file__).parent / "contexts"


def _fresh(key: str) -> st.InterviewContext:
    file = {"eh": "fresh136", "ei": "fresh137"}[key[:2]]
    raw = json.loads((_HERE / f"{file}.json").read_text("utf-8"))
    return st.InterviewContext.model_validate(raw[key])


def test_a_deafness_asked_is_not_said() -> None:
    """Read 315: « Mme Da Costa est malentendante? non je crois pas, c'était la ligne qui
    grésillait », and the call and the voicemail were refused for R13."""
    ctx = _fresh("eh17-cubeur-haut-jura")
    called = next(entry.on for entry in ctx.history if entry.kind == "phone_call")
    before = ctx.model_copy(update={"history": [e for e in ctx.history if e.on < called]})
    body = st.render("phone_script", before, sent_on=called).body
    assert "Avec Madame Da Costa" in body
