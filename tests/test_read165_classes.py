"""What fresh66 showed at first contact (read 165 measured 0d3f6a4 once, before any change)."""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context


def test_two_promises_to_come_do_not_say_when_twice() -> None:
    """« …dans les prochains jours. Je compte vous dire dans les prochains jours si… »."""
    ctx = build_context(
        "fr_CA",
        commitments=[
            {"promise": "lui envoyer l'autorisation signée de mes parents"},
            {"promise": "lui dire si je peux faire la formation le 13 décembre"},
        ],
    )
    body = st.render("thank_you", ctx).body
    assert body.count("dans les prochains jours") == 1
    assert "Je compte aussi vous dire si je peux faire la formation le 13\u00a0décembre." in body


def test_a_point_led_by_a_colon_keeps_one_stop() -> None:
    ctx = build_context(
        "fr_CA",
        debrief__to_add="Pour la migration vers SAP : j'ai l'habitude d'un autre module.",
    )
    body = st.render("thank_you", ctx).body
    assert ":," not in body


def test_a_call_does_not_repeat_the_news_a_reminder_told_beside_a_kept_promise() -> None:
    """fresh66: the reminder told the new salon (its news only said the CAP came); the call too."""
    ctx = build_context(
        "fr_FR",
        company__facts=["L'Atelier ouvre un 2e salon à Montreuil en février"],
        commitments=[{"promise": "lui envoyer une copie de mon CAP"}],
        debrief__since=["J'ai reçu le 3 décembre mon diplôme du CAP."],
        history=[
            {"kind": "thank_you", "on": "2026-05-08", "channel": "email"},
            {"kind": "reminder", "on": "2026-12-04", "channel": "email"},
        ],
    )
    call = st.render("phone_script", ctx, sent_on=date(2026, 12, 14)).body
    assert "Montreuil" not in call
