"""What the detectors found in fresh89 at first contact (5d486b0)."""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context


def test_news_said_since_a_meeting_names_the_video_interview() -> None:
    """« Depuis notre rencontre, j'ai booké 18 dates » after an interview by video."""
    ctx = build_context(
        "fr_CA",
        interview__mode="video",
        debrief__since=["Depuis notre rencontre, j'ai booké 18 dates au printemps."],
        history=[{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}],
        next_steps={"channel": "email"},
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 7)).body
    assert "rencontre" not in body
    assert "18 dates" in body
