"""What fresh66 showed at first contact (read 165 measured 0d3f6a4 once, before any change)."""

from __future__ import annotations

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
